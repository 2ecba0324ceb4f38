"""``crm-desktop agenda`` and the rules it meets: an item's theme and closed-door topic (exit 3 with the
text's sentence when refused), the closed-door warning listed by ``warnings``, the ST budget approved only
behind closed doors, the GRCM's documents offered to the Vice-Ministers' agenda, the handover's return fund."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _vm_2026(capsys: pytest.CaptureFixture[str], w: list[str]) -> str:
    code, out, _ = run(capsys, *w, "meetings", "list", "--year", "2026", "--body", "viceministers", "--json")
    assert code == 0
    return str(json.loads(out)[0]["id"])


def test_classify_a_closed_door_item_and_see_the_warning(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = ["--workspace", str(demo_dir), "--lang", "en"]
    vm = _vm_2026(capsys, w)
    code, out, _ = run(capsys, *w, "agenda", "items", "--meeting", vm[:8], "--segment", "closed-door", "--json")
    assert code == 0
    items = json.loads(out)
    assert [i["topic"] for i in items] == ["membership", "st_admin_finance", "future_actions"]
    first = items[0]["id"][:8]
    code, out, _ = run(capsys, *w, "agenda", "classify", first, "--topic", "none")
    assert code == 0 and out.strip() == f"item {first}: theme: none; closed-door topic: none"
    code, out, _ = run(capsys, *w, "warnings", "--meeting", vm[:8], "--json")
    [warned] = [x for x in json.loads(out) if x["rule"] == "warn.closed_door_topic"]
    assert warned["meeting"] == vm and warned["source"].startswith("Section A: “In the closed-door meeting")
    code, _, err = run(capsys, *w, "agenda", "classify", first, "--topic", "trade")
    assert code == 3 and "“trade” is not a topic of the closed-door meeting" in err and "Section A" in err
    code, _, err = run(capsys, *w, "agenda", "classify", first, "--theme", "trade")
    assert code == 3 and "Introduction: “The CRM divides its agenda" in err
    code, out, _ = run(
        capsys, *w, "agenda", "classify", first, "--topic", "observer_criteria", "--theme", "human_rights"
    )
    assert code == 0 and "theme: human_rights; closed-door topic: observer_criteria" in out
    code, out, _ = run(capsys, *w, "warnings", "--meeting", vm[:8], "--json")
    assert not [x for x in json.loads(out) if x["rule"] == "warn.closed_door_topic"]


def test_a_plenary_item_takes_a_theme_but_no_closed_door_topic(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = ["--workspace", str(demo_dir)]
    vm = _vm_2026(capsys, w)
    _, out, _ = run(capsys, *w, "agenda", "items", "--meeting", vm, "--json")
    items = json.loads(out)
    assert {i["theme"] for i in items} == {None, "policy_management"}
    code, _, err = run(capsys, *w, "agenda", "classify", items[0]["id"], "--topic", "membership")
    assert code == 3 and "solo los puntos de la reunión a puerta cerrada" in err
    code, _, err = run(capsys, *w, "agenda", "classify", "zz", "--theme", "human_rights")
    assert code == 4 and "Traceback" not in err
    code, out, _ = run(capsys, *w, "agenda", "topics", "--json")
    assert code == 0 and [t["key"] for t in json.loads(out) if t["kind"] == "theme"] == [
        "policy_management",
        "human_rights",
        "migration_development",
    ]


def test_the_st_budget_only_behind_closed_doors(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = ["--workspace", str(demo_dir)]
    vm = _vm_2026(capsys, w)
    budget = ["budget", "approve", "--year", "2027", "--amount", "430000", "--meeting", vm[:8], "--audience", "members"]
    code, out, err = run(capsys, *w, *budget, "--segment", "plenary")
    assert code == 3 and out == ""
    assert "se aprueba en la reunión a puerta cerrada" in err and "no en «Reunión Plenaria»" in err
    code, _, err = run(capsys, *w, *budget, "--segment", "lobby")
    assert code == 4
    code, out, _ = run(capsys, *w, *budget)
    assert code == 0 and "presupuesto 2027 de la Secretaría Técnica aprobado" in out and "puerta cerrada" in out


def test_the_vice_ministers_agenda_is_offered_the_grcms_recommendations(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = ["--workspace", str(demo_dir)]
    vm = _vm_2026(capsys, w)
    code, out, _ = run(capsys, *w, "agenda", "follow-ups", "--meeting", vm[:8], "--json")
    assert code == 0
    offered = json.loads(out)
    assert {o["body"] for o in offered} == {"viceministers", "grcm"}
    assert {o["kind"] for o in offered if o["body"] == "grcm"} <= {"recommendation", "conclusion"}


def test_the_handover_lists_the_return_fund(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "handover", "pack", "--year", "2026", "--json")
    assert code == 0
    duty, *_others = json.loads(out)["duties"]  # the return fund first, then directing the term
    assert "fondo para el retorno de migrantes" in duty["text"] and duty["source"].startswith("Sección B")
