"""Permission checks of the between-meetings process's tables, applied to every imported changeset.

The ST's budget, the scale of contributions and the payments are figures for the ST and the member
countries: a changeset writing them under any other audience (public, so that it would travel to
observers) is refused on import, whoever signed it. The application's services already refuse such
a write locally; this closes the door to a changeset made elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm_desktop.domain.contributions import budget_audience
from crm_desktop.domain.messages import Message
from crm_desktop.sync.permissions import Author, register_permission_check

BUDGET_TABLES = ("st_budgets", "contribution_scales", "contribution_payments")


def _budget_audience(author: Author, _op: Mapping[str, Any]) -> Message | None:
    return budget_audience(author.audience).reason


for _table in BUDGET_TABLES:
    register_permission_check(f"table:{_table}", _budget_audience)
