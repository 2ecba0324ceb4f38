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

import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.app.errors import BadInput
from crm_desktop.domain.messages import Message, msg
from crm_desktop.store.local_files import read_input

MAX_DOCX = 32 * 1024 * 1024  # a negotiated text is tens of kilobytes, with a logo a few megabytes

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
    """One paragraph of text as read, with its style's name and Word's numbering of it."""

    text: str
    style: str  # the style's name as Word shows it ("Heading 1", "List Number 2"), "" for the default
    numbering: tuple[int, str] | None  # (level, level text such as "PP%1" or "3 bis."), None if not numbered
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


def _style_names(document: Any) -> dict[str, str]:
    """Style id → name, read once: python-docx's ``paragraph.style`` scans every style for each
    paragraph without one (10 ms a paragraph; 25 minutes for a file of 200,000)."""
    from docx.styles import BabelFish

    names = {}
    for style in document.styles.element.iterchildren(W + "style"):
        name = style.find(W + "name")
        if style.get(W + "styleId") and name is not None:
            names[str(style.get(W + "styleId"))] = BabelFish.internal2ui(str(name.get(W + "val") or ""))
    return names


def _level_texts(document: Any) -> dict[tuple[str, int], str]:
    """(numId, level) → level text of every list, overrides included, read once."""
    try:
        numbering = document.part.numbering_part.element
    except (AttributeError, KeyError, NotImplementedError):
        return {}
    abstract: dict[str, dict[int, str]] = {}
    for a in numbering.iterchildren(W + "abstractNum"):
        levels = abstract.setdefault(str(a.get(W + "abstractNumId")), {})
        for lvl in a.iterchildren(W + "lvl"):
            text = lvl.find(W + "lvlText")
            levels[int(lvl.get(W + "ilvl") or 0)] = "" if text is None else str(text.get(W + "val") or "")
    out: dict[tuple[str, int], str] = {}
    for num in numbering.iterchildren(W + "num"):
        num_id = str(num.get(W + "numId"))
        base = num.find(W + "abstractNumId")
        for level, text in abstract.get(str(base.get(W + "val")) if base is not None else "", {}).items():
            out[(num_id, level)] = text
        for override in num.iterchildren(W + "lvlOverride"):
            text = override.find(f"{W}lvl/{W}lvlText")
            if text is not None:
                out[(num_id, int(override.get(W + "ilvl") or 0))] = str(text.get(W + "val") or "")
    return out


class _Walker:
    def __init__(self, document: Any) -> None:
        self._styles = _style_names(document)
        self._level_texts = _level_texts(document)
        self.read = WordRead()
        self._elements = 0
        self._characters = 0

    def _numbering(self, p: Any, style: str) -> tuple[int, str] | None:
        num = p.find(f"{W}pPr/{W}numPr")
        if num is None:
            # Word's built-in "List Number" styles carry their numbering in the style itself.
            if style.startswith("List Number"):
                suffix = style.removeprefix("List Number").strip()
                return (int(suffix) - 1 if suffix.isdigit() else 0), ""
            return None
        ilvl, num_id = num.find(W + "ilvl"), num.find(W + "numId")
        level = int(ilvl.get(W + "val") or 0) if ilvl is not None else 0
        key = str(num_id.get(W + "val")) if num_id is not None else ""
        return level, self._level_texts.get((key, level), "")

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
        style_id = p.find(f"{W}pPr/{W}pStyle")
        style_key = "" if style_id is None else str(style_id.get(W + "val") or "")
        if style_key == NOTE_PARAGRAPH_STYLE:
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
        style = self._styles.get(style_key, style_key)
        self.read.blocks.append(Block(text, style, self._numbering(p, style), in_table))
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

    data = read_input(path, limit=MAX_DOCX)  # a device, a pipe or a folder is refused before reading
    check_archive(path)
    try:
        document = Document(io.BytesIO(data))
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
