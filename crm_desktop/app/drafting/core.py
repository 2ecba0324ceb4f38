"""The drafting services' shared core: who acts, one change on one document, the rows it reads."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.errors import BadInput, invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.people import participant
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Changes, Workspace
from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Act
from crm_desktop.domain.rules import Verdict
from crm_desktop.drafting import negotiation as neg
from crm_desktop.drafting.permissions import ytext_op
from crm_desktop.drafting.replica import Capture, DocumentReplica, new_client_id
from crm_desktop.drafting.structure import (
    ParagraphKind,
    ParagraphRef,
    Section,
    number,
    ordered,
)
from crm_desktop.drafting.text import Splice
from crm_desktop.store import facts as store_facts
from crm_desktop.store.schema import Meeting, Person
from crm_desktop.store.tables.drafting import (
    DraftDocument,
    DraftObjection,
    DraftParagraph,
    DraftProposal,
    DraftSession,
    DraftText,
    DraftVersion,
    document_state,
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


# --- who is acting ------------------------------------------------------------------------------


def drafter(session: Session, person_id: str | None, meeting: Meeting) -> rules.Drafter:
    """The acting person's standing in ``meeting``: drafting seat, Presidency, closed-door accreditation."""
    if not person_id:
        raise BadInput(msg("draft.no_actor"))
    return store_facts.drafter(session, participant(session, get(session, Person, person_id, "person")), meeting.id)


def facts(doc: DraftDocument) -> rules.DocumentFacts:
    return store_facts.document_facts(
        {
            "id": doc.id,
            "meeting_id": doc.meeting_id,
            "commitments": doc.commitments,
            "audience": doc.audience,
            "status": doc.status,
        }
    )


@dataclass
class DraftChange:
    """One changeset on one document, with the acting drafter and a text replica for edits."""

    ch: Changes
    doc: DraftDocument
    meeting: Meeting
    drafter: rules.Drafter
    acts: list[Act]
    client_id: int
    session_known: bool
    device_id: str
    replica: DocumentReplica | None = None
    touched: set[str] = field(default_factory=set)
    _capture: Capture | None = None

    @property
    def facts(self) -> rules.DocumentFacts:
        return facts(self.doc)

    @property
    def s(self) -> Session:
        return self.ch.session

    def require(self, verdict: Verdict) -> None:
        require(verdict)

    def text_of(self, paragraph_id: str) -> str:
        return self._replica().read(paragraph_id)

    def _replica(self) -> DocumentReplica:
        if self.replica is None:
            state = document_state(self.s.connection(), self.doc.id)
            self.replica = DocumentReplica(state, client_id=self.client_id)
            self.replica.settle()
            self._capture = self.replica.capture()
        return self.replica

    def set_text(self, paragraph_id: str, text: str) -> None:
        self.require(rules.may_edit(self.drafter, self.facts))
        self._replica().set_text(paragraph_id, text)
        self.touched.add(paragraph_id)

    def splice(self, paragraph_id: str, edit: Splice) -> None:
        self.require(rules.may_edit(self.drafter, self.facts))
        self._replica().splice(paragraph_id, edit)
        self.touched.add(paragraph_id)

    def finish(self) -> None:
        """Emit the text update made in this change (if any), with the session that made it."""
        if self._capture is None:
            return
        update, self._capture = self._capture.stop(), None
        if update is None or not self.touched:
            return
        if not self.session_known:
            self.ch.put(
                DraftSession,
                str(self.client_id),
                document_id=self.doc.id,
                person_id=self.drafter.who.person_id,
                delegation=self.drafter.delegation,
                device_id=self.device_id,
                started=_now(),
            )
            self.session_known = True
        self.ch.ops.append(ytext_op(self.doc.id, self.client_id, update, sorted(self.touched)))
        self.touched = set()


class EditingSession:
    """A person editing one document: one fresh Yjs client id for all their edits until closed.

    A view opens one when the editor opens and drops it when it closes; a CLI call is a session.
    """

    def __init__(self, ws: Workspace, document_id: str, actor: str) -> None:
        self.ws = ws
        self.actor = actor
        with ws.read() as s:
            doc = get(s, DraftDocument, document_id, "draft")
            taken = {int(x) for x in s.scalars(select(DraftSession.id).where(DraftSession.document_id == doc.id))}
        self.document_id = doc.id
        self.client_id = new_client_id(taken)
        self._known = False

    @contextmanager
    def change(self) -> Iterator[DraftChange]:
        with _change(self.ws, self.document_id, self.actor, client_id=self.client_id, known=self._known) as dc:
            yield dc
        self._known = self._known or dc.session_known

    def set_text(self, paragraph_id: str, text: str) -> None:
        with self.change() as dc:
            _paragraph(dc, paragraph_id)
            dc.set_text(paragraph_id, text)


@contextmanager
def _change(
    ws: Workspace, document_id: str, actor: str | None, *, client_id: int | None = None, known: bool = False
) -> Iterator[DraftChange]:
    with ws.read() as s:
        audience = get(s, DraftDocument, document_id, "draft").audience
    with ws.change(audience) as ch:
        doc = get(ch.session, DraftDocument, document_id, "draft")
        meeting = get(ch.session, Meeting, doc.meeting_id, "meeting")
        who = drafter(ch.session, actor, meeting)
        if client_id is None:
            taken = {
                int(x) for x in ch.session.scalars(select(DraftSession.id).where(DraftSession.document_id == doc.id))
            }
            client_id = new_client_id(taken)
        dc = DraftChange(
            ch, doc, meeting, who, store_facts.meeting_acts(ch.session, meeting.id), client_id, known, ws.device_id
        )
        yield dc
        dc.finish()


def _paragraph(dc: DraftChange, paragraph_id: str) -> DraftParagraph:
    p = get(dc.s, DraftParagraph, paragraph_id, "paragraph")
    if p.document_id != dc.doc.id:
        raise invalid(msg("invalid.paragraph_elsewhere"))
    return p


def _paragraph_doc(ws: Workspace, paragraph_id: str) -> tuple[str, str]:
    with ws.read() as s:
        p = get(s, DraftParagraph, paragraph_id, "paragraph")
        return p.document_id, p.id


def _open_count(s: Session, paragraph_id: str) -> int:
    return len(
        s.scalars(
            select(DraftProposal.id).where(
                DraftProposal.paragraph_id == paragraph_id, DraftProposal.status == neg.ProposalStatus.OPEN.value
            )
        ).all()
    )


def _objections(s: Session, document_id: str) -> list[rules.Objection]:
    rows = s.scalars(
        select(DraftObjection).where(DraftObjection.document_id == document_id, DraftObjection.withdrawn.is_(False))
    )
    return [rules.Objection(o.delegation, o.text, o.lodged) for o in rows]


def _paragraph_rows(s: Session, document_id: str) -> list[DraftParagraph]:
    rows = s.scalars(
        select(DraftParagraph).where(DraftParagraph.document_id == document_id, DraftParagraph.removed.is_(False))
    ).all()
    by_id = {p.id: p for p in rows}
    refs = ordered(_ref(p) for p in rows)
    return [by_id[r.id] for r in refs]


def _ref(p: DraftParagraph) -> ParagraphRef:
    return ParagraphRef(p.id, Section(p.section), p.position, ParagraphKind(p.kind), p.parent_id)


def _texts(s: Session, document_id: str) -> dict[str, str]:
    return dict(s.execute(select(DraftText.id, DraftText.text).where(DraftText.document_id == document_id)).all())


def _last_version(s: Session, document_id: str) -> DraftVersion | None:
    return s.scalars(
        select(DraftVersion).where(DraftVersion.document_id == document_id).order_by(DraftVersion.number.desc())
    ).first()


def _labels(s: Session, document_id: str, rows: list[DraftParagraph]) -> dict[str, str]:
    last = _last_version(s, document_id)
    frozen = {p["id"]: p["label"] for p in last.paragraphs} if last else None
    return number([_ref(p) for p in rows], frozen)
