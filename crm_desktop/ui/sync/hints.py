"""Why a tab of the Sync section is empty or greyed out, and what to do about it.

Each tab carries a :class:`TabHint` at its top: one sentence for where this laptop stands (no
identity yet, a join request waiting for its invitation, joined) and, when the thing to do is on
another tab, a button that goes there. The texts live in the Sync view's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class Stage(Enum):
    """Where this laptop stands with synchronisation."""

    NONE = "none"  # no identity: nothing chosen yet
    WAITING = "waiting"  # a join request written, its invitation not imported yet
    JOINED = "joined"


def roster_hint(stage: Stage, *, empty: bool) -> str:
    if stage is Stage.NONE:
        return QCoreApplication.translate(
            "SyncView",
            "Aún no hay dispositivos: este equipo no se ha unido a ningún espacio de trabajo. Únase en la "
            "pestaña «Este dispositivo».",
        )
    if stage is Stage.WAITING:
        return QCoreApplication.translate(
            "SyncView",
            "La lista de dispositivos llega con la invitación de la Secretaría Técnica. Cuando la reciba, "
            "impórtela en la pestaña «Este dispositivo».",
        )
    return QCoreApplication.translate("SyncView", "Todavía no hay dispositivos en el espacio.") if empty else ""


def exchange_hint(stage: Stage) -> str:
    if stage is Stage.NONE:
        return QCoreApplication.translate(
            "SyncView",
            "Esta laptop aún no se ha unido al espacio de trabajo de la CRM, así que no puede enviar ni "
            "recibir cambios. Únase en la pestaña «Este dispositivo»: con la invitación que le dio la ST, o "
            "escribiendo una solicitud de ingreso.",
        )
    if stage is Stage.WAITING:
        return QCoreApplication.translate(
            "SyncView",
            "Esta laptop aún no se ha unido al espacio de trabajo de la CRM: espera la invitación que responde "
            "a su solicitud de ingreso. Hasta importarla no puede enviar cambios; impórtela con «Importar "
            "paquete…» o en la pestaña «Este dispositivo».",
        )
    return ""


def pending_hint(stage: Stage) -> str:
    if stage is not Stage.JOINED:
        return QCoreApplication.translate(
            "SyncView", "Nada espera: este equipo recibirá paquetes cuando se haya unido al espacio de trabajo."
        )
    return QCoreApplication.translate("SyncView", "Ningún paquete espera: todo lo recibido se ha aplicado.")


def conflicts_hint(stage: Stage) -> str:
    if stage is not Stage.JOINED:
        return QCoreApplication.translate(
            "SyncView", "Sin conflictos: solo aparecen al recibir cambios de otros equipos."
        )
    return QCoreApplication.translate(
        "SyncView",
        "Sin conflictos: ningún valor se ha perdido ante un cambio simultáneo en otro equipo. Si ocurre, "
        "aparecerá aquí con quién lo cambió y cuándo.",
    )


class TabHint(QWidget):
    """One sentence saying why a tab is empty or greyed out, and a button to the tab where to act."""

    def __init__(self, go: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(go)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("SyncView", "Ir a «Este dispositivo»"))
        self.button.setAccessibleName(QCoreApplication.translate("SyncView", "Ir a la pestaña «Este dispositivo»"))

    def text(self) -> str:
        return self.label.text()

    def show_hint(self, text: str, *, go: bool = False) -> None:
        """Show ``text`` ("" hides the hint), with the button when the thing to do is on the first tab."""
        self.label.setText(text)
        self.button.setVisible(go)
        self.setVisible(bool(text))
