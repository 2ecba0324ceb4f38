"""The spec's test vectors, read by the product and by a second reader written from the spec alone."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.public import PrivateKey

from crm_desktop.app import sync
from crm_desktop.app.workspace import Workspace
from crm_desktop.sync.bundle_format import decrypt, open_bundle
from crm_desktop.sync.keys import fingerprint, key_id
from crm_desktop.sync.roster import workspace_binding
from crm_desktop.sync.signing import canonical, header_signed_by, ops_digest
from tests.sync import independent_reader as ir
from tests.sync.bundle_vectors import PATH
from tests.sync.laptops import Laptops

V = json.loads(PATH.read_text(encoding="utf-8"))
DATA = base64.b64decode(V["bundle_base64"])
BOX = bytes.fromhex(V["recipient_box_private_hex"])


def test_the_product_reads_the_vectors() -> None:
    env = open_bundle(DATA)
    assert canonical(env.header).decode() == V["header_canonical"]
    payload = decrypt(env, V["recipient_device"], PrivateKey(BOX))
    assert canonical(payload).decode() == V["payload_canonical"]
    key = bytes.fromhex(V["sender_sign_public_hex"])
    assert env.sender_key == key and fingerprint(key) == V["sender_fingerprint"] and key_id(key) == V["sender_key_id"]
    assert workspace_binding(V["founder"], key) == V["workspace_id"] == env.header["workspace_id"]
    (cs,), (marker,) = payload["changesets"], payload["withheld"]
    assert ops_digest(cs["ops"]) == cs["h"]["ops_sha256"]
    for entry in (cs, marker):
        assert header_signed_by(key, entry["h"], base64.b64decode(entry["sig"]))


def test_the_independent_reader_reads_the_vectors() -> None:
    bundle = ir.read(DATA, V["recipient_device"], BOX)
    assert ir.canonical(bundle.payload).decode() == V["payload_canonical"]
    assert ir.canonical(bundle.header).decode() == V["header_canonical"]
    assert bundle.verified == [(V["founder"], 1), (V["founder"], 2)]
    assert ir.fingerprint(bundle.sender_key) == V["sender_fingerprint"]
    assert ir.founder_binding(V["founder"], bundle.sender_key) == V["workspace_id"]


@pytest.mark.parametrize("reader", ["product", "independent"])
def test_canonical_samples(reader: str) -> None:
    encode = canonical if reader == "product" else ir.canonical
    for sample in V["canonical_floats"]:
        (x,) = struct.unpack(">d", bytes.fromhex(sample["binary64_hex"]))
        assert encode(x).decode() == sample["canonical"]
    for sample in V["canonical_strings"]:
        assert encode(bytes.fromhex(sample["string_utf8_hex"]).decode()).decode() == sample["canonical"]
    obj = V["canonical_object"]
    assert encode(json.loads(obj["value_json"])).decode() == obj["canonical"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=20),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=6), inner, max_size=4),
    max_leaves=30,
)  # fmt: skip


@settings(max_examples=500)
@given(json_values)
def test_the_spec_canonical_form_is_the_product_s(value: object) -> None:
    assert ir.canonical(value) == canonical(value)
    parsed = ir.parse(canonical(value))  # a float written "75.0" stays a float through a round trip
    assert ir.canonical(parsed) == canonical(value)


@settings(max_examples=2000)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_the_spec_float_form_is_the_product_s(x: float) -> None:
    assert ir.float_text(x) == canonical(x).decode()


def test_the_independent_reader_reads_real_bundles_of_the_demo(demo_dir: Path, memory_keyring: object) -> None:
    """The demo's full bundle (hundreds of changesets, some with floats) decodes and verifies."""
    lp = Laptops(demo_dir.parent)
    admin = Workspace(demo_dir)
    sync.found(admin, person_name="Secretaría", role="st")
    lp.ws["admin"] = admin
    b = lp.join("b", country="SV")
    data = lp.bundle("admin", "b", full=True)
    bundle = ir.read(data, b.device_id, bytes(sync.device_keys(b).box))
    entries = bundle.payload["changesets"] + bundle.payload["withheld"]
    assert len(entries) > 500 and len(bundle.verified) == len(entries)
    ops = [op for e in bundle.payload["changesets"] for op in e["ops"]]
    assert any(isinstance(v, ir.Float) for op in ops for v in op.get("f", {}).values())
    # and a bundle of a member laptop, whose key the reader learns from the roster it was given
    sync.import_data(b, data)
    from tests import helpers

    helpers.meeting(b, title="Reunión técnica — ñandú 😀", host="SV")  # a member laptop writes its own events
    back = lp.bundle("b", "admin")
    keys = {b.device_id: [bytes.fromhex(b.meta["sync.sign_pk"])]}
    assert ir.read(back, admin.device_id, bytes(sync.device_keys(admin).box), keys).verified
    lp.close()
