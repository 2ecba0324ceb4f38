"""Search results name what they found in people's words, in the language asked for: never a table
name, an ISO date or a country code."""

from __future__ import annotations

import re

import pytest

from crm_desktop.app.errors import BadInput
from crm_desktop.app.search import MAX_QUERY, search
from crm_desktop.app.workspace import Workspace
from crm_desktop.store import search as fts
from crm_desktop.store.schema import Base

TABLES = set(Base.metadata.tables) | set(fts.INDEXED)
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _leaks(text: str) -> list[str]:
    text = " ".join(w for w in text.split() if "/" not in w)  # a symbol (CRM/RTT/2026-03-16/INF) is a name
    words = set(re.findall(r"[a-z_]+", text))
    return sorted(w for w in words if w in TABLES or "_" in w) + ISO.findall(text)


@pytest.mark.parametrize(
    ("lang", "meeting", "declaration", "paragraph", "person"),
    [("es", "Reunión", "Declaración", "Párrafo", "Persona"), ("en", "Meeting", "Declaration", "Paragraph", "Person")],
)
def test_every_result_says_what_it_is_in_the_users_language(
    demo: Workspace, lang: str, meeting: str, declaration: str, paragraph: str, person: str
) -> None:
    found = {
        q: search(demo, q, lang=lang)
        for q in ("declaracion", "reunion viceministerial", "garcia", "migrantes", "informe", "plan")
    }
    results = [r for rs in found.values() for r in rs]
    kinds = {r.kind for r in results}
    assert {meeting, declaration, paragraph, person} <= kinds, kinds
    for r in results:
        assert r.kind and r.kind != r.entity
        assert not _leaks(f"{r.kind} {r.detail}"), (r.kind, r.detail)
    documents = [r for r in found["declaracion"] if r.kind == declaration]
    # found by its Spanish words, titled in the user's language ("San José Declaration" in English)
    assert documents and all(declaration in r.title for r in documents)


def test_meetings_show_a_short_date_in_words_and_the_countrys_name(demo: Workspace) -> None:
    es = [r for r in search(demo, "reunion viceministerial", lang="es") if r.entity == "meetings"]
    en = [r for r in search(demo, "reunion viceministerial", lang="en") if r.entity == "meetings"]
    assert es and en
    assert any(re.search(r"\d+ (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) \d{4}", r.detail) for r in es)
    assert any(re.search(r"\d+ (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}", r.detail) for r in en)
    assert not any(re.search(r"\b[A-Z]{2}\b$", r.detail) for r in es + en)  # "Guatemala", never "GT"


def test_decisions_are_named_by_their_kind(demo: Workspace) -> None:
    results = [r for r in search(demo, "decision migrantes", lang="en") if r.entity == "decisions"]
    results += [r for r in search(demo, "acuerdan", lang="en") if r.entity == "decisions"]
    assert all(r.kind in {"Decision", "Recommendation", "Conclusion"} for r in results)


def test_an_oversized_query_is_refused_as_bad_input(demo: Workspace) -> None:
    with pytest.raises(BadInput) as refused:
        search(demo, "a " * MAX_QUERY)
    assert "200" in refused.value.render("en")
