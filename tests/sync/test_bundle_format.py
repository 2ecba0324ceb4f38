"""The bundle file format: round trip, sizes, and a fuzzed parser that only ever refuses cleanly."""

from __future__ import annotations

import contextlib
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.sync import bundle_format as bf
from crm_desktop.sync.bundle_format import BundleError, Recipient, decrypt, open_bundle, seal_bundle
from crm_desktop.sync.keys import DeviceKeys
from crm_desktop.sync.signing import canonical
from crm_desktop.sync.wire import parse_wire

SENDER = DeviceKeys.generate()
READER = DeviceKeys.generate()
OTHER = DeviceKeys.generate()
HEADER = {
    "bundle_id": "0" * 32,
    "sender": "s1",
    "sender_seq": 1,
    "workspace_id": "a" * 32,
    "founder": "s1",
    "founder_key": SENDER.sign_public.hex(),
    "kind": "changes",
    "version_vector": {"s1": 3},
    "audiences": ["public"],
    "created_at": "2026-05-04T10:00:00+00:00",
}
PAYLOAD = {"changesets": [], "withheld": [], "workspace_name": "CRM ñandú"}


def _bundle(payload: dict[str, object] = PAYLOAD) -> bytes:
    return seal_bundle(SENDER, HEADER, [Recipient("r1", READER.box_public), Recipient("r2", OTHER.box_public)], payload)


def test_round_trip_and_prefix_layout() -> None:
    data = _bundle()
    magic, version, flags, key, _header_len = bf.PREFIX.unpack_from(data)
    assert (magic, version, flags, key) == (bf.MAGIC, 1, 0, SENDER.sign_public)
    env = open_bundle(data)
    assert env.header["sender"] == "s1" and len(env.header["recipients"]) == 2
    assert decrypt(env, "r1", READER.box) == PAYLOAD
    assert decrypt(env, "r2", OTHER.box) == PAYLOAD
    with pytest.raises(BundleError) as info:
        decrypt(env, "r3", READER.box)
    assert info.value.code == "sync.reason.not_recipient"
    with pytest.raises(BundleError) as info:  # a recipient's slot opened with another key
        decrypt(env, "r2", READER.box)
    assert info.value.code == "sync.reason.decrypt"


def test_newer_format_version_is_refused_by_name() -> None:
    data = bytearray(_bundle())
    struct.pack_into(">H", data, 8, 2)
    with pytest.raises(BundleError) as info:
        open_bundle(bytes(data))
    assert info.value.code == "sync.reason.version"


def test_size_limit_is_checked_before_work(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _bundle()
    monkeypatch.setattr(bf, "MAX_BUNDLE", len(data) - 1)
    with pytest.raises(BundleError) as info:
        open_bundle(data)
    assert info.value.code == "sync.reason.too_large"


def test_payload_size_is_bounded_before_decompression() -> None:
    big = {"changesets": [], "withheld": [], "workspace_name": "x" * 100_000}
    env = open_bundle(_bundle(big))
    lying = dict(env.header, payload_size=10)
    with pytest.raises(BundleError) as info:
        decrypt(bf.Envelope(env.sender_key, lying, env.prefix_and_header, env.ciphertext), "r1", READER.box)
    # inflation stops at the declared size: a small declared size bounds the work on a large payload
    assert info.value.code == "sync.reason.malformed"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_fuzz_arbitrary_bytes_are_refused_cleanly(data: bytes) -> None:
    with pytest.raises(BundleError):
        open_bundle(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_mutated_bundles_are_refused_cleanly(data: st.DataObject) -> None:
    genuine = _bundle()
    cut = data.draw(st.integers(0, len(genuine)))
    insert = data.draw(st.binary(max_size=8))
    mutated = genuine[:cut] + insert + genuine[cut + data.draw(st.integers(0, 4)) :]
    if mutated == genuine:
        return
    with pytest.raises(BundleError):
        env = open_bundle(mutated)
        decrypt(env, "r1", READER.box)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=40),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
        max_leaves=20,
    )
)
def test_fuzz_signed_but_malformed_headers_and_changesets_are_refused_cleanly(value: object) -> None:
    """A roster member could sign garbage: parsing it must still refuse with a message, not crash."""
    body = canonical(value)
    prefix = bf.PREFIX.pack(bf.MAGIC, bf.VERSION, 0, SENDER.sign_public, len(body))
    signed = prefix + body + b"ciphertext"
    with pytest.raises(BundleError):
        open_bundle(signed + SENDER.sign(signed))
    for with_ops in (True, False):
        with contextlib.suppress(BundleError):
            parse_wire(value, workspace_id="w", with_ops=with_ops)


@pytest.mark.parametrize("collecting", [True, False])
def test_decoding_leaves_the_garbage_collector_as_it_found_it(collecting: bool) -> None:
    """The collector waits while a payload is decoded, and is back as it was afterwards, refusal or not."""
    import gc

    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        assert decrypt(open_bundle(_bundle()), "r1", READER.box) == PAYLOAD
        assert gc.isenabled() is collecting
        with pytest.raises(BundleError):
            bf._json_object(b"{not json", "payload")
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()


def test_a_refused_import_leaves_the_garbage_collector_running() -> None:
    import gc

    from crm_desktop.sync.importer import LocalDevice, import_bundle

    local = LocalDevice("r1", READER, None, None, None, "member")
    assert gc.isenabled()
    with pytest.raises(BundleError):
        import_bundle(None, b"not a bundle", local)  # type: ignore[arg-type]
    assert gc.isenabled()
