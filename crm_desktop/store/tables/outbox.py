"""The outbox of this laptop: every message drafted or sent to a focal point, with its outcome.

It is local (not synced): what this laptop sent is its own record, and the messages' bytes are kept
so that a failed delivery can be retried exactly as it was composed. The idempotency ``key`` is
unique: the same documents to the same recipient by the same transport are one row, so a message
that went out is never sent again by accident.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.schema import LOCAL, Base


class OutboxMessage(Base):
    __tablename__ = "outbox"
    __table_args__ = {"info": LOCAL}
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # idempotency key
    transport: Mapped[str] = mapped_column(String(8))  # eml | smtp
    status: Mapped[str] = mapped_column(String(12), index=True)  # drafted | sending | sent | failed
    meeting_id: Mapped[str | None] = mapped_column(String(32), default=None)
    person_id: Mapped[str | None] = mapped_column(String(32), default=None)
    recipient: Mapped[str] = mapped_column(String(200))
    recipient_name: Mapped[str] = mapped_column(String(200))
    country_id: Mapped[str | None] = mapped_column(String(2), default=None)
    subject: Mapped[str] = mapped_column(String(400))
    lang: Mapped[str] = mapped_column(String(10))
    message_id: Mapped[str] = mapped_column(String(200))
    attachments: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    withheld: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    eml_path: Mapped[str | None] = mapped_column(Text, default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
