"""Messages of the trust checks: clocks within bounds, enrolment against the delegation, id prefixes.
Spanish first; merged into :data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

TRUST_MESSAGES: dict[str, tuple[str, str]] = {
    # clocks
    "sync.reason.future_clock": (
        "el reloj del cambio {device}:{seq} ({hlc}) va más de 24 horas por delante del de este equipo",
        "the clock of change {device}:{seq} ({hlc}) is more than 24 hours ahead of this laptop's",
    ),
    # id prefixes
    "error.ambiguous_ids": (
        "«{key}» designa más de un registro ({what}): {candidates}; escriba más caracteres",
        "“{key}” matches more than one {what}: {candidates}; type more characters",
    ),
    # enrolment
    "enrol.observer_only": (
        "{delegation} no es un País Miembro: su equipo solo puede tener el papel «observer»",
        "{delegation} is not a member country: its laptop can only have the role “observer”",
    ),
    "enrol.st_only": (
        "solo un equipo de la Secretaría Técnica (organización «ST») puede tener el papel «st»",
        "only a Technical Secretariat laptop (organisation “ST”) can have the role “st”",
    ),
    "enrol.ppt_only": (
        "{delegation} no ejerce la Presidencia Pro-Témpore (la ejerce {holders}): no puede tener el papel «ppt»",
        "{delegation} does not hold the Pro-Tempore Presidency (held by {holders}): it cannot have the role “ppt”",
    ),
    "enrol.unknown_role": ("papel desconocido: {role}", "unknown role: {role}"),
    "enrol.refused": (
        "no se aprueba la solicitud de {person} ({delegation}) como «{role}»: {reason}",
        "the request of {person} ({delegation}) as “{role}” is not approved: {reason}",
    ),
    "enrol.will_see": (
        "{person} ({delegation}), papel «{role}»: este equipo recibirá {audiences}",
        "{person} ({delegation}), role “{role}”: this laptop will receive {audiences}",
    ),
    "audience.public": ("el material público", "public material"),
    "audience.members": ("el material de los Países Miembros", "the member countries' material"),
    "audience.closed_door": ("el material de las sesiones a puerta cerrada", "closed-door material"),
    "audience.secretariat": (
        "los asuntos internos de la Secretaría Técnica",
        "the Technical Secretariat's own matters",
    ),
}
