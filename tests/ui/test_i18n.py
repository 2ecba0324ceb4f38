"""Every interface string has its English translation, and the compiled catalogues ship in the package."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crm_desktop.ui.i18n import CATALOGUE_DIR

ROOT = Path(__file__).resolve().parents[2]


def test_english_catalogue_has_no_unfinished_message() -> None:
    messages = list(ET.parse(ROOT / "i18n" / "crm_desktop_en.ts").iter("message"))
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_catalogues_are_complete_and_current_for_the_code() -> None:
    """The same check as ``scripts/i18n.py --check``: new strings in the code fail until translated."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("lang", ["es", "en"])
def test_compiled_catalogues_load(qapp: object, lang: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(f"crm_desktop_{lang}", str(CATALOGUE_DIR))
    expected = {"es": "Reuniones", "en": "Meetings"}[lang]
    assert translator.translate("MeetingsView", "Reuniones") == expected
