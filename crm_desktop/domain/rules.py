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

# The rule's answer, and the rules on agendas and on the Presidency, live in their own modules;
# ``rules.<name>`` keeps working for them.
from crm_desktop.domain.agenda_rules import (
    AGENDA_TRANSITIONS,
    REQUIRED_ITEM_TITLES,
    agenda_comment_audience,
    agenda_editable,
    agenda_transition,
    can_remove_agenda_item,
    missing_required_items,
    preliminary_agenda_comment,
    preliminary_agenda_consulted,
    preliminary_agenda_recipients,
    required_agenda_items,
)
from crm_desktop.domain.messages import Bilingual, Message, msg
from crm_desktop.domain.model import (
    Act,
    ActKind,
    Capability,
    Category,
    MeetingStatus,
    Participant,
    Role,
)
from crm_desktop.domain.presidency_rules import (
    COST_ITEM_TITLES,
    Candidacy,
    candidacy,
    cost_bearer,
    designation,
    logistics_checklist,
)
from crm_desktop.domain.reference import BodyConfig, ProcessConfig, country, member_codes
from crm_desktop.domain.verdict import ALLOWED, RuleViolation, Verdict, find_act, refuse
from crm_desktop.domain.vocabulary import state

__all__ = [
    "AGENDA_TRANSITIONS",
    "ALLOWED",
    "COST_ITEM_TITLES",
    "REQUIRED_ITEM_TITLES",
    "Candidacy",
    "RuleViolation",
    "Verdict",
    "agenda_comment_audience",
    "agenda_editable",
    "agenda_transition",
    "can_remove_agenda_item",
    "candidacy",
    "cost_bearer",
    "designation",
    "find_act",
    "logistics_checklist",
    "missing_required_items",
    "preliminary_agenda_comment",
    "preliminary_agenda_consulted",
    "preliminary_agenda_recipients",
    "refuse",
    "required_agenda_items",
]


CLOSED_DOOR_PRINCIPALS = frozenset({Role.VICE_MINISTER})
# The bodies whose meetings the Presidency of the year directs (seed, B); seminars only need it at the opening.
PPT_DIRECTED_KINDS = frozenset({"ministerial", "technical", "network"})


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
        return refuse(msg("error.not_found", what=msg("noun.segment"), key=segment_key))
    if any(p.person_id == who.person_id for p in already_in_segment):
        return refuse(msg("attend.already", who=who.person_id, segment=segment.name("es")))

    if segment.closed_door:
        return _closed_door_admission(who, already_in_segment)

    policy = segment.admits.get(who.category.value, "invited" if who.category == Category.GUEST else "no")
    if policy == "yes":
        return ALLOWED
    if policy == "invited":
        act = find_act(acts, ActKind.INVITATION, who.delegation, meeting_id)
        if act is not None:
            return Verdict(True, exception=act)
        return refuse(msg("reason.not_invited"))
    if who.category == Category.OBSERVER_COUNTRY and body.key == "grcm":
        return refuse(msg("reason.observer_country_grcm"))
    return refuse(msg("reason.category_excluded", category=who.category.value))


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
        return refuse(msg("reason.closed_door_only_vm"))
    same_delegation = [p for p in present if p.country == who.country]
    if len(same_delegation) >= 2:
        return refuse(msg("reason.closed_door_one_official", country=who.country, count=len(same_delegation) - 1))
    if same_delegation and not (who.roles | same_delegation[0].roles) & CLOSED_DOOR_PRINCIPALS:
        return refuse(msg("reason.closed_door_no_vm", country=who.country))
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
            return refuse(msg("capability.not_member"))
        return ALLOWED
    if who.category == Category.OBSERVER_COUNTRY:
        act = find_act(acts, ActKind.PPT_AUTHORISATION, who.delegation, meeting_id, cap)
        if act is not None:
            return Verdict(True, exception=act)
        return refuse(msg("capability.observer_country"))
    # Observer organisations and civil society: the text limits their attendance (the networks, by
    # invitation), not what they do once present; decisions remain the member countries' alone.
    if cap == Capability.DECISIONS:
        return refuse(msg("capability.not_member"))
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
        return refuse(msg("drafting.no_group", body=body.label))
    if who.category != Category.MEMBER_COUNTRY:
        return refuse(msg("drafting.not_country"))
    if who.country != country_code:
        return refuse(msg("drafting.wrong_country", name=person_name, country=country_code))
    if not accredited:
        return refuse(msg("drafting.not_accredited"))
    for seat in seats:
        if seat.country == country_code and seat.person_id != who.person_id:
            return refuse(msg("drafting.one_per_country", country=country_code, name=seat.person_name))
    return ALLOWED


def missing_drafting_countries(seats: Sequence[DraftingSeat], present_countries: Iterable[str]) -> list[str]:
    named = {s.country for s in seats}
    members = set(member_codes())
    return sorted(c for c in set(present_countries) if c in members and c not in named)


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
    return refuse(msg("meeting.bad_status", from_=state("meeting", current), to=state("meeting", target)))


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
        return refuse(msg("meeting.unknown_body", body=body_key))
    if end < start:
        return refuse(msg("meeting.end_before_start"))
    if host:
        try:
            ref = country(host)
        except KeyError:
            return refuse(msg("meeting.unknown_country", country=host))
        body = config.body(body_key)
        if body.host_must_be_ppt and ref.status != "member":
            return refuse(msg("meeting.host_not_member", body=body.label, country=host))
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
