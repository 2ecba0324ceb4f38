"""Qt's own dialogs speak the interface's language: a Spanish file dialog says "Ver en:", not "Look in:"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from crm_desktop.ui.i18n import Translations, qt_translation_dirs


def _labels(dialog: QFileDialog) -> set[str]:
    return {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}  # accelerators aside


def test_qtbase_catalogues_are_found() -> None:
    assert any((d / "qtbase_es.qm").is_file() for d in qt_translation_dirs())


@pytest.mark.parametrize(("lang", "look_in"), [("es", "Ver en:"), ("en", "Look in:")])
def test_file_dialog_follows_the_language(qapp, lang: str, look_in: str) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    try:
        # at start-up in one language, then switched to the other and back: each time Qt's own texts follow
        for step in ("en" if lang == "es" else "es", lang):
            translations.apply(step)
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = _labels(dialog)
        assert look_in in labels
        english = {"Look in:", "File name:", "Files of type:"}
        assert (labels & english == english) if lang == "en" else not (labels & english), labels
        dialog.deleteLater()
    finally:
        translations.clear()
