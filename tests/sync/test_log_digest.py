"""The log keeps each changeset's operations as canonical JSON with its digest; an export sends that text."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from crm_desktop.domain.canonical_json import canonical
from crm_desktop.store.db import DB_NAME
from crm_desktop.sync.exporter import _signed_parts
from tests import helpers
from tests.sync.laptops import Laptops


def _log(path: object) -> list[tuple[str, str, str | None]]:
    db = sqlite3.connect(str(path))
    try:
        return db.execute("SELECT id, ops, ops_sha256 FROM changesets ORDER BY hlc").fetchall()
    finally:
        db.close()


def test_local_and_received_changes_keep_their_canonical_operations_and_digest(laptops: Laptops) -> None:
    admin = laptops.found()
    helpers.person(admin, "Núñez 🙂", country="CR")
    laptops.join("b", role="member", country="CR")
    for name in ("admin", "b"):
        rows = _log(laptops.ws[name].directory / DB_NAME)
        assert rows
        for _id, text, digest in rows:
            assert text.encode() == canonical(json.loads(text))
            assert digest == hashlib.sha256(text.encode()).hexdigest()


def test_an_export_sends_the_stored_text_and_encodes_again_a_row_whose_digest_does_not_hold() -> None:
    ops = [{"op": "put", "e": "people", "id": "p", "f": {"name": "Ñandú", "n": [1, 2.5]}}]
    text = canonical(ops)
    row = {"id": "c", "device_id": "d", "seq": 1, "hlc": "0000000001000-000000-d", "audience": "public"}
    row |= {"author": None, "deps": {}}
    digest = hashlib.sha256(text).hexdigest()

    header, sent = _signed_parts({**row, "ops_json": text.decode(), "ops_sha256": digest}, "w")
    assert sent == text and header["ops_sha256"] == digest

    # The same operations stored in another form by a writer that left the digest as it was, or none.
    for stale in (digest, None):
        other = json.dumps(ops, indent=1)
        header, sent = _signed_parts({**row, "ops_json": other, "ops_sha256": stale}, "w")
        assert sent == text and header["ops_sha256"] == digest
