"""Services of the between-meetings process, on a fresh workspace."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.app import (
    agendas,
    contributions,
    decisions,
    follow_up,
    handover,
    logistics,
    meetings,
    presidency,
    work_plans,
)
from crm_desktop.app import plan_of_action as poa
from crm_desktop.app.errors import BadInput, Refused
from crm_desktop.app.plan_of_action import ActivityInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Audience, MeetingStatus
from crm_desktop.domain.plan_of_action import Theme
from crm_desktop.store.schema import Changeset
from crm_desktop.store.tables.process import PoaIndicatorValue
from tests.helpers import meeting

SCALE = {
    "US": 2600,
    "CA": 2000,
    "MX": 1500,
    "CR": 600,
    "GT": 600,
    "PA": 600,
    "DO": 600,
    "SV": 400,
    "HN": 400,
    "NI": 350,
    "BZ": 350,
}


def _activity(ws: Workspace, **kw: object) -> str:
    fields: dict[str, object] = {
        "theme": "human_rights",
        "kind": "seminar",
        "title_es": "Seminario sobre niñez migrante",
        "responsible": "SV",
        "start": date(2026, 2, 1),
        "end": date(2026, 2, 28),
        "priority": True,
    }
    fields.update(kw)
    return poa.add_activity(ws, ActivityInput(**fields))  # type: ignore[arg-type]


class TestPlanOfAction:
    def test_themes_default_then_configured(self, ws: Workspace) -> None:
        assert [t.key for t in poa.themes(ws)] == ["policy_management", "human_rights", "migration_development"]
        aid = _activity(ws)
        with pytest.raises(BadInput):  # a theme still used cannot disappear
            poa.set_themes(ws, [Theme("axis_1", "Eje 1", "Axis 1")])
        poa.set_themes(ws, [*poa.themes(ws), Theme("axis_4", "Eje estratégico 4", "Strategic axis 4")])
        assert poa.themes(ws)[-1].name("en") == "Strategic axis 4"
        _activity(ws, theme="axis_4")
        assert {a["theme"] for a in poa.list_activities(ws)} == {"human_rights", "axis_4"}
        assert aid

    def test_bad_input_refused(self, ws: Workspace) -> None:
        with pytest.raises(BadInput):
            _activity(ws, theme="nope")
        with pytest.raises(BadInput):
            _activity(ws, kind="party")
        with pytest.raises(BadInput):
            _activity(ws, responsible="CO")  # an observer country is not responsible for the Plan
        with pytest.raises(Refused):
            _activity(ws, start=date(2026, 3, 1), end=date(2026, 2, 1))
        _activity(ws, responsible="network_consular")
        _activity(ws, responsible="ST")

    def test_funding_only_for_pending_priority_activities(self, ws: Workspace) -> None:
        pri = _activity(ws)
        other = _activity(ws, priority=False)
        poa.decide_funding(ws, pri, True, amount_cents=1_000_000, on=date(2026, 3, 18))
        with pytest.raises(Refused):
            poa.decide_funding(ws, other, True)
        assert [c["id"] for c in poa.funding_candidates(ws)] == [pri]
        poa.set_activity_status(ws, pri, "done", on=date(2026, 2, 28))
        with pytest.raises(Refused):
            poa.decide_funding(ws, pri, True)
        row = next(a for a in poa.list_activities(ws, as_of=date(2026, 6, 30)) if a["id"] == pri)
        assert (row["standing"], row["completed_on"], row["funding_cents"]) == ("done", "2026-02-28", 1_000_000)

    def test_removing_priority_clears_funding(self, ws: Workspace) -> None:
        aid = _activity(ws)
        poa.decide_funding(ws, aid, True)
        poa.set_priority(ws, aid, False)
        row = poa.list_activities(ws)[0]
        assert (row["priority"], row["needs_funding"]) == (False, False)

    def test_indicator_values_per_semester(self, ws: Workspace) -> None:
        iid = poa.add_indicator(ws, "human_rights", "Países con protocolo", baseline=5, target=11)
        poa.record_value(ws, iid, "2026-1", 7)
        poa.record_value(ws, iid, "2026-1", 8)  # a correction replaces the semester's value
        poa.record_value(ws, iid, "2026-2", 11)
        with ws.read() as s:
            assert len(s.scalars(select(PoaIndicatorValue)).all()) == 2
        first, second = poa.indicator_table(ws, "2026-1")[0], poa.indicator_table(ws, "2026-2")[0]
        assert (first["value"], first["progress"], first["previous_progress"]) == (8, 0.5, 0.0)
        assert (second["reached"], second["previous_progress"]) == (True, 0.5)
        with pytest.raises(BadInput):
            poa.record_value(ws, iid, "2026-3", 1)
        with pytest.raises(Refused):
            poa.add_indicator(ws, "human_rights", "Sin avance posible", baseline=2, target=2)


class TestFollowUp:
    def test_notes_history_and_overdue(self, ws: Workspace) -> None:
        vm = meeting(ws, "viceministers", start="2025-11-19")
        d = decisions.add_decision(ws, vm, "Actualizar el Plan de Acción.", owner="ST", due=date(2026, 10, 31))
        follow_up.set_status(ws, d, "in_progress", note="Matriz presentada", on=date(2026, 3, 17))
        follow_up.add_note(ws, d, "Informe remitido a los puntos focales.", on=date(2026, 7, 15))
        with pytest.raises(BadInput):
            follow_up.add_note(ws, d, "  ")
        with pytest.raises(Refused):
            follow_up.set_status(ws, d, "dropped")
        h = follow_up.history(ws, d)
        assert h["changes"] == [{"on": "2026-03-17", "from": "open", "to": "in_progress", "note": "Matriz presentada"}]
        assert [n["text"] for n in h["notes"]] == ["Informe remitido a los puntos focales."]
        late = follow_up.actions(ws, as_of=date(2026, 11, 10), only_overdue=True)
        assert [(a["id"], a["days_overdue"], a["notes"]) for a in late] == [(d, 10, 1)]
        assert follow_up.actions(ws, as_of=date(2026, 10, 1), only_overdue=True) == []

    def test_follow_up_of_a_closed_door_decision_stays_behind_closed_doors(self, ws: Workspace) -> None:
        """Seed, A: in the closed-door meeting "se toman decisiones respecto a asuntos administrativos y
        financieros relacionados con la Secretaría Técnica": their follow-up travels no further."""
        vm = meeting(ws, "viceministers", start="2025-11-19")
        closed = decisions.add_decision(ws, vm, "Revisar la escala de contribuciones.", audience=Audience.CLOSED_DOOR)
        public = decisions.add_decision(ws, vm, "Adoptar la Declaración.")
        assert follow_up.decision_audience(ws, closed) == "closed_door"
        follow_up.add_note(ws, closed, "La ST prepara una propuesta de escala.")
        follow_up.set_status(ws, closed, "in_progress")
        follow_up.set_status(ws, public, "done")
        with ws.read() as s:
            audiences = [c.audience for c in s.scalars(select(Changeset).order_by(Changeset.seq))][-3:]
        assert audiences == ["closed_door", "closed_door", "public"]

    def test_existing_status_service_keeps_working_and_is_recorded(self, ws: Workspace) -> None:
        vm = meeting(ws, "viceministers", start="2025-11-19")
        d = decisions.add_decision(ws, vm, "Aprobar el presupuesto.")
        decisions.set_decision_status(ws, d, "done")
        assert decisions.decisions_of(ws, vm)[0]["status"] == "done"
        assert [c["to"] for c in follow_up.history(ws, d)["changes"]] == ["done"]

    def test_actions_in_progress_are_still_carried_over(self, ws: Workspace) -> None:
        old = meeting(ws, "grcm", start="2026-03-10")
        new = meeting(ws, "grcm", start="2026-09-10")
        a = decisions.add_decision(ws, old, "Instar a las Redes.", kind="recommendation")
        b = decisions.add_decision(ws, old, "Informe del fondo.", kind="recommendation")
        c = decisions.add_decision(ws, old, "Tomar nota.", kind="recommendation")
        follow_up.set_status(ws, b, "in_progress")
        follow_up.set_status(ws, c, "done")
        assert {p["id"] for p in agendas.pending_follow_ups(ws, new)} == {a, b}

    def test_grcm_follows_up_the_vice_ministers_decisions(self, ws: Workspace) -> None:
        """Seed, C: the GRCM "implementa y monitorea las acciones decididas por ellos" (the Vice-Ministers)."""
        vm = meeting(ws, "viceministers", start="2025-11-19")
        grcm = meeting(ws, "grcm", start="2026-03-17")
        net = meeting(ws, "network_consular", start="2026-03-16")
        d = decisions.add_decision(ws, vm, "Fortalecer la protección consular.", owner="network_consular")
        assert [p["id"] for p in agendas.pending_follow_ups(ws, grcm)] == [d]
        assert agendas.pending_follow_ups(ws, net) == []


class TestWorkPlans:
    def test_draft_submit_approve_at_grcm(self, ws: Workspace) -> None:
        grcm = meeting(ws, "grcm", start="2026-03-17")
        vm = meeting(ws, "viceministers", start="2026-05-10")
        pid = work_plans.create_plan(ws, "network_consular", "2026-2027", "Plan de Trabajo")
        a1 = work_plans.add_action(ws, pid, "Directorio de consulados", responsible="ST", due=date(2026, 5, 31))
        work_plans.add_action(ws, pid, "Protocolo de niñez", responsible="SV", due=date(2026, 10, 31))
        with pytest.raises(Refused):  # not yet examined with the ST
            work_plans.approve(ws, pid, grcm)
        work_plans.submit(ws, pid, st_note="Examinado con la ST", on=date(2026, 3, 2))
        with pytest.raises(Refused):  # the Vice-Ministers do not approve work plans
            work_plans.approve(ws, pid, vm)
        with pytest.raises(Refused):  # the GRCM meeting has not even been convened
            work_plans.approve(ws, pid, grcm)
        meetings.set_status(ws, grcm, MeetingStatus.CONVENED)
        work_plans.approve(ws, pid, grcm)
        with pytest.raises(Refused):
            work_plans.add_action(ws, pid, "Otra acción")
        work_plans.set_action_status(ws, a1, "done")
        with pytest.raises(Refused):
            work_plans.set_action_status(ws, a1, "finished")
        plan = work_plans.list_plans(ws, as_of=date(2026, 11, 1))[0]
        assert (plan["status"], plan["approved_at_meeting_id"], plan["approved_on"]) == ("approved", grcm, "2026-03-17")
        assert (plan["actions"], plan["done"], plan["overdue"]) == (2, 1, 1)

    def test_only_networks(self, ws: Workspace) -> None:
        with pytest.raises(Refused):
            work_plans.create_plan(ws, "grcm", "2026", "Plan")


class TestContributions:
    def _setup(self, ws: Workspace) -> str:
        vm = meeting(ws, "viceministers", start="2025-11-19")
        contributions.set_scale(ws, 2024, SCALE)
        contributions.approve_budget(ws, 2026, 42_000_000, vm)
        return vm

    def test_expected_paid_and_arrears(self, ws: Workspace, tmp_path: Path) -> None:
        self._setup(ws)
        expected = contributions.expected_for(ws, 2026)
        assert sum(expected.values()) == 42_000_000
        for code, cents in expected.items():
            contributions.record_payment(ws, code, 2026, cents // 2 if code == "NI" else cents, on=date(2026, 2, 1))
        status = contributions.status(ws, as_of=date(2026, 11, 27))
        assert status["arrears"] == {"NI": expected["NI"] - expected["NI"] // 2}
        assert status["years"][0]["approved_at"].startswith("Reunión viceministers")
        assert contributions.status(ws, as_of=date(2026, 5, 1))["arrears"] == {}
        n = contributions.write_csv(ws, tmp_path / "c.csv", as_of=date(2026, 11, 27))
        rows = list(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8")))
        assert n == 11 and len(rows) == 11
        ni = next(r for r in rows if r["country"] == "NI")
        assert (ni["expected"], ni["paid"], ni["in_arrears"]) == ("14700.00", "7350.00", "yes")

    def test_versioned_scale(self, ws: Workspace) -> None:
        vm = self._setup(ws)
        contributions.approve_budget(ws, 2027, 42_000_000, vm)
        contributions.set_scale(ws, 2027, {**SCALE, "US": 2500, "MX": 1600})
        assert contributions.expected_for(ws, 2026)["US"] == 10_920_000
        assert contributions.expected_for(ws, 2027)["US"] == 10_500_000

    def test_rules_and_audience(self, ws: Workspace) -> None:
        grcm = meeting(ws, "grcm", start="2025-09-10")
        with pytest.raises(Refused):  # the budget is approved by the Vice-Ministers
            contributions.approve_budget(ws, 2026, 1_000, grcm)
        with pytest.raises(Refused):
            contributions.set_scale(ws, 2024, {**SCALE, "US": 100})
        with pytest.raises(Refused):
            contributions.record_payment(ws, "CO", 2026, 100)
        with pytest.raises(Refused):
            contributions.record_payment(ws, "MX", 2026, 100, audience="public")
        with pytest.raises(Refused):
            contributions.expected_for(ws, 2026)
        self._setup(ws)
        contributions.record_payment(ws, "MX", 2026, 100, audience="members")
        with ws.read() as s:
            audiences = [c.audience for c in s.scalars(select(Changeset).order_by(Changeset.seq))]
        # scale, budget (secretariat by default), then the payment recorded for the members
        assert audiences[-3:] == ["secretariat", "secretariat", "members"]


class TestLogistics:
    def test_checklist_supplier_cost_quality(self, ws: Workspace) -> None:
        vm = meeting(ws, "viceministers", start="2026-11-18")
        made = logistics.prepare_checklist(ws, vm)
        assert len(made) == 13 and logistics.prepare_checklist(ws, vm) == []
        items = {i["item"]: i for i in logistics.checklist(ws, vm)["items"]}
        assert items["lodging"]["bearer"] == "ppt" and items["interpretation"]["bearer"] == "st"
        assert items["interpretation"]["label"] == "Interpretación español-inglés-español"
        with pytest.raises(Refused):
            logistics.update_item(ws, items["sound"]["id"], status="contracted")
        with pytest.raises(Refused):
            logistics.quality_check(ws, items["sound"]["id"], "ok")
        logistics.update_item(ws, items["sound"]["id"], supplier="Audio CR", cost_cents=260_000, status="delivered")
        logistics.update_item(ws, items["lodging"]["id"], supplier="Hotel", cost_cents=1_850_000, status="contracted")
        with pytest.raises(Refused):
            logistics.quality_check(ws, items["sound"]["id"], "deficient")
        logistics.quality_check(ws, items["sound"]["id"], "deficient", note="Sin micrófonos de respaldo")
        data = logistics.checklist(ws, vm, lang="en")
        assert data["totals"] == {"ppt": 1_850_000, "st": 260_000}
        assert data["awaiting_quality_check"] == ["lodging"]
        assert data["items"][0]["label"] == "Lodging for the Vice-Ministers"


class TestHandover:
    def test_rotation_and_pack(self, ws: Workspace) -> None:
        vm_prev = meeting(ws, "viceministers", start="2025-11-19", host="HN")
        vm = meeting(ws, "viceministers", start="2026-11-18")
        for code, year, at in (("CR", 2026, vm_prev), ("GT", 2027, vm)):
            presidency.announce_candidacy(ws, code, year, at)
            presidency.designate(ws, code, year, meeting_id=at)
        handover.plan_rotation(ws, 2027, "MX")
        handover.plan_rotation(ws, 2028, "MX")
        with pytest.raises(Refused):
            handover.plan_rotation(ws, 2029, "CO")
        rot = handover.rotation(ws, lang="en")
        assert [y["year"] for y in rot["years"]] == [2026, 2027, 2028]
        assert any("foresees MX for 2027" in w for w in rot["warnings"])
        d = decisions.add_decision(ws, vm_prev, "Seguimiento pendiente.", owner="GRCM", due=date(2026, 10, 31))
        _activity(ws, end=date(2026, 12, 15))
        upcoming = meeting(ws, "grcm", start="2027-03-16", host="GT")
        pack = handover.handover_pack(ws, 2026, as_of=date(2026, 11, 27), lang="es")
        assert pack["troika"]["current"] == "CR" and pack["troika"]["next"] == "GT"
        assert pack["troika"]["next_name"] == "Guatemala"
        assert [a["id"] for a in pack["open_actions"]] == [d] and pack["open_actions"][0]["overdue"]
        assert [m["id"] for m in pack["upcoming_meetings"]] == [upcoming]
        assert pack["pending_activities"][0]["responsible_name"] == "El Salvador"
        handover.write_json(pack, Path(ws.directory) / "pack.json")
        assert (Path(ws.directory) / "pack.json").read_text(encoding="utf-8").startswith("{")
