"""A realistic demo workspace: one Pro-Tempore Presidency year of the process, plus the history of
past meetings found in public records.

Names of people are invented; meetings before the demo year come from public records
(``resources/demo/crm-meetings-history.csv``). Everything is created through the same services a
user calls, so the demo also exercises every rule.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, datetime, time
from importlib import resources
from pathlib import Path

from crm_desktop.app import accreditation, agenda_topics, agendas, decisions, meetings, people, presidency
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.demo_english import add_english
from crm_desktop.app.drafting_demo import add_demo_documents
from crm_desktop.app.errors import AppError
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.app.people import PersonInput
from crm_desktop.app.process_demo import add_process_demo
from crm_desktop.app.workspace import Workspace, finish_building, init_workspace
from crm_desktop.domain.model import (
    ActKind,
    AgendaStatus,
    Audience,
    Capability,
    Category,
    ItemKind,
    MeetingStatus,
    Role,
)
from crm_desktop.domain.numbering import from_roman
from crm_desktop.domain.reference import member_codes, observer_codes, organisations
from crm_desktop.store.schema import Person

DEMO_YEAR = 2026
PPT_PREVIOUS, PPT_CURRENT, PPT_NEXT = "HN", "CR", "GT"

FIRST = [
    "María",
    "José",
    "Ana",
    "Luis",
    "Carmen",
    "Jorge",
    "Rosa",
    "Carlos",
    "Lucía",
    "Miguel",
    "Elena",
    "Andrés",
    "Sofía",
    "Ricardo",
    "Patricia",
    "Fernando",
    "Gabriela",
    "Héctor",
    "Mónica",
    "Raúl",
    "Verónica",
    "Álvaro",
    "Daniela",
    "Óscar",
    "Inés",
    "Julián",
    "Beatriz",
    "Tomás",
    "Noemí",
    "Iván",
]
LAST = [
    "García",
    "Martínez",
    "Rodríguez",
    "López",
    "Hernández",
    "González",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Núñez",
    "Castillo",
    "Morales",
    "Ortiz",
    "Jiménez",
    "Vargas",
    "Rojas",
    "Muñoz",
    "Peña",
    "Chacón",
    "Solís",
    "Zúñiga",
    "Quirós",
    "Aguilar",
    "Mejía",
    "Cordero",
    "Araújo",
    "Villalobos",
    "Ibáñez",
]
FIRST_EN = [
    "Emily",
    "James",
    "Olivia",
    "Michael",
    "Sarah",
    "David",
    "Jennifer",
    "Robert",
    "Karen",
    "Daniel",
    "Laura",
    "Kevin",
    "Rachel",
    "Brian",
    "Megan",
    "Andrew",
]
LAST_EN = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Taylor",
    "Wilson",
    "Campbell",
    "Tremblay",
    "Martin",
    "Roy",
    "Young",
    "Gagnon",
    "Clarke",
    "Reid",
    "Baker",
    "Hall",
]
ENGLISH_SPEAKING = {"US", "CA", "BZ", "JM"}

INSTITUTIONS = {
    Role.VICE_MINISTER: ("Viceministerio de Relaciones Exteriores", "Vice-Ministry of Foreign Affairs"),
    Role.HIGH_LEVEL_OFFICIAL: ("Ministerio de Relaciones Exteriores", "Ministry of Foreign Affairs"),
    Role.DIRECTOR_MIGRATION: ("Dirección General de Migración", "Immigration Department"),
    Role.LIAISON_TRAFFICKING: ("Fiscalía contra la Trata de Personas", "Anti-Trafficking Unit"),
    Role.LIAISON_CONSULAR: ("Dirección de Asuntos Consulares", "Consular Affairs Directorate"),
    Role.FOCAL_POINT: ("Dirección de Política Migratoria", "Migration Policy Directorate"),
    Role.DELEGATE: ("Dirección General de Migración", "Immigration Department"),
}
TITLES = {
    Role.VICE_MINISTER: ("Viceministro(a)", "Vice-Minister"),
    Role.HIGH_LEVEL_OFFICIAL: ("Director(a) General", "Director General"),
    Role.DIRECTOR_MIGRATION: ("Director(a) de Migración", "Director of Migration"),
    Role.LIAISON_TRAFFICKING: ("Oficial de enlace", "Liaison officer"),
    Role.LIAISON_CONSULAR: ("Oficial de enlace", "Liaison officer"),
    Role.FOCAL_POINT: ("Punto focal", "Focal point"),
    Role.DELEGATE: ("Asesor(a)", "Adviser"),
}


@dataclass
class Cast:
    """Who is who in the demo, by country or organisation and role."""

    by_role: dict[tuple[str, Role], list[str]]
    by_delegation: dict[str, list[str]]

    def one(self, delegation: str, role: Role) -> str:
        return self.by_role[(delegation, role)][0]

    def all(self, delegation: str, role: Role) -> list[str]:
        return self.by_role.get((delegation, role), [])


def _name(rng: random.Random, code: str | None) -> str:
    if code in ENGLISH_SPEAKING:
        return f"{rng.choice(FIRST_EN)} {rng.choice(LAST_EN)}"
    return f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"


def _email(name: str, domain: str, taken: set[str]) -> str:
    import unicodedata

    base = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    parts = base.split()
    local = f"{parts[0]}.{parts[1]}"
    candidate, n = local, 1
    while f"{candidate}@{domain}" in taken:
        n += 1
        candidate = f"{local}{n}"
    taken.add(f"{candidate}@{domain}")
    return f"{candidate}@{domain}"


def build_people(ws: Workspace, rng: random.Random) -> Cast:
    inputs: list[PersonInput] = []
    keys: list[tuple[str, Role]] = []
    taken: set[str] = set()

    def add(delegation: str, role: Role, p: PersonInput) -> None:
        inputs.append(p)
        keys.append((delegation, role))

    member_roles = [
        Role.VICE_MINISTER,
        Role.HIGH_LEVEL_OFFICIAL,
        Role.DIRECTOR_MIGRATION,
        Role.LIAISON_TRAFFICKING,
        Role.LIAISON_CONSULAR,
        Role.FOCAL_POINT,
        Role.DELEGATE,
        Role.DELEGATE,
        Role.DELEGATE,
        Role.DELEGATE,
    ]
    for code in member_codes():
        english = code in ENGLISH_SPEAKING
        for role in member_roles:
            name = _name(rng, code)
            inst = INSTITUTIONS[role][1 if english else 0]
            add(
                code,
                role,
                PersonInput(
                    name=name,
                    category=Category.MEMBER_COUNTRY,
                    country=code,
                    roles=(role,),
                    title=TITLES[role][1 if english else 0],
                    institution=inst,
                    email=_email(name, f"migracion.{code.lower()}.example", taken),
                    phone=f"+{rng.randint(1, 599)} {rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}",
                    languages=("en",) if english else ("es",),
                ),
            )
    if PPT_CURRENT in member_codes():
        for _ in range(4):
            name = _name(rng, PPT_CURRENT)
            add(
                PPT_CURRENT,
                Role.PPT_STAFF,
                PersonInput(
                    name=name,
                    category=Category.MEMBER_COUNTRY,
                    country=PPT_CURRENT,
                    roles=(Role.PPT_STAFF,),
                    title="Equipo de la Presidencia Pro-Témpore",
                    institution="Ministerio de Relaciones Exteriores",
                    email=_email(name, "ppt.example", taken),
                ),
            )
    for code in observer_codes():
        for _ in range(2):
            name = _name(rng, code)
            add(
                code,
                Role.OBSERVER_DELEGATE,
                PersonInput(
                    name=name,
                    category=Category.OBSERVER_COUNTRY,
                    country=code,
                    roles=(Role.OBSERVER_DELEGATE,),
                    title="Delegado(a) observador(a)",
                    institution="Cancillería",
                    email=_email(name, f"cancilleria.{code.lower()}.example", taken),
                ),
            )
    for org in _observer_orgs():
        for _ in range(2):
            name = _name(rng, None)
            add(
                org,
                Role.OBSERVER_DELEGATE,
                PersonInput(
                    name=name,
                    category=Category.OBSERVER_ORG,
                    organisation=org,
                    roles=(Role.OBSERVER_DELEGATE,),
                    title="Oficial de programa",
                    institution=org,
                    email=_email(name, f"{org.lower()}.example", taken),
                ),
            )
    for _ in range(6):
        name = _name(rng, None)
        add(
            "RROCM",
            Role.RROCM_REPRESENTATIVE,
            PersonInput(
                name=name,
                category=Category.CIVIL_SOCIETY,
                organisation="RROCM",
                roles=(Role.RROCM_REPRESENTATIVE,),
                title="Representante de la RROCM",
                institution="RROCM",
                email=_email(name, "rrocm.example", taken),
            ),
        )
    for role in (Role.ST_COORDINATOR, Role.ST_IT_SPECIALIST, Role.ST_ASSISTANT):
        name = _name(rng, None)
        add(
            "ST",
            role,
            PersonInput(
                name=name,
                category=Category.SECRETARIAT,
                organisation="ST",
                roles=(role,),
                title={
                    Role.ST_COORDINATOR: "Coordinador(a)",
                    Role.ST_IT_SPECIALIST: "Especialista en TI",
                    Role.ST_ASSISTANT: "Asistente",
                }[role],
                institution="Secretaría Técnica de la CRM",
                email=_email(name, "st-crm.example", taken),
            ),
        )
    ids = people.add_people(ws, inputs)
    _set_genders(ws, ids, [p.name for p in inputs], [role for _, role in keys])
    by_role: dict[tuple[str, Role], list[str]] = {}
    by_delegation: dict[str, list[str]] = {}
    for (delegation, role), pid in zip(keys, ids, strict=True):
        by_role.setdefault((delegation, role), []).append(pid)
        by_delegation.setdefault(delegation, []).append(pid)
    return Cast(by_role, by_delegation)


FEMININE = frozenset(
    "María Ana Carmen Rosa Lucía Elena Sofía Patricia Gabriela Mónica Verónica Daniela Inés Beatriz Noemí "
    "Emily Olivia Sarah Jennifer Karen Laura Rachel Megan".split()
)


def _set_genders(ws: Workspace, ids: list[str], names: list[str], roles: list[Role]) -> None:
    """Grammatical gender from the first name (the lists print "Viceministra", "Sra."); vice-ministers
    and directors general hold a doctorate one time in three (they print "Dr." / "Dra.")."""
    with ws.change(Audience.MEMBERS) as ch:
        for i, (pid, name, role) in enumerate(zip(ids, names, roles, strict=True)):
            honorific = "dr" if role in (Role.VICE_MINISTER, Role.HIGH_LEVEL_OFFICIAL) and i % 3 == 0 else None
            ch.put(Person, pid, gender="f" if name.split()[0] in FEMININE else "m", honorific=honorific)


def _meeting(
    ws: Workspace,
    body: str,
    title: str,
    start: date,
    end: date,
    host: str,
    city: str,
    venue: str | None = None,
    ordinal: str | None = None,
    *,
    times: tuple[time, time] = (time(9), time(18)),
    notes: str | None = None,
) -> str:
    return meetings.create_meeting(
        ws,
        MeetingInput(
            body=body,
            title=title,
            start=datetime.combine(start, times[0]),
            end=datetime.combine(end, times[1]),
            host_country=host,
            city=city,
            venue=venue,
            ordinal=ordinal,
            notes=notes,
        ),
    )


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
        mid = _meeting(
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
        for status in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.CLOSED):
            meetings.set_status(ws, mid, status)
        made.append(mid)
    return made


def _accredit_all(
    ws: Workspace,
    meeting_id: str,
    person_ids: list[str],
    segment: str = "plenary",
    *,
    heads: frozenset[str] = frozenset(),
    ranks: dict[str, str] | None = None,
) -> None:
    for pid in person_ids:
        rank = (ranks or {}).get(pid)
        accreditation.accredit(ws, meeting_id, pid, segment, head=pid in heads, rank=rank)


def _agenda(
    ws: Workspace,
    meeting_id: str,
    items: list[tuple[str, str, ItemKind, int, str | None]],
    segment: str = "plenary",
    *,
    subitems: dict[int, list[tuple[str, str]]] | None = None,
    audience: Audience = Audience.PUBLIC,
) -> str:
    aid = agendas.create_agenda(ws, meeting_id, segment)
    for idx, (es, en, kind, minutes, presenter) in enumerate(items):
        iid = agendas.add_item(
            ws,
            aid,
            ItemInput(
                title_es=es, title_en=en, kind=kind, duration_min=minutes, presenter=presenter, audience=audience
            ),
        )
        for s_es, s_en in (subitems or {}).get(idx, []):
            agendas.add_item(
                ws,
                aid,
                ItemInput(title_es=s_es, title_en=s_en, kind=kind, duration_min=20, audience=audience),
                parent_id=iid,
            )
    return aid


def _observer_orgs() -> list[str]:
    return [o.key for o in organisations() if o.category == Category.OBSERVER_ORG]


def build_demo(directory: Path, *, lang: str = "es", seed: int = 2026) -> Workspace:
    """Create the demo workspace in ``directory`` (which must not hold a workspace yet).

    The workspace carries the "being built" mark until the last step: a demo killed halfway is
    reported by ``check`` and built again from scratch by the next ``demo``.
    """
    rng = random.Random(seed)
    ws = init_workspace(directory, f"CRM {DEMO_YEAR} (demo)", lang=lang, building="demo")
    load_history(ws)
    cast = build_people(ws, rng)
    members = member_codes()
    observer_orgs = _observer_orgs()
    for code in members:  # the focal-point directory: one per member country's government
        institution = INSTITUTIONS[Role.FOCAL_POINT][1 if code in ENGLISH_SPEAKING else 0]
        people.add_focal_point(ws, cast.one(code, Role.FOCAL_POINT), code, institution)
    for org in observer_orgs:  # their contacts receive the preliminary agendas (seed, A)
        people.add_focal_point(ws, cast.one(org, Role.OBSERVER_DELEGATE), org, org)

    # Last year's Vice-Ministers' meeting: candidacy of this year's PPT, decisions being followed up.
    vm_prev = _meeting(
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
    _accredit_all(ws, vm_prev, [cast.one(c, Role.VICE_MINISTER) for c in members])
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
    for status in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.CLOSED):
        meetings.set_status(ws, vm_prev, status)

    oim = "OIM"
    # Seminar 1 (convened by the host with the ST; the PPT attends the opening).
    sem1 = _meeting(
        ws,
        "seminar",
        "Seminario regional sobre protección de niñez y adolescencia migrante",
        date(DEMO_YEAR, 2, 24),
        date(DEMO_YEAR, 2, 25),
        "SV",
        "San Salvador",
        "Hotel Sheraton Presidente",
    )
    accreditation.record_act(ws, ActKind.INVITATION, oim, meeting_id=sem1, on=date(DEMO_YEAR, 1, 30))
    _accredit_all(
        ws,
        sem1,
        [cast.one(c, Role.LIAISON_CONSULAR) for c in members]
        + cast.all(PPT_CURRENT, Role.PPT_STAFF)[:1]
        + cast.all(oim, Role.OBSERVER_DELEGATE)[:1]
        + cast.all("ST", Role.ST_COORDINATOR),
    )

    grcm_ids = []
    for half, (month, day) in enumerate([(3, 16), (9, 14)], start=1):
        city = "San José"
        net_t = _meeting(
            ws,
            "network_trafficking",
            f"Reunión de la Red de Funcionarios de Enlace para el "
            f"Combate a la Trata y al Tráfico Ilícito ({half}.ª de {DEMO_YEAR})",
            date(DEMO_YEAR, month, day),
            date(DEMO_YEAR, month, day),
            PPT_CURRENT,
            city,
            "Hotel Real Intercontinental, Salón Talamanca",
        )
        net_c = _meeting(
            ws,
            "network_consular",
            f"Reunión de la Red de Funcionarios de Enlace de Protección Consular ({half}.ª de {DEMO_YEAR})",
            date(DEMO_YEAR, month, day),
            date(DEMO_YEAR, month, day),
            PPT_CURRENT,
            city,
            "Hotel Real Intercontinental, Salón Arenal",
        )
        grcm = _meeting(
            ws,
            "grcm",
            f"Reunión del Grupo Regional de Consulta sobre Migración ({half}.ª de {DEMO_YEAR})",
            date(DEMO_YEAR, month, day + 1),
            date(DEMO_YEAR, month, day + 2),
            PPT_CURRENT,
            city,
            "Hotel Real Intercontinental, Salón Irazú",
        )
        grcm_ids.append(grcm)
        accreditation.record_act(
            ws,
            ActKind.INVITATION,
            oim,
            meeting_id=net_t,
            on=date(DEMO_YEAR, month, 1),
            note="Invitación explícita a la Red",
        )
        for net, role in ((net_t, Role.LIAISON_TRAFFICKING), (net_c, Role.LIAISON_CONSULAR)):
            _accredit_all(
                ws,
                net,
                [cast.one(c, role) for c in members]
                + cast.all("RROCM", Role.RROCM_REPRESENTATIVE)[:2]
                + cast.all("ST", Role.ST_COORDINATOR)
                + cast.all(PPT_CURRENT, Role.PPT_STAFF)[:1],
            )
            for c in members:
                accreditation.name_drafting_representative(ws, net, cast.one(c, role))
        _accredit_all(ws, net_t, cast.all(oim, Role.OBSERVER_DELEGATE)[:1])
        _accredit_all(
            ws,
            grcm,
            [cast.one(c, Role.DIRECTOR_MIGRATION) for c in members]
            + [cast.all(c, Role.DELEGATE)[0] for c in members]
            + [cast.all(o, Role.OBSERVER_DELEGATE)[0] for o in ("ACNUR", "OIM", "UNFPA", "SICA")]
            + cast.all("ST", Role.ST_COORDINATOR)
            + cast.all("ST", Role.ST_ASSISTANT),
        )
        for c in members:
            accreditation.name_drafting_representative(ws, grcm, cast.one(c, Role.DIRECTOR_MIGRATION))
        for net, name in ((net_t, "Trata y Tráfico"), (net_c, "Protección Consular")):
            _agenda(
                ws,
                net,
                [
                    (
                        "Apertura y nombramiento del Grupo de Redacción",
                        "Opening and naming of the drafting group",
                        ItemKind.INFORMATION,
                        20,
                        "Presidencia Pro-Témpore",
                    ),
                    (
                        "Avance del Plan de Trabajo de la Red",
                        "Progress of the Network's work plan",
                        ItemKind.DISCUSSION,
                        90,
                        "Secretaría Técnica",
                    ),
                    (
                        "Intercambio de información entre países",
                        "Exchange of information among countries",
                        ItemKind.DISCUSSION,
                        120,
                        None,
                    ),
                    ("Espacio de participación de la RROCM", "RROCM participation", ItemKind.DISCUSSION, 30, "RROCM"),
                    (
                        f"Aprobación del informe de la Red de {name} al GRCM",
                        "Adoption of the Network's report to the GRCM",
                        ItemKind.DECISION,
                        45,
                        "Grupo de Redacción",
                    ),
                ],
            )
        grcm_agenda = _agenda(
            ws,
            grcm,
            [
                (
                    "Apertura de la reunión",
                    "Opening of the meeting",
                    ItemKind.INFORMATION,
                    20,
                    "Presidencia Pro-Témpore",
                ),
                (
                    "Informes de las Redes de Funcionarios de Enlace",
                    "Reports of the liaison officers networks",
                    ItemKind.INFORMATION,
                    60,
                    None,
                ),
                (
                    "Actualización del Plan de Acción",
                    "Update of the Plan of Action",
                    ItemKind.DISCUSSION,
                    90,
                    "Secretaría Técnica",
                ),
                (
                    "Conclusiones y Recomendaciones a los Viceministros(as)",
                    "Conclusions and Recommendations to the Vice-Ministers",
                    ItemKind.DECISION,
                    90,
                    "Grupo de Redacción",
                ),
            ],
            subitems={
                1: [
                    ("Red de Trata y Tráfico", "Trafficking Network"),
                    ("Red de Protección Consular", "Consular Protection Network"),
                ]
            },
        )
        # The required item on the ST's administrative and budget matters (seed, C), before the Conclusions.
        st_item = agendas.planned_items(ws, grcm_agenda)[0]
        agendas.update_item(
            ws,
            st_item.id,
            ItemInput(st_item.title_es, st_item.title_en, ItemKind.DECISION, 60, "Secretaría Técnica"),
        )
        agendas.move_item(ws, st_item.id, parent_id=None, position=3)
        if half == 1:
            pending = agendas.pending_follow_ups(ws, grcm)
            agendas.carry_over(ws, grcm_agenda, [p["id"] for p in pending][:2])
            for mid in (net_t, net_c, grcm):
                for status in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.CLOSED):
                    meetings.set_status(ws, mid, status)
            agendas.set_agenda_status(ws, grcm_agenda, AgendaStatus.PRELIMINARY)
            agendas.set_agenda_status(ws, grcm_agenda, AgendaStatus.ADOPTED)
            for text in (
                "Aprobar los Planes de Trabajo de ambas Redes para el período.",
                "Recomendar a los Viceministros(as) la aprobación del presupuesto de la ST.",
                "Tomar nota del informe semestral de avance del Plan de Acción.",
            ):
                decisions.add_decision(
                    ws, grcm, text, kind="recommendation", owner="viceministers", due=date(DEMO_YEAR, 11, 18)
                )
        else:
            meetings.set_status(ws, grcm, MeetingStatus.CONVENED)

    sem2 = _meeting(
        ws,
        "seminar",
        "Taller sobre migración laboral y reclutamiento ético",
        date(DEMO_YEAR, 5, 12),
        date(DEMO_YEAR, 5, 13),
        "GT",
        "Ciudad de Guatemala",
        "Hotel Barceló",
    )
    _accredit_all(ws, sem2, [cast.all(c, Role.DELEGATE)[1] for c in members] + cast.all("ST", Role.ST_ASSISTANT))

    # This year's Vice-Ministers' meeting: plenary and closed-door segment.
    vm = _meeting(
        ws,
        "viceministers",
        "XXXI Reunión Viceministerial de la CRM",
        date(DEMO_YEAR, 11, 18),
        date(DEMO_YEAR, 11, 19),
        PPT_CURRENT,
        "San José",
        "Centro Nacional de Congresos y Convenciones",
        "XXXI",
    )
    plenary = [cast.one(c, Role.VICE_MINISTER) for c in members] + [
        cast.one(c, Role.HIGH_LEVEL_OFFICIAL) for c in members
    ]
    plenary += [cast.one(c, Role.FOCAL_POINT) for c in members]
    plenary += [pid for c in observer_codes() for pid in cast.all(c, Role.OBSERVER_DELEGATE)[:1]]
    plenary += [
        cast.all(o, Role.OBSERVER_DELEGATE)[0]
        for o in ("ACNUR", "CEPAL-CELADE", "CIDH", "OIM", "RELATORIA-ONU", "SEGIB", "SICA", "UNFPA")
    ]
    plenary += cast.all("RROCM", Role.RROCM_REPRESENTATIVE)[:3] + cast.by_delegation["ST"]
    heads = frozenset(cast.one(c, Role.VICE_MINISTER) for c in members)
    alternates = {cast.one(c, Role.HIGH_LEVEL_OFFICIAL): "alternate" for c in members}
    _accredit_all(ws, vm, plenary, heads=heads, ranks=alternates)
    for c in members:
        vice_minister = cast.one(c, Role.VICE_MINISTER)
        accreditation.accredit(ws, vm, vice_minister, "closed_door", head=True, rank="vice_minister")
        accreditation.accredit(ws, vm, cast.one(c, Role.HIGH_LEVEL_OFFICIAL), "closed_door", rank="alternate")
        accreditation.name_drafting_representative(ws, vm, cast.one(c, Role.HIGH_LEVEL_OFFICIAL))
    accreditation.record_act(
        ws,
        ActKind.PPT_AUTHORISATION,
        "CO",
        meeting_id=vm,
        capabilities=[Capability.AGENDA_ITEMS],
        on=date(DEMO_YEAR, 11, 2),
        note="Presentación sobre flujos migratorios extracontinentales",
    )
    vm_agenda = _agenda(
        ws,
        vm,
        [
            (
                "Seguimiento de las Decisiones de la XXX Reunión Viceministerial",
                "Follow-up of the decisions of the XXX Vice-Ministers' Meeting",
                ItemKind.DISCUSSION,
                45,
                "Secretaría Técnica",
            ),
            (
                "Presentación de Colombia sobre flujos migratorios extracontinentales (con autorización de la PPT)",
                "Presentation by Colombia on extra-continental migration flows (authorised by the PPT)",
                ItemKind.INFORMATION,
                30,
                "Colombia",
            ),
            (
                "Anuncio de candidaturas a la Presidencia Pro-Témpore",
                "Announcement of candidacies for the Pro-Tempore Presidency",
                ItemKind.DECISION,
                15,
                "Presidencia Pro-Témpore",
            ),
            (
                "Adopción de la Declaración y Decisiones",
                "Adoption of the Declaration and Decisions",
                ItemKind.DECISION,
                60,
                "Grupo de Redacción",
            ),
        ],
    )
    colombia = next(i for i in agendas.planned_items(ws, vm_agenda) if i.presenter == "CO")
    agenda_topics.classify_item(ws, colombia.id, theme="policy_management")
    agendas.set_agenda_status(ws, vm_agenda, AgendaStatus.PRELIMINARY)
    items = agendas.planned_items(ws, vm_agenda)
    agendas.add_comment(ws, items[-1].id, "MX", "Proponemos dedicar 30 minutos adicionales a la adopción.")
    agendas.add_comment(ws, items[0].id, "OIM", "La OIM puede presentar el informe del fondo de retorno.")
    closed_door_agenda = _agenda(
        ws,
        vm,
        [
            (
                "Condiciones para nuevas membresías y criterios de participación de observadores",
                "Conditions for new membership and criteria for observers' participation",
                ItemKind.DECISION,
                45,
                None,
            ),
            (
                "Asuntos administrativos y financieros de la Secretaría Técnica",
                "Administrative and financial matters of the Technical Secretariat",
                ItemKind.DECISION,
                45,
                "Secretaría Técnica",
            ),
            (
                "Acciones y actividades futuras de la CRM",
                "Future actions and activities of the CRM",
                ItemKind.DISCUSSION,
                30,
                None,
            ),
        ],
        segment="closed_door",
        audience=Audience.CLOSED_DOOR,
    )
    for item, topic in zip(
        agendas.planned_items(ws, closed_door_agenda), ("membership", "st_admin_finance", "future_actions"), strict=True
    ):
        agenda_topics.classify_item(ws, item.id, topic=topic)
    presidency.announce_candidacy(ws, PPT_NEXT, DEMO_YEAR + 1, vm)
    presidency.designate(ws, PPT_NEXT, DEMO_YEAR + 1, meeting_id=vm, on=date(DEMO_YEAR, 11, 19))
    meetings.set_status(ws, vm, MeetingStatus.CONVENED)
    _check_refusals(ws, cast, vm)
    add_demo_documents(ws)
    add_process_demo(ws)
    add_english(ws)
    finish_building(ws)
    return ws


def _check_refusals(ws: Workspace, cast: Cast, vm: str) -> None:
    """The demo is also a smoke test of the rules: these must be refused."""
    for who in (cast.all("CO", Role.OBSERVER_DELEGATE)[0], cast.all("MX", Role.DELEGATE)[0]):
        try:
            accreditation.accredit(ws, vm, who, "closed_door")
        except AppError:
            continue
        raise AssertionError("the closed-door rule let a non-member or a third person in")
