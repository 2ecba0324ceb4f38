"""One label scheme: every code people see has its Spanish and English name in the domain's vocabulary,
and the window's labels (``ui/labels.py``) keep no dictionary of their own."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

import pytest

from crm_desktop.domain import follow_up, kinds, logistics, work_plans
from crm_desktop.domain.messages import CATALOGUE, msg
from crm_desktop.domain.messages_labels import LABEL_MESSAGES
from crm_desktop.domain.model import (
    ActKind,
    AgendaStatus,
    Audience,
    Capability,
    Category,
    ItemKind,
    MeetingStatus,
    Role,
    Segment,
)
from crm_desktop.domain.plan_of_action import ActivityStatus, Standing
from crm_desktop.domain.reference import default_process_config
from crm_desktop.domain.sync_policy import DeviceRole
from crm_desktop.domain.vocabulary import VOCABULARY, label, name
from crm_desktop.drafting.negotiation import ParagraphStatus, ProposalKind, ProposalStatus
from crm_desktop.drafting.permissions import CHAIR_DOCUMENT_STATUSES
from crm_desktop.drafting.structure import DOC_TYPES, DocType

ROOT = Path(__file__).resolve().parents[2]


def _codes(values: Iterable[object]) -> list[str]:
    return [v.value if isinstance(v, StrEnum) else str(v) for v in values]


# (category of the vocabulary, every code the domain defines for it)
CODES: list[tuple[str, list[str]]] = [
    ("meeting_status", _codes(MeetingStatus)),
    ("status_action", _codes(MeetingStatus)),
    ("agenda_status", _codes(AgendaStatus)),
    ("document_status", ["draft", *sorted(CHAIR_DOCUMENT_STATUSES)]),
    ("item_kind", _codes(ItemKind)),
    ("decision_kind", list(kinds.DECISION_KINDS)),
    ("audience", _codes(Audience)),
    ("segment", _codes(Segment)),
    ("category", _codes(Category)),
    ("role", _codes(Role)),
    ("act_kind", _codes(ActKind)),
    ("capability", _codes(Capability)),
    ("doc_type", _codes(DocType)),
    ("report_kind", list(kinds.REPORT_KINDS)),
    ("paragraph_status", _codes(ParagraphStatus)),
    ("proposal_status", _codes(ProposalStatus)),
    ("proposal_kind", _codes(ProposalKind)),
    ("device_role", _codes(DeviceRole)),
    ("outbox_status", ["new", *kinds.OUTBOX_STATUSES]),
    ("language", list(kinds.REPORT_LANGS)),
    ("activity_status", _codes(ActivityStatus)),
    ("standing", _codes(Standing)),
    ("follow_up_status", list(follow_up.STATUSES)),
    ("work_plan_status", _codes(work_plans.PlanStatus)),
    ("work_plan_action_status", list(work_plans.ACTION_STATUSES)),
    ("logistics_status", list(logistics.STATUSES)),
]

# words that give a language away: a Spanish name holds none of the English ones and the reverse
EN_WORDS = {"the", "of", "and", "meeting", "to", "for", "by", "with", "under", "back", "mark"}
ES_WORDS = {"el", "la", "los", "las", "de", "del", "y", "para", "por", "en", "reunión", "con"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


@pytest.mark.parametrize(("category", "codes"), CODES, ids=[c for c, _ in CODES])
def test_every_code_of_each_domain_enum_is_named_in_both_languages(category: str, codes: list[str]) -> None:
    assert codes
    for code in codes:
        assert code in VOCABULARY[category], f"{category}.{code} has no name"
        pair = label(category, code)
        assert pair.es.strip() and pair.en.strip(), f"{category}.{code}"
        assert code not in (pair.es, pair.en) or code == pair.en.casefold(), f"{category}.{code} shows its code"


def test_names_are_in_their_own_language_and_have_no_placeholder_left() -> None:
    for category, names in VOCABULARY.items():
        for code, (es, en) in names.items():
            where = f"{category}.{code}"
            assert "{" not in es + en and "%" not in es.replace(" %", "") + en.replace(" %", ""), where
            assert not _words(es) & EN_WORDS, f"{where}: English in {es!r}"
            assert not _words(en) & ES_WORDS, f"{where}: Spanish in {en!r}"


def test_every_body_and_segment_of_the_reference_data_is_named_in_both_languages() -> None:
    bodies = default_process_config().bodies
    assert bodies
    for body in bodies:
        assert body.name_es and body.name_en and body.short_es and body.short_en, body.key
        for segment in body.segments:
            assert segment.name_es and segment.name_en, f"{body.key}.{segment.key}"


def test_the_names_are_catalogue_codes_too() -> None:
    for code, pair in LABEL_MESSAGES.items():
        assert CATALOGUE[code] == pair
    assert msg("label.role.focal_point").render("en") == "Focal point"
    assert msg("label.duration.hours_minutes", h=1, m=30).render("es") == "1 h 30 min"


def test_states_named_in_sentences_are_not_named_twice() -> None:
    """A column says "Prevista", a sentence says "prevista": one name, capitalised."""
    for value in _codes(MeetingStatus):
        es, en = CATALOGUE[f"state.meeting.{value}"]
        assert label("meeting_status", value).es == es[:1].upper() + es[1:]
        assert label("meeting_status", value).en == en[:1].upper() + en[1:]
    assert not [c for c in CATALOGUE if c.startswith(("label.meeting_status.", "label.agenda_status."))]


def test_document_types_and_reports_read_the_vocabulary() -> None:
    from crm_desktop.reports.labels import label as report_label

    for kind, info in DOC_TYPES.items():
        assert (info.label_es, info.label_en) == VOCABULARY["doc_type"][kind.value]
    assert report_label("status.closed", "en") == "Concluded"
    assert report_label("kind.discussion", "es") == "Deliberación"
    assert report_label("text.status.bracketed", "en") == "bracketed"


def test_unknown_code_is_shown_as_it_is_and_bilingual_joins_the_two() -> None:
    assert name("role", "astronaut", "en") == "astronaut"
    assert name("role", "delegate", "bilingual") == "Delegado(a) / Delegate"
    assert name("report_kind", "agenda", "bilingual") == "Agenda"


def test_ui_labels_hold_no_translate_dictionaries() -> None:
    """``ui/labels.py`` is a thin adapter: no ``translate()`` calls, no code -> text dictionaries."""
    source = (ROOT / "crm_desktop" / "ui" / "labels.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    calls = [
        n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") in ("translate", "tr")
    ]
    assert calls == []
    literal_maps = [n for n in ast.walk(tree) if isinstance(n, ast.Dict) and n.keys]
    assert literal_maps == []
    assert "QCoreApplication" not in source
