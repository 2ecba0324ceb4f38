"""Closed lists of values that are not enums: what the window, the command line and the services offer.

One definition each, so that a new value appears everywhere it is offered (the command line builds its
choices from here).
"""

from __future__ import annotations

# The two languages of the process: every text exists in both.
LANGUAGES = ("es", "en")

# The PDF documents the workspace produces (``crm-desktop report KIND``, the Reports section).
REPORT_KINDS = (
    "agenda",
    "participants",
    "declaration",
    "conclusions",
    "recommendations",
    "network-report",
    "compilation",
    "calendar",
    "dossier",
)
REPORT_LANGS = (*LANGUAGES, "bilingual")
# The documents sent to a meeting's focal points: every kind but the year's calendar.
MAILED_REPORT_KINDS = tuple(k for k in REPORT_KINDS if k != "calendar")

# What a meeting's outcome is recorded as, each followed up as an action.
DECISION_KINDS = ("decision", "recommendation", "conclusion")

# The states of a message in the outbox that a user can ask for.
OUTBOX_STATUSES = ("drafted", "sending", "sent", "failed")

# What the chair does with a proposal to a negotiated text.
CHAIR_DECISIONS = ("accept", "reject", "bracket")
