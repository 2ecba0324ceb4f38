"""Changesets as they travel inside a bundle payload, and their validation on arrival."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crm_desktop.domain.model import Audience
from crm_desktop.sync.errors import BundleError, over_limit
from crm_desktop.sync.limits import MAX_OPS
from crm_desktop.sync.signing import canonical, changeset_header

AUDIENCES = {a.value for a in Audience}
HLC = re.compile(r"[0-9]{13}-[0-9]{6}-[0-9A-Za-z_]{1,32}")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class WireChangeset:
    """A changeset's signed header, the author's signature and (unless withheld) its operations."""

    header: dict[str, Any]
    signature: bytes
    ops: list[dict[str, Any]] | None
    # The operations' canonical JSON, which their digest was checked over on arrival: the change log
    # stores it as is rather than encoding the operations a second time.
    ops_json: bytes | None = field(default=None, compare=False, repr=False)

    @property
    def device(self) -> str:
        return str(self.header["device"])

    @property
    def seq(self) -> int:
        return int(self.header["seq"])

    @property
    def audience(self) -> str:
        return str(self.header["audience"])

    @property
    def deps(self) -> dict[str, int]:
        return dict(self.header["deps"])

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"h": self.header, "sig": base64.b64encode(self.signature).decode()}
        if self.ops is not None:
            out["ops"] = self.ops
        return out


def header_with_digest(row: Mapping[Any, Any], workspace_id: str, digest: str) -> dict[str, Any]:
    """The header its author signs, rebuilt from a stored changeset row and its operations' digest."""
    return changeset_header(
        workspace_id=workspace_id,
        cs_id=str(row["id"]),
        device_id=str(row["device_id"]),
        seq=int(row["seq"]),
        hlc=str(row["hlc"]),
        audience=str(row["audience"]),
        author=row["author"],
        deps=row["deps"] or {},
        digest=digest,
    )


def entry_json(header: Mapping[str, Any], signature: bytes, ops_json: bytes | None) -> bytes:
    """``canonical(WireChangeset(header, signature, ops).to_json())`` from the operations' canonical JSON.

    The exporter has that JSON already (it is what the digest is taken over), so the operations are
    encoded once per export instead of once for the digest and again for the payload. The keys are
    written in canonical (sorted) order: "h" < "ops" < "sig".
    """
    sig = canonical(base64.b64encode(signature).decode())
    if ops_json is None:
        return b'{"h":' + canonical(dict(header)) + b',"sig":' + sig + b"}"
    return b'{"h":' + canonical(dict(header)) + b',"ops":' + ops_json + b',"sig":' + sig + b"}"


def _short_str(v: object, limit: int) -> bool:
    return isinstance(v, str) and 0 < len(v) <= limit


def _vector(v: object) -> bool:
    return isinstance(v, dict) and all(
        _short_str(k, 32) and isinstance(n, int) and not isinstance(n, bool) and n >= 0 for k, n in v.items()
    )


def parse_wire(item: object, *, workspace_id: str, with_ops: bool) -> WireChangeset:
    """Validate one payload entry; anything unexpected refuses the bundle."""
    bad = BundleError("sync.reason.malformed", detail="changeset")
    if not isinstance(item, dict):
        raise bad
    h, sig = item.get("h"), item.get("sig")
    if not isinstance(h, dict) or not isinstance(sig, str):
        raise bad
    ok = (
        set(h) == {"ws", "id", "device", "seq", "hlc", "audience", "author", "deps", "ops_sha256"}
        and _short_str(h["id"], 32)
        and _short_str(h["device"], 32)
        and isinstance(h["seq"], int)
        and not isinstance(h["seq"], bool)
        and h["seq"] >= 1
        and isinstance(h["hlc"], str)
        and HLC.fullmatch(h["hlc"]) is not None
        and h["audience"] in AUDIENCES
        and (h["author"] is None or _short_str(h["author"], 32))
        and _vector(h["deps"])
        and isinstance(h["ops_sha256"], str)
        and SHA256_HEX.fullmatch(h["ops_sha256"]) is not None
    )
    if not ok:
        raise bad
    if h["ws"] != workspace_id:
        raise BundleError("sync.reason.other_workspace")
    try:
        signature = base64.b64decode(sig, validate=True)
    except ValueError:
        raise bad from None
    if len(signature) != 64:
        raise bad
    ops: list[dict[str, Any]] | None = None
    if with_ops:
        raw = item.get("ops")
        if isinstance(raw, list) and len(raw) > MAX_OPS:
            raise over_limit("ops", MAX_OPS)
        if (
            not isinstance(raw, list)
            or not raw
            or not all(isinstance(o, dict) and isinstance(o.get("op"), str) for o in raw)
        ):
            raise bad
        try:
            ops_json = canonical(raw)
        except (ValueError, RecursionError):  # NaN or a lone surrogate has no canonical form; too deep
            raise bad from None
        if hashlib.sha256(ops_json).hexdigest() != h["ops_sha256"]:
            raise BundleError("sync.reason.changeset_signature", device=h["device"], seq=h["seq"])
        return WireChangeset(h, signature, raw, ops_json)
    return WireChangeset(h, signature, ops)
