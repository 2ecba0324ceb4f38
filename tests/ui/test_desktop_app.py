"""Start-up pieces of ``run_gui``: language chosen in the settings applied live, switching workspace."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.app.workspace import init_workspace
from crm_desktop.ui.main import DesktopApp
from crm_desktop.ui.settings import LANGUAGE, WORKSPACE

pytestmark = pytest.mark.gui


@pytest.fixture
def desktop(qapp: Any, demo_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr("sys.argv", ["crm-desktop"])
    monkeypatch.delenv("CRM_DESKTOP_LANG", raising=False)
    app = DesktopApp(argparse.Namespace(workspace=None, lang="es", smoke=False))
    yield app
    app._close_window()
    app.translations.clear()


def test_language_switch_is_applied_everywhere_and_remembered(qtbot: Any, desktop: Any, demo_dir: Path) -> None:
    assert desktop.open(demo_dir)
    window = desktop.window
    qtbot.addWidget(window)
    assert window.sidebar.item(0).text() == "Calendario"
    desktop.set_language("en")
    qtbot.wait(1)
    assert window.sidebar.item(0).text() == "Calendar"
    assert window.ctx.lang == "en" and window.ctx.ws.lang == "en"
    assert desktop.settings.get(LANGUAGE) == "en"
    assert desktop.settings.get(WORKSPACE) == str(demo_dir)
    desktop.set_language("es")


def test_switching_workspace_reopens_the_window(qtbot: Any, desktop: Any, demo_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "otro"
    init_workspace(other, "Otro espacio").close()
    assert desktop.open(demo_dir)
    first = desktop.window
    desktop.switch_workspace(other)
    assert desktop.window is not first
    assert desktop.window.workspace_label.text() == "Espacio: Otro espacio"
    assert desktop.settings.get(WORKSPACE) == str(other)
    qtbot.addWidget(desktop.window)


@pytest.mark.parametrize(("choice", "name"), [(0, "nuevo"), (1, "CRM 2026 (demo)")])
def test_a_missing_workspace_is_offered_empty_or_demo(
    qtbot: Any, desktop: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: int, name: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        box.buttons()[choice].click()  # "Crear un espacio vacío", "Crear una demostración"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    target = tmp_path / "nuevo"
    assert desktop.open(target)
    qtbot.addWidget(desktop.window)
    assert asked == [f"No hay un espacio de trabajo en {target}."]
    assert desktop.window.workspace_label.text() == f"Espacio: {name}"
