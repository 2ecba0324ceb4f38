"""The between-meetings process in the demo workspace: a year of the Plan of Action with indicators, the
two networks' work plans approved at the first GRCM of the year, follow-up of the last Vice-Ministers'
decisions, the ST's budget and contributions (one country in arrears), the logistics checklist of the
XXXI Vice-Ministers' meeting and the handover to the next Presidency.

Everything goes through the same services a user calls.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from crm_desktop.app import contributions, follow_up, handover, logistics, meetings, work_plans
from crm_desktop.app import plan_of_action as poa
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.app.plan_of_action import ActivityInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Decision, Meeting

YEAR = 2026
ARREARS_COUNTRY = "NI"

# Shares in basis points (1/100 %). The 2026 scale replaces the 2024 one from its year on.
SCALE_2024 = {
    "US": 2600,
    "CA": 2000,
    "MX": 1500,
    "CR": 600,
    "GT": 600,
    "PA": 600,
    "DO": 600,
    "SV": 400,
    "HN": 400,
    "NI": 350,
    "BZ": 350,
}
SCALE_2026 = {**SCALE_2024, "US": 2500, "MX": 1600}


def _meeting(ws: Workspace, body: str, year: int, *, ordinal: str | None = None) -> Meeting:
    with ws.read() as s:
        q = select(Meeting).where(Meeting.body_id == body).order_by(Meeting.start)
        if ordinal:
            q = q.where(Meeting.ordinal == ordinal)
        rows = [m for m in s.scalars(q) if m.start.year == year]
    return rows[0]


def add_process_demo(ws: Workspace) -> None:
    grcm_1 = _meeting(ws, "grcm", YEAR)
    vm_prev = _meeting(ws, "viceministers", YEAR - 1, ordinal="XXX")
    vm = _meeting(ws, "viceministers", YEAR, ordinal="XXXI")
    _plan_of_action(ws, grcm_1.id)
    _work_plans(ws, grcm_1.id)
    _follow_up(ws, vm_prev.id, grcm_1.id)
    _budget(ws, vm_prev.id)
    _logistics(ws, vm.id)
    # The incoming Presidency has already scheduled its first GRCM: the handover pack lists it.
    meetings.create_meeting(
        ws,
        MeetingInput(
            body="grcm",
            title=f"Reunión del Grupo Regional de Consulta sobre Migración (1.ª de {YEAR + 1})",
            start=datetime(YEAR + 1, 3, 16, 9),
            end=datetime(YEAR + 1, 3, 17, 18),
            host_country="GT",
            city="Ciudad de Guatemala",
        ),
    )
    handover.plan_rotation(ws, YEAR + 2, "MX", note="Ofrecimiento expresado en la XXXI Reunión Viceministerial")
    handover.plan_rotation(ws, YEAR + 3, "PA")


def _plan_of_action(ws: Workspace, grcm_id: str) -> None:
    specs = [
        (
            "policy_management",
            "information_exchange",
            "Intercambio de estadísticas migratorias armonizadas",
            "Exchange of harmonised migration statistics",
            "ST",
            (date(YEAR, 1, 15), date(YEAR, 6, 30)),
            True,
            ("done", date(YEAR, 6, 20)),
        ),
        (
            "policy_management",
            "training",
            "Capacitación en gestión integral de fronteras",
            "Training on integrated border management",
            "GT",
            (date(YEAR, 3, 1), date(YEAR, 5, 31)),
            True,
            ("in_progress", None),
        ),
        (
            "human_rights",
            "seminar",
            "Seminario regional sobre protección de niñez y adolescencia migrante",
            "Regional seminar on the protection of migrant children and adolescents",
            "SV",
            (date(YEAR, 2, 24), date(YEAR, 2, 25)),
            True,
            ("done", date(YEAR, 2, 25)),
        ),
        (
            "human_rights",
            "project",
            "Protocolo regional de retorno de migrantes en situación de alta vulnerabilidad",
            "Regional protocol for the return of highly vulnerable migrants",
            "network_consular",
            (date(YEAR, 4, 1), date(YEAR, 12, 15)),
            True,
            ("planned", None),
        ),
        (
            "migration_development",
            "seminar",
            "Taller sobre migración laboral y reclutamiento ético",
            "Workshop on labour migration and ethical recruitment",
            "GT",
            (date(YEAR, 5, 12), date(YEAR, 5, 13)),
            False,
            ("done", date(YEAR, 5, 13)),
        ),
        (
            "migration_development",
            "project",
            "Mapeo de remesas y desarrollo local en comunidades de origen",
            "Mapping of remittances and local development in communities of origin",
            "MX",
            (date(YEAR, 7, 1), date(YEAR + 1, 3, 31)),
            True,
            ("planned", None),
        ),
    ]
    ids: dict[str, str] = {}
    for theme, kind, es, en, who, (start, end), priority, (status, done_on) in specs:
        aid = poa.add_activity(
            ws,
            ActivityInput(
                theme=theme,
                kind=kind,
                title_es=es,
                title_en=en,
                responsible=who,
                start=start,
                end=end,
                priority=priority,
            ),
        )
        ids[es] = aid
        if status != "planned":
            poa.set_activity_status(ws, aid, status, on=done_on)
    # The PPT, with the members at the first GRCM, decides which pending priority activities need funding.
    poa.decide_funding(
        ws,
        ids["Protocolo regional de retorno de migrantes en situación de alta vulnerabilidad"],
        True,
        amount_cents=4_500_000,
        on=date(YEAR, 3, 18),
    )
    poa.decide_funding(
        ws,
        ids["Mapeo de remesas y desarrollo local en comunidades de origen"],
        True,
        amount_cents=2_800_000,
        on=date(YEAR, 3, 18),
    )
    indicators = [
        (
            "policy_management",
            "Países que comparten estadísticas armonizadas",
            "Countries sharing harmonised statistics",
            "países",
            3,
            11,
            {"2025-2": 4, "2026-1": 8, "2026-2": 9},
        ),
        (
            "policy_management",
            "Funcionarios de frontera capacitados",
            "Border officials trained",
            "personas",
            0,
            300,
            {"2026-1": 120, "2026-2": 210},
        ),
        (
            "human_rights",
            "Países con protocolo de atención a niñez no acompañada",
            "Countries with a protocol for unaccompanied children",
            "países",
            5,
            11,
            {"2025-2": 5, "2026-1": 7, "2026-2": 8},
        ),
        (
            "human_rights",
            "Días promedio de respuesta consular a casos de alta vulnerabilidad",
            "Average days of consular response to highly vulnerable cases",
            "días",
            20,
            7,
            {"2025-2": 18, "2026-1": 14, "2026-2": 11},
        ),
        (
            "migration_development",
            "Acuerdos bilaterales de migración laboral vigentes",
            "Bilateral labour migration agreements in force",
            "acuerdos",
            2,
            6,
            {"2026-1": 3, "2026-2": 3},
        ),
    ]
    for theme, es, en, unit, base, target, values in indicators:
        iid = poa.add_indicator(ws, theme, es, name_en=en, unit=unit, baseline=base, target=target)
        for sem, value in values.items():
            poa.record_value(ws, iid, sem, value)


def _work_plans(ws: Workspace, grcm_id: str) -> None:
    plans = [
        (
            "network_trafficking",
            "Plan de Trabajo de la Red de Trata y Tráfico Ilícito 2026-2027",
            [
                ("Guía regional de identificación de víctimas de trata", "MX", date(YEAR, 9, 30), "done"),
                ("Intercambio de alertas sobre rutas de tráfico ilícito", "GT", date(YEAR, 6, 30), "in_progress"),
                ("Curso virtual para fiscales especializados", "CR", date(YEAR + 1, 3, 31), "planned"),
            ],
        ),
        (
            "network_consular",
            "Plan de Trabajo de la Red de Protección Consular 2026-2027",
            [
                ("Directorio actualizado de consulados en la región", "ST", date(YEAR, 5, 31), "done"),
                ("Protocolo de atención consular a niñez no acompañada", "SV", date(YEAR, 10, 31), "in_progress"),
                ("Jornada de capacitación consular conjunta", "HN", date(YEAR + 1, 2, 28), "planned"),
            ],
        ),
    ]
    for network, title, actions in plans:
        pid = work_plans.create_plan(ws, network, f"{YEAR}-{YEAR + 1}", title)
        action_ids = [work_plans.add_action(ws, pid, t, responsible=who, due=due) for t, who, due, _ in actions]
        work_plans.submit(ws, pid, st_note="Examinado con la Secretaría Técnica", on=date(YEAR, 3, 2))
        work_plans.approve(ws, pid, grcm_id)
        for aid, (_, _, _, status) in zip(action_ids, actions, strict=True):
            if status != "planned":
                work_plans.set_action_status(ws, aid, status)


def _follow_up(ws: Workspace, vm_prev_id: str, grcm_id: str) -> None:
    with ws.read() as s:
        ids = list(s.scalars(select(Decision.id).where(Decision.meeting_id == vm_prev_id).order_by(Decision.number)))
        grcm_recs = list(s.scalars(select(Decision.id).where(Decision.meeting_id == grcm_id).order_by(Decision.number)))
    # The GRCM's own recommendation on the work plans was carried out at the same meeting.
    follow_up.set_status(ws, grcm_recs[0], "done", note="Planes de Trabajo aprobados", on=date(YEAR, 3, 18))
    follow_up.set_status(
        ws, ids[0], "in_progress", note="La ST presentó la matriz de indicadores", on=date(YEAR, 3, 17)
    )
    follow_up.add_note(ws, ids[0], "Informe semestral remitido a los puntos focales.", on=date(YEAR, 7, 15))
    follow_up.set_status(ws, ids[1], "done", note="Planes aprobados en la 1.ª reunión del GRCM", on=date(YEAR, 3, 18))
    follow_up.set_status(ws, ids[2], "done", note="Presupuesto 2026 aprobado", on=date(YEAR - 1, 11, 20))
    follow_up.add_note(ws, ids[3], "El GRCM pidió a la OIM datos del fondo de retorno.", on=date(YEAR, 9, 16))


def _budget(ws: Workspace, vm_prev_id: str) -> None:
    contributions.set_scale(ws, YEAR - 2, SCALE_2024)
    contributions.set_scale(ws, YEAR, SCALE_2026, meeting_id=vm_prev_id)
    contributions.approve_budget(ws, YEAR, 42_000_000, vm_prev_id, audience=Audience.MEMBERS)
    expected = contributions.expected_for(ws, YEAR)
    for i, (code, cents) in enumerate(sorted(expected.items())):
        paid = cents // 2 if code == ARREARS_COUNTRY else cents
        contributions.record_payment(ws, code, YEAR, paid, on=date(YEAR, 2, 1 + i), reference=f"TRF-{YEAR}-{i + 1:03d}")


def _logistics(ws: Workspace, vm_id: str) -> None:
    logistics.prepare_checklist(ws, vm_id)
    rows = {r["item"]: r for r in logistics.checklist(ws, vm_id)["items"]}
    contracted = {
        "lodging": ("Hotel Real Intercontinental San José", 1_850_000, "contracted"),
        "meeting_rooms": ("Centro Nacional de Congresos y Convenciones", 1_200_000, "delivered"),
        "coffee_breaks": ("Servicios de Catering Irazú S.A.", 420_000, "contracted"),
        "transport": ("Transportes Turísticos del Valle", 310_000, "contracted"),
        "security": ("Ministerio de Seguridad Pública", 0, "contracted"),
        "sound": ("Audio Profesional CR", 260_000, "delivered"),
        "interpretation": ("Intérpretes Asociados de Centroamérica", 980_000, "delivered"),
        "translation": ("Traducciones Técnicas Regionales", 540_000, "contracted"),
    }
    for item, (supplier, cost, status) in contracted.items():
        logistics.update_item(ws, rows[item]["id"], supplier=supplier, cost_cents=cost, status=status)
    logistics.quality_check(ws, rows["meeting_rooms"]["id"], "ok", on=date(YEAR, 11, 10))
    logistics.quality_check(ws, rows["sound"]["id"], "ok", on=date(YEAR, 11, 10))
    logistics.quality_check(
        ws,
        rows["interpretation"]["id"],
        "deficient",
        note="Una cabina sin equipo de respaldo en la prueba técnica",
        on=date(YEAR, 11, 10),
    )
