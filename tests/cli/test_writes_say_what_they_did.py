"""Every write command says what it did, in the chosen language, and takes abbreviated ids like the rest.

Each command is run on the demo workspace with the first eight characters of the id it acts on; the
line it prints is in Spanish (no English word of the English line) and in English.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.cli import main

Ids = dict[str, str]


def _run(demo_dir: Path, capsys: pytest.CaptureFixture[str], lang: str, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(demo_dir), "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _ids(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> Ids:
    def rows(*args: str) -> list[dict[str, object]]:
        code, out, err = _run(demo_dir, capsys, "en", *args, "--json")
        assert code == 0, err
        return list(json.loads(out))

    activities = rows("poa", "list")
    plans = rows("workplans", "list")
    actions = rows("workplans", "actions", str(plans[0]["id"]))
    vm = rows("meetings", "list", "--body", "viceministers", "--year", "2026")[0]
    logistics = json.loads(_run(demo_dir, capsys, "en", "logistics", "list", "--meeting", str(vm["id"]), "--json")[1])
    contracted = next(i for i in logistics["items"] if i["status"] == "contracted" and i["quality"] is None)
    return {
        "activity": str(next(a["id"] for a in activities if a["status"] == "planned"))[:8],
        "indicator": str(rows("indicators", "list", "--semester", "2026-1")[0]["id"])[:8],
        "action": str(actions[0]["id"])[:8],
        "followup": str(next(f["id"] for f in rows("followup", "list") if f["status"] == "open"))[:8],
        "logistics": str(contracted["id"])[:8],
        "vm": str(vm["id"])[:8],
        "person": str(rows("people", "list")[0]["id"])[:8],
    }


# (command, what it says in Spanish, in English): one per write that printed nothing before.
WRITES: list[tuple[Callable[[Ids], list[str]], str, str]] = [
    (lambda i: ["poa", "theme-add", "labour", "--name-es", "Migración laboral"], "añadido", "added"),
    (lambda i: ["poa", "status", i["activity"], "in_progress"], "en curso", "in progress"),
    (lambda i: ["poa", "priority", i["activity"], "yes"], "prioritaria: sí", "a priority: yes"),
    (
        lambda i: ["indicators", "value", i["indicator"], "--semester", "2026-2", "--value", "12"],
        "registrado",
        "recorded",
    ),
    (lambda i: ["workplans", "action-status", i["action"], "done"], "realizada", "done"),
    (lambda i: ["followup", "status", i["followup"], "in_progress"], "en curso", "in progress"),
    (lambda i: ["followup", "assign", i["followup"], "--owner", "ST"], "responsable", "owner"),
    (lambda i: ["logistics", "set", i["logistics"], "--supplier", "Hotel Central"], "actualizada", "updated"),
    (lambda i: ["logistics", "quality", i["logistics"], "ok"], "conforme", "satisfactory"),
    (lambda i: ["protocol", "person", i["person"], "--gender", "f"], "actualizado", "updated"),
    (
        lambda i: ["handover", "plan", "--year", "2031", "--country", "BZ"],
        "prevista para la Presidencia Pro-Témpore de 2031",
        "planned for the Pro-Tempore Presidency in 2031",
    ),
    (
        lambda i: [
            "budget",
            "scale",
            "--from-year",
            "2030",
            *[f"--share={c}={'9.10' if c == 'DO' else '9.09'}" for c in MEMBERS],
        ],
        "a partir de 2030",
        "from 2030",
    ),
]
MEMBERS = ["BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA", "DO"]


@pytest.mark.parametrize(("command", "es", "en"), WRITES, ids=[str(n) for n in range(len(WRITES))])
def test_a_write_says_what_it_did_in_each_language(
    command: Callable[[Ids], list[str]], es: str, en: str, demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _ids(demo_dir, capsys)
    code, out, err = _run(demo_dir, capsys, "es", *command(ids))
    assert code == 0, err
    assert es in out and len(out.strip().splitlines()) == 1, out
    assert en not in out or en == es
    code, out, err = _run(demo_dir, capsys, "en", *command(ids))
    assert code in (0, 3), err  # a second time may be refused (a state already reached): then it says why
    if code == 0:
        assert en in out, out
