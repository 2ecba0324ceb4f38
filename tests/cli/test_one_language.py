"""Every refusal of the command line reads entirely in the language asked for.

A list of refusing commands (unknown ids, bad dates, wrong status transitions, missing options, bad
files) runs with ``--lang es`` and ``--lang en``; the Spanish output may hold none of a few common
English words and the English none of the Spanish ones. Names of people, places and meetings are
records, not messages: the commands are chosen so that none is printed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from crm_desktop.cli import main
from tests.cli.test_drafting_cli import seat

# A few words that only one of the two languages uses ("error" and "no" are both).
ENGLISH = set(
    "the of is not must add unknown cannot invalid file such and to from draft approved closed planned done "
    "needs belongs another events directory sender address year meeting document required arguments choice "
    "choose usage value expected unrecognized workspace run there".split()
)
SPANISH = set(
    "de la el del los las es que una un archivo dato válido debe para desconocido desconocida pertenece otro "
    "otra falta faltan añada reunión necesita año existe borrador prevista realizada no se puede valor elija "
    "uso opciones espacio hay".split()
)
# "no" is English too: the English side only looks for the words above that are not.
SPANISH_IN_ENGLISH = SPANISH - {"no"}


def _words(text: str) -> set[str]:
    """The words of ``text``, options (``--from``), paths and codes aside: they are the same in both languages."""
    text = re.sub(r"--[\w-]+|\S*/\S*", " ", text)
    # the usage synopsis and the values one may type ({es,en}, "choose from plenary, closed-door") are codes
    text = re.sub(r"\{[^}]*\}|\[[^\]]*\]|\((?:elija entre|choose from) [^)]*\)", " ", text)
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def refusals(capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path) -> list[list[str]]:
    ws = ["--workspace", str(demo_dir)]
    _, out = run(capsys, *ws, "drafting", "list", "--json")
    docs = json.loads(out)
    adopted = next(d["id"] for d in docs if d["status"] == "adopted")
    draft = next(d["id"] for d in docs if d["status"] == "draft")
    _, out = run(capsys, *ws, "drafting", "show", adopted, "--json")
    paragraph = json.loads(out)["paragraphs"][1]["id"]
    draft_meeting = next(d["meeting"] for d in docs if d["id"] == draft)
    chair = seat(demo_dir, draft_meeting, "CR")
    _, out = run(capsys, *ws, "poa", "list", "--json")
    done = next(a["id"] for a in json.loads(out) if a["status"] == "done")
    _, out = run(capsys, *ws, "meetings", "list", "--json")
    meeting = next(m["id"] for m in json.loads(out) if m["body"] == "grcm" and m["start"].startswith("2026"))
    _, out = run(capsys, *ws, "workplans", "list", "--json")
    approved_plan = next(p["id"] for p in json.loads(out) if p["status"] == "approved")
    garbage = tmp_path / "garbage.ics"
    garbage.write_text("garbage\n", encoding="utf-8")
    pdf = str(tmp_path / "out.pdf")
    return [
        [*ws, "report", "agenda", "--out", pdf],
        [*ws, "report", "calendar", "--out", pdf],
        [*ws, "report", "agenda", "--meeting", "f" * 32, "--out", pdf],
        [*ws, "calendar", "import", str(tmp_path / "missing.ics")],
        [*ws, "calendar", "import", str(garbage)],
        [*ws, "accredit", "--meeting", "f" * 32, "--person", "f" * 32],
        [
            *ws,
            "drafting",
            "propose",
            "--kind",
            "replace",
            "--paragraph",
            paragraph,
            "--old",
            "a",
            "--new",
            "b",
            draft,
            "--as",
            chair,
        ],
        [*ws, "drafting", "edit", paragraph, "--text", "x"],
        [*ws, "poa", "status", done, "planned"],
        [*ws, "mail", "focal-points", "--meeting", meeting, "--report", "agenda", "--smtp", "127.0.0.1:9"],
        [*ws, "backup", "restore", str(tmp_path / "missing.db")],
        [*ws, "dump", "--out", str(tmp_path / "no-such-folder" / "dump.json")],
        [*ws, "report", "progress", "--semester", "2026-9", "--out", pdf],
        [*ws, "workplans", "submit", approved_plan],
        ["--workspace", str(tmp_path / "no-workspace"), "meetings", "list", "--json"],
        # usage errors: a missing option, a bad number, a value not among the choices, an unknown option
        [*ws, "report", "agenda"],
        [*ws, "report", "calendar", "--year", "abc", "--out", pdf],
        [*ws, "accredit", "--meeting", "f" * 32, "--person", "f" * 32, "--segment", "nope"],
        [*ws, "report", "agenda", "--out", pdf, "--bogus"],
    ]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_refusals_speak_one_language(capsys, refusals: list[list[str]], lang: str) -> None:  # type: ignore[no-untyped-def]
    foreign = ENGLISH if lang == "es" else SPANISH_IN_ENGLISH
    leaks, said = [], []
    for command in refusals:
        code, text = run(capsys, "--lang", lang, *command)
        assert code in (2, 3, 4), (command, text)
        assert "Traceback" not in text
        said.append(text)
        mixed = _words(text) & foreign
        if mixed:
            leaks.append((command[2:6], sorted(mixed), text.strip()))
    assert not leaks, "\n".join(map(str, leaks))
    # the refusals are the ones meant (a paragraph of another document, a state named in words)
    expected = {
        "es": ("pertenece a otro documento", "«realizada» a «prevista»", "falta la dirección del remitente"),
        "en": ("belongs to another document", "“done” to “planned”", "sender's address is missing"),
    }
    for phrase in expected[lang]:
        assert any(phrase in text for text in said), phrase


@pytest.mark.parametrize(("lang", "day"), [("es", "18 nov 2026"), ("en", "18 Nov 2026")])
def test_text_tables_show_short_dates_in_words(capsys, demo_dir: Path, lang: str, day: str) -> None:  # type: ignore[no-untyped-def]
    code, out = run(capsys, "--workspace", str(demo_dir), "--lang", lang, "meetings", "list")
    assert code == 0 and day in out and "2026-11-18" not in out
