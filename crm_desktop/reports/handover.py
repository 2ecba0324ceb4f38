"""The Presidency's handover pack as a PDF: troika, open actions, open work-plan actions, pending
activities of the Plan of Action and upcoming meetings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from crm_desktop.domain.bilingual import place_name
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.process_labels import label
from crm_desktop.domain.symbols import series_symbol
from crm_desktop.reports.process_pdf import build, esc, styles, table

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Traspaso de la Presidencia Pro-Témpore", "Handover of the Pro-Tempore Presidency"),
    "as_of": ("Situación al", "Position as of"),
    "troika": ("Troika", "Troika"),
    "previous": ("Presidencia anterior", "Previous Presidency"),
    "current": ("Presidencia saliente", "Outgoing Presidency"),
    "next": ("Presidencia entrante", "Incoming Presidency"),
    "open_actions": ("Decisiones y recomendaciones abiertas", "Open decisions and recommendations"),
    "wp_actions": ("Acciones abiertas de los Planes de Trabajo", "Open actions of the work plans"),
    "activities": ("Actividades pendientes del Plan de Acción", "Pending activities of the Plan of Action"),
    "meetings": ("Próximas reuniones", "Upcoming meetings"),
    "warnings": ("Observaciones sobre la rotación", "Remarks on the rotation"),
    "duties": ("Obligaciones que asume la Presidencia entrante", "Obligations the incoming Presidency takes over"),
    "text": ("Texto", "Text"),
    "owner": ("Responsable", "Owner"),
    "due": ("Plazo", "Due"),
    "status": ("Estado", "Status"),
    "network": ("Red", "Network"),
    "meeting": ("Reunión", "Meeting"),
    "dates": ("Fechas", "Dates"),
    "place": ("Lugar", "Place"),
    "standing": ("Situación", "Standing"),
    "overdue": ("vencida", "overdue"),
    "none": ("Ninguna.", "None."),
}


def _t(key: str, lang: str) -> str:
    es, en = LABELS[key]
    return in_lang(es, en, lang)


def write_handover_pdf(pack: dict[str, Any], path: Path, *, lang: str) -> None:
    st = styles()
    title = _t("title", lang)
    t = pack["troika"]
    story: list[Flowable] = [Paragraph(esc(_t("troika", lang)), st["h1"])]
    for key in ("previous", "current", "next"):
        story.append(Paragraph(esc(f"{_t(key, lang)}: {t[key + '_name'] or '—'}"), st["body_left"]))

    def section(key: str, header: list[str], rows: list[list[object]], widths: list[float]) -> None:
        story.append(Paragraph(esc(_t(key, lang)), st["h1"]))
        story.append(table(header, rows, widths) if rows else Paragraph(esc(_t("none", lang)), st["body_left"]))

    overdue = _t("overdue", lang)
    section(
        "open_actions",
        [_t("text", lang), _t("owner", lang), _t("due", lang), _t("status", lang)],
        [
            [
                a["text"],
                a.get("owner_name") or a["owner"] or "",
                a["due"] or "",
                label("follow_up_status", a["status"], lang) + (f" ({overdue})" if a["overdue"] else ""),
            ]
            for a in pack["open_actions"]
        ],
        [79 * mm, 30 * mm, 24 * mm, 31 * mm],
    )
    section(
        "wp_actions",
        [_t("text", lang), _t("network", lang), _t("due", lang), _t("status", lang)],
        [
            [
                a["title"],
                a.get("network_name") or a["network"],
                a["due"] or "",
                label("work_plan_action_status", a["status"], lang) + (f" ({overdue})" if a["overdue"] else ""),
            ]
            for a in pack["open_work_plan_actions"]
        ],
        [75 * mm, 34 * mm, 24 * mm, 31 * mm],
    )
    title_key = in_lang("title_es", "title_en", lang)
    section(
        "activities",
        [_t("text", lang), _t("owner", lang), _t("due", lang), _t("standing", lang)],
        [
            [
                a[title_key] or a["title_es"],
                a.get("responsible_name") or a["responsible"],
                a["end"] or "",
                label("standing", a["standing"], lang),
            ]
            for a in pack["pending_activities"]
        ],
        [79 * mm, 30 * mm, 24 * mm, 31 * mm],
    )
    section(
        "meetings",
        [_t("meeting", lang), _t("dates", lang), _t("place", lang)],
        [
            [in_lang(m["title"], m.get("title_en") or m["title"], lang), f"{m['start']} – {m['end']}", place]
            for m in pack["upcoming_meetings"]
            for place in [place_name(m["city"], lang) or ""]
        ],
        [90 * mm, 44 * mm, 30 * mm],
    )
    if pack.get("duties"):
        story.append(Paragraph(esc(_t("duties", lang)), st["h1"]))
        for duty in pack["duties"]:
            story.append(Paragraph(esc(duty["text"]), st["body_left"]))
            story.append(Paragraph(f"<i>{esc(duty['source'])}</i>", st["body_left"]))
    if pack["rotation_warnings"]:
        story.append(Paragraph(esc(_t("warnings", lang)), st["h1"]))
        story += [Paragraph(esc(w), st["body_left"]) for w in pack["rotation_warnings"]]
    build(
        path,
        story,
        title=f"{title} {pack['year']}",
        symbol=series_symbol("handover", pack["year"], issuer="PPT"),
        lang=lang,
        meeting=f"{_t('current', lang)}: {t['current_name'] or '—'}",
        audience="members",
        subject=title,
        lines=[f"{_t('as_of', lang)} {pack['as_of']}"],
    )
