"""Hybrid logical clock: orders changes across laptops without trusting wall clocks alone.

A timestamp is (wall milliseconds, counter, device id); its string form sorts in the same order,
so it can be stored and compared as text.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


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
    """Issues monotonically increasing timestamps for one device."""

    def __init__(self, device: str, *, last: Timestamp | None = None, now_ms: Callable[[], int] | None = None) -> None:
        self.device = device
        self._now = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0

    def tick(self) -> Timestamp:
        now = self._now()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._counter += 1
        return Timestamp(self._wall, self._counter, self.device)

    def observe(self, remote: Timestamp) -> None:
        """Move past a timestamp received from another device."""
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
        self._wall, self._counter = wall, counter
