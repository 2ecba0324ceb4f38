"""Messages of the between-meetings process (Plan of Action, work plans, follow-up, budget, logistics,
handover), Spanish first. Merged into :data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

PROCESS_MESSAGES: dict[str, tuple[str, str]] = {
    # Plan of Action
    "poa.unknown_theme": (
        "tema desconocido del Plan de Acción: {theme} (temas: {themes})",
        "unknown theme of the Plan of Action: {theme} (themes: {themes})",
    ),
    "poa.unknown_kind": (
        "tipo de actividad desconocido: {kind} (tipos: {kinds})",
        "unknown kind of activity: {kind} (kinds: {kinds})",
    ),
    "poa.unknown_responsible": (
        "responsable desconocido: {who} (un País Miembro o un cuerpo de la CRM)",
        "unknown responsible party: {who} (a member country or a body of the CRM)",
    ),
    "poa.funding_not_priority": (
        "la Presidencia Pro-Témpore determina qué actividades prioritarias pendientes requieren "
        "financiamiento; esta actividad no es prioritaria",
        "the Pro-Tempore Presidency determines which pending priority activities need funding; "
        "this activity is not a priority",
    ),
    "poa.funding_not_pending": (
        "solo las actividades pendientes pueden requerir financiamiento; esta está «{status}»",
        "only pending activities may need funding; this one is “{status}”",
    ),
    "poa.bad_transition": (
        "la actividad no puede pasar de «{from_}» a «{to}»",
        "the activity cannot move from “{from_}” to “{to}”",
    ),
    "poa.indicator_no_name": ("el indicador no tiene nombre", "the indicator has no name"),
    "poa.indicator_target_equals_baseline": (
        "la meta del indicador es igual a su línea de base: no mide ningún avance",
        "the indicator's target equals its baseline: it measures no progress",
    ),
    "poa.bad_semester": (
        "semestre no válido: «{text}» (se escribe 2026-1 o 2026-2)",
        "invalid semester: “{text}” (written 2026-1 or 2026-2)",
    ),
    # work plans
    "workplan.not_network": (
        "solo las Redes elaboran Planes de Trabajo; «{body}» no es una Red",
        "only the networks draw up work plans; “{body}” is not a network",
    ),
    "workplan.bad_transition": (
        "el Plan de Trabajo no puede pasar de «{from_}» a «{to}»",
        "the work plan cannot move from “{from_}” to “{to}”",
    ),
    "workplan.approve_only_grcm": (
        "el GRCM examina, en coordinación con la Secretaría Técnica, y aprueba los Planes de Trabajo de las "
        "Redes: la aprobación se registra en una reunión del GRCM",
        "the GRCM examines, with the Technical Secretariat, and approves the networks' work plans: approval "
        "is recorded at a GRCM meeting",
    ),
    "workplan.meeting_not_convened": (
        "la reunión del GRCM aún no ha sido convocada: no puede haber aprobado el plan",
        "the GRCM meeting has not been convened yet: it cannot have approved the plan",
    ),
    "workplan.approved_frozen": (
        "el Plan de Trabajo ya fue aprobado por el GRCM: sus acciones se monitorean, no se agregan",
        "the work plan has been approved by the GRCM: its actions are monitored, not added",
    ),
    "workplan.bad_action_status": (
        "estado de acción no válido: {status} (estados: {allowed})",
        "invalid action status: {status} (statuses: {allowed})",
    ),
    # follow-up
    "followup.bad_status": (
        "estado de seguimiento no válido: {status} (estados: {allowed})",
        "invalid follow-up status: {status} (statuses: {allowed})",
    ),
    "followup.same_status": ("la acción ya está «{status}»", "the action is already “{status}”"),
    "followup.drop_needs_note": (
        "para descartar una decisión hay que anotar el motivo",
        "dropping a decision requires a note giving the reason",
    ),
    "followup.empty_note": ("la nota está vacía", "the note is empty"),
    # budget and contributions
    "budget.scale_not_member": (
        "el presupuesto se cubre con los aportes de los Países Miembros; no son miembros: {countries}",
        "the budget is covered by the member countries' contributions; not members: {countries}",
    ),
    "budget.scale_negative": ("una cuota de la escala es negativa", "a share of the scale is negative"),
    "budget.scale_total": (
        "las cuotas de la escala de contribuciones suman {total} %, no 100 %",
        "the shares of the scale of contributions add up to {total} %, not 100 %",
    ),
    "budget.no_scale": (
        "no hay escala de contribuciones vigente para {year}",
        "no scale of contributions is in force for {year}",
    ),
    "budget.no_budget": ("no hay presupuesto aprobado para {year}", "no budget is approved for {year}"),
    "budget.not_vm": (
        "el presupuesto anual de la Secretaría Técnica lo aprueban los Viceministros(as)",
        "the Technical Secretariat's annual budget is approved by the Vice-Ministers",
    ),
    "budget.audience": (
        "los datos presupuestarios son para la Secretaría Técnica o los Países Miembros, nunca para "
        "el público ni los observadores (audiencia pedida: {audience})",
        "budget figures are for the Technical Secretariat or the member countries, never for the public "
        "or observers (audience asked: {audience})",
    ),
    "budget.not_member_payment": (
        "solo los Países Miembros aportan al presupuesto de la ST; {country} no lo es",
        "only member countries contribute to the ST's budget; {country} is not one",
    ),
    "budget.bad_amount": ("monto no válido: «{text}»", "invalid amount: “{text}”"),
    # logistics
    "logistics.bad_status": (
        "estado no válido: {status} (estados: {allowed})",
        "invalid status: {status} (statuses: {allowed})",
    ),
    "logistics.needs_supplier": (
        "un servicio contratado debe indicar su proveedor",
        "a contracted service must name its supplier",
    ),
    "logistics.bad_transition": (
        "el servicio no puede pasar de «{from_}» a «{to}»",
        "the service cannot move from “{from_}” to “{to}”",
    ),
    "logistics.bad_quality": (
        "resultado de verificación no válido: {result} (valores: {allowed})",
        "invalid quality result: {result} (values: {allowed})",
    ),
    "logistics.quality_not_contracted": (
        "la Secretaría Técnica verifica la calidad de los servicios contratados; este aún no lo está",
        "the Technical Secretariat checks the quality of contracted services; this one is not contracted yet",
    ),
    "logistics.deficient_needs_note": (
        "un servicio deficiente requiere una nota que diga qué falló",
        "a deficient service requires a note saying what failed",
    ),
    "logistics.no_costs": (
        "{body} no tiene lista de gastos de organización",
        "the {body} has no list of organisation costs",
    ),
    # handover
    "handover.plan_differs": (
        "el plan de rotación prevé {planned} para {year}, pero se designó a {designated}",
        "the rotation plan foresees {planned} for {year}, but {designated} was designated",
    ),
    "handover.not_rotating": (
        "{country} ejercería la Presidencia dos años seguidos ({year}): el esquema es de rotación anual",
        "{country} would hold the Presidency two years running ({year}): the scheme is an annual rotation",
    ),
    # nouns
    "noun.activity": ("la actividad", "activity"),
    "noun.indicator": ("el indicador", "indicator"),
    "noun.work plan": ("el Plan de Trabajo", "work plan"),
    "noun.work plan action": ("la acción del Plan de Trabajo", "work plan action"),
    "noun.logistics item": ("el rubro logístico", "logistics item"),
}
