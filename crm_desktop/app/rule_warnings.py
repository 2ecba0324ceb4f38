"""Every rule warning of the workspace in one list, each with the sentence of the text it applies.

The window shows warnings beside each meeting and year; ``crm-desktop warnings`` and ``check`` list the
same ones, computed by the same rules (:func:`crm_desktop.app.meetings.warnings_in` and
:func:`crm_desktop.domain.rules.yearly_count_warnings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from crm_desktop.app import meetings
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import rules
from crm_desktop.domain.messages import Message
from crm_desktop.domain.rule_sources import RuleSource, source_of
from crm_desktop.store.schema import Meeting


@dataclass(frozen=True, slots=True)
class RuleWarning:
    message: Message
    year: int
    meeting_id: str | None = None
    meeting_title: str | None = None

    @property
    def rule(self) -> str:
        return self.message.code

    @property
    def source(self) -> RuleSource | None:
        return source_of(self.message.code)

    def as_dict(self, lang: str) -> dict[str, Any]:
        src = self.source
        return {
            "rule": self.rule,
            "year": self.year,
            "meeting": self.meeting_id,
            "meeting_title": self.meeting_title,
            "message": self.message.render(lang),
            "source": src.message().render(lang) if src else None,
        }


def list_warnings(ws: Workspace, *, year: int | None = None, meeting_id: str | None = None) -> list[RuleWarning]:
    """The warnings of one meeting, of one year (its meetings and its frequency), or of everything."""
    config = ws.config
    out: list[RuleWarning] = []
    with ws.read() as s:
        if meeting_id is not None:
            meeting_id = get(s, Meeting, meeting_id, "meeting").id
        per_meeting = meetings.warnings_in(s, config, meeting_id)
        rows = s.connection().execute(select(Meeting.id, Meeting.title, Meeting.start, Meeting.body_id)).all()
    by_id = {r.id: r for r in rows}
    for mid in sorted(per_meeting, key=lambda m: (by_id[m].start, by_id[m].title)):
        row = by_id[mid]
        if year is not None and row.start.year != year:
            continue
        out += [RuleWarning(w, row.start.year, mid, row.title) for w in per_meeting[mid]]
    if meeting_id is None:
        facts = [rules.MeetingFacts(id=r.id, body=r.body_id, start=r.start.date(), end=r.start.date()) for r in rows]
        years = sorted({r.start.year for r in rows} if year is None else {year})
        for y in years:
            out += [RuleWarning(w, y) for w in rules.yearly_count_warnings(config, facts, y)]
    # By year; within a year the year's own warnings first, then its meetings in date order (stable sort).
    return sorted(out, key=lambda w: (w.year, w.meeting_id is not None))
