"""Who may do what with a negotiated document, and when a document is adopted.

Each rule quotes the sentence of the seed text it enforces. The services call these before
writing, the sync layer calls them (through ``drafting.permissions.may_apply``) before accepting
a change made on another laptop, and the UI calls them to grey out what a user may not do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Act, Audience, Capability, Category, Participant, Role
from crm_desktop.domain.reference import member_codes
from crm_desktop.domain.rules import ALLOWED, Verdict, capability


@dataclass(frozen=True, slots=True)
class Drafter:
    """A person acting on a document, with what the rules need to know about their standing.

    ``drafting_member``: holds the country's seat in this meeting's drafting group.
    ``ppt_country``: the country holding the Pro-Tempore Presidency in the meeting's year.
    ``closed_door``: accredited to the closed-door segment of the meeting.
    ``attends``: the delegation may attend the meeting (admitted by its body, or invited).
    ``accredited``: the person (or, for a laptop, its delegation) is accredited to the meeting.
    """

    who: Participant
    drafting_member: bool = False
    ppt_country: str | None = None
    closed_door: bool = False
    attends: bool = True
    accredited: bool = True

    @property
    def delegation(self) -> str:
        return self.who.delegation

    @property
    def is_st(self) -> bool:
        return self.who.category == Category.SECRETARIAT

    @property
    def is_ppt(self) -> bool:
        """The Presidency: its staff, or its own representative in the drafting group (the chair)."""
        if self.who.category != Category.MEMBER_COUNTRY or self.ppt_country is None:
            return False
        if self.who.country != self.ppt_country:
            return False
        return self.drafting_member or Role.PPT_STAFF in self.who.roles


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What the rules need to know about a document."""

    id: str
    meeting_id: str
    commitments: bool  # contains recommendations or commitments
    audience: Audience
    status: str = "draft"  # draft | silence | adopted


def _refuse(code: str, **params: object) -> Verdict:
    return Verdict(False, msg(code, **params))


def _open(doc: DocumentFacts) -> Verdict:
    if doc.status == "adopted":
        return _refuse("draft.adopted_frozen")
    return ALLOWED


def may_create(bodies: Sequence[str], type_label: str, body_key: str, audience: Audience) -> Verdict:
    """A document type belongs to the bodies that adopt it; only the Vice-Ministers meet behind closed doors."""
    if body_key not in bodies:
        return _refuse("draft.wrong_body", type=type_label, bodies=", ".join(bodies))
    if audience == Audience.CLOSED_DOOR and body_key != "viceministers":
        return _refuse("draft.closed_door_only")
    return ALLOWED


def may_see(d: Drafter, doc: DocumentFacts) -> Verdict:
    """Closed-door drafts are seen only by those in the closed-door segment.

    Seed, A: "Reunión a 'puerta cerrada' a la que asisten únicamente los(as) Viceministros(as) /
    Subsecretarios(as), acompañados, cada uno de ellos, de un funcionario de alto nivel".
    """
    if doc.audience == Audience.CLOSED_DOOR and not d.closed_door:
        return _refuse("draft.closed_door_only")
    if doc.audience == Audience.MEMBERS and d.who.category not in (Category.MEMBER_COUNTRY, Category.SECRETARIAT):
        return _refuse("draft.members_only")
    return ALLOWED


def may_edit(d: Drafter, doc: DocumentFacts) -> Verdict:
    """Writing the text itself is the drafting group's work, headed by the PPT and served by the ST.

    Seed, B: "solicita a los países que identifiquen un representante para el Grupo de Redacción.
    Este grupo se encarga de redactar los documentos resultantes de cada Reunión." and the PPT
    "Encabeza los Grupos de Redacción".
    Seed, E: the ST "Prepara agendas, ponencias, documentos e informes."
    """
    verdict = _open(doc)
    if not verdict.allowed:
        return verdict
    seen = may_see(d, doc)
    if not seen.allowed:
        return seen
    if doc.audience == Audience.CLOSED_DOOR:
        # Only those in the room write its conclusions; member countries' principals and companions.
        if d.who.category == Category.MEMBER_COUNTRY:
            return ALLOWED
        return _refuse("draft.closed_door_only")
    if d.drafting_member or d.is_ppt or d.is_st:
        return ALLOWED
    return _refuse("draft.not_drafting_group")


def may_propose(d: Drafter, doc: DocumentFacts, acts: Sequence[Act] = ()) -> Verdict:
    """Amendments: member delegations, the PPT and the ST; observers only where the seed allows.

    Seed, intro: observer countries "no intervienen [...] en la elaboración de documentos que
    contengan recomendaciones o compromisos, a menos que cuenten con previa autorización de la
    Presidencia Pro-Témpore." Observer organisations are held to the same limit (see
    ``rules.capability``).
    """
    verdict = _open(doc)
    if not verdict.allowed:
        return verdict
    seen = may_see(d, doc)
    if not seen.allowed:
        return seen
    if d.who.category in (Category.MEMBER_COUNTRY, Category.SECRETARIAT):
        return ALLOWED
    if not d.attends:
        # Seed, C and D: who does not take part in a meeting does not draft its documents.
        return _refuse("draft.not_attending", delegation=d.delegation)
    if not doc.commitments:
        return ALLOWED
    granted = capability(d.who, Capability.DRAFTING, meeting_id=doc.meeting_id, acts=acts)
    if granted.allowed:
        return granted
    return _refuse("draft.observer_needs_authorisation")


def may_take_position(d: Drafter, doc: DocumentFacts, acts: Sequence[Act] = ()) -> Verdict:
    """Supporting or opposing an amendment is taking part in drafting: the same limits as proposing."""
    return may_propose(d, doc, acts)


def may_chair(d: Drafter, doc: DocumentFacts) -> Verdict:
    """Accepting or rejecting amendments, declaring agreement, opening a silence procedure, adopting.

    Seed, B: the PPT "Tiene la responsabilidad de la coordinación y dirección general de las
    reuniones" and "Encabeza los Grupos de Redacción".
    """
    verdict = _open(doc)
    if not verdict.allowed:
        return verdict
    if d.is_ppt:
        return ALLOWED
    return _refuse("draft.chair_only")


def may_name_version(d: Drafter, doc: DocumentFacts) -> Verdict:
    """Issuing "Rev.N": the chair, or the ST that "Prepara [...] documentos e informes" (seed, E)."""
    verdict = _open(doc)
    if not verdict.allowed:
        return verdict
    if d.is_ppt or d.is_st:
        return ALLOWED
    return _refuse("draft.chair_only")


def may_object(d: Drafter, doc: DocumentFacts) -> Verdict:
    """Only a member delegation accredited to the meeting can stand in the way of consensus.

    Seed, A: "Las decisiones, adoptadas por consenso y de carácter vinculante" — the consensus of
    the member countries; observers "no intervienen [...] en los procesos de toma de decisiones".
    """
    verdict = _open(doc)
    if not verdict.allowed:
        return verdict
    if d.who.category != Category.MEMBER_COUNTRY or d.who.country not in member_codes():
        return _refuse("draft.objection_members_only", delegation=d.delegation)
    if not d.accredited:
        return _refuse("draft.objection_not_accredited", delegation=d.delegation)
    return may_see(d, doc)


def may_comment(d: Drafter, doc: DocumentFacts) -> Verdict:
    """Anyone who may see the document may comment (open discussion is everyone's).

    Seed, intro: observer countries "participan en las discusiones abiertas".
    """
    return may_see(d, doc)


class CommentVisibility:
    ALL = "all"
    DELEGATION = "delegation"


def comment_visible(visibility: str, comment_delegation: str, viewer_delegation: str) -> bool:
    """A comment is seen by everyone, or only by the delegation that wrote it."""
    return visibility == CommentVisibility.ALL or comment_delegation == viewer_delegation


def audience_fixed(current: Audience, requested: Audience) -> Verdict:
    """A document's audience never changes: deleted text survives in its history, so a closed-door
    draft cannot become a shared one, and shared text is never moved into a confidential one."""
    if current != requested:
        return _refuse("draft.audience_fixed")
    return ALLOWED


# --- adoption by consensus ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Objection:
    delegation: str
    text: str
    lodged: datetime | None = None


def adoption(
    *,
    bracketed_paragraphs: Sequence[str],
    open_proposals: int,
    objections: Iterable[Objection],
) -> Verdict:
    """A document is adopted by consensus: no bracket left, no member delegation objecting.

    Seed, A: "Las decisiones, adoptadas por consenso y de carácter vinculante, se registran en la
    Declaración y las Decisiones". Seed, B: the drafting groups prepare the documents "según los
    acuerdos consensuados durante la Reunión Plenaria".
    """
    if bracketed_paragraphs:
        return _refuse("draft.brackets_remain", paragraphs=", ".join(bracketed_paragraphs))
    if open_proposals:
        return _refuse("draft.proposals_remain", count=open_proposals)
    members = set(member_codes())
    objecting = sorted({o.delegation for o in objections if o.delegation in members})
    if objecting:
        return _refuse("draft.objections", countries=", ".join(objecting))
    return ALLOWED


def _within(lodged: datetime | None, silence: Silence) -> bool:
    return lodged is None or silence.opened <= lodged <= silence.deadline


@dataclass(frozen=True, slots=True)
class Silence:
    """A silence procedure: the text is adopted at ``deadline`` unless a written objection breaks it."""

    opened: datetime
    deadline: datetime


def silence_outcome(silence: Silence, objections: Iterable[Objection], now: datetime) -> str:
    """ "broken" (a member's written objection arrived before the deadline), "running" or "elapsed".

    The silence procedure is the written form of the same consensus (seed, A, quoted in ``adoption``):
    silence is consent, and one member's objection in writing breaks it.
    """
    members = set(member_codes())
    for o in objections:
        if o.delegation in members and o.text.strip() and _within(o.lodged, silence):
            return "broken"
    return "elapsed" if now >= silence.deadline else "running"


def objection_text(text: str) -> Verdict:
    """An objection is lodged in writing: it says what the delegation objects to."""
    return ALLOWED if text.strip() else _refuse("draft.objection_needs_text")


def silence_deadline(deadline: datetime, opened: datetime) -> Verdict:
    return ALLOWED if deadline > opened else _refuse("draft.silence_deadline_past")


def silence_adoption(silence: Silence, objections: Sequence[Objection], now: datetime) -> Verdict:
    """A text under a silence procedure is adopted only once the deadline has passed unbroken."""
    outcome = silence_outcome(silence, objections, now)
    if outcome == "running":
        return _refuse("draft.silence_running", deadline=silence.deadline.isoformat(timespec="minutes"))
    if outcome == "broken":
        return _refuse("draft.silence_broken", countries=", ".join(sorted({o.delegation for o in objections})))
    return ALLOWED


def version_label_free(label: str, taken: Iterable[str]) -> Verdict:
    """A named version ("Rev.2", "Final") names one text: a label is never given twice."""
    return _refuse("draft.version_label_taken", label=label) if label in set(taken) else ALLOWED
