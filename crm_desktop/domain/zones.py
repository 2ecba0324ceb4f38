"""Time zones in the meeting's terms: "hora de Ciudad de Guatemala (UTC−6)" / "Guatemala City time
(UTC−6)", never an IANA identifier such as ``America/Guatemala``.

Each zone of the reference countries is named by the city people know it by, in each language; a
zone not listed is named by the meeting's city, else by its identifier's city with spaces.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_desktop.domain.messages import Bilingual, msg

# The cities the zones of the CRM's member and observer countries are named after, Spanish and English.
ZONE_PLACES: dict[str, tuple[str, str]] = {
    "America/Argentina/Buenos_Aires": ("Buenos Aires", "Buenos Aires"),
    "America/Belize": ("Belmopán", "Belmopan"),
    "America/Bogota": ("Bogotá", "Bogotá"),
    "America/Cancun": ("Cancún", "Cancún"),
    "America/Chicago": ("Chicago", "Chicago"),
    "America/Costa_Rica": ("San José", "San José"),
    "America/Denver": ("Denver", "Denver"),
    "America/Edmonton": ("Edmonton", "Edmonton"),
    "America/El_Salvador": ("San Salvador", "San Salvador"),
    "America/Guatemala": ("Ciudad de Guatemala", "Guatemala City"),
    "America/Guayaquil": ("Quito", "Quito"),
    "America/Halifax": ("Halifax", "Halifax"),
    "America/Jamaica": ("Kingston", "Kingston"),
    "America/Lima": ("Lima", "Lima"),
    "America/Los_Angeles": ("Los Ángeles", "Los Angeles"),
    "America/Managua": ("Managua", "Managua"),
    "America/Mexico_City": ("Ciudad de México", "Mexico City"),
    "America/New_York": ("Washington D. C.", "Washington, D.C."),
    "America/Panama": ("Ciudad de Panamá", "Panama City"),
    "America/Santo_Domingo": ("Santo Domingo", "Santo Domingo"),
    "America/St_Johns": ("San Juan de Terranova", "St. John's"),
    "America/Tegucigalpa": ("Tegucigalpa", "Tegucigalpa"),
    "America/Tijuana": ("Tijuana", "Tijuana"),
    "America/Toronto": ("Ottawa", "Ottawa"),
    "America/Vancouver": ("Vancouver", "Vancouver"),
    "America/Winnipeg": ("Winnipeg", "Winnipeg"),
}


def utc_offset(zone: str | None, on: date) -> str:
    """ "UTC−6" for the zone on that day ("" when the zone is unknown)."""
    if not zone:
        return ""
    try:
        offset = datetime.combine(on, time(12)).replace(tzinfo=ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_place(zone: str, lang: str, city: str | None = None) -> str:
    """The city a zone is known by in ``lang``: the list above, else the meeting's city, else the
    identifier's last part ("America/Port_of_Spain" → "Port of Spain")."""
    if zone in ZONE_PLACES:
        return Bilingual(*ZONE_PLACES[zone]).render(lang)
    return city or zone.rsplit("/", 1)[-1].replace("_", " ")


def zone_name(zone: str | None, on: date, lang: str, city: str | None = None) -> str:
    """ "hora de Ciudad de Guatemala (UTC−6)" / "Guatemala City time (UTC−6)"; "" without a zone."""
    if not zone:
        return ""
    offset = utc_offset(zone, on)
    place = zone_place(zone, lang, city)
    code = "zone.named" if offset else "zone.named_no_offset"
    return msg(code, place=place, offset=offset).render(lang)
