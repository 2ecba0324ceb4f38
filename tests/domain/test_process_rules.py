"""Rules and calculations of the between-meetings process, each test citing the seed sentence it checks."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain import contributions as money
from crm_desktop.domain import follow_up, handover, logistics, work_plans
from crm_desktop.domain import plan_of_action as poa
from crm_desktop.domain.model import Audience
from crm_desktop.domain.reference import default_process_config, member_codes

CFG = default_process_config()
MEMBERS = member_codes()


# --- Plan of Action -----------------------------------------------------------------------------


def test_default_themes_are_the_seeds_three() -> None:
    """Seed: "La CRM divide su agenda y Plan de Acción bajo los siguientes temas: Políticas migratorias y
    Gestión; Derechos Humanos; y Migración y Desarrollo."
    """
    assert [t.name_es for t in poa.default_themes()] == [
        "Políticas migratorias y gestión",
        "Derechos humanos",
        "Migración y desarrollo",
    ]


def test_activity_kinds_are_the_seeds_four() -> None:
    """Seed, C: the Plan of Action "incluye el intercambio de información, los seminarios, las capacitaciones y
    los proyectos"."""
    assert [k.key for k in poa.activity_kinds()] == ["information_exchange", "seminar", "training", "project"]


class TestSemester:
    """Seed, E: the report "deberá ser remitido semestralmente entre las reuniones del GRCM"."""

    def test_parse_bounds_and_previous(self) -> None:
        s = poa.Semester.parse("2026-1")
        assert (s.start, s.end) == (date(2026, 1, 1), date(2026, 6, 30))
        assert str(s.previous()) == "2025-2"
        assert str(poa.Semester.parse("2026-2").previous()) == "2026-1"
        assert poa.Semester.of(date(2026, 7, 1)) == poa.Semester(2026, 2)

    @pytest.mark.parametrize("bad", ["2026-3", "2026", "26-1", "2026-01", ""])
    def test_bad_text_refused(self, bad: str) -> None:
        with pytest.raises(ValueError):
            poa.Semester.parse(bad)

    def test_labels_in_both_languages(self) -> None:
        s = poa.Semester(2026, 2)
        assert s.label("es") == "segundo semestre de 2026" and s.label("en") == "second half of 2026"


class TestIndicatorProgress:
    """Seed, E: the report on the Plan "contenga indicadores específicos de progreso"."""

    def test_rising_target(self) -> None:
        assert poa.indicator_progress(0, 300, 120) == pytest.approx(0.4)

    def test_falling_target_counts_the_fall_as_progress(self) -> None:
        # Days of consular response: from 20 down to 7; at 14, 6 of 13 days are gained.
        assert poa.indicator_progress(20, 7, 14) == pytest.approx(6 / 13)

    def test_clamped_and_missing(self) -> None:
        assert poa.indicator_progress(0, 10, 15) == 1.0
        assert poa.indicator_progress(5, 10, 2) == 0.0
        assert poa.indicator_progress(5, 10, None) == 0.0

    def test_latest_value_not_after_the_semester_counts(self) -> None:
        values = {"2025-2": 4, "2026-1": 8, "2026-2": 9}
        at = poa.progress_at(3, 11, values, poa.Semester(2026, 1))
        assert (at.value, at.measured_in, at.reached) == (8, "2026-1", False)
        assert poa.progress_at(3, 11, values, poa.Semester(2025, 1)).value is None
        assert poa.progress_at(3, 11, {"2026-1": 11}, poa.Semester(2027, 2)).reached

    @given(
        st.floats(-1e6, 1e6, allow_nan=False),
        st.floats(-1e6, 1e6, allow_nan=False),
        st.floats(-1e6, 1e6, allow_nan=False),
    )
    def test_progress_always_between_zero_and_one(self, baseline: float, target: float, value: float) -> None:
        assert 0.0 <= poa.indicator_progress(baseline, target, value) <= 1.0

    def test_target_equal_to_baseline_refused(self) -> None:
        assert not poa.validate_indicator("x", 3, 3).allowed
        assert not poa.validate_indicator(" ", 0, 3).allowed
        assert poa.validate_indicator("x", 0, 3).allowed


def _act(
    status: str = "planned", *, priority: bool = True, end: date | None = None, done: date | None = None
) -> poa.ActivityFacts:
    return poa.ActivityFacts("a", poa.ActivityStatus(status), priority, end=end, completed_on=done)


class TestFunding:
    """Seed, B: the PPT "determina, en consulta con los Países Miembros, las actividades prioritarias identificadas
    en el Plan de Acción que se encuentren pendientes y que requieren financiamiento para realizarlas."
    """

    def test_pending_priority_activity_may_need_funding(self) -> None:
        assert poa.funding_decision(_act("planned"), True).allowed
        assert poa.funding_decision(_act("in_progress"), True).allowed

    def test_non_priority_refused(self) -> None:
        refusal = poa.funding_decision(_act(priority=False), True).reason
        assert refusal is not None and refusal.code == "poa.funding_not_priority"

    def test_done_activity_refused_but_flag_can_always_be_cleared(self) -> None:
        refusal = poa.funding_decision(_act("done"), True).reason
        assert refusal is not None and refusal.code == "poa.funding_not_pending"
        assert poa.funding_decision(_act("done", priority=False), False).allowed

    def test_candidates_are_pending_priority_activities(self) -> None:
        acts = [
            _act("planned"),
            _act("done"),
            _act("planned", priority=False),
            poa.ActivityFacts("b", poa.ActivityStatus.IN_PROGRESS, True),
        ]
        assert [a.id for a in poa.funding_candidates(acts)] == ["a", "b"]


class TestStanding:
    def test_done_delayed_pending(self) -> None:
        day = date(2026, 6, 30)
        assert poa.standing(_act("done", done=date(2026, 5, 1)), day) == poa.Standing.DONE
        assert poa.standing(_act("planned", end=date(2026, 5, 31)), day) == poa.Standing.DELAYED
        assert poa.standing(_act("in_progress", end=date(2026, 12, 31)), day) == poa.Standing.PENDING
        assert poa.standing(_act("cancelled"), day) == poa.Standing.CANCELLED

    def test_completed_after_the_date_was_still_open_then(self) -> None:
        late = _act("done", end=date(2026, 5, 31), done=date(2026, 8, 1))
        assert poa.standing(late, date(2026, 6, 30)) == poa.Standing.DELAYED
        assert poa.standing(late, date(2026, 12, 31)) == poa.Standing.DONE


# --- budget and contributions -------------------------------------------------------------------

SCALE = money.Scale(
    2024,
    {
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
    },
)


class TestContributions:
    """Seed, E: the ST "tiene un presupuesto anual aprobado por los Viceministros/as el cual se cubre con los
    aportes de los Países Miembros con base en una escala de contribuciones predefinida."
    """

    def test_shares_sum_to_the_budget(self) -> None:
        expected = money.expected_contributions(42_000_000, SCALE)
        assert sum(expected.values()) == 42_000_000
        assert expected["US"] == 10_920_000 and expected["NI"] == 1_470_000

    @given(
        st.integers(0, 10**11),
        st.lists(st.integers(0, 5000), min_size=11, max_size=11).filter(lambda xs: sum(xs) > 0),
    )
    def test_shares_sum_to_the_budget_for_any_scale(self, budget: int, weights: list[int]) -> None:
        # Turn arbitrary weights into a valid scale of basis points adding up to 10 000.
        total = sum(weights)
        bps = [w * money.FULL_SCALE // total for w in weights]
        bps[0] += money.FULL_SCALE - sum(bps)
        scale = money.Scale(2020, dict(zip(MEMBERS, bps, strict=True)))
        assert money.validate_scale(scale.shares, MEMBERS).allowed
        expected = money.expected_contributions(budget, scale)
        assert sum(expected.values()) == budget
        for code, cents in expected.items():
            exact = budget * scale.shares[code] / money.FULL_SCALE
            assert abs(cents - exact) < 1

    def test_scale_must_add_to_100_and_cover_members_only(self) -> None:
        assert money.validate_scale(dict(SCALE.shares), MEMBERS).allowed
        short = {**SCALE.shares, "US": 2500}
        refusal = money.validate_scale(short, MEMBERS).reason
        assert refusal is not None and "99.00" in refusal.render("en")
        with_observer = {**SCALE.shares, "US": 2500, "CO": 100}
        refusal = money.validate_scale(with_observer, MEMBERS).reason
        assert refusal is not None and refusal.code == "budget.scale_not_member"

    def test_newer_scale_applies_from_its_year(self) -> None:
        newer = money.Scale(2026, {**SCALE.shares, "US": 2500, "MX": 1600})
        assert money.scale_for([SCALE, newer], 2025) is SCALE
        assert money.scale_for([SCALE, newer], 2026) is newer
        assert money.scale_for([SCALE, newer], 2031) is newer
        assert money.scale_for([SCALE, newer], 2023) is None

    def test_arrears_are_unpaid_balances_past_due(self) -> None:
        rows = money.standings(
            {2025: 1_000_000, 2026: 1_000_000},
            [SCALE],
            [
                (c, y, money.expected_contributions(1_000_000, SCALE)[c])
                for c in MEMBERS
                for y in (2025, 2026)
                if (c, y) != ("NI", 2025)
            ]
            + [("NI", 2025, 10_000)],
        )
        expected_ni = money.expected_contributions(1_000_000, SCALE)["NI"]
        assert money.arrears(rows, date(2025, 6, 30)) == {}  # due date itself: not yet late
        assert money.arrears(rows, date(2025, 7, 1)) == {"NI": expected_ni - 10_000}
        assert money.arrears(rows, date(2027, 1, 1)) == {"NI": expected_ni - 10_000}

    def test_budget_approved_by_the_vice_ministers_only(self) -> None:
        assert money.budget_approval("viceministers").allowed
        assert not money.budget_approval("grcm").allowed

    @pytest.mark.parametrize("audience", [Audience.PUBLIC, Audience.CLOSED_DOOR, "observers"])
    def test_budget_figures_never_public(self, audience: str) -> None:
        """Seed, A: in the closed-door meeting "se toman decisiones respecto a asuntos administrativos y
        financieros relacionados con la Secretaría Técnica"."""
        assert not money.budget_audience(str(audience)).allowed

    @pytest.mark.parametrize("audience", [Audience.SECRETARIAT, Audience.MEMBERS])
    def test_budget_figures_for_st_and_members(self, audience: Audience) -> None:
        assert money.budget_audience(str(audience)).allowed

    def test_money_parsing_and_formatting(self) -> None:
        assert money.parse_money("125000.5") == 12_500_050
        assert money.parse_money("1,250") == 125_000
        for bad in ("-3", "1.234", "abc", ""):
            with pytest.raises(ValueError):
                money.parse_money(bad)
        assert money.format_money(12_500_050) == "125,000.50"
        assert money.parse_share("12.5") == 1250


# --- work plans ---------------------------------------------------------------------------------


class TestWorkPlans:
    """Seed, C: the GRCM "examina, en coordinación con la Secretaría Técnica, y aprueba los Planes de Trabajo de
    la Red de Funcionarios de Enlace para el Combate a la Trata y al Tráfico Ilícito y la Red de Funcionarios de
    Enlace de Protección Consular"."""

    def test_only_networks_draw_up_work_plans(self) -> None:
        assert work_plans.plan_owner(CFG, "network_trafficking").allowed
        assert work_plans.plan_owner(CFG, "network_consular").allowed
        assert not work_plans.plan_owner(CFG, "grcm").allowed
        assert not work_plans.plan_owner(CFG, "nowhere").allowed

    def test_approval_only_by_the_grcm(self) -> None:
        submitted = work_plans.PlanStatus.SUBMITTED
        assert work_plans.approval(submitted, "grcm", "held").allowed
        for body in ("viceministers", "network_trafficking", "seminar"):
            refusal = work_plans.approval(submitted, body, "held").reason
            assert refusal is not None and refusal.code == "workplan.approve_only_grcm"

    def test_approval_after_examination_with_the_st(self) -> None:
        refusal = work_plans.approval(work_plans.PlanStatus.DRAFT, "grcm", "held").reason
        assert refusal is not None and refusal.code == "workplan.bad_transition"
        refusal = work_plans.approval(work_plans.PlanStatus.SUBMITTED, "grcm", "planned").reason
        assert refusal is not None and refusal.code == "workplan.meeting_not_convened"

    def test_approved_plan_is_monitored_not_extended(self) -> None:
        """Seed, D: the networks "se dedican a desarrollar y realizar su respectivo Plan de Trabajo, una vez que
        éste tiene la aprobación del GRCM"."""
        assert not work_plans.action_editable(work_plans.PlanStatus.APPROVED, adding=True).allowed
        assert work_plans.action_editable(work_plans.PlanStatus.APPROVED, adding=False).allowed
        assert not work_plans.transition(work_plans.PlanStatus.APPROVED, work_plans.PlanStatus.DRAFT).allowed


# --- follow-up ----------------------------------------------------------------------------------


class TestFollowUp:
    """Seed, C: the GRCM "implementa y monitorea las acciones decididas por ellos"; seed, A: agendas take
    into account "el seguimiento necesario de las Reuniones anteriores"."""

    def test_overdue(self) -> None:
        day = date(2026, 11, 1)
        assert follow_up.overdue(follow_up.ActionFacts("open", date(2026, 10, 31)), day)
        assert follow_up.days_overdue(follow_up.ActionFacts("in_progress", date(2026, 10, 22)), day) == 10
        assert not follow_up.overdue(follow_up.ActionFacts("done", date(2026, 10, 31)), day)
        assert not follow_up.overdue(follow_up.ActionFacts("open", None), day)
        assert not follow_up.overdue(follow_up.ActionFacts("open", day), day)

    def test_sources_of_follow_up(self) -> None:
        assert follow_up.follow_up_sources("grcm") == {"grcm", "viceministers"}
        assert follow_up.follow_up_sources("viceministers") == {"viceministers"}

    def test_status_changes(self) -> None:
        assert follow_up.status_change("open", "in_progress", None).allowed
        assert not follow_up.status_change("open", "open", None).allowed
        assert not follow_up.status_change("open", "finished", None).allowed
        drop = follow_up.status_change("open", "dropped", " ").reason
        assert drop is not None and drop.code == "followup.drop_needs_note"
        assert follow_up.status_change("open", "dropped", "superseded by decision 4").allowed


# --- logistics ----------------------------------------------------------------------------------


class TestLogistics:
    """Seed, B: the PPT "asume gastos de organización de las Reuniones de Viceministros y del GRCM, los cuales
    contemplan, al menos: hospedaje y algunas cortesías para los Viceministros/as, alguna alimentación
    (coffee-breaks), salones de reunión, logística, transporte, personal de apoyo, seguridad, equipo de cómputo,
    material de oficina". Seed, E: the ST "cubre los costos asociados a los servicios de sonido, interpretación y
    traducción español-ingles-español" and "verifica la calidad de los servicios contratados"."""

    def test_vice_ministers_checklist_splits_ppt_and_st_items(self) -> None:
        items = dict(logistics.checklist_items(CFG, "viceministers"))
        assert {k for k, v in items.items() if v == "st"} == {"sound", "interpretation", "translation"}
        assert {k for k, v in items.items() if v == "ppt"} == {
            "lodging",
            "courtesies",
            "coffee_breaks",
            "meeting_rooms",
            "logistics",
            "transport",
            "support_staff",
            "security",
            "computers",
            "office_material",
        }

    def test_seminar_gets_only_the_st_services(self) -> None:
        assert {b for _, b in logistics.checklist_items(CFG, "seminar")} == {"st"}

    def test_quality_check_of_contracted_services(self) -> None:
        assert logistics.quality_check("contracted", "ok", None).allowed
        assert not logistics.quality_check("pending", "ok", None).allowed
        assert not logistics.quality_check("delivered", "deficient", None).allowed
        assert logistics.quality_check("delivered", "deficient", "no backup booth").allowed
        assert not logistics.quality_check("delivered", "great", None).allowed

    def test_contracting_needs_a_supplier(self) -> None:
        assert not logistics.status_change("pending", "contracted", None).allowed
        assert logistics.status_change("pending", "contracted", "Audio CR").allowed
        assert not logistics.status_change("cancelled", "delivered", "Audio CR").allowed


# --- handover -----------------------------------------------------------------------------------


class TestHandover:
    """Seed, B: the PPT "es designada por consenso de los Países Miembros de la Conferencia, dentro de un esquema
    rotativo anual"."""

    def test_troika(self) -> None:
        t = handover.troika({2025: "HN", 2026: "CR", 2027: "GT"}, 2026)
        assert (t.previous, t.current, t.next) == ("HN", "CR", "GT")

    def test_rotation_warnings(self) -> None:
        codes = [m.code for m in handover.rotation_warnings({2027: "MX", 2028: "MX"}, {2027: "GT"})]
        assert codes == ["handover.plan_differs"]
        codes = [m.code for m in handover.rotation_warnings({2028: "GT"}, {2027: "GT"})]
        assert codes == ["handover.not_rotating"]

    def test_only_members_in_the_rotation(self) -> None:
        assert handover.rotation_entry("GT").allowed
        assert not handover.rotation_entry("CO").allowed


@given(st.integers(0, 10**13))
def test_money_text_round_trip(cents: int) -> None:
    assert money.parse_money(money.format_money(cents)) == cents


@given(st.integers(0, 10_000))
def test_share_text_round_trip(bp: int) -> None:
    assert money.parse_share(f"{bp // 100}.{bp % 100:02d}") == bp
