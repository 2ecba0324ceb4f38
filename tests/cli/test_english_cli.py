"""``crm-desktop english``: the English title of a meeting, a person's position and institution, a
focal point's institution; what the documents in English print from them; hostile input refused."""

from __future__ import annotations

import json
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from crm_desktop.app.meetings import get_meeting_row
from crm_desktop.app.people import focal_points, list_people
from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], demo_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(demo_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _vm(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> dict[str, str]:
    code, out, _ = run(capsys, demo_dir, "meetings", "list", "--json", "--body", "viceministers", "--year", "2026")
    assert code == 0
    return dict(json.loads(out)[-1])


def _title_en(demo_dir: Path, meeting_id: str) -> str | None:
    with closing(Workspace(demo_dir)) as ws:
        return get_meeting_row(ws, meeting_id)["title_en"]  # type: ignore[no-any-return]


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_a_meeting_title_in_english_reaches_the_english_agenda(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    vm = _vm(capsys, demo_dir)
    out = tmp_path / "agenda.pdf"
    assert run(capsys, demo_dir, "report", "agenda", "--meeting", vm["id"], "--lang", "en", "--out", str(out))[0] == 0
    assert "31st Vice-Ministerial Meeting, San José" in _pdf_text(out)  # the default: body, ordinal, place
    title = "Thirty-first Regular Vice-Ministerial Meeting"
    assert run(capsys, demo_dir, "english", "meeting", vm["id"], "--title", title)[0] == 0
    assert _title_en(demo_dir, vm["id"]) == title
    assert run(capsys, demo_dir, "report", "agenda", "--meeting", vm["id"], "--lang", "en", "--out", str(out))[0] == 0
    assert title in _pdf_text(out)
    assert run(capsys, demo_dir, "english", "meeting", vm["id"], "--title", "")[0] == 0
    assert _title_en(demo_dir, vm["id"]) is None


def test_a_person_and_a_focal_point_in_english(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    with closing(Workspace(demo_dir)) as ws:
        person = next(p for p in list_people(ws) if p["title"] == "Especialista en TI")
        fp = focal_points(ws)[0]
    args = ("english", "person", person["id"][:8], "--title", "IT officer", "--institution", "RCM Secretariat")
    assert run(capsys, demo_dir, *args)[0] == 0
    assert run(capsys, demo_dir, "english", "focal-point", fp["id"][:8], "--institution", "Migration Office")[0] == 0
    with closing(Workspace(demo_dir)) as ws, ws.read() as s:
        from crm_desktop.store.schema import FocalPoint, Person

        row = s.get(Person, person["id"])
        assert row is not None and (row.title_en, row.institution_en) == ("IT officer", "RCM Secretariat")
        point = s.get(FocalPoint, fp["id"])
        assert point is not None and point.institution_en == "Migration Office"


@pytest.mark.parametrize(
    "args",
    [
        ("english", "person", "nobody", "--title", "Adviser"),
        ("english", "person", "PID"),  # nothing to record
        ("english", "person", "PID", "--title", "x" * 121),
        ("english", "person", "PID", "--institution", "Ministry\x1b[2J"),
        ("english", "meeting", "MID", "--title", "y" * 301),
        ("english", "focal-point", "nope", "--institution", "Ministry"),
    ],
)
def test_hostile_input_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, args: tuple[str, ...]
) -> None:
    vm = _vm(capsys, demo_dir)
    with closing(Workspace(demo_dir)) as ws:
        pid = list_people(ws)[0]["id"]
    before = run(capsys, demo_dir, "dump")[1]
    for lang in ("es", "en"):
        code, out, err = run(
            capsys, demo_dir, "--lang", lang, *(a.replace("PID", pid).replace("MID", vm["id"]) for a in args)
        )
        assert code == 4 and out == "" and "Traceback" not in err
        assert ("dato no válido" in err or "no existe" in err) if lang == "es" else ("invalid" in err or "no " in err)
    assert run(capsys, demo_dir, "dump")[1] == before
