"""``crm-desktop search``: results named in the language of ``--lang``, never table names; a hostile
query is refused with exit 4."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("lang", "kind"), [("es", "Declaración"), ("en", "Declaration")])
def test_search_names_documents_in_the_language_asked(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], lang: str, kind: str
) -> None:
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "--lang", lang, "search", "declaracion")
    assert code == 0
    assert kind in out
    assert "drafting_documents" not in out and "drafting_texts" not in out and " declaration" not in out


def test_search_json_keeps_the_entity_for_scripts_and_the_kind_for_people(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "--lang", "en", "search", "garcia", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows and all(r["entity"] == "people" and r["kind"] == "Person" and r["person_id"] for r in rows)


@pytest.mark.parametrize(("lang", "words"), [("es", "Nada coincide"), ("en", "Nothing matches")])
def test_nothing_found_is_said_in_words(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "--lang", lang, "search", "zzzxqw")
    assert code == 0 and words in out


def test_an_oversized_query_is_bad_input(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--workspace", str(demo_dir), "--lang", "es", "search", "x" * 5000)
    assert code == 4
    assert "como máximo 200" in err and "Traceback" not in err + out


def test_a_limit_out_of_range_is_a_usage_error(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "--workspace", str(demo_dir), "search", "garcia", "--limit", "0")
    assert code == 2
