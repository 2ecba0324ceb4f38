"""Benchmark: a ~100-page compilation text against a bare Platypus build of the same paragraphs.

The floor is measured in the same run: the same paragraph markup, the same embedded fonts, in a
plain ``SimpleDocTemplate`` (no header, "page X of Y", line numbers, bookmarks or metadata). The
figure reported is the ratio; the target is <= 1.5x.

    .venv/bin/python benchmarks/reports.py [--paragraphs N] [--repeat R]
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import time
from datetime import datetime

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
        segments = [Segment(words(rng.randint(25, 45)).capitalize())]
        if i % 2 == 0:
            segments.append(Segment(words(8), change="add", by=rng.choice(DELEGATIONS), bracketed=True))
        if i % 3 == 0:
            segments.append(Segment(words(6), change="delete", by=rng.choice(DELEGATIONS), bracketed=True))
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--paragraphs", type=int, default=400, help="about 4 paragraphs per page")
    ap.add_argument("--repeat", type=int, default=3)
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


if __name__ == "__main__":
    main()
