"""The headless CLI: exit codes, JSON keys, languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_meetings_list_json(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "meetings", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert set(rows[0]) == {
        "id", "body", "title", "title_en", "shown_title", "ordinal", "start", "end", "timezone", "host_country"
    }  # fmt: skip
    year = [r for r in rows if r["start"].startswith("2026")]
    bodies = [r["body"] for r in year]
    assert bodies.count("viceministers") == 1 and bodies.count("grcm") == 2
    assert bodies.count("network_trafficking") == 2 and bodies.count("network_consular") == 2
    assert bodies.count("seminar") == 2
    assert all(len(r["host_country"]) == 2 for r in rows)
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "--lang", "en", "meetings", "list", "--year", "2026")
    assert code == 0 and "Vice-Ministerial" in out and "Reunión" not in out  # the table in the chosen language


def test_people_list_json(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "people", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and 130 <= len(rows) <= 170
    assert set(rows[0]) == {"id", "name", "country", "organisation", "category", "roles"}
    assert {r["category"] for r in rows} == {
        "member_country",
        "observer_country",
        "observer_org",
        "civil_society",
        "secretariat",
    }


def _ids(capsys, demo_dir: Path) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    _, out, _ = run(capsys, "--workspace", str(demo_dir), "meetings", "list", "--json")
    vm = next(m["id"] for m in json.loads(out) if m["ordinal"] == "XXXI")
    _, out, _ = run(capsys, "--workspace", str(demo_dir), "people", "list", "--json")
    people = json.loads(out)
    observer = next(p["id"] for p in people if p["country"] == "CO")
    third = next(p["id"] for p in people if p["country"] == "MX" and p["roles"] == ["delegate"])
    return vm, observer, third


@pytest.mark.parametrize(("lang", "phrase"), [("es", "únicamente"), ("en", "only")])
def test_closed_door_refusals_exit_3_in_each_language(
    capsys,
    demo_dir: Path,
    lang: str,  # type: ignore[no-untyped-def]
    phrase: str,
) -> None:
    vm, observer, third = _ids(capsys, demo_dir)
    for pid in (observer, third):
        code, _, err = run(
            capsys,
            "--workspace",
            str(demo_dir),
            "--lang",
            lang,
            "accredit",
            "--meeting",
            vm,
            "--person",
            pid,
            "--segment",
            "closed-door",
        )
        assert code == 3
        assert phrase in err


def test_accredit_ok_exit_0_then_already(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vm, _, _ = _ids(capsys, demo_dir)
    _, out, _ = run(capsys, "--workspace", str(demo_dir), "people", "list", "--json")
    colombians = [p["id"] for p in json.loads(out) if p["country"] == "CO"]
    results = []
    for pid in colombians:
        code, out, err = run(capsys, "--workspace", str(demo_dir), "accredit", "--meeting", vm, "--person", pid)
        results.append(code)
        if code == 3:
            assert "ya está acreditado" in err
        else:
            assert code == 0 and len(out.strip()) == 32
    assert sorted(results) == [0, 3]  # the demo accredited one of the two Colombian delegates


def test_usage_and_bad_input_codes(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "accredit")[0] == 2
    assert run(capsys, "--workspace", str(demo_dir), "accredit", "--meeting", "nope", "--person", "x")[0] == 4
    code, _, err = run(capsys, "--workspace", str(tmp_path / "none"), "meetings", "list")
    assert code == 4 and "crm-desktop demo" in err


def test_init_check_and_dump(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = tmp_path / "w"
    assert run(capsys, "--workspace", str(ws), "init", "--name", "Nuevo")[0] == 0
    assert run(capsys, "--workspace", str(ws), "init", "--name", "Otra vez")[0] == 4
    code, out, _ = run(capsys, "--workspace", str(ws), "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    assert run(capsys, "--workspace", str(ws), "dump", "--out", str(tmp_path / "d.json"))[0] == 0
    data = json.loads((tmp_path / "d.json").read_text("utf-8"))
    assert len(data["tables"]["countries"]) == 16
    code, _, err = run(capsys, "--workspace", str(ws), "dump", "--out", str(tmp_path / "missing" / "d.json"))
    assert code == 4 and "d.json" in err


def test_workspace_from_environment(capsys, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CRM_DESKTOP_HOME", str(tmp_path / "env"))
    assert run(capsys, "init", "--name", "Env")[0] == 0
    assert (tmp_path / "env" / "workspace.sqlite3").exists()
