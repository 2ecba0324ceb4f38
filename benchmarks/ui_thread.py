"""Time the UI thread spends in its slots after the workspace opens and when a section is first shown.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_thread.py [--workspace DIR] [--sections sync reports]

A timer ticking every 5 ms on the UI thread records every gap longer than 10 ms (the UI thread was
busy and would not have repainted or answered a click). Figures: the stalls between the workspace
opening and the window falling idle, and for each section the time spent in the slot that first shows
it and the stalls until idle again. The floor, measured in the same run, is showing the same section
a second time (a switch of the stacked widget); the ratio compares the first show against it.
Each longest stall also says how much of it the UI thread spent computing (its CPU time): on a
shared machine the rest is time the thread waited for a processor or for the interpreter lock.
Without ``--workspace`` the demo workspace is built in a temporary folder. The program's modules are
byte-compiled first, as the built program ships them: with ``PYTHONDONTWRITEBYTECODE`` set, each view
module would otherwise be compiled from source inside the slot that first shows its section.
"""

from __future__ import annotations

import argparse
import compileall
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.main import _open_workspace
from crm_desktop.ui.main_window import MainWindow

TICK_MS = 5
STALL_S = 0.010


class StallMeter:
    """Gaps in a 5 ms tick on the UI thread, longer than 10 ms (and the thread's CPU time in each)."""

    def __init__(self) -> None:
        self.stalls: list[float] = []
        self.cpu: list[float] = []
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = now - self._last - TICK_MS / 1000
        if gap > STALL_S:
            self.stalls.append(gap)
            self.cpu.append(cpu - self._last_cpu)
        self._last, self._last_cpu = now, cpu

    def take(self) -> tuple[list[float], list[float]]:
        """The stalls since the last call, and the UI thread's CPU time in each."""
        out, self.stalls, cpu, self.cpu = self.stalls, [], self.cpu, []
        return out, cpu


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until_idle(ctx: UiContext, settle_ms: int = 400) -> None:
    """Until no background work runs and none starts within ``settle_ms`` (the window queues the
    import of the sections' views a moment after its first reads, see ``crm_desktop.ui.preload``)."""
    while True:
        while ctx.busy:
            spin(20)
        spin(settle_ms)
        if not ctx.busy:
            return


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def summary(taken: tuple[list[float], list[float]]) -> str:
    stalls, cpu = taken
    worst = max(range(len(stalls)), key=stalls.__getitem__, default=None)
    busy = "" if worst is None else f" (the UI thread computing {cpu[worst] * 1000:.0f} ms of it)"
    return f"stalls {sum(stalls) * 1000:.0f} ms in all, longest {max(stalls, default=0) * 1000:.0f} ms{busy}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path)
    parser.add_argument("--sections", nargs="*", default=["sync", "reports"])
    args = parser.parse_args()
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "crm_desktop", quiet=1)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("crm-desktop-benchmarks")
    app.setApplicationName("ui-thread")
    with tempfile.TemporaryDirectory() as tmp:
        directory = args.workspace
        if directory is None:
            from crm_desktop.demo import build_demo

            directory = Path(tmp) / "demo"
            build_demo(directory).close()
        ctx = UiContext.opening(directory)
        meter = StallMeter()
        opened = QEventLoop()
        ctx.workspace_opened.connect(lambda: (meter.take(), opened.quit()))
        ctx.open_workspace(lambda: _open_workspace(directory, "es"))
        window = MainWindow(ctx, initial_section="calendar")
        window.show()
        opened.exec()
        until_idle(ctx)
        print(f"workspace opened → idle: {summary(meter.take())}")
        for key in args.sections:
            first = timed(lambda key=key: window.show_section(key))
            until_idle(ctx)
            after = meter.take()
            window.show_section("calendar")
            until_idle(ctx)
            meter.take()
            again = timed(lambda key=key: window.show_section(key))
            print(
                f"show {key}: {first * 1000:.0f} ms in the slot ({first / max(again, 1e-6):.0f}x showing it again,"
                f" {again * 1000:.1f} ms); then {summary(after)}"
            )
        ctx.close()
        window.close()


if __name__ == "__main__":
    main()
