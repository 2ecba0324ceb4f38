"""The demo's meetings before this year's Vice-Ministers': the history from public records, last
year's Vice-Ministers' meeting, and this year's seminars."""

from __future__ import annotations

import csv
import io
from datetime import date
from importlib import resources

from crm_desktop.app import accreditation, decisions, presidency
from crm_desktop.app.workspace import Workspace
from crm_desktop.demo.context import DEMO_YEAR, OIM, PPT_CURRENT, PPT_PREVIOUS, Demo, accredit_all, add_meeting, close
from crm_desktop.domain.model import ActKind, Role
from crm_desktop.domain.numbering import from_roman
from crm_desktop.domain.reference import member_codes


def load_history(ws: Workspace) -> list[str]:
    """Past meetings from public records, as closed meetings."""
    text = resources.files("crm_desktop.resources").joinpath("demo", "crm-meetings-history.csv").read_text("utf-8")
    body_map = {
        "viceministers": "viceministers",
        "grcm": "grcm",
        "network-trafficking": "network_trafficking",
        "network-consular": "network_consular",
    }
    made = []
    for row in csv.DictReader(io.StringIO(text)):
        body = body_map.get(row["body"])
        if body is None or not row["start"]:
            continue
        ordinal = row["ordinal"] or None
        if body == "viceministers":
            try:
                from_roman(ordinal or "")
                title = f"{ordinal} Reunión Viceministerial de la CRM"
            except ValueError:
                title = f"Reunión Viceministerial {(ordinal or '').lower()} de la CRM".replace("  ", " ")
        elif body == "grcm":
            title = f"Reunión del GRCM ({row['city']}, {row['year']})"
        else:
            title = f"Reunión de la Red de Funcionarios de Enlace ({row['city']}, {row['year']})"
        host = row["host_country"]
        mid = add_meeting(
            ws,
            body,
            title,
            date.fromisoformat(row["start"]),
            date.fromisoformat(row["end"] or row["start"]),
            host,
            row["city"],
            ordinal=ordinal,
            notes=row["note"] or None,
        )
        close(ws, mid)
        made.append(mid)
    return made


def history(demo: Demo) -> None:
    """Step: past meetings from public records."""
    load_history(demo.ws)


def last_year(demo: Demo) -> None:
    """Step: last year's Vice-Ministers' meeting: candidacy of this year's PPT, decisions being followed up."""
    ws, cast, members = demo.ws, demo.cast, member_codes()
    vm_prev = add_meeting(
        ws,
        "viceministers",
        "XXX Reunión Viceministerial de la CRM",
        date(DEMO_YEAR - 1, 11, 19),
        date(DEMO_YEAR - 1, 11, 20),
        PPT_PREVIOUS,
        "Tegucigalpa",
        "Centro de Convenciones",
        "XXX",
    )
    presidency.announce_candidacy(ws, PPT_PREVIOUS, DEMO_YEAR - 1, vm_prev)
    presidency.designate(ws, PPT_PREVIOUS, DEMO_YEAR - 1, meeting_id=vm_prev, on=date(DEMO_YEAR - 2, 12, 4))
    presidency.announce_candidacy(ws, PPT_CURRENT, DEMO_YEAR, vm_prev)
    presidency.designate(ws, PPT_CURRENT, DEMO_YEAR, meeting_id=vm_prev, on=date(DEMO_YEAR - 1, 11, 20))
    accredit_all(ws, vm_prev, [cast.one(c, Role.VICE_MINISTER) for c in members])
    prev_decisions = [
        ("Encomendar a la ST la actualización del Plan de Acción con indicadores de avance semestrales.", "ST"),
        ("Instar a las Redes de Funcionarios de Enlace a presentar sus Planes de Trabajo al GRCM.", "GRCM"),
        ("Aprobar el presupuesto anual de la Secretaría Técnica conforme a la escala de contribuciones.", "ST"),
        (
            "Solicitar al GRCM un informe sobre el fondo de retorno de migrantes en situación de alta vulnerabilidad.",
            "GRCM",
        ),
        (
            "Fortalecer la protección consular de niñas, niños y adolescentes migrantes no acompañados.",
            "network_consular",
        ),
    ]
    for text, owner in prev_decisions:
        decisions.add_decision(ws, vm_prev, text, kind="decision", owner=owner, due=date(DEMO_YEAR, 10, 31))
    close(ws, vm_prev)


def first_seminar(demo: Demo) -> None:
    """Step: seminar 1 (convened by the host with the ST; the PPT attends the opening)."""
    ws, cast, members = demo.ws, demo.cast, member_codes()
    sem1 = add_meeting(
        ws,
        "seminar",
        "Seminario regional sobre protección de niñez y adolescencia migrante",
        date(DEMO_YEAR, 2, 24),
        date(DEMO_YEAR, 2, 25),
        "SV",
        "San Salvador",
        "Hotel Sheraton Presidente",
    )
    accreditation.record_act(ws, ActKind.INVITATION, OIM, meeting_id=sem1, on=date(DEMO_YEAR, 1, 30))
    accredit_all(
        ws,
        sem1,
        [cast.one(c, Role.LIAISON_CONSULAR) for c in members]
        + cast.all(PPT_CURRENT, Role.PPT_STAFF)[:1]
        + cast.all(OIM, Role.OBSERVER_DELEGATE)[:1]
        + cast.all("ST", Role.ST_COORDINATOR),
    )


def second_seminar(demo: Demo) -> None:
    """Step: a workshop between the two halves of the year."""
    ws, cast, members = demo.ws, demo.cast, member_codes()
    sem2 = add_meeting(
        ws,
        "seminar",
        "Taller sobre migración laboral y reclutamiento ético",
        date(DEMO_YEAR, 5, 12),
        date(DEMO_YEAR, 5, 13),
        "GT",
        "Ciudad de Guatemala",
        "Hotel Barceló",
    )
    accredit_all(ws, sem2, [cast.all(c, Role.DELEGATE)[1] for c in members] + cast.all("ST", Role.ST_ASSISTANT))
