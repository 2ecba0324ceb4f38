"""Numbers as people read them: the same separators in both languages, "12,500.50".

The CRM's Spanish is that of Mexico, Central America and the Dominican Republic, which group
thousands with a comma and mark decimals with a point, like English; Spain's "12.500,50" would read
as twelve and a half to most delegations. One form for both languages, as ``domain/dates.py`` writes
"18 nov 2026" in both, so that a figure copied from a Spanish table into an English one keeps its value.
Amounts of money: :func:`crm_desktop.domain.contributions.format_money`.
"""

from __future__ import annotations


def format_number(value: float, decimals: int = 2) -> str:
    """12500 → "12,500"; 12500.5 → "12,500.5"; 0.125 → "0.13": grouped, at most ``decimals`` decimals,
    no trailing zeros, never an exponent."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
