"""Value types shared by every layer: categories, roles, statuses, audiences."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    """Who a participant represents, as the seed distinguishes them."""

    MEMBER_COUNTRY = "member_country"
    OBSERVER_COUNTRY = "observer_country"
    OBSERVER_ORG = "observer_org"
    CIVIL_SOCIETY = "civil_society"
    SECRETARIAT = "secretariat"
    GUEST = "guest"


class Role(StrEnum):
    """Functions a person holds in the process."""

    VICE_MINISTER = "vice_minister"  # Viceministro(a) / Subsecretario(a)
    HIGH_LEVEL_OFFICIAL = "high_level_official"
    DIRECTOR_MIGRATION = "director_migration"
    LIAISON_TRAFFICKING = "liaison_trafficking"
    LIAISON_CONSULAR = "liaison_consular"
    FOCAL_POINT = "focal_point"
    DELEGATE = "delegate"
    ST_COORDINATOR = "st_coordinator"
    ST_IT_SPECIALIST = "st_it_specialist"
    ST_ASSISTANT = "st_assistant"
    PPT_STAFF = "ppt_staff"
    RROCM_REPRESENTATIVE = "rrocm_representative"
    OBSERVER_DELEGATE = "observer_delegate"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CONVENED = "convened"
    HELD = "held"
    CLOSED = "closed"
    CANCELLED = "cancelled"  # called off (or cancelled by the organiser's calendar invitation)


MEETING_STATUS_ORDER = [
    MeetingStatus.PLANNED,
    MeetingStatus.CONVENED,
    MeetingStatus.HELD,
    MeetingStatus.CLOSED,
    MeetingStatus.CANCELLED,
]


class Audience(StrEnum):
    """Who may see a record. Ordered from widest to narrowest."""

    PUBLIC = "public"
    MEMBERS = "members"
    CLOSED_DOOR = "closed_door"
    SECRETARIAT = "secretariat"


def narrowest(*audiences: Audience | str) -> Audience:
    """The narrowest of ``audiences``: a change touching rows of several audiences travels only as far as
    the most restricted of them (a closed-door agenda's items never reach a laptop that may not see it)."""
    order = list(Audience)
    return max((Audience(a) for a in audiences), key=order.index)


class Segment(StrEnum):
    PLENARY = "plenary"
    CLOSED_DOOR = "closed_door"


class ActKind(StrEnum):
    """Recorded, dated acts that open an exception in the rules."""

    INVITATION = "invitation"  # "a menos que se les invite explícitamente"
    PPT_AUTHORISATION = "ppt_authorisation"  # "a menos que cuenten con previa autorización de la PPT"
    # The member countries agreed by consensus that a country holds the Presidency two years running.
    CONSECUTIVE_TERM = "consecutive_term"


# The acts a user records as such; a consecutive term is recorded by the designation that it allows.
RECORDED_BY_HAND = (ActKind.INVITATION, ActKind.PPT_AUTHORISATION)


class Capability(StrEnum):
    """What a participant may do inside a meeting (observer countries are limited)."""

    OPEN_DISCUSSION = "open_discussion"
    AGENDA_ITEMS = "agenda_items"
    DECISIONS = "decisions"
    DRAFTING = "drafting"


class AgendaStatus(StrEnum):
    DRAFT = "draft"
    PRELIMINARY = "preliminary"
    ADOPTED = "adopted"


class ItemKind(StrEnum):
    INFORMATION = "information"
    DISCUSSION = "discussion"
    DECISION = "decision"


@dataclass(frozen=True, slots=True)
class Participant:
    """What the rules need to know about a person taking part in a meeting."""

    person_id: str
    category: Category
    country: str | None = None  # ISO 3166 alpha-2 for country delegations
    organisation: str | None = None  # organisation key for organisations
    roles: frozenset[Role] = field(default_factory=frozenset)

    @property
    def delegation(self) -> str:
        """The delegation key: the country code, or the organisation key."""
        return self.country or self.organisation or self.person_id


@dataclass(frozen=True, slots=True)
class Act:
    """An invitation or a PPT authorisation, recorded with its date."""

    kind: ActKind
    subject: str  # country code or organisation key
    meeting_id: str | None  # None: valid for every meeting in its date range
    capabilities: frozenset[Capability] = field(default_factory=frozenset)
    date: str = ""
