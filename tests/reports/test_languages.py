"""Done when (issue "Spanish and English for real"): every document of the demo's latest
Vice-Ministers' meeting, a GRCM and a network meeting, in Spanish, English and both, carries no words of
the other language outside proper names and the parallel column.

The negotiated texts (Declaration, Conclusions, Recommendations, network reports, compilations) print
their paragraphs in the original language until the translation of negotiated documents (paragraph
translations recorded by the ST's translators) is merged: those cases are expected failures for now.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.reports import ReportRequest, choices, render_report
from crm_desktop.app.workspace import Workspace

SPANISH_WORDS = ("Reunión", "Secretaría", "Presidencia", "Viceministro", "Punto focal", "traducción")
SPANISH_MARKS = ("[translation pending]",)
ENGLISH_WORDS = ("Meeting", "Secretariat", "Presidency", "Vice-Minister", "Focal point", "translation", "Ministry")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    from crm_desktop.demo import build_demo

    ws = build_demo(tmp_path_factory.mktemp("languages-demo") / "ws")
    yield ws
    ws.close()


def _meeting(ws: Workspace, body: str) -> str:
    """The latest meeting of ``body`` held by the end of the demo year that has documents to print."""
    held = [m for m in list_meetings(ws, body=body) if m["start"] < "2027"]
    return max(held, key=lambda m: (len(choices(ws, m["id"])), m["start"]))["id"]


def _cases() -> list[tuple[str, str]]:
    return [
        (body, lang) for body in ("viceministers", "grcm", "network_trafficking") for lang in ("es", "en", "bilingual")
    ]


def _text(path: Path, *, layout: bool = True) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True)
    return re.sub(r"[ \t]+", " ", out.stdout)


def _leaks(text: str, lang: str) -> list[str]:
    """The other language's words found in a document in ``lang`` (whole words, case as written); a
    bilingual document has both, but never a mark standing in for a missing translation."""
    words = {"en": SPANISH_WORDS, "es": ENGLISH_WORDS}.get(lang, ())
    found = [w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
    return found + [m for m in SPANISH_MARKS if lang != "es" and m in text]


@pytest.mark.parametrize(("body", "lang"), _cases())
def test_documents_speak_one_language(demo: Workspace, tmp_path: Path, body: str, lang: str) -> None:
    meeting = _meeting(demo, body)
    offered = choices(demo, meeting)
    assert offered, body
    leaks: dict[str, list[str]] = {}
    for i, choice in enumerate(offered):
        req = replace(choice.request, lang=lang)
        out = tmp_path / f"{i}-{req.kind}-{req.segment}-{lang}.pdf"
        render_report(demo, req, out)
        found = _leaks(_text(out), lang)
        if found:
            leaks[f"{req.kind}/{req.segment}"] = found
    assert not leaks, leaks


@pytest.mark.parametrize("lang", ["es", "en"])
def test_calendar_speaks_one_language(demo: Workspace, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"calendar-{lang}.pdf"
    render_report(demo, ReportRequest("calendar", lang, year=2026), out)
    assert not _leaks(_text(out), lang)


def test_bilingual_documents_carry_both_languages(demo: Workspace, tmp_path: Path) -> None:
    """A bilingual list of participants names positions and institutions in both languages."""
    meeting = _meeting(demo, "viceministers")
    out = tmp_path / "participants-bilingual.pdf"
    render_report(demo, ReportRequest("participants", "bilingual", meeting_id=meeting), out)
    text = re.sub(r"\s+", " ", _text(out, layout=False))
    assert "Ministerio de Relaciones Exteriores / Ministry of Foreign Affairs" in text
    assert "Viceministr" in text and "Vice-Minister" in text
    assert "OIM / IOM" in text
