"""CLI of the between-meetings process: outputs, exit codes for refusals (3) and bad input (4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], demo_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(demo_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_progress_report_pdf_and_json(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "r.pdf"
    code, stdout, _ = run(
        capsys, demo_dir, "--lang", "en", "progress-report", "--semester", "2026-1", "--out", str(out)
    )
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    code, stdout, _ = run(capsys, demo_dir, "progress-report", "--semester", "2026-2", "--json")
    data = json.loads(stdout)
    assert code == 0 and data["semester"] == "2026-2" and len(data["themes"]) == 3
    code, _, err = run(capsys, demo_dir, "progress-report", "--semester", "2026-7")
    assert code == 4 and "2026-1" in err


def test_report_progress_is_the_progress_report(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``crm-desktop report progress --semester 2026-1 --out FILE.pdf``, as the README of the process says."""
    out = tmp_path / "alias.pdf"
    code, stdout, _ = run(
        capsys, demo_dir, "report", "progress", "--semester", "2026-1", "--lang", "en", "--out", str(out), "--json"
    )
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    code, direct, _ = run(capsys, demo_dir, "--lang", "en", "progress-report", "--semester", "2026-1", "--json")
    assert code == 0 and json.loads(stdout) == json.loads(direct)
    assert json.loads(stdout)["lang"] == "en"
    code, _, err = run(capsys, demo_dir, "report", "progress", "--out", str(out))
    assert code == 4 and "--semester" in err
    code, _, err = run(capsys, demo_dir, "report", "progress", "--semester", "2026-7", "--out", str(out))
    assert code == 4 and "2026-1" in err


def test_poa_and_indicators(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        capsys,
        demo_dir,
        "poa",
        "add",
        "--theme",
        "human_rights",
        "--kind",
        "training",
        "--title",
        "Capacitación consular",
        "--responsible",
        "HN",
        "--end",
        "2026-12-01",
    )
    assert code == 0
    aid = out.strip()
    code, _, err = run(capsys, demo_dir, "--lang", "en", "poa", "funding", aid[:8], "yes")
    assert code == 3 and "not a priority" in err
    assert run(capsys, demo_dir, "poa", "priority", aid[:8], "yes")[0] == 0
    assert run(capsys, demo_dir, "poa", "funding", aid[:8], "yes", "--amount", "15000")[0] == 0
    code, out, _ = run(capsys, demo_dir, "poa", "candidates", "--json")
    assert any(r["id"] == aid and r["funding_cents"] == 1_500_000 for r in json.loads(out))
    code, out, _ = run(capsys, demo_dir, "indicators", "list", "--semester", "2026-1")
    assert code == 0 and "PROGRESS" in out


def test_budget_and_followup(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, demo_dir, "budget", "status", "--json", "--as-of", "2026-11-27")
    assert code == 0 and list(json.loads(out)["arrears"]) == ["NI"]
    code, _, err = run(
        capsys,
        demo_dir,
        "budget",
        "pay",
        "--country",
        "NI",
        "--year",
        "2026",
        "--amount",
        "7350",
        "--audience",
        "public",
    )
    assert code == 3 and "nunca para el público" in err
    assert run(capsys, demo_dir, "budget", "pay", "--country", "NI", "--year", "2026", "--amount", "7350")[0] == 0
    code, out, _ = run(capsys, demo_dir, "budget", "status", "--json", "--as-of", "2026-11-27")
    assert json.loads(out)["arrears"] == {}
    csv_path, pdf_path = tmp_path / "c.csv", tmp_path / "c.pdf"
    assert run(capsys, demo_dir, "budget", "report", "--csv", str(csv_path), "--pdf", str(pdf_path))[0] == 0
    assert csv_path.read_text(encoding="utf-8").startswith("year,country") and pdf_path.stat().st_size > 1000
    code, _, _ = run(capsys, demo_dir, "budget", "scale", "--from-year", "2027", "--share", "MX=100x")
    assert code == 4
    code, out, _ = run(capsys, demo_dir, "followup", "list", "--overdue", "--as-of", "2026-11-27", "--json")
    overdue = json.loads(out)
    assert code == 0 and overdue and all(a["overdue"] for a in overdue)
    first = overdue[0]["id"]
    assert run(capsys, demo_dir, "followup", "note", first, "Seguimiento en la próxima reunión")[0] == 0
    code, _, _ = run(capsys, demo_dir, "followup", "status", first, "dropped")
    assert code == 3
    code, out, _ = run(capsys, demo_dir, "followup", "history", first, "--json")
    assert json.loads(out)["notes"][-1]["text"] == "Seguimiento en la próxima reunión"


def test_workplans_logistics_handover(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, demo_dir, "workplans", "list", "--json")
    plans = json.loads(out)
    assert code == 0 and {p["status"] for p in plans} == {"approved"}
    code, out, _ = run(capsys, demo_dir, "meetings", "list", "--json", "--year", "2026", "--body", "viceministers")
    vm = json.loads(out)[0]["id"]
    code, out, _ = run(
        capsys,
        demo_dir,
        "workplans",
        "add",
        "--network",
        "network_consular",
        "--period",
        "2027",
        "--title",
        "Plan 2027",
    )
    pid = out.strip()
    assert run(capsys, demo_dir, "workplans", "submit", pid)[0] == 0
    code, _, err = run(capsys, demo_dir, "workplans", "approve", pid, "--meeting", vm)
    assert code == 3 and "GRCM" in err
    code, out, _ = run(capsys, demo_dir, "logistics", "list", "--meeting", vm, "--json")
    items = json.loads(out)["items"]
    pending = next(i for i in items if i["status"] == "pending")
    code, _, _ = run(capsys, demo_dir, "logistics", "set", pending["id"], "--status", "contracted")
    assert code == 3
    assert (
        run(
            capsys,
            demo_dir,
            "logistics",
            "set",
            pending["id"],
            "--supplier",
            "Proveedor",
            "--cost",
            "1200.50",
            "--status",
            "contracted",
        )[0]
        == 0
    )
    assert run(capsys, demo_dir, "logistics", "quality", pending["id"], "ok")[0] == 0
    js, pdf = tmp_path / "h.json", tmp_path / "h.pdf"
    code, _, _ = run(
        capsys, demo_dir, "handover", "pack", "--year", "2026", "--json-out", str(js), "--pdf-out", str(pdf)
    )
    assert code == 0 and json.loads(js.read_text(encoding="utf-8"))["troika"]["next"] == "GT"
    assert pdf.read_bytes().startswith(b"%PDF")
    code, out, _ = run(capsys, demo_dir, "handover", "rotation", "--json")
    assert [y["year"] for y in json.loads(out)["years"]][-2:] == [2028, 2029]


def test_decisions_and_presidency_commands(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, demo_dir, "meetings", "list", "--json", "--year", "2026")
    rows = json.loads(out)
    vm = next(r["id"] for r in rows if r["body"] == "viceministers")
    grcm = next(r["id"] for r in rows if r["body"] == "grcm")
    code, out, _ = run(
        capsys,
        demo_dir,
        "followup",
        "add",
        "--meeting",
        vm,
        "--text",
        "Crear un grupo de trabajo.",
        "--owner",
        "GRCM",
        "--due",
        "2027-06-30",
    )
    assert code == 0
    code, out, _ = run(capsys, demo_dir, "followup", "list", "--open", "--owner", "GRCM", "--json")
    assert any(a["text"] == "Crear un grupo de trabajo." for a in json.loads(out))
    code, _, err = run(
        capsys,
        demo_dir,
        "--lang",
        "en",
        "handover",
        "candidacy",
        "--country",
        "MX",
        "--year",
        "2028",
        "--meeting",
        grcm,
    )
    assert code == 3 and "plenary" in err
    assert run(capsys, demo_dir, "handover", "candidacy", "--country", "MX", "--year", "2028", "--meeting", vm)[0] == 0
    code, _, _ = run(
        capsys, demo_dir, "handover", "designate", "--country", "MX", "--year", "2028", "--objections", "NI"
    )
    assert code == 3
    assert run(capsys, demo_dir, "handover", "designate", "--country", "MX", "--year", "2028", "--meeting", vm)[0] == 0
    code, out, _ = run(capsys, demo_dir, "handover", "troika", "--year", "2027", "--json")
    troika = json.loads(out)
    assert (troika["previous"], troika["current"], troika["next"]) == ("CR", "GT", "MX")


def test_themes_are_configuration(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, demo_dir, "poa", "theme-add", "governance", "--name-es", "Gobernanza migratoria")[0] == 0
    code, out, _ = run(capsys, demo_dir, "poa", "themes", "--json")
    assert [t["key"] for t in json.loads(out)][-1] == "governance"
    code, _, _ = run(capsys, demo_dir, "poa", "theme-remove", "human_rights")
    assert code == 4  # activities and indicators still use it
    assert run(capsys, demo_dir, "poa", "theme-remove", "governance")[0] == 0
    code, out, _ = run(capsys, demo_dir, "poa", "themes", "--json")
    assert len(json.loads(out)) == 3


def test_unwritable_output_is_a_clear_error(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "no-such-folder" / "r.pdf"
    code, _, err = run(capsys, demo_dir, "progress-report", "--semester", "2026-1", "--out", str(missing))
    assert code == 4 and "error de archivo" in err and not missing.parent.exists()
    code, _, err = run(capsys, demo_dir, "--lang", "en", "budget", "report", "--csv", str(missing))
    assert code == 4 and "file error" in err


def test_process_status(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, demo_dir, "process-status", "--as-of", "2026-11-01", "--json")
    assert code == 0 and json.loads(out)["countries_in_arrears"] == ["NI"]
    code, out, _ = run(capsys, demo_dir, "process-status")
    assert code == 0 and "overdue_actions:" in out
