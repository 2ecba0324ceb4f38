"""Messages of negotiated documents (drafts, paragraphs, proposals, versions). Spanish first; merged into
:data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

DRAFTING_MESSAGES: dict[str, tuple[str, str]] = {
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
}
