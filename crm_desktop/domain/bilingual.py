"""Records people type once but read in two languages: meeting titles, place names, position titles,
institutions and agenda presenters.

Pure functions over reference data (no database). A record keeps its Spanish text and, where one
was typed, its English text; what has a name of its own in the CRM (a role, a delegation, a usual
host city, a rank) is rendered from the reference data in each language; what has neither is
printed as typed, and a document in English says once that some names are given in Spanish only
(:data:`MISSING_NOTE`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.messages import Bilingual, msg
from crm_desktop.domain.numbering import from_roman
from crm_desktop.domain.protocol import RANKS, rank_title
from crm_desktop.domain.reference import countries, organisations
from crm_desktop.domain.vocabulary import both, pick

# The CRM's usual host cities: (Spanish, English). A city not listed is printed as typed (a proper name).
PLACES: tuple[tuple[str, str], ...] = (
    ("Ciudad de Panamá", "Panama City"),
    ("Ciudad de Guatemala", "Guatemala City"),
    ("Ciudad de México", "Mexico City"),
    ("Ciudad de Belice", "Belize City"),
    ("Belmopán", "Belmopan"),
    ("Washington D. C.", "Washington DC"),
    ("Ottawa", "Ottawa"),
    ("San José", "San José"),
    ("San Salvador", "San Salvador"),
    ("Tegucigalpa", "Tegucigalpa"),
    ("San Pedro Sula", "San Pedro Sula"),
    ("Managua", "Managua"),
    ("Santo Domingo", "Santo Domingo"),
    ("Antigua Guatemala", "Antigua Guatemala"),
    ("Cancún", "Cancun"),
    ("Puebla", "Puebla"),
    ("Tapachula", "Tapachula"),
    ("Tela", "Tela"),
    ("Roatán", "Roatan"),
    ("Kingston", "Kingston"),
    ("Belice", "Belize"),
    ("reunión virtual", "virtual meeting"),
)
_PLACE_KEYS: dict[str, tuple[str, str]] = {name.casefold(): pair for pair in PLACES for name in pair} | {
    "washington dc": PLACES[5],
    "washington d.c.": PLACES[5],
    "virtual": PLACES[-1],
}


def place_name(city: str | None, lang: str) -> str | None:
    """A city in ``lang`` ("Panama City" -> "Ciudad de Panamá"), whichever language it was typed in."""
    if not city:
        return city
    pair = _PLACE_KEYS.get(city.strip().casefold())
    if pair is None:
        return city
    return Bilingual(*pair).render(lang)


def acronym(name: str) -> str | None:
    """The acronym a name ends with in brackets: "International Organization for Migration (IOM)" -> "IOM"."""
    head, _, tail = name.rstrip().rpartition("(")
    return tail[:-1].strip() or None if head and tail.endswith(")") else None


# --- meeting titles ---------------------------------------------------------------------------

# the English name of a meeting of each body, for the default English title
_MEETING_EN = {
    "viceministers": "Vice-Ministerial Meeting",
    "grcm": "Meeting of the Regional Consultation Group on Migration",
    "network_trafficking": "Meeting of the Liaison Officers Network to Combat Trafficking in Persons and "
    "Migrant Smuggling",
    "network_consular": "Meeting of the Liaison Officers Network on Consular Protection",
    "networks_joint": "Joint Meeting of the Liaison Officers Networks",
    "seminar": "Regional Seminar",
}


def english_ordinal(n: int) -> str:
    """31 -> "31st", 12 -> "12th", 22 -> "22nd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def default_title_en(body_key: str, body_name_en: str, ordinal: str | None, city: str | None) -> str:
    """The English title of a meeting none was typed for: "31st Vice-Ministerial Meeting, Panama City".

    Built from the body, the ordinal (a Roman numeral, as the CRM numbers its Vice-Ministerial
    meetings; another ordinal such as "Extraordinaria" is left out) and the place in English.
    """
    name = _MEETING_EN.get(body_key) or f"Meeting of the {body_name_en}"
    number = None
    if ordinal:
        try:
            number = from_roman(ordinal)
        except ValueError:
            if ordinal.strip().casefold().startswith("extraordinari"):
                name = f"Special {name}"
    title = f"{english_ordinal(number)} {name}" if number else name
    where = place_name(city, "en")
    return f"{title}, {where}" if where else title


def meeting_title(
    title: str, title_en: str | None, body_key: str, body_name_en: str, ordinal: str | None, city: str | None, lang: str
) -> str:
    """A meeting's title as the window shows it in ``lang``: the Spanish as typed; in English the typed
    English title, else the default one (:func:`default_title_en`)."""
    return in_lang(title, title_en or default_title_en(body_key, body_name_en, ordinal, city), lang)


def record_in(es: str | None, en: str | None, lang: str) -> str:
    """A typed record (an institution, a document title) in ``lang``: its English where one was given,
    else as typed (a window shows what exists; documents say once what is missing)."""
    return pick(es, en, lang)[0]


# --- position titles --------------------------------------------------------------------------

_RANK_KEYS: dict[str, str] = {form.casefold(): key for key, forms in RANKS.items() for form in forms}


def rank_of_title(title: str | None) -> str | None:
    """The rank a typed position title names in either language ("Viceministro(a)", "Viceministra",
    "Vice-Minister" -> "vice_minister"); None when it is a title of its own."""
    if not title:
        return None
    return _RANK_KEYS.get(title.strip().casefold())


def position_title(title: str | None, title_en: str | None, gender: str | None, lang: str) -> tuple[str, bool]:
    """A person's position in ``lang``, in their grammatical gender when it is one of the CRM's ranks.

    Returns the text and whether the English was missing (the Spanish is printed instead, and the
    document says so once).
    """
    rank = rank_of_title(title) or rank_of_title(title_en)
    if rank is not None:
        return rank_title(rank, gender, lang), False
    return pick(title, title_en, lang)


# --- agenda presenters ------------------------------------------------------------------------

# The roles that present agenda items, by code: (Spanish, English)
PRESENTER_ROLES: dict[str, tuple[str, str]] = {
    "ppt": ("Presidencia Pro-Témpore", "Pro-Tempore Presidency"),
    "st": ("Secretaría Técnica", "Technical Secretariat"),
    "drafting": ("Grupo de Redacción", "Drafting group"),
    "members": ("Países Miembros", "Member countries"),
    "rrocm": (
        "Red Regional de Organizaciones Civiles para las Migraciones",
        "Regional Network of Civil Society Organisations for Migration",
    ),
    "networks": ("Redes de Funcionarios de Enlace", "Liaison Officers Networks"),
}
ROLE_PREFIX = "role:"
TEXT_PREFIX = "text:"


@dataclass(frozen=True, slots=True)
class Presenter:
    """Who presents an agenda item: a role of the CRM, a delegation (its code) or free text."""

    kind: str  # "role" | "delegation" | "text"
    value: str

    def stored(self) -> str:
        if self.kind == "role":
            return ROLE_PREFIX + self.value
        if self.kind == "text":
            return TEXT_PREFIX + self.value
        return self.value


def parse_presenter(value: str | None, delegations: Mapping[str, tuple[str, str]]) -> Presenter | None:
    """What a stored or typed presenter names. ``delegations`` maps a delegation's code to its names
    (Spanish, English). A role or a delegation typed by its name in either language becomes its code;
    anything else is free text."""
    text = (value or "").strip()
    if not text:
        return None
    if text.startswith(ROLE_PREFIX) and text[len(ROLE_PREFIX) :] in PRESENTER_ROLES:
        return Presenter("role", text[len(ROLE_PREFIX) :])
    if text.startswith(TEXT_PREFIX):
        return Presenter("text", text[len(TEXT_PREFIX) :].strip())
    if text in delegations:
        return Presenter("delegation", text)
    folded = text.casefold()
    for key, names in PRESENTER_ROLES.items():
        if folded in (n.casefold() for n in names):
            return Presenter("role", key)
    for code, names in delegations.items():
        if folded in (n.casefold() for n in names):
            return Presenter("delegation", code)
    return Presenter("text", text)


def normalise_presenter(value: str | None, delegations: Mapping[str, tuple[str, str]]) -> str | None:
    """The stored form of a typed presenter: a role or delegation code, or ``text:`` and the text."""
    who = parse_presenter(value, delegations)
    return who.stored() if who else None


@cache
def reference_delegations() -> dict[str, tuple[str, str]]:
    """The reference data's delegations (countries and organisations) by code, with their names."""
    names = {o.key: (o.name_es, o.name_en) for o in organisations()}
    return names | {c.code: (c.name_es, c.name_en) for c in countries()}


def presenter_label(value: str | None, lang: str) -> str:
    """A stored presenter as the window shows it: a role or delegation by its name in ``lang``, a free
    text marked as such."""
    who = parse_presenter(value, reference_delegations())
    if who is None:
        return ""
    if who.kind == "text":
        return msg("presenter.free_text", text=who.value).render(lang)
    return presenter_name(value, reference_delegations(), lang)


def presenter_name(value: str | None, delegations: Mapping[str, tuple[str, str]], lang: str) -> str:
    """A presenter as a document in ``lang`` prints it (free text as typed; "" for none)."""
    who = parse_presenter(value, delegations)
    if who is None:
        return ""
    if who.kind == "role":
        es, en = PRESENTER_ROLES[who.value]
    elif who.kind == "delegation":
        es, en = delegations[who.value]
    else:
        return who.value
    return both(es, en, lang)
