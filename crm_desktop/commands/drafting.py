"""``crm-desktop drafting ...``: negotiated documents from the command line (scripted sessions, tests).

Every write names who acts (``--as PERSON``, an id or unambiguous prefix), because every action
on a negotiated document is attributed to a delegation and checked against its rules.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from crm_desktop.cli import EXIT_OK, open_ws, out_json, out_table, registrar


def _actor(args: argparse.Namespace, ws: Any) -> str:
    from crm_desktop.app.errors import BadInput
    from crm_desktop.domain.messages import msg

    actor = args.actor or ws.author
    if not actor:
        raise BadInput(msg("draft.no_actor"))
    return str(actor)


def _run(args: argparse.Namespace, fn: Any) -> int:
    ws = open_ws(args)
    try:
        result = fn(ws)
    finally:
        ws.close()
    if result is not None:
        print(result)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import list_documents

    ws = open_ws(args)
    try:
        rows = list_documents(ws, meeting_id=args.meeting)
    finally:
        ws.close()
    if args.json:
        out_json([{k: r[k] for k in ("id", "title", "type", "meeting", "status", "version")} for r in rows])
    else:
        out_table(
            [{**r, "id": r["id"][:8], "meeting": r["meeting"][:8]} for r in rows],
            ["id", "symbol", "type", "status", "version", "audience", "title"],
        )
    return EXIT_OK


def _show_text(view: Any, lang: str) -> str:
    from crm_desktop.drafting.negotiation import Amendment, ProposalKind, ProposalView, RunStyle, compilation_runs

    marks = {RunStyle.ADDED: ("<<+", "+>>"), RunStyle.DELETED: ("<<-", "->>"), RunStyle.NOTE: ("", "")}
    lines = [f"{view.symbol} — {view.title}", f"{view.status} · {view.version or '—'} · {view.audience}", ""]
    for p in view.paragraphs:
        props = [
            ProposalView(x.id, x.delegation, Amendment(ProposalKind(x.kind), x.old, x.new, x.anchor))
            for x in p.proposals
        ]
        runs, unplaced = compilation_runs(p.text, props)
        body = "".join(marks.get(r.style, ("", ""))[0] + r.text + marks.get(r.style, ("", ""))[1] for r in runs)
        lines.append(f"{p.display:>7} [{p.status}] {body}  ({p.id[:8]})")
        for x in p.proposals:
            support = ",".join(x.support) or "-"
            oppose = ",".join(x.oppose) or "-"
            lines.append(f"{'':>9}· {x.id[:8]} {x.delegation} {x.kind}: «{x.old}» → «{x.new}» (+{support} / -{oppose})")
        for x in unplaced:
            lines.append(
                f"{'':>9}! {x.id[:8]} {x.delegation}: {'texto citado ausente' if lang == 'es' else 'quote gone'}"
            )
    for x in view.new_paragraph_proposals:
        lines.append(f"{'new':>7} {x.id[:8]} {x.delegation}: «{x.new}»")
    for o in view.objections:
        lines.append(f"objection {o['delegation']}: {o['text']}")
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import document_view, export_json
    from crm_desktop.app.drafting.translations import with_translations

    ws = open_ws(args)
    try:
        if args.json:
            out_json(with_translations(ws, args.id, export_json(ws, args.id)))
        else:
            print(_show_text(document_view(ws, args.id), args.lang))
    finally:
        ws.close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    import json

    from crm_desktop.app.drafting import export_json
    from crm_desktop.app.drafting_docx import export_docx

    out = Path(args.out)
    ws = open_ws(args)
    try:
        if args.format == "json":
            tmp = out.with_name(out.name + ".part")
            tmp.write_text(json.dumps(export_json(ws, args.id), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
            tmp.replace(out)
        else:
            export_docx(ws, args.id, out, compilation=args.compilation, lang=args.text_lang)
    finally:
        ws.close()
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting_docx import import_docx
    from crm_desktop.domain.model import Audience
    from crm_desktop.drafting.structure import DocType

    ws = open_ws(args)
    try:
        done = import_docx(
            ws,
            Path(args.file),
            meeting_id=args.meeting,
            doc_type=DocType(args.type),
            actor=_actor(args, ws),
            title=args.title,
            audience=Audience(args.audience),
        )
    finally:
        ws.close()
    # The new document's id alone on the first line; then what the file held that was not kept.
    print(done.document_id)
    for line in done.draft.report(args.lang):
        print(line)
    return EXIT_OK


def cmd_propose(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import propose
    from crm_desktop.drafting.negotiation import ProposalKind
    from crm_desktop.drafting.structure import Section

    return _run(
        args,
        lambda ws: propose(
            ws,
            args.id,
            ProposalKind(args.kind),
            actor=_actor(args, ws),
            paragraph_id=args.paragraph,
            old=args.old or "",
            new=args.new or "",
            anchor=args.after_text,
            section=Section(args.section) if args.section else None,
            after=args.after,
            rationale=args.rationale,
        ),
    )


def cmd_position(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import take_position
    from crm_desktop.drafting.negotiation import Stance

    return _run(
        args, lambda ws: take_position(ws, args.id, Stance(args.stance), actor=_actor(args, ws), note=args.note)
    )


def cmd_object(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import object_to, withdraw_objection

    def run(ws: Any) -> Any:
        if args.withdraw:
            withdraw_objection(ws, args.id, actor=_actor(args, ws))
            return None
        return object_to(ws, args.id, args.text or "", actor=_actor(args, ws))

    return _run(args, run)


def cmd_decide(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import decide

    return _run(args, lambda ws: decide(ws, args.id, args.decision, actor=_actor(args, ws)))


def cmd_adopt(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import adopt

    return _run(args, lambda ws: adopt(ws, args.id, actor=_actor(args, ws)))


def cmd_edit(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import edit_paragraph

    return _run(args, lambda ws: edit_paragraph(ws, args.id, args.text, actor=_actor(args, ws)))


def cmd_version(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import name_version

    return _run(args, lambda ws: name_version(ws, args.id, actor=_actor(args, ws), label=args.label))


def cmd_compare(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import compare_versions
    from crm_desktop.drafting.negotiation import RunStyle

    ws = open_ws(args)
    try:
        diffs = compare_versions(ws, args.id, args.old, args.new)
    finally:
        ws.close()
    marks = {RunStyle.ADDED: ("{+", "+}"), RunStyle.DELETED: ("[-", "-]")}
    for d in diffs:
        if d.change == "same" and not d.moved:
            continue
        body = "".join(marks.get(r.style, ("", ""))[0] + r.text + marks.get(r.style, ("", ""))[1] for r in d.runs)
        label = d.new_label or d.old_label
        print(f"{label:>7} {d.change}{' moved' if d.moved else ''}: {body}")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from crm_desktop.app.drafting import paragraph_history

    ws = open_ws(args)
    try:
        entries = paragraph_history(ws, args.id)
    finally:
        ws.close()
    if args.json:
        out_json([asdict(e) for e in entries])
    else:
        for e in entries:
            print(f"{e.recorded}  {e.delegation or '?':<6} {e.person or '?'}\n    {e.after}")
    return EXIT_OK


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from crm_desktop.drafting.negotiation import ProposalKind
    from crm_desktop.drafting.structure import DocType, Section

    p = sub.add_parser("drafting", help="negotiated documents (Declaration, Conclusions, reports...)")
    ds = p.add_subparsers(dest="action", required=True, parser_class=type(p))

    def actor(s: argparse.ArgumentParser) -> None:
        s.add_argument("--as", dest="actor", metavar="PERSON", help="who acts (person id or prefix)")

    s = ds.add_parser("list", help="documents")
    s.add_argument("--json", action="store_true")
    s.add_argument("--meeting")
    s.set_defaults(func=cmd_list)

    s = ds.add_parser("show", help="a document with numbers, statuses and proposals")
    s.add_argument("id")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_show)

    s = ds.add_parser("export", help="to .docx (clean or compilation text) or JSON")
    s.add_argument("id")
    s.add_argument("--format", choices=["docx", "json"], required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--compilation", action="store_true", help="docx: proposals in place, attributed")
    s.add_argument("--lang", dest="text_lang", choices=["es", "en"], help="docx: the text in this language")
    s.set_defaults(func=cmd_export)

    s = ds.add_parser("import", help="a .docx draft into a new document (prints its id)")
    s.add_argument("file")
    s.add_argument("--meeting", required=True)
    s.add_argument("--type", required=True, choices=[t.value for t in DocType])
    s.add_argument("--title")
    s.add_argument("--audience", default="public", choices=["public", "members", "closed_door"])
    actor(s)
    s.set_defaults(func=cmd_import)

    s = ds.add_parser("propose", help="an amendment (prints its id)")
    s.add_argument("id", help="document")
    s.add_argument("--kind", required=True, choices=[k.value for k in ProposalKind])
    s.add_argument("--paragraph")
    s.add_argument("--old", help="quoted existing text (replace, delete)")
    s.add_argument("--new", help="proposed text (insert, replace, new paragraph)")
    s.add_argument("--after-text", dest="after_text", help="insert after this quoted text (default: at the end)")
    s.add_argument("--after", help="new paragraph / move: after this paragraph")
    s.add_argument("--section", choices=[x.value for x in Section])
    s.add_argument("--rationale")
    actor(s)
    s.set_defaults(func=cmd_propose)

    for name, stance in (("support", "support"), ("oppose", "oppose")):
        s = ds.add_parser(name, help=f"{name} a proposal")
        s.add_argument("id", help="proposal")
        s.add_argument("--note")
        actor(s)
        s.set_defaults(func=cmd_position, stance=stance)

    s = ds.add_parser("object", help="a member delegation's written objection to adopting a document")
    s.add_argument("id", help="document")
    s.add_argument("--text")
    s.add_argument("--withdraw", action="store_true")
    actor(s)
    s.set_defaults(func=cmd_object)

    for name in ("accept", "reject", "bracket"):
        s = ds.add_parser(name, help=f"the chair: {name} a proposal")
        s.add_argument("id", help="proposal")
        actor(s)
        s.set_defaults(func=cmd_decide, decision=name)

    s = ds.add_parser("adopt", help="the chair: adopt by consensus")
    s.add_argument("id")
    actor(s)
    s.set_defaults(func=cmd_adopt)

    s = ds.add_parser("edit", help="replace a paragraph's text")
    s.add_argument("id", help="paragraph")
    s.add_argument("--text", required=True)
    actor(s)
    s.set_defaults(func=cmd_edit)

    s = ds.add_parser("version", help="name a version (Rev.N); numbers are frozen until the next")
    s.add_argument("id")
    s.add_argument("--label")
    actor(s)
    s.set_defaults(func=cmd_version)

    s = ds.add_parser("compare", help="word-level comparison of two versions (or a version and now)")
    s.add_argument("id")
    s.add_argument("old")
    s.add_argument("new", nargs="?", default="current")
    s.set_defaults(func=cmd_compare)

    s = ds.add_parser("history", help="who changed a paragraph, and how")
    s.add_argument("id", help="paragraph")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_history)
