"""Every printed document by the data it is printed from: its metadata (title, symbol, audience)
without its story, what a list of documents shows, and its story, what is printed.

Both come from the same ``*_info`` function of each kind (each ``*_story`` starts from its
``*_info``), so a title offered in a list is the title printed; a dossier is as confidential as its
most confidential part. :func:`is_blank` is the "nothing to print" check: such a document is refused
rather than printed as an official-looking empty page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from crm_desktop.domain.model import Audience, narrowest
from crm_desktop.reports import texts
from crm_desktop.reports.agenda import agenda_info, agenda_story
from crm_desktop.reports.base import DocumentInfo
from crm_desktop.reports.calendar import calendar_info, calendar_story
from crm_desktop.reports.data import AgendaDoc, CalendarDoc, NegotiatedDoc, ParticipantsDoc
from crm_desktop.reports.dossier import DossierDoc, DossierPart, dossier_info, dossier_story
from crm_desktop.reports.participants import participants_info, participants_story

Printable = AgendaDoc | ParticipantsDoc | CalendarDoc | NegotiatedDoc | DossierDoc


def is_blank(doc: Printable) -> bool:
    """Nothing to print: no agenda item, no participant, no meeting in the year, no paragraph, no part."""
    if isinstance(doc, AgendaDoc | CalendarDoc):
        return not doc.entries
    if isinstance(doc, ParticipantsDoc):
        return not doc.rows
    if isinstance(doc, NegotiatedDoc):
        return texts.is_empty(doc)
    return not doc.parts


def document_info(doc: Printable, lang: str) -> DocumentInfo:
    """The document's metadata in ``lang``, without building its story."""
    if isinstance(doc, AgendaDoc):
        return agenda_info(doc, lang)
    if isinstance(doc, ParticipantsDoc):
        return participants_info(doc, lang)
    if isinstance(doc, CalendarDoc):
        return calendar_info(doc, lang)
    if isinstance(doc, NegotiatedDoc):
        return texts.text_info(doc, lang)
    return dossier_info(doc.meeting, lang, audience=dossier_audience(doc, lang))


def dossier_audience(doc: DossierDoc, lang: str) -> str:
    """The narrowest audience of the dossier's parts (public when it has none)."""
    return narrowest(Audience.PUBLIC, *(document_info(part, lang).audience for part in doc.parts)).value


def document_story(doc: Printable, lang: str) -> tuple[DocumentInfo, list[Flowable]]:
    """The document's metadata and Platypus story in ``lang``."""
    if isinstance(doc, AgendaDoc):
        return agenda_story(doc, lang)
    if isinstance(doc, ParticipantsDoc):
        return participants_story(doc, lang)
    if isinstance(doc, CalendarDoc):
        return calendar_story(doc, lang)
    if isinstance(doc, NegotiatedDoc):
        return texts.text_story(doc, lang)
    parts = [DossierPart(*document_story(part, lang)) for part in doc.parts]
    return dossier_story(doc.meeting, parts, lang, audience=dossier_audience(doc, lang))
