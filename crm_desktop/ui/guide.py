"""Help → Guide (F1): the user guide inside the window, in the interface's language, opened at the
section the user is in. The text is ``resources/guide/guide_<lang>.html``, one per language, written
for the three roles' main tasks."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from crm_desktop.domain.grammar import in_lang


def guide_html(lang: str) -> str:
    name = in_lang("guide_es.html", "guide_en.html", lang)
    return resources.files("crm_desktop.resources").joinpath("guide", name).read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The guide; ``show_at(anchor)`` scrolls to a section's part ("calendar", "agenda"...)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guía de CRM Desktop"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(guide_html(lang))
        self.browser.setAccessibleName(self.tr("Guía"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def show_at(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)
