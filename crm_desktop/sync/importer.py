"""Importing a bundle: verify, decrypt, check every changeset, apply in causal order, in one transaction.

The caller supplies a session whose transaction commits only if :func:`import_bundle` returns; any
:class:`~crm_desktop.sync.bundle_format.BundleError` (or crash) leaves the database as it was.
Changesets whose prerequisites have not arrived wait in ``sync_pending`` and are applied by a later
import that brings them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from nacl.public import PrivateKey
from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from crm_desktop.domain.hlc import beyond, bound_prefix
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.sync_policy import may_see
from crm_desktop.store import changelog
from crm_desktop.store.apply import Stamp, apply_ops, bulk_page_cache
from crm_desktop.store.tables.sync import SyncBundle, SyncPeer, SyncPending, SyncWithheld
from crm_desktop.sync import roster
from crm_desktop.sync.authorisation_facts import DbFacts
from crm_desktop.sync.bundle_format import BundleError, Envelope, collector_paused, decrypt, open_bundle
from crm_desktop.sync.errors import over_limit
from crm_desktop.sync.keys import DeviceKeys, key_id
from crm_desktop.sync.limits import MAX_CHANGESETS
from crm_desktop.sync.permissions import Author, author_from_roster, check_changeset, founder_author
from crm_desktop.sync.signing import header_signed_by
from crm_desktop.sync.tables import tbl
from crm_desktop.sync.vectors import local_vector, merge_max
from crm_desktop.sync.wire import WireChangeset, parse_wire
from crm_desktop.sync.withdraw import withdraw_late_changes


@dataclass(frozen=True)
class LocalDevice:
    """This laptop as the importer and exporter need it."""

    device_id: str
    keys: DeviceKeys
    workspace_id: str | None  # None until the welcome bundle has been imported
    founder: str | None
    founder_key: bytes | None
    role: str
    # A rotation waiting for the roster: content sealed to the new encryption key opens too.
    next_box: PrivateKey | None = None


@dataclass
class ImportResult:
    bundle_id: str
    sender: str
    sender_fingerprint: str
    replay: bool = False
    applied: int = 0
    withheld: int = 0
    duplicates: int = 0
    pending: int = 0
    refused_pending: list[str] = field(default_factory=list)
    welcome: bool = False
    workspace_id: str = ""
    workspace_name: str = ""
    founder: str = ""
    founder_key: bytes = b""


ROSTER_TABLES = ("sync_devices", "sync_keys")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def import_bundle(
    session: Session,
    data: bytes,
    local: LocalDevice,
    *,
    observe: Callable[[str], None] = lambda _hlc: None,
    admitted: Callable[[], None] = lambda: None,
) -> ImportResult:
    """Import ``data`` into the session's transaction; raises :class:`BundleError` to refuse it.

    ``admitted`` is called once the sender has been checked and before any decryption: the place
    for work worth doing only for a sender this laptop accepts (the backup before an import).
    """
    # The payload's many objects are built, checked and applied without collections.
    with collector_paused(), ExitStack() as until_done:
        return _import(session, data, local, observe, admitted, until_done)


def _import(
    session: Session,
    data: bytes,
    local: LocalDevice,
    observe: Callable[[str], None],
    admitted: Callable[[], None],
    until_done: ExitStack,
) -> ImportResult:
    env = open_bundle(data)  # size, magic, version, signature: before any parsing
    h = env.header
    result = ImportResult(h["bundle_id"], h["sender"], env.sender_fingerprint)
    conn = session.connection()
    until_done.enter_context(bulk_page_cache(conn))  # given back when the import ends
    founder_key = _founder_key(h)
    if local.workspace_id is not None and (
        h["workspace_id"] != local.workspace_id or h["founder"] != local.founder or founder_key != local.founder_key
    ):
        raise BundleError("sync.reason.other_workspace")
    if conn.execute(select(SyncBundle.id).where(SyncBundle.id == h["bundle_id"])).first():
        result.replay = True  # the same bundle again: nothing to do, nothing changed
        return result
    joined = local.workspace_id is not None
    introduced = _admit_sender(conn, env, founder_key, joined)  # before a single byte is decrypted
    admitted()
    try:
        payload = decrypt(env, local.device_id, local.keys.box)
    except BundleError as exc:
        if exc.code != "sync.reason.decrypt" or local.next_box is None:
            raise
        payload = decrypt(env, local.device_id, local.next_box)
    changesets, markers = _parse_payload(payload, h["workspace_id"])
    if introduced:
        _check_introduced_sender(env, h, founder_key, changesets)
    ctx = _Context(conn, local, h["founder"], founder_key, observe, h["bundle_id"])
    ctx.introducing = _devices_with_new_keys(changesets)
    ctx.sender = h["sender"]
    ctx.run(changesets, markers, result)
    if joined and introduced:
        key = roster.key_by_id(conn, key_id(env.sender_key))
        device = roster.device(conn, h["sender"])
        if key is None or key.device_id != h["sender"] or key.status != roster.ACTIVE or not device or device.revoked:
            raise BundleError("sync.reason.unknown_sender", fingerprint=env.sender_fingerprint)
    if not joined:
        sender = roster.device(conn, h["sender"])
        if h["sender"] != h["founder"] and (sender is None or not sender.admin or sender.revoked):
            raise BundleError("sync.reason.not_permitted", device=h["sender"], seq=h["sender_seq"], why=_why("welcome"))
        result.welcome = True
    _record(conn, h, len(data), len(changesets))
    result.workspace_id = h["workspace_id"]
    result.workspace_name = str(payload.get("workspace_name", ""))[:200]
    result.founder, result.founder_key = h["founder"], founder_key
    return result


def _why(code: str, **params: object) -> Message:
    return msg(f"sync.why.{code}", **params)


def _founder_key(h: dict[str, Any]) -> bytes:
    try:
        key = bytes.fromhex(h["founder_key"])
    except ValueError:
        raise BundleError("sync.reason.malformed", detail="founder") from None
    if len(key) != 32 or roster.workspace_binding(h["founder"], key) != h["workspace_id"]:
        raise BundleError("sync.reason.malformed", detail="founder")
    return key


def _devices_with_new_keys(changesets: list[WireChangeset]) -> set[str]:
    out: set[str] = set()
    for cs in changesets:
        for op in cs.ops or ():
            f = op.get("f")
            if op.get("e") == "sync_keys" and isinstance(f, dict) and isinstance(f.get("device_id"), str):
                out.add(f["device_id"])
    return out


def _admit_sender(conn: Connection, env: Envelope, founder_key: bytes, joined: bool) -> bool:
    """Refuse, before any decryption, a sender this laptop has no reason to do work for.

    Returns whether the sender's key is still to be introduced by the bundle itself: a welcome on a
    laptop that has not joined yet, or a key rotation of a device in good standing on the roster
    (checked again, against the bundle's roster changes, once they are parsed and applied). Both
    are read under the same limits as any bundle.
    """
    h = env.header
    if not joined:
        if h["kind"] != "welcome":
            raise BundleError("sync.reason.not_welcome")
        return True
    if _check_sender(conn, env, h["founder"], founder_key):
        return False
    device = roster.device(conn, h["sender"])
    if h["kind"] != "changes" or device is None or device.revoked:
        raise BundleError("sync.reason.sender_before_decrypt", device=h["sender"], fingerprint=env.sender_fingerprint)
    return True


def _check_sender(conn: Connection, env: Envelope, founder: str, founder_key: bytes) -> bool:
    """Whether the sender is known and in good standing; False if its key is not on the roster yet."""
    h = env.header
    key = roster.key_by_id(conn, key_id(env.sender_key))
    if key is None:
        if not (h["sender"] == founder and env.sender_key == founder_key):
            device = roster.device(conn, h["sender"])
            if device is not None and device.revoked:
                raise BundleError("sync.reason.revoked_sender", device=h["sender"])
            return False
    elif key.device_id != h["sender"]:
        raise BundleError("sync.reason.unknown_sender", fingerprint=env.sender_fingerprint)
    elif key.status == roster.REVOKED:
        raise BundleError("sync.reason.revoked_sender", device=h["sender"])
    device = roster.device(conn, h["sender"])
    if device is not None and device.revoked:
        raise BundleError("sync.reason.revoked_sender", device=h["sender"])
    return True


def _check_introduced_sender(
    env: Envelope, h: dict[str, Any], founder_key: bytes, changesets: list[WireChangeset]
) -> None:
    if h["sender"] == h["founder"] and env.sender_key == founder_key:
        return
    for cs in changesets:
        for op in cs.ops or ():
            f = op.get("f")
            if (
                op.get("e") == "sync_keys"
                and isinstance(f, dict)
                and f.get("device_id") == h["sender"]
                and f.get("sign_key") == env.sender_key.hex()
            ):
                return
    raise BundleError("sync.reason.unknown_sender", fingerprint=env.sender_fingerprint)


def _parse_payload(payload: dict[str, Any], workspace_id: str) -> tuple[list[WireChangeset], list[WireChangeset]]:
    raw_cs, raw_markers = payload.get("changesets"), payload.get("withheld")
    if (
        not set(payload) <= {"changesets", "withheld", "workspace_name"}
        or not isinstance(raw_cs, list)
        or not isinstance(raw_markers, list)
    ):
        raise BundleError("sync.reason.malformed", detail="payload")
    if len(raw_cs) + len(raw_markers) > MAX_CHANGESETS:
        raise over_limit("changesets", MAX_CHANGESETS)
    changesets = [parse_wire(c, workspace_id=workspace_id, with_ops=True) for c in raw_cs]
    markers = [parse_wire(c, workspace_id=workspace_id, with_ops=False) for c in raw_markers]
    return changesets, markers


class _Context:
    """One import: the pending queue, the vector of what is held, and the checks before applying."""

    def __init__(
        self,
        conn: Connection,
        local: LocalDevice,
        founder: str,
        founder_key: bytes,
        observe: Callable[[str], None],
        bundle_id: str,
    ) -> None:
        self.conn = conn
        self.local = local
        self.founder = founder
        self.founder_key = founder_key
        self.observe = observe
        self.bundle_id = bundle_id
        self.have = local_vector(conn)
        self.verified: set[tuple[str, int]] = set()
        self.introducing: set[str] = set()
        self.log_rows: list[dict[str, Any]] = []  # applied changesets, appended to the log in one statement
        self.withheld_rows: list[dict[str, Any]] = []  # markers applied, likewise inserted in one statement
        self._devices: dict[str, roster.RosterDevice | None] = {}
        self._keys: dict[str, list[bytes]] = {}
        self.sender = ""
        self.bound = bound_prefix()  # clocks beyond this laptop's wall clock + the skew are refused
        self.stopped: dict[str, int] = {}  # per device, its first change refused for its clock
        self.roster_changed = False
        self.facts: DbFacts | None = None

    # --- the queue -----------------------------------------------------------------------------
    def run(self, changesets: list[WireChangeset], markers: list[WireChangeset], result: ImportResult) -> None:
        queue: dict[str, dict[int, tuple[str, WireChangeset, str]]] = {}
        for kind, item, origin in self._stored_pending():
            queue.setdefault(item.device, {})[item.seq] = (kind, item, origin)
        my_role = self._my_role()  # nothing is applied before the queue is built: the roster stands still
        self._load_stopped()
        for kind, items in (("changeset", changesets), ("marker", markers)):
            for item in items:
                if self.have.get(item.device, 0) >= item.seq:
                    result.duplicates += 1
                    continue
                slot = queue.setdefault(item.device, {})
                if item.seq in slot and slot[item.seq][0] == "changeset":
                    continue  # a full changeset already waits: keep it rather than a marker
                if kind == "marker" and may_see(my_role, item.audience):
                    continue  # a marker for something this laptop may see: wait for the real changeset
                self._verify_on_arrival(item)
                if beyond(str(item.header["hlc"]), self.bound):
                    self._refuse_future(item, result)  # raises when the sender itself wrote it
                    continue
                slot[item.seq] = (kind, item, self.bundle_id)
        progress = True
        while progress:
            progress = False
            for device in list(queue):
                slot = queue[device]
                while True:
                    nxt = self.have.get(device, 0) + 1
                    entry = slot.get(nxt)
                    if entry is None or not self._deps_met(entry[1]):
                        break
                    kind, item, origin = entry
                    del slot[nxt]
                    why = self._apply(kind, item)
                    if why is not None:
                        if origin == self.bundle_id and not self._beyond_revocation(item):
                            raise BundleError(why[0], **why[1])
                        # An older bundle's changeset that turns out to be refused: keep it visibly.
                        self._mark_refused(item, why)
                        result.refused_pending.append(f"{item.device}:{item.seq}")
                        break
                    self.have[device] = nxt
                    progress = True
                    if kind == "changeset":
                        result.applied += 1
                    else:
                        result.withheld += 1
                if not slot:
                    del queue[device]
        if self.log_rows:
            changelog.append(self.conn, self.log_rows)
        if self.withheld_rows:
            self.conn.execute(insert(tbl(SyncWithheld)), self.withheld_rows)
        self._store_pending(queue)
        result.pending = sum(len(s) for s in queue.values())
        if self.roster_changed:  # a revocation may withdraw late changes this laptop took before it knew
            result.refused_pending += [f"{d}:{s}" for d, s in withdraw_late_changes(self.conn)]

    def _keys_for(self, device: str) -> list[bytes]:
        if device not in self._keys:
            keys = roster.verifying_keys(self.conn, device)
            founder_ok = not _key_revoked(self.conn, self.founder_key)
            if device == self.founder and self.founder_key not in keys and founder_ok:
                keys.append(self.founder_key)
            self._keys[device] = keys
        return self._keys[device]

    def _device(self, device: str) -> roster.RosterDevice | None:
        if device not in self._devices:
            self._devices[device] = roster.device(self.conn, device)
        return self._devices[device]

    def _verify_on_arrival(self, item: WireChangeset) -> None:
        """Check the author's signature now when the author's keys are known, so a forgery never waits."""
        keys = self._keys_for(item.device)
        if not keys:
            return  # an author this laptop does not know yet: checked when its turn comes
        if not any(header_signed_by(k, item.header, item.signature) for k in keys):
            if item.device in self.introducing:
                return  # signed with a key this bundle introduces (a rotation): checked when applied
            raise BundleError("sync.reason.changeset_signature", device=item.device, seq=item.seq)
        self.verified.add((item.device, item.seq))

    def _deps_met(self, item: WireChangeset) -> bool:
        for d, s in item.deps.items():
            if d == item.device:
                continue
            cut = self._cut(d)  # a revoked device's changes after its cut never come: do not wait for them
            stop = self.stopped.get(d)  # nor a device's changes from one refused for its clock
            if stop is not None:
                cut = stop - 1 if cut is None else min(cut, stop - 1)
            if self.have.get(d, 0) < (s if cut is None else min(s, cut)):
                return False
        return True

    def _cut(self, device: str) -> int | None:
        """For a revoked device, the last of its changes that counts; None while it is in good standing."""
        d = self._device(device)
        return (d.revoked_after_seq or 0) if d is not None and d.revoked else None

    def _beyond_revocation(self, item: WireChangeset) -> bool:
        """A revoked device's change after its revocation, forwarded by an honest laptop that got it earlier.

        It is never applied (it stays visibly refused in the pending list), but it does not make the
        forwarder's whole bundle fail, and changes that depend on it no longer wait for it.
        """
        cut = self._cut(item.device)
        return cut is not None and item.seq > cut

    # --- clocks beyond the bound (see crm_desktop.domain.hlc) ----------------------------------
    def _future(self, item: WireChangeset) -> tuple[str, dict[str, object]]:
        self.stopped[item.device] = min(item.seq, self.stopped.get(item.device, item.seq))
        return "sync.reason.future_clock", {"device": item.device, "seq": item.seq, "hlc": item.header["hlc"]}

    def _refuse_future(self, item: WireChangeset, result: ImportResult) -> None:
        """A change stamped beyond this laptop's clock + the skew is never applied nor observed.

        From the sender itself the bundle is refused. Relayed by an honest laptop (which may have
        applied it before bounds were checked), it stays visibly refused in the pending list, like a
        revoked device's late change: its author's later changes wait behind it, and changes of
        other devices that had seen it do not wait for it, so the forwarder's bundles keep importing.
        """
        why = self._future(item)
        if item.device == self.sender:
            raise BundleError(why[0], **why[1])
        self._mark_refused(item, why)
        result.refused_pending.append(f"{item.device}:{item.seq}")

    def _load_stopped(self) -> None:
        table = tbl(SyncPending)
        rows = self.conn.execute(
            select(table.c.device_id, table.c.seq, table.c.body).where(table.c.status == "refused")
        ).all()
        for device, seq, body in rows:
            h = body.get("h") if isinstance(body, dict) else None
            if isinstance(h, dict) and beyond(str(h.get("hlc", "")), self.bound):
                self.stopped[device] = min(seq, self.stopped.get(device, seq))

    def _stored_pending(self) -> Iterable[tuple[str, WireChangeset, str]]:
        rows = self.conn.execute(select(tbl(SyncPending)).where(SyncPending.status == "waiting")).all()
        for r in rows:
            try:
                item = parse_wire(r.body, workspace_id=self.workspace_id, with_ops=r.kind == "changeset")
            except BundleError:
                continue
            yield r.kind, item, r.bundle_id

    @property
    def workspace_id(self) -> str:
        return roster.workspace_binding(self.founder, self.founder_key)

    def _store_pending(self, queue: dict[str, dict[int, tuple[str, WireChangeset, str]]]) -> None:
        table = tbl(SyncPending)
        self.conn.execute(delete(table).where(table.c.status == "waiting"))
        rows = [
            {
                "device_id": item.device,
                "seq": item.seq,
                "kind": kind,
                "body": item.to_json(),
                "bundle_id": origin,
                "received_at": _now(),
                "status": "waiting",
                "reason": None,
            }
            for slot in queue.values()
            for kind, item, origin in slot.values()
        ]
        if rows:  # a change refused earlier may arrive again, genuinely signed this time
            self.conn.execute(
                delete(table).where(table.c.device_id == bindparam("d"), table.c.seq == bindparam("s")),
                [{"d": r["device_id"], "s": r["seq"]} for r in rows],
            )
            self.conn.execute(insert(table), rows)

    def _mark_refused(self, item: WireChangeset, why: tuple[str, dict[str, object]]) -> None:
        table = tbl(SyncPending)
        self.conn.execute(delete(table).where(table.c.device_id == item.device, table.c.seq == item.seq))
        self.conn.execute(
            insert(table).values(
                device_id=item.device,
                seq=item.seq,
                kind="changeset" if item.ops is not None else "marker",
                body=item.to_json(),
                bundle_id=self.bundle_id,
                received_at=_now(),
                status="refused",
                reason=msg(why[0], **why[1]).render("en"),
            )
        )

    # --- checks and application ----------------------------------------------------------------
    def _my_role(self) -> str:
        me = roster.device(self.conn, self.local.device_id)
        return me.role if me else self.local.role

    def _author(self, item: WireChangeset) -> tuple[Author | None, tuple[str, dict[str, object]] | None]:
        """Who wrote ``item`` according to the roster as it stands now, with their signature checked."""
        ident = {"device": item.device, "seq": item.seq}
        device = self._device(item.device)
        if device is None and item.device != self.founder:
            return None, ("sync.reason.unknown_author", ident)
        # The revocation point first: the revoked keys no longer verify anything, and a late change
        # relayed by a laptop that took it before the revocation is refused as such, not as a forgery.
        if device is not None and device.revoked and item.seq > (device.revoked_after_seq or 0):
            return None, ("sync.reason.not_permitted", {**ident, "why": _why("revoked")})
        if (item.device, item.seq) not in self.verified and not any(
            header_signed_by(k, item.header, item.signature) for k in self._keys_for(item.device)
        ):
            return None, ("sync.reason.changeset_signature", ident)
        if device is None:  # the founder before its own roster entry: an administrator by construction
            return founder_author(self.conn, item.device, item.audience, item.seq), None
        return author_from_roster(self.conn, device, item.audience, item.seq), None

    def _apply(self, kind: str, item: WireChangeset) -> tuple[str, dict[str, object]] | None:
        if beyond(str(item.header["hlc"]), self.bound):  # waited from a bundle read before bounds existed
            return self._future(item)
        author, refusal = self._author(item)
        if author is None:
            return refusal
        ident: dict[str, object] = {"device": item.device, "seq": item.seq}
        if kind == "marker":
            self.withheld_rows.append(
                {
                    "device_id": item.device,
                    "seq": item.seq,
                    "audience": item.audience,
                    "header": item.header,
                    "signature": item.signature,
                }
            )
            self.observe(str(item.header["hlc"]))
            return None
        assert item.ops is not None
        if self.facts is None:  # one set of cached facts for the whole import
            self.facts = DbFacts(self.conn)
        why = check_changeset(author, item.ops, self.facts)
        if why is not None:
            return "sync.reason.not_permitted", {**ident, "why": why}
        h = item.header
        try:
            apply_ops(self.conn, item.ops, Stamp(h["hlc"], item.device, item.seq, item.deps))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # signed but malformed operations, even a CRDT library panic
            if not isinstance(exc, Exception | SQLAlchemyError) and type(exc).__name__ != "PanicException":
                raise
            raise BundleError(
                "sync.reason.malformed", detail=f"{item.device}:{item.seq}: {type(exc).__name__}"
            ) from exc
        self.log_rows.append(
            {
                "id": h["id"],
                "device_id": item.device,
                "seq": item.seq,
                "hlc": h["hlc"],
                "audience": item.audience,
                "author": h["author"],
                "deps": item.deps,
                "ops": item.ops,
                "ops_json": item.ops_json,
                "ops_sha256": h["ops_sha256"],  # checked over ops_json on arrival
                "signature": item.signature,
                "recorded_at": _now(),
            }
        )
        self.facts.applied(item.ops)
        if any(op.get("e") in ROSTER_TABLES for op in item.ops):
            self._devices.clear()  # the roster changed: read it again
            self._keys.clear()
            self.roster_changed = True
        self.observe(str(h["hlc"]))
        return None


def _key_revoked(conn: Connection, sign_key: bytes) -> bool:
    k = roster.key_by_id(conn, key_id(sign_key))
    return k is not None and k.status == roster.REVOKED


def _record(conn: Connection, h: dict[str, Any], size: int, count: int) -> None:
    now = _now()
    conn.execute(
        insert(tbl(SyncBundle)).values(
            id=h["bundle_id"],
            direction="in",
            sender=h["sender"],
            sender_seq=h["sender_seq"],
            recipients=[r["device"] for r in h["recipients"]],
            changesets=count,
            size=size,
            at=now,
        )
    )
    peers = tbl(SyncPeer)
    row = conn.execute(select(peers.c.acked).where(peers.c.id == h["sender"])).first()
    if row is None:
        conn.execute(insert(peers).values(id=h["sender"], acked=h["version_vector"], last_in=now, last_out=None))
    else:
        acked = merge_max(row.acked or {}, h["version_vector"])
        conn.execute(update(peers).where(peers.c.id == h["sender"]).values(acked=acked, last_in=now))


def new_bundle_id() -> str:
    return uuid.uuid4().hex
