"""The ``.eml`` drafts of the send dialog, on a tab of their own: the folder, the button that writes
one draft per language (the focal points in Bcc), and once they are saved the drafts themselves,
each opened in the mail program ("Open") or shown in its folder ("Show in folder")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import platform_files

DRAFTS = "mail/drafts_folder"
PATH_ROLE = Qt.ItemDataRole.UserRole + 32


def default_drafts_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(documents or Path.home()) / "CRM")


class DraftsPanel(QWidget):
    """Where the drafts go, the button that writes them, and what was written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.drafts_folder = QLineEdit(str(QSettings().value(DRAFTS, "") or default_drafts_folder()))
        self.folder_label.setBuddy(self.drafts_folder)
        self.browse_button = QPushButton()
        self.drafts_button = QPushButton()
        self.written_label = QLabel()
        self.written_list = QListWidget()
        self.written_label.setBuddy(self.written_list)
        self.open_draft_button = QPushButton()
        self.open_folder_button = QPushButton()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.drafts_folder, 1)
        folder_row.addWidget(self.browse_button)
        after = QHBoxLayout()
        after.addWidget(self.open_draft_button)
        after.addWidget(self.open_folder_button)
        after.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.drafts_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.written_label)
        layout.addWidget(self.written_list, 1)
        layout.addLayout(after)
        layout.addStretch(0)  # takes the room while nothing is written yet
        self._layout = layout
        self.browse_button.clicked.connect(self._browse)
        self.open_draft_button.clicked.connect(self.open_draft)
        self.open_folder_button.clicked.connect(self.show_in_folder)
        self.written_list.itemActivated.connect(lambda _item: self.open_draft())
        self.show_written([])

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Un borrador por idioma, con los puntos focales en copia oculta (Cco): ábralo en su programa de "
                "correo, revíselo y envíelo desde allí."
            )
        )
        self.folder_label.setText(self.tr("&Carpeta:"))
        self.drafts_folder.setAccessibleName(self.tr("Carpeta de los borradores"))
        self.browse_button.setText(self.tr("&Examinar…"))
        self.drafts_button.setText(self.tr("Escribir los &borradores"))
        self.written_label.setText(self.tr("Borradores guardados:"))
        self.written_list.setAccessibleName(self.tr("Borradores guardados"))
        self.open_draft_button.setText(self.tr("&Abrir"))
        self.open_draft_button.setAccessibleName(self.tr("Abrir el borrador en el programa de correo"))
        self.open_folder_button.setText(self.tr("&Mostrar en la carpeta"))
        self.open_folder_button.setAccessibleName(self.tr("Mostrar el borrador en su carpeta"))

    def folder(self) -> Path | None:
        text = self.drafts_folder.text().strip()
        if not text:
            return None
        QSettings().setValue(DRAFTS, text)
        return Path(text)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta de los borradores"), self.drafts_folder.text())
        if folder:
            self.drafts_folder.setText(folder)

    def show_written(self, paths: list[Path]) -> None:
        """The drafts just saved, the first selected; "Open" and "Show in folder" act on the selection."""
        self.written_list.clear()
        for p in paths:
            item = QListWidgetItem(p.name)
            item.setData(PATH_ROLE, str(p))
            item.setToolTip(str(p))
            self.written_list.addItem(item)
        if paths:
            self.written_list.setCurrentRow(0)
        for w in (self.written_label, self.written_list, self.open_draft_button, self.open_folder_button):
            w.setVisible(bool(paths))
        self._layout.setStretch(self._layout.count() - 1, 0 if paths else 1)
        self.open_draft_button.setEnabled(bool(paths))
        self.open_folder_button.setEnabled(bool(paths))

    def selected(self) -> Path | None:
        item = self.written_list.currentItem()
        return Path(str(item.data(PATH_ROLE))) if item is not None else None

    def open_draft(self) -> None:
        path = self.selected()
        if path is not None:
            platform_files.open_file(path)

    def show_in_folder(self) -> None:
        path = self.selected()
        if path is not None:
            platform_files.show_in_folder(path)
