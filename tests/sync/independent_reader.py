"""A second, minimal bundle reader written from ``docs/bundle-format.md`` alone.

It uses only PyNaCl and the standard library (never ``crm_desktop``), so where it and the product
agree, the specification says enough. It reads one bundle for one recipient: checks the layout,
the sender's signature, the header's fields and canonical encoding, the founder binding; decrypts
and inflates the payload; re-encodes every changeset's operations with its own canonical JSON
encoder and verifies the digest and the author's signature against the keys it can learn (the
founder's, those of the ``sync_keys`` rows in the payload, and any given).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import struct
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, SealedBox
from nacl.signing import VerifyKey


class Refused(Exception):
    pass


# --- canonical JSON, as the specification defines it ------------------------------------------

_SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


class Float(float):
    """A number written with a point or an exponent (kept apart from integers, as the spec asks)."""


def _string(s: str) -> str:
    out = []
    for ch in s:
        if ch in _SHORT:
            out.append(_SHORT[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            raise Refused("lone surrogate")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _shortest_digits(x: float) -> tuple[str, int]:
    """The fewest significant digits that read back as ``x`` (the closest of them), and the exponent.

    At each length the correctly rounded digits and their two neighbours are tried: at a power of
    two the rounding interval is narrower below, so the nearest string may not read back while
    the next one up does.
    """
    exact = Decimal(x)
    for precision in range(1, 18):
        mantissa, exponent = f"{x:.{precision - 1}e}".split("e")
        digits, scale = int(mantissa.replace(".", "")), int(exponent) - (precision - 1)
        found = [
            (abs(Decimal(f"{d}e{scale}") - exact), d % 2, d)
            for d in (digits - 1, digits, digits + 1)
            if d > 0 and float(f"{d}e{scale}") == x
        ]
        if found:
            d = min(found)[2]
            return str(d).rstrip("0") or "0", scale + len(str(d)) - 1
    raise Refused("no shortest form")


def float_text(x: float) -> str:
    if x != x or x in (float("inf"), float("-inf")):
        raise Refused("NaN or infinity")
    if x == 0:
        return "-0.0" if str(x).startswith("-") else "0.0"
    sign = "-" if x < 0 else ""
    digits, e = _shortest_digits(abs(x))
    if -4 <= e < 16:
        if e < 0:
            return f"{sign}0.{'0' * (-e - 1)}{digits}"
        whole, frac = digits[: e + 1].ljust(e + 1, "0"), digits[e + 1 :]
        return f"{sign}{whole}.{frac or '0'}"
    mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return f"{sign}{mantissa}e{'-' if e < 0 else '+'}{abs(e):02d}"


def canonical(value: Any) -> bytes:
    return _encode(value).encode("utf-8")


def _encode(v: Any) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, float):
        return float_text(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, list):
        return "[" + ",".join(_encode(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v, key=lambda k: k.encode("utf-8", "surrogatepass"))
        return "{" + ",".join(_string(k) + ":" + _encode(v[k]) for k in keys) + "}"
    raise Refused(f"not JSON: {type(v).__name__}")


def parse(raw: bytes) -> Any:
    return json.loads(raw.decode("utf-8"), parse_float=lambda s: Float(float(s)))


# --- the bundle ---------------------------------------------------------------------------------

PREFIX = struct.Struct(">8sHH32sI")
FIELDS = {
    "bundle_id", "sender", "sender_seq", "workspace_id", "founder", "founder_key", "kind", "version_vector",
    "audiences", "created_at", "recipients", "nonce", "payload_size", "compression", "aead",
}  # fmt: skip
DEVICE = re.compile(r"[0-9A-Za-z_]{1,32}")
HEX32, HEX64 = re.compile(r"[0-9a-f]{32}"), re.compile(r"[0-9a-f]{64}")
AUDIENCES = {"public", "members", "closed_door", "secretariat"}
CHANGESET_DOMAIN = b"crm-desktop/changeset/1\x00"


def b64(text: str, size: int | None = None) -> bytes:
    raw = base64.b64decode(text, validate=True)
    if base64.b64encode(raw).decode() != text or (size is not None and len(raw) != size):
        raise Refused("base64")
    return raw


def founder_binding(founder: str, founder_key: bytes) -> str:
    return hashlib.sha256(b"crm-desktop/workspace/1\x00" + founder.encode() + b"\x00" + founder_key).hexdigest()[:32]


def fingerprint(sign_public: bytes) -> str:
    text = base64.b32encode(hashlib.sha256(sign_public).digest()[:10]).decode()
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def _verify(key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        VerifyKey(key).verify(message, signature)
    except BadSignatureError:
        return False
    return True


def _check_header(h: Any) -> None:
    ok = (
        isinstance(h, dict)
        and set(h) == FIELDS
        and isinstance(h["bundle_id"], str) and HEX32.fullmatch(h["bundle_id"]) is not None
        and isinstance(h["sender"], str) and DEVICE.fullmatch(h["sender"]) is not None
        and type(h["sender_seq"]) is int and h["sender_seq"] >= 1
        and isinstance(h["workspace_id"], str) and HEX32.fullmatch(h["workspace_id"]) is not None
        and isinstance(h["founder"], str) and DEVICE.fullmatch(h["founder"]) is not None
        and isinstance(h["founder_key"], str) and HEX64.fullmatch(h["founder_key"]) is not None
        and h["kind"] in ("changes", "welcome")
        and isinstance(h["version_vector"], dict)
        and all(DEVICE.fullmatch(k) and type(v) is int and v >= 0 for k, v in h["version_vector"].items())
        and isinstance(h["audiences"], list) and all(a in AUDIENCES for a in h["audiences"])
        and isinstance(h["created_at"], str)
        and type(h["payload_size"]) is int and 0 <= h["payload_size"] <= 256 * 2**20
        and h["compression"] == "zlib" and h["aead"] == "xchacha20poly1305-ietf"
        and isinstance(h["recipients"], list) and 1 <= len(h["recipients"]) <= 500
        and all(isinstance(r, dict) and set(r) == {"device", "sealed_key"} for r in h["recipients"])
    )  # fmt: skip
    if not ok:
        raise Refused("header")


@dataclass
class Bundle:
    sender_key: bytes
    header: dict[str, Any]
    payload: dict[str, Any]
    verified: list[tuple[str, int]] = field(default_factory=list)


def read(data: bytes, device_id: str, box_private: bytes, known_keys: dict[str, list[bytes]] | None = None) -> Bundle:
    """Decode and verify ``data`` for the recipient ``device_id``; raise :class:`Refused` otherwise."""
    if len(data) < 112 or len(data) > 256 * 2**20:
        raise Refused("size")
    magic, version, flags, sender_key, n = PREFIX.unpack_from(data)
    if magic != b"CRMBNDL\x00" or version != 1:
        raise Refused("not a version 1 bundle")
    body, signature = data[:-64], data[-64:]
    if not _verify(sender_key, body, signature):
        raise Refused("bundle signature")
    if flags != 0 or 48 + n > len(body):
        raise Refused("prefix")
    header_bytes = body[48 : 48 + n]
    header = parse(header_bytes)
    _check_header(header)
    if canonical(header) != header_bytes:
        raise Refused("header not canonical")
    founder_key = bytes.fromhex(header["founder_key"])
    if founder_binding(header["founder"], founder_key) != header["workspace_id"]:
        raise Refused("founder binding")
    slot = [r for r in header["recipients"] if r["device"] == device_id]
    if not slot:
        raise Refused("not a recipient")
    try:
        content_key = SealedBox(PrivateKey(box_private)).decrypt(b64(slot[0]["sealed_key"], 80))
        compressed = crypto_aead_xchacha20poly1305_ietf_decrypt(
            body[48 + n :], body[: 48 + n], b64(header["nonce"], 24), content_key
        )
    except CryptoError as exc:
        raise Refused("decrypt") from exc
    inflater = zlib.decompressobj()
    plain = inflater.decompress(compressed, header["payload_size"] + 1)
    if len(plain) != header["payload_size"] or not inflater.eof or inflater.unused_data:
        raise Refused("payload size")
    payload = parse(plain)
    if not isinstance(payload, dict) or not set(payload) <= {"changesets", "withheld", "workspace_name"}:
        raise Refused("payload")
    bundle = Bundle(sender_key, header, payload)
    _verify_changesets(bundle, founder_key, known_keys or {})
    return bundle


def _verify_changesets(bundle: Bundle, founder_key: bytes, known: dict[str, list[bytes]]) -> None:
    header = bundle.header
    keys: dict[str, list[bytes]] = {d: list(k) for d, k in known.items()}
    keys.setdefault(header["founder"], []).append(founder_key)
    entries = bundle.payload["changesets"]
    for entry in entries:  # every key the roster changes in this bundle bring
        for op in entry["ops"]:
            if op.get("op") == "put" and op.get("e") == "sync_keys" and "sign_key" in op.get("f", {}):
                keys.setdefault(op["f"]["device_id"], []).append(bytes.fromhex(op["f"]["sign_key"]))
    for entry in [*entries, *bundle.payload["withheld"]]:
        h = entry["h"]
        if h["ws"] != header["workspace_id"]:
            raise Refused("changeset of another workspace")
        if "ops" in entry and hashlib.sha256(canonical(entry["ops"])).hexdigest() != h["ops_sha256"]:
            raise Refused(f"ops digest of {h['device']}:{h['seq']}")
        signature = b64(entry["sig"], 64)
        author_keys = keys.get(h["device"], [])
        if not author_keys:
            continue  # an author this reader cannot know from this bundle alone
        if not any(_verify(k, CHANGESET_DOMAIN + canonical(h), signature) for k in author_keys):
            raise Refused(f"author signature of {h['device']}:{h['seq']}")
        bundle.verified.append((h["device"], h["seq"]))
