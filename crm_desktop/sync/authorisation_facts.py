"""The facts the authorisation matrix needs, read from the database a change arrives into.

One :class:`DbFacts` serves a whole import (or one local write): what rarely changes (the bodies'
configuration, acts, drafting seats) is cached until a changeset that writes those tables is
applied; rows are read again for each changeset, merged with the rows the changeset itself puts
(a person and their accreditation may travel together), so a check sees the state the change
was made against.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, select

from crm_desktop.domain import agenda_topics, capabilities, drafting_rules
from crm_desktop.domain import authorisation as authz
from crm_desktop.domain import rules as crm
from crm_desktop.domain.contributions import budget_audience
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import Act, ActKind, Audience, Capability, Category, Participant, Role
from crm_desktop.domain.plan_of_action import default_themes
from crm_desktop.domain.reference import (
    BodyConfig,
    default_process_config,
    delegation_category,
    member_codes,
    parse_process_config,
)
from crm_desktop.domain.sync_policy import DeviceRole
from crm_desktop.drafting import permissions as dp
from crm_desktop.store.schema import Base
from crm_desktop.store.table_codec import codec, quote
from crm_desktop.sync.roster_checks import role_check

Row = dict[str, Any]
# Refusals that count accreditations: two laptops may each accredit one concurrently, and both were
# right when they did; `check` reports the excess, an import does not refuse it.
_COUNTS = frozenset({"reason.closed_door_one_principal", "reason.closed_door_one_official", "attend.already"})
_CACHED_TABLES = frozenset({"bodies", "acts", "drafting_seats", "meetings", "candidacies", "poa_themes"})


class DbFacts:
    """:class:`crm_desktop.domain.authorisation.Facts` over one connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.tables: dict[str, Table] = {n: t for n, t in Base.metadata.tables.items() if not t.info.get("local")}
        self._cursor = conn.connection.cursor()
        self._people: dict[str, Participant | None] = {}
        self._wanted: dict[str, list[str]] = {}
        self._overlay: dict[tuple[str, str], Row] = {}
        self._by_table: dict[str, dict[str, Row]] = {}
        self._index: dict[tuple[str, str], dict[Any, list[str]]] = {}
        self._present: dict[tuple[str, str], list[Participant]] = {}
        self._rows: dict[tuple[str, str], Row | None] = {}
        self._bodies: dict[str, BodyConfig | None] = {}
        self._acts: dict[str | None, list[Act]] = {}
        self._seats: dict[str, set[str]] = {}
        self._themes: list[str] | None = None

    # --- the changeset being checked ------------------------------------------------------------
    def begin(self, ops: Sequence[Mapping[str, Any]]) -> None:
        """Start checking a changeset: rows are read afresh, and its own puts are seen."""
        self._rows.clear()
        self._overlay = {}
        self._by_table = {}
        self._index = {}
        self._present = {}
        self._people = {}
        self._wanted = {}
        for op in ops:
            e, i = op.get("e"), op.get("id")
            if isinstance(e, str) and isinstance(i, str):
                self._wanted.setdefault(e, []).append(i)
        for op in ops:
            f, e, i = op.get("f"), op.get("e"), op.get("id")
            if op.get("op") == "put" and isinstance(f, dict) and isinstance(e, str) and isinstance(i, str):
                self._overlay.setdefault((e, i), {}).update(f)
        for (e, i), f in self._overlay.items():
            self._by_table.setdefault(e, {})[i] = f

    def applied(self, ops: Sequence[Mapping[str, Any]]) -> None:
        """A changeset was applied: forget the cached facts of the tables it wrote."""
        if any(op.get("e") in _CACHED_TABLES for op in ops):
            self._bodies.clear()
            self._acts.clear()
            self._seats.clear()
            self._themes = None

    def stored(self, table: str, row_id: str) -> Row | None:
        """The row as this laptop holds it; the first miss of a table fetches every row of that table
        the changeset names, in one statement (an imported changeset may hold thousands)."""
        key = (table, row_id)
        if key not in self._rows:
            t = self.tables.get(table)
            if t is None:
                return None
            ids = [i for i in dict.fromkeys([row_id, *self._wanted.pop(table, ())]) if (table, i) not in self._rows]
            found = codec(self.conn, t).select_rows(self._cursor, ids)
            for i in ids:
                self._rows[(table, i)] = found.get(i)
        return self._rows[key]

    def row(self, table: str, row_id: str) -> Row | None:
        """The row as the changeset leaves it (stored fields, then the changeset's own puts)."""
        stored, mine = self.stored(table, row_id), self._overlay.get((table, row_id))
        if mine is None:
            return stored
        return {**(stored or {}), **mine}

    def _rows_where(self, table: str, column: str, value: str) -> Iterator[Row]:
        """Rows of ``table`` whose ``column`` is ``value``, stored or put by the changeset."""
        tc = codec(self.conn, self.tables[table])
        mine = self._by_table.get(table, {})
        cols = ", ".join(quote(n) for n in tc.names)
        sql = f"SELECT {cols} FROM {quote(table)} WHERE {quote(column)} = ?"
        seen = set()
        for raw in self._cursor.execute(sql, (value,)).fetchall():  # the cursor serves nested lookups
            r = {
                n: (v if conv is None or v is None else conv(v))
                for n, v, conv in zip(tc.names, raw, tc.from_db, strict=True)
            }
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

    # --- authz.Facts ------------------------------------------------------------------------------
    def exists(self, table: str, row_id: str) -> bool:
        return self.stored(table, row_id) is not None

    def owners(self, entry: authz.Entry, op: Mapping[str, Any]) -> set[str | None]:
        assert entry.owner is not None
        before = self.stored(entry.table, str(op["id"]))
        out = set() if before is None else {self._owner(entry.owner, before)}
        if op.get("op") == "put":
            out.add(self._owner(entry.owner, {**(before or {}), **op["f"]}))
        return out

    def _owner(self, owner: authz.Owner, row: Row) -> str | None:
        for name in owner.fields:
            value = row.get(name)
            if value is None:
                continue
            if owner.via is None:
                return str(value)
            target = self.row(owner.via, str(value))
            via = authz.MATRIX[owner.via].owner
            return self._owner(via, target) if target is not None and via is not None else None
        return None

    def audience(self, table: str, row_id: str) -> str | None:
        current = self.stored(table, row_id)
        return None if current is None else str(current.get("audience") or "public")

    def drafting(self, author: authz.Author, op: Mapping[str, Any]) -> Message | None:
        doc = self._document(op)
        if doc is None:
            return None  # not enough known here to judge: the operation touches no known document
        drafter = self._drafter(author, doc)
        if drafter is None:
            return msg("sync.why.own_delegation", delegation="?")
        verdict = dp.may_apply(op, drafter, doc, acts=self.acts(doc.meeting_id), sessions=_EveryClient(drafter))
        return None if verdict.allowed else verdict.reason

    def rule(self, rule: authz.Rule, author: authz.Author, op: Mapping[str, Any], audience: str) -> Message | None:
        if rule == authz.Rule.BUDGET_AUDIENCE:
            return budget_audience(audience).reason
        row = self.row(str(op["e"]), str(op["id"])) or {}
        if rule == authz.Rule.ADMISSION:
            return self._admission(row)
        if rule == authz.Rule.DESIGNATION:
            return self._designation(row)
        if rule == authz.Rule.OBJECTION:
            return self._objection(op, row)
        if rule == authz.Rule.ROLE_FITS:
            return role_check(self.conn, op, row)
        if rule == authz.Rule.AGENDA_CLASS:
            return self._agenda_class(row)
        if rule == authz.Rule.CONSULTED:
            return self._consulted(row)
        return self._capability(rule, author, op.get("f") or {}, row)

    def _capability(self, rule: authz.Rule, author: authz.Author, put: Mapping[str, Any], row: Row) -> Message | None:
        """The rules of domain.capabilities, judged when the change sets the fields they read."""
        verdict = crm.ALLOWED
        if rule == authz.Rule.GRANTOR and {"kind", "granted_by"} & put.keys():
            if str(row.get("kind")) in capabilities.GRANTED_ACTS:
                verdict = capabilities.granted_as(author.role, authz.role_label(author), row.get("granted_by"))
        elif rule == authz.Rule.DECIDING_BODY and {"kind", "meeting_id"} & put.keys():
            meeting = self.row("meetings", str(row.get("meeting_id")))
            body = self.body(str(meeting.get("body_id"))) if meeting else None
            if body is not None:
                verdict = capabilities.recorded_by(body, str(row.get("kind") or "decision"))
        elif rule == authz.Rule.PRESENTER and put.get("presenter"):
            agenda = self.row("agendas", str(row.get("agenda_id")))
            meeting = self.row("meetings", str(agenda.get("meeting_id"))) if agenda else None
            body = self.body(str(meeting.get("body_id"))) if meeting else None
            if agenda is not None and body is not None:
                mid = str(agenda.get("meeting_id"))
                verdict = capabilities.presents_item(body, row.get("presenter"), meeting_id=mid, acts=self.acts(mid))
        return verdict.reason

    # --- the CRM's rules with the services' facts ----------------------------------------------
    def body(self, body_id: str) -> BodyConfig | None:
        """A body's configuration as the changeset leaves it (the stored ones cached for the import)."""
        mine = self._by_table.get("bodies", {}).get(body_id)
        if mine is not None:
            return _parse_body(body_id, self.row("bodies", body_id))
        if body_id not in self._bodies:
            self._bodies[body_id] = _parse_body(body_id, self.stored("bodies", body_id))
        return self._bodies[body_id]

    def acts(self, meeting_id: str | None) -> list[Act]:
        """Acts for a meeting: the stored ones (cached for the import), then the changeset's own."""
        if meeting_id not in self._acts:
            t = self.tables["acts"]
            q = select(t).where((t.c.meeting_id == meeting_id) | (t.c.meeting_id.is_(None)))
            rows = [dict(a) for a in self.conn.execute(q).mappings()]
            self._acts[meeting_id] = [a for r in rows if (a := _act(r, meeting_id)) is not None]
        mine = [{"id": i, **f} for i, f in self._by_table.get("acts", {}).items()]
        return self._acts[meeting_id] + [a for r in mine if (a := _act(r, meeting_id)) is not None]

    def participant(self, person_id: str) -> Participant | None:
        if person_id not in self._people:
            self._people[person_id] = self._participant(person_id)
        return self._people[person_id]

    def _participant(self, person_id: str) -> Participant | None:
        person = self.row("people", person_id)
        if person is None:
            return None
        roles = {str(r.get("role")) for r in self._rows_where("role_assignments", "person_id", person_id)}
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

    def _admission(self, row: Row) -> Message | None:
        meeting = self.row("meetings", str(row.get("meeting_id")))
        who = self.participant(str(row.get("person_id")))
        if meeting is None or who is None:
            return None  # neither is known here: the accreditation admits nobody this laptop knows
        body = self.body(str(meeting.get("body_id")))
        if body is None:
            return msg("authz.unknown_row", table="bodies", ref=str(meeting.get("body_id")))
        meeting_id, segment = str(row.get("meeting_id")), str(row.get("segment"))
        config = body.segment(segment)
        # Who is already in the segment matters only behind closed doors (a companion follows a principal).
        present = self._in_segment(meeting_id, segment) if config is not None and config.closed_door else []
        present = [p for p in present if p.person_id != who.person_id]
        verdict = crm.admission(
            body, segment, who, meeting_id=meeting_id, acts=self.acts(meeting_id), already_in_segment=present
        )
        if verdict.allowed or (verdict.reason is not None and verdict.reason.code in _COUNTS):
            return None
        assert verdict.reason is not None
        return msg("authz.admission", person=who.person_id, segment=segment, reason=verdict.reason)

    def _in_segment(self, meeting_id: str, segment: str) -> list[Participant]:
        key = (meeting_id, segment)
        if key not in self._present:
            self._present[key] = [
                p
                for a in self._rows_where("accreditations", "meeting_id", meeting_id)
                if a.get("segment") == segment
                if (p := self.participant(str(a.get("person_id")))) is not None
            ]
        return self._present[key]

    def _designation(self, row: Row) -> Message | None:
        country, year = str(row.get("country_id")), row.get("year")
        if not isinstance(year, int):
            return msg("error.invalid", detail="presidency_terms.year")
        candidacies = []
        for c in self._rows_where("candidacies", "country_id", country):
            meeting = self.row("meetings", str(c.get("meeting_id")))
            body = str(meeting.get("body_id")) if meeting else ""
            candidacies.append(crm.Candidacy(country, int(c.get("year") or 0), body, "plenary"))
        # Objections and a year already taken are the service's to weigh at the time; here the
        # standing: a member country that announced its candidacy for that year, and the annual rotation
        # (the same country the year before or after only with the members' consensus recorded as an act).
        own_terms = {
            y: country
            for r in self._rows_where("presidency_terms", "country_id", country)
            if isinstance(y := r.get("year"), int) and y != year
        }
        agreed = any(
            a.get("kind") == ActKind.CONSECUTIVE_TERM.value and a.get("note") == str(year)
            for a in self._rows_where("acts", "subject", country)
        )
        verdict = crm.designation(
            country,
            year,
            candidacies=candidacies,
            objections=[],
            designated_by_year=own_terms,
            consecutive_by_consensus=agreed,
        )
        return None if verdict.allowed else verdict.reason

    def _consulted(self, row: Row) -> Message | None:
        item = self.row("agenda_items", str(row.get("item_id")))
        agenda = self.row("agendas", str(item.get("agenda_id"))) if item else None
        meeting = self.row("meetings", str(agenda.get("meeting_id"))) if agenda else None
        body = self.body(str(meeting.get("body_id"))) if meeting else None
        if agenda is None or body is None:
            return None  # the item is not known here: the comment attaches to no known agenda
        meeting_id = str(agenda.get("meeting_id"))
        segment, delegation = str(agenda.get("segment")), str(row.get("delegation"))
        verdict = capabilities.agenda_comment(
            body, segment, delegation, meeting_id=meeting_id, acts=self.acts(meeting_id)
        )
        return None if verdict.allowed else verdict.reason

    def _agenda_class(self, row: Row) -> Message | None:
        """An item's theme is one of the workspace's, its closed-door topic one of the four and only in a
        closed-door segment (:mod:`crm_desktop.domain.agenda_topics`, as the service asks)."""
        theme, topic = row.get("theme"), row.get("topic")
        if theme is None and topic is None:
            return None
        verdict = agenda_topics.item_theme(None if theme is None else str(theme), self._theme_keys())
        if not verdict.allowed:
            return verdict.reason
        agenda = self.row("agendas", str(row.get("agenda_id")))
        meeting = self.row("meetings", str(agenda.get("meeting_id"))) if agenda else None
        body = self.body(str(meeting.get("body_id"))) if meeting else None
        segment = body.segment(str(agenda.get("segment"))) if body and agenda else None
        closed = bool(segment and segment.closed_door)
        verdict = agenda_topics.item_topic(None if topic is None else str(topic), closed_door=closed)
        return None if verdict.allowed else verdict.reason

    def _theme_keys(self) -> list[str]:
        """The workspace's themes as the changeset leaves them (the seed's three until it sets its own)."""
        if self._themes is None:
            self._themes = [str(r[0]) for r in self._cursor.execute("SELECT id FROM poa_themes").fetchall()]
        keys = list(dict.fromkeys([*self._themes, *self._by_table.get("poa_themes", {})]))
        return keys or [t.key for t in default_themes()]

    def _objection(self, op: Mapping[str, Any], row: Row) -> Message | None:
        """Whoever's laptop records it, an objection is a member delegation's accredited to the meeting."""
        doc = self._document(op)
        if doc is None or "delegation" not in row:
            return None
        delegation = str(row["delegation"])
        category = Category.MEMBER_COUNTRY if delegation in member_codes() else Category.OBSERVER_COUNTRY
        who = Participant(f"delegation:{delegation}", category, delegation, None)
        drafter = drafting_rules.Drafter(who, accredited=self._accredited(doc.meeting_id, delegation))
        verdict = drafting_rules.may_object(drafter, doc)
        return None if verdict.allowed else verdict.reason

    def _accredited(self, meeting_id: str, delegation: str) -> bool:
        return any(
            a.get("delegation") == delegation for a in self._rows_where("accreditations", "meeting_id", meeting_id)
        )

    def _attends(self, who: Participant, meeting_id: str) -> bool:
        """The window's question (rules.attends): a meeting or body not known here is judged the strict way."""
        meeting = self.row("meetings", meeting_id)
        body = self.body(str(meeting.get("body_id"))) if meeting else None
        return body is not None and crm.attends(body, who, meeting_id=meeting_id, acts=self.acts(meeting_id))

    # --- negotiated documents -------------------------------------------------------------------
    def _document(self, op: Mapping[str, Any]) -> drafting_rules.DocumentFacts | None:
        entity = op.get("e")
        rows: dict[str, Mapping[str, Any]] = {}
        if isinstance(entity, str) and entity != dp.DOCUMENTS and entity in self.tables:
            found = self.stored(entity, str(op.get("id")))
            if found and "document_id" in found:
                rows[str(op.get("id"))] = found
        doc_id = dp.document_of(op, rows)
        if doc_id is None:
            return None
        known = self.stored(dp.DOCUMENTS, doc_id) or {}
        if entity == dp.DOCUMENTS and isinstance(op.get("f"), dict):
            known = {**op["f"], **known}  # a new document's own fields; an existing one's as they stand
        if "meeting_id" not in known:
            return None
        try:
            audience = Audience(str(known.get("audience") or "public"))
        except ValueError:
            audience = Audience.SECRETARIAT
        return drafting_rules.DocumentFacts(
            doc_id,
            str(known["meeting_id"]),
            bool(known.get("commitments")),
            audience,
            str(known.get("status") or "draft"),
        )

    def _drafter(self, author: authz.Author, doc: drafting_rules.DocumentFacts) -> drafting_rules.Drafter | None:
        """A member or observer laptop speaks for its own delegation (a device is not a person)."""
        own = author.delegation
        if own is None:
            return None
        accredited = self._accredited(doc.meeting_id, own)
        if author.role == DeviceRole.MEMBER:
            who = Participant(f"delegation:{own}", Category.MEMBER_COUNTRY, own, None)
            return drafting_rules.Drafter(
                who,
                drafting_member=own in self._seats_at(doc.meeting_id),
                closed_door=True,
                accredited=accredited,
            )
        category = delegation_category(own) or Category.OBSERVER_ORG
        if category in (Category.MEMBER_COUNTRY, Category.OBSERVER_COUNTRY):
            who = Participant(f"delegation:{own}", Category.OBSERVER_COUNTRY, own, None)
        else:  # an observer laptop never drafts as a member or the ST, whatever its roster entry says
            category = category if category == Category.CIVIL_SOCIETY else Category.OBSERVER_ORG
            who = Participant(f"delegation:{own}", category, None, own)
        return drafting_rules.Drafter(who, attends=self._attends(who, doc.meeting_id), accredited=accredited)

    def _seats_at(self, meeting_id: str) -> set[str]:
        if meeting_id not in self._seats:
            t = self.tables["drafting_seats"]
            q = select(t.c.country_id).where(t.c.meeting_id == meeting_id)
            self._seats[meeting_id] = {str(r[0]) for r in self.conn.execute(q)}
        return self._seats[meeting_id]


class _EveryClient(Mapping[int, str]):
    """Editing sessions all attributed to the device's delegation (its only voice)."""

    def __init__(self, drafter: drafting_rules.Drafter) -> None:
        self.person = drafter.who.person_id

    def __getitem__(self, key: int) -> str:
        return self.person

    def __iter__(self) -> Iterator[int]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _parse_body(body_id: str, row: Row | None) -> BodyConfig | None:
    try:
        if row is not None:
            return parse_process_config({"bodies": [row["config"]]}).body(body_id)
        return default_process_config().body(body_id)
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
