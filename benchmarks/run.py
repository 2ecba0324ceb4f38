"""Benchmarks of CRM Desktop, each figure printed beside a floor measured in the same run.

    python benchmarks/run.py [--years 20] [--people 3000] [--keep DIR]

Foundation figures: generating the large workspace through the real services (every write a
changeset, rules checked, search index maintained) against inserting the same rows with raw
``sqlite3`` in one transaction; loading it (opening the workspace, listing meetings and people,
computing every meeting's rule warnings) against opening the file with raw ``sqlite3`` and reading every
row of the same tables; the load figure is the run with the median ratio of several. Then every other
``benchmarks/*.py`` script runs in turn and prints its own table.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate
from crm_desktop.app import meetings, people
from crm_desktop.app.workspace import Workspace
from crm_desktop.store.db import DB_NAME
from crm_desktop.store.schema import Base, load_models

HERE = Path(__file__).resolve().parent
TARGET_GENERATE, TARGET_LOAD = 5.0, 5.0


def _entity_tables() -> list[str]:
    load_models()
    return [t.name for t in Base.metadata.sorted_tables if not t.info.get("local")]


def raw_insert_floor(source: Path, scratch: Path) -> tuple[float, int]:
    """Seconds to insert the same entity rows with plain sqlite3 executemany, one transaction."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(scratch)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=NORMAL")
    tables = _entity_tables()
    data = {}
    for name in tables:
        ddl = src.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone()[0]
        dst.execute(ddl)
        data[name] = src.execute(f"SELECT * FROM {name}").fetchall()
    dst.commit()
    rows = sum(len(v) for v in data.values())
    t = time.perf_counter()
    with dst:
        for name in tables:
            if data[name]:
                marks = ",".join("?" * len(data[name][0]))
                dst.executemany(f"INSERT INTO {name} VALUES ({marks})", data[name])
    elapsed = time.perf_counter() - t
    src.close()
    dst.close()
    return elapsed, rows


# What the load reads, table by table, read once each by the floor (every column of every row,
# which is at least what the load needs: the lists and the facts the rule warnings use).
LOAD_TABLES = ("meta", "bodies", "meetings", "people", "role_assignments", "accreditations", "presidency_terms")


def _load_once(directory: Path) -> tuple[float, float]:
    # No forced garbage collection around either timing: the collector runs when it would in the
    # program, and a load that makes many short-lived objects pays for collecting them.
    t = time.perf_counter()
    ws = Workspace(directory)
    meetings.list_meetings(ws)
    people.list_people(ws)
    meetings.warnings(ws)
    ws.close()
    ours = time.perf_counter() - t
    t = time.perf_counter()
    conn = sqlite3.connect(directory / DB_NAME)
    for name in LOAD_TABLES:
        conn.execute(f"SELECT * FROM {name}").fetchall()
    conn.close()
    floor = time.perf_counter() - t
    return ours, floor


def load_figures(directory: Path, repeat: int = 7) -> tuple[float, float]:
    """Median seconds of the load and of its floor, over ``repeat`` runs (each pair measured together).

    The load opens the workspace (engine, schema check, device clock), lists the meetings and the
    people, and computes every meeting's rule warnings, then closes it. The floor opens the same file
    with plain ``sqlite3`` and reads every row of the tables the load reads (``LOAD_TABLES``, all
    columns), then closes it: the rows a program needs in memory to show the same lists and warnings,
    with no work done on them.
    """
    runs = sorted((_load_once(directory) for _ in range(repeat)), key=lambda r: r[0] / r[1])
    return runs[len(runs) // 2]  # the run with the median ratio: its two times belong together


def row(name: str, value: float, floor: float, target: float | None, unit: str = "s") -> str:
    ratio = value / floor if floor > 0 else float("inf")
    verdict = "" if target is None else ("  ok" if ratio <= target else f"  over target {target:g}x")
    return f"{name:<44} {value:9.3f} {unit}  floor {floor:9.4f} {unit}  ratio {ratio:7.1f}x{verdict}"


def main() -> None:
    ap = argparse.ArgumentParser(description="CRM Desktop benchmarks")
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--people", type=int, default=3000)
    ap.add_argument("--keep", type=Path, help="keep the generated workspace in this directory")
    ap.add_argument("--only-foundation", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="crm-bench-") as tmp:
        directory = args.keep or Path(tmp) / "large"
        fig = generate(directory, years=args.years, total_people=args.people)
        floor, rows = raw_insert_floor(directory / DB_NAME, Path(tmp) / "floor.sqlite3")
        load, load_floor = load_figures(directory)
        print("== Foundation (large workspace: " + ", ".join(f"{v} {k}" for k, v in fig.counts.items()) + ")")
        print(row("generate through services", fig.seconds["total"], floor, TARGET_GENERATE))
        print(f"{'  of which people (one changeset)':<44} {fig.seconds['people']:9.3f} s")
        print(f"{'  raw rows inserted by the floor':<44} {rows:9d}")
        print(row("load (open, list, rule warnings)", load, load_floor, TARGET_LOAD))
        size = (directory / DB_NAME).stat().st_size / 2**20
        print(f"{'database size':<44} {size:9.1f} MiB")
        print(
            f"{'peak memory (this process)':<44} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:9.1f} MiB"
        )

    if args.only_foundation:
        return
    for script in sorted(HERE.glob("*.py")):
        if script.name in {"__init__.py", "run.py", "generate.py"}:
            continue
        print(f"\n== {script.stem}")
        sys.stdout.flush()
        subprocess.run([sys.executable, str(script)], check=False)


if __name__ == "__main__":
    main()
