"""The reader refuses every header that breaks the spec, and signed garbage only ever as BundleError."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.sync import bundle_format as bf
from crm_desktop.sync.bundle_format import BundleError, PayloadWriter, Recipient, decrypt, open_bundle, seal_written
from crm_desktop.sync.importer import _parse_payload
from crm_desktop.sync.signing import canonical
from tests.sync.test_bundle_format import READER, SENDER, _bundle

GENUINE = open_bundle(_bundle()).header


def _signed(header_bytes: bytes) -> bytes:
    body = bf.PREFIX.pack(bf.MAGIC, bf.VERSION, 0, SENDER.sign_public, len(header_bytes)) + header_bytes + b"c" * 40
    return body + SENDER.sign(body)


def _with(**changes: Any) -> dict[str, Any]:
    h = dict(GENUINE)
    for k, v in changes.items():
        if v is ...:
            del h[k]
        else:
            h[k] = v
    return h


BROKEN = {
    "bundle_id of 31 hex": _with(bundle_id="0" * 31),
    "bundle_id in capitals": _with(bundle_id="A" * 32),
    "bundle_id not hex": _with(bundle_id="g" * 32),
    "unknown kind": _with(kind="snapshot"),
    "sender_seq 0": _with(sender_seq=0),
    "sender_seq a boolean": _with(sender_seq=True),
    "sender_seq a float": _with(sender_seq=1.0),
    "an unknown field": _with(extra="x"),
    "a missing field": _with(created_at=...),
    "founder_key in capitals": _with(founder_key=GENUINE["founder_key"].upper()),
    "a sender id with a slash": _with(sender="a/b"),
    "an unknown audience": _with(audiences=["everyone"]),
    "a short nonce": _with(nonce="AAAA"),
    "a recipient twice": _with(recipients=GENUINE["recipients"] + GENUINE["recipients"][:1]),
    "a recipient with an extra member": _with(recipients=[dict(GENUINE["recipients"][0], x=1)]),
    "a negative vector entry": _with(version_vector={"s1": -1}),
    "a payload_size beyond the limit": _with(payload_size=2**40),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_header_field_that_breaks_the_spec_is_refused(case: str) -> None:
    with pytest.raises(BundleError) as info:
        open_bundle(_signed(canonical(BROKEN[case])))
    assert info.value.code == "sync.reason.malformed"


def test_the_genuine_header_passes() -> None:
    assert open_bundle(_signed(canonical(GENUINE))).header == GENUINE


@pytest.mark.parametrize(
    "encode",
    [
        lambda h: json.dumps(h, indent=1).encode(),
        lambda h: json.dumps(h, separators=(",", ":")).encode(),  # keys in insertion order, not sorted
        lambda h: canonical(h).replace(b'"kind":"changes"', b'"kind":"\\u0063hanges"'),
        lambda h: canonical(h) + b" ",
    ],
)
def test_a_header_not_in_its_canonical_encoding_is_refused(encode: Any) -> None:
    raw = encode(dict(sorted(GENUINE.items(), reverse=True)))
    assert json.loads(raw) == GENUINE and raw != canonical(GENUINE)
    with pytest.raises(BundleError) as info:
        open_bundle(_signed(raw))
    assert info.value.code == "sync.reason.malformed"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=25,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([*sorted(GENUINE), "other"]), json_values)
def test_signed_headers_with_any_field_changed_never_crash(field: str, value: object) -> None:
    try:
        raw = canonical(_with(**{field: value}))
    except ValueError:
        return  # no canonical form (a lone surrogate): nothing a writer could sign
    with contextlib.suppress(BundleError):
        open_bundle(_signed(raw))


def _sealed(raw_payload: bytes, declared: int | None = None) -> bytes:
    writer = PayloadWriter()
    writer.write(raw_payload)
    if declared is not None:
        writer.size = declared
    sealed = ("recipients", "nonce", "payload_size", "compression", "aead")
    fields = {k: v for k, v in GENUINE.items() if k not in sealed}
    return seal_written(SENDER, fields, [Recipient("r1", READER.box_public)], writer)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(max_size=400) | st.text(alphabet='[]{},:"\\ 0e.-tnul', max_size=400).map(str.encode),
    st.none() | st.integers(0, 2**31),
)
def test_signed_payloads_of_any_bytes_are_parsed_or_refused_never_crash(raw: bytes, declared: int | None) -> None:
    try:
        payload = decrypt(open_bundle(_sealed(raw, declared)), "r1", READER.box)
        _parse_payload(payload, GENUINE["workspace_id"])
    except BundleError:
        pass


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["changesets", "withheld", "workspace_name", "x"]), json_values, max_size=4))
def test_signed_payload_objects_of_any_shape_are_parsed_or_refused_never_crash(payload: dict[str, Any]) -> None:
    try:
        data = _sealed(canonical(payload))
    except ValueError:
        return
    with contextlib.suppress(BundleError):
        _parse_payload(decrypt(open_bundle(data), "r1", READER.box), GENUINE["workspace_id"])
