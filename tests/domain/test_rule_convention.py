"""One rule convention: every rule answers with a Verdict; services refuse through one require()."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from crm_desktop.app.errors import Refused
from crm_desktop.app.refusals import require
from crm_desktop.domain import contributions, drafting_rules, follow_up, handover, logistics, work_plans
from crm_desktop.domain import plan_of_action as poa
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.rules import ALLOWED, Verdict, refuse
from crm_desktop.drafting import negotiation as neg

T0 = datetime(2026, 11, 10, 9, 0)


def test_require_raises_the_rules_own_message() -> None:
    require(ALLOWED)
    with pytest.raises(Refused) as err:
        require(refuse(msg("draft.chair_only")))
    assert err.value.message.code == "draft.chair_only" and err.value.exit_code == 3


@pytest.mark.parametrize(
    "verdict",
    [
        contributions.budget_approval("grcm"),
        contributions.budget_audience("public"),
        handover.rotation_entry("CO"),
        logistics.status_change("pending", "contracted", None),
        follow_up.status_change("open", "open", None),
        poa.validate_dates(T0.date(), (T0 - timedelta(days=1)).date()),
        work_plans.action_editable(work_plans.PlanStatus.APPROVED, adding=True),
    ],
)
def test_process_rules_answer_with_a_verdict(verdict: Verdict) -> None:
    assert isinstance(verdict, Verdict) and not verdict.allowed and verdict.reason is not None


def test_drafting_rules_for_creation_objections_silence_and_versions() -> None:
    code = lambda v: v.reason.code if v.reason else None  # noqa: E731
    assert code(drafting_rules.may_create(("grcm",), "Conclusiones", "viceministers", Audience.PUBLIC)) == (
        "draft.wrong_body"
    )
    assert code(drafting_rules.may_create(("grcm",), "Conclusiones", "grcm", Audience.CLOSED_DOOR)) == (
        "draft.closed_door_only"
    )
    assert drafting_rules.may_create(("viceministers",), "Declaración", "viceministers", Audience.CLOSED_DOOR).allowed
    assert code(drafting_rules.objection_text("  ")) == "draft.objection_needs_text"
    assert code(drafting_rules.silence_deadline(T0, T0)) == "draft.silence_deadline_past"
    silence = drafting_rules.Silence(T0, T0 + timedelta(days=2))
    assert code(drafting_rules.silence_adoption(silence, [], T0 + timedelta(days=1))) == "draft.silence_running"
    objection = drafting_rules.Objection("MX", "No.", T0 + timedelta(hours=1))
    broken = drafting_rules.silence_adoption(silence, [objection], T0 + timedelta(days=3))
    assert code(broken) == "draft.silence_broken" and "MX" in broken.reason.render("en")  # type: ignore[union-attr]
    assert drafting_rules.silence_adoption(silence, [], T0 + timedelta(days=3)).allowed
    assert code(drafting_rules.version_label_free("Rev.1", ["Rev.1"])) == "draft.version_label_taken"


def test_proposal_rules() -> None:
    assert not neg.Amendment(neg.ProposalKind.REPLACE, old="a", new="a").well_formed().allowed
    assert neg.Amendment(neg.ProposalKind.INSERT, new="b").well_formed().allowed
    assert neg.proposal_open("open").allowed
    assert neg.proposal_open("accepted").reason == msg("draft.proposal_closed", status=msg("state.proposal.accepted"))
    assert neg.may_withdraw("MX", "open", "GT").reason == msg("draft.not_own_delegation", delegation="MX")


def test_money_and_action_status_rules() -> None:
    members = ["MX", "GT"]
    assert contributions.payment("MX", 100, members).allowed
    assert contributions.payment("CO", 100, members).reason == msg("budget.not_member_payment", country="CO")
    assert contributions.payment("MX", 0, members).reason == msg("budget.bad_amount", text="0.00")
    assert contributions.positive_amount(-5).reason == msg("budget.bad_amount", text="-0.05")
    assert work_plans.action_status("done").allowed
    assert not work_plans.action_status("finished").allowed
