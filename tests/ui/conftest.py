"""GUI test fixtures: isolated settings, a window on a workspace, and no tolerance for Qt warnings.

Like qutebrowser's ``logfail``, a Qt warning or critical message during a test fails that test:
warnings printed to a console are bugs users would see too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QtMsgType, qInstallMessageHandler

# Messages of the headless test platform itself, not of the application.
PLATFORM_NOISE = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",  # a completer's popup, offscreen
)


@pytest.fixture(autouse=True)
def fail_on_qt_warnings() -> Iterator[list[str]]:
    seen: list[str] = []

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        serious = kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if serious and not any(noise in message for noise in PLATFORM_NOISE):
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)
    if seen:
        pytest.fail("Qt warnings during the test:\n" + "\n".join(seen), pytrace=False)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Window state and preferences go to a throwaway folder, never to the user's own."""
    folder = str(tmp_path_factory.mktemp("qsettings"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    QCoreApplication.setOrganizationName("crm-desktop-tests")
    QCoreApplication.setApplicationName("CRM Desktop tests")


@pytest.fixture
def translations(qapp: Any) -> Iterator[Any]:
    """Translators on the application; back to Spanish afterwards so tests stay independent."""
    from crm_desktop.ui.i18n import Translations

    t = Translations(qapp)
    t.apply("es")
    yield t
    t.clear()


@pytest.fixture
def window(qtbot: Any, demo: Any, translations: Any) -> Iterator[Any]:
    """The main window on a copy of the demo workspace, opened on the calendar."""
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.main_window import MainWindow

    ctx = UiContext(demo, lang="es")
    w = MainWindow(ctx, initial_section="calendar")
    qtbot.addWidget(w)
    w.show()
    yield w
    ctx.wait()
