"""Desktop start-up: ``crm-desktop --smoke`` (window open, calendar painted with its data) against a bare
PySide6 window shown and closed, both measured in the same run as whole processes.

    .venv/bin/python benchmarks/gui.py [--workspace DIR] [--runs N]

Without ``--workspace`` a demo workspace is built in a temporary folder; pass the large generated
workspace to measure the case that matters. Prints wall-clock medians, the ratio (target <= 2x)
and each process's peak resident memory. Peak memory comes from ``wait4`` (POSIX systems).
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

TARGET_RATIO = 2.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1200, 760)
w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(seconds, peak MiB, stdout) of one process run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return elapsed, peak, out.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", help="workspace to open (default: a fresh demo)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    settings_home = tempfile.mkdtemp(prefix="crm-bench-home-")
    env["XDG_CONFIG_HOME"] = settings_home  # the app's window settings stay out of the user's own
    if args.workspace:
        workspace = Path(args.workspace)
    else:
        from crm_desktop.app.demo import build_demo

        workspace = Path(tempfile.mkdtemp(prefix="crm-bench-")) / "demo"
        build_demo(workspace).close()

    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    app_cmd = [sys.executable, "-m", "crm_desktop.cli", "--workspace", str(workspace), "--smoke"]
    measure(app_cmd, env)  # warm the file cache and Python's bytecode cache for both
    measure(bare_cmd, env)
    bare, app, inner = [], [], []
    bare_peak = app_peak = 0.0
    for _ in range(args.runs):
        t, peak, _out = measure(bare_cmd, env)
        bare.append(t)
        bare_peak = max(bare_peak, peak)
        t, peak, out = measure(app_cmd, env)
        app.append(t)
        app_peak = max(app_peak, peak)
        inner.append(float(out.split()[0]))
    floor, ours = statistics.median(bare), statistics.median(app)
    ratio = ours / floor
    print(f"workspace: {workspace}")
    print(f"bare PySide6 window (floor): {floor * 1000:7.0f} ms   peak {bare_peak:6.1f} MiB")
    print(f"crm-desktop --smoke:         {ours * 1000:7.0f} ms   peak {app_peak:6.1f} MiB")
    print(f"  of which window → painted calendar, as reported by --smoke: {statistics.median(inner):.0f} ms")
    verdict = "ok" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(f"ratio: {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
