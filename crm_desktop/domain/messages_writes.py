"""What a write command did, one line in the user's language (``did.<command>.<action>``), printed by
the command line's kit after the command succeeds (``kit.say_done``); the parameters are the command's
arguments, ids as the row's label. Also the refusal of a NUL character in an argument. Spanish first;
merged into :data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

WRITES_MESSAGES: dict[str, tuple[str, str]] = {
    "writes.nul": (
        "un argumento de la línea de órdenes contiene el carácter NUL",
        "a command-line argument contains the NUL character",
    ),
    "did.dump": ("Volcado del espacio de trabajo escrito en {out}.", "Workspace dump written to {out}."),
    "did.drafting.export": ("Documento «{id}» exportado a {out}.", "Document “{id}” exported to {out}."),
    "did.drafting.accept": ("Propuesta {id} aceptada por la presidencia.", "Proposal {id} accepted by the chair."),
    "did.drafting.reject": ("Propuesta {id} rechazada por la presidencia.", "Proposal {id} rejected by the chair."),
    "did.drafting.bracket": (
        "Propuesta {id} puesta entre corchetes por la presidencia.",
        "Proposal {id} put in brackets by the chair.",
    ),
    "did.drafting.edit": ("Texto del párrafo {id} reemplazado.", "Text of paragraph {id} replaced."),
    "did.workplans.action-status": (
        "Acción {id} del plan de trabajo: {status}.",
        "Work plan action {id}: {status}.",
    ),
    "did.workplans.submit": (
        "Plan de trabajo «{plan}» presentado al GRCM.",
        "Work plan “{plan}” submitted to the GRCM.",
    ),
    "did.workplans.return": (
        "Plan de trabajo «{plan}» devuelto a la red como borrador.",
        "Work plan “{plan}” returned to the network as a draft.",
    ),
    "did.workplans.approve": (
        "Plan de trabajo «{plan}» aprobado en «{meeting}».",
        "Work plan “{plan}” approved at “{meeting}”.",
    ),
    "did.followup.status": (
        "Seguimiento de la decisión {id}: {status}.",
        "Follow-up of decision {id}: {status}.",
    ),
    "did.followup.assign": (
        "Seguimiento de la decisión {id}: responsable y plazo actualizados.",
        "Follow-up of decision {id}: owner and due date updated.",
    ),
    "did.budget.scale": (
        "Escala de cuotas registrada a partir de {from_year}.",
        "Contribution scale recorded from {from_year}.",
    ),
    "did.logistics.set": ("Partida logística {id} actualizada.", "Logistics item {id} updated."),
    "did.logistics.quality": (
        "Control de calidad de la partida logística {id}: {result}.",
        "Quality check of logistics item {id}: {result}.",
    ),
    "did.handover.plan": (
        "Rotación: {country} prevista para la Presidencia Pro-Témpore de {year}.",
        "Rotation: {country} planned for the Pro-Tempore Presidency in {year}.",
    ),
    "did.poa.theme-add": (
        "Tema «{key}» añadido al Plan de Acción.",
        "Theme “{key}” added to the Plan of Action.",
    ),
    "did.poa.theme-remove": (
        "Tema «{key}» retirado del Plan de Acción.",
        "Theme “{key}” removed from the Plan of Action.",
    ),
    "did.poa.status": ("Actividad «{id}»: {status}.", "Activity “{id}”: {status}."),
    "did.poa.priority": ("Actividad «{id}»: prioritaria: {value}.", "Activity “{id}”: a priority: {value}."),
    "did.poa.funding": (
        "Actividad «{id}»: requiere financiamiento: {needed}.",
        "Activity “{id}”: needs funding: {needed}.",
    ),
    "did.indicators.value": (
        "Indicador «{id}»: valor {value} registrado para el semestre {semester}.",
        "Indicator “{id}”: value {value} recorded for semester {semester}.",
    ),
    "did.protocol.accreditation": (
        "Protocolo de la acreditación {id} actualizado.",
        "Protocol of accreditation {id} updated.",
    ),
    "did.protocol.person": ("Protocolo de {id} actualizado.", "Protocol of {id} updated."),
    "did.roster.revoke": ("Dispositivo {device} revocado.", "Device {device} revoked."),
    "did.roster.appoint-admin": (
        "Dispositivo {device} nombrado administrador.",
        "Device {device} appointed administrator.",
    ),
    "did.english.meeting": (
        "Título en inglés de la reunión «{id}» guardado.",
        "English title of meeting “{id}” saved.",
    ),
    "did.english.person": (
        "Cargo e institución en inglés de {id} guardados.",
        "English position and institution of {id} saved.",
    ),
    "did.english.focal-point": (
        "Institución en inglés del punto focal {id} guardada.",
        "English institution of focal point {id} saved.",
    ),
    "noun.focal point": ("el punto focal", "focal point"),
    # commands that print the new row's id (for scripts) say what they did on standard error
    "did.accredit": (
        "Acreditación registrada: {person} en «{meeting}».",
        "Accreditation recorded: {person} at “{meeting}”.",
    ),
    "did.followup.add": ("Seguimiento añadido a «{meeting}».", "Follow-up added to “{meeting}”."),
    "did.followup.note": (
        "Nota añadida al seguimiento de la decisión {id}.",
        "Note added to the follow-up of decision {id}.",
    ),
    "did.workplans.add": (
        "Plan de trabajo «{title}» creado para {period}.",
        "Work plan “{title}” created for {period}.",
    ),
    "did.workplans.action": (
        "Acción «{title}» añadida al plan de trabajo «{plan}».",
        "Action “{title}” added to work plan “{plan}”.",
    ),
    "did.handover.candidacy": (
        "Candidatura de {country} a la Presidencia Pro-Témpore de {year} registrada en «{meeting}».",
        "Candidacy of {country} for the Pro-Tempore Presidency of {year} recorded at “{meeting}”.",
    ),
    "did.poa.add": (
        "Actividad «{title}» añadida al Plan de Acción.",
        "Activity “{title}” added to the Plan of Action.",
    ),
    "did.indicators.add": ("Indicador añadido al Plan de Acción.", "Indicator added to the Plan of Action."),
    "did.drafting.propose": ("Propuesta registrada en «{id}».", "Proposal recorded in “{id}”."),
    "did.drafting.import": ("Documento {file} importado en «{meeting}».", "Document {file} imported into “{meeting}”."),
}
