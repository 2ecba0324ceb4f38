"""The facts the CRM's rules need, read one way for the services and for the import-time checks.

A rule in ``domain/`` is pure: it is given who acts (their delegation, accreditations, drafting
seat, the Presidency of the year), the recorded invitations and authorisations, the body's
configuration and the document's audience. The window's services (``app/``) and the checks a
receiving laptop runs on an arriving change (``sync/authorisation_facts.py``) both read those facts
with :class:`Facts`, so what an import re-checks cannot drift from what the window enforces.

What a :class:`Facts` reads is its parameter: ``Facts(db)`` reads the database as it stands (a
:class:`~sqlalchemy.orm.Session`, whose pending changes are flushed first, or a bare
:class:`~sqlalchemy.Connection`); after :meth:`Facts.begin` with a changeset's operations, every
read also sees the rows that changeset puts (a person and their accreditation may travel together),
so an arriving change is judged against the state it was made against.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.model import Act, ActKind, Audience, Capability, Category, Participant, Role
from crm_desktop.domain.reference import (
    BodyConfig,
    default_process_config_json,
    delegation_category,
    parse_process_config,
)
from crm_desktop.domain.rules import attends
from crm_desktop.store.schema import Base
from crm_desktop.store.table_codec import chunks

Reader = Session | Connection
Row = dict[str, Any]
# Tables whose facts are cached between changesets (until one that writes them is applied).
CACHED_TABLES = frozenset({"bodies", "acts", "drafting_seats", "meetings", "candidacies", "poa_themes"})


@cache
def synced_tables() -> Mapping[str, Table]:
    """The tables a change may write (every table but the laptop's own)."""
    return {n: t for n, t in Base.metadata.tables.items() if not t.info.get("local")}


@cache
def references() -> Mapping[str, tuple[tuple[str, str], ...]]:
    """Per synced table, its foreign-key columns and the table each points at."""
    return {
        name: tuple((c.name, fk.column.table.name) for c in t.columns for fk in c.foreign_keys)
        for name, t in synced_tables().items()
    }


class Facts:
    """The facts of one database, optionally with one changeset's own rows on top (:meth:`begin`)."""

    def __init__(self, db: Reader) -> None:
        self.db = db
        self.tables: Mapping[str, Table] = synced_tables()
        self._refs = references()
        self._people: dict[str, Participant | None] = {}
        self._named: dict[str, set[str]] = {}  # per table, the ids the changeset names or points at
        self._wanted: dict[str, list[str]] = {}  # of those, the ids not read yet
        self._where: dict[tuple[str, str], dict[Any, list[Row]]] = {}
        self._by_table: dict[str, dict[str, Row]] = {}
        self._index: dict[tuple[str, str], dict[Any, list[str]]] = {}
        self._rows: dict[tuple[str, str], Row | None] = {}
        self._bodies: dict[str, BodyConfig | None] = {}
        self._acts: dict[str | None, list[Act]] = {}
        self._seats: dict[str, set[str]] = {}

    # --- what is read: the database, and the changeset being checked ---------------------------
    def begin(self, ops: Sequence[Mapping[str, Any]]) -> None:
        """Start judging a changeset: rows are read afresh, and its own puts are seen. The rows it names
        and the rows its puts point at are read together, at the first read of their table."""
        self._rows.clear()
        self._index = {}
        self._people = {}
        self._where = {}
        named: dict[str, set[str]] = {}
        by_table: dict[str, dict[str, Row]] = {}
        refs = self._refs
        entity: object = None
        ids: set[str] = set()
        mine: dict[str, Row] = {}
        pointers: tuple[tuple[str, str], ...] = ()
        for op in ops:  # one pass: a bundle's changeset may hold thousands of operations
            e, i = op.get("e"), op.get("id")
            if not isinstance(e, str) or not isinstance(i, str):
                continue
            if e != entity:  # a changeset's operations come in runs of one table
                entity = e
                ids = named.setdefault(e, set())
                mine = by_table.setdefault(e, {})
                pointers = refs.get(e, ())
            ids.add(i)
            f = op.get("f")
            if op.get("op") != "put" or not isinstance(f, dict):
                continue
            before = mine.get(i)
            # The operation's own fields, never changed in place: a second put of the row makes a new dict.
            mine[i] = f if before is None else {**before, **f}
            for column, target in pointers:
                if isinstance(v := f.get(column), str):
                    named.setdefault(target, set()).add(v)
        self._by_table = by_table
        self._named = named
        self._wanted = {t: sorted(ids) for t, ids in named.items()}

    def applied(self, ops: Sequence[Mapping[str, Any]]) -> None:
        """A changeset was applied: forget the cached facts of the tables it wrote."""
        if any(op.get("e") in CACHED_TABLES for op in ops):
            self._bodies.clear()
            self._acts.clear()
            self._seats.clear()

    def pending(self, table: str) -> dict[str, Row]:
        """The fields the changeset being judged puts in ``table``, by row id."""
        return self._by_table.get(table, {})

    def _select(self, table: Table, column: str, values: Sequence[Any], *, or_null: bool = False) -> list[Row]:
        """Stored rows of ``table`` whose ``column`` is one of ``values`` (at most one chunk), or NULL with
        ``or_null``, as Python values: every fact is read through here, in one statement (the import
        path reads the same rows its faster way)."""
        col = table.c[column]
        where = col.in_(values) | col.is_(None) if or_null else col.in_(values)
        return [dict(r) for r in self.db.execute(select(table).where(where)).mappings().all()]

    def _fetch(self, table: Table, ids: Sequence[str]) -> dict[str, Row]:
        """Stored rows of ``ids``, by id."""
        return {str(r["id"]): r for chunk in chunks(ids) for r in self._select(table, "id", chunk)}

    def _stored_where(self, table: Table, column: str, value: Any) -> list[Row]:
        """Stored rows of ``table`` whose ``column`` is ``value``. When ``column`` points at a table the
        changeset names, the first such read fetches the rows for every id it names there, one statement
        per chunk (a list of accreditations asks for each person's roles)."""
        target = next((t for c, t in self._refs.get(table.name, ()) if c == column), None)
        named = self._named.get(target, set()) if target is not None else set()
        if value not in named:
            return self._select(table, column, [value])
        groups = self._where.get((table.name, column))
        if groups is None:
            groups = self._where[(table.name, column)] = {v: [] for v in named}
            for chunk in chunks(sorted(named)):
                for r in self._select(table, column, chunk):
                    groups.setdefault(r[column], []).append(r)
        return groups[value]

    def stored(self, table: str, row_id: str) -> Row | None:
        """The row as this database holds it; the first miss of a table fetches every row of that table
        the changeset names or points at, one statement per chunk (an imported changeset may hold
        thousands)."""
        key = (table, row_id)
        if key not in self._rows:
            t = self.tables.get(table)
            if t is None:
                return None
            ids = [i for i in dict.fromkeys([row_id, *self._wanted.pop(table, ())]) if (table, i) not in self._rows]
            found = self._fetch(t, ids)
            for i in ids:
                self._rows[(table, i)] = found.get(i)
        return self._rows[key]

    def row(self, table: str, row_id: str) -> Row | None:
        """The row as the changeset leaves it (stored fields, then the changeset's own puts)."""
        stored = self.stored(table, row_id)
        mine = self._by_table.get(table)
        put = None if mine is None else mine.get(row_id)
        if put is None or stored is None:
            return stored if put is None else put
        return {**stored, **put}

    def rows_where(self, table: str, column: str, value: Any) -> Iterator[Row]:
        """Rows of ``table`` whose ``column`` is ``value``, stored or put by the changeset."""
        mine = self.pending(table)
        seen = set()
        for r in self._stored_where(self.tables[table], column, value):
            seen.add(r["id"])
            yield {**r, **mine.get(r["id"], {})}
        index = self._index.get((table, column))
        if index is None:  # built once per changeset: a list of accreditations asks it for every person
            index = self._index[(table, column)] = {}
            for i, f in mine.items():
                if column in f:
                    index.setdefault(f[column], []).append(i)
        for i in index.get(value, ()):
            if i not in seen:
                yield {"id": i, **mine[i]}

    # --- the facts ------------------------------------------------------------------------------
    def body(self, body_id: str) -> BodyConfig | None:
        """A body's configuration (the seed's default where none is stored); ``None`` if unreadable."""
        if body_id in self.pending("bodies"):
            return _parse_body(body_id, self.row("bodies", body_id))
        if body_id not in self._bodies:
            self._bodies[body_id] = _parse_body(body_id, self.stored("bodies", body_id))
        return self._bodies[body_id]

    def meeting_body(self, meeting_id: str) -> BodyConfig | None:
        """The configuration of the body a meeting belongs to."""
        meeting = self.row("meetings", meeting_id)
        return None if meeting is None or meeting.get("body_id") is None else self.body(str(meeting["body_id"]))

    def acts(self, meeting_id: str | None) -> list[Act]:
        """Acts for a meeting (and those recorded for none, which cover no meeting); unreadable rows are
        skipped. The stored ones are cached, the changeset's own added."""
        if meeting_id not in self._acts:
            rows = self._select(
                self.tables["acts"], "meeting_id", [] if meeting_id is None else [meeting_id], or_null=True
            )
            self._acts[meeting_id] = [a for r in rows if (a := _act(r, meeting_id)) is not None]
        mine = [{"id": i, **f} for i, f in self.pending("acts").items()]
        return self._acts[meeting_id] + [a for r in mine if (a := _act(r, meeting_id)) is not None]

    def participant(self, person_id: str) -> Participant | None:
        """A person as the rules see them (an unknown category is a guest's, an unknown role ignored)."""
        if person_id not in self._people:
            self._people[person_id] = self._participant(person_id)
        return self._people[person_id]

    def _participant(self, person_id: str) -> Participant | None:
        person = self.row("people", person_id)
        if person is None:
            return None
        roles = {str(r.get("role")) for r in self.rows_where("role_assignments", "person_id", person_id)}
        try:
            category = Category(str(person.get("category")))
        except ValueError:
            category = Category.GUEST
        return Participant(
            person_id,
            category,
            person.get("country_id"),
            person.get("organisation_id"),
            frozenset(Role(r) for r in roles if r in Role._value2member_map_),
        )

    def accredited(self, meeting_id: str, delegation: str | None) -> bool:
        """Is anyone of ``delegation`` accredited to the meeting?"""
        return any(
            a.get("delegation") == delegation for a in self.rows_where("accreditations", "meeting_id", meeting_id)
        )

    def attends(self, who: Participant, meeting_id: str) -> bool:
        """May ``who``'s delegation attend the meeting (``domain.rules.attends``)?

        A meeting or body not known here is judged the most restrictive way.
        """
        body = self.meeting_body(meeting_id)
        return body is not None and attends(body, who, meeting_id=meeting_id, acts=self.acts(meeting_id))

    def seat_countries(self, meeting_id: str) -> set[str]:
        """The countries holding a drafting seat in the meeting."""
        if meeting_id not in self._seats:
            seats = self._select(self.tables["drafting_seats"], "meeting_id", [meeting_id])
            self._seats[meeting_id] = {str(r["country_id"]) for r in seats}
        mine = {
            str(f.get("country_id"))
            for f in self.pending("drafting_seats").values()
            if f.get("meeting_id") == meeting_id
        }
        return self._seats[meeting_id] | mine

    def drafter(self, who: Participant, meeting_id: str) -> rules.Drafter:
        """A person's standing in a meeting: drafting seat, Presidency, closed-door accreditation, attendance."""
        meeting = self.row("meetings", meeting_id) or {}
        start = meeting.get("start")
        seat = any(
            s.get("person_id") == who.person_id for s in self.rows_where("drafting_seats", "meeting_id", meeting_id)
        )
        ppt = None
        if start is not None:
            ppt = next((t.get("country_id") for t in self.rows_where("presidency_terms", "year", start.year)), None)
        closed = any(
            a.get("person_id") == who.person_id and a.get("segment") == "closed_door"
            for a in self.rows_where("accreditations", "meeting_id", meeting_id)
        )
        return rules.Drafter(
            who,
            seat,
            ppt,
            closed,
            attends=self.attends(who, meeting_id),
            accredited=self.accredited(meeting_id, who.delegation),
        )

    def delegation_drafter(self, delegation: str, meeting_id: str, *, member_device: bool) -> rules.Drafter:
        """A laptop speaking for its delegation (a device is not a person): a member country's laptop drafts
        as its country's seat; an observer's never as a member or the ST, whatever its roster entry says."""
        accredited = self.accredited(meeting_id, delegation)
        if member_device:
            who = Participant(f"delegation:{delegation}", Category.MEMBER_COUNTRY, delegation, None)
            in_group = delegation in self.seat_countries(meeting_id)
            return rules.Drafter(who, drafting_member=in_group, closed_door=True, accredited=accredited)
        category = delegation_category(delegation) or Category.OBSERVER_ORG
        if category in (Category.MEMBER_COUNTRY, Category.OBSERVER_COUNTRY):
            who = Participant(f"delegation:{delegation}", Category.OBSERVER_COUNTRY, delegation, None)
        else:
            category = category if category == Category.CIVIL_SOCIETY else Category.OBSERVER_ORG
            who = Participant(f"delegation:{delegation}", category, None, delegation)
        return rules.Drafter(who, attends=self.attends(who, meeting_id), accredited=accredited)


def document_facts(values: Mapping[str, Any]) -> rules.DocumentFacts:
    """A document's facts from its row (an ORM row's columns or a change's merged fields).

    An audience this version does not know is judged the most restrictive way.
    """
    try:
        audience = Audience(str(values.get("audience") or "public"))
    except ValueError:
        audience = Audience.SECRETARIAT
    return rules.DocumentFacts(
        str(values["id"]),
        str(values["meeting_id"]),
        bool(values.get("commitments")),
        audience,
        str(values.get("status") or "draft"),
    )


# --- the same facts, asked once of the database as it stands (the services' calls) ------------------


def meeting_acts(db: Reader, meeting_id: str | None) -> list[Act]:
    return Facts(db).acts(meeting_id)


def meeting_body(db: Reader, meeting_id: str) -> BodyConfig | None:
    return Facts(db).meeting_body(meeting_id)


def attends_meeting(db: Reader, who: Participant, meeting_id: str) -> bool:
    return Facts(db).attends(who, meeting_id)


def delegation_accredited(db: Reader, meeting_id: str, delegation: str) -> bool:
    return Facts(db).accredited(meeting_id, delegation)


def drafter(db: Reader, who: Participant, meeting_id: str) -> rules.Drafter:
    return Facts(db).drafter(who, meeting_id)


def _parse_body(body_id: str, row: Row | None) -> BodyConfig | None:
    data = default_process_config_json()
    if row is not None:
        data = {**data, "bodies": [row.get("config")]}
    try:
        return parse_process_config(data).body(body_id)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _act(a: Mapping[str, Any], meeting_id: str | None) -> Act | None:
    if a.get("meeting_id") not in (None, meeting_id):
        return None
    try:
        when = a.get("date")
        return Act(
            ActKind(str(a.get("kind"))),
            str(a.get("subject")),
            a.get("meeting_id"),
            frozenset(Capability(c) for c in a.get("capabilities") or ()),
            when.isoformat() if isinstance(when, date) else str(when),
        )
    except (ValueError, TypeError):
        return None
