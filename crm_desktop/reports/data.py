"""Plain data the renderers print: no database, no services.

The application layer (:mod:`crm_desktop.app.reports`) fills these from the workspace; tests and other
subsystems (the drafting feature's negotiated texts) can build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from crm_desktop.domain.bilingual import acronym, place_name, position_title
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.protocol import rank_title
from crm_desktop.domain.vocabulary import pick, text_lang


@dataclass(frozen=True, slots=True)
class MeetingHeader:
    """What every document of a meeting prints about it."""

    id: str
    body_key: str
    body_es: str
    body_en: str
    title: str
    start: datetime
    end: datetime
    ordinal: str | None = None
    city: str | None = None
    country_es: str | None = None
    country_en: str | None = None
    venue: str | None = None
    timezone: str | None = None  # IANA name: the agenda's times are local times there
    title_en: str | None = None  # the English title (typed, or built from the body, ordinal and place)

    def title_in(self, lang: str) -> str:
        """The meeting's title in ``lang`` (a bilingual document is headed in Spanish)."""
        return pick(self.title, self.title_en, text_lang(lang))[0]

    def place(self, lang: str) -> str:
        country = pick(self.country_es, self.country_en, lang)[0]
        return ", ".join(x for x in (self.venue, place_name(self.city, lang), country) if x)

    def body(self, lang: str) -> str:
        return pick(self.body_es, self.body_en, text_lang(lang))[0]

    def cover_lines(self, lang: str) -> list[str]:
        """Meeting, body, place and dates, as the first page of each document prints them."""
        from crm_desktop.reports.labels import format_range

        return [self.title_in(lang), self.body(lang), self.place(lang), format_range(self.start, self.end, lang)]


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    label: str
    depth: int
    title_es: str
    title_en: str | None
    kind: str
    starts: str
    duration_min: int
    presenter: str | None = None
    presenter_en: str | None = None  # the presenter (a role or a delegation) in English
    theme: tuple[str, str] | None = None  # the CRM theme's (or closed-door topic's) name, es and en
    closed_door_topic: bool = False  # ``theme`` names a closed-door topic

    def title(self, lang: str) -> str:
        return in_lang(self.title_es, self.title_en or self.title_es, lang)


@dataclass(frozen=True, slots=True)
class AgendaDoc:
    meeting: MeetingHeader
    segment_key: str
    segment_es: str
    segment_en: str
    status: str  # draft | preliminary | adopted
    version: int
    audience: str
    entries: tuple[AgendaEntry, ...]
    start_time: str = "09:00"


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    name: str
    category: str
    delegation: str  # country code or organisation key
    delegation_es: str
    delegation_en: str
    title: str | None = None
    institution: str | None = None
    title_en: str | None = None  # the position and the institution in English, where recorded
    institution_en: str | None = None
    rank: str | None = None  # a key of crm_desktop.reports.protocol.RANKS
    head: bool = False  # recorded head of delegation
    gender: str | None = None  # "f" | "m" | None
    honorific: str | None = None
    email: str | None = None
    phone: str | None = None

    def position(self, lang: str) -> tuple[str, bool]:
        """The position in ``lang`` and the person's grammatical gender, and whether its English is missing."""
        if self.rank:
            return rank_title(self.rank, self.gender, lang), False
        return position_title(self.title, self.title_en, self.gender, lang)

    def institution_in(self, lang: str) -> tuple[str, bool]:
        """The institution in ``lang``, and whether its English is missing (an acronym of the delegation's
        own is a name, the same in both languages)."""
        if self.institution == self.delegation:  # an organisation's own acronym: OIM / IOM
            es, en = acronym(self.delegation_es), acronym(self.delegation_en)
            return pick(es or self.institution, en or self.institution, lang)
        return pick(self.institution, self.institution_en, lang)


@dataclass(frozen=True, slots=True)
class ParticipantsDoc:
    meeting: MeetingHeader
    segment_key: str
    audience: str
    rows: tuple[ParticipantRow, ...]
    contacts: bool = False  # print e-mail and telephone columns


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    start: datetime
    end: datetime
    body_es: str
    body_en: str
    title: str
    status: str
    colour: str = "#1f3d6d"
    title_en: str | None = None
    city: str | None = None
    country_es: str | None = None
    country_en: str | None = None


@dataclass(frozen=True, slots=True)
class CalendarDoc:
    year: int
    entries: tuple[CalendarEntry, ...]
    ppt_es: str | None = None
    ppt_en: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of paragraph text.

    ``change`` is "" for settled text, "add" for a proposed addition (underlined), "delete" for a
    proposed deletion (struck through); ``by`` names the proposing delegation; ``bracketed`` text has
    no consensus yet and prints between square brackets.
    """

    text: str
    change: str = ""
    by: str | None = None
    bracketed: bool = False


@dataclass(frozen=True, slots=True)
class TextParagraph:
    """A numbered paragraph of a negotiated document, in both languages when available."""

    number: str
    segments: tuple[Segment, ...]
    segments_en: tuple[Segment, ...] = ()
    status: str = "adopted"  # adopted | agreed | proposed | bracketed | agreed_ad_referendum | heading
    items: tuple[TextParagraph, ...] = ()
    notes: tuple[str, ...] = ()  # printed small under the paragraph (proposals that could not be placed)
    outdated_lang: str = ""  # the language whose text is a translation made from an older original

    @staticmethod
    def plain(number: str, text_es: str, text_en: str | None = None, *, status: str = "adopted") -> TextParagraph:
        return TextParagraph(number, (Segment(text_es),), (Segment(text_en),) if text_en else (), status=status)

    def text(self, lang: str) -> tuple[Segment, ...]:
        return in_lang(self.segments, self.segments_en, lang)


@dataclass(frozen=True, slots=True)
class TextSection:
    """A titled part of a document (the Declaration's body, the Decisions annex)."""

    title_es: str
    title_en: str
    paragraphs: tuple[TextParagraph, ...]
    preamble_es: str = ""
    preamble_en: str = ""
    role: str = ""  # "preamble" | "operative" | "annex" | "" (a titled part, e.g. a report's)


@dataclass(frozen=True, slots=True)
class NegotiatedDoc:
    """A document the drafting group produces: Declaration and Decisions, Conclusions,
    Recommendations, a network report, or a compilation text during negotiation."""

    kind: str  # declaration | conclusions | recommendations | network-report | compilation
    meeting: MeetingHeader
    title_es: str
    title_en: str
    sections: tuple[TextSection, ...]
    audience: str = "public"
    revision: int = 0
    revised_on: date | None = None
    symbol: str | None = None
    draft: bool = False  # not adopted yet: the first page says "Proyecto" / "Draft"
    adopted_on: date | None = None  # the adoption line and the date of issue
    extra: dict[str, str] = field(default_factory=dict)
    original_lang: str = ""  # the language the text was negotiated in, when the other is a translation

    def title(self, lang: str) -> str:
        return in_lang(self.title_es, self.title_en, lang)
