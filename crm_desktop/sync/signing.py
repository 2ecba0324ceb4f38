"""Per-changeset author signatures.

An author signs the changeset's *header*: identity, position in its log, clock, audience,
dependencies, workspace and a SHA-256 digest of the operations. The operations are checked against
the digest, so a full changeset and a "withheld" marker (the header alone, sent to a laptop that may
not see the content) are verified the same way, whoever forwards them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from crm_desktop.domain.canonical_json import canonical as canonical
from crm_desktop.sync.keys import DeviceKeys, verify

DOMAIN = b"crm-desktop/changeset/1\x00"


def ops_digest(ops: Sequence[Mapping[str, Any]]) -> str:
    return hashlib.sha256(canonical(list(ops))).hexdigest()


def changeset_header(
    *,
    workspace_id: str,
    cs_id: str,
    device_id: str,
    seq: int,
    hlc: str,
    audience: str,
    author: str | None,
    deps: Mapping[str, int],
    digest: str,
) -> dict[str, Any]:
    return {
        "ws": workspace_id,
        "id": cs_id,
        "device": device_id,
        "seq": seq,
        "hlc": hlc,
        "audience": audience,
        "author": author,
        "deps": dict(deps),
        "ops_sha256": digest,
    }


def sign_header(keys: DeviceKeys, header: Mapping[str, Any]) -> bytes:
    return keys.sign(DOMAIN + canonical(dict(header)))


def header_signed_by(sign_public: bytes, header: Mapping[str, Any], signature: bytes) -> bool:
    try:
        message = DOMAIN + canonical(dict(header))
    except (ValueError, RecursionError):  # a lone surrogate or a NaN: no author ever signed that
        return False
    return verify(sign_public, message, signature)
