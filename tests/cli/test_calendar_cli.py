"""``crm-desktop calendar export/import``."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from crm_desktop.cli import main


def test_export_a_year_and_import_it_elsewhere(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "crm-2026.ics"
    assert main(["--workspace", str(demo_dir), "calendar", "export", "--year", "2026", "--out", str(out)]) == 0
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert events
    other = tmp_path / "other"
    assert main(["--workspace", str(other), "init", "--name", "Otra"]) == 0
    capsys.readouterr()
    assert main(["--workspace", str(other), "calendar", "import", str(out)]) == 0
    assert main(["--workspace", str(other), "meetings", "list", "--json"]) == 0
    assert capsys.readouterr().out.count('"id"') == len(events)


def test_bad_input_exits_4_with_a_message(demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.ics"
    bad.write_text("nada")
    assert main(["--workspace", str(demo_dir), "calendar", "import", str(bad)]) == 4
    assert "dato no válido" in capsys.readouterr().err
    assert main(["--workspace", str(demo_dir), "calendar", "export", "--meeting", "zzzz", "--out", str(bad)]) == 4
    assert main(["--workspace", str(demo_dir), "calendar", "export"]) == 2
