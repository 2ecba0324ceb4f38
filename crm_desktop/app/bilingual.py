"""Bilingual records: the English title of a meeting, a person's position and institution in English,
a focal point's institution in English, and agenda presenters named by a code.

The window's dialogs and ``crm-desktop english`` set them; the documents read them through
:func:`meeting_title_en` and :func:`delegation_names` (see ``domain.bilingual`` for the rendering).
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.errors import invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.bilingual import default_title_en, meeting_title, normalise_presenter, presenter_name
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.reference import ProcessConfig
from crm_desktop.store.schema import Country, FocalPoint, Meeting, Organisation, Person


def english_text(value: str | None, limit: int) -> str | None:
    """A typed English text as it is stored: stripped, None when empty; refused when longer than the
    column or carrying control characters (a forged bundle or script is bad input, exit 4)."""
    if value is None:
        return None
    text = value.strip()
    if len(text) > limit:
        raise invalid(msg("invalid.text_too_long", length=len(text), limit=limit))
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise invalid(msg("invalid.text_control"))
    return text or None


def delegation_names(session: Session) -> dict[str, tuple[str, str]]:
    """Every delegation's code (country or organisation) with its Spanish and English names."""
    # Plain rows on the session's connection, without the ORM's per-row work: reference rows are
    # written only by the applier, so there is never anything pending to flush.
    conn = session.connection()
    names = {
        r[0]: (r[1], r[2]) for r in conn.execute(select(Organisation.id, Organisation.name_es, Organisation.name_en))
    }
    return names | {r[0]: (r[1], r[2]) for r in conn.execute(select(Country.id, Country.name_es, Country.name_en))}


def meeting_title_en(
    config: ProcessConfig, body_id: str, title_en: str | None, ordinal: str | None, city: str | None
) -> str:
    """A meeting's English title: the typed one, else built from its body, ordinal and place."""
    if title_en:
        return title_en
    return default_title_en(body_id, config.body(body_id).name_en, ordinal, city)


def shown_title(config: ProcessConfig, m: Meeting, lang: str) -> str:
    """A meeting's title as the window shows it in ``lang`` (``domain.bilingual.meeting_title``)."""
    body = config.body(m.body_id)
    return meeting_title(m.title, m.title_en, body.key, body.name_en, m.ordinal, m.city, lang)


def set_meeting_english(ws: Workspace, meeting_id: str, *, title: str | None) -> None:
    """Record (or with "" clear) a meeting's English title."""
    text = english_text(title or "", 300)
    with ws.change(Audience.PUBLIC) as ch:
        ch.put(Meeting, get(ch.session, Meeting, meeting_id, "meeting").id, title_en=text)


def set_person_english(ws: Workspace, person_id: str, *, title: str | None, institution: str | None) -> None:
    """Record a person's position and institution in English (None: unchanged; "": cleared)."""
    fields = {
        k: english_text(v, limit)
        for k, v, limit in (("title_en", title, 120), ("institution_en", institution, 200))
        if v is not None
    }
    if not fields:
        raise invalid(msg("invalid.english_nothing"))
    with ws.change(Audience.MEMBERS) as ch:
        ch.put(Person, get(ch.session, Person, person_id, "person").id, **fields)


def set_focal_point_english(ws: Workspace, focal_point_id: str, *, institution: str) -> None:
    """Record the English name of a focal point's institution."""
    text = english_text(institution, 200)
    with ws.change(Audience.MEMBERS) as ch:
        ch.put(FocalPoint, get(ch.session, FocalPoint, focal_point_id, "focal_point").id, institution_en=text)


def stored_presenter(session: Session, typed: str | None) -> str | None:
    """A typed presenter as stored: a role or delegation named in either language becomes its code.
    No presenter typed: nothing is read."""
    if not (typed or "").strip():
        return None
    return normalise_presenter(typed, delegation_names(session))


def presenter_label(ws: Workspace, value: str | None, lang: str) -> str:
    """A stored presenter in ``lang`` (a free text as typed)."""
    with ws.read() as s:
        return presenter_name(value, delegation_names(s), lang)
