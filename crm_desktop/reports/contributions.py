"""The contributions report: the ST's budget per year, each member country's expected and paid
contribution, and the arrears. Budget figures are for the ST and the member countries only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from crm_desktop.domain.contributions import format_money
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.symbols import series_symbol
from crm_desktop.domain.vocabulary import VOCABULARY
from crm_desktop.reports.process_pdf import build, esc, styles, table

LABELS: dict[str, tuple[str, str]] = {
    "title": (
        "Contribuciones de los Países Miembros a la Secretaría Técnica",
        "Member countries' contributions to the Technical Secretariat",
    ),
    "basis": (
        "Presupuesto anual aprobado por los Viceministros(as), cubierto con los aportes de los Países Miembros "
        "con base en la escala de contribuciones.",
        "Annual budget approved by the Vice-Ministers, covered by the member countries' contributions on the "
        "scale of contributions.",
    ),
    "st": VOCABULARY["organisation"]["st_full"],
    "as_of": ("Situación al", "Position as of"),
    "year": ("Año", "Year"),
    "budget": ("Presupuesto", "Budget"),
    "approved_at": ("Aprobado en", "Approved at"),
    "country": ("País", "Country"),
    "expected": ("Esperado", "Expected"),
    "paid": ("Pagado", "Paid"),
    "balance": ("Saldo", "Balance"),
    "arrears": ("En mora", "In arrears"),
    "arrears_title": ("Países con atrasos", "Countries in arrears"),
    "total": ("Total", "Total"),
    "none": ("Ninguno.", "None."),
    "yes": ("sí", "yes"),
}


def _t(key: str, lang: str) -> str:
    es, en = LABELS[key]
    return in_lang(es, en, lang)


def write_contributions_pdf(data: dict[str, Any], path: Path, *, lang: str, audience: str = "secretariat") -> None:
    st = styles()
    title = _t("title", lang)
    story: list[Flowable] = [Paragraph(esc(_t("basis", lang)), st["body_left"])]
    for y in data["years"]:
        story.append(Paragraph(esc(f"{_t('year', lang)} {y['year']}"), st["h1"]))
        story.append(
            Paragraph(
                esc(
                    f"{_t('budget', lang)}: {y['currency']} {format_money(y['budget_cents'])}"
                    + (f" · {_t('approved_at', lang)}: {y['approved_at']}" if y["approved_at"] else "")
                ),
                st["body_left"],
            )
        )
        rows = [r for r in data["rows"] if r["year"] == y["year"]]
        body = [
            [
                r["country_name"],
                format_money(r["expected_cents"]),
                format_money(r["paid_cents"]),
                format_money(r["balance_cents"]),
                _t("yes", lang) if r["in_arrears"] else "",
            ]
            for r in rows
        ]
        body.append(
            [
                _t("total", lang),
                format_money(y["expected_cents"]),
                format_money(y["paid_cents"]),
                format_money(y["expected_cents"] - y["paid_cents"]),
                "",
            ]
        )
        story.append(
            table(
                [_t("country", lang), _t("expected", lang), _t("paid", lang), _t("balance", lang), _t("arrears", lang)],
                body,
                [56 * mm, 30 * mm, 30 * mm, 28 * mm, 20 * mm],
                align_right=(1, 2, 3),
            )
        )
    story.append(Paragraph(esc(_t("arrears_title", lang)), st["h1"]))
    names = {r["country"]: r["country_name"] for r in data["rows"]}
    if data["arrears"]:
        for code, cents in data["arrears"].items():
            story.append(Paragraph(esc(f"{names.get(code, code)}: {format_money(cents)}"), st["body_left"]))
    else:
        story.append(Paragraph(esc(_t("none", lang)), st["body_left"]))
    years = [y["year"] for y in data["years"]]
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0]) if years else data["as_of"][:4]
    build(
        path,
        story,
        title=title,
        symbol=series_symbol("contributions", span, issuer="ST"),
        lang=lang,
        meeting=_t("st", lang),
        audience=audience,
        subject=_t("basis", lang),
        lines=[f"{_t('as_of', lang)} {data['as_of']}"],
    )
