"""The authorisation matrix's questions, answered from the database a change arrives into.

:class:`DbFacts` is the shared :class:`~crm_desktop.store.facts.Facts` (the same facts the window's
services read) over the import's own connection, with the changeset being checked on top: one serves
a whole import (or one local write); what rarely changes (the bodies' configuration, acts, drafting
seats) is cached until a changeset that writes those tables is applied. Here are only the matrix's
questions (who owns a row, which rule a field needs) and the faster read of stored rows an import
of thousands of rows needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from crm_desktop.domain import agenda_topics, capabilities, drafting_rules
from crm_desktop.domain import authorisation as authz
from crm_desktop.domain import rules as crm
from crm_desktop.domain.contributions import budget_audience
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import ActKind, Category, Participant
from crm_desktop.domain.plan_of_action import default_themes
from crm_desktop.domain.reference import (
    member_codes,
)
from crm_desktop.domain.sync_policy import DeviceRole
from crm_desktop.drafting import permissions as dp
from crm_desktop.store.facts import CACHED_TABLES, Facts, Row, document_facts
from crm_desktop.store.table_codec import codec
from crm_desktop.sync.roster_checks import role_check

# Refusals that count accreditations: two laptops may each accredit one concurrently, and both were
# right when they did; `check` reports the excess, an import does not refuse it.
_COUNTS = frozenset({"reason.closed_door_one_principal", "reason.closed_door_one_official", "attend.already"})
# The capability rules judge a change only when it sets what they read (see ``DbFacts._capability``).
_CAPABILITY_APPLIES: dict[authz.Rule, Callable[[Mapping[str, Any]], bool]] = {
    authz.Rule.GRANTOR: lambda put: "kind" in put or "granted_by" in put,
    authz.Rule.DECIDING_BODY: lambda put: "kind" in put or "meeting_id" in put,
    authz.Rule.PRESENTER: lambda put: bool(put.get("presenter")),
}


class DbFacts(Facts):
    """:class:`crm_desktop.domain.authorisation.Facts` over one connection."""

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.conn = conn
        self._cursor = conn.connection.cursor()
        self._present: dict[tuple[str, str], list[Participant]] = {}
        self._themes: list[str] | None = None

    def begin(self, ops: Sequence[Mapping[str, Any]]) -> None:
        super().begin(ops)
        self._present = {}

    def applied(self, ops: Sequence[Mapping[str, Any]]) -> None:
        super().applied(ops)
        if any(op.get("e") in CACHED_TABLES for op in ops):
            self._themes = None

    # --- the same rows, read the import's faster way (the applier's codec, one shared cursor) ---
    def _select(self, table: Table, column: str, values: Sequence[Any], *, or_null: bool = False) -> list[Row]:
        return codec(self.conn, table).select_where(self._cursor, column, values, or_null=or_null)

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
        applies = _CAPABILITY_APPLIES.get(rule)
        if applies is not None:
            put = op.get("f") or {}
            if not applies(put):
                return None  # the change does not set what the rule reads: the row is not even looked up
            return self._capability(rule, author, put, self.row(str(op["e"]), str(op["id"])) or {})
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
        raise ValueError(f"no check for {rule}")

    def _capability(self, rule: authz.Rule, author: authz.Author, put: Mapping[str, Any], row: Row) -> Message | None:
        """The rules of domain.capabilities, for a change that sets what they read (``_CAPABILITY_APPLIES``)."""
        verdict = crm.ALLOWED
        if rule == authz.Rule.GRANTOR:
            if str(row.get("kind")) in capabilities.GRANTED_ACTS:
                verdict = capabilities.granted_as(author.role, authz.role_label(author), row.get("granted_by"))
        elif rule == authz.Rule.DECIDING_BODY:
            meeting = self.row("meetings", str(row.get("meeting_id")))
            body = self.body(str(meeting.get("body_id"))) if meeting else None
            if body is not None:
                verdict = capabilities.recorded_by(body, str(row.get("kind") or "decision"))
        elif rule == authz.Rule.PRESENTER:
            agenda = self.row("agendas", str(row.get("agenda_id")))
            meeting = self.row("meetings", str(agenda.get("meeting_id"))) if agenda else None
            body = self.body(str(meeting.get("body_id"))) if meeting else None
            if agenda is not None and body is not None:
                mid = str(agenda.get("meeting_id"))
                verdict = capabilities.presents_item(body, row.get("presenter"), meeting_id=mid, acts=self.acts(mid))
        return verdict.reason

    # --- the CRM's rules, with the shared facts ------------------------------------------------
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
                for a in self.rows_where("accreditations", "meeting_id", meeting_id)
                if a.get("segment") == segment
                if (p := self.participant(str(a.get("person_id")))) is not None
            ]
        return self._present[key]

    def _designation(self, row: Row) -> Message | None:
        country, year = str(row.get("country_id")), row.get("year")
        if not isinstance(year, int):
            return msg("error.invalid", detail="presidency_terms.year")
        candidacies = []
        for c in self.rows_where("candidacies", "country_id", country):
            meeting = self.row("meetings", str(c.get("meeting_id")))
            body = str(meeting.get("body_id")) if meeting else ""
            candidacies.append(crm.Candidacy(country, int(c.get("year") or 0), body, "plenary"))
        # Objections and a year already taken are the service's to weigh at the time; here the
        # standing: a member country that announced its candidacy for that year, and the annual rotation
        # (the same country the year before or after only with the members' consensus recorded as an act).
        own_terms = {
            y: country
            for r in self.rows_where("presidency_terms", "country_id", country)
            if isinstance(y := r.get("year"), int) and y != year
        }
        agreed = any(
            a.get("kind") == ActKind.CONSECUTIVE_TERM.value and a.get("note") == str(year)
            for a in self.rows_where("acts", "subject", country)
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
        drafter = drafting_rules.Drafter(who, accredited=self.accredited(doc.meeting_id, delegation))
        verdict = drafting_rules.may_object(drafter, doc)
        return None if verdict.allowed else verdict.reason

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
        return document_facts({**known, "id": doc_id})

    def _drafter(self, author: authz.Author, doc: drafting_rules.DocumentFacts) -> drafting_rules.Drafter | None:
        """A member or observer laptop speaks for its own delegation (a device is not a person)."""
        if author.delegation is None:
            return None
        return self.delegation_drafter(
            author.delegation, doc.meeting_id, member_device=author.role == DeviceRole.MEMBER
        )


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
