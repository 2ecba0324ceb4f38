"""Reading a Word draft: ms per 1,000 paragraphs through ``read_draft`` against lxml parsing the same
``word/document.xml`` alone (the floor), measured in the same run.

    .venv/bin/python benchmarks/docx_read.py [--paragraphs 5000]

The file is written by python-docx with plain and numbered paragraphs, as a delegation's draft is.
Before the style names were read once per document, each paragraph without a style of its own cost
python-docx a scan of every style (about 10 ms): 25 minutes for a file of 200,000 paragraphs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docx import Document
from lxml import etree

from crm_desktop.app.drafting_docx import read_draft


def build(path: Path, count: int) -> None:
    doc = Document()
    doc.add_heading("Declaración de prueba", level=1)
    for i in range(count):
        style = "List Number" if i % 3 == 0 else None
        doc.add_paragraph(f"Los Países Miembros procurarán fortalecer la cooperación ({i}).", style=style)
    doc.save(str(path))


def best(fn: object, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=4000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.docx"
        build(path, args.paragraphs)
        xml = zipfile.ZipFile(path).read("word/document.xml")
        floor = best(lambda: etree.fromstring(xml))
        read = best(lambda: read_draft(path))
    per_k = 1000 / args.paragraphs
    print(f"paragraphs: {args.paragraphs}")
    print(f"read_draft: {read * 1000 * per_k:.1f} ms per 1,000 paragraphs")
    print(f"floor (lxml parse of document.xml): {floor * 1000 * per_k:.1f} ms per 1,000 paragraphs")
    print(f"ratio: {read / floor:.1f}x")


if __name__ == "__main__":
    main()
