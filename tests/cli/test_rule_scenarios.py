"""A scenario per rule of the coordination text, through the command line, for the allowed and the refused case.

The scenarios are keyed by the register's ids (:mod:`crm_desktop.domain.rule_register`): a rule added to
the register without a scenario fails here. A refusal exits 3 and quotes the rule's sentence; a warning is
listed by ``crm-desktop warnings --json`` with the sentence as its ``source``. A rule with neither (a duty,
a permission) has no refused case: its scenario shows where the user meets it. Where no command exists for
a step (creating a meeting or an agenda), the scenario prepares it through the app services and acts through
the command line; the few acts with no command (an agenda item presented, removed, moved on) are asked of the
same services the window uses.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.app import accreditation, agendas, drafting
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.directory import list_acts
from crm_desktop.app.drafting import DocumentInput
from crm_desktop.app.errors import Refused
from crm_desktop.app.meetings import MeetingInput, create_meeting
from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import main
from crm_desktop.domain.model import AgendaStatus, Audience
from crm_desktop.domain.rule_register import RULES, RULES_BY_ID
from crm_desktop.drafting.structure import DocType


class World:
    """The demo workspace, driven through ``crm-desktop`` (English, so the quoted sentence is the register's)."""

    def __init__(self, directory: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        self.dir, self.capsys, self.tmp = directory, capsys, tmp_path

    def run(self, *args: str) -> tuple[int, str, str]:
        code = main(["--workspace", str(self.dir), "--lang", "en", *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 0, err
        return out

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def refused(self, rule: str, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 3, (code, out, err)
        assert RULES_BY_ID[rule].source.sentence.en in err, err
        return err

    def refused_by_service(self, rule: str, fn: Callable[[Workspace], object]) -> None:
        """An act with no command: the service refuses, and the text the CLI and the window show cites it."""
        with self.ws() as ws, pytest.raises(Refused) as info:
            fn(ws)
        assert info.value.exit_code == 3
        assert RULES_BY_ID[rule].source.sentence.en in info.value.render("en")

    def service(self, fn: Callable[[Workspace], Any]) -> Any:
        with self.ws() as ws:
            return fn(ws)

    def ws(self) -> Any:
        return _Opened(self.dir)

    # --- the demo's facts --------------------------------------------------------------------------
    def meeting(self, body: str, year: int | None = None, index: int = 0) -> str:
        args = ["meetings", "list", "--body", body] + (["--year", str(year)] if year else [])
        return str(self.json(*args)[index]["id"])

    def person(self, **match: str) -> str:
        for p in self.json("people", "list"):
            if all(p.get(k) == v or (k == "role" and v in p["roles"]) for k, v in match.items()):
                return str(p["id"])
        raise AssertionError(f"no person {match}")

    def document(self, title: str) -> str:
        return next(str(d["id"]) for d in self.json("drafting", "list") if d["title"] == title)

    def items(self, meeting: str, segment: str = "plenary") -> list[dict[str, Any]]:
        return list(self.json("agenda", "items", "--meeting", meeting, "--segment", segment))

    def new_meeting(self, body: str, start: str, host: str, title: str) -> str:
        day = datetime.fromisoformat(start)
        inp = MeetingInput(body, title, day, day.replace(hour=18), host)
        return str(self.service(lambda ws: create_meeting(ws, inp)))

    def warned(self, rule: str, *args: str) -> list[dict[str, Any]]:
        found = [w for w in self.json("warnings", *args) if w["rule"] in RULES_BY_ID[rule].warnings]
        for w in found:
            assert w["source"] and RULES_BY_ID[rule].source.sentence.en in w["source"]
        return found


class _Opened:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def __enter__(self) -> Workspace:
        self.ws = Workspace(self.directory)
        return self.ws

    def __exit__(self, *exc: object) -> None:
        self.ws.close()


@dataclass(frozen=True)
class Scenario:
    allowed: Callable[[World], None]
    refused: Callable[[World], None] | None = None


# --- Introduction -------------------------------------------------------------------------------


def _theme_ok(w: World) -> None:
    item = w.items(w.meeting("viceministers", 2026))[0]["id"]
    w.ok("agenda", "classify", item, "--theme", "human_rights")


def _theme_no(w: World) -> None:
    item = w.items(w.meeting("viceministers", 2026))[0]["id"]
    w.refused("intro.themes", "agenda", "classify", item, "--theme", "tourism")


def _observer_item(w: World, authorised: bool) -> None:
    vm = w.meeting("viceministers", 2026)
    if authorised:
        w.ok(
            "acts",
            "grant",
            "--kind",
            "authorisation",
            "--subject",
            "PE",
            "--meeting",
            vm[:8],
            "--capability",
            "agenda_items",
        )
    agenda = next(a["id"] for a in w.service(lambda ws: agendas.agendas_of(ws, vm)) if a["segment"] == "plenary")
    item = ItemInput(title_es="Flujos extracontinentales", title_en="Extra-continental flows", presenter="PE")
    add = lambda ws: agendas.add_item(ws, agenda, item)  # noqa: E731
    if authorised:
        w.service(add)
    else:
        w.refused_by_service("intro.observer_agenda", add)


def _observer_objects(w: World, observer: bool) -> None:
    decl = w.document("Declaración de San José")
    who = w.person(country="CO") if observer else w.person(country="MX", role="vice_minister")
    args = ("drafting", "object", decl[:8], "--text", "No acompañamos.", "--as", who[:8])
    if observer:
        w.refused("intro.observer_decisions", *args)
    else:
        w.ok(*args)


def _observer_drafts(w: World, authorised: bool) -> None:
    decl = w.document("Declaración de San José")
    pe = w.person(country="PE")
    if authorised:
        vm = w.meeting("viceministers", 2026)
        w.ok("acts", "grant", "--kind", "authorisation", "--subject", "PE", "--meeting", vm, "--capability", "drafting")
    args = ("drafting", "propose", decl[:8], "--kind", "new_paragraph", "--new", "Texto del Perú.", "--as", pe[:8])
    if authorised:
        assert w.ok(*args).strip()
    else:
        w.refused("intro.observer_drafting", *args)


# --- A. The Vice-Ministers' Meeting ---------------------------------------------------------------


def _decision(w: World, body: str, rule: str = "A.executive") -> None:
    args = ("followup", "add", "--meeting", w.meeting(body)[:8], "--text", "Aprobar el plan.")
    if body == "viceministers":
        assert w.ok(*args).strip()
    else:
        w.refused(rule, *args)


def _host(w: World, ppt_host: bool) -> None:
    host = "GT" if ppt_host else "MX"  # GT holds the Presidency in 2027
    vm = w.new_meeting("viceministers", "2027-05-10T09:00", host, "XXXII Reunión Viceministerial")
    found = [x for x in w.warned("A.host", "--meeting", vm[:8])]
    assert bool(found) is not ppt_host
    if not ppt_host:
        inp = MeetingInput(
            "viceministers", "Viceministros en Buenos Aires", datetime(2028, 5, 1), datetime(2028, 5, 2), "AR"
        )
        w.refused_by_service("A.host", lambda ws: create_meeting(ws, inp))


def _yearly(w: World, year: int, expected: bool) -> None:
    found = [x for x in w.warned("A.yearly", "--year", str(year)) if x["rule"] == "warn.vm_missing"]
    assert bool(found) is expected


def _plenary(w: World) -> None:
    vm = w.meeting("viceministers", 2026)
    for who in (w.person(country="PE"), w.person(organisation="OIM"), w.person(organisation="RROCM")):
        code, _, err = w.run("accredit", "--meeting", vm[:8], "--person", who[:8])
        assert code == 0 or "already" in err, err


def _plenary_agenda(w: World, required: bool) -> None:
    vm = w.new_meeting("viceministers", "2027-05-10T09:00", "GT", "XXXII Reunión Viceministerial")
    agenda = w.service(lambda ws: agendas.create_agenda(ws, vm, "plenary"))
    items = w.items(vm)
    if required:
        item = next(i["id"] for i in items if i["required"] == "ppt_report")
        w.refused_by_service("A.plenary_agenda", lambda ws: agendas.remove_item(ws, item))
    else:
        extra = w.service(lambda ws: agendas.add_item(ws, agenda, ItemInput(title_es="Otros", title_en="Other")))
        w.service(lambda ws: agendas.remove_item(ws, extra))


def _closed_door_export(w: World) -> None:
    vm = w.meeting("viceministers", 2026)
    csv = w.tmp / "vm.csv"
    w.ok("participants", "export", "--meeting", vm[:8], "--out", str(csv))
    again = w.new_meeting("viceministers", "2027-05-10T09:00", "GT", "XXXII Reunión Viceministerial")
    w.ok("participants", "import", str(csv), "--meeting", again[:8])


def _closed_door_third(w: World) -> None:
    vm = w.meeting("viceministers", 2026)
    csv = w.tmp / "vm.csv"
    w.ok("participants", "export", "--meeting", vm, "--out", str(csv))
    rows = [r for r in csv.read_text("utf-8-sig").splitlines()[1:] if r.endswith("closed_door")]
    country = rows[0].split(",")[2]
    inside = {r.split(",")[0] for r in rows if r.split(",")[2] == country}
    third = next(p["id"] for p in w.json("people", "list") if p["country"] == country and p["name"] not in inside)
    w.refused("A.closed_door", "accredit", "--meeting", vm[:8], "--person", third[:8], "--segment", "closed-door")


def _topic(w: World, closed: bool) -> None:
    vm = w.meeting("viceministers", 2026)
    if closed:
        item = w.items(vm, "closed_door")[0]["id"]
        w.ok("agenda", "classify", item, "--topic", "future_actions")
    else:
        item = w.items(vm)[0]["id"]
        w.refused("A.closed_door_topics", "agenda", "classify", item, "--topic", "membership")


def _follow_ups(w: World) -> None:
    assert w.json("agenda", "follow-ups", "--meeting", w.meeting("viceministers", 2026)[:8])
    assert not w.json("agenda", "follow-ups", "--meeting", w.meeting("viceministers", 1996)[:8])  # nothing before it


def _preliminary(w: World, skip: bool) -> None:
    vm = w.new_meeting("viceministers", "2027-05-10T09:00", "GT", "XXXII Reunión Viceministerial")
    agenda = w.service(lambda ws: agendas.create_agenda(ws, vm, "plenary"))
    if skip:  # adopted without a preliminary version shared for input
        w.refused_by_service(
            "A.preliminary_agenda", lambda ws: agendas.set_agenda_status(ws, agenda, AgendaStatus.ADOPTED)
        )
    else:
        w.service(lambda ws: agendas.set_agenda_status(ws, agenda, AgendaStatus.PRELIMINARY))


def _objection(w: World, accredited: bool) -> None:
    grcm = w.meeting("grcm", 2027)
    st = w.person(organisation="ST", role="st_coordinator")
    doc = w.service(
        lambda ws: drafting.create_document(
            ws, DocumentInput(grcm, DocType.CONCLUSIONS, audience=Audience.PUBLIC), actor=st
        )
    )
    sv = w.person(country="SV", role="director_migration")
    w.ok("accredit", "--meeting", grcm[:8], "--person", sv[:8])
    who = sv if accredited else w.person(country="US", role="director_migration")
    args = ("drafting", "object", doc[:8], "--text", "No acompañamos el párrafo 2.", "--as", who[:8])
    if accredited:
        w.ok(*args)
    else:
        w.refused("A.consensus", *args)


# --- B. The Pro-Tempore Presidency ----------------------------------------------------------------


def _designation(w: World, consecutive: bool) -> None:
    vm = w.meeting("viceministers", 2026)
    country = "GT" if consecutive else "MX"  # GT holds 2027
    w.ok("handover", "candidacy", "--country", country, "--year", "2028", "--meeting", vm[:8])
    args = ("handover", "designate", "--country", country, "--year", "2028", "--meeting", vm[:8])
    if consecutive:
        w.refused("B.designation", *args)
    else:
        w.ok(*args)


def _candidacy(w: World, at_plenary: bool) -> None:
    meeting = w.meeting("viceministers" if at_plenary else "grcm", 2026)
    args = ("handover", "candidacy", "--country", "MX", "--year", "2028", "--meeting", meeting[:8])
    if at_plenary:
        w.ok(*args)
    else:
        w.refused("B.candidacy", *args)


def _convening(w: World, for_a_meeting: bool) -> None:
    net = w.meeting("network_trafficking", 2026, 1)
    args = ["acts", "grant", "--kind", "invitation", "--subject", "OIM"]
    if for_a_meeting:
        assert "Invitation recorded" in w.ok(*args, "--meeting", net[:8])
    else:
        w.refused("B.convening", *args)


def _directs(w: World, ppt_present: bool) -> None:
    grcm = w.new_meeting("grcm", "2027-09-14T09:00", "GT", "Reunión del GRCM (2.ª de 2027)")
    w.ok("accredit", "--meeting", grcm[:8], "--person", w.person(country="SV", role="director_migration")[:8])
    if ppt_present:
        w.ok("accredit", "--meeting", grcm[:8], "--person", w.person(country="GT", role="director_migration")[:8])
    assert bool(w.warned("B.directs", "--meeting", grcm[:8])) is not ppt_present
    if ppt_present:
        duties = w.json("handover", "pack", "--year", "2027")["duties"]
        assert any(RULES_BY_ID["B.directs"].source.sentence.en in d["source"] for d in duties)


def _drafting_group(w: World, accredited: bool) -> None:
    grcm = w.meeting("grcm", 2027)
    sv = w.person(country="SV", role="director_migration")
    if accredited:
        w.ok("accredit", "--meeting", grcm[:8], "--person", sv[:8])
        w.service(lambda ws: accreditation.name_drafting_representative(ws, grcm, sv))
    else:
        w.refused_by_service("B.drafting_group", lambda ws: accreditation.name_drafting_representative(ws, grcm, sv))


def _chair(w: World, ppt: bool) -> None:
    decl = w.document("Declaración de San José")
    mx = w.person(country="MX", role="vice_minister")
    out = w.ok("drafting", "propose", decl[:8], "--kind", "new_paragraph", "--new", "Texto nuevo.", "--as", mx[:8])
    proposal = out.split()[-1]
    who = w.person(country="CR", role="ppt_staff") if ppt else mx
    args = ("drafting", "accept", proposal, "--as", who[:8])
    if ppt:
        w.ok(*args)
    else:
        w.refused("B.heads_drafting", *args)


def _priorities(w: World, priority: bool) -> None:  # priority: a pending priority activity
    rows = w.json("poa", "list")
    if priority:
        pick = next(a for a in rows if a["priority"] and a["status"] in ("planned", "in_progress"))
    else:  # done already: nothing pending to fund
        pick = next(a for a in rows if a["priority"] and a["status"] == "done")
    args = ("poa", "funding", pick["id"][:8], "yes")
    if priority:
        w.ok(*args)
    else:
        w.refused("B.priorities", *args)


def _bearers(w: World, body: str) -> set[str]:
    meeting = w.meeting(body, 2026)
    w.run("logistics", "prepare", "--meeting", meeting[:8])
    return {i["bearer"] for i in w.json("logistics", "list", "--meeting", meeting[:8])["items"]}


def _costs(w: World) -> None:
    assert "ppt" in _bearers(w, "viceministers") and "ppt" in _bearers(w, "grcm")
    assert "ppt" not in _bearers(w, "seminar")


def _return_fund(w: World) -> None:
    duties = w.json("handover", "pack", "--year", "2027")["duties"]
    assert any(RULES_BY_ID["B.return_fund"].source.sentence.en in d["source"] for d in duties)


# --- C. The GRCM ----------------------------------------------------------------------------------


def _composition(w: World, director: bool) -> None:
    grcm = w.new_meeting("grcm", "2027-09-14T09:00", "GT", "Reunión del GRCM (2.ª de 2027)")
    people = [p for p in w.json("people", "list") if p["country"] == "GT"]
    who = next(p["id"] for p in people if ("director_migration" in p["roles"]) is director)
    w.ok("accredit", "--meeting", grcm[:8], "--person", who[:8])
    assert bool(w.warned("C.composition", "--meeting", grcm[:8])) is not director


def _recommendation(w: World, body: str, rule: str = "C.recommends") -> None:
    args = (
        "followup",
        "add",
        "--meeting",
        w.meeting(body, 2026)[:8],
        "--text",
        "Recomendar.",
        "--kind",
        "recommendation",
    )
    if body == "grcm":
        assert w.ok(*args).strip()
    else:
        w.refused(rule, *args)


def _twice(w: World, year: int, expected: bool) -> None:
    assert bool(w.warned("C.twice_a_year", "--year", str(year))) is expected


def _conclusions_offered(w: World) -> None:
    offered = w.json("agenda", "follow-ups", "--meeting", w.meeting("viceministers", 2026)[:8])
    assert {"conclusion", "recommendation"} & {o["kind"] for o in offered}


def _conclusions_elsewhere(w: World) -> None:
    _recommendation(w, "seminar", "C.conclusions")
    vm = w.meeting("viceministers", 2026)
    st = w.person(organisation="ST", role="st_coordinator")
    inp = DocumentInput(vm, DocType.CONCLUSIONS, audience=Audience.PUBLIC)
    w.refused_by_service("C.conclusions", lambda ws: drafting.create_document(ws, inp, actor=st))


def _poa_status(w: World, valid: bool) -> None:
    rows = w.json("poa", "list")
    done = next(a for a in rows if a["status"] == "done")
    planned = next(a for a in rows if a["status"] == "planned")
    if valid:
        w.ok("poa", "status", planned["id"][:8], "in_progress")
    else:
        w.refused("C.plan_of_action", "poa", "status", done["id"][:8], "planned")


def _work_plan_approval(w: World, at_grcm: bool) -> None:
    plan = w.ok(
        "workplans", "add", "--network", "network_consular", "--period", "2028-2029", "--title", "Plan 2028"
    ).split()[-1]
    w.ok("workplans", "submit", plan)
    meeting = w.meeting("grcm" if at_grcm else "viceministers", 2026)
    args = ("workplans", "approve", plan, "--meeting", meeting[:8])
    if at_grcm:
        w.ok(*args)
    else:
        w.refused("C.work_plans", *args)


def _st_item(w: World, required: bool) -> None:
    grcm = w.new_meeting("grcm", "2027-09-14T09:00", "GT", "Reunión del GRCM (2.ª de 2027)")
    agenda = w.service(lambda ws: agendas.create_agenda(ws, grcm, "plenary"))
    if required:
        item = next(i["id"] for i in w.items(grcm) if i["required"] == "st_admin_budget")
        w.refused_by_service("C.st_matters", lambda ws: agendas.remove_item(ws, item))
    else:
        extra = w.service(lambda ws: agendas.add_item(ws, agenda, ItemInput(title_es="Otros", title_en="Other")))
        w.service(lambda ws: agendas.remove_item(ws, extra))


def _grcm_observer(w: World, country: bool) -> None:
    conclusions = w.document("Conclusiones del GRCM")
    who = w.person(country="CO") if country else w.person(organisation="OIM", role="focal_point")
    args = ("drafting", "propose", conclusions[:8], "--kind", "new_paragraph", "--new", "Texto.", "--as", who[:8])
    if country:
        w.refused("C.observers", *args)
    else:
        assert w.ok(*args).strip()


# --- D. The networks ------------------------------------------------------------------------------


def _before_grcm(w: World, year: int, expected: bool) -> None:
    assert bool(w.warned("D.before_grcm", "--year", str(year))) is expected


def _network_plan(w: World, draft: bool) -> None:
    plans = w.json("workplans", "list")
    if draft:
        plan = w.ok(
            "workplans", "add", "--network", "network_trafficking", "--period", "2028-2029", "--title", "P"
        ).split()[-1]
    else:
        plan = next(p["id"] for p in plans if p["status"] == "approved")
    w.ok("workplans", "action", plan[:8], "--title", "Taller regional") if draft else None
    if not draft:
        w.refused("D.work_plan", "workplans", "add", "--network", "grcm", "--period", "2028", "--title", "P")


def _reports(w: World) -> None:
    docs = w.json("drafting", "list")
    assert any(d["type"] == "network_report" for d in docs)


def _network_guest(w: World, invited: bool) -> None:
    net = w.meeting("network_trafficking", 2026, 1)
    csv = w.tmp / "net.csv"
    w.ok("participants", "export", "--meeting", net, "--out", str(csv))
    present = {row.split(",")[0] for row in csv.read_text("utf-8-sig").splitlines()}
    invited_already = {a["subject"] for a in w.service(lambda ws: list_acts(ws, net))}
    guest = next(
        p
        for p in w.json("people", "list")
        if p["category"] == "observer_org" and p["organisation"] not in invited_already and p["name"] not in present
    )
    oim = str(guest["id"])
    if invited:
        w.ok("acts", "grant", "--kind", "invitation", "--subject", guest["organisation"], "--meeting", net[:8])
        w.ok("accredit", "--meeting", net[:8], "--person", oim[:8])
    else:
        w.refused("D.invited", "accredit", "--meeting", net[:8], "--person", oim[:8])


def _rrocm(w: World) -> None:
    net = w.meeting("network_consular", 2026, 1)
    w.ok("accredit", "--meeting", net[:8], "--person", w.person(organisation="RROCM")[:8])


# --- E. The Technical Secretariat -------------------------------------------------------------------


def _budget(w: World, by_vm: bool) -> None:
    meeting = w.meeting("viceministers" if by_vm else "grcm", 2026)
    args = ["budget", "approve", "--year", "2028", "--amount", "500000", "--meeting", meeting[:8]]
    if by_vm:
        w.ok(*args, "--segment", "closed_door", "--audience", "members")
    else:
        w.refused("E.budget", *args)


def _progress(w: World) -> None:
    assert w.json("progress-report", "--semester", "2026-1")


def _st_services(w: World) -> None:
    assert "st" in _bearers(w, "seminar") and "st" in _bearers(w, "viceministers")


def _quality(w: World, contracted: bool) -> None:
    vm = w.meeting("viceministers", 2026)
    items = w.json("logistics", "list", "--meeting", vm[:8])["items"]
    pick = next(i for i in items if (i["status"] == "contracted") is contracted and i["quality"] is None)
    args = ("logistics", "quality", pick["id"][:8], "ok")
    if contracted:
        w.ok(*args)
    else:
        w.refused("E.quality", *args)


# --- Notes ------------------------------------------------------------------------------------------


def _member(w: World, member: bool) -> None:
    args = ("handover", "candidacy", "--country", "MX" if member else "AR", "--year", "2028")
    vm = ("--meeting", w.meeting("viceministers", 2026)[:8])
    if member:
        w.ok(*args, *vm)
    else:
        w.refused("note1.members", *args, *vm)


def _opening(w: World, ppt_present: bool) -> None:
    seminar = w.new_meeting("seminar", "2027-06-01T09:00", "SV", "Taller regional")
    w.ok("accredit", "--meeting", seminar[:8], "--person", w.person(country="SV", role="director_migration")[:8])
    if ppt_present:
        w.ok("accredit", "--meeting", seminar[:8], "--person", w.person(country="GT", role="director_migration")[:8])
    assert bool(w.warned("note3.ppt_opening", "--meeting", seminar[:8])) is not ppt_present


SCENARIOS: dict[str, Scenario] = {
    "intro.themes": Scenario(_theme_ok, _theme_no),
    "intro.observer_agenda": Scenario(lambda w: _observer_item(w, True), lambda w: _observer_item(w, False)),
    "intro.observer_decisions": Scenario(lambda w: _observer_objects(w, False), lambda w: _observer_objects(w, True)),
    "intro.observer_drafting": Scenario(lambda w: _observer_drafts(w, True), lambda w: _observer_drafts(w, False)),
    "A.executive": Scenario(lambda w: _decision(w, "viceministers"), lambda w: _decision(w, "seminar")),
    "A.host": Scenario(lambda w: _host(w, True), lambda w: _host(w, False)),
    "A.yearly": Scenario(lambda w: _yearly(w, 2026, False), lambda w: _yearly(w, 1999, True)),
    "A.plenary": Scenario(_plenary),
    "A.plenary_agenda": Scenario(lambda w: _plenary_agenda(w, False), lambda w: _plenary_agenda(w, True)),
    "A.closed_door": Scenario(_closed_door_export, _closed_door_third),
    "A.closed_door_topics": Scenario(lambda w: _topic(w, True), lambda w: _topic(w, False)),
    "A.agenda_follow_up": Scenario(_follow_ups),
    "A.preliminary_agenda": Scenario(lambda w: _preliminary(w, False), lambda w: _preliminary(w, True)),
    "A.consensus": Scenario(lambda w: _objection(w, True), lambda w: _objection(w, False)),
    "B.designation": Scenario(lambda w: _designation(w, False), lambda w: _designation(w, True)),
    "B.candidacy": Scenario(lambda w: _candidacy(w, True), lambda w: _candidacy(w, False)),
    "B.convening": Scenario(lambda w: _convening(w, True), lambda w: _convening(w, False)),
    "B.directs": Scenario(lambda w: _directs(w, True), lambda w: _directs(w, False)),
    "B.drafting_group": Scenario(lambda w: _drafting_group(w, True), lambda w: _drafting_group(w, False)),
    "B.heads_drafting": Scenario(lambda w: _chair(w, True), lambda w: _chair(w, False)),
    "B.priorities": Scenario(lambda w: _priorities(w, True), lambda w: _priorities(w, False)),
    "B.costs": Scenario(_costs),
    "B.return_fund": Scenario(_return_fund),
    "C.composition": Scenario(lambda w: _composition(w, True), lambda w: _composition(w, False)),
    "C.recommends": Scenario(lambda w: _recommendation(w, "grcm")),
    "C.twice_a_year": Scenario(lambda w: _twice(w, 2026, False), lambda w: _twice(w, 2025, True)),
    "C.conclusions": Scenario(_conclusions_offered, _conclusions_elsewhere),
    "C.plan_of_action": Scenario(lambda w: _poa_status(w, True), lambda w: _poa_status(w, False)),
    "C.work_plans": Scenario(lambda w: _work_plan_approval(w, True), lambda w: _work_plan_approval(w, False)),
    "C.st_matters": Scenario(lambda w: _st_item(w, False), lambda w: _st_item(w, True)),
    "C.observers": Scenario(lambda w: _grcm_observer(w, False), lambda w: _grcm_observer(w, True)),
    "D.before_grcm": Scenario(lambda w: _before_grcm(w, 2026, False), lambda w: _before_grcm(w, 2012, True)),
    "D.work_plan": Scenario(lambda w: _network_plan(w, True), lambda w: _network_plan(w, False)),
    "D.reports": Scenario(_reports),
    "D.invited": Scenario(lambda w: _network_guest(w, True), lambda w: _network_guest(w, False)),
    "D.rrocm": Scenario(_rrocm),
    "E.budget": Scenario(lambda w: _budget(w, True), lambda w: _budget(w, False)),
    "E.progress_report": Scenario(_progress),
    "E.services": Scenario(_st_services),
    "E.quality": Scenario(lambda w: _quality(w, True), lambda w: _quality(w, False)),
    "note1.members": Scenario(lambda w: _member(w, True), lambda w: _member(w, False)),
    "note3.ppt_opening": Scenario(lambda w: _opening(w, True), lambda w: _opening(w, False)),
}


def test_every_rule_of_the_register_has_a_scenario() -> None:
    assert set(SCENARIOS) == set(RULES_BY_ID)
    for rule in RULES:
        has_refusal = bool(rule.refusals or rule.warnings)
        assert (SCENARIOS[rule.id].refused is not None) is has_refusal, rule.id


CASES = [
    (r.id, case)
    for r in RULES
    for case in ("allowed", "refused")
    if case == "allowed" or r.id not in SCENARIOS or SCENARIOS[r.id].refused is not None
]


@pytest.mark.parametrize(("rule", "case"), CASES)
def test_rule_scenario(
    rule: str, case: str, demo_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    scenario = SCENARIOS.get(rule)
    assert scenario is not None, f"rule {rule} has no scenario"
    step = scenario.allowed if case == "allowed" else scenario.refused
    assert step is not None
    step(World(demo_dir, capsys, tmp_path))
