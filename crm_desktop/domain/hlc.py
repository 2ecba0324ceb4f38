"""Hybrid logical clock: orders changes across laptops without trusting wall clocks alone.

A timestamp is (wall milliseconds, counter, device id); its string form sorts in the same order,
so it can be stored and compared as text.

Clocks are bounded: a timestamp more than :data:`MAX_SKEW_MS` (24 hours) beyond this laptop's wall
clock is *out of bounds*. Such a value is never adopted by the local clock (neither from the log at
start-up nor from an imported change), a bundle that brings one is refused, and a field whose stored
clock is out of bounds (written before these checks existed) counts as older than any clock within
bounds, so the next genuine edit wins on every laptop. The counter never grows past six digits: it
carries into the wall milliseconds instead, so the text form keeps its fixed width and its order.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_SKEW_MS = 24 * 60 * 60 * 1000  # how far ahead of this laptop's wall clock a change's clock may be
MAX_COUNTER = 999_999  # six digits in the text form
_WALL_DIGITS = 13


def wall_ms() -> int:
    """This laptop's wall clock in milliseconds (the one place that reads it, so tests can set it)."""
    return time.time_ns() // 1_000_000


def bound_prefix(now_ms: int | None = None) -> str:
    """The highest wall-clock prefix (13 digits) a timestamp within bounds may have at ``now_ms``."""
    limit = (wall_ms() if now_ms is None else now_ms) + MAX_SKEW_MS
    return f"{min(limit, 10**_WALL_DIGITS - 1):0{_WALL_DIGITS}d}"


def beyond(hlc: str, prefix: str) -> bool:
    """Whether the encoded timestamp ``hlc`` is out of bounds against :func:`bound_prefix` ``prefix``."""
    return hlc[:_WALL_DIGITS] > prefix


def older(new: str, current: str, prefix: str) -> bool:
    """Whether a field's ``current`` clock loses to ``new`` (last writer wins; out of bounds counts lowest)."""
    if beyond(current, prefix):
        return not beyond(new, prefix) or new > current
    return new > current and not beyond(new, prefix)


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:06d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


class HybridClock:
    """Issues monotonically increasing timestamps for one device, never beyond the skew bound."""

    def __init__(self, device: str, *, last: Timestamp | None = None, now_ms: Callable[[], int] | None = None) -> None:
        self.device = device
        self._now = now_ms or wall_ms
        self._wall, self._counter = 0, 0
        if last is not None and self._within(last):  # a poisoned value left in the log is not adopted
            self._wall, self._counter = last.wall_ms, min(last.counter, MAX_COUNTER)

    def _within(self, ts: Timestamp) -> bool:
        return ts.wall_ms <= self._now() + MAX_SKEW_MS

    def _set(self, wall: int, counter: int) -> None:
        if counter > MAX_COUNTER:  # carry, so that the text form keeps six digits and sorts right
            wall, counter = wall + 1, 0
        self._wall, self._counter = wall, counter

    def tick(self) -> Timestamp:
        now = self._now()
        if self._wall > now + MAX_SKEW_MS:  # dragged out of bounds earlier: such values count lowest anyway
            self._wall, self._counter = 0, 0
        if now > self._wall:
            self._set(now, 0)
        else:
            self._set(self._wall, self._counter + 1)
        return Timestamp(self._wall, self._counter, self.device)

    def observe(self, remote: Timestamp) -> None:
        """Move past a timestamp received from another device; one beyond the skew bound is ignored."""
        if not self._within(remote):
            return
        now = self._now()
        wall = max(self._wall, remote.wall_ms, now)
        if wall == self._wall == remote.wall_ms:
            counter = max(self._counter, remote.counter) + 1
        elif wall == self._wall:
            counter = self._counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._set(wall, counter)
