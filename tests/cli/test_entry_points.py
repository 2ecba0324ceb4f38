"""``python -m crm_desktop.cli``: the same program as ``crm-desktop``, subcommands and ``--version`` included."""

from __future__ import annotations

import subprocess
import sys

from crm_desktop import __version__


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crm_desktop.cli", *args], capture_output=True, text=True, timeout=120)


def test_version_is_read_when_asked_for() -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"crm-desktop {__version__}"


def test_subcommands_of_the_command_modules_are_there_when_run_as_a_module() -> None:
    result = run("calendar", "--help")
    assert result.returncode == 0, result.stderr
    assert "export" in result.stdout and "import" in result.stdout


def test_an_unknown_subcommand_is_a_usage_error() -> None:
    result = run("no-such-command")
    assert result.returncode == 2
    assert "valor no válido «no-such-command»" in result.stderr  # the default language, Spanish


def test_the_package_runs_as_a_module_too() -> None:
    """``python -m crm_desktop``: the package's ``__main__`` is the same entry point."""
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "calendar", "--help"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "export" in result.stdout and "import" in result.stdout
    version = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--version"], capture_output=True, text=True, timeout=120
    )
    assert version.stdout.strip() == f"crm-desktop {__version__}"
