"""Recording an invitation or a PPT authorisation for one meeting, and saying what was recorded.

Seed, B: the Presidency "es responsable de definir los mecanismos para efectuar la convocatoria y las
invitaciones correspondientes"; seed, introduction: observer countries act "con previa autorización de la
Presidencia Pro-Témpore". The rule and the recording are :func:`crm_desktop.app.accreditation.record_act`'s.
"""

from __future__ import annotations

from crm_desktop.app.accreditation import record_act
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.capabilities import grantor_name
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import ActKind, Capability
from crm_desktop.store.schema import Act, Meeting


def grant(
    ws: Workspace, kind: ActKind, subject: str, meeting_id: str | None, capabilities: list[Capability] | None = None
) -> tuple[str, Message]:
    """Record the act (the meeting's id may be abbreviated) and the sentence saying what was recorded."""
    if meeting_id:
        with ws.read() as s:
            meeting_id = get(s, Meeting, meeting_id, "meeting").id
    act_id = record_act(ws, kind, subject, meeting_id=meeting_id, capabilities=capabilities)
    with ws.read() as s:
        act = get(s, Act, act_id, "act")
        title = get(s, Meeting, str(act.meeting_id), "meeting").title
        by = grantor_name(act.granted_by) or ""
    code = "act.recorded_invitation" if kind == ActKind.INVITATION else "act.recorded_authorisation"
    return act_id, msg(code, subject=subject, meeting=title, grantor=by)
