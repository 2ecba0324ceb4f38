"""``--smoke`` succeeds whatever calendar view and section the user left open last time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("mode", "section"), [("year", "drafting"), ("list", "sync")])
def test_smoke_paints_whatever_view_was_left_open(demo_dir: Path, tmp_path: Path, mode: str, section: str) -> None:
    config = tmp_path / "config"
    (config / "crm-desktop").mkdir(parents=True)
    (config / "crm-desktop" / "CRM Desktop.conf").write_text(
        f"[calendar]\nmode={mode}\n\n[window]\nlast_section={section}\n", encoding="utf-8"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli", "--workspace", str(demo_dir), "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=100,
    )
    assert result.returncode == 0, result.stderr
    assert "did not paint" not in result.stderr
