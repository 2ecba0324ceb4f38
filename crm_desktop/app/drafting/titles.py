"""A drafting document's title in the window's language, as its PDF in that language titles it
(``app.report_texts.from_drafting``): its own title in the language it is written in; in the other,
the translation of its title heading that repeats the title, else the standard title of its kind
("Conclusions", "Recommendations to the Vice-Ministers").
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.grammar import in_lang
from crm_desktop.store.tables.drafting import DraftDocument, DraftParagraph, DraftText
from crm_desktop.store.tables.translations import DraftTranslation


def titles_in(s: Session, documents: Iterable[DraftDocument], lang: str) -> dict[str, str]:
    """Each document's title in ``lang`` by document id."""
    docs = list(documents)
    translated: dict[tuple[str, str], str] = {}  # (document, original heading text) -> its translation
    wanted = [d.id for d in docs if d.language != lang]
    if wanted:
        rows = s.execute(
            select(DraftTranslation.document_id, DraftText.text, DraftTranslation.text)
            .join(DraftParagraph, DraftParagraph.id == DraftTranslation.paragraph_id)
            .join(DraftText, DraftText.id == DraftParagraph.id)
            .where(
                DraftTranslation.document_id.in_(wanted),
                DraftTranslation.lang == lang,
                DraftParagraph.section == "title",
                DraftParagraph.removed.is_(False),
            )
        )
        translated = {(doc_id, original): text for doc_id, original, text in rows if text}
    return {
        d.id: d.title if d.language == lang else translated.get((d.id, d.title)) or _standard(d, lang) for d in docs
    }


def _standard(doc: DraftDocument, lang: str) -> str:
    # imported when a title is missing only: they bring the PDF toolkit and the drafting services
    from crm_desktop.app.report_texts import KIND_OF
    from crm_desktop.reports.texts import TITLES

    return in_lang(*TITLES[KIND_OF.get(doc.doc_type, "declaration")], lang)
