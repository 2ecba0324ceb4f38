"""The bundle file format, version 1 (specified in ``docs/bundle-format.md``).

::

    prefix     48 bytes   magic "CRMBNDL\\0", format version (u16), flags (u16),
                          sender's Ed25519 public key (32), header length (u32)
    header     n bytes    canonical JSON (bundle id, sender, sequence, workspace, version vector,
                          recipients with the sealed content key, audiences, nonce)
    payload    m bytes    XChaCha20-Poly1305 of the zlib-compressed JSON payload,
                          associated data = prefix + header
    signature  64 bytes   Ed25519 by the sender over everything before it

:func:`open_bundle` checks sizes and the signature before it parses a single byte of the header;
every malformed input raises :class:`BundleError` with a message code, never another exception.
"""

from __future__ import annotations

import base64
import binascii
import gc
import re
import struct
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import nacl.secret
import nacl.utils
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from crm_desktop.domain.model import Audience
from crm_desktop.sync.bounded_json import inflate_payload, load_object, scan_object
from crm_desktop.sync.errors import BundleError as BundleError
from crm_desktop.sync.keys import DeviceKeys, fingerprint, verify
from crm_desktop.sync.limits import MAX_BUNDLE, MAX_HEADER, MAX_PAYLOAD, MAX_RECIPIENTS
from crm_desktop.sync.signing import canonical

MAGIC = b"CRMBNDL\x00"
VERSION = 1
PREFIX = struct.Struct(">8sHH32sI")
PREFIX_SIZE = PREFIX.size  # 48
SIGNATURE_SIZE = 64
COMPRESSION_LEVEL = 6
KINDS = ("changes", "welcome")
HEADER_FIELDS = frozenset(
    {
        "bundle_id", "sender", "sender_seq", "workspace_id", "founder", "founder_key", "kind", "version_vector",
        "audiences", "created_at", "recipients", "nonce", "payload_size", "compression", "aead",
    }
)  # fmt: skip
DEVICE_ID = re.compile(r"[0-9A-Za-z_]{1,32}")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CREATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\+00:00")
_AUDIENCES = frozenset(a.value for a in Audience)
SEALED_KEY_SIZE = 80  # the 32-byte content key in a sealed box (ephemeral key 32 + tag 16)
NONCE_SIZE = 24


@dataclass(frozen=True)
class Recipient:
    device_id: str
    box_key: bytes


@dataclass(frozen=True)
class Envelope:
    """A bundle whose signature has been verified and whose header has been parsed (not yet decrypted)."""

    sender_key: bytes
    header: dict[str, Any]
    prefix_and_header: bytes
    ciphertext: bytes

    @property
    def sender_fingerprint(self) -> str:
        return fingerprint(self.sender_key)


class PayloadWriter:
    """The payload's JSON bytes, compressed as they are written.

    An exporter writes the canonical JSON piece by piece (a changeset at a time) instead of building
    the whole payload as one object and one string: the inflated payload of a large workspace is
    many times the compressed one, and only the compressed bytes are ever held.
    """

    def __init__(self) -> None:
        self._deflate = zlib.compressobj(COMPRESSION_LEVEL)
        self._parts: list[bytes] = []
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        self._parts.append(self._deflate.compress(chunk))

    def finish(self) -> bytes:
        self._parts.append(self._deflate.flush())
        compressed = b"".join(self._parts)
        self._parts = []
        return compressed


def seal_bundle(
    keys: DeviceKeys,
    header_fields: Mapping[str, Any],
    recipients: Sequence[Recipient],
    payload: Mapping[str, Any],
) -> bytes:
    """Encrypt ``payload`` for ``recipients`` and sign the whole file with ``keys``."""
    writer = PayloadWriter()
    writer.write(canonical(dict(payload)))
    return seal_written(keys, header_fields, recipients, writer)


def seal_written(
    keys: DeviceKeys,
    header_fields: Mapping[str, Any],
    recipients: Sequence[Recipient],
    payload: PayloadWriter,
) -> bytes:
    """Encrypt a payload written to ``payload`` for ``recipients`` and sign the whole file with ``keys``."""
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    content_key = nacl.utils.random(nacl.secret.Aead.KEY_SIZE)
    nonce = nacl.utils.random(nacl.secret.Aead.NONCE_SIZE)
    compressed = payload.finish()
    header = dict(header_fields)
    header["recipients"] = [
        {
            "device": r.device_id,
            "sealed_key": base64.b64encode(SealedBox(PublicKey(r.box_key)).encrypt(content_key)).decode(),
        }
        for r in recipients
    ]
    header["nonce"] = base64.b64encode(nonce).decode()
    header["payload_size"] = payload.size
    header["compression"] = "zlib"
    header["aead"] = "xchacha20poly1305-ietf"
    header_bytes = canonical(header)
    prefix = PREFIX.pack(MAGIC, VERSION, 0, keys.sign_public, len(header_bytes))
    aad = prefix + header_bytes
    ciphertext = nacl.secret.Aead(content_key).encrypt(compressed, aad, nonce).ciphertext
    body = aad + ciphertext
    return body + keys.sign(body)


def open_bundle(data: bytes) -> Envelope:
    """Check size, magic, version and the sender's signature, then parse the header."""
    if len(data) > MAX_BUNDLE:
        raise BundleError("sync.reason.too_large", size=len(data), limit=MAX_BUNDLE)
    if len(data) < PREFIX_SIZE + SIGNATURE_SIZE or data[:8] != MAGIC:
        raise BundleError("sync.reason.not_bundle")
    _magic, version, flags, sender_key, header_len = PREFIX.unpack_from(data)
    if version != VERSION:
        raise BundleError("sync.reason.version", version=version, supported=VERSION)
    body, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    if not verify(sender_key, body, signature):
        raise BundleError("sync.reason.signature")
    # Signed by the holder of sender_key: from here on the bytes are the sender's, but still untrusted.
    if flags != 0 or header_len > MAX_HEADER or PREFIX_SIZE + header_len > len(body):
        raise BundleError("sync.reason.malformed", detail="prefix")
    header_bytes = body[PREFIX_SIZE : PREFIX_SIZE + header_len]
    with collector_paused():
        header = scan_object(header_bytes, "header", MAX_HEADER // 4)
    _check_header(header)
    if canonical(header) != header_bytes:  # one encoding per header: what is signed is what is read
        raise BundleError("sync.reason.malformed", detail="header encoding")
    return Envelope(sender_key, header, body[: PREFIX_SIZE + header_len], body[PREFIX_SIZE + header_len :])


def decrypt(envelope: Envelope, device_id: str, box: PrivateKey) -> dict[str, Any]:
    """Unseal the content key addressed to ``device_id`` and decrypt the payload."""
    sealed = next((r["sealed_key"] for r in envelope.header["recipients"] if r["device"] == device_id), None)
    if sealed is None:
        raise BundleError("sync.reason.not_recipient")
    try:
        content_key = SealedBox(box).decrypt(base64.b64decode(sealed, validate=True))
        nonce = base64.b64decode(envelope.header["nonce"], validate=True)
        compressed = nacl.secret.Aead(content_key).decrypt(envelope.ciphertext, envelope.prefix_and_header, nonce)
    except (CryptoError, ValueError, TypeError) as exc:
        raise BundleError("sync.reason.decrypt") from exc
    plain = inflate_payload(compressed, envelope.header["payload_size"])  # bounded while it inflates
    return _json_object(plain, "payload")


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off for a bulk of allocations, then back as it was.

    Decoding a large payload allocates hundreds of thousands of lists and dicts, and the collector
    would walk the growing structure again and again (half the decoding time), then walk it once
    more while the import applies it. Decoded JSON holds no reference cycles: once the import is
    over its objects go with their last reference, without any collection.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _json_object(raw: bytes | bytearray, what: str) -> dict[str, Any]:
    with collector_paused():
        return load_object(raw, what)


def _device_id(value: object) -> bool:
    return isinstance(value, str) and DEVICE_ID.fullmatch(value) is not None


def _count(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _is_vector(value: object) -> bool:
    return isinstance(value, dict) and all(_device_id(k) and _count(v, 0, 2**53 - 1) for k, v in value.items())


def _base64_of(value: object, size: int) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return len(base64.b64decode(value, validate=True)) == size and base64.b64encode(
            base64.b64decode(value)
        ) == value.encode("ascii")
    except (binascii.Error, ValueError):
        return False


def _matches(pattern: re.Pattern[str], value: object) -> bool:
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def _check_header(h: dict[str, Any]) -> None:
    """Every header field as the spec states it, so later code may index it without surprises."""
    recipients = h.get("recipients")
    ok = (
        set(h) == HEADER_FIELDS
        and _matches(_HEX32, h["bundle_id"])
        and _device_id(h["sender"])
        and _count(h["sender_seq"], 1, 2**53 - 1)
        and _matches(_HEX32, h["workspace_id"])
        and _device_id(h["founder"])
        and _matches(_HEX64, h["founder_key"])
        and h["kind"] in KINDS
        and _is_vector(h["version_vector"])
        and isinstance(h["audiences"], list)
        and all(isinstance(a, str) and a in _AUDIENCES for a in h["audiences"])
        and _matches(_CREATED, h["created_at"])
        and _count(h["payload_size"], 0, MAX_PAYLOAD)
        and _base64_of(h["nonce"], NONCE_SIZE)
        and isinstance(recipients, list)
        and 0 < len(recipients) <= MAX_RECIPIENTS
        and all(
            isinstance(r, dict)
            and set(r) == {"device", "sealed_key"}
            and _device_id(r["device"])
            and _base64_of(r["sealed_key"], SEALED_KEY_SIZE)
            for r in recipients
        )
        and len({r["device"] for r in recipients}) == len(recipients)
    )
    if not ok:
        raise BundleError("sync.reason.malformed", detail="header")
    if h["compression"] != "zlib" or h["aead"] != "xchacha20poly1305-ietf":
        raise BundleError("sync.reason.malformed", detail="algorithms")
