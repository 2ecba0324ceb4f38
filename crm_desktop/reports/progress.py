"""The semi-annual progress report on the Plan of Action as a PDF, in Spanish or English.

Takes the assembled report as plain data (``ProgressData.as_json()`` of the application layer): per
theme, an indicator table and a chart of progress towards each target (previous semester against this
one), then the activities done, delayed and pending.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.numbers import format_number
from crm_desktop.domain.process_labels import label
from crm_desktop.domain.symbols import series_symbol
from crm_desktop.domain.vocabulary import unit_name
from crm_desktop.reports.base import fit_text
from crm_desktop.reports.process_pdf import FONT, build, esc, styles, table

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Informe de avance del Plan de Acción", "Progress report on the Plan of Action"),
    "plan": ("Plan de Acción de la CRM", "Plan of Action of the CRM"),
    "prepared": (
        "Elaborado por la Secretaría Técnica en coordinación con la Presidencia Pro-Témpore",
        "Prepared by the Technical Secretariat in coordination with the Pro-Tempore Presidency",
    ),
    "ppt": ("Presidencia Pro-Témpore", "Pro-Tempore Presidency"),
    "period": ("Período", "Period"),
    "grcm": ("Reuniones del GRCM en el semestre", "GRCM meetings in the semester"),
    "summary": ("Resumen", "Summary"),
    "indicators": ("Indicadores", "Indicators"),
    "reached": ("metas alcanzadas", "targets reached"),
    "done": ("Actividades realizadas", "Activities done"),
    "delayed": ("Actividades retrasadas", "Activities delayed"),
    "pending": ("Actividades pendientes", "Activities pending"),
    "indicator": ("Indicador", "Indicator"),
    "baseline": ("Línea de base", "Baseline"),
    "target": ("Meta", "Target"),
    "value": ("Valor", "Value"),
    "progress": ("Avance", "Progress"),
    "previous": ("Semestre anterior", "Previous semester"),
    "this": ("Este semestre", "This semester"),
    "activity": ("Actividad", "Activity"),
    "responsible": ("Responsable", "Responsible"),
    "end": ("Fin previsto", "Due"),
    "status": ("Estado", "Status"),
    "priority": ("Prioritaria", "Priority"),
    "funding": ("Requiere fondos", "Needs funding"),
    "none": ("Ninguna.", "None."),
    "no_indicators": ("Sin indicadores en este tema.", "No indicators in this theme."),
    "chart_progress": ("Avance hacia la meta (%)", "Progress towards the target (%)"),
    "chart_activities": ("Actividades por tema", "Activities by theme"),
    "yes": ("sí", "yes"),
    "no": ("no", "no"),
    "measured": ("medido en", "measured in"),
    "not_measured": ("sin medición", "not measured"),
}


CHART_BLOCK = 20
PREVIOUS_COLOUR, CURRENT_COLOUR = colors.HexColor("#a9c4dc"), colors.HexColor("#2f6690")
STANDING_COLOURS = {
    "done": colors.HexColor("#3a7d44"),
    "delayed": colors.HexColor("#c0392b"),
    "pending": colors.HexColor("#d9a21b"),
}


def _t(key: str, lang: str) -> str:
    es, en = LABELS[key]
    return in_lang(es, en, lang)


def _num(v: float | None) -> str:
    if v is None:
        return "—"
    return format_number(v)


def _wrapped(text: str, width: float, lines: int) -> str:
    """A chart label broken into at most ``lines`` lines of ``width`` points, measured in the
    label's font (a long theme name no longer runs into its neighbour's)."""
    parts = simpleSplit(text, FONT, 7, width)
    if len(parts) > lines:
        parts = [*parts[: lines - 1], fit_text(" ".join(parts[lines - 1 :]), FONT, 7, width)]
    return "\n".join(parts)


def progress_chart(indicators: list[dict[str, Any]], lang: str) -> Drawing:
    """Horizontal bars: progress towards each indicator's target, previous semester and this one."""
    names = [_wrapped((in_lang(None, i["name_en"], lang)) or i["name_es"], 58 * mm, 2) for i in indicators]
    height = 30 + 22 * len(indicators)
    d = Drawing(160 * mm, height + 20)
    d.initialFontName = FONT  # the renderer starts every drawing in Helvetica otherwise (not embedded)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 22
    chart.width, chart.height = 92 * mm, height - 10
    # Bars are drawn bottom-up: reverse so the chart reads in the table's order.
    chart.data = [
        [round(i["previous_progress"] * 100, 1) for i in reversed(indicators)],
        [round(i["progress"] * 100, 1) for i in reversed(indicators)],
    ]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = PREVIOUS_COLOUR
    chart.bars[1].fillColor = CURRENT_COLOUR
    chart.bars.strokeWidth = 0
    chart.barSpacing = 1
    chart.groupSpacing = 5
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 62 * mm, 8
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(PREVIOUS_COLOUR, _t("previous", lang)), (CURRENT_COLOUR, _t("this", lang))]
    d.add(legend)
    d.add(String(0, height + 10, _t("chart_progress", lang), fontName=FONT, fontSize=8))
    return d


def activities_chart(themes: list[dict[str, Any]], lang: str) -> Drawing:
    """Grouped bars: activities done, delayed and pending per theme."""
    d = Drawing(160 * mm, 62 * mm)
    d.initialFontName = FONT
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 16 * mm
    chart.width, chart.height = 144 * mm, 38 * mm
    keys = ("done", "delayed", "pending")
    chart.data = [[len(t[k]) for t in themes] for k in keys]
    slot = chart.width / max(1, len(themes)) - 4
    chart.categoryAxis.categoryNames = [_wrapped(t["name"], slot, 3) for t in themes]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([1, *(v for row in chart.data for v in row)])
    chart.valueAxis.valueMax = top + 1
    chart.valueAxis.valueStep = 1 if top < 8 else max(1, top // 5)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    for i, k in enumerate(keys):
        chart.bars[i].fillColor = STANDING_COLOURS[k]
    chart.bars.strokeWidth = 0
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 12 * mm, 4
    legend.fontName, legend.fontSize = FONT, 7
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.colorNamePairs = [(STANDING_COLOURS[k], _t(k, lang)) for k in keys]
    d.add(legend)
    d.add(String(0, 58 * mm, _t("chart_activities", lang), fontName=FONT, fontSize=8))
    return d


def _activity_table(rows: list[dict[str, Any]], lang: str) -> Flowable:
    st = styles()
    if not rows:
        return Paragraph(_t("none", lang), st["body_left"])
    title = in_lang("title_es", "title_en", lang)
    yes, no = _t("yes", lang), _t("no", lang)
    return table(
        [
            _t("activity", lang),
            _t("responsible", lang),
            _t("end", lang),
            _t("status", lang),
            _t("priority", lang),
            _t("funding", lang),
        ],
        [
            [
                r[title] or r["title_es"],
                r.get("responsible_name") or r["responsible"],
                r["end"] or "—",
                label("activity_status", r["status"], lang),
                yes if r["priority"] else no,
                yes if r["needs_funding"] else no,
            ]
            for r in rows
        ],
        [46 * mm, 28 * mm, 24 * mm, 20 * mm, 22 * mm, 24 * mm],
    )


def _indicator_table(rows: list[dict[str, Any]], lang: str) -> Flowable:
    name = in_lang("name_es", "name_en", lang)
    return table(
        [_t("indicator", lang), _t("baseline", lang), _t("target", lang), _t("value", lang), _t("progress", lang)],
        [
            [
                (r[name] or r["name_es"]) + (f" ({unit_name(r['unit'], lang)})" if r["unit"] else ""),
                _num(r["baseline"]),
                _num(r["target"]),
                f"{_num(r['value'])} ({_t('measured', lang)} {r['measured_in']})"
                if r["measured_in"]
                else _t("not_measured", lang),
                f"{r['progress'] * 100:.0f} %",
            ]
            for r in rows
        ],
        [70 * mm, 20 * mm, 18 * mm, 36 * mm, 20 * mm],
        align_right=(1, 2, 4),
    )


def write_progress_pdf(data: dict[str, Any], path: Path) -> None:
    lang = data["lang"]
    st = styles()
    title = _t("title", lang)
    period = f"{data['label'][0].upper()}{data['label'][1:]} ({data['semester']})"
    story: list[Flowable] = []
    facts = [f"{_t('period', lang)}: {data['period'][0]} – {data['period'][1]}"]
    if data["presidency"]:
        facts.append(f"{_t('ppt', lang)}: {data['presidency']}")
    if data["grcm_meetings"]:
        facts.append(f"{_t('grcm', lang)}: " + "; ".join(data["grcm_meetings"]))
    story += [Paragraph(esc(f), st["body_left"]) for f in facts]
    totals = data["totals"]
    story += [
        Paragraph(esc(_t("summary", lang)), st["h1"]),
        Paragraph(
            esc(
                f"{_t('indicators', lang)}: {totals['indicators']} ({totals['reached']} {_t('reached', lang)}) · "
                f"{_t('done', lang)}: {totals['done']} · {_t('delayed', lang)}: {totals['delayed']} · "
                f"{_t('pending', lang)}: {totals['pending']}"
            ),
            st["body_left"],
        ),
        activities_chart(data["themes"], lang),
    ]
    for theme in data["themes"]:
        story.append(Paragraph(esc(theme["name"]), st["h1"]))
        story.append(Paragraph(esc(_t("indicators", lang)), st["h2"]))
        if theme["indicators"]:
            story.append(_indicator_table(theme["indicators"], lang))
            story.append(Spacer(1, 2 * mm))
            # One chart per block of indicators, so that a long plan never outgrows a page.
            for i in range(0, len(theme["indicators"]), CHART_BLOCK):
                story.append(KeepTogether([progress_chart(theme["indicators"][i : i + CHART_BLOCK], lang)]))
        else:
            story.append(Paragraph(esc(_t("no_indicators", lang)), st["body_left"]))
        for key in ("done", "delayed", "pending"):
            story.append(Paragraph(esc(_t(key, lang)), st["h2"]))
            story.append(_activity_table(theme[key], lang))
    build(
        path,
        story,
        title=title,
        symbol=series_symbol("progress", data["semester"], issuer="ST"),
        lang=lang,
        meeting=f"{_t('plan', lang)} — {period}",
        audience="members",  # funding decisions are the members' matter
        subject=_t("prepared", lang),
        lines=[period, _t("prepared", lang)],
    )
