"""The permission checks that apply to an operation, resolved once per operation kind and table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.sync_policy import DeviceRole
from crm_desktop.sync import permissions
from crm_desktop.sync.permissions import Author, check_changeset, register_permission_check


def _author() -> Author:
    return Author(None, "d1", DeviceRole.MEMBER, False, "public", 1)  # type: ignore[arg-type]


def _refuse(_author: Author, op: Mapping[str, Any]) -> Message | None:
    return msg("sync.why.roster") if op.get("id") == "no" else None


@pytest.fixture(autouse=True)
def _own_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(permissions, "_CHECKS", {})
    monkeypatch.setattr(permissions, "_RESOLVED", {})


def test_a_check_registered_after_an_import_applies_to_the_next() -> None:
    ops = [{"op": "put", "e": "meetings", "id": "no", "f": {}}]
    assert check_changeset(_author(), ops) is None  # resolved once with no check for the table

    register_permission_check("table:meetings", _refuse)

    why = check_changeset(_author(), ops)
    assert why is not None and why.code == "sync.why.roster"


def test_checks_by_op_name_and_by_table_both_apply_and_only_to_their_operations() -> None:
    register_permission_check("ytext", _refuse)
    register_permission_check("table:people", _refuse)

    assert check_changeset(_author(), [{"op": "ytext", "id": "no"}]) is not None
    assert check_changeset(_author(), [{"op": "del", "e": "people", "id": "no"}]) is not None
    assert check_changeset(_author(), [{"op": "put", "e": "meetings", "id": "no"}]) is None
    assert check_changeset(_author(), [{"op": "ytext", "e": "people", "id": "no"}]) is not None
    assert check_changeset(_author(), [{"op": "put", "e": ["people"], "id": "no"}]) is None
