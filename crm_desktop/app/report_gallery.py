"""The reports of the demo the documents are checked on (the gallery script and the layout tests):
every kind for the latest Vice-Ministers' meeting (plenary and closed-door), a GRCM and a network."""

from __future__ import annotations

from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.reports import ReportRequest
from crm_desktop.app.workspace import Workspace

# kind, body of the meeting it is printed for, segment, closed-door dossier
JOBS = [
    ("agenda", "viceministers", "plenary", False),
    ("agenda", "viceministers", "closed_door", False),
    ("agenda", "grcm", "plenary", False),
    ("participants", "viceministers", "plenary", False),
    ("participants", "viceministers", "closed_door", False),
    ("participants", "grcm", "plenary", False),
    ("declaration", "viceministers", "plenary", False),
    ("declaration", "viceministers", "closed_door", False),
    ("conclusions", "grcm", "plenary", False),
    ("recommendations", "grcm", "plenary", False),
    ("network-report", "network_trafficking", "plenary", False),
    ("compilation", "grcm", "plenary", False),
    ("dossier", "viceministers", "plenary", False),
    ("dossier", "viceministers", "plenary", True),
    ("dossier", "grcm", "plenary", False),
]


def demo_requests(ws: Workspace, lang: str, year: int = 2026) -> list[tuple[str, ReportRequest]]:
    """Every report of the demo's meetings the documents are checked on, with a file stem each.

    The latest meeting of each body (the Vice-Ministers' XXXI meeting, the GRCM's September meeting
    with its drafting documents); for the network report, the network's March meeting that adopted it."""
    meetings = list_meetings(ws, year=year)
    latest: dict[str, str] = {}
    for m in sorted(meetings, key=lambda m: m["start"]):
        latest[m["body"]] = m["id"]
    first_network = next(
        (m["id"] for m in sorted(meetings, key=lambda m: m["start"]) if m["body"] == "network_trafficking"), None
    )
    out = [(f"calendar-{year}-{lang}", ReportRequest("calendar", lang, year=year))]
    for kind, body, segment, closed in JOBS:
        meeting = first_network if kind == "network-report" else latest.get(body)
        if meeting is None:
            continue
        stem = f"{kind}-{body}-{segment}{'-cd' if closed else ''}-{lang}"
        out.append((stem, ReportRequest(kind, lang, meeting_id=meeting, segment=segment, closed_door=closed)))
    return out
