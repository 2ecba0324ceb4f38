"""The CRM's rules, in one place.

Every rule quotes the sentence of the seed text it enforces ("Coordinación de reuniones en el
marco de la CRM"). Rules are pure functions over value objects; the application services call
them before writing, and the UI shows their messages. Where the seed describes practice that
has since drifted (the Vice-Ministers now meet in November), the rule is a *warning* the user
can see, not a refusal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from crm_desktop.domain.messages import Bilingual, Message, msg
from crm_desktop.domain.model import (
    Act,
    ActKind,
    AgendaStatus,
    Audience,
    Capability,
    Category,
    MeetingStatus,
    Participant,
    Role,
)
from crm_desktop.domain.reference import BodyConfig, ProcessConfig, country, delegation_category, member_codes
from crm_desktop.domain.vocabulary import state

CLOSED_DOOR_PRINCIPALS = frozenset({Role.VICE_MINISTER})
# The bodies whose meetings the Presidency of the year directs (seed, B); seminars only need it at the opening.
PPT_DIRECTED_KINDS = frozenset({"ministerial", "technical", "network"})


class RuleViolation(Exception):
    """A pure function that computes a value (a span, an edit) and cannot: its rule's message.

    A rule that only judges returns a :class:`Verdict`; this exception is for the few that must
    return something else. A workspace change turns it into the app's ``Refused``, like a verdict.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message


@dataclass(frozen=True, slots=True)
class Verdict:
    """The one form of a rule's answer: allowed, or the reason (a message code with parameters).

    ``exception`` names the recorded act that made it possible. Services call
    ``crm_desktop.app.refusals.require(verdict)``; the UI shows ``reason`` before the user acts.
    """

    allowed: bool
    reason: Message | None = None
    exception: Act | None = None


ALLOWED = Verdict(True)


def refuse(reason: Message) -> Verdict:
    return Verdict(False, reason)


_refuse = refuse  # the name this module's rules use


def find_act(
    acts: Iterable[Act], kind: ActKind, subject: str, meeting_id: str | None, capability: Capability | None = None
) -> Act | None:
    """The recorded act of ``kind`` for ``subject`` that covers this meeting (and capability).

    An invitation or an authorisation is given for a meeting: one recorded without a meeting covers
    none (it never opens every meeting forever).
    """
    for act in acts:
        if act.kind != kind or act.subject != subject:
            continue
        if act.meeting_id is None or act.meeting_id != meeting_id:
            continue
        if capability is not None and act.capabilities and capability not in act.capabilities:
            continue
        return act
    return None


# --- Attendance ---------------------------------------------------------------------------------


def admission(
    body: BodyConfig,
    segment_key: str,
    who: Participant,
    *,
    meeting_id: str,
    acts: Sequence[Act] = (),
    already_in_segment: Sequence[Participant] = (),
) -> Verdict:
    """May ``who`` be accredited to ``segment_key`` of a meeting of ``body``?

    Seed, A: "Reunión Plenaria en la que participan los países y organismos observadores."
    Seed, A: "Reunión a 'puerta cerrada' a la que asisten únicamente los(as) Viceministros(as) /
    Subsecretarios(as), acompañados, cada uno de ellos, de un funcionario de alto nivel".
    Seed, C: "Los organismos observadores participan en las reuniones técnicas del GRCM, no así los
    países observadores."
    Seed, D: "En sus reuniones no participan los países observadores ni los organismos
    internacionales, a menos que se les invite explícitamente." and "Hay un espacio para la
    participación de la RROCM."
    """
    segment = body.segment(segment_key)
    if segment is None:
        return _refuse(msg("error.not_found", what=msg("noun.segment"), key=segment_key))
    if any(p.person_id == who.person_id for p in already_in_segment):
        return _refuse(msg("attend.already", who=who.person_id, segment=segment.name("es")))

    if segment.closed_door:
        return _closed_door_admission(who, already_in_segment)

    policy = segment.admits.get(who.category.value, "invited" if who.category == Category.GUEST else "no")
    if policy == "yes":
        return ALLOWED
    if policy == "invited":
        act = find_act(acts, ActKind.INVITATION, who.delegation, meeting_id)
        if act is not None:
            return Verdict(True, exception=act)
        return _refuse(msg("reason.not_invited"))
    if who.category == Category.OBSERVER_COUNTRY and body.key == "grcm":
        return _refuse(msg("reason.observer_country_grcm"))
    return _refuse(msg("reason.category_excluded", category=who.category.value))


def attends(body: BodyConfig, who: Participant, *, meeting_id: str, acts: Sequence[Act] = ()) -> bool:
    """Whether ``who``'s delegation takes part in a meeting of ``body`` (in any open segment).

    The same admission rule as accreditation: drafting, proposing agenda items and objecting follow
    from taking part (seed, C: observer countries do not attend the GRCM; seed, D: the networks admit
    observers only when invited).
    """
    return any(
        admission(body, seg.key, who, meeting_id=meeting_id, acts=acts).allowed
        for seg in body.segments
        if not seg.closed_door
    )


def _closed_door_admission(who: Participant, present: Sequence[Participant]) -> Verdict:
    """Seed, A: the closed door is for the Vice-Ministers, "acompañados, cada uno de ellos, de un
    funcionario de alto nivel según estimen pertinente": each member delegation brings its
    Vice-Minister and one official of its choosing, entered in any order.
    """
    if who.category != Category.MEMBER_COUNTRY or not who.country:
        return _refuse(msg("reason.closed_door_only_vm"))
    same_delegation = [p for p in present if p.country == who.country]
    if len(same_delegation) >= 2:
        return _refuse(msg("reason.closed_door_one_official", country=who.country, count=len(same_delegation) - 1))
    if same_delegation and not (who.roles | same_delegation[0].roles) & CLOSED_DOOR_PRINCIPALS:
        return _refuse(msg("reason.closed_door_no_vm", country=who.country))
    return ALLOWED


# --- What a participant may do in a meeting -----------------------------------------------------


def capability(who: Participant, cap: Capability, *, meeting_id: str | None, acts: Sequence[Act] = ()) -> Verdict:
    """May ``who`` exercise ``cap`` (speak, present agenda items, decide, draft)?

    Seed, intro: observer countries "participan en las discusiones abiertas [...] pero no intervienen en
    los puntos de agenda, en los procesos de toma de decisiones ni en la elaboración de documentos que
    contengan recomendaciones o compromisos, a menos que cuenten con previa autorización de la
    Presidencia Pro-Témpore."
    Seed, A: "Las decisiones, adoptadas por consenso" are the member countries'.
    """
    if cap == Capability.OPEN_DISCUSSION:
        return ALLOWED
    if who.category in (Category.MEMBER_COUNTRY, Category.SECRETARIAT):
        if cap == Capability.DECISIONS and who.category == Category.SECRETARIAT:
            return _refuse(msg("capability.not_member"))
        return ALLOWED
    if who.category == Category.OBSERVER_COUNTRY:
        act = find_act(acts, ActKind.PPT_AUTHORISATION, who.delegation, meeting_id, cap)
        if act is not None:
            return Verdict(True, exception=act)
        return _refuse(msg("capability.observer_country"))
    # Observer organisations and civil society: the text limits their attendance (the networks, by
    # invitation), not what they do once present; decisions remain the member countries' alone.
    if cap == Capability.DECISIONS:
        return _refuse(msg("capability.not_member"))
    return ALLOWED


# --- Drafting group -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DraftingSeat:
    country: str
    person_id: str
    person_name: str


def drafting_representative(
    body: BodyConfig,
    who: Participant,
    *,
    country_code: str,
    person_name: str,
    accredited: bool,
    seats: Sequence[DraftingSeat],
) -> Verdict:
    """May ``who`` be named to the drafting group for ``country_code``?

    Seed, B: "Al inicio de cada Reunión de las Redes y del GRCM, solicita a los países que
    identifiquen un representante para el Grupo de Redacción." and "Encabeza los Grupos de Redacción
    de cada Red, así como el del GRCM y la CRM" (the PPT heads the group; its own representative is
    the chair).
    """
    if not body.drafting_group:
        return _refuse(msg("drafting.no_group", body=body.label))
    if who.category != Category.MEMBER_COUNTRY:
        return _refuse(msg("drafting.not_country"))
    if who.country != country_code:
        return _refuse(msg("drafting.wrong_country", name=person_name, country=country_code))
    if not accredited:
        return _refuse(msg("drafting.not_accredited"))
    for seat in seats:
        if seat.country == country_code and seat.person_id != who.person_id:
            return _refuse(msg("drafting.one_per_country", country=country_code, name=seat.person_name))
    return ALLOWED


def missing_drafting_countries(seats: Sequence[DraftingSeat], present_countries: Iterable[str]) -> list[str]:
    named = {s.country for s in seats}
    members = set(member_codes())
    return sorted(c for c in set(present_countries) if c in members and c not in named)


# --- Agendas ------------------------------------------------------------------------------------

REQUIRED_ITEM_TITLES: dict[str, tuple[str, str]] = {
    "ppt_report": ("Informe de la Presidencia Pro-Témpore", "Report of the Pro-Tempore Presidency"),
    "opening_statements": (
        "Declaraciones de apertura de las delegaciones de los Países Miembros",
        "Opening statements of the member countries' delegations",
    ),
    "civil_society_dialogue": (
        "Diálogo con las Organizaciones de la Sociedad Civil (RROCM)",
        "Dialogue with civil society organisations (RROCM)",
    ),
    "st_admin_budget": (
        "Cuestiones administrativas y presupuestarias de la Secretaría Técnica",
        "Administrative and budget matters of the Technical Secretariat",
    ),
}


def required_agenda_items(body: BodyConfig, segment_key: str) -> tuple[str, ...]:
    """Items an agenda must contain.

    Seed, A: the plenary's "agenda de discusión debe incluir al menos: el informe de la Presidencia
    Pro-Témpore, las declaraciones de apertura de las delegaciones de los Países Miembros, y el diálogo
    con las Organizaciones de la Sociedad Civil, representadas por la RROCM".
    Seed, C: the GRCM "examina cuestiones administrativas y presupuestarias relacionadas con la Secretaría
    Técnica (ST)", an item of each of its technical sessions (its recommendations on them go to the
    Vice-Ministers, who decide on the ST's finances behind closed doors).
    """
    segment = body.segment(segment_key)
    return segment.required_agenda_items if segment else ()


def can_remove_agenda_item(required_key: str | None, body: BodyConfig, segment_key: str) -> Verdict:
    if required_key and required_key in required_agenda_items(body, segment_key):
        title = Bilingual(*REQUIRED_ITEM_TITLES.get(required_key, (required_key, required_key)))
        segment = body.segment(segment_key)
        code = "agenda.required_st_item" if required_key == "st_admin_budget" else "agenda.required_item"
        return _refuse(msg(code, item=title, segment=segment.label if segment else "", body=body.label))
    return ALLOWED


def missing_required_items(body: BodyConfig, segment_key: str, present_keys: Iterable[str | None]) -> list[str]:
    have = {k for k in present_keys if k}
    return [k for k in required_agenda_items(body, segment_key) if k not in have]


AGENDA_TRANSITIONS = {
    AgendaStatus.DRAFT: {AgendaStatus.PRELIMINARY},
    AgendaStatus.PRELIMINARY: {AgendaStatus.DRAFT, AgendaStatus.ADOPTED},
    AgendaStatus.ADOPTED: set(),
}


def agenda_transition(current: AgendaStatus, target: AgendaStatus) -> Verdict:
    """Draft → preliminary → adopted.

    Seed, A: "Una versión preliminar de la Agenda se comparte con todos los países miembros y los
    organismos internacionales observadores con el fin de obtener aportes que la enriquezcan."
    """
    if target in AGENDA_TRANSITIONS[current]:
        return ALLOWED
    return _refuse(msg("agenda.bad_transition", from_=state("agenda", current), to=state("agenda", target)))


def preliminary_agenda_recipients() -> tuple[Category, ...]:
    """Who receives the preliminary agenda for comments (seed, A, quoted above)."""
    return (Category.MEMBER_COUNTRY, Category.OBSERVER_ORG)


def preliminary_agenda_consulted(body: BodyConfig, segment_key: str) -> frozenset[Category]:
    """The categories of delegation a segment's preliminary agenda is shared with, for their input.

    Seed, A: "Una versión preliminar de la Agenda se comparte con todos los países miembros y los
    organismos internacionales observadores con el fin de obtener aportes que la enriquezcan."
    Observer countries "no intervienen en los puntos de agenda" (intro) and civil society is heard in
    its own dialogue, so neither is consulted. The seed's recipients are narrowed to the delegations the
    segment admits without an invitation: a closed-door agenda is shared with the member countries only,
    and so is a network's, where organisations come only "si se les invita explícitamente" (D).
    """
    segment = body.segment(segment_key)
    if segment is None:
        return frozenset()
    if segment.closed_door:
        return frozenset({Category.MEMBER_COUNTRY})
    return frozenset(
        c
        for c in preliminary_agenda_recipients()
        if c == Category.MEMBER_COUNTRY or segment.admits.get(c.value) == "yes"
    )


def preliminary_agenda_comment(body: BodyConfig, segment_key: str, delegation: str) -> Verdict:
    """May ``delegation`` (a country code or an organisation key) comment on the preliminary agenda?

    Seed, A: the preliminary version is shared "con el fin de obtener aportes" from the delegations
    :func:`preliminary_agenda_consulted` names; a comment from anyone else is refused.
    """
    consulted = preliminary_agenda_consulted(body, segment_key)
    if delegation_category(delegation) in consulted:
        return ALLOWED
    segment = body.segment(segment_key)
    whom = "agenda.consulted_members_orgs" if Category.OBSERVER_ORG in consulted else "agenda.consulted_members"
    return _refuse(
        msg(
            "agenda.comment_not_consulted",
            segment=segment.label if segment else segment_key,
            consulted=msg(whom),
            delegation=delegation,
        )
    )


def agenda_comment_audience(delegation: str) -> Audience:
    """Who sees a comment on the preliminary agenda, by the delegation that made it.

    A member country's comment stays among the members (the agenda is theirs to settle). An observer's
    comment is public material: observer laptops see nothing narrower, and the observer's own laptop
    must be able to record its comment and receive it back.
    """
    observers = (Category.OBSERVER_ORG, Category.OBSERVER_COUNTRY)  # a country the PPT authorised (capabilities)
    return Audience.PUBLIC if delegation_category(delegation) in observers else Audience.MEMBERS


def agenda_editable(status: AgendaStatus) -> Verdict:
    if status == AgendaStatus.ADOPTED:
        return _refuse(msg("agenda.adopted_frozen"))
    return ALLOWED


# --- Meetings -----------------------------------------------------------------------------------

MEETING_TRANSITIONS = {
    MeetingStatus.PLANNED: {MeetingStatus.CONVENED, MeetingStatus.CANCELLED},
    MeetingStatus.CONVENED: {MeetingStatus.PLANNED, MeetingStatus.HELD, MeetingStatus.CANCELLED},
    MeetingStatus.HELD: {MeetingStatus.CLOSED},
    MeetingStatus.CLOSED: set(),
    MeetingStatus.CANCELLED: {MeetingStatus.PLANNED},  # called on again
}
# A meeting that took place: no calendar invitation rewrites it.
CONCLUDED = frozenset({MeetingStatus.HELD, MeetingStatus.CLOSED})


def meeting_transition(current: MeetingStatus, target: MeetingStatus) -> Verdict:
    if target in MEETING_TRANSITIONS[current]:
        return ALLOWED
    return _refuse(msg("meeting.bad_status", from_=state("meeting", current), to=state("meeting", target)))


MONTHS = tuple(
    Bilingual(es, en)
    for es, en in zip(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
        "January February March April May June July August September October November December".split(),
        strict=True,
    )
)


@dataclass(frozen=True, slots=True)
class MeetingFacts:
    """What the calendar rules need to know about a meeting."""

    id: str
    body: str
    start: date
    end: date
    host_country: str | None = None
    accredited_countries: frozenset[str] = field(default_factory=frozenset)
    head_roles_by_country: dict[str, frozenset[str]] = field(default_factory=dict)
    drafting_countries: frozenset[str] = field(default_factory=frozenset)  # countries with a seat named


def validate_meeting(config: ProcessConfig, body_key: str, start: date, end: date, host: str | None) -> Verdict:
    """Hard checks on a meeting record.

    Seed, A: the Vice-Ministers' meeting "se lleva a cabo en el territorio de alguno de los Países
    Miembros".
    """
    if not config.has_body(body_key):
        return _refuse(msg("meeting.unknown_body", body=body_key))
    if end < start:
        return _refuse(msg("meeting.end_before_start"))
    if host:
        try:
            ref = country(host)
        except KeyError:
            return _refuse(msg("meeting.unknown_country", country=host))
        body = config.body(body_key)
        if body.host_must_be_ppt and ref.status != "member":
            return _refuse(msg("meeting.host_not_member", body=body.label, country=host))
    return ALLOWED


def meeting_warnings(
    config: ProcessConfig,
    meeting: MeetingFacts,
    others: Sequence[MeetingFacts],
    ppt_by_year: dict[int, str],
    today: date | None = None,
) -> list[Message]:
    """Calendar and composition warnings: seen by users, never blocking.

    Seed, A: the Vice-Ministers' meeting "se celebra en la primavera o el primer semestre de cada año"
    and "se lleva a cabo en el territorio de alguno de los Países Miembros que ofrece actuar como
    Presidencia Pro-Témpore".
    Seed, C: the GRCM "se lleva a cabo dos veces al año" and "está compuesto por Directores de
    Migración de los países miembros".
    Seed, D: the networks "se reúnen inmediatamente antes de las reuniones del GRCM".
    Seed, note 3: "La Presidencia Pro-Témpore debe participar en la sesiones de inauguración de esos
    eventos" (seminars, workshops, trainings).
    Seed, B: "Al inicio de cada Reunión de las Redes y del GRCM, solicita a los países que identifiquen
    un representante para el Grupo de Redacción" (judged once the meeting has begun, ``today``).
    Seed, B: the PPT "tiene la responsabilidad de la coordinación y dirección general de las reuniones y
    actividades de la CRM que se efectúen durante su período" and "del GRCM y de las dos redes": a
    meeting of its year with delegations accredited but none of the Presidency's is flagged.
    """
    body = config.body(meeting.body)
    year = meeting.start.year
    out: list[Message] = []
    if body.preferred_months and meeting.start.month not in body.preferred_months:
        out.append(msg("warn.vm_first_half", month=MONTHS[meeting.start.month - 1]))
    if body.meets_per_year:
        count = 1 + sum(1 for m in others if m.body == meeting.body and m.start.year == year and m.id != meeting.id)
        if count > body.meets_per_year:
            code = "warn.vm_once_a_year" if body.meets_per_year == 1 else "warn.grcm_twice_a_year"
            out.append(msg(code, year=year, count=count))
    if body.meets_immediately_before:
        target = body.meets_immediately_before
        follows = any(m.body == target and 0 <= (m.start - meeting.end).days <= 1 for m in others if m.id != meeting.id)
        if not follows:
            out.append(msg("warn.network_before_grcm"))
    ppt = ppt_by_year.get(year)
    if body.host_must_be_ppt:
        if ppt is None:
            out.append(msg("warn.no_ppt", year=year))
        elif meeting.host_country and meeting.host_country != ppt:
            out.append(msg("warn.host_not_ppt", ppt=ppt, country=meeting.host_country))
    if ppt and meeting.accredited_countries and ppt not in meeting.accredited_countries:
        if body.ppt_attends_opening:
            out.append(msg("warn.ppt_opening", ppt=ppt))
        elif body.kind in PPT_DIRECTED_KINDS:
            out.append(msg("warn.ppt_directs", ppt=ppt))
    if body.expected_head_role == Role.DIRECTOR_MIGRATION.value:
        members = set(member_codes())
        for code in sorted(meeting.accredited_countries & members):
            if Role.DIRECTOR_MIGRATION.value not in meeting.head_roles_by_country.get(code, frozenset()):
                out.append(msg("warn.grcm_head", country=code))
    if body.drafting_group and today is not None and meeting.start <= today:
        seats = [DraftingSeat(c, "", "") for c in meeting.drafting_countries]
        missing = missing_drafting_countries(seats, meeting.accredited_countries)
        if missing:
            out.append(msg("warn.drafting_missing", countries=", ".join(missing)))
    return out


def yearly_count_warnings(config: ProcessConfig, meetings: Sequence[MeetingFacts], year: int) -> list[Message]:
    """Missing meetings in a year (fewer than the seed's frequency, none at all included).

    Seed, A: the Vice-Ministers' meeting "se celebra en la primavera o el primer semestre de cada
    año"; seed, C: the GRCM "se lleva a cabo dos veces al año". Only years in which the workspace
    records some meeting are judged: a year it knows nothing of is a gap in the records, not in the
    process.
    """
    out: list[Message] = []
    counts = Counter(m.body for m in meetings if m.start.year == year)
    if not counts:
        return out
    for body in config.bodies:
        count = counts[body.key]
        if not body.meets_per_year or count >= body.meets_per_year:
            continue
        annual = body.meets_per_year == 1
        if count == 0:
            out.append(msg("warn.vm_missing" if annual else "warn.grcm_missing", year=year))
        else:
            out.append(msg("warn.vm_once_a_year" if annual else "warn.grcm_twice_a_year", year=year, count=count))
    return out


# --- Pro-Tempore Presidency ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidacy:
    country: str
    year: int
    announced_at_body: str
    announced_at_segment: str


def candidacy(country_code: str, body_key: str, segment_key: str) -> Verdict:
    """Seed, B: "Los países interesados en asumirla lo deben anunciar en la Reunión Plenaria Viceministerial."
    and the Presidency is held by a member country ("alguno de los Países Miembros que ofrece actuar como
    Presidencia Pro-Témpore", A).
    """
    if country_code not in member_codes():
        return _refuse(msg("ppt.not_member", country=country_code))
    if body_key != "viceministers" or segment_key != "plenary":
        return _refuse(msg("ppt.candidacy_not_plenary"))
    return ALLOWED


def designation(
    country_code: str,
    year: int,
    *,
    candidacies: Sequence[Candidacy],
    objections: Sequence[str],
    designated_by_year: dict[int, str],
    consecutive_by_consensus: bool = False,
) -> Verdict:
    """Seed, B: the PPT "es designada por consenso de los Países Miembros de la Conferencia, dentro de un
    esquema rotativo anual."

    The rotation is categorical: the same country two years running is refused, unless the member
    countries agreed to it by consensus and that agreement is recorded (``consecutive_by_consensus``).
    """
    if country_code not in member_codes():
        return _refuse(msg("ppt.not_member", country=country_code))
    if not any(c.country == country_code and c.year == year for c in candidacies):
        return _refuse(msg("ppt.no_candidacy", country=country_code))
    member_objections = sorted(set(objections) & set(member_codes()))
    if member_objections:
        return _refuse(msg("ppt.no_consensus", countries=", ".join(member_objections)))
    holder = designated_by_year.get(year)
    if holder is not None and holder != country_code:
        return _refuse(msg("ppt.year_taken", year=year, country=holder))
    for neighbour in (year - 1, year + 1):
        if designated_by_year.get(neighbour) == country_code and not consecutive_by_consensus:
            return _refuse(msg("ppt.consecutive", country=country_code, year=year, other=neighbour))
    return ALLOWED


# --- Who pays for what --------------------------------------------------------------------------

COST_ITEM_TITLES: dict[str, tuple[str, str]] = {
    "lodging": ("Hospedaje de los Viceministros(as)", "Lodging for the Vice-Ministers"),
    "courtesies": ("Cortesías para los Viceministros(as)", "Courtesies for the Vice-Ministers"),
    "coffee_breaks": ("Alimentación (coffee breaks)", "Catering (coffee breaks)"),
    "meeting_rooms": ("Salones de reunión", "Meeting rooms"),
    "logistics": ("Logística", "Logistics"),
    "transport": ("Transporte", "Transport"),
    "support_staff": ("Personal de apoyo", "Support staff"),
    "security": ("Seguridad", "Security"),
    "computers": ("Equipo de cómputo", "Computers"),
    "office_material": ("Material de oficina", "Office material"),
    "sound": ("Sonido", "Sound"),
    "interpretation": ("Interpretación español-inglés-español", "Interpretation Spanish-English-Spanish"),
    "translation": ("Traducción español-inglés-español", "Translation Spanish-English-Spanish"),
    "quality_check": ("Verificación de calidad de los servicios contratados", "Quality check of contracted services"),
}


def cost_bearer(config: ProcessConfig, body_key: str, item: str) -> str | None:
    """Who covers a cost item of a meeting: "ppt", "st" or None (not assigned by the seed).

    Seed, B: the PPT "asume gastos de organización de las Reuniones de Viceministros y del GRCM, los
    cuales contemplan, al menos: hospedaje y algunas cortesías para los Viceministros/as, alguna
    alimentación (coffee-breaks), salones de reunión, logística, transporte, personal de apoyo,
    seguridad, equipo de cómputo, material de oficina".
    Seed, E: the ST "cubre los costos asociados a los servicios de sonido, interpretación y traducción
    español-ingles-español para los eventos que se realicen dentro del marco de la CRM" and "verifica
    la calidad de los servicios contratados".
    """
    if item in config.st_costs:
        return "st"
    if item in config.ppt_costs and config.body(body_key).ppt_bears_costs:
        return "ppt"
    return None


def logistics_checklist(config: ProcessConfig, body_key: str) -> list[tuple[str, str]]:
    """The (item, bearer) pairs a meeting of ``body_key`` must arrange."""
    items = [(i, "ppt") for i in config.ppt_costs if config.body(body_key).ppt_bears_costs]
    items += [(i, "st") for i in config.st_costs]
    return items
