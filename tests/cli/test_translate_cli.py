"""``crm-desktop drafting translate``: record a translation, see what is left, refusals in the chosen language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import main
from crm_desktop.store.schema import Accreditation, Person
from crm_desktop.store.tables.drafting import DraftDocument


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _ids(directory: Path) -> tuple[str, str, str]:
    """The demo's Declaration, an ST officer and an accredited observer (OIM) of its meeting."""
    ws = Workspace(directory)
    try:
        with ws.read() as s:
            doc = s.scalars(select(DraftDocument).where(DraftDocument.title == "Declaración de San José")).one()
            st = s.scalar(select(Person.id).where(Person.category == "secretariat").order_by(Person.id))
            oim = s.scalar(
                select(Accreditation.person_id).where(
                    Accreditation.meeting_id == doc.meeting_id, Accreditation.delegation == "OIM"
                )
            )
            return doc.id, str(st), str(oim)
    finally:
        ws.close()


def test_translate_a_paragraph_and_see_it_in_show_json(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    doc, st, _ = _ids(demo_dir)
    w = ["--workspace", str(demo_dir)]
    code, out, _ = run(capsys, *w, "drafting", "show", doc, "--json")
    paragraphs = json.loads(out)["paragraphs"]
    thanks = next(p for p in paragraphs if p["text"].startswith("Reconociendo"))
    assert code == 0 and thanks["translations"]["en"]["outdated"] is True
    assert {"text", "outdated", "state", "changes"} == set(thanks["translations"]["en"])

    english = "Recognising the importance of regional dialogue and of international cooperation for safe migration,"
    for lang, expected in (("en", "English translation of paragraph PP2 recorded (up to date)"),
                           ("es", "traducción al inglés del párrafo PP2 registrada (al día)")):  # fmt: skip
        code, out, err = run(
            capsys, *w, "--lang", lang, "drafting", "translate", doc, "--paragraph", thanks["id"], "--lang", "en",
            "--text", english, "--as", st,
        )  # fmt: skip
        assert (code, out.strip(), err) == (0, expected, "")
    code, out, _ = run(capsys, *w, "drafting", "show", doc, "--json")
    again = next(p for p in json.loads(out)["paragraphs"] if p["id"] == thanks["id"])
    assert again["translations"] == {"en": {"text": english, "outdated": False, "state": "translated"}}

    code, out, _ = run(capsys, *w, "--lang", "en", "drafting", "translate", doc, "--status")
    assert code == 0 and out.strip().startswith("English translation: ") and "0 outdated, 0 missing" in out
    code, out, _ = run(capsys, *w, "drafting", "translate", doc, "--status", "--json")
    assert json.loads(out)["outdated"] == 0 and json.loads(out)["lang"] == "en"


def test_refusals_are_in_the_chosen_language(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    doc, st, oim = _ids(demo_dir)
    w = ["--workspace", str(demo_dir)]
    code, out, _ = run(capsys, *w, "drafting", "show", doc, "--json")
    par = json.loads(out)["paragraphs"][3]["id"]
    before = out
    cases = [
        (oim, "en", "Text.", 3, "documents are translated by the ST", "traduc"),
        (oim, "es", "Text.", 3, "traducen los documentos la ST", " the "),
        (st, "es", "Texto.", 3, "la traducción va al otro idioma", " the "),
        (st, "en", " ", 4, "the translation is empty", "vacía"),
        (st, "es", "x" * 20_001, 4, "no puede superar 20000 caracteres", " the "),
    ]
    for actor, ui, text, exit_code, said, never in cases:
        target = "es" if text == "Texto." else "en"
        code, out, err = run(
            capsys, *w, "--lang", ui, "drafting", "translate", doc, "--paragraph", par, "--lang", target,
            "--text", text, "--as", actor,
        )  # fmt: skip
        assert code == exit_code and said in err and never not in err.lower() and out == "", err
    code, _, err = run(capsys, *w, "--lang", "en", "drafting", "translate", doc, "--paragraph", "nope", "--lang",
                       "en", "--text", "x", "--as", st)  # fmt: skip
    assert code == 4 and "Traceback" not in err
    code, _, err = run(capsys, *w, "drafting", "translate", doc, "--lang", "fr", "--text", "x")
    assert code == 2
    code, out, _ = run(capsys, *w, "drafting", "show", doc, "--json")
    assert out == before  # nothing changed
