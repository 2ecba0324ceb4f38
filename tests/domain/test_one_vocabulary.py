"""One vocabulary: every name and message exists in Spanish and in English, each entirely in its own
language, and the code tells the languages apart in one place only (vocabulary, grammar, dates and the
message catalogue)."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from crm_desktop.domain.bilingual import PLACES, PRESENTER_ROLES
from crm_desktop.domain.messages import CATALOGUE, msg
from crm_desktop.domain.process_labels import LABELS as PROCESS_LABELS
from crm_desktop.domain.protocol import HEAD, RANKS
from crm_desktop.domain.vocabulary import UNITS, VOCABULARY, label, name
from crm_desktop.reports.labels import LABELS as REPORT_LABELS

PACKAGE = Path(__file__).resolve().parents[2] / "crm_desktop"

# words that exist in one language only (short, frequent: a sentence of the other language uses them)
ENGLISH_ONLY = {"the", "and", "with", "which", "cannot", "should", "has", "have", "is", "are", "of", "this", "from"}
SPANISH_ONLY = {"del", "los", "las", "que", "para", "una", "está", "según", "puede", "también", "sobre", "el", "la"}
# names that are the same (or proper names) in both languages: not a sentence of either
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def _pairs() -> list[tuple[str, str, str]]:
    """(where, Spanish, English) for every bilingual text of the domain and the documents."""
    out = [(f"vocabulary.{c}.{k}", es, en) for c, table in VOCABULARY.items() for k, (es, en) in table.items()]
    out += [(f"labels.{k}", es, en) for k, (es, en) in REPORT_LABELS.items()]
    out += [(f"process.{c}.{k}", es, en) for c, t in PROCESS_LABELS.items() for k, (es, en) in t.items()]
    out += [(f"unit.{k}", es, en) for k, (es, en) in UNITS.items()]
    out += [(f"place.{es}", es, en) for es, en in PLACES]
    out += [(f"presenter.{k}", es, en) for k, (es, en) in PRESENTER_ROLES.items()]
    out += [(f"rank.{k}", f[0], f[3]) for k, f in RANKS.items()] + [("head", HEAD[0], HEAD[3])]
    return out


def _rendered(code: str) -> tuple[str, str]:
    es, _en = CATALOGUE[code]
    fields = {f.split(":")[0].split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(es) if f}
    params: dict[str, object] = {f: 2 for f in fields}
    m = msg(code, **params)
    return m.render("es"), m.render("en")


def _foreign(text: str, words: set[str]) -> set[str]:
    text = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|'[^']*'|`[^`]*`|--?[a-z][\w-]*", " ", text)  # quoted, options
    return {w for w in _WORD.findall(text) if w in words}


def test_every_name_exists_in_both_languages_each_in_its_own() -> None:
    problems = []
    for where, es, en in _pairs():
        if not es.strip() or not en.strip():
            problems.append(f"{where}: missing")
        if ("{" in es) != ("{" in en):
            problems.append(f"{where}: placeholders differ")
        if _foreign(es, ENGLISH_ONLY) or _foreign(en, SPANISH_ONLY):
            problems.append(f"{where}: {_foreign(es, ENGLISH_ONLY) | _foreign(en, SPANISH_ONLY)}")
    assert problems == []


def test_every_message_renders_in_both_languages_each_in_its_own() -> None:
    problems = []
    for code in CATALOGUE:
        es, en = _rendered(code)
        if not es.strip() or not en.strip():
            problems.append(f"{code}: missing")
        if re.search(r"\{\w", es + en):
            problems.append(f"{code}: a placeholder is left")
        foreign = _foreign(es, ENGLISH_ONLY) | _foreign(en, SPANISH_ONLY)
        if foreign:
            problems.append(f"{code}: {sorted(foreign)}")
    assert problems == []


def test_names_in_each_language() -> None:
    assert name("meeting_status", "closed", "en") == "Concluded"  # finished, not closed-door
    assert name("role", "focal_point", "es") == "Punto focal"
    assert name("audience", "closed_door", "bilingual") == "Puerta cerrada / Closed-door"
    assert label("doc_type", "unknown").render("en") == "unknown"  # shown as it is rather than hidden


# Modules that still tell the languages apart themselves, each with the reason; the list only shrinks.
ALLOWED = {
    "domain/vocabulary.py": "the vocabulary",
    "domain/grammar.py": "grammar (articles, in_lang)",
    "domain/dates.py": "dates per language",
    "domain/messages.py": "the message catalogue",
}
BRANCH = re.compile(r"""\blang(uage)?\s*[!=]=\s*["']en["']|["']en["']\s*[!=]=\s*\w*lang""")


def _branches() -> dict[str, int]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        count = len(BRANCH.findall(path.read_text("utf-8")))
        if count and rel not in ALLOWED:
            found[rel] = count
    return found


@pytest.mark.parametrize(
    "layer",
    ["domain", "drafting", "store", "sync", "reports", "mail", "app", "ui", "commands", "cli.py", "cli_usage.py"],
)
def test_no_language_branch_outside_the_vocabulary(layer: str) -> None:
    """``lang == "en"`` decides a text in one place: vocabulary, grammar, dates, the catalogue."""
    assert {k: v for k, v in _branches().items() if k == layer or k.startswith(f"{layer}/")} == {}
