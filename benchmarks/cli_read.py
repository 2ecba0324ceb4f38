"""A command-line read against the same read with plain ``sqlite3``, both in a fresh interpreter.

    .venv/bin/python benchmarks/cli_read.py [--workspace DIR] [--runs N]

``crm-desktop meetings list --json`` and ``crm-desktop people list --json`` run as whole processes
(the installed console script, as a user or a script would call it), against a ``python -c`` that
opens the same database with ``sqlite3``, reads the same columns and prints them as JSON. Both
include the interpreter's start, so the ratio is what the command adds to a bare read. Runs
alternate and medians are reported. Target: <= 4x. Without ``--workspace`` a demo is built.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_RATIO = 4.0

# The floor reads at least what the command prints: every row of the listed table, the columns shown.
FLOOR = {
    "meetings": "SELECT id, body_id, title, ordinal, start, end, timezone, host_country_id FROM meetings "
    "ORDER BY start, title",
    "people": "SELECT p.id, p.name, p.country_id, p.organisation_id, p.category, group_concat(r.role) AS roles "
    "FROM people p LEFT JOIN role_assignments r ON r.person_id = p.id GROUP BY p.id ORDER BY p.name",
}
FLOOR_SCRIPT = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA query_only=ON")
cur = conn.execute(sys.argv[2])
names = [d[0] for d in cur.description]
print(json.dumps([dict(zip(names, r)) for r in cur], ensure_ascii=False, indent=2, sort_keys=True))
"""
# The same command through the usual path (SQLAlchemy, the subcommand modules): what every read
# paid before the plain reads, measured in the same run.
USUAL_PATH = """
import sys
import crm_desktop.cli as cli
cli._quick_list = lambda argv: None
sys.exit(cli.main())
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    return elapsed


def command() -> list[str]:
    script = Path(sys.executable).with_name("crm-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "crm_desktop.cli"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, help="workspace to read (default: a fresh demo)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    # Installed code runs from compiled bytecode: let the warm-up write it, outside the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="crm-bench-pycache-")
    from crm_desktop.store.db import DB_NAME

    if args.workspace:
        workspace = args.workspace
    else:
        from crm_desktop.demo import build_demo

        workspace = Path(tempfile.mkdtemp(prefix="crm-bench-")) / "demo"
        build_demo(workspace).close()
    print(f"workspace: {workspace}   ({args.runs} alternating runs, medians)")
    for table, query in FLOOR.items():
        ours_cmd = [*command(), "--workspace", str(workspace), table, "list", "--json"]
        floor_cmd = [sys.executable, "-c", FLOOR_SCRIPT, str(workspace / DB_NAME), query]
        for _ in range(2):  # warm the file cache and the bytecode
            timed(ours_cmd, env)
            timed(floor_cmd, env)
        usual_cmd = [sys.executable, "-c", USUAL_PATH, *ours_cmd[len(command()) :]]
        ours: list[float] = []
        floor: list[float] = []
        usual: list[float] = []
        for _ in range(args.runs):
            floor.append(timed(floor_cmd, env))
            ours.append(timed(ours_cmd, env))
            usual.append(timed(usual_cmd, env))
        o, f, u = statistics.median(ours), statistics.median(floor), statistics.median(usual)
        verdict = "ok" if o / f <= TARGET_RATIO else "ABOVE TARGET"
        print(
            f"{table} list --json: {o * 1000:.0f} ms, sqlite3 in a fresh interpreter {f * 1000:.0f} ms,"
            f" ratio {o / f:.2f}x (target <= {TARGET_RATIO:.0f}x) {verdict}"
        )
        print(f"  {table} list --json through SQLAlchemy (the usual path): {u * 1000:.0f} ms, ratio {u / f:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
