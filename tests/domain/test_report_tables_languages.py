"""The reports' own tables of names (titles, column headings, section names) keep each language
entirely in its own words, like the vocabulary and the catalogue (test_one_vocabulary)."""

from __future__ import annotations

from crm_desktop.app.report_texts import _SECTION_TITLES
from crm_desktop.app.reports import KIND_NAMES
from crm_desktop.domain.presidency_rules import COST_ITEM_TITLES
from crm_desktop.drafting.structure import SECTION_LABELS
from crm_desktop.reports.contributions import LABELS as CONTRIBUTIONS
from crm_desktop.reports.handover import LABELS as HANDOVER
from crm_desktop.reports.progress import LABELS as PROGRESS
from crm_desktop.reports.texts import TITLES
from tests.domain.test_one_vocabulary import ENGLISH_ONLY, SPANISH_ONLY, _foreign

TABLES: dict[str, dict[object, tuple[str, str]]] = {
    "texts.TITLES": dict(TITLES),
    "reports.KIND_NAMES": dict(KIND_NAMES),
    "report_texts.SECTION_TITLES": dict(_SECTION_TITLES),
    "structure.SECTION_LABELS": dict(SECTION_LABELS),
    "presidency.COST_ITEM_TITLES": dict(COST_ITEM_TITLES),
    "contributions.LABELS": dict(CONTRIBUTIONS),
    "handover.LABELS": dict(HANDOVER),
    "progress.LABELS": dict(PROGRESS),
}


def test_report_tables_are_each_in_their_own_language() -> None:
    problems = []
    for table, entries in TABLES.items():
        for key, (es, en) in entries.items():
            if not es.strip() or not en.strip():
                problems.append(f"{table}.{key}: missing")
            foreign = _foreign(es, ENGLISH_ONLY) | _foreign(en, SPANISH_ONLY)
            if foreign:
                problems.append(f"{table}.{key}: {sorted(foreign)}")
    assert problems == []
