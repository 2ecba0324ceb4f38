"""Tables of the sync subsystem.

The roster (devices and their public keys) is synced data: it is written through changesets by an
administrator, signed like any other change, so every laptop holds the same signed roster. The
rest is this laptop's bookkeeping: bundles seen, changesets waiting for their prerequisites,
markers of changesets withheld from this laptop, and what each peer has acknowledged.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.schema import LOCAL, Base


class SyncDevice(Base):
    """A laptop on the roster: who uses it and what role it has."""

    __tablename__ = "sync_devices"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the device id
    person_name: Mapped[str] = mapped_column(String(200))
    country_id: Mapped[str | None] = mapped_column(String(2), default=None)
    organisation: Mapped[str | None] = mapped_column(String(200), default=None)
    role: Mapped[str] = mapped_column(String(16))  # domain.sync_policy.DeviceRole
    admin: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | revoked
    # Changes of a revoked device up to this sequence number were accepted before the revocation.
    revoked_after_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    approved_by: Mapped[str | None] = mapped_column(String(32), default=None)


class SyncKey(Base):
    """A public key pair of a roster device; the id is the signing key's hexadecimal key id."""

    __tablename__ = "sync_keys"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32), index=True)
    sign_key: Mapped[str] = mapped_column(String(64))  # Ed25519 public key, hex
    box_key: Mapped[str] = mapped_column(String(64))  # X25519 public key, hex
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | retired | revoked


class SyncBundle(Base):
    """Bundles this laptop imported or exported; an imported id is never applied twice."""

    __tablename__ = "sync_bundles"
    __table_args__ = {"info": LOCAL}
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    sender: Mapped[str] = mapped_column(String(32))
    sender_seq: Mapped[int] = mapped_column(Integer)
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    changesets: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(DateTime)


class SyncPending(Base):
    """A received changeset (or withheld marker) waiting for its prerequisites, visibly."""

    __tablename__ = "sync_pending"
    __table_args__ = {"info": LOCAL}
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # changeset | marker
    body: Mapped[dict[str, object]] = mapped_column(JSON)
    bundle_id: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10), default="waiting")  # waiting | refused
    reason: Mapped[str | None] = mapped_column(Text, default=None)


class SyncWithheld(Base):
    """A changeset this laptop may not see: its signed header only, so causal order still holds."""

    __tablename__ = "sync_withheld"
    __table_args__ = {"info": LOCAL}
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    audience: Mapped[str] = mapped_column(String(16))
    header: Mapped[dict[str, object]] = mapped_column(JSON)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class SyncPeer(Base):
    """What a peer device is known to hold (its acknowledged version vector) and the last exchanges."""

    __tablename__ = "sync_peers"
    __table_args__ = {"info": LOCAL}
    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # peer device id
    acked: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    last_in: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_out: Mapped[datetime | None] = mapped_column(DateTime, default=None)
