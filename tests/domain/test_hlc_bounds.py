"""Clock bounds: far-future values are never adopted, the text form keeps its width, the merge rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.hlc import MAX_SKEW_MS, HybridClock, Timestamp, beyond, bound_prefix, older

NOW = 1_765_000_000_000
POISON = Timestamp.decode("9999999999999-999999-x")


def test_far_future_value_is_not_observed_nor_adopted() -> None:
    clock = HybridClock("st", now_ms=lambda: NOW)
    clock.observe(POISON)
    assert clock.tick().wall_ms == NOW
    restarted = HybridClock("st", last=POISON, now_ms=lambda: NOW)
    assert restarted.tick() == Timestamp(NOW, 0, "st")


def test_a_value_within_the_skew_is_observed() -> None:
    clock = HybridClock("st", now_ms=lambda: NOW)
    clock.observe(Timestamp(NOW + MAX_SKEW_MS, 5, "x"))
    assert clock.tick() == Timestamp(NOW + MAX_SKEW_MS, 7, "st")


def test_counter_carries_into_the_wall_clock() -> None:
    clock = HybridClock("st", last=Timestamp(NOW, 999_999, "st"), now_ms=lambda: NOW)
    ts = clock.tick()
    assert ts == Timestamp(NOW + 1, 0, "st") and len(ts.encode()) == len("0000000000000-000000-st")


def test_out_of_bounds_clock_counts_lowest() -> None:
    prefix = bound_prefix(NOW)
    legit = Timestamp(NOW, 0, "st").encode()
    assert beyond(POISON.encode(), prefix) and beyond("9999999999999-1000001-st", prefix)
    assert older(legit, POISON.encode(), prefix)  # the ST's later edit wins over a poisoned value
    assert not older(POISON.encode(), legit, prefix)  # and a poisoned value never wins


@given(st.lists(st.integers(0, 2 * MAX_SKEW_MS), min_size=2, max_size=6), st.randoms())
def test_winner_is_the_same_in_any_order(offsets: list[int], rnd) -> None:  # type: ignore[no-untyped-def]
    """Last writer wins under ``older`` is a total order: every application order picks one winner."""
    prefix = bound_prefix(NOW)
    stamps = [Timestamp(NOW + o, i, f"d{i}").encode() for i, o in enumerate(offsets)]

    def winner(order: list[str]) -> str:
        current = order[0]
        for s in order[1:]:
            if older(s, current, prefix):
                current = s
        return current

    shuffled = list(stamps)
    rnd.shuffle(shuffled)
    assert winner(stamps) == winner(shuffled)
