"""What the agenda's lifecycle row and tree add for versions and sharing: the next step after
"Share as preliminary" (sending it, from Reports), a legend of the tree's marks written out (red
numbers, the information icon) rather than only in tooltips, and toolbar buttons with their text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from crm_desktop.domain.model import AgendaStatus
from crm_desktop.ui.agenda.details_panel import DetailsPanel
from crm_desktop.ui.sections import registered

REQUIRED_INK = "#8e3b46"  # the tree's colour for a required item's number (``tree_model``)


class VersionsBar(DetailsPanel):
    """The send button shown on a preliminary agenda, the legend under the tree, labelled tools."""

    def _build_versions_bar(self, top: QHBoxLayout, tree_box: QWidget) -> None:
        # In the meeting's row, where "Create agenda" stands before there is one: the lifecycle row
        # is as wide as a small laptop allows.
        self.send_button = QPushButton(self)
        self.send_button.clicked.connect(self.send_preliminary)
        self.send_button.hide()
        top.addWidget(self.send_button)
        # Every tool says what it does under its icon (the narrowest of the styles that shows text).
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        # Never wider than the tree: on a narrow window the last tools go behind the toolbar's » button.
        self.toolbar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.legend = QWidget(self)
        row = QHBoxLayout(self.legend)
        row.setContentsMargins(0, 0, 0, 0)
        self.legend_required = QLabel(self.legend)
        self.legend_required.setTextFormat(Qt.TextFormat.RichText)
        icon = QLabel(self.legend)
        size = self.fontMetrics().height()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView).pixmap(size, size))
        self.legend_comments = QLabel(self.legend)
        for label in (self.legend_required, self.legend_comments):
            label.setWordWrap(True)  # wraps on a narrow window rather than widening it
        row.addWidget(self.legend_required, 1)  # the two texts share the width, each on one line if it fits
        row.addSpacing(16)
        row.addWidget(icon)
        row.addWidget(self.legend_comments, 1)
        box = tree_box.layout()
        if box is not None:
            box.addWidget(self.legend)

    def _retranslate_versions_bar(self) -> None:
        self.send_button.setText(self.tr("&Enviar la preliminar…"))
        self.send_button.setToolTip(
            self.tr("Abre el envío de la agenda preliminar a los puntos focales de los países y organismos consultados")
        )
        self.send_button.setAccessibleName(self.tr("Enviar la agenda preliminar"))
        self.legend.setAccessibleName(self.tr("Leyenda de la agenda"))
        self.legend_required.setText(
            f'<b style="color:{REQUIRED_INK}">1</b> ' + self.tr("número en rojo: punto obligatorio (no se elimina)")
        )
        self.legend_comments.setText(self.tr("el punto tiene comentarios; su número va entre paréntesis"))

    def _show_versions_bar(self, status: str) -> None:
        self.send_button.setVisible(status == AgendaStatus.PRELIMINARY.value and registered("reports"))
        self.legend.setVisible(bool(status))

    def send_preliminary(self) -> None:
        """Lead on to sending the preliminary agenda: Reports, on this meeting, with the agenda's sending
        dialog open (recipients: the member countries and the observer organisations, seed A)."""
        if self.state is None or self.state.meeting_id is None:
            return
        self.ctx.navigate("reports", meeting_id=self.state.meeting_id, send="agenda")
