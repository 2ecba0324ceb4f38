"""Device key pairs: Ed25519 for signing, X25519 for receiving content keys.

A device's private material is 64 bytes (signing seed and encryption secret). Public keys travel
in join requests and in the roster; the key id is the hexadecimal SHA-256 of the signing key, and
the fingerprint people read over the phone is its first 80 bits in base32 groups.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

PRIVATE_SIZE = 64


def key_id(sign_public: bytes) -> str:
    """The stable identifier of a signing key (64 hexadecimal digits)."""
    return hashlib.sha256(sign_public).hexdigest()


def fingerprint(sign_public: bytes) -> str:
    """Short and readable: 16 base32 characters in four groups, e.g. ``K3QF-7ZTA-M2XW-PB4D``."""
    text = base64.b32encode(hashlib.sha256(sign_public).digest()[:10]).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class DeviceKeys:
    """The key pairs of one device. Never stored in the database, a log or a bundle."""

    signing: SigningKey
    box: PrivateKey

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(SigningKey.generate(), PrivateKey.generate())

    @classmethod
    def from_private(cls, material: bytes) -> DeviceKeys:
        if len(material) != PRIVATE_SIZE:
            raise ValueError("private key material must be 64 bytes")
        return cls(SigningKey(material[:32]), PrivateKey(material[32:]))

    def private_bytes(self) -> bytes:
        return bytes(self.signing) + bytes(self.box)

    @property
    def sign_public(self) -> bytes:
        return bytes(self.signing.verify_key)

    @property
    def box_public(self) -> bytes:
        return bytes(self.box.public_key)

    @property
    def key_id(self) -> str:
        return key_id(self.sign_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public)

    def sign(self, message: bytes) -> bytes:
        return bytes(self.signing.sign(message).signature)


def verify(sign_public: bytes, message: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is a valid Ed25519 signature of ``message`` by ``sign_public``."""
    from nacl.exceptions import BadSignatureError

    try:
        VerifyKey(sign_public).verify(message, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


def box_public_key(raw: bytes) -> PublicKey:
    return PublicKey(raw)
