"""``crm-desktop --self-test``: proves that an installation works, in a few seconds, on throwaway data.

An IT officer runs it after installing; CI runs it on the freshly built bundle. Every step works
in a temporary folder (the user's workspace, keyring and settings are never touched) and the
result is one line, e.g.::

    self-test passed: workspace ok (1.9 s), check ok (0.4 s), backup ok (0.1 s), window ok (0.6 s),
    pdf skipped: PDF reports are not part of this build, ...

A step whose feature is not in this build says ``skipped: <reason>``; it is never reported as
passed. Any failing step makes the whole test fail (exit 1), with its error on stderr and the
details in the log file.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.cli import EXIT_OK

log = logging.getLogger("crm_desktop.app")
EXIT_FAILED = 1


class Skip(Exception):
    """The step's feature is not part of this build."""


@dataclass
class Outcome:
    step: str
    status: str  # "ok", "skipped", "FAILED", "not run"
    detail: str = ""
    seconds: float = 0.0

    def render(self) -> str:
        if self.status == "ok":
            return f"{self.step} ok ({self.seconds:.1f} s)"
        if self.status == "skipped":
            return f"{self.step} skipped: {self.detail}"
        if self.status == "not run":
            return f"{self.step} not run ({self.detail})"
        return f"{self.step} FAILED: {self.detail}"


def _available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def check_pdf(path: Path) -> None:
    """A complete PDF file whose fonts are embedded (so it prints the same on any machine)."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise RuntimeError(f"{path.name} is not a complete PDF file")
    if b"/FontFile2" not in data:
        raise RuntimeError(f"{path.name} does not embed its fonts")


class SelfTest:
    """The steps, sharing one temporary folder; each step may use what earlier ones made."""

    def __init__(self, root: Path, lang: str) -> None:
        self.root = root
        self.lang = lang
        self.demo = root / "demo"

    def workspace(self) -> None:
        from crm_desktop.app.demo import build_demo

        build_demo(self.demo, lang=self.lang).close()

    def check(self) -> None:
        from crm_desktop.app.check import check
        from crm_desktop.app.workspace import Workspace

        ws = Workspace(self.demo, lang=self.lang)
        try:
            report = check(ws)
        finally:
            ws.close()
        if not report.ok:
            raise RuntimeError("; ".join(report.problems[:3]))

    def backup(self) -> None:
        from crm_desktop.app.backup import create_backup, restore_backup

        made = create_backup(self.demo, "manual")
        restored = restore_backup(self.root / "restored", made.path)
        if not restored.restored.workspace_id:
            raise RuntimeError("the restored copy has no workspace id")

    def window(self) -> None:
        if not _available("crm_desktop.ui.main"):
            raise Skip("the desktop window is not part of this build")
        raise Skip("the desktop window has no smoke check in this build")

    def pdf(self) -> None:
        if not _available("crm_desktop.app.progress_report"):
            raise Skip("PDF reports are not part of this build")
        from crm_desktop.app.progress_report import assemble, write_pdf
        from crm_desktop.app.workspace import Workspace

        target = self.root / "progress-report.pdf"
        ws = Workspace(self.demo, lang=self.lang)
        try:
            write_pdf(assemble(ws, "2026-1", lang=self.lang), target)
        finally:
            ws.close()
        check_pdf(target)

    def bundle(self) -> None:
        raise Skip("sync bundles are not part of this build")

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            ("workspace", self.workspace),
            ("check", self.check),
            ("backup", self.backup),
            ("window", self.window),
            ("pdf", self.pdf),
            ("bundle", self.bundle),
        ]


def run_steps(test: SelfTest) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for name, step in test.steps():
        if outcomes and outcomes[0].status == "FAILED":  # every later step works on the demo workspace
            outcomes.append(Outcome(name, "not run", "no demo workspace"))
            continue
        started = time.perf_counter()
        try:
            step()
        except Skip as reason:
            outcomes.append(Outcome(name, "skipped", str(reason)))
        except Exception as exc:
            log.error("self-test step %s failed\n%s", name, traceback.format_exc())
            outcomes.append(Outcome(name, "FAILED", f"{type(exc).__name__}: {exc}", time.perf_counter() - started))
        else:
            outcomes.append(Outcome(name, "ok", seconds=time.perf_counter() - started))
    return outcomes


def run_self_test(args: argparse.Namespace) -> int:
    """Run every step in a throwaway folder; print one line; 0 if nothing failed."""
    # Never show a window or use the user's keyring and settings during the test.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="crm-selftest-") as tmp:
        root = Path(tmp)
        saved_home = os.environ.get("CRM_DESKTOP_HOME")
        os.environ["CRM_DESKTOP_HOME"] = str(root / "home")
        try:
            outcomes = run_steps(SelfTest(root, args.lang))
        finally:
            if saved_home is None:
                os.environ.pop("CRM_DESKTOP_HOME", None)
            else:
                os.environ["CRM_DESKTOP_HOME"] = saved_home
    failed = [o for o in outcomes if o.status in ("FAILED", "not run")]
    verdict = "self-test FAILED" if failed else "self-test passed"
    print(f"{verdict}: " + ", ".join(o.render() for o in outcomes))
    for o in failed:
        if o.status == "FAILED":
            print(f"{o.step}: {o.detail}", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK
