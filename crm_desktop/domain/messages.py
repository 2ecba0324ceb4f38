"""User-facing texts of the rules, in Spanish (source) and English.

The rules return codes with parameters; this catalogue turns them into sentences in the user's
language, so the CLI, the GUI and reports explain a refusal the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.domain.grammar import fill
from crm_desktop.domain.messages_bilingual import BILINGUAL_MESSAGES
from crm_desktop.domain.messages_bundle import BUNDLE_MESSAGES
from crm_desktop.domain.messages_caps import CAPS_MESSAGES
from crm_desktop.domain.messages_clikit import CLIKIT_MESSAGES
from crm_desktop.domain.messages_drafting import DRAFTING_MESSAGES
from crm_desktop.domain.messages_files import FILES_MESSAGES
from crm_desktop.domain.messages_labels import LABEL_MESSAGES
from crm_desktop.domain.messages_lang import LANG_MESSAGES
from crm_desktop.domain.messages_langui import LANGUI_MESSAGES
from crm_desktop.domain.messages_local import LOCAL_MESSAGES
from crm_desktop.domain.messages_matrix import MATRIX_MESSAGES
from crm_desktop.domain.messages_pdf import PDF_MESSAGES
from crm_desktop.domain.messages_rules import RULE_MESSAGES
from crm_desktop.domain.messages_rules2 import RULES2_MESSAGES
from crm_desktop.domain.messages_rules3 import RULES3_MESSAGES
from crm_desktop.domain.messages_sync import SYNC_MESSAGES
from crm_desktop.domain.messages_syncui import SYNCUI_MESSAGES
from crm_desktop.domain.messages_textvocab import TEXTVOCAB_MESSAGES
from crm_desktop.domain.messages_translate import TRANSLATE_MESSAGES
from crm_desktop.domain.messages_trust import TRUST_MESSAGES
from crm_desktop.domain.messages_ui17 import UI17_MESSAGES
from crm_desktop.domain.messages_writes import WRITES_MESSAGES
from crm_desktop.domain.process_messages import PROCESS_MESSAGES

CATALOGUE: dict[str, tuple[str, str]] = {
    # attendance
    "attend.not_admitted": (
        "{who} no puede asistir a «{segment}» {body:of}: {reason}",
        "{who} may not attend “{segment}” {body:of}: {reason}",
    ),
    "reason.observer_country_grcm": (
        "los organismos observadores participan en las reuniones técnicas del GRCM, no así los países observadores",
        "observer organisations take part in the GRCM's technical meetings, observer countries do not",
    ),
    "reason.not_invited": (
        "en estas reuniones no participan los países observadores ni los organismos internacionales, "
        "a menos que se les invite explícitamente (no hay invitación registrada)",
        "observer countries and international organisations do not take part unless explicitly invited "
        "(no invitation is recorded)",
    ),
    "reason.closed_door_only_vm": (
        "a la reunión a puerta cerrada asisten únicamente los(as) Viceministros(as) / Subsecretarios(as) "
        "de los Países Miembros, acompañados cada uno de un funcionario de alto nivel",
        "the closed-door meeting is attended only by the member countries' Vice-Ministers / "
        "Under-Secretaries, each accompanied by one high-level official",
    ),
    "reason.closed_door_one_official": (
        "cada Viceministro(a) puede estar acompañado(a) únicamente de un funcionario de alto nivel; "
        "la delegación de {country} ya tiene a su Viceministro(a) y a su acompañante",
        "each Vice-Minister may be accompanied by one high-level official only; the delegation of "
        "{country} already has its Vice-Minister and companion",
    ),
    "reason.closed_door_no_vm": (
        "la delegación de {country} ya tiene acreditado a su funcionario de alto nivel: la otra persona debe "
        "ser su Viceministro(a) o Subsecretario(a)",
        "the delegation of {country} already has its high-level official accredited: the other person must be "
        "its Vice-Minister or Under-Secretary",
    ),
    "reason.category_excluded": (
        "su categoría ({category}) no participa en este segmento",
        "its category ({category}) does not take part in this segment",
    ),
    "attend.already": (
        "{who} ya está acreditado(a) a {segment} de esta reunión",
        "{who} is already accredited to the {segment} of this meeting",
    ),
    # capabilities
    "capability.observer_country": (
        "los países observadores participan en las discusiones abiertas, pero no intervienen en los puntos "
        "de agenda, en la toma de decisiones ni en la elaboración de documentos con recomendaciones o "
        "compromisos, a menos que cuenten con previa autorización de la Presidencia Pro-Témpore",
        "observer countries take part in open discussions but not in agenda items, decision-making or the "
        "drafting of documents containing recommendations or commitments, unless previously authorised "
        "by the Pro-Tempore Presidency",
    ),
    "capability.not_member": (
        "solo los Países Miembros toman decisiones en la CRM",
        "only member countries take decisions in the CRM",
    ),
    # drafting group
    "drafting.one_per_country": (
        "el Grupo de Redacción tiene un representante por país; {country} ya nombró a {name}",
        "the drafting group has one representative per country; {country} already named {name}",
    ),
    "drafting.not_accredited": (
        "el representante debe estar acreditado a la reunión",
        "the representative must be accredited to the meeting",
    ),
    "drafting.no_group": (
        "{body} no tiene Grupo de Redacción",
        "the {body} has no drafting group",
    ),
    "drafting.not_country": (
        "el Grupo de Redacción reúne a un representante por país miembro",
        "the drafting group gathers one representative per member country",
    ),
    "drafting.wrong_country": (
        "{name} no pertenece a la delegación de {country}",
        "{name} is not part of the delegation of {country}",
    ),
    # agenda
    "agenda.required_item": (
        "el punto «{item}» es obligatorio en la agenda de {segment} de {body} y no puede eliminarse",
        "the item “{item}” is required on the agenda of the {segment} of the {body} and cannot be removed",
    ),
    "agenda.missing_required": (
        "falta el punto obligatorio «{item}»",
        "the required item “{item}” is missing",
    ),
    "agenda.adopted_frozen": (
        "la agenda ya fue adoptada y no puede modificarse",
        "the agenda has been adopted and can no longer be changed",
    ),
    "agenda.bad_transition": (
        "la agenda no puede pasar de «{from_}» a «{to}»",
        "the agenda cannot move from “{from_}” to “{to}”",
    ),
    "agenda.comment_not_consulted": (
        "la versión preliminar de la agenda de {segment} se comparte con {consulted} para obtener sus aportes; "
        "no se registra un comentario de {delegation}",
        "the preliminary agenda of the {segment} is shared with {consulted} for their input; "
        "a comment from {delegation} is not recorded",
    ),
    "agenda.consulted_members": (
        "los países miembros",
        "the member countries",
    ),
    "agenda.consulted_members_orgs": (
        "los países miembros y los organismos internacionales observadores",
        "the member countries and the observer international organisations",
    ),
    # meetings and calendar
    "meeting.bad_status": (
        "la reunión no puede pasar de «{from_}» a «{to}»",
        "the meeting cannot move from “{from_}” to “{to}”",
    ),
    "meeting.end_before_start": (
        "la fecha de fin es anterior a la de inicio",
        "the end date is before the start date",
    ),
    "meeting.unknown_body": ("cuerpo desconocido: {body}", "unknown body: {body}"),
    "meeting.unknown_country": ("país desconocido: {country}", "unknown country: {country}"),
    "meeting.host_not_member": (
        "{body} se celebra en el territorio de un País Miembro; {country} no lo es",
        "the {body} is held in the territory of a member country; {country} is not one",
    ),
    "warn.vm_first_half": (
        "la Reunión de Viceministros(as) se celebra en la primavera o el primer semestre del año (esta cae en {month})",
        "the Vice-Ministers' Meeting is held in spring or the first half of the year (this one falls in {month})",
    ),
    "warn.vm_once_a_year": (
        "la Reunión de Viceministros(as) es anual: {year} tiene {count}",
        "the Vice-Ministers' Meeting is annual: {year} has {count}",
    ),
    "warn.grcm_twice_a_year": (
        "el GRCM se reúne dos veces al año: {year} tiene {count}",
        "the GRCM meets twice a year: {year} has {count}",
    ),
    "warn.network_before_grcm": (
        "las Redes se reúnen inmediatamente antes de las reuniones del GRCM; no hay un GRCM que comience "
        "al terminar esta reunión",
        "the networks meet immediately before the GRCM meetings; no GRCM starts when this meeting ends",
    ),
    "warn.host_not_ppt": (
        "la Reunión de Viceministros(as) se celebra en el país que ejerce la Presidencia Pro-Témpore "
        "({ppt}), no en {country}",
        "the Vice-Ministers' Meeting is held in the country holding the Pro-Tempore Presidency ({ppt}), "
        "not in {country}",
    ),
    "warn.no_ppt": (
        "no hay Presidencia Pro-Témpore registrada para {year}",
        "no Pro-Tempore Presidency is recorded for {year}",
    ),
    "warn.ppt_opening": (
        "la Presidencia Pro-Témpore debe participar en la sesión de inauguración de seminarios y talleres; "
        "no hay nadie de {ppt} acreditado",
        "the Pro-Tempore Presidency must take part in the opening session of seminars and workshops; "
        "nobody from {ppt} is accredited",
    ),
    "warn.grcm_head": (
        "el GRCM está compuesto por los Directores de Migración; la delegación de {country} no tiene uno acreditado",
        "the GRCM is made up of the directors of migration; the delegation of {country} has none accredited",
    ),
    "warn.drafting_missing": (
        "al inicio de la reunión cada país identifica un representante para el Grupo de Redacción; faltan: {countries}",
        "at the start of the meeting each country names a drafting-group representative; missing: {countries}",
    ),
    # presidency
    "ppt.not_member": (
        "la Presidencia Pro-Témpore la ejerce un País Miembro; {country} no lo es",
        "the Pro-Tempore Presidency is held by a member country; {country} is not one",
    ),
    "ppt.candidacy_not_plenary": (
        "los países interesados en asumir la Presidencia lo deben anunciar en la Reunión Plenaria Viceministerial",
        "countries interested in the Presidency must announce it at the Vice-Ministers' plenary",
    ),
    "ppt.no_candidacy": (
        "{country} no anunció su candidatura en una Reunión Plenaria Viceministerial",
        "{country} did not announce its candidacy at a Vice-Ministers' plenary",
    ),
    "ppt.no_consensus": (
        "la Presidencia Pro-Témpore se designa por consenso de los Países Miembros; objetan: {countries}",
        "the Pro-Tempore Presidency is designated by consensus of the member countries; objecting: {countries}",
    ),
    "ppt.year_taken": (
        "ya hay una Presidencia Pro-Témpore designada para {year} ({country}): la rotación es anual",
        "a Pro-Tempore Presidency is already designated for {year} ({country}): the rotation is annual",
    ),
    # participant lists (CSV)
    "csv.no_name_column": (
        "la primera fila debe ser la cabecera y contener la columna «name»",
        "the first row must be the header and contain the column “name”",
    ),
    "csv.unreadable": ("no se pudo leer el archivo CSV: {detail}", "the CSV file could not be read: {detail}"),
    "csv.empty_name": ("falta el nombre", "the name is missing"),
    "csv.bad_category": ("categoría desconocida «{value}»", "unknown category “{value}”"),
    "csv.bad_country": ("país desconocido «{value}»", "unknown country “{value}”"),
    "csv.country_category": (
        "el país «{value}» no corresponde a la categoría «{category}»",
        "the country “{value}” does not match the category “{category}”",
    ),
    "csv.bad_organisation": ("organización desconocida «{value}»", "unknown organisation “{value}”"),
    "csv.no_delegation": (
        "indique el país o la organización de la persona",
        "give the person's country or organisation",
    ),
    "csv.bad_email": ("correo electrónico no válido «{value}»", "invalid e-mail address “{value}”"),
    "csv.bad_role": ("función desconocida «{value}»", "unknown role “{value}”"),
    "csv.bad_segment": ("segmento desconocido «{value}»", "unknown segment “{value}”"),
    "csv.duplicate": (
        "la misma persona ya aparece en la línea {line} para este segmento",
        "the same person already appears on line {line} for this segment",
    ),
    "csv.line": ("línea {line}: {message}", "line {line}: {message}"),
    "csv.has_errors": (
        "{count:plural:fila:filas} con errores; no se importó nada",
        "{count:plural:row:rows} with errors; nothing was imported",
    ),
    # reports and mail
    "mail.no_recipients": (
        "ningún punto focal con correo electrónico corresponde a la selección",
        "no focal point with an e-mail address matches the selection",
    ),
    "mail.withheld": (
        "«{document}» no se envía a {name}: es un documento de distribución restringida ({audience})",
        "“{document}” is not sent to {name}: its distribution is restricted ({audience})",
    ),
    "mail.nothing_to_send": (
        "{name} no puede recibir ninguno de los documentos elegidos",
        "{name} may not receive any of the chosen documents",
    ),
    "mail.no_password": (
        "no hay contraseña guardada para {account}: guárdela con «crm-desktop mail password»",
        "no password is stored for {account}: store it with “crm-desktop mail password”",
    ),
    "mail.keyring": (
        "el llavero del sistema no está disponible: {detail}",
        "the system keyring is not available: {detail}",
    ),
    "mail.bad_server": ("servidor de correo no válido: {detail}", "invalid mail server: {detail}"),
    "mail.not_retryable": (
        "el mensaje {id} no se reintenta: su estado es «{status}»",
        "message {id} is not retried: its status is “{status}”",
    ),
    "noun.outbox message": ("el mensaje", "outbox message"),
    # backups and restore
    "backup.no_workspace": (
        "no hay un espacio de trabajo en {directory}",
        "there is no workspace in {directory}",
    ),
    "backup.unreadable": (
        "no se puede leer «{file}»: {detail}; no se ha cambiado nada",
        "cannot read “{file}”: {detail}; nothing was changed",
    ),
    "backup.not_database": (
        "«{file}» no es una copia de seguridad de CRM Desktop (no es una base de datos); no se ha cambiado nada",
        "“{file}” is not a CRM Desktop backup (it is not a database); nothing was changed",
    ),
    "backup.corrupt": (
        "«{file}» está dañado ({detail}); no se ha cambiado nada",
        "“{file}” is damaged ({detail}); nothing was changed",
    ),
    "backup.not_workspace": (
        "«{file}» es una base de datos, pero no un espacio de trabajo de CRM Desktop; no se ha cambiado nada",
        "“{file}” is a database but not a CRM Desktop workspace; nothing was changed",
    ),
    "backup.unknown_schema": (
        "«{file}» tiene una versión de esquema desconocida ({revision}), quizá de una versión más reciente "
        "de CRM Desktop; no se ha cambiado nada",
        "“{file}” has an unknown schema version ({revision}), perhaps from a newer CRM Desktop; nothing was changed",
    ),
    "backup.in_use": (
        "el espacio de trabajo está abierto en otra ventana o programa: ciérrelo y vuelva a intentarlo; "
        "no se ha cambiado nada",
        "the workspace is open in another window or program: close it and try again; nothing was changed",
    ),
    "backup.restored": (
        "espacio de trabajo «{name}» restaurado desde «{file}»",
        "workspace “{name}” restored from “{file}”",
    ),
    "backup.safety_copy": (
        "el estado anterior se guardó en «{file}»",
        "the previous state was saved in “{file}”",
    ),
    # generic
    "error.not_found": ("no existe {what} «{key}»", "there is no {what} “{key}”"),
    "noun.meeting": ("la reunión", "meeting"),
    "noun.conflict": ("el conflicto", "conflict"),
    "noun.person": ("la persona", "person"),
    "noun.agenda": ("la agenda", "agenda"),
    "noun.agenda item": ("el punto de agenda", "agenda item"),
    "noun.agenda version": ("la versión de agenda", "agenda version"),
    "noun.agenda comment": ("el comentario", "agenda comment"),
    "noun.accreditation": ("la acreditación", "accreditation"),
    "noun.decision": ("la decisión", "decision"),
    "noun.segment": ("el segmento", "segment"),
    "noun.document": ("el documento", "document"),
    "noun.device": ("el dispositivo", "device"),
    "noun.draft": ("el documento negociado", "negotiated document"),
    "noun.paragraph": ("el párrafo", "paragraph"),
    "noun.proposal": ("la propuesta", "proposal"),
    "noun.version": ("la versión", "version"),
    "noun.component": ("el componente", "component"),
    "error.invalid": ("dato no válido: {detail}", "invalid data: {detail}"),
}


# Subjects with many texts keep them in their own modules.
CATALOGUE.update(DRAFTING_MESSAGES)
CATALOGUE.update(SYNC_MESSAGES)
CATALOGUE.update(PROCESS_MESSAGES)
CATALOGUE.update(RULE_MESSAGES)
CATALOGUE.update(PDF_MESSAGES)
CATALOGUE.update(BUNDLE_MESSAGES)
CATALOGUE.update(FILES_MESSAGES)
CATALOGUE.update(TRUST_MESSAGES)
CATALOGUE.update(MATRIX_MESSAGES)
CATALOGUE.update(LOCAL_MESSAGES)
CATALOGUE.update(UI17_MESSAGES)
CATALOGUE.update(RULES2_MESSAGES)
CATALOGUE.update(CAPS_MESSAGES)
CATALOGUE.update(LANG_MESSAGES)
CATALOGUE.update(CLIKIT_MESSAGES)
CATALOGUE.update(TRANSLATE_MESSAGES)
CATALOGUE.update(SYNCUI_MESSAGES)
CATALOGUE.update(RULES3_MESSAGES)
CATALOGUE.update(BILINGUAL_MESSAGES)
CATALOGUE.update(LABEL_MESSAGES)
CATALOGUE.update(LANGUI_MESSAGES)
CATALOGUE.update(WRITES_MESSAGES)
CATALOGUE.update(TEXTVOCAB_MESSAGES)


@dataclass(frozen=True, slots=True)
class Bilingual:
    """A name that exists in both languages (a body's or segment's name) used as a parameter."""

    es: str
    en: str

    def render(self, lang: str = "es") -> str:
        return self.en if lang == "en" else self.es


@dataclass(frozen=True, slots=True)
class Message:
    """A translatable sentence: a catalogue code with its parameters."""

    code: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, lang: str = "es") -> str:
        es, en = CATALOGUE[self.code]
        template = en if lang == "en" else es
        return fill(template, lang, self.params)


def msg(code: str, **params: object) -> Message:
    if code not in CATALOGUE:
        raise KeyError(f"unknown message code {code}")
    return Message(code, params)
