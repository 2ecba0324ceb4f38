"""User-facing texts of the rules, in Spanish (source) and English.

The rules return codes with parameters; this catalogue turns them into sentences in the user's
language, so the CLI, the GUI and reports explain a refusal the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.domain.grammar import fill
from crm_desktop.domain.messages_bundle import BUNDLE_MESSAGES
from crm_desktop.domain.messages_caps import CAPS_MESSAGES
from crm_desktop.domain.messages_clikit import CLIKIT_MESSAGES
from crm_desktop.domain.messages_files import FILES_MESSAGES
from crm_desktop.domain.messages_lang import LANG_MESSAGES
from crm_desktop.domain.messages_langui import LANGUI_MESSAGES
from crm_desktop.domain.messages_local import LOCAL_MESSAGES
from crm_desktop.domain.messages_matrix import MATRIX_MESSAGES
from crm_desktop.domain.messages_pdf import PDF_MESSAGES
from crm_desktop.domain.messages_rules import RULE_MESSAGES
from crm_desktop.domain.messages_rules2 import RULES2_MESSAGES
from crm_desktop.domain.messages_trust import TRUST_MESSAGES
from crm_desktop.domain.messages_ui17 import UI17_MESSAGES
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
    # negotiated documents
    "draft.adopted_frozen": (
        "el documento ya fue adoptado y no puede modificarse",
        "the document has been adopted and can no longer be changed",
    ),
    "draft.not_drafting_group": (
        "solo los miembros del Grupo de Redacción, la Presidencia Pro-Témpore y la Secretaría Técnica "
        "redactan el texto; las demás delegaciones pueden presentar propuestas",
        "only the drafting group's members, the Pro-Tempore Presidency and the Technical Secretariat write "
        "the text; other delegations may submit proposals",
    ),
    "draft.observer_needs_authorisation": (
        "los observadores no intervienen en la elaboración de documentos que contengan recomendaciones o "
        "compromisos, a menos que cuenten con previa autorización de la Presidencia Pro-Témpore "
        "(no hay autorización registrada)",
        "observers do not take part in drafting documents containing recommendations or commitments unless "
        "previously authorised by the Pro-Tempore Presidency (no authorisation is recorded)",
    ),
    "draft.chair_only": (
        "solo la Presidencia Pro-Témpore, que encabeza el Grupo de Redacción, puede hacerlo",
        "only the Pro-Tempore Presidency, which heads the drafting group, may do this",
    ),
    "draft.closed_door_only": (
        "este documento es de la reunión a puerta cerrada: solo lo ven y redactan quienes asisten a ella",
        "this document belongs to the closed-door meeting: only those attending it see and draft it",
    ),
    "draft.members_only": (
        "este documento está reservado a los Países Miembros y la Secretaría Técnica",
        "this document is reserved to the member countries and the Technical Secretariat",
    ),
    "draft.audience_fixed": (
        "la audiencia de un documento no cambia: el texto borrado sobrevive en su historial; "
        "cree un documento aparte para el texto confidencial",
        "a document's audience never changes: deleted text survives in its history; create a separate "
        "document for confidential text",
    ),
    "draft.brackets_remain": (
        "no puede adoptarse por consenso mientras quede texto entre corchetes (párrafos {paragraphs})",
        "it cannot be adopted by consensus while bracketed text remains (paragraphs {paragraphs})",
    ),
    "draft.proposals_remain": (
        "no puede adoptarse mientras haya {count:plural:propuesta:propuestas} sin decidir",
        "it cannot be adopted while {count:plural:proposal:proposals} are undecided",
    ),
    "draft.objections": (
        "no hay consenso: objetan {countries}",
        "there is no consensus: objecting {countries}",
    ),
    "draft.silence_running": (
        "el procedimiento de silencio sigue abierto hasta {deadline}",
        "the silence procedure is open until {deadline}",
    ),
    "draft.silence_broken": (
        "el procedimiento de silencio fue roto por una objeción escrita de {countries}",
        "the silence procedure was broken by a written objection from {countries}",
    ),
    "draft.no_silence": ("no hay un procedimiento de silencio abierto", "no silence procedure is open"),
    "draft.silence_deadline_past": (
        "el plazo del procedimiento de silencio debe ser posterior a su apertura",
        "the silence procedure's deadline must be after its opening",
    ),
    "draft.objection_needs_text": (
        "una objeción se presenta por escrito: indique su texto",
        "an objection is made in writing: give its text",
    ),
    "draft.amendment_needs_old": (
        "indique el texto existente al que se refiere la propuesta",
        "quote the existing text the proposal refers to",
    ),
    "draft.amendment_needs_new": ("indique el texto propuesto", "give the proposed text"),
    "draft.amendment_no_change": ("la propuesta no cambia el texto", "the proposal does not change the text"),
    "draft.quote_not_found": (
        "el texto «{quote}» ya no figura en el párrafo",
        "the text “{quote}” is no longer in the paragraph",
    ),
    "draft.no_such_bracket": ("el párrafo no tiene un corchete n.º {n}", "the paragraph has no bracket no. {n}"),
    "draft.no_such_option": (
        "el corchete tiene {count} opciones; no existe la opción {n}",
        "the bracket has {count} options; there is no option {n}",
    ),
    "draft.bad_status": (
        "el párrafo no puede pasar de «{from_}» a «{to}»",
        "the paragraph cannot move from “{from_}” to “{to}”",
    ),
    "draft.agree_with_brackets": (
        "un párrafo con texto entre corchetes no puede darse por acordado",
        "a paragraph with bracketed text cannot be agreed",
    ),
    "draft.agree_with_proposals": (
        "el párrafo tiene {count:plural:propuesta:propuestas} sin decidir",
        "the paragraph has {count:plural:undecided proposal:undecided proposals}",
    ),
    "draft.proposal_closed": (
        "la propuesta ya fue decidida ({status})",
        "the proposal has already been decided ({status})",
    ),
    "draft.wrong_body": (
        "un documento «{type}» corresponde a {bodies}, no a esta reunión",
        "a “{type}” document belongs to {bodies}, not to this meeting",
    ),
    "draft.unknown_type": ("tipo de documento desconocido: {type}", "unknown document type: {type}"),
    "draft.no_actor": (
        "indique quién actúa (persona): las acciones sobre documentos negociados se atribuyen a una delegación",
        "say who is acting (person): actions on negotiated documents are attributed to a delegation",
    ),
    "draft.version_label_taken": (
        "ya existe la versión «{label}»",
        "version “{label}” already exists",
    ),
    "draft.bad_docx": (
        "no se pudo leer el archivo Word «{name}»: {detail}",
        "the Word file “{name}” could not be read: {detail}",
    ),
    "draft.not_own_delegation": (
        "cada delegación habla por sí misma: no puede actuar en nombre de {delegation}",
        "each delegation speaks for itself: it cannot act on behalf of {delegation}",
    ),
    "draft.foreign_session": (
        "el cambio de texto lleva una sesión de edición que no pertenece a su autor",
        "the text change carries an editing session that does not belong to its author",
    ),
    "draft.same_paragraph": (
        "un párrafo no puede moverse junto a sí mismo",
        "a paragraph cannot be moved next to itself",
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
    # sync: identities, roster, bundles
    "sync.no_keyring": (
        "no hay un llavero del sistema disponible para guardar las claves privadas de este dispositivo; "
        "instale uno (GNOME Keyring, KWallet, el llavero de macOS o Windows) o elija expresamente un archivo "
        "de claves protegido con frase de contraseña (--key-file, variable CRM_DESKTOP_KEY_PASSPHRASE)",
        "no system keyring is available to hold this device's private keys; install one (GNOME Keyring, "
        "KWallet, the macOS or Windows keychain) or explicitly choose a passphrase-protected key file "
        "(--key-file, variable CRM_DESKTOP_KEY_PASSPHRASE)",
    ),
    "sync.no_passphrase": (
        "el archivo de claves necesita una frase de contraseña (variable CRM_DESKTOP_KEY_PASSPHRASE)",
        "the key file needs a passphrase (variable CRM_DESKTOP_KEY_PASSPHRASE)",
    ),
    "sync.bad_passphrase": (
        "la frase de contraseña no abre {what}",
        "the passphrase does not open {what}",
    ),
    "sync.no_identity": (
        "este dispositivo aún no tiene claves: use «crm-desktop identity init» (quien crea el espacio de trabajo) "
        "o «crm-desktop join-request» (quien se une)",
        "this device has no keys yet: run “crm-desktop identity init” (whoever created the workspace) "
        "or “crm-desktop join-request” (whoever joins)",
    ),
    "sync.keys_missing": (
        "las claves privadas de este dispositivo no están en el llavero; restáurelas desde una copia de seguridad",
        "this device's private keys are not in the keyring; restore them from a backup",
    ),
    "sync.backup_mismatch": (
        "la copia de seguridad de claves es de otro dispositivo ({device})",
        "the key backup belongs to another device ({device})",
    ),
    "sync.not_joined": (
        "este dispositivo aún no forma parte de un espacio de trabajo: importe su paquete de bienvenida",
        "this device is not part of a workspace yet: import its welcome bundle",
    ),
    "sync.already_joined": (
        "este dispositivo ya forma parte del espacio de trabajo «{name}»",
        "this device already belongs to the workspace “{name}”",
    ),
    "sync.bad_join_request": (
        "la solicitud de ingreso no es válida: {detail}",
        "the join request is invalid: {detail}",
    ),
    "sync.bad_role": (
        "rol desconocido «{role}»: use st, ppt, member u observer",
        "unknown role “{role}”: use st, ppt, member or observer",
    ),
    "sync.admin_role": (
        "solo un dispositivo de la ST o de la PPT puede administrar la lista de dispositivos",
        "only an ST or PPT device may administer the roster",
    ),
    "sync.not_admin": (
        "este dispositivo no administra la lista de dispositivos: pida la aprobación a la ST o a la PPT",
        "this device does not administer the roster: ask the ST or the PPT to approve",
    ),
    "sync.unknown_device": (
        "no hay un dispositivo «{device}» en la lista",
        "there is no device “{device}” on the roster",
    ),
    "sync.device_revoked": (
        "el dispositivo {device} fue revocado y no recibe nada más",
        "device {device} was revoked and receives nothing more",
    ),
    "sync.file_error": (
        "no se puede usar el archivo «{file}»: {detail}; no se ha cambiado nada",
        "cannot use the file “{file}”: {detail}; nothing was changed",
    ),
    "sync.no_recipients": ("no hay destinatarios para el paquete", "the bundle has no recipients"),
    "sync.bundle_refused": (
        "paquete rechazado, no se cambió nada: {reason}",
        "bundle refused, nothing was changed: {reason}",
    ),
    "sync.reason.too_large": (
        "el archivo mide {size} bytes, más que el máximo de {limit}",
        "the file is {size} bytes, more than the limit of {limit}",
    ),
    "sync.reason.not_bundle": ("no es un paquete de CRM Desktop", "it is not a CRM Desktop bundle"),
    "sync.reason.version": (
        "versión de formato {version} no admitida (esta aplicación lee la {supported})",
        "format version {version} is not supported (this application reads {supported})",
    ),
    "sync.reason.signature": (
        "la firma no es válida: el archivo fue alterado, truncado o no proviene del remitente indicado",
        "the signature is invalid: the file was altered, truncated or does not come from its stated sender",
    ),
    "sync.reason.malformed": ("el contenido está mal formado ({detail})", "the content is malformed ({detail})"),
    "sync.reason.unknown_sender": (
        "el remitente (huella {fingerprint}) no está en la lista de dispositivos de este espacio de trabajo",
        "the sender (fingerprint {fingerprint}) is not on this workspace's roster",
    ),
    "sync.reason.revoked_sender": (
        "el remitente {device} fue revocado; sus paquetes ya no se aceptan",
        "the sender {device} was revoked; its bundles are no longer accepted",
    ),
    "sync.reason.other_workspace": (
        "el paquete pertenece a otro espacio de trabajo",
        "the bundle belongs to another workspace",
    ),
    "sync.reason.not_recipient": (
        "este dispositivo no es destinatario del paquete",
        "this device is not a recipient of the bundle",
    ),
    "sync.reason.decrypt": ("no se puede descifrar el contenido", "the content cannot be decrypted"),
    "sync.reason.changeset_signature": (
        "el cambio {device}:{seq} no lleva una firma válida de su autor",
        "change {device}:{seq} does not carry a valid signature of its author",
    ),
    "sync.reason.unknown_author": (
        "el autor del cambio {device}:{seq} no está en la lista de dispositivos",
        "the author of change {device}:{seq} is not on the roster",
    ),
    "sync.reason.not_permitted": (
        "el autor del cambio {device}:{seq} no tiene permiso: {why}",
        "the author of change {device}:{seq} is not allowed: {why}",
    ),
    "sync.why.roster": (
        "solo un administrador modifica la lista de dispositivos",
        "only an administrator changes the roster",
    ),
    "sync.why.audience": (
        "un dispositivo con rol {role} no puede escribir material «{audience}»",
        "a device with role {role} may not write “{audience}” material",
    ),
    "sync.why.revoked": ("el dispositivo fue revocado", "the device was revoked"),
    "sync.why.own_delegation": (
        "un dispositivo de observador solo registra los comentarios de su propia delegación ({delegation})",
        "an observer's device records only its own delegation's comments ({delegation})",
    ),
    "sync.why.welcome": (
        "el paquete de bienvenida no fue enviado por un administrador del espacio de trabajo",
        "the welcome bundle was not sent by an administrator of the workspace",
    ),
    "noun.draft": ("el documento negociado", "negotiated document"),
    "noun.paragraph": ("el párrafo", "paragraph"),
    "noun.proposal": ("la propuesta", "proposal"),
    "noun.version": ("la versión", "version"),
    "noun.component": ("el componente", "component"),
    "error.invalid": ("dato no válido: {detail}", "invalid data: {detail}"),
}


# The between-meetings process keeps its texts in their own module (it has many).
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
CATALOGUE.update(LANGUI_MESSAGES)


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
