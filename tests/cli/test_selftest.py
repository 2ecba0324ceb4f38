"""``crm-desktop --self-test``: one line, honest about skipped steps, fails when a step fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.cli import main, selftest


def test_self_test_passes_in_one_line_and_leaves_the_user_home_alone(tmp_path: Path) -> None:
    # A process of its own, as a user runs it: the window step creates the program's QApplication.
    home, config = tmp_path / "home", tmp_path / "config"
    home.mkdir()
    env = {**os.environ, "CRM_DESKTOP_HOME": str(home), "XDG_CONFIG_HOME": str(config)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses the off-screen platform itself

    proc = subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli", "--self-test"], env=env, capture_output=True, text=True, timeout=300
    )

    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("\n") == 1 and proc.stdout.startswith("self-test passed: ")
    for step in ("workspace ok", "check ok", "backup ok", "window ok", "pdf ok", "bundle ok"):
        assert step in proc.stdout
    assert "skipped" not in proc.stdout  # every feature is part of this build
    assert proc.stderr == ""
    assert sorted(p.name for p in home.iterdir()) == ["logs"]  # nothing but the log in the user's folders
    assert not config.exists()  # no preferences written


def test_a_missing_feature_is_skipped_never_passed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(selftest, "_available", lambda module: False)
    test = selftest.SelfTest(tmp_path, "es")
    with pytest.raises(selftest.Skip, match="the desktop window is not part of this build"):
        test.window()


def _no_window(self: selftest.SelfTest) -> None:
    raise selftest.Skip("not in this test process (the subprocess test above runs it)")


def test_a_failing_step_fails_the_self_test(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_check(self: selftest.SelfTest) -> None:
        raise RuntimeError("op log does not reproduce table people")

    monkeypatch.setattr(selftest.SelfTest, "check", broken_check)
    monkeypatch.setattr(selftest.SelfTest, "window", _no_window)

    code = main(["--self-test"])

    out, err = capsys.readouterr()
    assert code == 1
    assert out.startswith("self-test FAILED: ") and "check FAILED: RuntimeError: op log" in out
    assert "workspace ok" in out and "check: RuntimeError" in err


def test_without_a_workspace_nothing_else_runs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_time_zones(self: selftest.SelfTest) -> None:
        raise LookupError("unknown time zone 'America/Mexico_City'")

    monkeypatch.setattr(selftest.SelfTest, "workspace", no_time_zones)

    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "workspace FAILED: LookupError" in out and "check not run (no demo workspace)" in out
    assert " ok (" not in out


def test_pdf_check_refuses_a_truncated_file_or_missing_fonts(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(b"%PDF-1.4\n1 0 obj << /FontFile2 5 0 R >> endobj\n%%EOF\n")
    selftest.check_pdf(good)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good.read_bytes()[:30])
    with pytest.raises(RuntimeError, match="not a complete PDF"):
        selftest.check_pdf(cut)
    bare = tmp_path / "bare.pdf"
    bare.write_bytes(b"%PDF-1.4\n1 0 obj << /Font /Helvetica >> endobj\n%%EOF\n")
    with pytest.raises(RuntimeError, match="does not embed"):
        selftest.check_pdf(bare)
