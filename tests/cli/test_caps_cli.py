"""Decisions only by the bodies that take them, through the command line (seed, A: the Vice-Ministers'
Meeting "es la instancia de decisión ejecutiva de la CRM"; C: the GRCM recommends)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], demo_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(demo_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _first(capsys: pytest.CaptureFixture[str], demo_dir: Path, body: str) -> str:
    code, out, _ = run(capsys, demo_dir, "meetings", "list", "--json", "--body", body)
    assert code == 0
    return str(json.loads(out)[0]["id"])


def test_a_decision_for_a_seminar_is_refused_and_one_of_the_vice_ministers_recorded(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    seminar = _first(capsys, demo_dir, "seminar")
    add = ("followup", "add", "--meeting", seminar[:8], "--text", "Aprobar el plan del taller.")
    code, out, err = run(capsys, demo_dir, *add)
    assert code == 3 and out == ""
    assert "no adopta decisiones vinculantes" in err
    assert "(Sección A: «Es la instancia de decisión ejecutiva de la CRM.»)" in err
    code, _, err = run(capsys, demo_dir, "--lang", "en", *add)
    assert code == 3 and "(Section A: “It is the CRM's executive decision-making body.”)" in err
    grcm = _first(capsys, demo_dir, "grcm")
    code, _, err = run(capsys, demo_dir, "--lang", "en", "followup", "add", "--meeting", grcm, "--text", "Aprobar.")
    assert code == 3 and "only the Vice-Ministers' Meeting adopts them" in err
    code, out, _ = run(
        capsys, demo_dir, "followup", "add", "--meeting", grcm, "--text", "Recomendar.", "--kind", "recommendation"
    )
    assert code == 0 and out.strip()
    vm = _first(capsys, demo_dir, "viceministers")
    assert run(capsys, demo_dir, "followup", "add", "--meeting", vm, "--text", "Aprobar el presupuesto.")[0] == 0
