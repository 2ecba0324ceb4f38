"""Translations of negotiated documents' paragraphs (ES↔EN): one synced row per paragraph and language.

A row is an ordinary record merged field by field (last writer wins by hybrid clock; a concurrently
overwritten translation is kept in the conflict list), with the digest and wording of the original
it was made from, so a later change of the original marks it outdated and shows the words changed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.drafting import permissions as names
from crm_desktop.store.schema import Base


class DraftTranslation(Base):
    __tablename__ = names.TRANSLATIONS
    id: Mapped[str] = mapped_column(String(48), primary_key=True)  # paragraph id ":" language
    document_id: Mapped[str] = mapped_column(ForeignKey("drafting_documents.id"), index=True)
    paragraph_id: Mapped[str] = mapped_column(String(32), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    source_lang: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text, default="")
    source_digest: Mapped[str] = mapped_column(String(64))
    source_text: Mapped[str] = mapped_column(Text, default="")
    delegation: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[str | None] = mapped_column(String(32), default=None)
    translated: Mapped[datetime] = mapped_column(DateTime)
