"""Agendas: items, numbering, time plan, required items, lifecycle and comparison."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select
from sqlalchemy.orm import Session

from crm_desktop.app.accreditation import acts_for
from crm_desktop.app.bilingual import stored_presenter
from crm_desktop.app.errors import Refused, invalid
from crm_desktop.app.lookup import get, get_row
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Changes, Workspace, new_id
from crm_desktop.domain import rules
from crm_desktop.domain.capabilities import agenda_comment, presents_item
from crm_desktop.domain.follow_up import (
    GRCM_OUTPUT_KINDS,
    OPEN_STATUSES,
    follow_up_sources,
    submitted_to_vice_ministers,
)
from crm_desktop.domain.model import AgendaStatus, Audience, ItemKind
from crm_desktop.domain.numbering import item_label
from crm_desktop.store.schema import (
    Agenda,
    AgendaComment,
    AgendaItem,
    AgendaVersion,
    Decision,
    Meeting,
    RowClock,
)


def _audience(ws: Workspace, body_id: str, segment: str) -> Audience:
    seg = ws.config.body(body_id).segment(segment)
    return Audience(seg.audience) if seg else Audience.PUBLIC


@dataclass(frozen=True, slots=True)
class _AgendaRef:
    """What the checks before changing an agenda need of it, read as plain rows (not ORM objects)."""

    id: str
    meeting_id: str
    segment: str
    status: str
    body_id: str


# Statements of the checks before a change, built once (building one costs several times running it).
_AGENDA_OF = select(Agenda.id).where(Agenda.meeting_id == bindparam("meeting"), Agenda.segment == bindparam("segment"))
_TOP_LEVEL_COUNT = select(func.count()).where(
    AgendaItem.agenda_id == bindparam("agenda"), AgendaItem.parent_id.is_(None)
)


def _agenda_ref(session: Session, agenda_id: str) -> _AgendaRef:
    aid, meeting_id, segment, status = get_row(session, Agenda, agenda_id, "agenda", "meeting_id", "segment", "status")
    body_id = get_row(session, Meeting, meeting_id, "meeting", "body_id")[1]
    return _AgendaRef(aid, meeting_id, segment, status, body_id)


Items = Sequence[tuple["ItemInput", Sequence["ItemInput"]]]  # items, each with its sub-items


def create_agenda(
    ws: Workspace, meeting_id: str, segment: str = "plenary", *, numbering: str = "arabic", items: Items = ()
) -> str:
    """A new draft agenda; the items the rules require are inserted at once, then ``items`` (a template,
    an imported agenda) in the same changeset. An agenda the segment has already is returned, ``items``
    appended to it as :func:`add_items` would."""
    with ws.read() as s:
        meeting_id, body_id = get_row(s, Meeting, meeting_id, "meeting", "body_id")
    body = ws.config.body(body_id)
    if body.segment(segment) is None:
        raise invalid(f"{body.key} has no segment {segment!r}")
    audience = _audience(ws, body_id, segment)
    with ws.change(audience) as ch:
        existing = ch.session.connection().execute(_AGENDA_OF, {"meeting": meeting_id, "segment": segment}).scalar()
        if existing:
            if items:
                _append_items(ws, ch, _editable(ws, ch, str(existing)), items)
            return str(existing)
        aid = ch.put(
            Agenda,
            new_id(),
            meeting_id=meeting_id,
            segment=segment,
            status=AgendaStatus.DRAFT.value,
            version=1,
            numbering=numbering,
            start_time="09:00",
        )
        required = rules.required_agenda_items(body, segment)
        for pos, key in enumerate(required):
            es, en = rules.REQUIRED_ITEM_TITLES.get(key, (key, key))
            ch.put(
                AgendaItem,
                new_id(),
                agenda_id=aid,
                parent_id=None,
                position=pos,
                title_es=es,
                title_en=en,
                kind=ItemKind.INFORMATION.value if key == "ppt_report" else ItemKind.DISCUSSION.value,
                duration_min=60 if key == "opening_statements" else 45,
                required_key=key,
                audience=audience.value,
            )
        if items:
            agenda = _AgendaRef(aid, meeting_id, segment, AgendaStatus.DRAFT.value, body_id)
            _append_items(ws, ch, agenda, items, start=len(required))
        return aid


def _within_agenda(ws: Workspace, ch: Changes, agenda_id: str) -> _AgendaRef:
    """An agenda's rows travel no wider than its segment: whatever an item says of itself, a change to
    the closed-door agenda reaches only the laptops that may see the closed-door meeting (seed, A)."""
    agenda = _agenda_ref(ch.session, agenda_id)
    ch.within(_audience(ws, agenda.body_id, agenda.segment))
    return agenda


def _editable(ws: Workspace, ch: Changes, agenda_id: str) -> _AgendaRef:
    agenda = _within_agenda(ws, ch, agenda_id)
    require(rules.agenda_editable(AgendaStatus(agenda.status)))
    return agenda


def _siblings(session: Session, agenda_id: str, parent_id: str | None) -> list[AgendaItem]:
    q = select(AgendaItem).where(AgendaItem.agenda_id == agenda_id)
    q = q.where(AgendaItem.parent_id.is_(None) if parent_id is None else AgendaItem.parent_id == parent_id)
    return list(session.scalars(q.order_by(AgendaItem.position)))


@dataclass(frozen=True, slots=True)
class ItemInput:
    title_es: str
    title_en: str | None = None
    kind: ItemKind = ItemKind.DISCUSSION
    duration_min: int = 30
    presenter: str | None = None
    audience: Audience = Audience.PUBLIC
    documents: tuple[str, ...] = ()


def _may_present(ws: Workspace, ch: Changes, agenda: _AgendaRef, *items: ItemInput) -> None:
    """An observer country presents an item only with the PPT's authorisation for the meeting."""
    presenters = [stored_presenter(ch.session, i.presenter) for i in items if i.presenter]
    if presenters:
        body = ws.config.body(agenda.body_id)
        acts = acts_for(ch.session, agenda.meeting_id)
        for presenter in presenters:
            require(presents_item(body, presenter, meeting_id=agenda.meeting_id, acts=acts))


def _item_fields(item: ItemInput, session: Session) -> dict[str, Any]:
    if not item.title_es.strip():
        raise invalid("item title is empty")
    if item.duration_min < 0 or item.duration_min > 24 * 60:
        raise invalid("duration out of range")
    return dict(
        title_es=item.title_es.strip(),
        title_en=item.title_en,
        kind=item.kind.value,
        duration_min=item.duration_min,
        presenter=stored_presenter(session, item.presenter),  # a role or delegation by its code
        audience=item.audience.value,
        documents=list(item.documents),
    )


def add_item(
    ws: Workspace,
    agenda_id: str,
    item: ItemInput,
    *,
    parent_id: str | None = None,
    position: int | None = None,
    follow_up_of: str | None = None,
    item_id: str | None = None,
) -> str:
    """Add an item. ``item_id`` lets an undo/redo re-create the very same item (stable references)."""
    with ws.change(item.audience) as ch:
        agenda = _editable(ws, ch, agenda_id)
        _may_present(ws, ch, agenda, item)
        if item_id is not None and _id_used(ch.session, "agenda_items", item_id):
            raise invalid(f"agenda item id {item_id} is already used")
        siblings = _siblings(ch.session, agenda.id, parent_id)
        pos = len(siblings) if position is None else max(0, min(position, len(siblings)))
        new = item_id or new_id()
        order = [s.id for s in siblings]
        order.insert(pos, new)
        ch.put(
            AgendaItem,
            new,
            agenda_id=agenda.id,
            parent_id=parent_id,
            position=pos,
            follow_up_of=follow_up_of,
            **_item_fields(item, ch.session),
        )
        _renumber(ch, siblings, order, skip=new)
        return new


def _id_used(session: Session, entity: str, row_id: str) -> bool:
    """Whether a row id was ever used: a deleted row leaves a tombstone, and a put on it would be ignored."""
    return session.get(RowClock, (entity, row_id)) is not None


def _renumber(ch: Changes, siblings: list[AgendaItem], order: list[str], *, skip: str | None = None) -> None:
    current = {s.id: s.position for s in siblings}
    for i, iid in enumerate(order):
        if iid != skip and current.get(iid) != i:
            ch.put(AgendaItem, iid, position=i)


def update_item(ws: Workspace, item_id: str, item: ItemInput) -> None:
    with ws.change(item.audience) as ch:
        row = get(ch.session, AgendaItem, item_id, "agenda item")
        _may_present(ws, ch, _editable(ws, ch, row.agenda_id), item)
        fields = _item_fields(item, ch.session)
        if row.required_key:  # a required item keeps its title, so the rule stays visibly satisfied
            fields.pop("title_es")
        ch.put(AgendaItem, row.id, **fields)


def remove_item(ws: Workspace, item_id: str) -> None:
    with ws.change(Audience.PUBLIC) as ch:
        row = get(ch.session, AgendaItem, item_id, "agenda item")
        agenda = _editable(ws, ch, row.agenda_id)
        body = ws.config.body(agenda.body_id)
        to_delete = [row, *_descendants(ch.session, row)]
        for r in to_delete:
            require(rules.can_remove_agenda_item(r.required_key, body, agenda.segment))
        for r in to_delete:
            for c in ch.session.scalars(select(AgendaComment).where(AgendaComment.item_id == r.id)):
                ch.delete(AgendaComment, c.id)
            ch.delete(AgendaItem, r.id)
        siblings = [s for s in _siblings(ch.session, agenda.id, row.parent_id) if s.id != row.id]
        _renumber(ch, siblings, [s.id for s in siblings])


def _descendants(session: Session, row: AgendaItem) -> list[AgendaItem]:
    out: list[AgendaItem] = []
    for child in _siblings(session, row.agenda_id, row.id):
        out += [child, *_descendants(session, child)]
    return out


def move_item(ws: Workspace, item_id: str, *, parent_id: str | None, position: int) -> None:
    """Move an item under ``parent_id`` (None: top level) at ``position`` among its new siblings."""
    with ws.change(Audience.PUBLIC) as ch:
        row = get(ch.session, AgendaItem, item_id, "agenda item")
        agenda = _editable(ws, ch, row.agenda_id)
        if parent_id is not None:
            if parent_id == row.id or parent_id in {d.id for d in _descendants(ch.session, row)}:
                raise invalid("an item cannot be moved under itself")
            parent = get(ch.session, AgendaItem, parent_id, "agenda item")
            if parent.agenda_id != agenda.id:
                raise invalid("the parent belongs to another agenda")
        old_siblings = [s for s in _siblings(ch.session, agenda.id, row.parent_id) if s.id != row.id]
        new_siblings = [s for s in _siblings(ch.session, agenda.id, parent_id) if s.id != row.id]
        pos = max(0, min(position, len(new_siblings)))
        order = [s.id for s in new_siblings]
        order.insert(pos, row.id)
        ch.put(AgendaItem, row.id, parent_id=parent_id, position=pos)
        _renumber(ch, new_siblings, order, skip=row.id)
        if row.parent_id != parent_id:
            _renumber(ch, old_siblings, [s.id for s in old_siblings])


@dataclass(frozen=True, slots=True)
class PlannedItem:
    id: str
    label: str
    depth: int
    title_es: str
    title_en: str | None
    kind: str
    duration_min: int
    presenter: str | None
    audience: str
    required_key: str | None
    starts: str  # "HH:MM"
    follow_up_of: str | None
    parent_id: str | None
    documents: tuple[str, ...]
    theme: str | None = None  # a Plan of Action theme's key (seed, intro)
    topic: str | None = None  # a closed-door topic (seed, A)


def _plan(agenda: Agenda, items: list[AgendaItem] | list[dict[str, Any]]) -> list[PlannedItem]:
    def val(it: Any, key: str) -> Any:
        return it.get(key) if isinstance(it, dict) else getattr(it, key)  # older snapshots lack new keys

    children: dict[str | None, list[Any]] = {}
    for it in items:
        children.setdefault(val(it, "parent_id"), []).append(it)
    for lst in children.values():
        lst.sort(key=lambda x: val(x, "position"))
    h, m = (int(x) for x in (agenda.start_time or "09:00").split(":"))
    clock = datetime(2000, 1, 1, h, m)
    out: list[PlannedItem] = []

    def walk(parent: str | None, path: list[int]) -> None:
        nonlocal clock
        for i, it in enumerate(children.get(parent, []), start=1):
            p = [*path, i]
            out.append(
                PlannedItem(
                    id=val(it, "id"),
                    label=item_label(p, roman=agenda.numbering == "roman"),
                    depth=len(path),
                    title_es=val(it, "title_es"),
                    title_en=val(it, "title_en"),
                    kind=val(it, "kind"),
                    duration_min=val(it, "duration_min"),
                    presenter=val(it, "presenter"),
                    audience=val(it, "audience"),
                    required_key=val(it, "required_key"),
                    starts=clock.strftime("%H:%M"),
                    follow_up_of=val(it, "follow_up_of"),
                    parent_id=val(it, "parent_id"),
                    documents=tuple(val(it, "documents") or ()),
                    theme=val(it, "theme"),
                    topic=val(it, "topic"),
                )
            )
            if val(it, "id") in children:
                walk(val(it, "id"), p)  # sub-items share their parent's time
            else:
                clock += timedelta(minutes=val(it, "duration_min"))

    walk(None, [])
    return out


def planned_items(ws: Workspace, agenda_id: str) -> list[PlannedItem]:
    """The agenda as shown and printed: numbered, with start times."""
    with ws.read() as s:
        agenda = get(s, Agenda, agenda_id, "agenda")
        items = list(s.scalars(select(AgendaItem).where(AgendaItem.agenda_id == agenda.id)))
        return _plan(agenda, items)


def agenda_settings(ws: Workspace, agenda_id: str) -> dict[str, Any]:
    with ws.read() as s:
        a = get(s, Agenda, agenda_id, "agenda")
        return {
            "id": a.id,
            "meeting_id": a.meeting_id,
            "segment": a.segment,
            "status": a.status,
            "version": a.version,
            "numbering": a.numbering,
            "start_time": a.start_time or "09:00",
        }


def set_agenda_layout(
    ws: Workspace, agenda_id: str, *, numbering: str | None = None, start_time: str | None = None
) -> None:
    """Numbering style ("arabic" | "roman") and the time the first item starts ("HH:MM")."""
    changes: dict[str, Any] = {}
    if numbering is not None:
        if numbering not in ("arabic", "roman"):
            raise invalid(f"numbering {numbering!r}")
        changes["numbering"] = numbering
    if start_time is not None:
        try:
            parsed = datetime.strptime(start_time, "%H:%M")
        except ValueError:
            raise invalid(f"start time {start_time!r}") from None
        changes["start_time"] = parsed.strftime("%H:%M")
    with ws.change(Audience.PUBLIC) as ch:
        agenda = _editable(ws, ch, agenda_id)
        if changes:
            ch.put(Agenda, agenda.id, **changes)


def agendas_of(ws: Workspace, meeting_id: str) -> list[dict[str, Any]]:
    with ws.read() as s:
        return [
            {"id": a.id, "segment": a.segment, "status": a.status, "version": a.version, "numbering": a.numbering}
            for a in s.scalars(select(Agenda).where(Agenda.meeting_id == meeting_id).order_by(Agenda.segment))
        ]


def set_agenda_status(ws: Workspace, agenda_id: str, target: AgendaStatus) -> None:
    """Draft → preliminary (shared for comments) → adopted (frozen). Each step keeps a version."""
    with ws.change(Audience.PUBLIC) as ch:
        agenda = get(ch.session, Agenda, agenda_id, "agenda")
        _within_agenda(ws, ch, agenda.id)
        require(rules.agenda_transition(AgendaStatus(agenda.status), target))
        meeting = get(ch.session, Meeting, agenda.meeting_id, "meeting")
        items = list(ch.session.scalars(select(AgendaItem).where(AgendaItem.agenda_id == agenda.id)))
        missing = rules.missing_required_items(
            ws.config.body(meeting.body_id), agenda.segment, [i.required_key for i in items]
        )
        if missing and target == AgendaStatus.ADOPTED:
            from crm_desktop.domain.messages import Bilingual, msg

            raise Refused(msg("agenda.missing_required", item=Bilingual(*rules.REQUIRED_ITEM_TITLES[missing[0]])))
        snapshot = [
            {
                k: getattr(i, k)
                for k in (
                    "id",
                    "parent_id",
                    "position",
                    "title_es",
                    "title_en",
                    "kind",
                    "duration_min",
                    "presenter",
                    "audience",
                    "required_key",
                    "follow_up_of",
                    "documents",
                    "theme",
                    "topic",
                )
            }
            for i in items
        ]
        ch.put(
            AgendaVersion, new_id(), agenda_id=agenda.id, version=agenda.version, status=target.value, items=snapshot
        )
        ch.put(Agenda, agenda.id, status=target.value, version=agenda.version + 1)


def versions(ws: Workspace, agenda_id: str) -> list[dict[str, Any]]:
    with ws.read() as s:
        return [
            {"id": v.id, "version": v.version, "status": v.status}
            for v in s.scalars(
                select(AgendaVersion).where(AgendaVersion.agenda_id == agenda_id).order_by(AgendaVersion.version)
            )
        ]


def version_items(ws: Workspace, version_id: str) -> list[PlannedItem]:
    with ws.read() as s:
        v = get(s, AgendaVersion, version_id, "agenda version")
        agenda = get(s, Agenda, v.agenda_id, "agenda")
        return _plan(agenda, list(v.items))


def add_comment(ws: Workspace, item_id: str, delegation: str, text: str, *, comment_id: str | None = None) -> str:
    """Comments on a preliminary agenda, recorded per item and delegation (seed, A: "obtener aportes").

    Only the delegations the preliminary agenda is shared with may comment: the member countries and,
    where the segment admits them, the observer organisations (:func:`rules.preliminary_agenda_consulted`).
    ``comment_id`` lets an undo of an item's removal bring its comments back under their own ids.
    """
    with ws.change(rules.agenda_comment_audience(delegation)) as ch:
        item = get(ch.session, AgendaItem, item_id, "agenda item")
        agenda = get(ch.session, Agenda, item.agenda_id, "agenda")
        _within_agenda(ws, ch, agenda.id)
        if agenda.status != AgendaStatus.PRELIMINARY.value:
            raise invalid("comments are collected on the preliminary agenda")
        meeting = get(ch.session, Meeting, agenda.meeting_id, "meeting")
        body = ws.config.body(meeting.body_id)
        acts = acts_for(ch.session, meeting.id)
        require(agenda_comment(body, agenda.segment, delegation, meeting_id=meeting.id, acts=acts))
        if not text.strip():
            raise invalid("comment is empty")
        if comment_id is not None and _id_used(ch.session, "agenda_comments", comment_id):
            raise invalid(f"comment id {comment_id} is already used")
        return ch.put(
            AgendaComment,
            comment_id or new_id(),
            item_id=item.id,
            delegation=delegation,
            text=text.strip(),
            written_on=datetime.now().date(),
        )


def remove_comment(ws: Workspace, comment_id: str) -> None:
    """Withdraw a comment (the undo of recording it); only while the agenda is preliminary."""
    with ws.read() as s:
        delegation = get(s, AgendaComment, comment_id, "agenda comment").delegation
    with ws.change(rules.agenda_comment_audience(delegation)) as ch:  # travels where the comment did
        comment = get(ch.session, AgendaComment, comment_id, "agenda comment")
        item = get(ch.session, AgendaItem, comment.item_id, "agenda item")
        agenda = get(ch.session, Agenda, item.agenda_id, "agenda")
        _within_agenda(ws, ch, agenda.id)
        if agenda.status != AgendaStatus.PRELIMINARY.value:
            raise invalid("comments are collected on the preliminary agenda")
        ch.delete(AgendaComment, comment.id)


def meetings_with_agendas(ws: Workspace) -> set[str]:
    with ws.read() as s:
        return set(s.scalars(select(Agenda.meeting_id)))


def comments(ws: Workspace, agenda_id: str) -> list[dict[str, Any]]:
    with ws.read() as s:
        rows = s.execute(
            select(AgendaComment)
            .join(AgendaItem, AgendaItem.id == AgendaComment.item_id)
            .where(AgendaItem.agenda_id == agenda_id)
        ).scalars()
        return [{"id": c.id, "item_id": c.item_id, "delegation": c.delegation, "text": c.text} for c in rows]


def pending_follow_ups(ws: Workspace, meeting_id: str) -> list[dict[str, Any]]:
    """Open decisions (open or in progress) of earlier meetings of the same body (for the GRCM, also of the
    Vice-Ministers), offered for carry-over; for the Vice-Ministers, also the Conclusions and
    Recommendations of the GRCM meetings since their previous meeting (:func:`submitted_to_vice_ministers`)."""
    with ws.read() as s:
        meeting = get(s, Meeting, meeting_id, "meeting")
        earlier = (Meeting.start < meeting.start) & Decision.status.in_(OPEN_STATUSES)
        previous_vm = s.scalar(
            select(func.max(Meeting.start)).where(Meeting.body_id == meeting.body_id, Meeting.start < meeting.start)
        )
        since = submitted_to_vice_ministers(
            meeting.body_id, meeting.start.date(), previous_vm.date() if previous_vm else None
        )
        offered: ColumnElement[bool] = Meeting.body_id.in_(follow_up_sources(meeting.body_id))
        if since is not None:
            grcm = (Meeting.body_id == "grcm") & Decision.kind.in_(GRCM_OUTPUT_KINDS)
            offered = offered | (grcm & (Meeting.start >= datetime.combine(since, datetime.min.time())))
        rows = s.execute(
            select(Decision, Meeting)
            .join(Meeting, Meeting.id == Decision.meeting_id)
            .where(earlier & offered)
            .order_by(Meeting.start, Decision.kind, Decision.number)
        ).all()
        return [
            {"id": d.id, "meeting": m.title, "body": m.body_id, "number": d.number, "text": d.text, "kind": d.kind}
            for d, m in rows
        ]


def carry_over(
    ws: Workspace, agenda_id: str, decision_ids: list[str], *, item_ids: list[str] | None = None
) -> list[str]:
    """One follow-up item per open decision; ``item_ids`` (one per decision) make a redo stable."""
    if item_ids is not None and len(item_ids) != len(decision_ids):
        raise invalid("one item id per decision")
    made = []
    with ws.read() as s:
        decisions = [get(s, Decision, d, "decision") for d in decision_ids]
    for n, d in enumerate(decisions):
        title = d.text if len(d.text) <= 200 else d.text[:197] + "…"
        made.append(
            add_item(
                ws,
                agenda_id,
                ItemInput(title_es=f"Seguimiento: {title}", title_en=f"Follow-up: {title}"),
                follow_up_of=d.id,
                item_id=item_ids[n] if item_ids is not None else None,
            )
        )
    return made


def add_items(ws: Workspace, agenda_id: str, items: Items) -> list[str]:
    """Append many items (each with its sub-items) in one changeset: a template or an imported agenda."""
    with ws.change(Audience.PUBLIC) as ch:
        return _append_items(ws, ch, _editable(ws, ch, agenda_id), items)


def _append_items(ws: Workspace, ch: Changes, agenda: _AgendaRef, items: Items, start: int | None = None) -> list[str]:
    """Put ``items`` after the agenda's top-level items (``start`` of them when the change itself put them)."""
    if start is None:
        start = int(ch.session.connection().execute(_TOP_LEVEL_COUNT, {"agenda": agenda.id}).scalar_one())
    every = [i for item, subs in items for i in (item, *subs)]
    _may_present(ws, ch, agenda, *every)
    for audience in {i.audience for i in every}:  # no wider than its narrowest item, as add_item's
        ch.within(audience)
    made: list[str] = []
    for offset, (item, subs) in enumerate(items):
        top = ch.put(AgendaItem, new_id(), **_placed(agenda.id, None, start + offset), **_item_fields(item, ch.session))
        made.append(top)
        for pos, sub in enumerate(subs):
            made.append(ch.put(AgendaItem, new_id(), **_placed(agenda.id, top, pos), **_item_fields(sub, ch.session)))
    return made


def _placed(agenda_id: str, parent_id: str | None, position: int) -> dict[str, Any]:
    return {"agenda_id": agenda_id, "parent_id": parent_id, "position": position, "follow_up_of": None}
