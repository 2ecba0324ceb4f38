"""Translating a negotiated document paragraph by paragraph (ES↔EN), and what is left to translate.

A translation is recorded by the ST's translators, the Presidency or a delegation of the drafting
group (:func:`crm_desktop.domain.translations.may_translate`) with the digest and wording of the
original it was made from. Reading it back says whether it is up to date, outdated (the original
changed since: the words that changed are given as runs) or missing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.drafting.core import _change, _now, _paragraph, _paragraph_rows, _texts
from crm_desktop.app.drafting.views import DocumentView, document_view
from crm_desktop.app.errors import invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import translations as tr
from crm_desktop.domain.messages import Message, msg
from crm_desktop.drafting.compare import word_diff
from crm_desktop.drafting.negotiation import Run
from crm_desktop.store.tables.drafting import DraftDocument
from crm_desktop.store.tables.translations import DraftTranslation


@dataclass(frozen=True, slots=True)
class Translation:
    """A paragraph's translation into ``lang`` as it stands against the current original."""

    paragraph_id: str
    lang: str
    text: str
    state: tr.TranslationState
    delegation: str | None = None
    translated: str | None = None  # ISO timestamp (JSON)
    changes: tuple[Run, ...] = ()  # the original's words changed since (outdated only)

    @property
    def outdated(self) -> bool:
        return self.state == tr.TranslationState.OUTDATED

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"text": self.text, "outdated": self.outdated, "state": self.state.value}
        if self.outdated:
            out["changes"] = [{"text": r.text, "style": r.style.value} for r in self.changes]
        return out


def translate(ws: Workspace, document_id: str, paragraph_id: str, lang: str, text: str, *, actor: str) -> Translation:
    """Record (or replace) the translation of one paragraph into ``lang``; returns it as it stands."""
    fits = tr.text_fits(text)  # an empty or oversized text is bad input (exit 4), not a rule's refusal
    if fits.reason is not None:
        raise invalid(fits.reason)
    if lang not in tr.LANGUAGES:
        raise invalid(msg("translate.unknown_language", lang=lang[:8]))
    with ws.read() as s:
        language = get(s, DraftDocument, document_id, "draft").language
    with _change(ws, document_id, actor) as dc:
        dc.require(tr.target_language(language, lang))
        dc.require(tr.may_translate(dc.drafter, dc.facts))
        pid = _paragraph(dc, paragraph_id).id
        original = dc.text_of(pid)
        dc.ch.put(
            DraftTranslation,
            tr.translation_id(pid, lang),
            document_id=dc.doc.id,
            paragraph_id=pid,
            lang=lang,
            source_lang=language,
            text=text,
            source_digest=tr.digest(original),
            source_text=original,
            delegation=dc.drafter.delegation,
            person_id=dc.drafter.who.person_id,
            translated=_now(),
        )
    return Translation(pid, lang, text, tr.TranslationState.TRANSLATED, dc.drafter.delegation)


def _rows(s: Session, document_id: str, lang: str) -> dict[str, DraftTranslation]:
    q = select(DraftTranslation).where(DraftTranslation.document_id == document_id, DraftTranslation.lang == lang)
    return {t.paragraph_id: t for t in s.scalars(q)}


def _view(pid: str, lang: str, original: str, row: DraftTranslation | None) -> Translation:
    if row is None:
        return Translation(pid, lang, "", tr.TranslationState.MISSING)
    state = tr.state(original, row.source_digest, row.text)
    changes = tuple(word_diff(row.source_text, original)) if state == tr.TranslationState.OUTDATED else ()
    return Translation(pid, lang, row.text, state, row.delegation, row.translated.isoformat(), changes)


def translations(ws: Workspace, document_id: str) -> dict[str, dict[str, Translation]]:
    """Each live paragraph's translation into the document's other language: {paragraph: {lang: ...}}."""
    with ws.read() as s:
        doc = get(s, DraftDocument, document_id, "draft")
        lang = tr.other_language(doc.language)
        rows = _rows(s, doc.id, lang)
        texts = _texts(s, doc.id)
        paragraphs = [p.id for p in _paragraph_rows(s, doc.id)]
    return {pid: {lang: _view(pid, lang, texts.get(pid, ""), rows.get(pid))} for pid in paragraphs}


def status(ws: Workspace, document_id: str) -> tuple[str, tr.Counts]:
    """The target language and how many paragraphs are translated, outdated or missing in it."""
    found = translations(ws, document_id)
    states = [t.state for per in found.values() for t in per.values()]
    lang = next((lang for per in found.values() for lang in per), None)
    if lang is None:
        with ws.read() as s:
            lang = tr.other_language(get(s, DraftDocument, document_id, "draft").language)
    return lang, tr.counts(states)


def status_message(ws: Workspace, document_id: str) -> Message:
    lang, c = status(ws, document_id)
    return msg(
        "translate.status",
        lang=msg(f"translate.lang.{lang}"),
        translated=c.translated,
        outdated=c.outdated,
        missing=c.missing,
    )


def with_translations(ws: Workspace, document_id: str, data: dict[str, object]) -> dict[str, object]:
    """A document's JSON (``export_json``) with each paragraph's ``translations`` object added."""
    found = translations(ws, document_id)
    paragraphs = data.get("paragraphs")
    if isinstance(paragraphs, list):
        for p in paragraphs:
            if isinstance(p, dict):
                per = found.get(str(p.get("id")), {})
                p["translations"] = {lang: t.as_json() for lang, t in per.items()}
    return data


@dataclass(frozen=True, slots=True)
class TranslatedView:
    """A document view with every paragraph's text in ``lang``: the original's, or its translation."""

    view: DocumentView
    lang: str
    outdated: frozenset[str]  # paragraphs whose translation was made from an older original
    pending: frozenset[str]  # paragraphs not translated yet (their text is empty)
    original: str  # the language the document is written in

    @property
    def is_translation(self) -> bool:
        return self.lang != self.original


def translated_view(ws: Workspace, document_id: str, lang: str | None = None) -> TranslatedView:
    """The document in ``lang`` (None: its own language); the title is its title heading's translation."""
    view = document_view(ws, document_id)
    if lang is None or lang == view.language:
        return TranslatedView(view, view.language, frozenset(), frozenset(), view.language)
    found = translations(ws, document_id)
    rows, outdated, pending = [], set(), set()
    title = view.title
    for p in view.paragraphs:
        t = found.get(p.id, {}).get(lang)
        text = t.text if t is not None else ""
        if t is not None and t.outdated:
            outdated.add(p.id)
        if not text:
            pending.add(p.id)
        if p.section == "title" and p.text == view.title and text:
            title = text
        rows.append(replace(p, text=text, proposals=()))
    shown = replace(view, title=title, paragraphs=tuple(rows), new_paragraph_proposals=(), language=lang)
    return TranslatedView(shown, lang, frozenset(outdated), frozenset(pending), view.language)
