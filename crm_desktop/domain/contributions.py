"""The Technical Secretariat's budget and the member countries' contributions.

Seed, E: the ST "tiene un presupuesto anual aprobado por los Viceministros/as el cual se cubre con los
aportes de los Países Miembros con base en una escala de contribuciones predefinida."

Money is held in integer cents and scale shares in basis points (1/100 of a per cent), so that the
expected contributions add up to the budget exactly, cent for cent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.rules import ALLOWED, Verdict, refuse

FULL_SCALE = 10_000  # basis points in 100 %


@dataclass(frozen=True, slots=True)
class Scale:
    """A scale of contributions, applying from ``from_year`` until a newer scale starts."""

    from_year: int
    shares: Mapping[str, int]  # country code -> basis points


def validate_scale(shares: Mapping[str, int], members: Iterable[str]) -> Verdict:
    """A scale covers member countries only, with non-negative shares adding up to 100 %.

    The budget "se cubre con los aportes de los Países Miembros" (seed, E): observers do not contribute.
    """
    member_set = set(members)
    outsiders = sorted(set(shares) - member_set)
    if outsiders:
        return refuse(msg("budget.scale_not_member", countries=", ".join(outsiders)))
    if any(v < 0 for v in shares.values()):
        return refuse(msg("budget.scale_negative"))
    total = sum(shares.values())
    if total != FULL_SCALE:
        return refuse(msg("budget.scale_total", total=f"{total / 100:.2f}"))
    return ALLOWED


def scale_for(scales: Sequence[Scale], year: int) -> Scale | None:
    """The scale in force in ``year``: the newest one whose first year is not later."""
    applicable = [s for s in scales if s.from_year <= year]
    return max(applicable, key=lambda s: s.from_year) if applicable else None


def expected_contributions(budget_cents: int, scale: Scale) -> dict[str, int]:
    """Each country's share of the budget, in cents, adding up to the budget exactly.

    Shares are rounded down, then the cents left over go to the largest remainders (ties broken by
    country code, so every laptop computes the same figures).
    """
    if budget_cents < 0:
        raise ValueError("negative budget")
    raw = {c: budget_cents * bp for c, bp in scale.shares.items()}
    base = {c: v // FULL_SCALE for c, v in raw.items()}
    left = budget_cents - sum(base.values())
    by_remainder = sorted(raw, key=lambda c: (-(raw[c] % FULL_SCALE), c))
    for c in by_remainder[:left]:
        base[c] += 1
    return base


@dataclass(frozen=True, slots=True)
class CountryYear:
    """Expected against paid for one country and one budget year."""

    country: str
    year: int
    expected: int
    paid: int
    due: date

    @property
    def balance(self) -> int:
        """What is still owed (negative: paid in excess)."""
        return self.expected - self.paid

    def in_arrears(self, as_of: date) -> bool:
        return self.balance > 0 and as_of > self.due


# The seed sets no payment date; the ST's practice assumed here is payment within the first half of the
# budget year, so that the second half's activities are financed. One constant, used everywhere.
DUE_MONTH, DUE_DAY = 6, 30


def due_date(year: int) -> date:
    """The date by which a year's contribution is due."""
    return date(year, DUE_MONTH, DUE_DAY)


def standings(
    budgets: Mapping[int, int],
    scales: Sequence[Scale],
    payments: Iterable[tuple[str, int, int]],
) -> list[CountryYear]:
    """Expected vs paid per country and year, for every year with an approved budget.

    ``payments`` are (country, year the payment is for, cents).
    """
    paid: dict[tuple[str, int], int] = {}
    for country, year, cents in payments:
        paid[(country, year)] = paid.get((country, year), 0) + cents
    out: list[CountryYear] = []
    for year in sorted(budgets):
        scale = scale_for(scales, year)
        if scale is None:
            continue
        for country, expected in sorted(expected_contributions(budgets[year], scale).items()):
            out.append(CountryYear(country, year, expected, paid.get((country, year), 0), due_date(year)))
    return out


def arrears(rows: Iterable[CountryYear], as_of: date) -> dict[str, int]:
    """Per country, the sum still owed for years already due at ``as_of`` (countries owing nothing omitted)."""
    out: dict[str, int] = {}
    for r in rows:
        if r.in_arrears(as_of):
            out[r.country] = out.get(r.country, 0) + r.balance
    return out


BUDGET_AUDIENCES = frozenset({Audience.SECRETARIAT, Audience.MEMBERS})


def budget_audience(audience: str) -> Verdict:
    """Budget figures stay with the member countries and the ST: never public, never for observers.

    Seed, A: in the closed-door meeting "se toman decisiones respecto a asuntos administrativos y
    financieros relacionados con la Secretaría Técnica"; seed, C: the GRCM "examina cuestiones
    administrativas y presupuestarias relacionadas con la Secretaría Técnica".
    """
    if audience not in {a.value for a in BUDGET_AUDIENCES}:
        return refuse(msg("budget.audience", audience=audience))
    return ALLOWED


def budget_approval(body_key: str) -> Verdict:
    """Seed, E: the ST's annual budget is "aprobado por los Viceministros/as"."""
    if body_key != "viceministers":
        return refuse(msg("budget.not_vm"))
    return ALLOWED


def parse_money(text: str) -> int:
    """``"125000.50"`` → 12500050 cents; refuses more than two decimals and negative amounts."""
    t = text.strip().replace(",", "")
    if not t or t.startswith("-"):
        raise ValueError(text)
    whole, _, frac = t.partition(".")
    if not whole.isdigit() and whole != "":
        raise ValueError(text)
    if frac and (not frac.isdigit() or len(frac) > 2):
        raise ValueError(text)
    return int(whole or "0") * 100 + int((frac + "00")[:2])


def format_money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    c = abs(cents)
    return f"{sign}{c // 100:,}.{c % 100:02d}"


def parse_share(text: str) -> int:
    """``"12.5"`` (per cent) → 1250 basis points."""
    t = text.strip()
    whole, _, frac = t.partition(".")
    if not whole.isdigit() or (frac and (not frac.isdigit() or len(frac) > 2)):
        raise ValueError(text)
    return int(whole) * 100 + int((frac + "00")[:2])


def positive_amount(amount_cents: int) -> Verdict:
    """A budget or a payment is an amount of money, never zero or negative."""
    return ALLOWED if amount_cents > 0 else refuse(msg("budget.bad_amount", text=format_money(amount_cents)))


def payment(country: str, amount_cents: int, members: Iterable[str]) -> Verdict:
    """Contributions are paid by the member countries (the scale is theirs), in a positive amount."""
    if country not in set(members):
        return refuse(msg("budget.not_member_payment", country=country))
    return positive_amount(amount_cents)
