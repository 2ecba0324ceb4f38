"""Word interchange for negotiated documents (python-docx), for those who still draft in Word.

Export writes the paragraph numbers as text ("3.", "3 bis.", "a)", "PP2", "D1"), never as Word's
automatic numbering: the numbers are the document's frozen ones, and Word would renumber them.
The compilation text shows each open proposal in place, additions underlined, deletions struck
through, attributed to its delegation.

Import reads a draft into paragraphs: headings at the top form the title block; a heading naming
Decisions or an annex opens the annex; numbered paragraphs ("1.", "2)", Word's own numbering)
are operative, lettered ones ("a)") their sub-items, and unnumbered body text before the first
operative paragraph is preambular.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from crm_desktop.app import drafting as d
from crm_desktop.app.errors import BadInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.drafting.negotiation import Amendment, ProposalKind, ProposalView, RunStyle, compilation_runs
from crm_desktop.drafting.structure import DocType, ParagraphKind, Section
from crm_desktop.store.local_files import read_input

MAX_DOCX = 32 * 1024 * 1024  # a negotiated text is tens of kilobytes, with a logo a few megabytes

_SUFFIX = r"(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?"
_OPERATIVE = re.compile(rf"^\s*(\d+{_SUFFIX})\s*[.)]\s+(.*)$", re.S)
_SUB_ITEM = re.compile(rf"^\s*\(?([a-z]{{1,2}}{_SUFFIX})\)\s+(.*)$", re.S)
_PREAMBLE = re.compile(rf"^\s*PP\s?(\d+{_SUFFIX})\.?\s+(.*)$", re.S)
_ANNEX_ITEM = re.compile(rf"^\s*(?:D|Decisión|Decision)\s?(\d+{_SUFFIX})[.:]?\s+(.*)$", re.S)
_ANNEX_HEADING = re.compile(r"^\s*(?:(?:anexo|annex)\b|(?:decisiones|decisions)\s*:?\s*$)", re.I)


# --- export -------------------------------------------------------------------------------------


def export_docx(ws: Workspace, document_id: str, out: Path, *, compilation: bool = False) -> None:
    """Write the document to ``out`` (atomically): clean text, or the compilation text."""
    from docx import Document
    from docx.shared import Pt

    view = d.document_view(ws, document_id)
    doc = Document()
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"{view.symbol}    {view.version or ''}".strip()
    if view.audience == Audience.CLOSED_DOOR.value:
        header.text += "    CONFIDENCIAL / CONFIDENTIAL"
    current_section: str | None = None
    for p in view.paragraphs:
        if p.section == Section.ANNEX.value and current_section != Section.ANNEX.value:
            doc.add_heading("Anexo: Decisiones", level=2)
        current_section = p.section
        if p.kind == ParagraphKind.HEADING.value:
            doc.add_heading(p.text, level=1 if p.section == Section.TITLE.value else 2)
            continue
        para = doc.add_paragraph()
        if p.parent_id:
            para.paragraph_format.left_indent = Pt(28)
        if p.display:
            para.add_run(f"{p.display} ")
        if not compilation:
            para.add_run(p.text)
            continue
        proposals = [
            ProposalView(x.id, x.delegation, Amendment(ProposalKind(x.kind), x.old, x.new, x.anchor))
            for x in p.proposals
        ]
        runs, unplaced = compilation_runs(p.text, proposals)
        for r in runs:
            run = para.add_run(r.text)
            run.underline = r.style == RunStyle.ADDED
            run.font.strike = r.style == RunStyle.DELETED
            run.italic = r.style == RunStyle.NOTE
        for x in unplaced:
            note = doc.add_paragraph()
            note.add_run(f"[{x.delegation}] {x.amendment.kind.value}: «{x.amendment.old}» → ").italic = True
            note.add_run(x.amendment.new).underline = True
    if compilation:
        for x in view.new_paragraph_proposals:
            para = doc.add_paragraph()
            para.add_run(x.new).underline = True
            para.add_run(f" [{x.delegation}]").italic = True
        for o in view.objections:
            doc.add_paragraph().add_run(f"Objeción / Objection — {o['delegation']}: {o['text']}").italic = True
    doc.core_properties.title = view.title
    doc.core_properties.language = view.language
    tmp = out.with_name(out.name + ".part")
    doc.save(str(tmp))
    tmp.replace(out)


# --- import -------------------------------------------------------------------------------------


def _is_heading(paragraph: Any) -> bool:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    return name.startswith(("Heading", "Title", "Título", "Titulo", "Encabezado"))


def _auto_numbered(paragraph: Any) -> int | None:
    """Word's automatic numbering level of a paragraph (None when it is not a numbered item)."""
    ppr = paragraph._p.pPr
    if ppr is None or ppr.numPr is None:
        # Word's built-in "List Number" styles carry their numbering in the style itself.
        name = (paragraph.style.name if paragraph.style is not None else "") or ""
        if name.startswith("List Number"):
            level = name.removeprefix("List Number").strip()
            return int(level) - 1 if level.isdigit() else 0
        return None
    ilvl = ppr.numPr.ilvl
    return int(ilvl.val) if ilvl is not None and ilvl.val is not None else 0


def read_docx(path: Path) -> tuple[str | None, list[d.ParagraphInput]]:
    """The title and paragraphs of a Word draft, with their sections, headings and sub-items."""
    from docx import Document

    data = read_input(path, limit=MAX_DOCX)
    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BadInput(msg("draft.bad_docx", name=path.name, detail=str(exc) or type(exc).__name__)) from None
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and XML errors
        raise BadInput(msg("draft.bad_docx", name=path.name, detail=type(exc).__name__)) from None
    out: list[d.ParagraphInput] = []
    seen_body = seen_operative = in_annex = False
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        if _is_heading(paragraph):
            if _ANNEX_HEADING.match(text):
                in_annex = True
                continue  # the annex heading is written by the export itself
            section = Section.TITLE if not seen_body else (Section.ANNEX if in_annex else Section.OPERATIVE)
            out.append(d.ParagraphInput(section, text, ParagraphKind.HEADING))
            continue
        seen_body = True
        level = _auto_numbered(paragraph)
        if (m := _PREAMBLE.match(text)) is not None:
            out.append(d.ParagraphInput(Section.PREAMBLE, m.group(2).strip()))
        elif (m := _ANNEX_ITEM.match(text)) is not None or in_annex:
            body = m.group(2).strip() if m else text
            out.append(d.ParagraphInput(Section.ANNEX, body))
        elif (m := _SUB_ITEM.match(text)) is not None and seen_operative:
            out.append(d.ParagraphInput(Section.OPERATIVE, m.group(2).strip(), sub_item=True))
        elif (m := _OPERATIVE.match(text)) is not None:
            seen_operative = True
            out.append(d.ParagraphInput(Section.OPERATIVE, m.group(2).strip()))
        elif level is not None:
            seen_operative = True
            out.append(d.ParagraphInput(Section.OPERATIVE, text, sub_item=level > 0))
        elif seen_operative:
            out.append(d.ParagraphInput(Section.OPERATIVE, text))
        else:
            out.append(d.ParagraphInput(Section.PREAMBLE, text))
    if not out:
        raise BadInput(msg("draft.bad_docx", name=path.name, detail="no text"))
    return (document.core_properties.title or None), out


def import_docx(
    ws: Workspace,
    path: Path,
    *,
    meeting_id: str,
    doc_type: DocType,
    actor: str,
    title: str | None = None,
    audience: Audience = Audience.PUBLIC,
) -> str:
    """A new document for ``meeting_id`` from a Word draft; returns its id. Nothing is written on error."""
    stored_title, paragraphs = read_docx(path)
    if title is None:
        title = stored_title or next((p.text for p in paragraphs if p.section == Section.TITLE), None)
    inp = d.DocumentInput(meeting_id, doc_type, title=title, audience=audience)
    return d.create_document(ws, inp, actor=actor, paragraphs=paragraphs)
