"""Opening a 60-paragraph negotiated document in the drafting editor, against a floor of plain labels.

The figure is the wall-clock time from ``DraftingView.open_document`` until the editor shows the
numbered, tinted paragraphs (services read off the UI thread, models filled, the rows in sight sized
and painted); the UI thread's CPU time in it (steadier when other work shares the machine) and the time
until the rows out of sight are sized too (a few at each turn of the event loop) are printed beside it.
The compilation text and the comparison are written when their tabs are shown. The floor, measured
in the same run and process, is building and showing the same number of plain ``QLabel`` widgets
holding the same texts — the least any widget showing those paragraphs must do.

Run: ``.venv/bin/python benchmarks/drafting_view.py [--runs N]`` (offscreen; builds a demo workspace).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

PARAGRAPHS = 60
WORDS = ["migración", "niñez", "protección", "cooperación", "derechos", "señal", "Perú", "acción", "[deberán]"]


def make_document(ws: object) -> tuple[str, list[str]]:
    from crm_desktop.app import drafting as d
    from crm_desktop.app.drafting_desk import meeting_actors
    from crm_desktop.drafting.structure import DocType, Section

    declaration = next(x for x in d.list_documents(ws) if x["type"] == "declaration")  # type: ignore[arg-type]
    meeting = declaration["meeting"]
    chair = meeting_actors(ws, meeting)[0].person_id  # type: ignore[arg-type]
    rng = random.Random(60)
    texts = [" ".join(rng.choice(WORDS) for _ in range(40)) for _ in range(PARAGRAPHS)]
    doc_id = d.create_document(
        ws,  # type: ignore[arg-type]
        d.DocumentInput(meeting, DocType.DECLARATION, title="Declaración de 60 párrafos"),
        actor=chair,
        paragraphs=[d.ParagraphInput(Section.OPERATIVE, t) for t in texts],
    )
    return doc_id, texts


def open_editor(app: QApplication, ws: object, doc_id: str) -> tuple[float, float, float]:
    """Wall-clock seconds until the editor shows the document, UI-thread CPU seconds in that time, and
    wall-clock seconds until every paragraph row is sized (those out of sight follow the first show)."""
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.drafting.view import DraftingView

    ctx = UiContext(ws, lang="es")  # type: ignore[arg-type]
    view = DraftingView(ctx)
    view.resize(1280, 800)
    view.show()
    ctx.wait()
    app.processEvents()
    start, cpu = time.perf_counter(), time.thread_time()
    view.open_document(doc_id)
    while view.loaded is None or view.paragraphs.rowCount() < PARAGRAPHS:
        ctx.wait()
        app.processEvents()
    ctx.wait()
    app.processEvents()  # the comparison requested while rendering
    elapsed, cpu = time.perf_counter() - start, time.thread_time() - cpu
    while not view.rows_sized():
        app.processEvents()
    all_rows = time.perf_counter() - start
    view.close()
    view.deleteLater()
    ctx.deleteLater()
    app.processEvents()
    return elapsed, cpu, all_rows


def plain_labels(app: QApplication, texts: list[str]) -> float:
    start = time.perf_counter()
    host = QWidget()
    box = QVBoxLayout(host)
    for i, t in enumerate(texts, 1):
        label = QLabel(f"{i}. {t}")
        label.setWordWrap(True)
        box.addWidget(label)
    host.resize(1280, 800)
    host.show()
    app.processEvents()
    elapsed = time.perf_counter() - start
    host.close()
    host.deleteLater()
    app.processEvents()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    QCoreApplication.setOrganizationName("crm-desktop-benchmarks")

    from crm_desktop.demo import build_demo

    directory = Path(tempfile.mkdtemp(prefix="crm-bench-")) / "demo"
    ws = build_demo(directory)
    doc_id, texts = make_document(ws)
    open_editor(app, ws, doc_id)  # warm-up: imports, first layouts, SQLite cache
    plain_labels(app, texts)
    runs = [open_editor(app, ws, doc_id) for _ in range(args.runs)]
    editor, cpu, all_rows = (statistics.median(r[i] for r in runs) for i in range(3))
    labels = statistics.median(plain_labels(app, texts) for _ in range(args.runs))
    print(f"open {PARAGRAPHS}-paragraph document in the editor: {editor * 1000:.1f} ms (median of {args.runs})")
    print(f"  UI-thread CPU time in it: {cpu * 1000:.1f} ms; every row sized after {all_rows * 1000:.1f} ms")
    print(f"floor, {PARAGRAPHS} plain QLabels shown:          {labels * 1000:.1f} ms")
    print(f"ratio: {editor / labels:.1f}x")
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
