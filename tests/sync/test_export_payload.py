"""The exporter writes the payload a changeset at a time; the bytes are still the canonical JSON of it.

A bundle's payload is written piece by piece into the compressor (the operations of each changeset
encoded once, for both the digest its author signs and the payload), so these tests hold the written
bytes to what encoding the whole payload at once gives, and the signatures made at the first export
to what signing each changeset on its own gives.
"""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any

import nacl.secret
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.public import SealedBox
from sqlalchemy import select

from crm_desktop.app import sync
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Changeset, Decision
from crm_desktop.sync.bundle_format import PayloadWriter, Recipient, decrypt, open_bundle, seal_written
from crm_desktop.sync.keys import DeviceKeys
from crm_desktop.sync.keystore import KeyringStore
from crm_desktop.sync.signing import canonical, header_signed_by, ops_digest, sign_header
from crm_desktop.sync.wire import WireChangeset, entry_json, header_with_digest
from tests import helpers
from tests.sync.laptops import Laptops

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(
    header=st.dictionaries(st.text(), json_values, max_size=6),
    signature=st.binary(min_size=64, max_size=64),
    ops=st.lists(st.dictionaries(st.text(), json_values, max_size=5), min_size=1, max_size=4),
    withheld=st.booleans(),
)
def test_an_entry_written_from_the_ops_json_is_the_canonical_json_of_the_entry(
    header: dict[str, Any], signature: bytes, ops: list[dict[str, Any]], withheld: bool
) -> None:
    if withheld:
        expected = canonical(WireChangeset(header, signature, None).to_json())
        assert entry_json(header, signature, None) == expected
    else:
        expected = canonical(WireChangeset(header, signature, ops).to_json())
        assert entry_json(header, signature, canonical(ops)) == expected


def test_a_payload_written_in_pieces_opens_like_one_written_whole() -> None:
    sender, reader = DeviceKeys.generate(), DeviceKeys.generate()
    payload = {"changesets": [{"a": "ñandú 🦤"}] * 3, "withheld": [], "workspace_name": "CRM"}
    whole = canonical(payload)
    writer = PayloadWriter()
    for i in range(0, len(whole), 7):
        writer.write(whole[i : i + 7])
    header = {"bundle_id": "0" * 32, "sender": "s", "sender_seq": 1, "workspace_id": "a" * 32, "founder": "s"}
    header |= {"founder_key": sender.sign_public.hex(), "kind": "changes", "version_vector": {}, "audiences": []}
    header["created_at"] = "2026-05-04T10:00:00+00:00"
    data = seal_written(sender, header, [Recipient("r", reader.box_public)], writer)
    envelope = open_bundle(data)
    assert envelope.header["payload_size"] == len(whole)
    assert decrypt(envelope, "r", reader.box) == payload


def _plain_payload(lp: Laptops, name: str, data: bytes) -> bytes:
    """The inflated payload bytes exactly as the sender wrote them."""
    w = lp.ws[name]
    keys = KeyringStore().load(w.device_id)
    assert keys is not None
    envelope = open_bundle(data)
    sealed = next(r["sealed_key"] for r in envelope.header["recipients"] if r["device"] == w.device_id)
    content_key = SealedBox(keys.box).decrypt(base64.b64decode(sealed))
    nonce = base64.b64decode(envelope.header["nonce"])
    compressed = nacl.secret.Aead(content_key).decrypt(envelope.ciphertext, envelope.prefix_and_header, nonce)
    plain = zlib.decompress(compressed)
    assert len(plain) == envelope.header["payload_size"]
    return plain


def test_exported_payloads_are_canonical_json_with_changesets_and_markers(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    meeting = helpers.meeting(admin)
    lp.join("obs", role="observer", org="OIM")
    lp.join("member", country="MX")
    with admin.change(Audience.CLOSED_DOOR) as ch:
        ch.put(Decision, "d-closed", meeting_id=meeting, number=1, text="Puerta cerrada: «ñ» y 🦤")
    with admin.change(Audience.PUBLIC) as ch:
        ch.put(Decision, "d-public", meeting_id=meeting, number=2, text="Declaración pública")
    for name, full in (("obs", True), ("member", True), ("obs", False), ("member", False)):
        plain = _plain_payload(lp, name, lp.bundle("admin", name, full=full))
        payload = json.loads(plain)
        assert plain == canonical(payload)
        assert payload["changesets"], name
        if name == "obs" and full:
            assert payload["withheld"]  # the closed-door changeset travels as a marker only
    # forwarded markers (held by the observer's laptop) are written the same way
    obs = lp.ws["obs"]
    sync.import_data(obs, lp.bundle("admin", "obs", full=True))
    plain = _plain_payload(lp, "admin", lp.bundle("obs", "admin", full=True))
    assert plain == canonical(json.loads(plain)) and json.loads(plain)["withheld"]


def test_the_first_export_signs_each_own_changeset_as_its_header_alone_would_be_signed(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    helpers.meeting(admin)
    lp.join("member", country="MX")
    helpers.person(admin, "Persona nueva", country="CR")
    keys = KeyringStore().load(admin.device_id)
    assert keys is not None
    with admin.read() as s:
        unsigned = s.scalars(select(Changeset.id).where(Changeset.signature.is_(None))).all()
    assert unsigned  # the new person's changeset waits for its first export
    lp.bundle("admin", "member")
    with admin.read() as s:
        rows = s.scalars(select(Changeset).where(Changeset.device_id == admin.device_id)).all()
        for cs in rows:
            row = {c: getattr(cs, c) for c in ("id", "device_id", "seq", "hlc", "audience", "author", "deps")}
            header = header_with_digest(row, admin.workspace_id, ops_digest(cs.ops))
            assert cs.signature == sign_header(keys, header)  # Ed25519 signatures are deterministic
            assert header_signed_by(keys.sign_public, header, cs.signature)
