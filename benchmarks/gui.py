"""Desktop start-up: ``crm-desktop --smoke`` against a bare PySide6 window, both started as whole
processes in the same run.

    .venv/bin/python benchmarks/gui.py [--workspace DIR] [--runs N]

The figure that counts is the time to the first usable window, from starting the process until
the window shows what a user came for: for CRM Desktop the main window with the calendar painted
with the workspace's meetings (``--smoke`` prints its line then), for the floor a bare
``QMainWindow`` painted once (it prints its line then). Both are timed by this script when the line
arrives, so both include the interpreter's start and every import. Target: <= 2x.

The whole start (target <= 3x the bare window's whole process): until ``--smoke`` says the window is
usable (its ``usable N ms`` line): the calendar shows its rule warnings and every other section
answers a click (it is shown, or said to be opening, with a progress bar, until the workspace has
opened for writing; a write asked for meanwhile waits for that with a busy cursor). Also printed: when
the process ended (``--smoke`` exits once the workspace has opened for writing too: SQLAlchemy
imported, the schema checked), the times ``--smoke`` itself reports from the creation of its
``QApplication``, and each process's peak resident memory (from ``wait4``, POSIX).

Without ``--workspace`` a demo workspace is built in a temporary folder; pass the large generated
workspace (``benchmarks/generate.py``) to measure the case that matters. Runs alternate between the
two programs and medians are reported, so a busy machine weighs on both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TARGET_RATIO = 2.0
TARGET_WHOLE = 3.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class Painted(QWidget):
    reported = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.reported:
            self.reported = True
            QTimer.singleShot(0, done)

def done():
    print("painted", flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(Painted())
w.resize(1200, 760)
w.show()
sys.exit(app.exec())
"""


@dataclass
class Run:
    first: float  # seconds from the start of the process to its first line on stdout
    usable: float  # seconds to its ``usable`` line (the bare window: the end of the process)
    total: float  # seconds until the process ended
    peak: float  # MiB
    line: str
    usable_line: str


def measure(cmd: list[str], env: dict[str, str]) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    first = time.perf_counter() - start
    usable_line, usable = "", 0.0
    for later in proc.stdout:
        if later.startswith("usable ") and not usable_line:
            usable_line, usable = later.strip(), time.perf_counter() - start
    _pid, status, usage = os.wait4(proc.pid, 0)
    total = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or not line:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Run(first, usable or total, total, peak, line.strip(), usable_line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", help="workspace to open (default: a fresh demo)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="crm-bench-home-")  # window settings stay out of the user's
    # An installed copy runs from compiled bytecode (pip compiles it, the bundle ships it): let the
    # warm-up runs write it, to a folder of their own so the source tree stays clean, even where the
    # environment says not to (PYTHONDONTWRITEBYTECODE would make every run compile the sources).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="crm-bench-pycache-")
    if args.workspace:
        workspace = Path(args.workspace)
    else:
        from crm_desktop.demo import build_demo

        workspace = Path(tempfile.mkdtemp(prefix="crm-bench-")) / "demo"
        build_demo(workspace).close()

    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    app_cmd = [sys.executable, "-m", "crm_desktop.cli", "--workspace", str(workspace), "--smoke"]
    for _ in range(2):  # warm the file cache and write the bytecode for both
        measure(app_cmd, env)
        measure(bare_cmd, env)
    bare: list[Run] = []
    app: list[Run] = []
    for _ in range(args.runs):
        bare.append(measure(bare_cmd, env))
        app.append(measure(app_cmd, env))

    def med(runs: list[Run], field: str) -> float:
        return statistics.median(getattr(r, field) for r in runs)

    floor, ours = med(bare, "first"), med(app, "first")
    ratio = ours / floor
    print(f"workspace: {workspace}   ({args.runs} alternating runs, medians)")
    print("first usable window (process start → window painted with its content):")
    print(f"  bare PySide6 window (floor):        {floor * 1000:7.0f} ms")
    print(f"  crm-desktop, calendar with meetings: {ours * 1000:6.0f} ms")
    verdict = "ok" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(f"  ratio: {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x) {verdict}")
    inner = statistics.median(float(r.line.split()[0]) for r in app)
    print(f"  of which QApplication → painted calendar, as reported by --smoke: {inner:.0f} ms")
    bare_total, app_usable = med(bare, "total"), med(app, "usable")
    print("whole start (--smoke until usable: rule warnings shown, every section answers a click):")
    print(f"  bare PySide6 window:   {bare_total * 1000:7.0f} ms   peak {max(r.peak for r in bare):6.1f} MiB")
    print(f"  crm-desktop --smoke:   {app_usable * 1000:7.0f} ms   peak {max(r.peak for r in app):6.1f} MiB")
    verdict = "ok" if app_usable / bare_total <= TARGET_WHOLE else "ABOVE TARGET"
    print(f"  ratio: {app_usable / bare_total:.2f}x (target <= {TARGET_WHOLE:.0f}x) {verdict}")
    usable_inner = [float(r.usable_line.split()[1]) for r in app if r.usable_line]
    if usable_inner:
        print(f"  of which QApplication → usable, as reported by --smoke: {statistics.median(usable_inner):.0f} ms")
    print(
        "  then open for writing too (SQLAlchemy imported, schema checked), process ended:",
        f"{med(app, 'total') * 1000:.0f} ms",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
