"""Starting the desktop app: Qt application, languages, the workspace, the main window.

``run_gui(args)`` is what ``crm-desktop`` runs without a subcommand. ``args`` carries
``workspace`` (a folder or None), ``lang`` and ``smoke`` (open, print the milliseconds until the
calendar has painted its meetings, then until the window is usable, and exit once the workspace is
open).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt

log = logging.getLogger("crm_desktop.ui")

SMOKE_TIMEOUT_MS = 60_000
EXIT_OK, EXIT_BAD_INPUT = 0, 4


def _ensure_platform(smoke: bool) -> None:
    """Without a display Qt aborts; a smoke test on a headless Linux machine runs offscreen instead."""
    if (
        smoke
        and sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _lang_from_command_line(args: argparse.Namespace) -> str | None:
    """The language the user asked for on this start (``--lang`` or ``CRM_DESKTOP_LANG``), if any."""
    if any(a == "--lang" or a.startswith("--lang=") for a in sys.argv[1:]) or os.environ.get("CRM_DESKTOP_LANG"):
        return str(args.lang)
    return None


class DesktopApp:
    """Holds what outlives one main window: the QApplication, translators, settings, crash reporter."""

    def __init__(self, args: argparse.Namespace) -> None:
        from PySide6.QtWidgets import QApplication

        from crm_desktop.ui.crash import CrashReporter
        from crm_desktop.ui.i18n import LANGUAGES, Translations
        from crm_desktop.ui.settings import APPLICATION, LANGUAGE, ORGANISATION, Settings

        self.started = time.perf_counter()
        self.args = args
        existing = QApplication.instance()
        self.app = cast(QApplication, existing) if existing is not None else QApplication(sys.argv[:1])
        self.app.setOrganizationName(ORGANISATION)
        self.app.setApplicationName(APPLICATION)
        # Matches the installed menu entry (org.crmsv.CRMDesktop.desktop): Wayland's app id, the icon.
        self.app.setDesktopFileName("org.crmsv.CRMDesktop")
        self.settings = Settings()
        lang = _lang_from_command_line(args) or self.settings.get(LANGUAGE) or str(args.lang or "es")
        self.lang = lang if lang in LANGUAGES else "es"
        self.translations = Translations(self.app)
        self.translations.apply(self.lang)
        self.window: Any = None
        self.ctx: Any = None
        self.reporter = CrashReporter(lambda: self.window)
        self.exit_code = EXIT_OK
        self._offer_recovery_when_open = False  # set by ``run``: drafts are offered once the workspace is open
        self.first_section: str | None = None  # the section a new window opens on (None: the last one used)

    # --- workspace ---------------------------------------------------------------------------------
    def workspace_dir(self) -> Path:
        from crm_desktop.app.workspace_files import default_directory
        from crm_desktop.ui.settings import WORKSPACE

        if self.args.workspace:
            return Path(self.args.workspace).expanduser()
        saved = self.settings.get(WORKSPACE)
        return Path(saved).expanduser() if saved else default_directory()

    def _offer_new_workspace(self, directory: Path) -> Path | None:
        """No workspace at ``directory``: the first-run choice (``ui.first_run``)."""
        from crm_desktop.ui.first_run import offer_new_workspace

        chosen = offer_new_workspace(directory, self.lang)
        if chosen is None:
            return None
        directory, self.first_section = chosen
        return directory

    def open(self, directory: Path, *, wait: bool = True) -> bool:
        """Open ``directory`` in a new main window (closing the current one). False if it cannot.

        The window is built at once on a context whose workspace opens off the UI thread (the
        calendar paints the first look meanwhile). With ``wait`` this returns once the workspace is
        open, or has failed to open (then False, with the window closed and the user told); without
        it (start-up) it returns at once and a failure closes the window later (``_open_failed``).
        """
        from PySide6.QtCore import QEventLoop

        from crm_desktop.app import workspace_files
        from crm_desktop.ui.context import UiContext
        from crm_desktop.ui.main_window import MainWindow
        from crm_desktop.ui.settings import WORKSPACE

        if not workspace_files.exists(directory):
            if self.args.smoke:
                print(f"crm-desktop: no workspace in {directory}", file=sys.stderr)
                return False
            chosen = self._offer_new_workspace(directory)
            if chosen is None:
                return False
            directory = chosen
        self._close_window()
        self.ctx = ctx = UiContext.opening(directory, lang=self.lang)
        ctx.crashed.connect(self.reporter.report)
        # Started before the window is built: the first look's read runs while the window is put together.
        lang = self.lang
        ctx.open_workspace(lambda: _open_workspace(directory, lang))
        self.window = MainWindow(
            ctx, settings=self.settings, initial_section="calendar" if self.args.smoke else self.first_section
        )
        self.window.language_requested.connect(self.set_language)
        self.window.workspace_requested.connect(self.switch_workspace)
        self.window.restore_requested.connect(self.restore_workspace)
        outcome: list[str | None] = []
        ctx.workspace_opened.connect(lambda: outcome.append(None))
        ctx.workspace_opened.connect(lambda: self._opened(ctx))
        ctx.open_failed.connect(outcome.append)
        if not wait:
            ctx.open_failed.connect(lambda detail: self._open_failed(ctx, detail))
        if not self.args.workspace and not self.args.smoke:
            self.settings.set(WORKSPACE, str(directory))
        if not wait:
            return True
        loop = QEventLoop()
        ctx.workspace_opened.connect(loop.quit)
        ctx.open_failed.connect(loop.quit)
        if not outcome:
            loop.exec()
        if outcome[0] is not None:
            self._report_open_failure(directory, outcome[0])
            self._close_window()
            return False
        return True

    def _opened(self, ctx: Any) -> None:
        """The workspace of ``ctx`` is open: the day's backup, and drafts left from a crash."""
        if ctx is not self.ctx or self.args.smoke:
            return
        self._start_daily_backup(ctx.directory)
        if self._offer_recovery_when_open:
            self._offer_recovery_when_open = False
            self._offer_recovery()

    def _report_open_failure(self, directory: Path, detail: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.args.smoke:
            print(f"crm-desktop: {detail}", file=sys.stderr)
            return
        QMessageBox.critical(
            None,
            "CRM Desktop",
            QCoreApplication.translate("DesktopApp", "No se pudo abrir el espacio de trabajo %1:\n%2")
            .replace("%1", str(directory))
            .replace("%2", detail),
        )

    def _open_failed(self, ctx: Any, detail: str) -> None:
        """The workspace opened at start-up could not be opened after all: say so and end."""
        if ctx is not self.ctx:
            return
        self._report_open_failure(ctx.directory, detail)
        self._close_window()
        self.exit_code = EXIT_BAD_INPUT
        self.app.exit(EXIT_BAD_INPUT)

    def _start_daily_backup(self, directory: Path) -> None:
        """A backup of the workspace when the newest is a day old, on a thread of its own so the
        window does not wait for it (the copy is consistent while the window works)."""
        from crm_desktop.app.backup import startup_backup

        self.backup_thread = threading.Thread(target=startup_backup, args=(directory,), name="daily-backup")
        self.backup_thread.start()

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.save_state()
            self.ctx.wait()
            self.window.hide()
            self.window.deleteLater()
            self.ctx.close()
            self.window = None

    def switch_workspace(self, directory: Path) -> None:
        previous = self.ctx.directory if self.ctx else None
        self.args.workspace = None
        opened = self.open(directory)
        if not opened and previous is not None and self.window is None:
            self.open(previous)  # back to the workspace that was open
        if self.window is not None:
            self.window.show()
        if opened:
            self._offer_recovery()

    def restore_workspace(self, source: Path) -> None:
        """Restore the backup ``source`` into the open workspace and reopen it.

        ``app.backup.restore_backup`` needs the workspace open nowhere, so the window is closed
        first, as when switching workspaces; then the workspace is opened again, restored or, if the
        restore was refused, exactly as it was.
        """
        from PySide6.QtWidgets import QMessageBox

        from crm_desktop.app.backup import OtherDevice, restore_backup
        from crm_desktop.app.errors import AppError

        directory = self.ctx.directory
        self._close_window()
        thread = getattr(self, "backup_thread", None)
        if thread is not None:
            thread.join()  # the start-up backup holds the database open while it copies
        refusal = None
        try:
            try:
                restore_backup(directory, source)
            except OtherDevice as question:  # another laptop's backup: taking its identity is the user's call
                from crm_desktop.domain.messages import msg

                ask = msg("backup.take_identity_question").render(self.lang)
                answer = QMessageBox.question(None, "CRM Desktop", f"{question.render(self.lang)}.\n\n{ask}")
                if answer != QMessageBox.StandardButton.Yes:
                    raise
                restore_backup(directory, source, take_identity=True)
        except AppError as exc:
            refusal = exc.render(self.lang)
        self.switch_workspace(directory)
        if refusal is not None:
            QMessageBox.warning(
                self.window,
                "CRM Desktop",
                QCoreApplication.translate("DesktopApp", "No se restauró la copia:\n%1").replace("%1", refusal),
            )

    def set_language(self, lang: str) -> None:
        from crm_desktop.ui.settings import LANGUAGE

        self.lang = lang
        if self.ctx is not None:
            self.ctx.lang = lang
            if self.ctx.ready:  # otherwise the workspace takes ctx.lang when it opens
                self.ctx.ws.lang = lang
        self.translations.apply(lang)  # Qt sends LanguageChange: every view re-labels itself
        self.settings.set(LANGUAGE, lang)

    # --- running -----------------------------------------------------------------------------------
    def run(self) -> int:
        from PySide6.QtCore import QTimer

        self._offer_recovery_when_open = not self.args.smoke
        if not self.open(self.workspace_dir(), wait=False):
            return EXIT_BAD_INPUT
        from crm_desktop.logging_setup import add_crash_listener, remove_crash_listener

        # Unhandled exceptions are logged by ``logging_setup`` (installed by the command line), which
        # then hands them to the crash dialog; the reporter queues them onto the UI thread.
        add_crash_listener(self.reporter.report)
        from crm_desktop.ui import qt_messages

        previous_qt_handler = qt_messages.install()  # Qt's own warnings go to the log file
        try:
            if self.args.smoke:
                self._arm_smoke()
            self.window.show()
            if self.args.smoke:
                QTimer.singleShot(SMOKE_TIMEOUT_MS, self._smoke_timeout)
            else:
                QTimer.singleShot(0, self.show_previous_crash)
            # Reading the package metadata for the version takes a while: done once the workspace is open.
            self.ctx.workspace_opened.connect(self._set_version)
            code = self.app.exec()
        finally:
            qt_messages.restore(previous_qt_handler)
            remove_crash_listener(self.reporter.report)
            if self.window is not None and self.ctx is not None:
                self.ctx.close()
        return self.exit_code if self.args.smoke else int(code)

    def show_previous_crash(self) -> Any:
        """The crash dialog for a crash that ended the previous session (a Qt fatal error), if one did.

        Returns the dialog (opened, window-modal), or None.
        """
        from crm_desktop.logging_setup import take_pending_crash
        from crm_desktop.ui.crash import CrashDialog

        pending = take_pending_crash()
        if pending is None:
            return None
        dialog = CrashDialog(*pending, self.window, previous_session=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _set_version(self) -> None:
        from crm_desktop import __version__

        self.app.setApplicationVersion(__version__)

    def _offer_recovery(self) -> None:
        """Drafts typed in an earlier session that ended before they were saved (``ui.recovery``)."""
        self.drafts = self.ctx.drafts
        if not self.drafts.leftovers():
            return  # the usual case: the editors' modules are not imported for nothing
        from crm_desktop.ui.agenda.view import restore_agenda_draft
        from crm_desktop.ui.delegations.view import restore_delegations_draft
        from crm_desktop.ui.drafting.view import restore_drafting_draft
        from crm_desktop.ui.meetings.dialog import restore_meeting_draft
        from crm_desktop.ui.process.view import restore_process_draft
        from crm_desktop.ui.recovery import offer_recovery, register_restorer

        register_restorer("meeting:", lambda draft: restore_meeting_draft(self.ctx, self.window, draft))
        register_restorer("agenda:", lambda draft: restore_agenda_draft(self.window, draft))
        register_restorer("drafting:", lambda draft: restore_drafting_draft(self.window, draft))
        register_restorer("person:", lambda draft: restore_delegations_draft(self.window, draft))
        register_restorer("act:", lambda draft: restore_delegations_draft(self.window, draft))
        register_restorer("process:", lambda draft: restore_process_draft(self.window, draft))
        dialog = offer_recovery(self.drafts, self.window)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def _arm_smoke(self) -> None:
        """Print the milliseconds until the calendar has painted the workspace's meetings (what the
        user sees first), then the milliseconds until the window is usable, as ``usable N ms``: the
        calendar shows its rule warnings and every other section answers a click (shown, or said to be
        opening until the workspace is, as a write waits for it: ``UiContext.when_open``). Then end once
        the workspace is open for writing as well (SQLAlchemy, the schema check): the check covers the
        whole opening, the figures what the user waits for."""
        calendar = self.window.section_widget("calendar")
        said: list[str] = []

        def say(what: str) -> None:
            elapsed = (time.perf_counter() - self.started) * 1000
            print(f"{what}{elapsed:.0f} ms")
            sys.stdout.flush()
            said.append(what)

        def painted() -> None:
            say("")
            finish()

        def finish() -> None:
            if said and calendar.complete and "usable " not in said:
                say("usable ")
            if "usable " in said and self.ctx.ready and self.exit_code == EXIT_OK:
                self.app.quit()

        calendar.data_painted.connect(painted)
        calendar.loaded.connect(finish)
        self.ctx.workspace_opened.connect(finish)

    def _smoke_timeout(self) -> None:
        print("crm-desktop: the calendar did not paint its data in time", file=sys.stderr)
        self.exit_code = 1
        self.app.quit()


def _open_workspace(directory: Path, lang: str) -> Any:
    """Open the workspace (on the context's worker thread); the user's or the environment's errors
    become :class:`~crm_desktop.ui.context.OpenFailed` with a message for the user."""
    from crm_desktop.app.errors import AppError
    from crm_desktop.app.workspace_files import WorkspaceUnreadable, open_checked
    from crm_desktop.ui.context import OpenFailed

    try:
        return open_checked(directory, lang)
    except AppError as exc:
        raise OpenFailed(exc.render(lang)) from exc
    except WorkspaceUnreadable as exc:
        raise OpenFailed(str(exc)) from exc


def run_gui(args: argparse.Namespace) -> int:
    _ensure_platform(bool(getattr(args, "smoke", False)))
    return DesktopApp(args).run()
