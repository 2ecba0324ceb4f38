"""The first run: no workspace in the folder the app was asked to open.

The person chooses to join the CRM's workspace (an empty workspace that the Technical Secretariat's
invitation fills; the window opens on the Sync section, where the join request is written), to
create an empty workspace or a demonstration, or to pick another folder.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication


def run_with_progress(label: str, fn: Callable[[], Any]) -> Any:
    """Run ``fn`` on a thread while a busy dialog keeps the screen alive; re-raise its error."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed back to the UI thread below
            outcome["error"] = exc

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    timer.start(50)
    loop.exec()
    timer.stop()
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def offer_new_workspace(directory: Path, lang: str) -> tuple[Path, str | None] | None:
    """No workspace at ``directory``: join the CRM's workspace, create an empty one or a demo, or choose
    another folder. Returns the folder and the section the window opens on (None: the last one used)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from crm_desktop.app import workspace_files
    from crm_desktop.app.workspace import init_workspace
    from crm_desktop.demo import build_demo

    while True:  # "another folder" that holds no workspace asks again
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("CRM Desktop")
        box.setText(
            QCoreApplication.translate("DesktopApp", "No hay un espacio de trabajo en %1.").replace(
                "%1", str(directory)
            )
        )
        box.setInformativeText(QCoreApplication.translate("DesktopApp", "¿Qué desea hacer?"))
        new = box.addButton(
            QCoreApplication.translate("DesktopApp", "Crear un espacio vacío"), QMessageBox.ButtonRole.AcceptRole
        )
        demo = box.addButton(
            QCoreApplication.translate("DesktopApp", "Crear una demostración"), QMessageBox.ButtonRole.AcceptRole
        )
        join = box.addButton(
            QCoreApplication.translate("DesktopApp", "Unirme al espacio de trabajo de la CRM…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        join.setToolTip(
            QCoreApplication.translate(
                "DesktopApp",
                "Recibí una invitación de la Secretaría Técnica, o le enviaré una solicitud de ingreso: "
                "la ventana se abre en «Sincronización».",
            )
        )
        other = box.addButton(
            QCoreApplication.translate("DesktopApp", "Elegir otra carpeta…"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(demo)
        box.exec()
        clicked = box.clickedButton()
        if clicked is join:
            from crm_desktop.app.sync_onboarding import create_for_joining

            create_for_joining(directory, lang=lang)
            return directory, "sync"  # where the join request is written and the invitation imported
        if clicked is new:
            ws = run_with_progress(
                QCoreApplication.translate("DesktopApp", "Creando el espacio de trabajo…"),
                functools.partial(init_workspace, directory, directory.name, lang=lang),
            )
            ws.close()
            return directory, None
        if clicked is demo:
            ws = run_with_progress(
                QCoreApplication.translate("DesktopApp", "Creando la demostración…"),
                functools.partial(build_demo, directory, lang=lang),
            )
            ws.close()
            return directory, None
        if clicked is other:
            chosen = QFileDialog.getExistingDirectory(
                None, QCoreApplication.translate("DesktopApp", "Carpeta del espacio de trabajo"), str(directory)
            )
            if chosen:
                directory = Path(chosen)
                if workspace_files.exists(directory):
                    return directory, None
            continue
        return None
