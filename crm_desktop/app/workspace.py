"""Opening a workspace and writing to it.

A :class:`Workspace` holds the database, this laptop's device id and clock, and the process
configuration. Every write goes through :meth:`Workspace.change`, which records one changeset;
:meth:`Workspace.batch` runs many changes in one transaction (bulk writes: one commit, every
changeset recorded and checked as if written alone).
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import BadInput
from crm_desktop.domain.hlc import HybridClock, Timestamp
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience, narrowest
from crm_desktop.domain.reference import (
    ProcessConfig,
    countries,
    default_process_config_json,
    organisations,
    parse_process_config,
)
from crm_desktop.store.apply import install_guard, to_json_value
from crm_desktop.store.changelog import ChangeLog, Recorded, last_timestamp
from crm_desktop.store.clock_repair import has_own_future, restamp_own_future
from crm_desktop.store.db import BUSY, DAMAGED, DB_NAME, Database, sqlite_code
from crm_desktop.store.files import SQLITE_MAGIC
from crm_desktop.store.local_files import check_regular
from crm_desktop.store.schema import Base, Body, Meta

if TYPE_CHECKING:
    from crm_desktop.sync import permissions

#: Meta key present while a workspace is being created (``init``, ``demo``): a creation that was
#: killed leaves it, and ``check`` reports the workspace as incomplete.
BUILDING = "building"


def new_id() -> str:
    """A new row id: a random (version 4) UUID as 32 hex digits, made without a ``UUID`` object (a
    bulk write makes tens of thousands)."""
    b = bytearray(os.urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40  # version 4
    b[8] = (b[8] & 0x3F) | 0x80  # RFC 4122 variant
    return b.hex()


@dataclass
class Changes:
    """Operations collected for one changeset."""

    session: Session
    ops: list[dict[str, Any]] = field(default_factory=list)
    audience: Audience = Audience.PUBLIC

    def within(self, audience: Audience | str) -> None:
        """The changeset touches rows of ``audience``: it travels no wider than that (and than what it
        already touched)."""
        self.audience = narrowest(self.audience, audience)

    def put(self, entity: type[Base] | str, row_id: str, **fields: Any) -> str:
        name = entity if isinstance(entity, str) else entity.__tablename__
        self.ops.append({"op": "put", "e": name, "id": row_id, "f": {k: to_json_value(v) for k, v in fields.items()}})
        return row_id

    def delete(self, entity: type[Base] | str, row_id: str) -> None:
        name = entity if isinstance(entity, str) else entity.__tablename__
        self.ops.append({"op": "del", "e": name, "id": row_id})

    def extend(self, ops: list[dict[str, Any]]) -> None:
        self.ops.extend(ops)


@dataclass
class _Batch:
    """The open transaction of :meth:`Workspace.batch`, and how many changes and reads are inside it."""

    session: Session
    depth: int = 0
    failed: BaseException | None = None  # a change that failed while being recorded: nothing is committed


class Workspace:
    """One open workspace directory."""

    def __init__(self, directory: Path, *, lang: str = "es") -> None:
        self.directory = directory
        self.lang = lang
        path = directory / DB_NAME
        _check_database_file(path)
        try:
            self.db = Database(path)
        except DatabaseError as exc:
            raise _not_database(path, exc) from None
        install_guard(self.db.engine)
        try:
            meta, last = self._read_meta()
        except DatabaseError as exc:
            self.db.close()
            raise _not_database(path, exc) from None
        clock = HybridClock(meta["device_id"], last=last)
        self._restamp_dragged(meta["device_id"], clock)
        self.meta = meta
        self.device_id = meta["device_id"]
        self.clock = clock
        self.log = ChangeLog(self.device_id, self.clock)
        self._config: ProcessConfig | None = None
        self.author: str | None = meta.get("author")
        self._local = threading.local()  # the batch open in each thread (see batch())

    def _restamp_dragged(self, device: str, clock: HybridClock) -> None:
        """Own changes stamped by a clock dragged before bounds existed get fresh stamps (a write only then)."""
        with self.db.read() as s:
            dragged = has_own_future(s.connection(), device)
        if dragged:
            with self.db.session() as s:
                restamp_own_future(s.connection(), device, clock)

    def _read_meta(self) -> tuple[dict[str, str], Timestamp | None]:
        with self.db.read() as s:
            meta = {m.key: m.value for m in s.scalars(select(Meta))}
        if "device_id" not in meta:  # a new database: this laptop's identity in it
            with self.db.session() as s:
                found = s.get(Meta, "device_id")
                if found is None:
                    found = Meta(key="device_id", value=uuid.uuid4().hex[:16])
                    s.add(found)
                meta["device_id"] = found.value
        with self.db.read() as s:
            return meta, last_timestamp(s, meta["device_id"])

    # --- properties ------------------------------------------------------------------------------
    @property
    def initialised(self) -> bool:
        return "workspace_id" in self.meta

    @property
    def name(self) -> str:
        return self.meta.get("name", "")

    @property
    def workspace_id(self) -> str:
        return self.meta.get("workspace_id", "")

    def set_meta(self, key: str, value: str) -> None:
        with self._writing() as s:
            s.merge(Meta(key=key, value=value))
            s.flush()
        self.meta[key] = value

    def drop_meta(self, key: str) -> None:
        with self._writing() as s:
            s.execute(delete(Meta).where(Meta.key == key))
        self.meta.pop(key, None)

    @property
    def building(self) -> str | None:
        """What was creating this workspace, while it is not finished (a killed ``demo``: "demo")."""
        return self.meta.get(BUILDING)

    @property
    def config(self) -> ProcessConfig:
        if self._config is None:
            with self.read() as s:
                self._config = config_in(s)
        return self._config

    # --- writing ---------------------------------------------------------------------------------
    @contextmanager
    def change(self, audience: Audience | str = Audience.PUBLIC) -> Iterator[Changes]:
        """Collect operations; on success apply them and record one changeset, atomically.

        Inside :meth:`batch` the changeset is recorded in the batch's transaction. A change refused
        (by a rule, by the authorisation matrix) has written nothing when it raises; one that fails
        while being recorded may have written part of it, so it fails the whole batch (see there)."""
        from crm_desktop.app.errors import Refused
        from crm_desktop.domain.rules import RuleViolation

        batch = self._open_batch()
        with self._writing() as s:
            changes = Changes(s, audience=Audience(audience))
            try:
                yield changes
            except RuleViolation as exc:
                raise Refused(exc.message) from None
            if changes.ops:
                self._authorise(s, changes.ops, changes.audience.value)
                try:
                    self._record(s, changes.ops, changes.audience.value)
                except BaseException as exc:
                    if batch is not None and batch.failed is None:
                        batch.failed = exc
                    raise
                if any(op.get("e") == "bodies" for op in changes.ops):
                    self._config = None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many changes in one write transaction and one commit: the bulk writes (an imported list, the
        demo, a generated workspace) call the same services inside it.

        Each :meth:`change` inside still records its own changeset, authorised and judged by the rules
        as if written alone, and sees the changes made before it in the batch (so does :meth:`read`).
        A change refused inside the batch writes nothing and raises to its caller: caught, the batch
        goes on without it; not caught, the whole batch is rolled back. A change that failed while being
        recorded rolls the whole batch back even if its caller caught the error: the batch then ends by
        raising that error again. Nothing is committed before the batch ends. A batch inside a batch is
        part of it. Inside a batch, write and read through :meth:`change` and :meth:`read` (another
        connection would not see the batch, or would wait for its write lock).
        """
        if self._open_batch() is not None:
            yield
            return
        meta = dict(self.meta)
        try:
            with self.db.session() as s:
                batch = self._local.batch = _Batch(s)
                yield
                if batch.failed is not None:
                    raise batch.failed
        except BaseException:
            self._config = None  # it may have been read with the batch's own bodies
            self.meta = meta  # and the meta it set is gone with it
            raise
        finally:
            self._local.batch = None

    def _open_batch(self) -> _Batch | None:
        batch: _Batch | None = getattr(self._local, "batch", None)
        return batch

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """A write transaction of its own, or the open batch's."""
        if self._open_batch() is None:
            with self.db.session() as s:
                yield s
        else:
            with self._in_batch() as s:
                yield s

    @contextmanager
    def _in_batch(self) -> Iterator[Session]:
        """The batch's session for one change or read. When the outermost one ends the session forgets
        the rows it loaded (as a closed session would: the objects stay readable), so the next one reads
        them afresh, with the changes recorded since."""
        batch = self._open_batch()
        assert batch is not None
        batch.depth += 1
        try:
            yield batch.session
        finally:
            batch.depth -= 1
            if batch.depth == 0:
                batch.session.expunge_all()

    def device_author(self, session: Session, audience: str = Audience.PUBLIC.value) -> permissions.Author:
        """This laptop as the roster knows it (role, administrator, delegation); a workspace with no
        sync identity yet is the ST and its own administrator."""
        from crm_desktop.domain.sync_policy import parse_role
        from crm_desktop.sync import permissions, roster

        conn = session.connection()
        me = roster.device(conn, self.device_id) if "sync.founder" in self.meta else None
        if me is not None:
            return permissions.author_from_roster(conn, me, audience, 0)
        if "sync.founder" in self.meta and self.meta["sync.founder"] != self.device_id:
            role = parse_role(self.meta.get("sync.role", ""))  # joined, yet off the roster: no grant of its own
            return permissions.Author(conn, self.device_id, role, False, audience, 0)
        return permissions.founder_author(conn, self.device_id, audience, 0)

    def _authorise(self, session: Session, ops: list[dict[str, Any]], audience: str) -> None:
        """The authorisation matrix for this laptop's own role, as every other laptop will check it on import."""
        from crm_desktop.app.errors import Refused
        from crm_desktop.sync import permissions

        why = permissions.check_changeset(self.device_author(session, audience), ops)
        if why is not None:
            raise Refused(why)

    def _record(self, session: Session, ops: list[dict[str, Any]], audience: str) -> Recorded:
        return self.log.record(session, ops, audience=audience, author=self.author)

    @contextmanager
    def read(self) -> Iterator[Session]:
        if self._open_batch() is not None:
            with self._in_batch() as s:
                yield s
            return
        with self.db.read() as s:
            yield s

    def close(self) -> None:
        self.db.close()


def _not_database(path: Path, exc: DatabaseError) -> BadInput:
    if sqlite_code(exc) in BUSY:
        return BadInput(msg("workspace.busy"))
    return BadInput(msg("workspace.not_database", file=str(path)))


def database_problem(exc: BaseException, directory: Path) -> BadInput | None:
    """What to tell the user of a database error met after the workspace opened: a damaged file
    (pages that only a later query reads) or a writer holding it; None for anything else (a bug)."""
    code = sqlite_code(exc)
    if code in BUSY:
        return BadInput(msg("workspace.busy"))
    if code in DAMAGED:
        return BadInput(msg("workspace.not_database", file=str(directory / DB_NAME)))
    return None


def _check_database_file(path: Path) -> None:
    """A database file that is not one (a folder, a pipe, another program's file) is refused before
    SQLite opens it: SQLite would block on a pipe, and fail deep inside a migration on the rest."""
    if not path.exists() and not path.is_symlink():
        return  # a new workspace
    st = check_regular(path)
    if st.st_size == 0:
        return  # SQLite's own empty database, as a crash right after creating the file leaves it
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        head = b""
    if head != SQLITE_MAGIC:
        raise BadInput(msg("workspace.not_database", file=str(path)))


def open_workspace(directory: Path, *, lang: str = "es") -> Workspace:
    return Workspace(directory, lang=lang)


def reference_ops() -> list[dict[str, Any]]:
    """Operations creating the reference data and the default bodies configuration."""
    ops: list[dict[str, Any]] = []
    for c in countries():
        ops.append(
            {
                "op": "put",
                "e": "countries",
                "id": c.code,
                "f": {"name_es": c.name_es, "name_en": c.name_en, "status": c.status, "timezones": list(c.timezones)},
            }
        )
    for o in organisations():
        ops.append(
            {
                "op": "put",
                "e": "organisations",
                "id": o.key,
                "f": {"acronym": o.acronym, "category": o.category.value, "name_es": o.name_es, "name_en": o.name_en},
            }
        )
    for i, b in enumerate(default_process_config_json()["bodies"]):
        ops.append({"op": "put", "e": "bodies", "id": b["key"], "f": {"position": i, "config": b}})
    return ops


def init_workspace(
    directory: Path, name: str, *, lang: str = "es", workspace_id: str | None = None, building: str | None = None
) -> Workspace:
    """Create a new workspace with the reference data. Refuses a directory that already holds one.

    A workspace whose creation was interrupted (it still carries the :data:`BUILDING` mark) is
    discarded and created again. With ``building`` the mark stays for the caller to remove with
    :func:`finish_building` once its own steps are done (the demo's year of data).
    """
    if (directory / DB_NAME).exists():
        ws = Workspace(directory, lang=lang)
        if ws.building is not None:
            ws.close()
            _discard(directory / DB_NAME)
            ws = Workspace(directory, lang=lang)
        elif ws.initialised:
            ws.close()
            raise BadInput(msg("error.invalid", detail=f"{directory}: workspace already exists"))
    else:
        ws = Workspace(directory, lang=lang)
    ws.set_meta(BUILDING, building or "init")
    ws.set_meta("workspace_id", workspace_id or uuid.uuid4().hex)
    ws.set_meta("name", name)
    with ws.change(Audience.PUBLIC) as ch:
        ch.extend(reference_ops())
    if building is None:
        finish_building(ws)
    return ws


def config_in(session: Session) -> ProcessConfig:
    """The workspace's process configuration as stored (the seed's default where none is)."""
    rows = session.scalars(select(Body).order_by(Body.position)).all()
    data = default_process_config_json()
    if rows:  # the workspace's own configuration replaces the seed's default
        data = {**data, "bodies": [r.config for r in rows]}
    return parse_process_config(data)


def finish_building(ws: Workspace) -> None:
    """The last step of creating a workspace: from now on it is complete."""
    ws.drop_meta(BUILDING)


def _discard(db: Path) -> None:
    """Remove an unfinished workspace's database (never one that was complete: see the callers)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
