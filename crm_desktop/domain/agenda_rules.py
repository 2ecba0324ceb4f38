"""The CRM's rules on agendas: the items each must contain, its states, who is consulted on a
preliminary agenda and who may comment. Each quotes the seed text it applies.
"""

from __future__ import annotations

from collections.abc import Iterable

from crm_desktop.domain.messages import Bilingual, msg
from crm_desktop.domain.model import AgendaStatus, Audience, Category
from crm_desktop.domain.reference import BodyConfig, delegation_category
from crm_desktop.domain.verdict import ALLOWED, Verdict, refuse
from crm_desktop.domain.vocabulary import state

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
        return refuse(msg(code, item=title, segment=segment.label if segment else "", body=body.label))
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
    return refuse(msg("agenda.bad_transition", from_=state("agenda", current), to=state("agenda", target)))


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
    return refuse(
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
        return refuse(msg("agenda.adopted_frozen"))
    return ALLOWED
