"""Texts of the rule warnings' listing and of the citations of the coordination text."""

from __future__ import annotations

RULE_MESSAGES: dict[str, tuple[str, str]] = {
    "rule.source_section": ("Sección {section}: «{sentence}»", "Section {section}: “{sentence}”"),
    "rule.source_note": ("Nota {section}: «{sentence}»", "Note {section}: “{sentence}”"),
    "warn.vm_missing": (
        "la Reunión de Viceministros(as) es anual: no hay ninguna registrada en {year}",
        "the Vice-Ministers' Meeting is annual: none is recorded in {year}",
    ),
    "warn.grcm_missing": (
        "el GRCM se reúne dos veces al año: no hay ninguna reunión registrada en {year}",
        "the GRCM meets twice a year: no meeting is recorded in {year}",
    ),
    "ppt.consecutive": (
        "{country} ya ejerce la Presidencia Pro-Témpore en {other}: la rotación es anual y no puede ejercerla "
        "también en {year}, salvo que los Países Miembros lo acuerden por consenso "
        "(regístrelo con --consecutive-by-consensus)",
        "{country} already holds the Pro-Tempore Presidency in {other}: the rotation is annual, so it cannot "
        "also hold it in {year} unless the member countries agree by consensus "
        "(record it with --consecutive-by-consensus)",
    ),
    "ppt.designated": (
        "{country} designado Presidencia Pro-Témpore para {year}",
        "{country} designated Pro-Tempore Presidency for {year}",
    ),
    "ppt.designated_by_consensus": (
        "{country} designado Presidencia Pro-Témpore para {year}; se registró el acuerdo por consenso de un "
        "segundo año consecutivo",
        "{country} designated Pro-Tempore Presidency for {year}; the consensus agreement on a second "
        "consecutive year was recorded",
    ),
    "draft.not_attending": (
        "la delegación {delegation} no participa en esta reunión, así que no interviene en la redacción de "
        "sus documentos",
        "the delegation {delegation} does not take part in this meeting, so it does not take part in drafting "
        "its documents",
    ),
    "draft.objection_members_only": (
        "solo los Países Miembros adoptan las decisiones por consenso; {delegation} no puede objetar "
        "(Sección A: «Las decisiones, adoptadas por consenso y de carácter vinculante…»)",
        "only the member countries adopt decisions by consensus; {delegation} cannot object "
        "(Section A: “The decisions, adopted by consensus and binding…”)",
    ),
    "draft.objection_not_accredited": (
        "la delegación {delegation} no está acreditada a esta reunión: solo quien participa en ella puede "
        "objetar la adopción por consenso",
        "the delegation {delegation} is not accredited to this meeting: only those taking part in it can "
        "object to adoption by consensus",
    ),
    "act.meeting_required": (
        "una invitación o una autorización de la Presidencia Pro-Témpore se da para una reunión: indique cuál",
        "an invitation or an authorisation of the Pro-Tempore Presidency is given for a meeting: say which",
    ),
    "warnings.none": ("No hay advertencias.", "No warnings."),
    "warnings.year": ("Año {year}", "Year {year}"),
    "warnings.count": ("{count:plural:advertencia:advertencias}", "{count:plural:warning:warnings}"),
    "check.summary_ok": (
        "correcto: {changesets:plural:conjunto de cambios:conjuntos de cambios}, "
        "{warnings:plural:advertencia:advertencias}",
        "ok: {changesets:plural:changeset:changesets}, {warnings:plural:warning:warnings}",
    ),
    "check.summary_problems": (
        "con problemas: {changesets:plural:conjunto de cambios:conjuntos de cambios}, "
        "{warnings:plural:advertencia:advertencias}",
        "problems: {changesets:plural:changeset:changesets}, {warnings:plural:warning:warnings}",
    ),
}
