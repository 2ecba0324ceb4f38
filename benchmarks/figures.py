"""The issue's figures, read from the printed output of each benchmark script, for ``benchmarks/run.py``.

Each script stays runnable on its own and prints its own lines; here a regular expression per figure
reads the value (and its floor, measured by the same script in the same run) from that output, so
the one table of ``run.py`` and the scripts cannot disagree. A line no longer printed as expected
shows as "not read" in the table rather than failing the whole run.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

NUM = r"([\d.]+)"


@dataclass
class Figure:
    name: str
    target: float
    unit: str  # "x": a ratio against the floor; "ms", "MiB": an absolute value
    values: list[float] = field(default_factory=list)  # one per run
    details: list[str] = field(default_factory=list)  # what the value is made of, one per run

    def add(self, value: float, detail: str = "") -> None:
        self.values.append(value)
        self.details.append(detail)

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None

    def cells(self) -> tuple[str, str, str, str, str, str]:
        """(figure, median (range), runs, target, verdict, what each run measured)."""
        m = self.median
        fmt = "{:.2f}x" if self.unit == "x" else "{:.0f} " + self.unit
        if m is None:
            return self.name, "not read", "0", "≤ " + fmt.format(self.target), "?", ""
        spread = f" ({fmt.format(min(self.values))}–{fmt.format(max(self.values))})" if len(self.values) > 1 else ""
        verdict = "ok" if m <= self.target else "over"
        detail = "; ".join(d for d in self.details if d)
        return self.name, fmt.format(m) + spread, str(len(self.values)), "≤ " + fmt.format(self.target), verdict, detail


def ratio_of(text: str, value_re: str, floor_re: str) -> tuple[float, str] | None:
    v, f = re.search(value_re, text, re.M), re.search(floor_re, text, re.M)
    if not v or not f or float(f.group(1)) <= 0:
        return None
    return float(v.group(1)) / float(f.group(1)), f"{v.group(1)} vs {f.group(1)}"


def value_of(text: str, value_re: str) -> tuple[float, str] | None:
    v = re.search(value_re, text, re.M)
    return (float(v.group(1)), "") if v else None


# figure name -> (target, unit, reader of one script's output)
Reader = Callable[[str], "tuple[float, str] | None"]


def section_stalls(text: str) -> tuple[float, str] | None:
    """The worst of the first shows of every section: the slot itself or the longest stall after it."""
    shows = re.findall(rf"^show (\S+): {NUM} ms in the slot .*longest {NUM} ms", text, re.M)
    if not shows:
        return None
    worst = max(shows, key=lambda s: max(float(s[1]), float(s[2])))
    return max(float(worst[1]), float(worst[2])), f"worst: {worst[0]}"


SCRIPTS: dict[str, dict[str, tuple[float, str, Reader]]] = {
    "gui": {
        "first usable window vs a bare PySide6 window": (
            2.0,
            "x",
            lambda t: ratio_of(
                t, rf"calendar with meetings:\s+{NUM} ms", rf"bare PySide6 window \(floor\):\s+{NUM} ms"
            ),
        ),
        "whole start (--smoke: usable, warnings shown) vs bare window": (
            3.0,
            "x",
            lambda t: ratio_of(t, rf"crm-desktop --smoke:\s+{NUM} ms", rf"bare PySide6 window:\s+{NUM} ms"),
        ),
    },
    "cli_read": {
        "CLI read `meetings list --json` vs sqlite3 in a fresh interpreter": (
            4.0,
            "x",
            lambda t: ratio_of(t, rf"^meetings list --json: {NUM} ms", rf"^meetings list .*fresh interpreter {NUM} ms"),
        ),
        "CLI read `people list --json` vs sqlite3 in a fresh interpreter": (
            4.0,
            "x",
            lambda t: ratio_of(t, rf"^people list --json: {NUM} ms", rf"^people list .*fresh interpreter {NUM} ms"),
        ),
    },
    "sync": {
        "bundle import into a fresh device vs raw inserts": (
            5.0,
            "x",
            lambda t: ratio_of(
                t, rf"^import into a fresh device\s+{NUM} s", rf"^import into a fresh device.*floor\s+{NUM} s"
            ),
        ),
        "bundle export + import vs raw inserts": (
            6.0,
            "x",
            lambda t: ratio_of(t, rf"^export \+ import\s+{NUM} s", rf"^export \+ import.*floor\s+{NUM} s"),
        ),
    },
    "drafting": {
        "drafting merge, 11 × 1,000 edits, vs raw pycrdt": (
            1.3,
            "x",
            lambda t: ratio_of(t, rf"^drafting layer:\s+{NUM} ms", rf"^raw pycrdt:\s+{NUM} ms"),
        ),
    },
    "drafting_view": {
        "open a 60-paragraph document in the editor": (
            100.0,
            "ms",
            lambda t: value_of(t, rf"in the editor: {NUM} ms"),
        ),
    },
    "ui_thread": {
        "first show of a section: longest UI-thread stall": (50.0, "ms", section_stalls),
    },
    "people_filter": {
        "people filter p95 a keystroke (3,000 people)": (16.0, "ms", lambda t: value_of(t, rf"p95 {NUM} ms")),
    },
    "reports": {
        "100-page compilation PDF vs bare Platypus": (1.5, "x", lambda t: value_of(t, rf"^ratio: {NUM}x")),
    },
}


def markdown(figures: list[Figure]) -> str:
    lines = ["| figure | median (range) | runs | target | | each run |", "|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join(f.cells()) + " |" for f in figures]
    return "\n".join(lines)


def table(figures: list[Figure]) -> str:
    rows = [("figure", "median (range)", "runs", "target", "", "each run"), *(f.cells() for f in figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)
