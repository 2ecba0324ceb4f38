"""Conflicts in people's words, for the Sync section and the command line alike.

A conflict row says "meetings | 83cd70ce… | venue | Sala B | Sala A". This service tells the same
thing as a person would: the meeting's title rather than its id, the field's label rather than its
column, and for each value who wrote it (the person acting, else the laptop's owner), for which
delegation, when (the change's own clock, in the reader's time zone and language) and on which
laptop — e.g. *Venue of “XXXI Reunión Viceministerial”: “Sala B” (María Pérez, Costa Rica,
12 Nov 2026 10:14, laptop of María Pérez) replaced “Sala A” (…)*.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.chair import country_label
from crm_desktop.app.sync import ConflictEntry, conflicts_list
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.dates import short_when
from crm_desktop.domain.hlc import Timestamp
from crm_desktop.domain.messages import CATALOGUE, Bilingual, Message, msg
from crm_desktop.store.schema import Base, Changeset, Organisation, Person
from crm_desktop.store.tables.sync import SyncDevice

# The column that names a row of a table, for the tables people talk about by name.
NAMING_COLUMNS = ("title", "name", "label", "heading")
DATE_FIELDS = frozenset({"start", "end", "accredited_on", "date", "due"})


@dataclass(frozen=True)
class ChangeBy:
    """One side of a conflict: the value and who wrote it, when and where."""

    value: str
    person: str
    delegation: str  # "" when unknown
    when: str
    laptop: str
    text: str  # "María Pérez, Costa Rica, 12 nov 2026 10:14, laptop de María Pérez"


@dataclass(frozen=True)
class ConflictStory:
    id: int
    what: str  # "Sede de «XXXI Reunión Viceministerial»"
    kept: ChangeBy
    lost: ChangeBy
    text: str  # the whole sentence
    resolved: bool


def conflict_stories(ws: Workspace, lang: str, *, include_resolved: bool = False) -> list[ConflictStory]:
    """Every conflict (unresolved unless asked), told in ``lang``; runs off the UI thread."""
    entries = conflicts_list(ws, include_resolved=include_resolved)
    if not entries:
        return []
    with ws.read() as s:
        return [_story(s, c, lang) for c in entries]


def conflict_story(session: Session, conflict: ConflictEntry, lang: str) -> ConflictStory:
    """One conflict told in ``lang`` (for a caller that already holds a session)."""
    return _story(session, conflict, lang)


def _story(s: Session, c: ConflictEntry, lang: str) -> ConflictStory:
    what = msg("conflict.what", field=_field_label(c.entity, c.field), subject=_subject(s, c.entity, c.row_id))
    kept = _change_by(s, c.kept_hlc, _value(c.field, c.kept_value, lang), lang)
    lost = _change_by(s, c.lost_hlc, _value(c.field, c.lost_value, lang), lang)
    text = msg("conflict.story", what=what, kept=kept.value, kept_by=kept.text, lost=lost.value, lost_by=lost.text)
    return ConflictStory(c.id, what.render(lang), kept, lost, text.render(lang), c.resolved)


def _field_label(entity: str, field_name: str) -> Message:
    code = f"field.{entity}.{field_name}"
    return msg(code) if code in CATALOGUE else msg("conflict.field_other", field=field_name.replace("_", " "))


def _subject(s: Session, entity: str, row_id: str) -> Message:
    table = Base.metadata.tables.get(entity)
    if table is not None and "id" in table.c:
        for column in NAMING_COLUMNS:
            if column in table.c:
                title = s.execute(select(table.c[column]).where(table.c.id == row_id)).scalar()
                if title:
                    return msg("conflict.subject_titled", title=str(title))
                break
    code = f"table.{entity}"
    kind: object = msg(code) if code in CATALOGUE else entity
    return msg("conflict.subject_row", table=kind, id=row_id[:8])


def _value(field_name: str, value: object, lang: str) -> str:
    if value is None or value == "":
        return msg("conflict.empty").render(lang)
    if field_name in DATE_FIELDS and isinstance(value, str):
        try:
            return short_when(value, lang)
        except ValueError:
            return value
    return str(value)


def _change_by(s: Session, hlc: str, value: str, lang: str) -> ChangeBy:
    try:
        stamp = Timestamp.decode(hlc)
    except ValueError:
        stamp = None
    device_id = stamp.device if stamp else ""
    when = ""
    if stamp is not None:
        moment = datetime.fromtimestamp(stamp.wall_ms / 1000, UTC).astimezone().replace(tzinfo=None)
        when = short_when(moment, lang)
    device = s.get(SyncDevice, device_id) if device_id else None
    author = s.scalar(select(Changeset.author).where(Changeset.hlc == hlc).limit(1))
    person = s.get(Person, author) if author else None
    laptop = device.person_name if device else msg("conflict.unknown_laptop", device=device_id[:8]).render(lang)
    if person is not None:
        who, delegation = person.name, _delegation(s, person.country_id, person.organisation_id, lang)
    elif device is not None:
        who, delegation = device.person_name, _delegation(s, device.country_id, device.organisation, lang)
    else:
        who, delegation = msg("conflict.someone").render(lang), ""
    if delegation:
        text = msg("conflict.by", person=who, delegation=delegation, when=when, laptop=laptop)
    else:
        text = msg("conflict.by_alone", person=who, when=when, laptop=laptop)
    return ChangeBy(value, who, delegation, when, laptop, text.render(lang))


def _delegation(s: Session, country_id: str | None, organisation: str | None, lang: str) -> str:
    if country_id:
        return country_label(country_id).render(lang)
    if organisation:
        org = s.get(Organisation, organisation)
        return Bilingual(org.name_es, org.name_en).render(lang) if org is not None else organisation
    return ""
