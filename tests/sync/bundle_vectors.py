"""The test vectors of ``docs/bundle-test-vectors.json``: ``python -m tests.sync.bundle_vectors`` writes them.

The keys are derived from fixed seeds, so a reader can recompute them; the bundle itself holds a
random content key, nonce and sealed-box ephemeral key, so it is generated once and kept.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from pathlib import Path
from typing import Any

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from crm_desktop.sync.bundle_format import Recipient, seal_bundle
from crm_desktop.sync.keys import DeviceKeys, fingerprint, key_id
from crm_desktop.sync.roster import workspace_binding
from crm_desktop.sync.signing import canonical, changeset_header, ops_digest, sign_header

PATH = Path(__file__).resolve().parents[2] / "docs" / "bundle-test-vectors.json"
SENDER = "founder000000001"
RECIPIENT = "reader0000000001"
FLOATS = [0.1, 75.0, 1e-05, 0.0001, 1.5e16, 1e15, 42000000.0, -0.0, 123456789.123, 5e-324, 1.7976931348623157e308]
OBJECT = {"b": [1, 2.5, True, None], "a": {"ñ": "x", "z": ""}, "A": -3}
STRINGS = ["Niñez migrante — «protección» 😀", 'comillas " barra \\ salto\nretorno\r tab\t', "\u0001\u001f\u007f\u2028"]


def seeds() -> tuple[bytes, bytes]:
    sender, recipient = b"crm-desktop vector sender", b"crm-desktop vector recipient"
    return hashlib.sha256(sender).digest(), hashlib.sha256(recipient).digest()


def build() -> dict[str, Any]:
    sign_seed, box_secret = seeds()
    sender = DeviceKeys(SigningKey(sign_seed), PrivateKey(hashlib.sha256(b"crm-desktop vector sender box").digest()))
    reader = PrivateKey(box_secret)
    ws = workspace_binding(SENDER, sender.sign_public)
    ops = [
        {
            "op": "put",
            "e": "poa_indicators",
            "id": "ind1",
            "f": {"name_es": STRINGS[0], "baseline": 0.1, "target": 75.0, "unit": None, "theme": "protection"},
        },
        {"op": "put", "e": "poa_indicator_values", "id": "ind1:2026-1", "f": {"value": 1.5e16, "note": STRINGS[1]}},
        {"op": "del", "e": "meetings", "id": "m0"},
    ]
    changesets = []
    for seq, (audience, with_ops) in enumerate((("public", True), ("secretariat", False)), start=1):
        h = changeset_header(
            workspace_id=ws,
            cs_id=f"{seq:032x}",
            device_id=SENDER,
            seq=seq,
            hlc=f"{1777777777000 + seq}-000000-{SENDER}",
            audience=audience,
            author=None,
            deps={SENDER: seq - 1} if seq > 1 else {},
            digest=ops_digest(ops if with_ops else [{"op": "del", "e": "meetings", "id": "secret"}]),
        )
        entry: dict[str, Any] = {"h": h, "sig": base64.b64encode(sign_header(sender, h)).decode()}
        if with_ops:
            entry["ops"] = ops
        changesets.append(entry)
    payload = {"changesets": [changesets[0]], "withheld": [changesets[1]], "workspace_name": "CRM — vectores"}
    header = {
        "bundle_id": "0123456789abcdef0123456789abcdef",
        "sender": SENDER,
        "sender_seq": 1,
        "workspace_id": ws,
        "founder": SENDER,
        "founder_key": sender.sign_public.hex(),
        "kind": "changes",
        "version_vector": {SENDER: 2},
        "audiences": ["public"],
        "created_at": "2026-05-04T10:00:00+00:00",
    }
    data = seal_bundle(sender, header, [Recipient(RECIPIENT, bytes(reader.public_key))], payload)
    header_len = struct.unpack_from(">I", data, 44)[0]
    return {
        "about": "CRM Desktop bundle format 1 test vectors; see docs/bundle-format.md",
        "sender_sign_seed_hex": sign_seed.hex(),
        "sender_sign_public_hex": sender.sign_public.hex(),
        "sender_key_id": key_id(sender.sign_public),
        "sender_fingerprint": fingerprint(sender.sign_public),
        "founder": SENDER,
        "workspace_id": ws,
        "recipient_device": RECIPIENT,
        "recipient_box_private_hex": box_secret.hex(),
        "recipient_box_public_hex": bytes(reader.public_key).hex(),
        "bundle_base64": base64.b64encode(data).decode(),
        "header_canonical": data[48 : 48 + header_len].decode("utf-8"),
        "payload_canonical": canonical(payload).decode("utf-8"),
        "canonical_floats": [
            {"binary64_hex": struct.pack(">d", x).hex(), "canonical": canonical(x).decode()} for x in FLOATS
        ],
        "canonical_strings": [
            {"string_utf8_hex": s.encode().hex(), "canonical": canonical(s).decode()} for s in STRINGS
        ],
        "canonical_object": {
            "value_json": json.dumps(OBJECT, ensure_ascii=False),
            "canonical": canonical(OBJECT).decode(),
        },
    }


if __name__ == "__main__":
    PATH.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(PATH)
