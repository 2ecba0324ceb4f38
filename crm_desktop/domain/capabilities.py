"""Who does what in a meeting beyond drafting: presenting agenda items, deciding, granting exceptions.

Each rule cites its sentence of «Coordinación de reuniones en el marco de la CRM»; the services call
them before writing and the authorisation matrix asks them again of every imported change.
"""

from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.domain.messages import Bilingual, Message, msg
from crm_desktop.domain.model import Act, ActKind, Audience, Capability, Category, Participant
from crm_desktop.domain.reference import BodyConfig, delegation_category
from crm_desktop.domain.rule_sources import RuleSource
from crm_desktop.domain.rules import (
    ALLOWED,
    Verdict,
    admission,
    attends,
    capability,
    preliminary_agenda_comment,
    refuse,
)
from crm_desktop.domain.sync_policy import DeviceRole

# The introduction has no letter: its citations say so themselves.
OBSERVER_COUNTRIES = Bilingual(
    "Ellos participan en las discusiones abiertas […] pero no intervienen en los puntos de agenda, en los "
    "procesos de toma de decisiones ni en la elaboración de documentos que contengan recomendaciones o "
    "compromisos, a menos que cuenten con previa autorización de la Presidencia Pro-Témpore.",
    "They take part in the open discussions […] but not in agenda items, decision-making or the drafting "
    "of documents containing recommendations or commitments, unless they have the prior authorisation of "
    "the Pro-Tempore Presidency.",
)
VM_DECIDES = RuleSource(
    "A",
    Bilingual("Es la instancia de decisión ejecutiva de la CRM.", "It is the CRM's executive decision-making body."),
)
GRCM_RECOMMENDS = RuleSource(
    "C",
    Bilingual(
        "Al final de sus reuniones debe redactar un documento de Conclusiones, así como otro de Recomendaciones "
        "que serán sometidas para la consideración de los Viceministros y, en su caso, aprobación.",
        "At the end of its meetings it must draft a document of Conclusions and another of Recommendations, "
        "submitted to the Vice-Ministers for consideration and, where appropriate, approval.",
    ),
)

# Who attends, by kind of body: the sentence an absent observer country's refusal cites.
ATTENDANCE = {
    "technical": RuleSource(
        "C",
        Bilingual(
            "Los organismos observadores participan en las reuniones técnicas del GRCM, no así los países "
            "observadores.",
            "Observer organisations take part in the GRCM's technical meetings, observer countries do not.",
        ),
    ),
    "network": RuleSource(
        "D",
        Bilingual(
            "En sus reuniones no participan los países observadores ni los organismos internacionales, a menos "
            "que se les invite explícitamente.",
            "Observer countries and international organisations do not take part in their meetings unless "
            "explicitly invited.",
        ),
    ),
}

# What each kind of body records among the decisions table's kinds (bodies.json ``kind``). The
# networks prepare reports (seed, D) and seminars adopt nothing: neither records any.
RECORDS: dict[str, frozenset[str]] = {
    "ministerial": frozenset({"decision"}),
    "technical": frozenset({"recommendation", "conclusion"}),
}


def intro_source() -> Message:
    return msg("caps.source_intro", sentence=OBSERVER_COUNTRIES)


def recorded_by(body: BodyConfig, kind: str) -> Verdict:
    """May a meeting of ``body`` record a decision of ``kind``?

    Seed, A: the Vice-Ministers' Meeting "es la instancia de decisión ejecutiva de la CRM"; seed, C: the
    GRCM drafts Conclusions and Recommendations; seed, D: the networks "preparan informes".
    """
    if kind in RECORDS.get(body.kind, frozenset()):
        return ALLOWED
    if kind == "decision":
        return refuse(msg("caps.decision_not_here", body=body.label, source=VM_DECIDES.message()))
    return refuse(msg("caps.recommendation_not_here", body=body.label, source=GRCM_RECOMMENDS.message()))


def observer_country(delegation: str | None) -> Participant | None:
    """The delegation as an observer country, or None when it is not one (a role, a member, a name)."""
    if delegation and delegation_category(delegation) == Category.OBSERVER_COUNTRY:
        return Participant(f"delegation:{delegation}", Category.OBSERVER_COUNTRY, delegation, None)
    return None


def presents_item(body: BodyConfig, presenter: str | None, *, meeting_id: str, acts: Sequence[Act] = ()) -> Verdict:
    """May ``presenter`` (a role, a name or a delegation's code) present an item of this meeting's agenda?

    Seed, introduction: observer countries "no intervienen en los puntos de agenda [...] a menos que
    cuenten con previa autorización de la Presidencia Pro-Témpore" — for that meeting (rules.find_act),
    and only at a meeting they take part in (seed, C: not the GRCM).
    """
    who = observer_country(presenter)
    if who is None:
        return ALLOWED
    return _on_the_agenda(body, who, "caps.observer_presents", meeting_id=meeting_id, acts=acts)


def agenda_comment(
    body: BodyConfig, segment_key: str, delegation: str, *, meeting_id: str, acts: Sequence[Act] = ()
) -> Verdict:
    """May ``delegation`` comment on (propose changes to) the preliminary agenda of this segment?

    The delegations the preliminary agenda consults (rules.preliminary_agenda_comment); besides them, an
    observer country the PPT authorised to take part in this meeting's agenda items (introduction),
    never behind closed doors.
    """
    verdict = preliminary_agenda_comment(body, segment_key, delegation)
    who = observer_country(delegation)
    segment = body.segment(segment_key)
    if verdict.allowed or who is None or segment is None or segment.closed_door:
        return verdict
    return _on_the_agenda(body, who, "caps.observer_comments", meeting_id=meeting_id, acts=acts)


def _on_the_agenda(body: BodyConfig, who: Participant, code: str, *, meeting_id: str, acts: Sequence[Act]) -> Verdict:
    country = str(who.country)
    if not attends(body, who, meeting_id=meeting_id, acts=acts):
        first = next((s for s in body.segments if not s.closed_door), None)
        why = admission(body, first.key, who, meeting_id=meeting_id, acts=acts).reason if first else None
        cited = ATTENDANCE[body.kind].message() if body.kind in ATTENDANCE else intro_source()
        return refuse(msg("caps.observer_absent", country=country, body=body.label, reason=why or "", source=cited))
    verdict = capability(who, Capability.AGENDA_ITEMS, meeting_id=meeting_id, acts=acts)
    return verdict if verdict.allowed else refuse(msg(code, country=country, source=intro_source()))


# --- who grants an invitation or an authorisation -----------------------------------------------

GRANTED_ACTS = frozenset({ActKind.INVITATION, ActKind.PPT_AUTHORISATION})
GRANTORS: dict[DeviceRole, str] = {DeviceRole.PPT: "ppt", DeviceRole.ST: "st_for_ppt"}
GRANTOR_NAMES = {
    "ppt": Bilingual("Presidencia Pro-Témpore", "Pro-Tempore Presidency"),
    "st_for_ppt": Bilingual("ST en nombre de la Presidencia Pro-Témpore", "ST on behalf of the Pro-Tempore Presidency"),
}


def grantor(role: DeviceRole | None) -> str | None:
    """The code an act records as its grantor when this laptop's role records it (None: it may not)."""
    return GRANTORS.get(role) if role is not None else None


def may_grant(role: DeviceRole | None, role_name: Bilingual) -> Verdict:
    """Seed, introduction: the exception is the PPT's ("previa autorización de la Presidencia
    Pro-Témpore"); the ST records it on the PPT's behalf (seed, E: it supports the PPT)."""
    if grantor(role) is not None:
        return ALLOWED
    return refuse(msg("caps.act_not_ppt", role=role_name, source=intro_source()))


def granted_as(role: DeviceRole | None, role_name: Bilingual, granted_by: object) -> Verdict:
    """An act recorded by this role must name it as its grantor (a PPT laptop: the PPT; the ST: on its behalf)."""
    verdict = may_grant(role, role_name)
    expected = grantor(role)
    if not verdict.allowed or expected is None or granted_by == expected:
        return verdict
    if granted_by not in GRANTOR_NAMES:
        # An act recorded before grantors were codes (free text, shown as written): the author's role,
        # checked above, is what counts, so a workspace's older history still imports on a new laptop.
        return verdict
    return refuse(
        msg(
            "caps.act_grantor",
            role=role_name,
            expected=GRANTOR_NAMES[expected],
            given=str(granted_by)[:60],
            source=intro_source(),
        )
    )


def act_audience(subject: str) -> Audience:
    """Who receives an invitation or authorisation: the observer it concerns must hold it, or its own
    laptop would refuse what the act allows (an item it presents, a comment it makes) on import."""
    return Audience.MEMBERS if delegation_category(subject) == Category.MEMBER_COUNTRY else Audience.PUBLIC


def grantor_name(code: str | None) -> Bilingual | str | None:
    """How an act's grantor is shown: the code's name, or an older free text as it was written."""
    return GRANTOR_NAMES.get(code, code) if code is not None else None
