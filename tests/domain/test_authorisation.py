"""The authorisation matrix: one entry per synced table, its documentation generated from it, and
the rules every operation meets whoever writes it."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.domain import authorisation as authz
from crm_desktop.domain.messages import Message
from crm_desktop.domain.sync_policy import DeviceRole
from crm_desktop.store.schema import load_models, synced_tables

DOC = Path(__file__).resolve().parents[2] / "docs" / "authorisation.md"
ST_ADMIN = authz.Author(DeviceRole.ST, True, "ST")
MEMBER = authz.Author(DeviceRole.MEMBER, False, "CR")


class Facts:
    """Every row exists and belongs to MX; nothing else is known."""

    def exists(self, table: str, row_id: str) -> bool:
        return True

    def owners(self, entry: authz.Entry, op: Mapping[str, Any]) -> set[str | None]:
        return {"MX"}

    def drafting(self, author: authz.Author, op: Mapping[str, Any]) -> Message | None:
        return None

    def rule(self, rule: authz.Rule, author: authz.Author, op: Mapping[str, Any], audience: str) -> Message | None:
        return None

    def audience(self, table: str, row_id: str) -> str | None:
        return "closed_door"


def decide(author: authz.Author, op: dict[str, Any]) -> str | None:
    why = authz.decide(author, op, "public", Facts())
    return None if why is None else why.code


def test_every_synced_table_has_exactly_one_entry() -> None:
    load_models()
    assert set(authz.MATRIX) - {authz.TEXT_OP} == set(synced_tables())


def test_the_documented_matrix_is_the_one_in_the_code() -> None:
    text = DOC.read_text("utf-8")
    assert authz.render_doc(text) == text, "docs/authorisation.md is stale: run scripts/authorisation_doc.py"


@pytest.mark.parametrize(
    ("op", "code"),
    [
        ({"op": "put", "e": "meetings", "id": "m", "f": {"id": "other"}}, "authz.primary_key"),
        ({"op": "put", "e": "nope", "id": "m", "f": {}}, "authz.unknown_table"),
        ({"op": "drop", "e": "meetings", "id": "m"}, "authz.malformed"),
        ({"op": "put", "e": "meetings", "id": 3, "f": {}}, "authz.malformed"),
        ({"op": "put", "e": "meetings", "id": "m", "f": []}, "authz.malformed"),
        ({"op": "ytext", "doc": 5, "u": ""}, "authz.malformed"),
        ({"op": "put", "e": "drafting_texts", "id": "p", "f": {"text": "x"}}, "authz.not_granted"),
    ],
)
def test_what_nobody_may_do(op: dict[str, Any], code: str) -> None:
    assert decide(ST_ADMIN, op) == code


def test_a_delegation_writes_its_own_rows_only() -> None:
    assert decide(MEMBER, {"op": "put", "e": "people", "id": "p", "f": {"name": "x"}}) == "authz.not_granted"
    mine = authz.Author(DeviceRole.MEMBER, False, "MX")
    assert decide(mine, {"op": "put", "e": "people", "id": "p", "f": {"name": "x"}}) is None
    assert decide(mine, {"op": "put", "e": "countries", "id": "MX", "f": {"status": "member"}}) == "authz.not_granted"


def test_an_existing_rows_audience_is_changed_only_by_the_st_or_an_administrator() -> None:
    ppt = authz.Author(DeviceRole.PPT, False, "GT")
    op = {"op": "put", "e": "agenda_items", "id": "i", "f": {"audience": "public"}}
    assert decide(ppt, op) == "authz.audience"
    assert decide(ST_ADMIN, op) is None
    assert decide(ppt, {**op, "f": {"audience": "closed_door"}}) is None  # unchanged
