"""Geometric checks of a rendered PDF with pdfplumber and pypdf: text that overlaps other text or
leaves the page's margins, bookmarks that open a page without their heading."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pypdf import PdfReader
from reportlab.lib.units import cm

from crm_desktop.reports.base import MARGIN_X

# Text may reach into the left margin only for the compilation's line numbers; nothing is printed
# closer than 8 mm to the top or bottom edge (header and footer included).
LEFT_ALLOWANCE = 0.8 * cm
EDGE = 0.8 * cm
TOLERANCE = 0.6  # points: glyph boxes of neighbouring letters touch


@dataclass(frozen=True)
class Problem:
    page: int
    what: str

    def __str__(self) -> str:
        return f"page {self.page}: {self.what}"


def _boxes(page: pdfplumber.page.Page) -> list[tuple[float, float, float, float, str]]:
    """Each visible character's box (x0, top, x1, bottom) with its text, the height trimmed to
    the glyph's body: a line's box is its font size, and lines set at their leading never overlap."""
    out = []
    for ch in page.chars:
        if not ch["text"].strip():
            continue
        size = ch["size"]
        top = ch["top"] + size * 0.2
        bottom = ch["bottom"] - size * 0.2
        out.append((ch["x0"], top, ch["x1"], bottom, ch["text"]))
    return out


def layout_problems(path: Path) -> list[Problem]:
    """Overlapping characters (two texts printed over each other) and text outside the margins."""
    problems: list[Problem] = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            width, height = page.width, page.height
            boxes = sorted(_boxes(page), key=lambda b: b[0])
            for x0, top, x1, bottom, text in boxes:
                if x0 < MARGIN_X - LEFT_ALLOWANCE or x1 > width - MARGIN_X + TOLERANCE:
                    problems.append(Problem(number, f"{text!r} outside the side margins at x={x0:.1f}–{x1:.1f}"))
                if top < EDGE or bottom > height - EDGE:
                    problems.append(Problem(number, f"{text!r} too close to the edge at y={top:.1f}"))
            problems += _overlaps(number, boxes)
            if len(problems) > 20:
                break
    return problems


def _overlaps(number: int, boxes: list[tuple[float, float, float, float, str]]) -> list[Problem]:
    """A sweep along x: each character against those whose horizontal span it shares."""
    found: list[Problem] = []
    active: list[tuple[float, float, float, float, str]] = []
    for box in boxes:
        x0, top, x1, bottom, text = box
        active = [a for a in active if a[2] - TOLERANCE > x0]
        for a in active:
            if min(a[3], bottom) - max(a[1], top) > TOLERANCE and min(a[2], x1) - max(a[0], x0) > TOLERANCE:
                found.append(Problem(number, f"{a[4]!r} and {text!r} overlap at x={x0:.1f}, y={top:.1f}"))
                if len(found) > 5:
                    return found
        active.append(box)
    return found


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def bookmark_problems(path: Path) -> list[str]:
    """Each outline entry whose destination page does not show the entry's text (a bilingual
    entry "Título / Title" may print its halves on separate lines)."""
    reader = PdfReader(path)
    texts = [_flat(p.extract_text() or "") for p in reader.pages]
    problems = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
                continue
            title = _flat(str(item.title))  # type: ignore[attr-defined]
            page = reader.get_destination_page_number(item)  # type: ignore[arg-type]
            parts = [title] if title in texts[page] else [_flat(x) for x in title.split(" / ")]
            if not all(part in texts[page] for part in parts):
                problems.append(f"{title!r} points at page {page + 1}, which does not show it")

    walk(reader.outline)
    return problems


def outline_titles(path: Path) -> list[str]:
    reader = PdfReader(path)
    out: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append(str(item.title))  # type: ignore[attr-defined]

    walk(reader.outline)
    return out
