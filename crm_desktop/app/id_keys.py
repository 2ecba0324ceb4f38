"""The one resolver of the ids a person types on the command line, by the kind of row they name.

Every id argument of every command names a kind (``meeting``, ``person``, ``draft``...); the command
line's kit resolves it here before the command runs, with :func:`crm_desktop.app.lookup.get`'s rule
(an exact id, else a literal prefix of at least four characters naming exactly one row; ambiguous:
the candidates named; unknown: not found, exit 4). A service therefore never receives an abbreviation.
"""

from __future__ import annotations

from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.store.schema import Accreditation, AgendaItem, Base, Decision, FocalPoint, Meeting, Person
from crm_desktop.store.tables.drafting import DraftDocument, DraftParagraph, DraftProposal
from crm_desktop.store.tables.process import LogisticsItem, PoaActivity, PoaIndicator, WorkPlan, WorkPlanAction

# The kinds of id a command takes, each with its table (the kind is also the ``noun.*`` of messages).
KINDS: dict[str, type[Base]] = {
    "meeting": Meeting,
    "person": Person,
    "focal point": FocalPoint,
    "accreditation": Accreditation,
    "agenda item": AgendaItem,
    "decision": Decision,
    "draft": DraftDocument,
    "paragraph": DraftParagraph,
    "proposal": DraftProposal,
    "work plan": WorkPlan,
    "work plan action": WorkPlanAction,
    "logistics item": LogisticsItem,
    "activity": PoaActivity,
    "indicator": PoaIndicator,
}


def resolve_key(ws: Workspace, kind: str, key: str) -> str:
    """The full id of the one ``kind`` row that ``key`` designates (see the module's rule)."""
    with ws.read() as session:
        return str(get(session, KINDS[kind], key, kind).id)  # type: ignore[attr-defined]


def label(ws: Workspace, kind: str, row_id: str, lang: str = "es") -> str:
    """How a sentence in ``lang`` names the ``kind`` row ``row_id``: its title (a meeting's in ``lang``)
    or name (a person with the country), else its id cut to 8 characters."""
    if kind == "meeting":
        from crm_desktop.app.meetings import get_meeting_row

        return str(get_meeting_row(ws, row_id, lang)["shown_title"])
    with ws.read() as session:
        row = session.get(KINDS[kind], row_id)
        fields = ("name",) if kind in ("person", "focal point") else ("title", "name")  # a person's title is a post
        text = next((v for f in fields if (v := getattr(row, f, None))), None) if row is not None else None
        if text and getattr(row, "country_id", None) and kind == "person":
            text = f"{text} ({row.country_id})"  # type: ignore[union-attr]
    return str(text) if text else row_id[:8]
