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
import contextlib
import importlib.util
import io
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop.cli import kit

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


def _isolate_qt_settings(folder: Path) -> None:
    """Window geometry and preferences of the test go to a throwaway folder, not the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))


def _process_keyring() -> Any:
    """A keyring that lives in this process only, for the self-test's throwaway devices."""
    from keyring.backend import KeyringBackend

    class ProcessKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # keyring's __init__ has no annotations
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    return ProcessKeyring()


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
        self.demo_args = argparse.Namespace(workspace=str(self.demo), lang=lang)  # the demo, as a command opens it

    def workspace(self) -> None:
        from crm_desktop.demo import build_demo

        build_demo(self.demo, lang=self.lang).close()

    def check(self) -> None:
        from crm_desktop.app.check import check

        with kit.workspace(self.demo_args) as ws:
            report = check(ws)
        if not report.ok:
            raise RuntimeError("; ".join(report.problems[:3]))

    def backup(self) -> None:
        from crm_desktop.app.backup import create_backup, restore_backup

        made = create_backup(self.demo, "manual")
        restored = restore_backup(self.root / "restored", made.path)
        if not restored.restored.workspace_id:
            raise RuntimeError("the restored copy has no workspace id")

    def window(self) -> None:
        """The real main window on the demo, off-screen, until the calendar has painted its data."""
        if not _available("crm_desktop.ui.main"):
            raise Skip("the desktop window is not part of this build")
        from crm_desktop.ui.main import run_gui

        _isolate_qt_settings(self.root / "qt-settings")
        args = argparse.Namespace(workspace=str(self.demo), lang=self.lang, smoke=True)
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):  # the smoke check prints its time; the summary says it
            code = run_gui(args)
        if code != 0:
            raise RuntimeError(f"the main window did not show the calendar (exit {code})")

    def pdf(self) -> None:
        if not _available("crm_desktop.app.progress_report"):
            raise Skip("PDF reports are not part of this build")
        from crm_desktop.app.progress_report import assemble, write_pdf

        target = self.root / "progress-report.pdf"
        with kit.workspace(self.demo_args) as ws:
            write_pdf(assemble(ws, "2026-1", lang=self.lang), target)
        check_pdf(target)

    def bundle(self) -> None:
        """Two laptops: one founds a workspace, the other joins; a change travels back in a bundle."""
        if not _available("crm_desktop.app.sync"):
            raise Skip("sync bundles are not part of this build")
        import keyring

        from crm_desktop.app import sync
        from crm_desktop.app.dump import dump_data
        from crm_desktop.app.people import PersonInput, add_person
        from crm_desktop.app.workspace import Workspace, init_workspace
        from crm_desktop.domain.model import Category, Role

        previous = keyring.get_keyring()
        keyring.set_keyring(_process_keyring())  # the device keys of this test never reach the user's keyring
        founder = init_workspace(self.root / "laptop-a", "Self-test", lang=self.lang)
        joiner = Workspace(self.root / "laptop-b", lang=self.lang)
        try:
            sync.found(founder, person_name="Secretaría Técnica", role="st")
            request = self.root / "join-request.json"
            sync.write_join_request(joiner, request, person_name="Delegación", role="member", country="CR")
            sync.import_file(joiner, sync.approve(founder, request).welcome)
            add_person(
                joiner,
                PersonInput(
                    name="Persona de prueba", category=Category.MEMBER_COUNTRY, country="CR", roles=(Role.DELEGATE,)
                ),
            )
            bundle = self.root / "b-to-a.crmb"
            sync.export(joiner, bundle, to=[founder.device_id])
            result = sync.import_file(founder, bundle)
            if result.applied < 1 or dump_data(founder)["tables"] != dump_data(joiner)["tables"]:
                raise RuntimeError("the two workspaces differ after the exchange")
        finally:
            founder.close()
            joiner.close()
            keyring.set_keyring(previous)

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
    return EXIT_FAILED if failed else kit.EXIT_OK
