"""Structural checks of a PDF with the standard tools (qpdf, poppler): never byte comparisons."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


def run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


@dataclass
class PdfFacts:
    path: Path
    qpdf_ok: bool
    fonts: list[dict[str, str]]
    text: str  # pdftotext -layout: lines as they look on the page
    raw_text: str  # pdftotext -raw: content-stream order, a table cell's lines stay together
    pages: int
    info: dict[str, str]
    outline: list[str]

    @property
    def all_fonts_embedded(self) -> bool:
        return bool(self.fonts) and all(f["emb"] == "yes" for f in self.fonts)

    def page_texts(self) -> list[str]:
        return self.text.split("\f")[: self.pages]


def _fonts(path: Path) -> list[dict[str, str]]:
    lines = run("pdffonts", str(path)).splitlines()[2:]
    out = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object-id generation: the last five fields are fixed
        out.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return out


def _outline(path: Path) -> list[str]:
    data = json.loads(run("qpdf", "--json", "--json-key=outlines", str(path)))
    titles: list[str] = []

    def walk(items: list[dict[str, object]]) -> None:
        for item in items:
            titles.append(str(item["title"]))
            walk(item.get("kids", []))  # type: ignore[arg-type]

    walk(data.get("outlines", []))
    return titles


def inspect(path: Path) -> PdfFacts:
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    info = {}
    for line in run("pdfinfo", str(path)).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return PdfFacts(
        path=path,
        qpdf_ok=check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout,
        fonts=_fonts(path),
        text=run("pdftotext", "-layout", str(path), "-"),
        raw_text=run("pdftotext", "-raw", str(path), "-"),
        pages=int(info["Pages"]),
        info=info,
        outline=_outline(path),
    )


def page_footers(facts: PdfFacts, lang: str = "es") -> list[tuple[int, int]]:
    """The "Página X de Y" / "Page X of Y" numbers found on each page, in order."""
    pattern = r"Página (\d+) de (\d+)" if lang == "es" else r"Page (\d+) of (\d+)"
    found = []
    for text in facts.page_texts():
        m = re.search(pattern, text)
        found.append((int(m.group(1)), int(m.group(2))) if m else (0, 0))
    return found


def pdf_lang(path: Path) -> str | None:
    m = re.search(rb"/Lang \((\w+)\)", path.read_bytes())
    return m.group(1).decode() if m else None
