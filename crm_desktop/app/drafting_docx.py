"""Word interchange for negotiated documents (python-docx), for those who still draft in Word.

Export numbers paragraphs with Word's own numbering (a list per section: "PP1", "1.", "a)", "D1"),
each paragraph starting at its frozen number, so Word shows the document's numbers and never
renumbers them; "3 bis." is a literal level text. The core properties say what the file is (title,
symbol, author = the exporting delegation or the Technical Secretariat, language, dates). The
compilation text shows each open proposal in place, additions underlined, deletions struck through,
attributed "(MX)" (parentheses: square brackets are negotiation brackets); those runs carry
character styles of their own, so importing a compilation gives back the document's text.

Import reads a draft into paragraphs (:mod:`docx_reader` walks the XML: content controls, tables,
fields, tracked changes accepted) and lists what it could not keep: headings at the top form the
title block; a heading naming Decisions or an annex opens the annex; numbered paragraphs ("1.",
"2)", Word's numbering) are operative, lettered ones ("a)") their sub-items, "PP" lists preambular,
"D" lists the annex, and unnumbered body text before the first operative paragraph is preambular.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crm_desktop.app import drafting as d
from crm_desktop.app.docx_reader import NOTE_PARAGRAPH_STYLE, W, read_blocks
from crm_desktop.app.drafting.translations import translated_view
from crm_desktop.app.errors import BadInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import vocabulary
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.vocabulary import text_lang
from crm_desktop.drafting.negotiation import Amendment, ProposalKind, ProposalView, RunStyle, compilation_runs
from crm_desktop.drafting.structure import DocType, ParagraphKind, Section

_SUFFIX = r"(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?"
_OPERATIVE = re.compile(rf"^\s*(\d+{_SUFFIX})\s*[.)]\s+(.*)$", re.S)
_SUB_ITEM = re.compile(rf"^\s*\(?([a-z]{{1,2}}{_SUFFIX})\)\s+(.*)$", re.S)
_PREAMBLE = re.compile(rf"^\s*PP\s?(\d+{_SUFFIX})\.?\s+(.*)$", re.S)
_ANNEX_ITEM = re.compile(rf"^\s*(?:D|Decisión|Decision)\s?(\d+{_SUFFIX})[.:]?\s+(.*)$", re.S)
_ANNEX_HEADING = re.compile(r"^\s*(?:(?:anexo|annex)\b|(?:decisiones|decisions)\s*:?\s*$)", re.I)


# --- export -------------------------------------------------------------------------------------

# Word numbering: one abstract list per kind of paragraph; each paragraph gets its own list instance
# starting at its frozen number (or a literal level text for "3 bis."), so Word never renumbers.
_LISTS = {
    "operative": (("decimal", "%1."), ("lowerLetter", "%2)")),
    "preamble": (("decimal", "PP%1"),),
    "annex": (("decimal", "D%1"),),
}
_ABSTRACT_BASE = 9100  # ids well above the template's own lists


def _numbering(doc: Any) -> Any:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = doc.part.numbering_part.element
    first_num = numbering.find(W + "num")
    for index, levels in enumerate(_LISTS.values()):
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{567 * (i + 1)}" w:hanging="567"/></w:pPr></w:lvl>'
            for i, (fmt, text) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{_ABSTRACT_BASE + index}">'
            f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
        )
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    return numbering


_LABEL = re.compile(r"^(?:PP|D)?(\d+|[a-z]{1,2})[.)]?$")


def _letter_value(text: str) -> int:
    value = 0
    for ch in text:
        value = value * 26 + (ord(ch) - 96)
    return value


def _number(numbering: Any, num_id: int, paragraph: Any, section: str, display: str, sub_item: bool) -> None:
    """Give ``paragraph`` Word's numbering showing ``display``, its frozen number."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    kind = section if section in _LISTS else "operative"
    ilvl = 1 if sub_item else 0
    abstract = _ABSTRACT_BASE + list(_LISTS).index(kind)
    m = _LABEL.match(display)
    if m is not None:
        start = int(m[1]) if m[1].isdigit() else _letter_value(m[1])
        override = f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
    else:  # "3 bis.", "PP2 ter": Word cannot count these, so the level text says them literally
        text = display.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        override = (
            f'<w:lvlOverride w:ilvl="{ilvl}"><w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/>'
            f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{567 * (ilvl + 1)}" w:hanging="567"/></w:pPr></w:lvl></w:lvlOverride>'
        )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>')
    )
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _styles(doc: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    for name in ("CRMAdded", "CRMDeleted", "CRMNote"):
        doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    doc.styles.add_style(NOTE_PARAGRAPH_STYLE, WD_STYLE_TYPE.PARAGRAPH)


def _author(ws: Workspace, lang: str) -> str:
    """Who the file is from: the exporting person's delegation, or the Technical Secretariat."""
    from crm_desktop.domain.reference import country
    from crm_desktop.store.schema import Organisation, Person

    st = vocabulary.name("organisation", "st_full", text_lang(lang))
    if not ws.author:
        return st
    with ws.read() as s:
        person = s.get(Person, ws.author)
        if person is None:
            return st
        if person.country_id:
            return country(person.country_id).name(lang)
        if person.organisation_id and (org := s.get(Organisation, person.organisation_id)) is not None:
            return in_lang(org.name_es, org.name_en, lang)
    return st


def _core_properties(doc: Any, view: Any, author: str, now: datetime) -> None:
    """Our own core properties, replacing the template's ("python-docx", 2013-12-23)."""
    props = doc.core_properties
    props.title = view.title
    props.subject = view.symbol
    props.author = author
    props.last_modified_by = author
    props.language = view.language
    props.category = view.doc_type
    props.comments = ""
    props.keywords = ""
    props.version = view.version or ""
    props.revision = 1
    props.created = now
    props.modified = now


def export_docx(
    ws: Workspace,
    document_id: str,
    out: Path,
    *,
    compilation: bool = False,
    now: datetime | None = None,
    lang: str | None = None,
) -> None:
    """Write the document to ``out`` (atomically): clean text, or the compilation text; in ``lang``,
    its translation ("Translation pending" where there is none, outdated ones marked)."""
    from docx import Document

    shown = translated_view(ws, document_id, lang)
    view = shown.view
    words = text_lang(view.language)
    doc = Document()
    _styles(doc)
    numbering = _numbering(doc)
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"{view.symbol}    {view.version or ''}".strip()
    if view.audience == Audience.CLOSED_DOOR.value:
        header.text += "    CONFIDENCIAL / CONFIDENTIAL"
    if shown.is_translation:
        original = msg(f"translate.lang.{shown.original}").render(words)
        header.text += "    " + msg("translate.original", lang=original).render(words)
    current_section: str | None = None
    num_ids = iter(range(_ABSTRACT_BASE + 1, _ABSTRACT_BASE + 1 + len(view.paragraphs)))
    for p in view.paragraphs:
        if p.section == Section.ANNEX.value and current_section != Section.ANNEX.value:
            doc.add_heading(msg("translate.annex").render(words), level=2)
        current_section = p.section
        if p.kind == ParagraphKind.HEADING.value:
            heading = p.text or msg("translate.pending").render(words)
            doc.add_heading(heading, level=1 if p.section == Section.TITLE.value else 2)
            continue
        para = doc.add_paragraph()
        if p.display:
            _number(numbering, next(num_ids), para, p.section, p.display, p.parent_id is not None)
        if p.id in shown.pending:
            para.add_run(msg("translate.pending").render(words)).italic = True
            continue
        if p.id in shown.outdated:
            para.add_run(p.text)
            para.add_run(" " + msg("translate.outdated_mark").render(words)).italic = True
            continue
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
            if r.style == RunStyle.ADDED:
                run.underline = True
                run.style = "CRMAdded"
            elif r.style == RunStyle.DELETED:
                run.font.strike = True
                run.style = "CRMDeleted"
            elif r.style == RunStyle.NOTE:
                run.italic = True
                run.style = "CRMNote"
        for x in unplaced:
            note = doc.add_paragraph(style=NOTE_PARAGRAPH_STYLE)
            note.add_run(f"({x.delegation}) {x.amendment.kind.value}: «{x.amendment.old}» → ").italic = True
            note.add_run(x.amendment.new).underline = True
    if compilation:
        for proposal in view.new_paragraph_proposals:
            para = doc.add_paragraph(style=NOTE_PARAGRAPH_STYLE)
            para.add_run(proposal.new).underline = True
            para.add_run(f" ({proposal.delegation})").italic = True
        for o in view.objections:
            note = doc.add_paragraph(style=NOTE_PARAGRAPH_STYLE)
            note.add_run(f"Objeción / Objection — {o['delegation']}: {o['text']}").italic = True
    stamp = (now or datetime.now(UTC)).replace(microsecond=0, tzinfo=None)
    _core_properties(doc, view, _author(ws, view.language), stamp)
    tmp = out.with_name(out.name + ".part")
    doc.save(str(tmp))
    tmp.replace(out)


# --- import -------------------------------------------------------------------------------------


def _is_heading(style: str) -> bool:
    return style.startswith(("Heading", "Title", "Título", "Titulo", "Encabezado"))


@dataclass
class WordDraft:
    """A Word draft as read: its title, its paragraphs, and what was not (or not literally) kept."""

    title: str | None
    paragraphs: list[d.ParagraphInput]
    notes: list[Message] = field(default_factory=list)

    def report(self, lang: str) -> list[str]:
        if not self.notes:
            return []
        return [msg("docx.losses").render(lang), *(f"  - {n.render(lang)}" for n in self.notes)]


def read_draft(path: Path) -> WordDraft:
    """The title, paragraphs (with sections, headings and sub-items) and losses of a Word draft."""
    document, read = read_blocks(path)
    out: list[d.ParagraphInput] = []
    seen_body = seen_operative = in_annex = False
    for block in read.blocks:
        text = block.text
        if _is_heading(block.style) and not block.in_table:
            if _ANNEX_HEADING.match(text):
                in_annex = True
                continue  # the annex heading is written by the export itself
            section = Section.TITLE if not seen_body else (Section.ANNEX if in_annex else Section.OPERATIVE)
            out.append(d.ParagraphInput(section, text, ParagraphKind.HEADING))
            continue
        seen_body = True
        numbered = block.numbering
        level, level_text = numbered if numbered is not None else (0, "")
        if level_text.startswith("PP") or (m := _PREAMBLE.match(text)) is not None:
            body = text if level_text.startswith("PP") else m.group(2).strip()  # type: ignore[union-attr]
            out.append(d.ParagraphInput(Section.PREAMBLE, body))
        elif level_text.startswith("D") or (m := _ANNEX_ITEM.match(text)) is not None or in_annex:
            body = m.group(2).strip() if m and not level_text.startswith("D") else text
            out.append(d.ParagraphInput(Section.ANNEX, body))
        elif numbered is None and (m := _SUB_ITEM.match(text)) is not None and seen_operative:
            out.append(d.ParagraphInput(Section.OPERATIVE, m.group(2).strip(), sub_item=True))
        elif numbered is None and (m := _OPERATIVE.match(text)) is not None:
            seen_operative = True
            out.append(d.ParagraphInput(Section.OPERATIVE, m.group(2).strip()))
        elif numbered is not None:
            sub_item = level > 0 and seen_operative
            seen_operative = True
            out.append(d.ParagraphInput(Section.OPERATIVE, text, sub_item=sub_item))
        elif seen_operative:
            out.append(d.ParagraphInput(Section.OPERATIVE, text))
        else:
            out.append(d.ParagraphInput(Section.PREAMBLE, text))
    if not out:
        raise BadInput(msg("draft.bad_docx", name=path.name, detail="no text"))
    return WordDraft(document.core_properties.title or None, out, read.notes())


def read_docx(path: Path) -> tuple[str | None, list[d.ParagraphInput]]:
    """The title and paragraphs of a Word draft (:func:`read_draft` also says what was not kept)."""
    draft = read_draft(path)
    return draft.title, draft.paragraphs


@dataclass(frozen=True)
class DocxImport:
    document_id: str
    draft: WordDraft


def import_docx(
    ws: Workspace,
    path: Path,
    *,
    meeting_id: str,
    doc_type: DocType,
    actor: str,
    title: str | None = None,
    audience: Audience = Audience.PUBLIC,
    draft: WordDraft | None = None,
) -> DocxImport:
    """A new document for ``meeting_id`` from a Word draft. Nothing is written on error.

    A window reads the file first (:func:`read_draft`), shows ``draft.notes`` (what will not be kept)
    and passes the same ``draft`` here once the user confirms.
    """
    draft = draft or read_draft(path)
    if title is None:
        title = draft.title or next((p.text for p in draft.paragraphs if p.section == Section.TITLE), None)
    inp = d.DocumentInput(meeting_id, doc_type, title=title, audience=audience)
    return DocxImport(d.create_document(ws, inp, actor=actor, paragraphs=draft.paragraphs), draft)
