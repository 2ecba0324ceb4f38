"""The CRM's rules, each test citing the sentence of the seed text it checks."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain import rules
from crm_desktop.domain.model import Act, ActKind, AgendaStatus, Capability, Category, MeetingStatus, Participant, Role
from crm_desktop.domain.reference import default_process_config

CFG = default_process_config()
VM, GRCM = CFG.body("viceministers"), CFG.body("grcm")
NET_T, NET_C, SEMINAR = CFG.body("network_trafficking"), CFG.body("network_consular"), CFG.body("seminar")


def p(
    pid: str, category: Category, *, country: str | None = None, org: str | None = None, roles: tuple[Role, ...] = ()
) -> Participant:
    return Participant(pid, category, country, org, frozenset(roles))


MX_VM = p("mx-vm", Category.MEMBER_COUNTRY, country="MX", roles=(Role.VICE_MINISTER,))
MX_HLO = p("mx-hlo", Category.MEMBER_COUNTRY, country="MX", roles=(Role.HIGH_LEVEL_OFFICIAL,))
MX_HLO2 = p("mx-hlo2", Category.MEMBER_COUNTRY, country="MX", roles=(Role.HIGH_LEVEL_OFFICIAL,))
MX_DEL = p("mx-del", Category.MEMBER_COUNTRY, country="MX", roles=(Role.DELEGATE,))
MX_VM2 = p("mx-vm2", Category.MEMBER_COUNTRY, country="MX", roles=(Role.VICE_MINISTER,))
CO = p("co", Category.OBSERVER_COUNTRY, country="CO", roles=(Role.OBSERVER_DELEGATE,))
OIM = p("oim", Category.OBSERVER_ORG, org="OIM")
RROCM = p("rrocm", Category.CIVIL_SOCIETY, org="RROCM", roles=(Role.RROCM_REPRESENTATIVE,))
ST = p("st", Category.SECRETARIAT, org="ST", roles=(Role.ST_COORDINATOR,))


class TestViceMinistersPlenary:
    """Seed, A: "Reunión Plenaria en la que participan los países y organismos observadores"."""

    @pytest.mark.parametrize("who", [MX_VM, MX_DEL, CO, OIM, RROCM, ST])
    def test_plenary_admits_members_observers_civil_society_and_st(self, who: Participant) -> None:
        assert rules.admission(VM, "plenary", who, meeting_id="m").allowed


class TestClosedDoor:
    """Seed, A: "Reunión a 'puerta cerrada' a la que asisten únicamente los(as) Viceministros(as) /
    Subsecretarios(as), acompañados, cada uno de ellos, de un funcionario de alto nivel"."""

    def test_vice_minister_admitted(self) -> None:
        assert rules.admission(VM, "closed_door", MX_VM, meeting_id="m").allowed

    def test_one_high_level_official_accompanies_the_vice_minister(self) -> None:
        assert rules.admission(VM, "closed_door", MX_HLO, meeting_id="m", already_in_segment=[MX_VM]).allowed

    def test_the_official_may_be_entered_before_the_vice_minister(self) -> None:
        """ "según estimen pertinente": the order of entry is the delegation's affair."""
        assert rules.admission(VM, "closed_door", MX_HLO, meeting_id="m").allowed
        assert rules.admission(VM, "closed_door", MX_VM, meeting_id="m", already_in_segment=[MX_HLO]).allowed

    def test_any_official_the_delegation_chooses_accompanies_its_vice_minister(self) -> None:
        assert rules.admission(VM, "closed_door", MX_DEL, meeting_id="m", already_in_segment=[MX_VM]).allowed
        assert rules.admission(VM, "closed_door", MX_VM2, meeting_id="m", already_in_segment=[MX_VM]).allowed

    def test_two_officials_without_a_vice_minister_refused(self) -> None:
        v = rules.admission(VM, "closed_door", MX_DEL, meeting_id="m", already_in_segment=[MX_HLO])
        assert not v.allowed and v.reason and v.reason.code == "reason.closed_door_no_vm"

    def test_third_person_of_a_delegation_refused(self) -> None:
        for third in (MX_HLO2, MX_VM2, MX_DEL):
            v = rules.admission(VM, "closed_door", third, meeting_id="m", already_in_segment=[MX_VM, MX_HLO])
            assert not v.allowed and v.reason and v.reason.code == "reason.closed_door_one_official"

    @pytest.mark.parametrize("who", [CO, OIM, RROCM, ST])
    def test_no_one_else_even_when_invited(self, who: Participant) -> None:
        invite = Act(ActKind.INVITATION, who.delegation, "m")
        assert not rules.admission(VM, "closed_door", who, meeting_id="m", acts=[invite]).allowed

    def test_reason_renders_in_both_languages(self) -> None:
        v = rules.admission(VM, "closed_door", CO, meeting_id="m")
        assert v.reason is not None
        assert "únicamente" in v.reason.render("es")
        assert "only" in v.reason.render("en")


class TestGRCM:
    """Seed, C: "Los organismos observadores participan en las reuniones técnicas del GRCM, no así los
    países observadores."""

    def test_observer_org_admitted(self) -> None:
        assert rules.admission(GRCM, "plenary", OIM, meeting_id="m").allowed

    def test_observer_country_refused(self) -> None:
        v = rules.admission(GRCM, "plenary", CO, meeting_id="m")
        assert not v.allowed and v.reason and v.reason.code == "reason.observer_country_grcm"


class TestNetworks:
    """Seed, D: "En sus reuniones no participan los países observadores ni los organismos internacionales,
    a menos que se les invite explícitamente." and "Hay un espacio para la participación de la RROCM"."""

    @pytest.mark.parametrize("body", [NET_T, NET_C])
    @pytest.mark.parametrize("who", [CO, OIM])
    def test_observers_refused_without_invitation(self, body: object, who: Participant) -> None:
        v = rules.admission(body, "plenary", who, meeting_id="m")  # type: ignore[arg-type]
        assert not v.allowed and v.reason and v.reason.code == "reason.not_invited"

    def test_explicit_invitation_admits_and_is_named(self) -> None:
        invite = Act(ActKind.INVITATION, "OIM", "m", date="2026-03-01")
        v = rules.admission(NET_T, "plenary", OIM, meeting_id="m", acts=[invite])
        assert v.allowed and v.exception == invite

    def test_invitation_for_another_meeting_does_not_count(self) -> None:
        invite = Act(ActKind.INVITATION, "OIM", "other")
        assert not rules.admission(NET_T, "plenary", OIM, meeting_id="m", acts=[invite]).allowed

    def test_rrocm_has_a_space(self) -> None:
        assert rules.admission(NET_C, "plenary", RROCM, meeting_id="m").allowed


class TestObserverCountryCapabilities:
    """Seed, intro: observer countries "participan en las discusiones abiertas [...] pero no intervienen en
    los puntos de agenda, en los procesos de toma de decisiones ni en la elaboración de documentos que
    contengan recomendaciones o compromisos, a menos que cuenten con previa autorización de la PPT"."""

    def test_open_discussion_allowed(self) -> None:
        assert rules.capability(CO, Capability.OPEN_DISCUSSION, meeting_id="m").allowed

    @pytest.mark.parametrize("cap", [Capability.AGENDA_ITEMS, Capability.DECISIONS, Capability.DRAFTING])
    def test_refused_without_authorisation(self, cap: Capability) -> None:
        v = rules.capability(CO, cap, meeting_id="m")
        assert not v.allowed and v.reason and v.reason.code == "capability.observer_country"

    def test_ppt_authorisation_opens_only_what_it_names(self) -> None:
        auth = Act(ActKind.PPT_AUTHORISATION, "CO", "m", frozenset({Capability.AGENDA_ITEMS}))
        assert rules.capability(CO, Capability.AGENDA_ITEMS, meeting_id="m", acts=[auth]).allowed
        assert not rules.capability(CO, Capability.DRAFTING, meeting_id="m", acts=[auth]).allowed

    def test_members_do_everything(self) -> None:
        for cap in Capability:
            assert rules.capability(MX_DEL, cap, meeting_id="m").allowed


class TestDraftingGroup:
    """Seed, B: "Al inicio de cada Reunión de las Redes y del GRCM, solicita a los países que identifiquen un
    representante para el Grupo de Redacción" and the PPT "Encabeza los Grupos de Redacción"."""

    def test_one_representative_per_country(self) -> None:
        seat = rules.DraftingSeat("MX", "mx-vm", "Ana")
        v = rules.drafting_representative(
            GRCM, MX_DEL, country_code="MX", person_name="Luis", accredited=True, seats=[seat]
        )
        assert not v.allowed and v.reason and v.reason.code == "drafting.one_per_country"

    def test_must_be_accredited(self) -> None:
        v = rules.drafting_representative(
            GRCM, MX_DEL, country_code="MX", person_name="Luis", accredited=False, seats=[]
        )
        assert not v.allowed

    def test_observers_cannot_sit(self) -> None:
        v = rules.drafting_representative(GRCM, CO, country_code="CO", person_name="X", accredited=True, seats=[])
        assert not v.allowed

    def test_seminars_have_no_drafting_group(self) -> None:
        assert not rules.drafting_representative(
            SEMINAR, MX_DEL, country_code="MX", person_name="L", accredited=True, seats=[]
        ).allowed

    def test_missing_countries_listed(self) -> None:
        seats = [rules.DraftingSeat("MX", "a", "A")]
        assert rules.missing_drafting_countries(seats, ["MX", "GT", "CO", "OIM"]) == ["GT"]


class TestAgenda:
    """Seed, A: the plenary's agenda "debe incluir al menos: el informe de la Presidencia Pro-Témpore, las
    declaraciones de apertura de las delegaciones de los Países Miembros, y el diálogo con las
    Organizaciones de la Sociedad Civil, representadas por la RROCM"."""

    def test_required_items(self) -> None:
        assert rules.required_agenda_items(VM, "plenary") == (
            "ppt_report",
            "opening_statements",
            "civil_society_dialogue",
        )
        assert rules.required_agenda_items(GRCM, "plenary") == ("st_admin_budget",)  # seed, C

    def test_required_item_cannot_be_removed(self) -> None:
        assert not rules.can_remove_agenda_item("ppt_report", VM, "plenary").allowed
        assert rules.can_remove_agenda_item(None, VM, "plenary").allowed

    def test_lifecycle(self) -> None:
        """Seed, A: "Una versión preliminar de la Agenda se comparte con todos los países miembros y los
        organismos internacionales observadores"."""
        assert rules.agenda_transition(AgendaStatus.DRAFT, AgendaStatus.PRELIMINARY).allowed
        assert not rules.agenda_transition(AgendaStatus.DRAFT, AgendaStatus.ADOPTED).allowed
        assert not rules.agenda_transition(AgendaStatus.ADOPTED, AgendaStatus.DRAFT).allowed
        assert rules.preliminary_agenda_recipients() == (Category.MEMBER_COUNTRY, Category.OBSERVER_ORG)
        assert not rules.agenda_editable(AgendaStatus.ADOPTED).allowed


def facts(
    mid: str, body: str, start: str, end: str | None = None, host: str = "CR", **kw: object
) -> rules.MeetingFacts:
    return rules.MeetingFacts(mid, body, date.fromisoformat(start), date.fromisoformat(end or start), host, **kw)  # type: ignore[arg-type]


class TestCalendarWarnings:
    def test_vice_ministers_first_half_is_a_warning(self) -> None:
        """Seed, A: "Se celebra en la primavera o el primer semestre de cada año"."""
        m = facts("vm", "viceministers", "2026-11-18")
        codes = [w.code for w in rules.meeting_warnings(CFG, m, [m], {2026: "CR"})]
        assert "warn.vm_first_half" in codes
        m2 = facts("vm", "viceministers", "2026-05-18")
        assert "warn.vm_first_half" not in [w.code for w in rules.meeting_warnings(CFG, m2, [m2], {2026: "CR"})]

    def test_grcm_twice_a_year(self) -> None:
        """Seed, C: the GRCM "se lleva a cabo dos veces al año"."""
        ms = [facts(str(i), "grcm", f"2026-0{i}-10") for i in range(1, 4)]
        assert "warn.grcm_twice_a_year" in [w.code for w in rules.meeting_warnings(CFG, ms[2], ms, {})]
        # One GRCM and no Vice-Ministers' meeting that year: both frequencies are short.
        codes = [w.code for w in rules.yearly_count_warnings(CFG, ms[:1], 2026)]
        assert codes == ["warn.vm_missing", "warn.grcm_twice_a_year"]

    def test_networks_meet_immediately_before_grcm(self) -> None:
        """Seed, D: the networks "se reúnen inmediatamente antes de las reuniones del GRCM"."""
        net = facts("n", "network_trafficking", "2026-03-16")
        grcm = facts("g", "grcm", "2026-03-17", "2026-03-18")
        assert "warn.network_before_grcm" not in [w.code for w in rules.meeting_warnings(CFG, net, [net, grcm], {})]
        late = facts("g", "grcm", "2026-04-17")
        assert "warn.network_before_grcm" in [w.code for w in rules.meeting_warnings(CFG, net, [net, late], {})]

    def test_vice_ministers_held_in_the_ppt_country(self) -> None:
        """Seed, A: "Se lleva a cabo en el territorio de alguno de los Países Miembros que ofrece actuar como
        Presidencia Pro-Témpore"."""
        m = facts("vm", "viceministers", "2026-05-18", host="MX")
        assert "warn.host_not_ppt" in [w.code for w in rules.meeting_warnings(CFG, m, [m], {2026: "CR"})]
        assert not rules.validate_meeting(CFG, "viceministers", date(2026, 5, 1), date(2026, 5, 2), "CO").allowed

    def test_ppt_attends_seminar_opening(self) -> None:
        """Seed, note 3: "La Presidencia Pro-Témpore debe participar en la sesiones de inauguración"."""
        m = facts("s", "seminar", "2026-02-24", accredited_countries=frozenset({"MX", "GT"}))
        assert "warn.ppt_opening" in [w.code for w in rules.meeting_warnings(CFG, m, [m], {2026: "CR"})]
        ok = facts("s", "seminar", "2026-02-24", accredited_countries=frozenset({"CR"}))
        assert "warn.ppt_opening" not in [w.code for w in rules.meeting_warnings(CFG, ok, [ok], {2026: "CR"})]

    def test_grcm_is_made_of_directors_of_migration(self) -> None:
        """Seed, C: "Está compuesto por Directores de Migración de los países miembros"."""
        m = facts(
            "g",
            "grcm",
            "2026-03-17",
            accredited_countries=frozenset({"MX", "GT"}),
            head_roles_by_country={"MX": frozenset({"director_migration"}), "GT": frozenset({"delegate"})},
        )
        warns = [w for w in rules.meeting_warnings(CFG, m, [m], {}) if w.code == "warn.grcm_head"]
        assert [w.params["country"] for w in warns] == ["GT"]

    def test_end_before_start_refused(self) -> None:
        assert not rules.validate_meeting(CFG, "grcm", date(2026, 5, 2), date(2026, 5, 1), "CR").allowed


class TestMeetingStatus:
    def test_planned_convened_held_closed(self) -> None:
        assert rules.meeting_transition(MeetingStatus.PLANNED, MeetingStatus.CONVENED).allowed
        assert rules.meeting_transition(MeetingStatus.HELD, MeetingStatus.CLOSED).allowed
        assert not rules.meeting_transition(MeetingStatus.PLANNED, MeetingStatus.CLOSED).allowed
        assert not rules.meeting_transition(MeetingStatus.CLOSED, MeetingStatus.PLANNED).allowed


class TestPresidency:
    """Seed, B: the PPT "es designada por consenso de los Países Miembros de la Conferencia, dentro de un
    esquema rotativo anual. Los países interesados en asumirla lo deben anunciar en la Reunión Plenaria
    Viceministerial."""

    def test_candidacy_announced_at_vm_plenary(self) -> None:
        assert rules.candidacy("GT", "viceministers", "plenary").allowed
        assert not rules.candidacy("GT", "grcm", "plenary").allowed
        assert not rules.candidacy("GT", "viceministers", "closed_door").allowed
        assert not rules.candidacy("CO", "viceministers", "plenary").allowed

    def test_designation_needs_candidacy_and_consensus(self) -> None:
        cand = [rules.Candidacy("GT", 2027, "viceministers", "plenary")]
        assert rules.designation("GT", 2027, candidacies=cand, objections=[], designated_by_year={}).allowed
        assert not rules.designation("PA", 2027, candidacies=cand, objections=[], designated_by_year={}).allowed
        v = rules.designation("GT", 2027, candidacies=cand, objections=["NI"], designated_by_year={})
        assert not v.allowed and v.reason and "NI" in v.reason.render("en")
        # objections of non-members do not break consensus among members
        assert rules.designation("GT", 2027, candidacies=cand, objections=["OIM"], designated_by_year={}).allowed

    def test_annual_rotation_one_per_year(self) -> None:
        cand = [rules.Candidacy("GT", 2027, "viceministers", "plenary")]
        assert not rules.designation(
            "GT", 2027, candidacies=cand, objections=[], designated_by_year={2027: "PA"}
        ).allowed


class TestCosts:
    """Seed, B: the PPT "asume gastos de organización de las Reuniones de Viceministros y del GRCM [...]
    hospedaje [...] coffee-breaks, salones de reunión, logística, transporte, personal de apoyo, seguridad,
    equipo de cómputo, material de oficina". Seed, E: the ST "cubre los costos asociados a los servicios de
    sonido, interpretación y traducción español-ingles-español" and "verifica la calidad de los servicios
    contratados"."""

    @pytest.mark.parametrize(
        "item",
        [
            "lodging",
            "coffee_breaks",
            "meeting_rooms",
            "logistics",
            "transport",
            "support_staff",
            "security",
            "computers",
            "office_material",
        ],
    )
    def test_ppt_items(self, item: str) -> None:
        assert rules.cost_bearer(CFG, "viceministers", item) == "ppt"
        assert rules.cost_bearer(CFG, "grcm", item) == "ppt"
        assert rules.cost_bearer(CFG, "seminar", item) is None

    @pytest.mark.parametrize("item", ["sound", "interpretation", "translation", "quality_check"])
    def test_st_items_for_every_event(self, item: str) -> None:
        for body in CFG.bodies:
            assert rules.cost_bearer(CFG, body.key, item) == "st"

    def test_checklist(self) -> None:
        items = dict(rules.logistics_checklist(CFG, "grcm"))
        assert items["interpretation"] == "st" and items["lodging"] == "ppt"
        assert all(title for title in rules.COST_ITEM_TITLES.values())


class TestSeminars:
    """Seed, note 3: seminars, workshops and trainings are convened by the host country with the ST; the
    text sets no limit on who attends them (the invitation rule is the networks', seed D)."""

    @pytest.mark.parametrize("who", [CO, OIM, RROCM, MX_DEL, ST])
    def test_everyone_is_admitted_without_an_invitation(self, who: Participant) -> None:
        assert rules.admission(CFG.body("seminar"), "plenary", who, meeting_id="m").allowed


class TestCapabilitiesAsTheTextSays:
    """Seed, intro: the limits on agenda items, decisions and drafting are set for observer countries;
    decisions are the member countries' (seed, A)."""

    @pytest.mark.parametrize("cap", [Capability.AGENDA_ITEMS, Capability.DRAFTING])
    def test_observer_organisations_take_part_once_present(self, cap: Capability) -> None:
        assert rules.capability(OIM, cap, meeting_id="m").allowed
        assert not rules.capability(CO, cap, meeting_id="m").allowed

    def test_decisions_stay_with_the_members(self) -> None:
        for who in (OIM, RROCM, CO, ST):
            assert not rules.capability(who, Capability.DECISIONS, meeting_id="m").allowed
        assert rules.capability(MX_VM, Capability.DECISIONS, meeting_id="m").allowed

    def test_an_act_recorded_for_no_meeting_opens_none(self) -> None:
        unscoped = Act(ActKind.INVITATION, "OIM", None)
        assert not rules.admission(NET_T, "plenary", OIM, meeting_id="m", acts=[unscoped]).allowed
