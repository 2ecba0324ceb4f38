"""``crm-desktop --smoke``: the real program opens the window, paints the calendar's data, says when it is
usable (the rule warnings shown) and exits once the workspace is open."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


def run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_smoke_paints_the_calendar_and_exits_0(demo_dir: Path, tmp_path: Path) -> None:
    result = run(["--workspace", str(demo_dir), "--smoke"], tmp_path)
    assert result.returncode == 0, result.stderr
    painted, usable = result.stdout.splitlines()  # the meetings painted, then the window usable
    assert re.fullmatch(r"\d+ ms", painted) and re.fullmatch(r"usable \d+ ms", usable)
    assert int(painted.split()[0]) <= int(usable.split()[1])
    assert "Traceback" not in result.stderr


def test_smoke_without_a_workspace_says_so(tmp_path: Path) -> None:
    result = run(["--workspace", str(tmp_path / "nothing"), "--smoke"], tmp_path)
    assert result.returncode == 4
    assert "no workspace" in result.stderr
