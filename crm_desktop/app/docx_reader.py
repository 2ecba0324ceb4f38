"""Reading a Word (.docx) draft into paragraphs without losing text silently.

python-docx's ``paragraph.text`` sees only the paragraph's direct runs, so text inside content
controls (``w:sdt``), tracked insertions (``w:ins``), simple fields (``w:fldSimple``) and tables was
dropped while both sides of a tracked change were... both dropped. This walks the body's XML in
document order instead:

- content controls and custom XML are read through; tables are read cell by cell, one paragraph per
  non-empty cell paragraph; fields give their result, not their code;
- tracked changes are taken as accepted: inserted (and moved-to) text is kept, deleted (and
  moved-from) text dropped;
- what cannot become paragraph text is counted and reported (footnotes, endnotes, comments, images,
  text boxes), so the caller shows it before anything is written;
- the work is bounded before it starts (the archive's sizes) and while it runs (paragraphs and
  characters), so a small file that unpacks to 200,000 paragraphs is refused, not processed.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.app.errors import BadInput
from crm_desktop.domain.messages import Message, msg

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

MAX_PARAGRAPHS = 5000  # a negotiated text has hundreds; each becomes a CRDT paragraph
MAX_CHARACTERS = 2_000_000
MAX_XML_ELEMENTS = 400_000  # paragraphs, empty or not, and cells walked
MAX_UNPACKED = 64 * 1024 * 1024  # all parts of the archive, uncompressed
MAX_ENTRIES = 2000

# Runs and paragraphs our compilation export marks as proposals and notes, not as the document's text.
PROPOSAL_RUN_STYLES = frozenset({"CRMAdded", "CRMNote"})
NOTE_PARAGRAPH_STYLE = "CRMNoteParagraph"

_SKIP = {W + "pPr", W + "rPr", W + "instrText", W + "delText", W + "delInstrText", W + "sectPr", W + "tblPr"}
_DROPPED = {W + "del", W + "moveFrom"}
_ACCEPTED = {W + "ins", W + "moveTo"}
_IMAGES = {W + "drawing", W + "pict", W + "object", MC + "AlternateContent"}


@dataclass
class Block:
    """One paragraph of text as read, with the python-docx paragraph for its style and numbering."""

    text: str
    paragraph: Any
    in_table: bool = False


@dataclass
class WordRead:
    blocks: list[Block] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    comments: set[str] = field(default_factory=set)

    def notes(self) -> list[Message]:
        """What was not kept as text, and what was transformed to keep it, in words."""
        c = self.counts
        out = []
        for key in ("footnotes", "endnotes", "images", "textboxes"):
            if c[key]:
                out.append(msg(f"docx.lost.{key}", count=c[key]))
        if self.comments:
            out.append(msg("docx.lost.comments", count=len(self.comments)))
        if c["proposals"]:
            out.append(msg("docx.lost.proposals", count=c["proposals"]))
        if c["tables"]:
            out.append(msg("docx.kept.tables", count=c["tables"]))
        if c["revisions"]:
            out.append(msg("docx.kept.revisions", count=c["revisions"]))
        return out


def _too_large(what: str, count: int, limit: int) -> BadInput:
    return BadInput(msg("docx.too_large", what=what, count=count, limit=limit))


def check_archive(path: Path) -> None:
    """Refuse an archive whose parts would unpack to more than we read, before any is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BadInput(msg("draft.bad_docx", name=path.name, detail=str(exc) or type(exc).__name__)) from None
    if len(infos) > MAX_ENTRIES:
        raise _too_large("entries", len(infos), MAX_ENTRIES)
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED:
        raise _too_large("bytes", unpacked, MAX_UNPACKED)


class _Walker:
    def __init__(self, document: Any) -> None:
        from docx.text.paragraph import Paragraph

        self._paragraph = Paragraph
        self._body = document._body
        self.read = WordRead()
        self._elements = 0
        self._characters = 0

    def _count_element(self) -> None:
        self._elements += 1
        if self._elements > MAX_XML_ELEMENTS:
            raise _too_large("elements", self._elements, MAX_XML_ELEMENTS)

    def blocks(self, container: Any, in_table: bool = False) -> None:
        for child in container.iterchildren():
            tag = child.tag
            if tag == W + "p":
                self._count_element()
                self.paragraph(child, in_table)
            elif tag == W + "tbl":
                self.read.counts["tables"] += 1
                for row in child.iterchildren(W + "tr"):
                    for cell in row.iterchildren(W + "tc"):
                        self._count_element()
                        self.blocks(cell, True)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.blocks(content, in_table)
            elif tag in (W + "customXml", W + "ins", W + "moveTo"):
                self.blocks(child, in_table)

    def paragraph(self, p: Any, in_table: bool) -> None:
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(W + "val") == NOTE_PARAGRAPH_STYLE:
            self.read.counts["proposals"] += 1
            return
        parts: list[str] = []
        self.inline(p, parts)
        text = "".join(parts).strip()
        if not text:
            return
        self._characters += len(text)
        if self._characters > MAX_CHARACTERS:
            raise _too_large("characters", self._characters, MAX_CHARACTERS)
        self.read.blocks.append(Block(text, self._paragraph(p, self._body), in_table))
        if len(self.read.blocks) > MAX_PARAGRAPHS:
            raise _too_large("paragraphs", len(self.read.blocks), MAX_PARAGRAPHS)

    def inline(self, node: Any, out: list[str]) -> None:
        counts = self.read.counts
        for child in node.iterchildren():
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag in _DROPPED:
                counts["revisions"] += 1
            elif tag in _ACCEPTED:
                counts["revisions"] += 1
                self.inline(child, out)
            elif tag == W + "t":
                out.append(child.text or "")
            elif tag == W + "tab":
                out.append("\t")
            elif tag in (W + "br", W + "cr"):
                out.append("\n")
            elif tag == W + "noBreakHyphen":
                out.append("-")
            elif tag == W + "footnoteReference":
                counts["footnotes"] += 1
            elif tag == W + "endnoteReference":
                counts["endnotes"] += 1
            elif tag == W + "commentReference":
                self.read.comments.add(str(child.get(W + "id")))
            elif tag in _IMAGES:
                counts["images"] += 1
                counts["textboxes"] += sum(1 for _ in child.iter(W + "txbxContent"))
            elif tag == W + "r" and (run_style := _run_style(child)) in PROPOSAL_RUN_STYLES:
                counts["proposals"] += run_style == "CRMNote"  # one attribution note per proposal
            else:  # runs, hyperlinks, fields, inline content controls, smart tags
                self.inline(child, out)


def _run_style(run: Any) -> str | None:
    style = run.find(f"{W}rPr/{W}rStyle")
    return None if style is None else str(style.get(W + "val"))


def read_blocks(path: Path) -> tuple[Any, WordRead]:
    """The python-docx document and its paragraphs' text, read as described above."""
    from docx import Document

    check_archive(path)
    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BadInput(msg("draft.bad_docx", name=path.name, detail=str(exc) or type(exc).__name__)) from None
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and XML errors
        raise BadInput(msg("draft.bad_docx", name=path.name, detail=type(exc).__name__)) from None
    walker = _Walker(document)
    try:
        walker.blocks(document.element.body)
    except RecursionError:
        raise BadInput(msg("draft.bad_docx", name=path.name, detail="nested too deeply")) from None
    return document, walker.read
