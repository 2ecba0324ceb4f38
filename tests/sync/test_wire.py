"""Changesets as they arrive: the operations' digest is checked over their canonical JSON, kept for the log."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.sync.bundle_format import BundleError
from crm_desktop.sync.keys import DeviceKeys
from crm_desktop.sync.signing import canonical, changeset_header, header_signed_by, ops_digest, sign_header
from crm_desktop.sync.wire import parse_wire

KEYS = DeviceKeys.generate()
WS = "w" * 32
leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
field_value = st.recursive(
    leaf, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3)
)
op = st.fixed_dictionaries(
    {"op": st.sampled_from(["put", "del", "ytext"])},
    optional={"e": st.text(), "f": st.dictionaries(st.text(), field_value)},
)


def _entry(ops: list[dict[str, Any]], digest: str | None = None) -> dict[str, Any]:
    header = changeset_header(
        workspace_id=WS,
        cs_id="c1",
        device_id="d1",
        seq=1,
        hlc="1700000000000-000000-d1",
        audience="public",
        author=None,
        deps={},
        digest=digest if digest is not None else ops_digest(ops),
    )
    return {"h": header, "ops": ops, "sig": base64.b64encode(sign_header(KEYS, header)).decode()}


@given(st.lists(op, min_size=1, max_size=4))
def test_the_kept_ops_json_is_the_canonical_json_the_digest_was_checked_over(ops: list[dict[str, Any]]) -> None:
    # As it travels: the exporter writes canonical JSON, the importer decodes it.
    item = json.loads(canonical(_entry(ops)))

    wire = parse_wire(item, workspace_id=WS, with_ops=True)

    assert wire.ops == ops and wire.ops_json == canonical(ops)
    assert hashlib.sha256(wire.ops_json).hexdigest() == wire.header["ops_sha256"]
    assert json.loads(wire.ops_json) == ops
    assert header_signed_by(KEYS.sign_public, wire.header, wire.signature)


def test_a_marker_keeps_no_ops_json() -> None:
    item = json.loads(canonical(_entry([{"op": "put", "e": "people", "id": "p1", "f": {}}])))
    del item["ops"]

    assert parse_wire(item, workspace_id=WS, with_ops=False).ops_json is None


@pytest.mark.parametrize(
    "raw_op",
    [
        '{"op": "put", "e": "people", "id": "p1", "f": {"n": NaN}}',
        '{"op": "put", "e": "people", "id": "p1", "f": {"n": Infinity}}',
        '{"op": "put", "e": "people", "id": "\\ud800", "f": {}}',
    ],
)
def test_operations_without_a_canonical_form_are_refused_as_malformed(raw_op: str) -> None:
    """The decoder accepts NaN and lone surrogates; no author could have signed their digest."""
    item = _entry([{"op": "put"}], digest="0" * 64)
    item["ops"] = [json.loads(raw_op)]

    with pytest.raises(BundleError) as refused:
        parse_wire(item, workspace_id=WS, with_ops=True)

    assert refused.value.code == "sync.reason.malformed"


def test_a_header_without_a_canonical_form_is_not_signed_by_anyone() -> None:
    header = _entry([{"op": "put"}])["h"]
    signature = sign_header(KEYS, header)
    header["id"] = "\ud800"

    assert not header_signed_by(KEYS.sign_public, header, signature)
