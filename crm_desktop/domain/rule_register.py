"""The register of the rules of «Coordinación de reuniones en el marco de la CRM», one entry a rule.

Each entry names the sentence of the text (its section, in Spanish and in a faithful English), the
domain function(s) that decide it and where the software applies it (a service refusing, an import
check of the authorisation matrix, a warning, a list offered to the user). The refusal and warning
codes of an entry carry its sentence: a refusal whose message does not quote its source itself gets
it appended (:func:`cited`), and ``crm-desktop warnings`` shows it beside each warning.

``docs/rules.md`` is generated from this register (``scripts/rules_doc.py``; a test keeps it in sync),
and ``tests/cli/test_rule_scenarios.py`` runs a scenario through the command line for every entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.domain.capabilities import ATTENDANCE, GRCM_RECOMMENDS, OBSERVER_COUNTRIES, VM_DECIDES
from crm_desktop.domain.messages import Bilingual
from crm_desktop.domain.rule_sources import (
    CLOSED_DOOR_SOURCE,
    CLOSED_DOOR_TOPICS_SOURCE,
    GRCM_ST_EXAMINATION_SOURCE,
    PPT_DIRECTS_SOURCE,
    RETURN_FUND_SOURCE,
    SOURCES,
    THEMES_SOURCE,
    RuleSource,
)

INTRO_OBSERVERS = RuleSource("", OBSERVER_COUNTRIES)


def _src(section: str, es: str, en: str, *, note: bool = False) -> RuleSource:
    return RuleSource(section, Bilingual(es, en), note)


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the text: where it is written, what decides it, where it applies."""

    id: str
    source: RuleSource
    decided_by: tuple[str, ...]  # domain functions (module.function)
    enforced: tuple[str, ...]  # where a user meets it: services, import checks, warnings, lists
    refusals: tuple[str, ...] = ()  # message codes of its refusals
    warnings: tuple[str, ...] = ()  # message codes of its warnings


RULES: tuple[Rule, ...] = (
    # --- Introduction -------------------------------------------------------------------------
    Rule(
        "intro.themes",
        THEMES_SOURCE,
        ("agenda_topics.item_theme",),
        ("app.agenda_topics.classify (agenda classify)", "import: matrix rule agenda_class"),
        refusals=("agenda.unknown_theme",),
    ),
    Rule(
        "intro.observer_agenda",
        INTRO_OBSERVERS,
        ("capabilities.presents_item", "capabilities.agenda_comment", "rules.capability"),
        ("app.agendas.add_item / update_item / add_comment", "import: matrix rules presenter, agenda_comment"),
        refusals=("caps.observer_presents", "caps.observer_comments", "capability.observer_country"),
    ),
    Rule(
        "intro.observer_decisions",
        INTRO_OBSERVERS,
        ("drafting_rules.may_object", "rules.capability"),
        ("app.drafting.object_to (drafting object)", "import: matrix rule drafting"),
        refusals=("draft.objection_members_only", "capability.not_member"),
    ),
    Rule(
        "intro.observer_drafting",
        INTRO_OBSERVERS,
        ("drafting_rules.may_propose", "rules.capability"),
        ("app.drafting.propose (drafting propose, support, oppose)", "import: matrix rule drafting"),
        refusals=("draft.observer_needs_authorisation",),
    ),
    # --- A. The Vice-Ministers' Meeting ------------------------------------------------------------
    Rule(
        "A.executive",
        VM_DECIDES,
        ("capabilities.recorded_by",),
        ("app.follow_up.add (followup add)", "import: matrix rule deciding_body"),
        refusals=("caps.decision_not_here",),
    ),
    Rule(
        "A.host",
        SOURCES["warn.host_not_ppt"],
        ("rules.validate_meeting", "rules.meeting_warnings"),
        ("app.meetings.create_meeting / update_meeting", "warnings"),
        refusals=("meeting.host_not_member",),
        warnings=("warn.host_not_ppt",),
    ),
    Rule(
        "A.yearly",
        SOURCES["warn.vm_first_half"],
        ("rules.meeting_warnings", "rules.yearly_count_warnings"),
        ("warnings", "check"),
        warnings=("warn.vm_first_half", "warn.vm_once_a_year", "warn.vm_missing"),
    ),
    Rule(
        "A.plenary",
        _src(
            "A",
            "Reunión Plenaria en la que participan los países y organismos observadores.",
            "Plenary meeting, in which the observer countries and organisations take part.",
        ),
        ("rules.admission",),
        ("app.accreditation.accredit (accredit, participants import)", "import: matrix rule admission"),
    ),
    Rule(
        "A.plenary_agenda",
        _src(
            "A",
            "Su agenda de discusión debe incluir al menos: el informe de la Presidencia Pro-Témpore, las "
            "declaraciones de apertura de las delegaciones de los Países Miembros, y el diálogo con las "
            "Organizaciones de la Sociedad Civil, representadas por la RROCM.",
            "Its agenda must include at least: the report of the Pro-Tempore Presidency, the opening statements "
            "of the member countries' delegations, and the dialogue with the civil society organisations, "
            "represented by the RROCM.",
        ),
        ("rules.can_remove_agenda_item", "rules.missing_required_items"),
        ("app.agendas.create_agenda / remove_item", "agenda items"),
        refusals=("agenda.required_item",),
    ),
    Rule(
        "A.closed_door",
        CLOSED_DOOR_SOURCE,
        ("rules.admission", "drafting_rules.may_see", "closed_door.closed_door_excess"),
        (
            "app.accreditation.accredit (accredit, participants import)",
            "import: matrix rules admission, audience",
            "warnings (two laptops accrediting concurrently)",
        ),
        refusals=(
            "reason.closed_door_only_vm",
            "reason.closed_door_one_official",
            "reason.closed_door_no_vm",
            "draft.closed_door_only",
        ),
        warnings=("warn.closed_door_excess",),
    ),
    Rule(
        "A.closed_door_topics",
        CLOSED_DOOR_TOPICS_SOURCE,
        ("agenda_topics.item_topic", "agenda_topics.budget_segment", "agenda_topics.closed_door_warnings"),
        ("app.agenda_topics.classify (agenda classify)", "app.contributions.approve_budget", "warnings"),
        refusals=("agenda.unknown_topic", "agenda.topic_not_closed_door", "budget.closed_door_only"),
        warnings=("warn.closed_door_topic",),
    ),
    Rule(
        "A.agenda_follow_up",
        _src(
            "A",
            "Las Agendas de las Reuniones de Viceministros/as se concretan tomando en cuenta el seguimiento "
            "necesario de las Reuniones anteriores, así como temas de interés de la Presidencia Pro-Témpore e "
            "insumos de los demás países miembros.",
            "The agendas of the Vice-Ministers' Meetings are settled taking into account the follow-up needed "
            "from the previous meetings, as well as topics of interest to the Pro-Tempore Presidency and input "
            "from the other member countries.",
        ),
        ("follow_up.follow_up_sources", "follow_up.submitted_to_vice_ministers"),
        ("app.agendas.pending_follow_ups (agenda follow-ups)",),
    ),
    Rule(
        "A.preliminary_agenda",
        _src(
            "A",
            "Una versión preliminar de la Agenda se comparte con todos los países miembros y los organismos "
            "internacionales observadores con el fin de obtener aportes que la enriquezcan.",
            "A preliminary version of the agenda is shared with all the member countries and the observer "
            "international organisations, to obtain input that enriches it.",
        ),
        ("rules.agenda_transition", "rules.preliminary_agenda_comment"),
        ("app.agendas.set_agenda_status / add_comment", "import: matrix rule agenda_comment"),
        refusals=("agenda.bad_transition", "agenda.comment_not_consulted"),
    ),
    Rule(
        "A.consensus",
        _src(
            "A",
            "Las decisiones, adoptadas por consenso y de carácter vinculante, se registran en la Declaración y "
            "las Decisiones emitidas al concluir cada reunión anual.",
            "The decisions, adopted by consensus and binding, are recorded in the Declaration and the Decisions "
            "issued at the close of each annual meeting.",
        ),
        ("drafting_rules.adoption", "drafting_rules.may_object", "drafting_rules.silence_adoption"),
        ("app.drafting.adopt / object_to (drafting adopt, object)", "import: matrix rule drafting"),
        refusals=(
            "draft.brackets_remain",
            "draft.proposals_remain",
            "draft.objections",
            "draft.objection_not_accredited",
            "draft.silence_broken",
            "draft.silence_running",
        ),
    ),
    # --- B. The Pro-Tempore Presidency -------------------------------------------------------------
    Rule(
        "B.designation",
        SOURCES["warn.no_ppt"],
        ("rules.designation", "handover.rotation_warnings"),
        ("app.presidency.designate (handover designate)", "warnings", "handover rotation"),
        refusals=("ppt.no_consensus", "ppt.consecutive", "ppt.year_taken"),
        warnings=("warn.no_ppt",),
    ),
    Rule(
        "B.candidacy",
        _src(
            "B",
            "Los países interesados en asumirla lo deben anunciar en la Reunión Plenaria Viceministerial.",
            "The countries interested in taking it on must announce it at the Vice-Ministerial plenary.",
        ),
        ("rules.candidacy", "rules.designation"),
        ("app.presidency.announce_candidacy (handover candidacy)", "app.presidency.designate"),
        refusals=("ppt.candidacy_not_plenary", "ppt.no_candidacy"),
    ),
    Rule(
        "B.convening",
        _src(
            "B",
            "Es responsable de definir los mecanismos para efectuar la convocatoria y las invitaciones "
            "correspondientes para los eventos propios de la CRM.",
            "It is responsible for defining how the CRM's own events are convened and the corresponding invitations.",
        ),
        ("capabilities.may_grant", "capabilities.granted_as", "rules.find_act"),
        ("app.accreditation.record_act (acts grant)", "import: matrix rule grantor"),
        refusals=("caps.act_not_ppt", "caps.act_grantor", "act.meeting_required"),
    ),
    Rule(
        "B.directs",
        PPT_DIRECTS_SOURCE,
        ("rules.meeting_warnings", "handover.duties_handed_over"),
        ("warnings", "handover pack"),
        warnings=("warn.ppt_directs",),
    ),
    Rule(
        "B.drafting_group",
        SOURCES["warn.drafting_missing"],
        ("rules.drafting_representative", "rules.missing_drafting_countries"),
        ("app.accreditation.name_drafting_representative", "warnings"),
        refusals=(
            "drafting.no_group",
            "drafting.not_country",
            "drafting.wrong_country",
            "drafting.not_accredited",
            "drafting.one_per_country",
        ),
        warnings=("warn.drafting_missing",),
    ),
    Rule(
        "B.heads_drafting",
        _src(
            "B",
            "Encabeza los Grupos de Redacción de cada Red, así como el del GRCM y la CRM.",
            "It heads the drafting groups of each network, as well as that of the GRCM and of the CRM.",
        ),
        ("drafting_rules.may_chair", "drafting_rules.may_edit", "drafting_rules.may_name_version"),
        ("app.drafting (drafting accept, reject, bracket, adopt, edit, version)", "import: matrix rule drafting"),
        refusals=("draft.chair_only", "draft.not_drafting_group"),
    ),
    Rule(
        "B.priorities",
        _src(
            "B",
            "Determina, en consulta con los Países Miembros, las actividades prioritarias identificadas en el "
            "Plan de Acción que se encuentren pendientes y que requieren financiamiento para realizarlas.",
            "It determines, in consultation with the member countries, the priority activities identified in "
            "the Plan of Action that are pending and need funding to be carried out.",
        ),
        ("plan_of_action.funding_decision",),
        ("app.plan_of_action (poa funding, poa candidates)",),
        refusals=("poa.funding_not_priority", "poa.funding_not_pending"),
    ),
    Rule(
        "B.costs",
        _src(
            "B",
            "Asume gastos de organización de las Reuniones de Viceministros y del GRCM.",
            "It bears the organisation costs of the Vice-Ministers' and the GRCM meetings.",
        ),
        ("rules.cost_bearer", "rules.logistics_checklist"),
        ("app.logistics.prepare (logistics prepare)", "handover pack"),
    ),
    Rule(
        "B.return_fund",
        RETURN_FUND_SOURCE,
        ("handover.duties_handed_over",),
        ("handover pack",),
    ),
    # --- C. The GRCM -------------------------------------------------------------------------------
    Rule(
        "C.composition",
        SOURCES["warn.grcm_head"],
        ("rules.meeting_warnings",),
        ("warnings",),
        warnings=("warn.grcm_head",),
    ),
    Rule(
        "C.recommends",
        _src(
            "C",
            "Constituye el órgano técnico y operativo de la CRM, que dialoga sobre temas de migración. También "
            "prepara recomendaciones para los Viceministros/as e implementa y monitorea las acciones decididas "
            "por ellos.",
            "It is the CRM's technical and operational body, which holds dialogue on migration matters. It also "
            "prepares recommendations for the Vice-Ministers and implements and monitors the actions they decide.",
        ),
        ("capabilities.recorded_by",),
        ("app.follow_up.add (followup add --kind recommendation)", "import: matrix rule deciding_body"),
    ),
    Rule(
        "C.twice_a_year",
        SOURCES["warn.grcm_twice_a_year"],
        ("rules.meeting_warnings", "rules.yearly_count_warnings"),
        ("warnings", "check"),
        warnings=("warn.grcm_twice_a_year", "warn.grcm_missing"),
    ),
    Rule(
        "C.conclusions",
        GRCM_RECOMMENDS,
        ("drafting_rules.may_create", "capabilities.recorded_by", "follow_up.submitted_to_vice_ministers"),
        ("app.drafting.create_document", "app.follow_up.add", "app.agendas.pending_follow_ups (agenda follow-ups)"),
        refusals=("draft.wrong_body", "caps.recommendation_not_here"),
    ),
    Rule(
        "C.plan_of_action",
        _src(
            "C",
            "Considera la actualización del Plan de Acción, que incluye el intercambio de información, los "
            "seminarios, las capacitaciones y los proyectos dentro de tres temas principales: gestión y "
            "políticas migratorias, derechos humanos, y migración y desarrollo.",
            "It considers the update of the Plan of Action, which includes the exchange of information, "
            "seminars, training and projects within three main themes: migration management and policy, human "
            "rights, and migration and development.",
        ),
        ("plan_of_action.activity_transition",),
        ("app.plan_of_action (poa add, poa status)",),
        refusals=("poa.bad_transition",),
    ),
    Rule(
        "C.work_plans",
        _src(
            "C",
            "Examina, en coordinación con la Secretaría Técnica, y aprueba los Planes de Trabajo de la Red de "
            "Funcionarios de Enlace para el Combate a la Trata y al Tráfico Ilícito y la Red de Funcionarios de "
            "Enlace de Protección Consular.",
            "It examines, in coordination with the Technical Secretariat, and approves the work plans of the "
            "network of liaison officers against trafficking and smuggling and the network of liaison officers "
            "for consular protection.",
        ),
        ("work_plans.approval", "work_plans.transition"),
        ("app.work_plans.submit / approve (workplans submit, approve)",),
        refusals=("workplan.approve_only_grcm", "workplan.meeting_not_convened", "workplan.bad_transition"),
    ),
    Rule(
        "C.st_matters",
        GRCM_ST_EXAMINATION_SOURCE,
        ("rules.required_agenda_items", "rules.can_remove_agenda_item"),
        ("app.agendas.create_agenda / remove_item", "app.agendas.pending_follow_ups"),
        refusals=("agenda.required_st_item",),
    ),
    Rule(
        "C.observers",
        ATTENDANCE["technical"],
        ("rules.admission", "rules.attends", "drafting_rules.may_propose"),
        ("app.accreditation.accredit", "app.drafting.propose", "import: matrix rules admission, drafting"),
        refusals=("reason.observer_country_grcm", "caps.observer_absent", "draft.not_attending"),
    ),
    # --- D. The networks ---------------------------------------------------------------------------
    Rule(
        "D.before_grcm",
        SOURCES["warn.network_before_grcm"],
        ("rules.meeting_warnings",),
        ("warnings",),
        warnings=("warn.network_before_grcm",),
    ),
    Rule(
        "D.work_plan",
        _src(
            "D",
            "Se dedican a desarrollar y realizar su respectivo Plan de Trabajo, una vez que éste tiene la "
            "aprobación del GRCM.",
            "They develop and carry out their respective work plan once it has the GRCM's approval.",
        ),
        ("work_plans.plan_owner", "work_plans.action_editable", "work_plans.action_status"),
        ("app.work_plans (workplans add, action, action-status)",),
        refusals=("workplan.not_network", "workplan.approved_frozen", "workplan.bad_action_status"),
    ),
    Rule(
        "D.reports",
        _src(
            "D",
            "En sus reuniones preparan informes que presentan durante la sesión del GRCM.",
            "At their meetings they prepare reports that they present during the GRCM session.",
        ),
        ("capabilities.recorded_by", "drafting_rules.may_create"),
        ("app.follow_up.add", "app.drafting.create_document"),
    ),
    Rule(
        "D.invited",
        ATTENDANCE["network"],
        ("rules.admission", "rules.find_act"),
        ("app.accreditation.accredit (accredit, participants import)", "import: matrix rule admission"),
        refusals=("reason.not_invited",),
    ),
    Rule(
        "D.rrocm",
        _src(
            "D",
            "Hay un espacio para la participación de la RROCM.",
            "There is room for the RROCM's participation.",
        ),
        ("rules.admission",),
        ("app.accreditation.accredit (accredit, participants import)",),
    ),
    # --- E. The Technical Secretariat -----------------------------------------------------------
    Rule(
        "E.budget",
        _src(
            "E",
            "Tiene un presupuesto anual aprobado por los Viceministros/as el cual se cubre con los aportes de "
            "los Países Miembros con base en una escala de contribuciones predefinida.",
            "It has an annual budget approved by the Vice-Ministers, covered by the member countries' "
            "contributions according to a predefined scale.",
        ),
        ("contributions.budget_approval", "contributions.payment", "contributions.validate_scale"),
        ("app.contributions (budget approve, scale, pay)", "import: matrix rule budget_audience"),
        refusals=(
            "budget.not_vm",
            "budget.not_member_payment",
            "budget.scale_not_member",
            "budget.scale_total",
            "budget.scale_negative",
        ),
    ),
    Rule(
        "E.progress_report",
        _src(
            "E",
            "El Informe deberá ser remitido semestralmente entre las reuniones del GRCM.",
            "The report must be sent every six months, between the GRCM meetings.",
        ),
        ("plan_of_action.progress_in",),
        ("app.progress_report.assemble (progress-report --semester)",),
    ),
    Rule(
        "E.services",
        _src(
            "E",
            "Cubre los costos asociados a los servicios de sonido, interpretación y traducción "
            "español-ingles-español para los eventos que se realicen dentro del marco de la CRM.",
            "It covers the costs of sound, interpretation and Spanish-English-Spanish translation for the events "
            "held within the CRM.",
        ),
        ("rules.cost_bearer",),
        ("app.logistics.prepare (logistics prepare)",),
    ),
    Rule(
        "E.quality",
        _src(
            "E",
            "Verifica la calidad de los servicios contratados para los eventos de la CRM.",
            "It checks the quality of the services contracted for the CRM's events.",
        ),
        ("logistics.quality_check",),
        ("app.logistics.quality (logistics quality)",),
        refusals=("logistics.quality_not_contracted", "logistics.deficient_needs_note", "logistics.bad_quality"),
    ),
    # --- Notes -----------------------------------------------------------------------------------
    Rule(
        "note1.members",
        _src(
            "1",
            "Los 11 países miembros que cooperan en cuestiones migratorias son: Belice, Canadá, Costa Rica, "
            "El Salvador, Estados Unidos de América, Guatemala, Honduras, México, Nicaragua, Panamá, y "
            "República Dominicana.",
            "The 11 member countries cooperating on migration matters are: Belize, Canada, Costa Rica, "
            "El Salvador, the United States of America, Guatemala, Honduras, Mexico, Nicaragua, Panama and "
            "the Dominican Republic.",
            note=True,
        ),
        ("reference.member_codes", "rules.candidacy", "handover.rotation_entry"),
        ("app.presidency (handover candidacy, designate, plan)", "app.contributions (budget scale, pay)"),
        refusals=("ppt.not_member",),
    ),
    Rule(
        "note3.ppt_opening",
        SOURCES["warn.ppt_opening"],
        ("rules.meeting_warnings",),
        ("warnings",),
        warnings=("warn.ppt_opening",),
    ),
)

RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


# Refusal code -> the sentence it applies (each code belongs to one rule; a test checks it).
def render_table(lang: str = "en") -> str:
    """The register as a Markdown table (docs/rules.md)."""
    header = "| Rule | Source | Decided by | Applied in | Refusals / warnings |\n|---|---|---|---|---|\n"
    rows = []
    for r in RULES:
        codes = ", ".join(f"`{c}`" for c in (*r.refusals, *r.warnings)) or "—"
        source = "<br>".join(r.source.message().render(x).replace("|", "\\|") for x in (lang, "es"))
        decided = "<br>".join(f"`{d}`" for d in r.decided_by)
        enforced = "<br>".join(e.replace("|", "\\|") for e in r.enforced)
        rows.append(f"| `{r.id}` | {source} | {decided} | {enforced} | {codes} |")
    return header + "\n".join(rows) + "\n"


DOC_BEGIN = "<!-- generated by scripts/rules_doc.py: begin -->"
DOC_END = "<!-- generated by scripts/rules_doc.py: end -->"


def render_doc(text: str) -> str:
    """``text`` (docs/rules.md) with the generated table between its markers replaced."""
    head, _, rest = text.partition(DOC_BEGIN)
    _, _, tail = rest.partition(DOC_END)
    return f"{head}{DOC_BEGIN}\n{render_table('en')}{DOC_END}{tail}"
