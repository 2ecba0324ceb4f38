"""The between-meetings process from the command line: ``poa``, ``indicators``, ``progress-report`` and
``process-status`` (:mod:`.plan`), ``workplans`` and ``followup`` (:mod:`.actions`), ``budget`` and
``logistics`` (:mod:`.budget`), ``handover`` (:mod:`.handover`)."""

from __future__ import annotations

import argparse

AUDIENCE_HELP = "who may see the figures: secretariat (default) or members"


def money(text: str) -> int:
    """An argument's type: an amount, in cents."""
    from crm_desktop.domain.contributions import parse_money

    try:
        return parse_money(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an amount: {text}") from None


def money_cell(cents: int | None) -> str:
    from crm_desktop.domain.contributions import format_money

    return "" if cents is None else format_money(cents)
