"""``crm-desktop drafting translate``: record a paragraph's translation (ES↔EN), or see what is left.

    crm-desktop --lang en drafting translate DOC --paragraph PARA --lang en --text "..." --as PERSON
    crm-desktop drafting translate DOC --status

The subcommand's ``--lang`` is the language of the translation; the global ``--lang`` (before
``drafting``) is the language of what is printed, refusals included.
"""

from __future__ import annotations

import argparse

from crm_desktop.cli import kit


@kit.with_workspace
def cmd_translate(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import translations as t
    from crm_desktop.app.drafting.views import document_view
    from crm_desktop.app.errors import BadInput
    from crm_desktop.cli.drafting import _actor
    from crm_desktop.domain.messages import msg

    if args.status:
        lang, counts = t.status(ws, args.id)
        if args.json:
            kit.out_json(
                {"lang": lang, "translated": counts.translated, "outdated": counts.outdated, "missing": counts.missing}
            )
        else:
            print(t.status_message(ws, args.id).render(args.lang))
        return
    if not args.paragraph or args.text is None or not args.target:
        raise BadInput(msg("error.invalid", detail="--paragraph, --lang, --text"))
    done = t.translate(ws, args.id, args.paragraph, args.target, args.text, actor=_actor(args, ws))
    if args.json:
        kit.out_json({"paragraph": done.paragraph_id, "lang": done.lang, **done.as_json()})
        return
    view = document_view(ws, args.id)
    label = next((p.display.rstrip(".") for p in view.paragraphs if p.id == done.paragraph_id), "")
    line = msg(
        "translate.done",
        lang=msg(f"translate.lang.{done.lang}"),
        label=label or done.paragraph_id[:8],
        state=msg(f"translate.state.{done.state.value}"),
    )
    print(line.render(args.lang))


def add_translate(ds: kit.Subparsers) -> None:
    """The ``translate`` action of ``drafting`` (called by :func:`crm_desktop.cli.drafting.register`)."""
    from crm_desktop.domain.kinds import LANGUAGES

    s = kit.command(ds, "translate", cmd_translate, "record a paragraph's translation (ES↔EN)", json=True)
    kit.id_argument(s, "id", "draft", help="document")
    s.add_argument("--paragraph", help="paragraph id")
    s.add_argument("--lang", dest="target", choices=kit.choices(LANGUAGES), help="the translation's language")
    s.add_argument("--text", help="the translated paragraph")
    s.add_argument("--status", action="store_true", help="paragraphs translated, outdated and missing")
    kit.actor_option(s, help="who translates (person id or prefix)")
