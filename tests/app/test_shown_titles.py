"""The services that feed the window give meeting and document titles in the language asked for."""

from __future__ import annotations

from crm_desktop.app import follow_up, work_plans
from crm_desktop.app.drafting import list_documents
from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.search import search
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.bilingual import meeting_title, record_in

SPANISH = "XXXI Reunión Viceministerial de la CRM"
ENGLISH = "31st Vice-Ministerial Meeting, San José"


def test_a_meeting_title_in_each_language() -> None:
    args = ("viceministers", "Conference", "XXXI", "Ciudad de Panamá")
    assert meeting_title(SPANISH, None, *args, "es") == SPANISH
    assert meeting_title(SPANISH, None, *args, "en") == "31st Vice-Ministerial Meeting, Panama City"
    assert meeting_title(SPANISH, "Typed title", *args, "en") == "Typed title"
    assert record_in("Cancillería", "Ministry of Foreign Affairs", "en") == "Ministry of Foreign Affairs"
    assert record_in("Cancillería", None, "en") == "Cancillería"  # shown as typed where none was given
    assert record_in("Cancillería", "Ministry of Foreign Affairs", "es") == "Cancillería"


def test_meeting_lists_give_the_shown_title(demo: Workspace) -> None:
    rows = {r["title"]: r for r in list_meetings(demo, lang="en")}
    assert rows[SPANISH]["shown_title"] == ENGLISH
    assert {r["shown_title"] for r in list_meetings(demo)} >= {SPANISH}
    plans = work_plans.list_plans(demo, lang="en")
    assert all("Reunión" not in (p["approved_at"] or "") for p in plans)
    assert all("Reunión" not in a["meeting"] for a in follow_up.actions(demo, lang="en"))


def test_documents_titled_as_their_pdf_in_the_other_language(demo: Workspace) -> None:
    english = {r["title"]: r for r in list_documents(demo, lang="en")}
    assert english["Declaración de San José"]["shown_title"] == "San José Declaration"  # its heading's translation
    assert english["Conclusiones del GRCM"]["shown_title"] == "Conclusions"  # the standard title of its kind
    assert english["Declaración de San José"]["meeting_shown_title"] == ENGLISH
    spanish = {r["title"]: r for r in list_documents(demo, lang="es")}
    assert spanish["Conclusiones del GRCM"]["shown_title"] == "Conclusiones del GRCM"


def test_search_results_name_meetings_in_the_language_asked_for(demo: Workspace) -> None:
    results = search(demo, "declaracion", lang="en")
    assert results and not any("Reunión" in r.detail for r in results)
    assert any(ENGLISH in r.detail for r in results)
