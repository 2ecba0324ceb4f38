"""``crm-desktop drafting ...``: negotiated documents from the command line (scripted sessions, tests).

Every write names who acts (``--as PERSON``, an id or unambiguous prefix), because every action
on a negotiated document is attributed to a delegation and checked against its rules.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from crm_desktop.cli import kit


def _actor(args: argparse.Namespace, ws: kit.Workspace) -> str:
    from crm_desktop.app.errors import BadInput
    from crm_desktop.domain.messages import msg

    actor = args.actor or ws.author
    if not actor:
        raise BadInput(msg("draft.no_actor"))
    return str(actor)


@kit.with_workspace
def cmd_list(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.drafting import list_documents

    rows = list_documents(ws, meeting_id=args.meeting)
    data = [{k: r[k] for k in ("id", "title", "type", "meeting", "status", "version")} for r in rows]
    columns = ["id", "symbol", "type", "status", "version", "audience", "title"]
    return kit.emit(args, rows, columns, data=data, short=("id", "meeting"))


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


@kit.with_workspace
def cmd_show(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import document_view, export_json
    from crm_desktop.app.drafting.translations import with_translations

    if args.json:
        kit.out_json(with_translations(ws, args.id, export_json(ws, args.id)))
    else:
        print(_show_text(document_view(ws, args.id), args.lang))


@kit.with_workspace
def cmd_export(args: argparse.Namespace, ws: kit.Workspace) -> None:
    import json

    from crm_desktop.app.drafting import export_json
    from crm_desktop.app.drafting_docx import export_docx

    out = Path(args.out)
    if args.format == "json":
        tmp = out.with_name(out.name + ".part")
        tmp.write_text(json.dumps(export_json(ws, args.id), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        tmp.replace(out)
    else:
        export_docx(ws, args.id, out, compilation=args.compilation, lang=args.text_lang)


@kit.with_workspace
def cmd_import(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting_docx import import_docx
    from crm_desktop.domain.model import Audience
    from crm_desktop.drafting.structure import DocType

    done = import_docx(
        ws,
        Path(args.file),
        meeting_id=args.meeting,
        doc_type=DocType(args.type),
        actor=_actor(args, ws),
        title=args.title,
        audience=Audience(args.audience),
    )
    # The new document's id alone on the first line; then what the file held that was not kept.
    print(done.document_id)
    for line in done.draft.report(args.lang):
        print(line)


@kit.with_workspace
def cmd_propose(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import propose
    from crm_desktop.drafting.negotiation import ProposalKind
    from crm_desktop.drafting.structure import Section

    proposal = propose(
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
    )
    _print_result(proposal)


@kit.with_workspace
def cmd_position(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import take_position
    from crm_desktop.drafting.negotiation import Stance

    _print_result(take_position(ws, args.id, Stance(args.stance), actor=_actor(args, ws), note=args.note))


@kit.with_workspace
def cmd_object(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import object_to, withdraw_objection

    if args.withdraw:
        withdraw_objection(ws, args.id, actor=_actor(args, ws))
    else:
        _print_result(object_to(ws, args.id, args.text or "", actor=_actor(args, ws)))


@kit.with_workspace
def cmd_decide(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import decide

    decide(ws, args.id, args.decision, actor=_actor(args, ws))


@kit.with_workspace
def cmd_adopt(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import adopt

    _print_result(adopt(ws, args.id, actor=_actor(args, ws)))


@kit.with_workspace
def cmd_edit(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import edit_paragraph

    edit_paragraph(ws, args.id, args.text, actor=_actor(args, ws))


@kit.with_workspace
def cmd_version(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import name_version

    _print_result(name_version(ws, args.id, actor=_actor(args, ws), label=args.label))


def _print_result(result: object) -> None:
    """What a write returns (an id, a label), on a line of its own; nothing when it returns nothing."""
    if result is not None:
        print(result)


@kit.with_workspace
def cmd_compare(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import compare_versions
    from crm_desktop.drafting.negotiation import RunStyle

    diffs = compare_versions(ws, args.id, args.old, args.new)
    marks = {RunStyle.ADDED: ("{+", "+}"), RunStyle.DELETED: ("[-", "-]")}
    for d in diffs:
        if d.change == "same" and not d.moved:
            continue
        body = "".join(marks.get(r.style, ("", ""))[0] + r.text + marks.get(r.style, ("", ""))[1] for r in d.runs)
        label = d.new_label or d.old_label
        print(f"{label:>7} {d.change}{' moved' if d.moved else ''}: {body}")


@kit.with_workspace
def cmd_history(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.drafting import paragraph_history

    entries = paragraph_history(ws, args.id)
    if args.json:
        kit.out_json([asdict(e) for e in entries])
    else:
        for e in entries:
            print(f"{e.recorded}  {e.delegation or '?':<6} {e.person or '?'}\n    {e.after}")


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    from crm_desktop.cli.translate import add_translate
    from crm_desktop.domain import kinds, model
    from crm_desktop.drafting import negotiation, structure

    ds = kit.group(sub, "drafting", "negotiated documents (Declaration, Conclusions, reports...)")

    def actor(s: argparse.ArgumentParser) -> None:
        kit.actor_option(s)

    s = kit.command(ds, "list", cmd_list, "documents", json=True)
    kit.meeting_option(s)

    s = kit.command(ds, "show", cmd_show, "a document with numbers, statuses and proposals", json=True)
    kit.id_argument(s, "id", "draft")

    s = kit.command(ds, "export", cmd_export, "to .docx (clean or compilation text) or JSON")
    kit.id_argument(s, "id", "draft")
    s.add_argument("--format", choices=["docx", "json"], required=True)
    s.add_argument("--out", required=True, type=kit.out_file)
    s.add_argument("--compilation", action="store_true", help="docx: proposals in place, attributed")
    s.add_argument(
        "--lang", dest="text_lang", choices=kit.choices(kinds.LANGUAGES), help="docx: the text in this language"
    )

    add_translate(ds)

    s = kit.command(ds, "import", cmd_import, "a .docx draft into a new document (prints its id)", new_id=True)
    s.add_argument("file")
    kit.meeting_option(s, required=True)
    s.add_argument("--type", required=True, choices=kit.choices(structure.DocType))
    s.add_argument("--title")
    drafted_for = [a for a in model.Audience if a != model.Audience.SECRETARIAT]  # a text is for the delegations
    s.add_argument("--audience", default="public", choices=kit.choices(drafted_for))
    actor(s)

    s = kit.command(ds, "propose", cmd_propose, "an amendment (prints its id)", new_id=True)
    kit.id_argument(s, "id", "draft", help="document")
    s.add_argument("--kind", required=True, choices=kit.choices(negotiation.ProposalKind))
    s.add_argument("--paragraph")
    s.add_argument("--old", help="quoted existing text (replace, delete)")
    s.add_argument("--new", help="proposed text (insert, replace, new paragraph)")
    s.add_argument("--after-text", dest="after_text", help="insert after this quoted text (default: at the end)")
    s.add_argument("--after", help="new paragraph / move: after this paragraph")
    s.add_argument("--section", choices=kit.choices(structure.Section))
    s.add_argument("--rationale")
    actor(s)

    for stance in negotiation.Stance:
        s = kit.command(ds, stance, cmd_position, f"{stance} a proposal", stance=stance.value)
        kit.id_argument(s, "id", "proposal", help="proposal")
        s.add_argument("--note")
        actor(s)

    s = kit.command(ds, "object", cmd_object, "a member delegation's written objection to adopting a document")
    kit.id_argument(s, "id", "draft", help="document")
    s.add_argument("--text")
    s.add_argument("--withdraw", action="store_true")
    actor(s)

    for decision in kinds.CHAIR_DECISIONS:
        s = kit.command(ds, decision, cmd_decide, f"the chair: {decision} a proposal", decision=decision)
        kit.id_argument(s, "id", "proposal", help="proposal")
        actor(s)

    s = kit.command(ds, "adopt", cmd_adopt, "the chair: adopt by consensus")
    kit.id_argument(s, "id", "draft")
    actor(s)

    s = kit.command(ds, "edit", cmd_edit, "replace a paragraph's text")
    kit.id_argument(s, "id", "paragraph", help="paragraph")
    s.add_argument("--text", required=True)
    actor(s)

    s = kit.command(ds, "version", cmd_version, "name a version (Rev.N); numbers are frozen until the next")
    kit.id_argument(s, "id", "draft")
    s.add_argument("--label")
    actor(s)

    s = kit.command(ds, "compare", cmd_compare, "word-level comparison of two versions (or a version and now)")
    kit.id_argument(s, "id", "draft")
    s.add_argument("old")
    s.add_argument("new", nargs="?", default="current")

    s = kit.command(ds, "history", cmd_history, "who changed a paragraph, and how", json=True)
    kit.id_argument(s, "id", "paragraph", help="paragraph")
