"""Benchmarks of CRM Desktop: every figure of the performance table beside its target, in one table.

    python benchmarks/run.py [--runs 3] [--quick] [--years 20] [--people 3000] [--keep DIR] [--markdown]

Each figure is the median of ``--runs`` runs (each script is started that many times, each time
measuring its floor again); ratios are taken against a floor measured in the same run. ``--quick``
is one run on a 2-year workspace with fewer repetitions inside the scripts: a smoke check of the
table, not figures to quote. ``--markdown`` prints the table as the README's. Scripts can be left
out with ``--skip gui sync ...``.

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

from benchmarks.figures import SCRIPTS, Figure, markdown, table
from benchmarks.generate import generate
from crm_desktop.app import meetings, people
from crm_desktop.app.workspace import Workspace
from crm_desktop.store.db import DB_NAME
from crm_desktop.store.schema import Base, load_models

HERE = Path(__file__).resolve().parent
TARGET_GENERATE, TARGET_LOAD = 10.0, 5.0
TARGET_BUNDLE_MIB = 150.0


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


def foundation(directory: Path, scratch: Path, years: int, people_count: int, repeat: int) -> tuple[float, float, str]:
    """One run: generate the large workspace (ratio against the raw insert floor) and load it."""
    fig = generate(directory, years=years, total_people=people_count)
    floor, rows = raw_insert_floor(directory / DB_NAME, scratch)
    load, load_floor = load_figures(directory, repeat=repeat)
    print("   large workspace: " + ", ".join(f"{v} {k}" for k, v in fig.counts.items()))
    print("   " + row("generate through services", fig.seconds["total"], floor, TARGET_GENERATE))
    print(f"   {'  raw rows inserted by the floor':<44} {rows:9d}")
    print("   " + row("load (open, list, rule warnings)", load, load_floor, TARGET_LOAD))
    print(f"   {'database size':<44} {(directory / DB_NAME).stat().st_size / 2**20:9.1f} MiB")
    return fig.seconds["total"] / floor, load / load_floor, f"{fig.seconds['total']:.2f} s vs {floor:.3f} s"


def script_args(name: str, workspace: Path, args: argparse.Namespace) -> list[str]:
    inner = "1" if args.quick else "3"  # repetitions inside one run of a script
    if name == "gui":
        return ["--workspace", str(workspace), "--runs", inner]
    if name == "cli_read":
        return ["--runs", inner]  # on the demo, as the issue measures it
    if name == "sync":
        return ["--years", str(args.years), "--people", str(args.people)]
    if name == "drafting_view":
        return ["--runs", inner]
    if name == "ui_thread":
        from crm_desktop.ui.sections import load_sections

        return ["--workspace", str(workspace), "--sections", *(s.key for s in load_sections() if s.key != "calendar")]
    if name == "people_filter":
        return ["--workspace", str(workspace)] if args.people >= 3000 else []
    if name == "reports":
        return ["--repeat", inner]
    return []


def bundle_size() -> Figure:
    fig = Figure("Linux bundle, unpacked (dist/crm-desktop, last build)", TARGET_BUNDLE_MIB, "MiB")
    bundle = HERE.parent / "dist" / "crm-desktop"
    if bundle.is_dir():
        files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
        fig.add(sum(p.stat().st_size for p in files) / 2**20)
    return fig


def main() -> None:
    ap = argparse.ArgumentParser(description="CRM Desktop benchmarks: every figure against its target")
    ap.add_argument("--runs", type=int, default=3, help="runs of each figure; the median is printed")
    ap.add_argument("--quick", action="store_true", help="one run, a 2-year workspace, few repetitions")
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--people", type=int, default=3000)
    ap.add_argument("--keep", type=Path, help="keep the last generated workspace in this directory")
    ap.add_argument("--skip", nargs="*", default=[], choices=["foundation", *SCRIPTS], help="leave these out")
    ap.add_argument("--markdown", action="store_true", help="print the table as the README's, too")
    args = ap.parse_args()
    if args.quick:
        args.runs, args.years = 1, min(args.years, 2)

    generation = Figure("generate the large workspace through the services vs raw inserts", TARGET_GENERATE, "x")
    load = Figure("load it (open, lists, every rule warning) vs reading its rows", TARGET_LOAD, "x")
    by_script = {
        name: [Figure(fname, target, unit) for fname, (target, unit, _reader) in specs.items()]
        for name, specs in SCRIPTS.items()
        if name not in args.skip
    }
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as tmp:
        workspace = Path(tmp) / "large"
        for run in range(args.runs):
            print(f"== run {run + 1} of {args.runs}", flush=True)
            directory = args.keep if args.keep and run == args.runs - 1 else Path(tmp) / f"large{run}"
            if "foundation" not in args.skip or run == 0:
                gen_ratio, load_ratio, detail = foundation(
                    directory, Path(tmp) / f"floor{run}.sqlite3", args.years, args.people, 3 if args.quick else 7
                )
                if "foundation" not in args.skip:
                    generation.add(gen_ratio, detail)
                    load.add(load_ratio)
                workspace = directory
            for name, figures in by_script.items():
                print(f"-- {name}", flush=True)
                cmd = [sys.executable, str(HERE / f"{name}.py"), *script_args(name, workspace, args)]
                done = subprocess.run(cmd, capture_output=True, text=True, check=False)
                print("   " + done.stdout.strip().replace("\n", "\n   "))
                if done.returncode != 0:  # some scripts exit 1 when over their own target
                    print(f"   exit status {done.returncode}; stderr: {done.stderr.strip()[-600:]}")
                for fig in figures:
                    got = SCRIPTS[name][fig.name][2](done.stdout)
                    if got is not None:
                        fig.add(*got)
            # The table so far after every run: a long session cut short still leaves figures.
            figures = [f for f in (generation, load) if "foundation" not in args.skip]
            figures += [f for figs in by_script.values() for f in figs] + [bundle_size()]
            print(f"\n== Figures after {run + 1} run(s) (medians; ratios against a floor of the same run)")
            print(table(figures), flush=True)
        print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    if args.markdown:
        print()
        print(markdown(figures))


if __name__ == "__main__":
    main()
