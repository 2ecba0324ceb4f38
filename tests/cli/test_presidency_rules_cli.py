"""The Presidency's annual rotation through the command line.

Seed, B: the PPT "es designada por consenso de los Países Miembros de la Conferencia, dentro de un
esquema rotativo anual" — categorical: the same country two years running is refused, unless the
member countries agree to it by consensus, recorded as such.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import main
from crm_desktop.domain.model import ActKind
from crm_desktop.store.schema import Act, PresidencyTerm


def run(capsys: pytest.CaptureFixture[str], demo_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(demo_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _vm_2026(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> str:
    code, out, _ = run(capsys, demo_dir, "meetings", "list", "--json", "--year", "2026", "--body", "viceministers")
    assert code == 0
    return str(json.loads(out)[0]["id"])


def test_same_country_two_years_running_refused_then_recorded_by_consensus(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vm = _vm_2026(capsys, demo_dir)
    _, out, _ = run(capsys, demo_dir, "handover", "troika", "--year", "2027", "--json")
    holder_2027 = json.loads(out)["current"]
    args = ("handover", "candidacy", "--country", holder_2027, "--year", "2028", "--meeting", vm[:8])
    assert run(capsys, demo_dir, *args)[0] == 0
    designate = ("handover", "designate", "--country", holder_2027, "--year", "2028", "--meeting", vm[:8])
    code, out, err = run(capsys, demo_dir, "--lang", "en", *designate)
    assert code == 3 and out == ""
    assert f"{holder_2027} already holds the Pro-Tempore Presidency in 2027" in err
    code, _, err = run(capsys, demo_dir, *designate)
    assert code == 3 and "la rotación es anual" in err and "already" not in err
    code, out, _ = run(capsys, demo_dir, "--lang", "en", *designate, "--consecutive-by-consensus")
    assert code == 0 and f"{holder_2027} designated Pro-Tempore Presidency for 2028" in out
    ws = Workspace(demo_dir)
    try:
        with ws.read() as s:
            term = s.scalars(select(PresidencyTerm).where(PresidencyTerm.year == 2028)).one()
            act = s.scalars(select(Act).where(Act.kind == ActKind.CONSECUTIVE_TERM.value)).one()
    finally:
        ws.close()
    assert term.country_id == holder_2027 and term.designated_at_meeting_id == vm
    assert (act.subject, act.note, act.meeting_id) == (holder_2027, "2028", vm)
    # Designating again (e.g. correcting the date) finds the recorded consensus.
    assert run(capsys, demo_dir, *designate, "--on", "2026-11-20")[0] == 0


def test_designation_with_an_unknown_meeting_prefix_is_bad_input_not_a_traceback(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        capsys, demo_dir, "handover", "designate", "--country", "MX", "--year", "2028", "--meeting", "0000abcd"
    )
    assert code == 4 and "Traceback" not in err and err.strip()


def test_own_vice_ministers_participants_export_with_the_closed_door_imports_back(  # type: ignore[no-untyped-def]
    capsys, demo_dir: Path, tmp_path: Path
) -> None:
    """Seed, A: "acompañados, cada uno de ellos, de un funcionario de alto nivel según estimen
    pertinente" — whatever the order of the rows and the companion's title, the list the product
    wrote is accepted by the product."""
    from datetime import datetime

    from crm_desktop.app.meetings import MeetingInput, create_meeting

    vm = _vm_2026(capsys, demo_dir)
    out = tmp_path / "vm.csv"
    code, _, err = run(capsys, demo_dir, "participants", "export", "--meeting", vm, "--out", str(out))
    assert code == 0, err
    rows = out.read_text("utf-8").splitlines()
    assert any("closed_door" in r or "puerta" in r.lower() for r in rows[1:])
    ws = Workspace(demo_dir)
    try:
        again = create_meeting(
            ws,
            MeetingInput(
                "viceministers", "XXXII Reunión Viceministerial", datetime(2027, 5, 10), datetime(2027, 5, 11), "GT"
            ),
        )
    finally:
        ws.close()
    code, _, err = run(capsys, demo_dir, "participants", "import", str(out), "--meeting", again)
    assert code == 0, err
    # Rows in reverse order (companions before their Vice-Ministers) are accepted as well.
    reversed_csv = tmp_path / "reversed.csv"
    reversed_csv.write_text("\n".join([rows[0], *reversed(rows[1:])]) + "\n", "utf-8")
    ws = Workspace(demo_dir)
    try:
        third = create_meeting(
            ws,
            MeetingInput(
                "viceministers", "XXXIII Reunión Viceministerial", datetime(2028, 5, 10), datetime(2028, 5, 11), "GT"
            ),
        )
    finally:
        ws.close()
    code, _, err = run(capsys, demo_dir, "participants", "import", str(reversed_csv), "--meeting", third)
    assert code == 0, err
