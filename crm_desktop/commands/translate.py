"""``crm-desktop drafting translate``: record a paragraph's translation (ES↔EN), or see what is left.

    crm-desktop --lang en drafting translate DOC --paragraph PARA --lang en --text "..." --as PERSON
    crm-desktop drafting translate DOC --status

The subcommand's ``--lang`` is the language of the translation; the global ``--lang`` (before
``drafting``) is the language of what is printed, refusals included. The module depends only on the
``drafting`` command having been registered before it (modules register in name order).
"""

from __future__ import annotations

import argparse

from crm_desktop.cli import EXIT_OK, open_ws, out_json, registrar


def cmd_translate(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import translations as t
    from crm_desktop.app.drafting.views import document_view
    from crm_desktop.app.errors import BadInput
    from crm_desktop.domain.messages import msg

    ws = open_ws(args)
    try:
        if args.status:
            lang, counts = t.status(ws, args.id)
            if args.json:
                out_json(
                    {
                        "lang": lang,
                        "translated": counts.translated,
                        "outdated": counts.outdated,
                        "missing": counts.missing,
                    }
                )
            else:
                print(t.status_message(ws, args.id).render(args.lang))
            return EXIT_OK
        if not args.paragraph or args.text is None or not args.target:
            raise BadInput(msg("error.invalid", detail="--paragraph, --lang, --text"))
        actor = args.actor or ws.author  # as every drafting command: --as, else this laptop's person
        if not actor:
            raise BadInput(msg("draft.no_actor"))
        done = t.translate(ws, args.id, args.paragraph, args.target, args.text, actor=str(actor))
        view = document_view(ws, args.id)
        label = next((p.display.rstrip(".") for p in view.paragraphs if p.id == done.paragraph_id), "")
        label = label or done.paragraph_id[:8]
    finally:
        ws.close()
    if args.json:
        out_json({"paragraph": done.paragraph_id, "lang": done.lang, **done.as_json()})
    else:
        line = msg(
            "translate.done",
            lang=msg(f"translate.lang.{done.lang}"),
            label=label,
            state=msg(f"translate.state.{done.state.value}"),
        )
        print(line.render(args.lang))
    return EXIT_OK


def _drafting_actions(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """The ``drafting`` command's own subcommands (registered by :mod:`crm_desktop.commands.drafting`)."""
    parser = sub.choices["drafting"]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError("drafting has no subcommands")


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = _drafting_actions(sub).add_parser("translate", help="record a paragraph's translation (ES↔EN)")
    s.add_argument("id", help="document")
    s.add_argument("--paragraph", help="paragraph id")
    s.add_argument("--lang", dest="target", choices=["es", "en"], help="the translation's language")
    s.add_argument("--text", help="the translated paragraph")
    s.add_argument("--status", action="store_true", help="paragraphs translated, outdated and missing")
    s.add_argument("--json", action="store_true")
    s.add_argument("--as", dest="actor", metavar="PERSON", help="who translates (person id or prefix)")
    s.set_defaults(func=cmd_translate)
