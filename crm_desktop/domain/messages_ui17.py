"""Texts that tell the consequences of an action and how to get past a refusal."""

from __future__ import annotations

UI17_MESSAGES: dict[str, tuple[str, str]] = {
    "chair.is": (
        "{reason}. {country} ejerce la Presidencia Pro-Témpore en {year} y preside {name}: elija a {name} en "
        "«Actúa como»",
        "{reason}. {country} holds the Pro-Tempore Presidency in {year} and {name} is the chair: choose {name} "
        "in “Acting as”",
    ),
    "chair.no_seat": (
        "{reason}. {country} ejerce la Presidencia Pro-Témpore en {year}, pero no tiene representante en el "
        "Grupo de Redacción de esta reunión: en Delegaciones → Acreditación, nombre a una persona de {country} "
        "acreditada a la reunión",
        "{reason}. {country} holds the Pro-Tempore Presidency in {year} but has no representative in this "
        "meeting's drafting group: in Delegations → Accreditation, name a person of {country} accredited to "
        "the meeting",
    ),
    "chair.no_ppt": (
        "{reason}. No hay Presidencia Pro-Témpore registrada para {year}: regístrela en Proceso",
        "{reason}. No Pro-Tempore Presidency is recorded for {year}: record it in Process",
    ),
    "withdraw.loses_seat": (
        "{name} deja de estar acreditado(a) a la reunión, así que pierde también su puesto de {country} en el "
        "Grupo de Redacción",
        "{name} is no longer accredited to the meeting, so {country}'s seat in the drafting group is lost too",
    ),
    "withdraw.loses_chair": (
        "{name} preside el Grupo de Redacción por la Presidencia Pro-Témpore: sin su puesto, nadie podrá aceptar "
        "enmiendas ni adoptar los documentos hasta que {country} nombre a otra persona",
        "{name} chairs the drafting group for the Pro-Tempore Presidency: without the seat, nobody can accept "
        "amendments or adopt the documents until {country} names someone else",
    ),
}
UI17_MESSAGES.update(
    {
        # Shorter than the rule's refusal they replace in the message bar (the rule stays in its tooltip).
        "guide.closed_door_taken": (
            "{who} no puede entrar a «{segment}»: los dos lugares de {country} ya los ocupan {names}. Para "
            "acreditar a {who}, retire antes a una de esas personas de la lista a puerta cerrada.",
            "{who} cannot join “{segment}”: {country}'s two places are taken by {names}. To accredit {who}, "
            "first withdraw one of them from the closed-door list.",
        ),
        "guide.closed_door_needs_vm": (
            "{who} no puede entrar a «{segment}»: no es Viceministro(a) y {country} ya tiene a {names} como "
            "acompañante. Acredite primero al (a la) Viceministro(a) de {country}, o retire a {names}.",
            "{who} cannot join “{segment}”: not a Vice-Minister, and {country} already has {names} as the "
            "accompanying official. Accredit {country}'s Vice-Minister first, or withdraw {names}.",
        ),
        "guide.needs_invitation": (
            "{who} no puede asistir a «{segment}»: {delegation} solo asiste si se le invita, y no hay invitación "
            "registrada para esta reunión. Si la Presidencia le invitó, registre la invitación.",
            "{who} may not attend “{segment}”: {delegation} attends only when invited, and no invitation is "
            "recorded for this meeting. If the Presidency invited them, record the invitation.",
        ),
    }
)
