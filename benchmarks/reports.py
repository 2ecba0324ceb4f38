"""Benchmark: a ~100-page compilation text against a bare Platypus build of the same paragraphs.

The floor is measured in the same run: the same paragraph markup, the same embedded fonts, in a
plain ``SimpleDocTemplate`` (no header, "page X of Y", line numbers, bookmarks or metadata). The
figure reported is the ratio; the target is <= 1.5x.

With ``--workspace DIR`` (a large workspace from ``benchmarks/generate.py``) it also times the
session dossier of the meeting with the most accreditations, against the floor of rendering the
same parts as separate documents (the dossier adds a table of contents, which needs a second
layout pass).

    .venv/bin/python benchmarks/reports.py [--paragraphs N] [--repeat R] [--workspace DIR]
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from crm_desktop.reports.base import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, styles
from crm_desktop.reports.data import MeetingHeader, Segment, TextParagraph, TextSection
from crm_desktop.reports.texts import render_text, segments_markup, standard_document

WORDS = [
    "migración", "protección", "consular", "niñas", "niños", "adolescentes", "retorno", "asistida",
    "trata", "personas", "tráfico", "ilícito", "migrantes", "cooperación", "regional", "Países",
    "Miembros", "Viceministros", "GRCM", "Secretaría", "Técnica", "Plan", "de", "Acción", "fortalecer",
    "promover", "garantizar", "derechos", "humanos", "gestión", "fronteriza", "información", "capacitación",
]  # fmt: skip
DELEGATIONS = ["MX", "GT", "CR", "SV", "HN", "NI", "PA", "DO", "US", "CA", "BZ"]


def compilation_paragraphs(n: int, seed: int = 7) -> tuple[TextParagraph, ...]:
    rng = random.Random(seed)

    def words(k: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(k))

    out = []
    for i in range(1, n + 1):
        segments = [Segment(words(rng.randint(25, 45)).capitalize() + " ")]
        if i % 2 == 0:
            segments += [Segment(words(8), change="add", by=rng.choice(DELEGATIONS), bracketed=True), Segment(" ")]
        if i % 3 == 0:
            segments += [Segment(words(6), change="delete", by=rng.choice(DELEGATIONS), bracketed=True), Segment(" ")]
        segments.append(Segment(words(rng.randint(10, 20)) + "."))
        out.append(TextParagraph(str(i), tuple(segments), status="bracketed" if i % 2 == 0 else "agreed"))
    return tuple(out)


MEETING = MeetingHeader(
    id="bench",
    body_key="grcm",
    body_es="Grupo Regional de Consulta sobre Migración (GRCM)",
    body_en="Regional Consultation Group on Migration (GRCM)",
    title="Reunión del GRCM (banco de pruebas)",
    start=datetime(2026, 3, 17, 9),
    end=datetime(2026, 3, 18, 18),
    city="San José",
    country_es="Costa Rica",
    country_en="Costa Rica",
)


def build_ours(paragraphs: tuple[TextParagraph, ...]) -> tuple[float, int]:
    doc = standard_document(
        "compilation", MEETING, (TextSection("Recomendaciones", "Recommendations", paragraphs),), revision=3
    )
    t = time.perf_counter()
    pages = render_text(doc, "es", io.BytesIO())
    return time.perf_counter() - t, pages


def build_floor(paragraphs: tuple[TextParagraph, ...]) -> tuple[float, int]:
    st = styles()
    t = time.perf_counter()
    story = []
    for par in paragraphs:
        story += [Paragraph(f"{par.number}.&nbsp;&nbsp;{segments_markup(par.segments, 'es')}", st["numbered"])]
        story.append(Spacer(0, 5))
    doc = SimpleDocTemplate(
        io.BytesIO(),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=st["body"].fontName,
    )
    doc.build(story)
    return time.perf_counter() - t, int(doc.page)


def dossier_figures(directory: Path, repeat: int) -> None:
    from sqlalchemy import func, select

    from crm_desktop.app.reports import ReportRequest, _parts, render_report
    from crm_desktop.app.workspace import Workspace
    from crm_desktop.reports.base import OfficialDocTemplate
    from crm_desktop.store.schema import Accreditation

    ws = Workspace(directory)
    try:
        with ws.read() as s:
            meeting_id, count = s.execute(
                select(Accreditation.meeting_id, func.count())
                .group_by(Accreditation.meeting_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
        req = ReportRequest("dossier", "es", meeting_id=meeting_id, closed_door=True)
        ours, floor = [], []
        pages = 0
        with tempfile.TemporaryDirectory() as tmp:
            for _ in range(repeat):
                t = time.perf_counter()
                pages = render_report(ws, req, Path(tmp) / "dossier.pdf").pages
                ours.append(time.perf_counter() - t)
                t = time.perf_counter()
                for part in _parts(ws, req):  # the same documents, each on its own
                    OfficialDocTemplate(io.BytesIO(), part.info).build_story(part.story)
                floor.append(time.perf_counter() - t)
        o, f = statistics.median(ours), statistics.median(floor)
        print(f"dossier of the largest meeting ({count} accreditations): {pages} pages in {o:.3f} s")
        print(f"the same parts as separate documents: {f:.3f} s")
        print(f"ratio: {o / f:.2f}x (two layout passes for the table of contents)")
    finally:
        ws.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--paragraphs", type=int, default=600, help="about 6 paragraphs a page: 600 make ~100 pages")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workspace", type=Path, help="a large workspace (benchmarks/generate.py) for the dossier")
    args = ap.parse_args()
    paragraphs = compilation_paragraphs(args.paragraphs)
    build_floor(paragraphs[:5])  # warm-up: font loading and subsetting caches
    build_ours(paragraphs[:5])
    ours, floor = [], []
    pages_ours = pages_floor = 0
    for _ in range(args.repeat):
        t, pages_floor = build_floor(paragraphs)
        floor.append(t)
        t, pages_ours = build_ours(paragraphs)
        ours.append(t)
    o, f = statistics.median(ours), statistics.median(floor)
    print(f"compilation text: {pages_ours} pages in {o:.3f} s (median of {args.repeat})")
    print(f"bare Platypus floor: {pages_floor} pages in {f:.3f} s")
    print(f"ratio: {o / f:.2f}x (target <= 1.50x)")
    if args.workspace:
        dossier_figures(args.workspace, args.repeat)


if __name__ == "__main__":
    main()
