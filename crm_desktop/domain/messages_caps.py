"""Texts of the rules on presenting agenda items, recording decisions and granting exceptions."""

from __future__ import annotations

CAPS_MESSAGES: dict[str, tuple[str, str]] = {
    "caps.source_intro": ("Introducción: «{sentence}»", "Introduction: “{sentence}”"),
    "caps.decision_not_here": (
        "una reunión de «{body}» no adopta decisiones vinculantes: las adopta solo la Reunión de "
        "Viceministros(as) ({source})",
        "a meeting of “{body}” adopts no binding decisions: only the Vice-Ministers' Meeting adopts them ({source})",
    ),
    "caps.recommendation_not_here": (
        "las conclusiones y recomendaciones son las del GRCM: una reunión de «{body}» no las registra ({source})",
        "conclusions and recommendations are the GRCM's: a meeting of “{body}” does not record them ({source})",
    ),
    "caps.observer_presents": (
        "{country} es un país observador: no presenta puntos de la agenda de esta reunión sin una "
        "autorización previa de la Presidencia Pro-Témpore para ella ({source})",
        "{country} is an observer country: it presents no item of this meeting's agenda without a prior "
        "authorisation of the Pro-Tempore Presidency for it ({source})",
    ),
    "caps.observer_comments": (
        "{country} es un país observador: no comenta los puntos de la agenda de esta reunión sin una "
        "autorización previa de la Presidencia Pro-Témpore para ella ({source})",
        "{country} is an observer country: it does not comment on this meeting's agenda items without a prior "
        "authorisation of the Pro-Tempore Presidency for it ({source})",
    ),
    "caps.observer_absent": (
        "{country} no participa en las reuniones de «{body}», así que no interviene en su agenda: {reason} ({source})",
        "{country} does not take part in meetings of “{body}”, so it takes no part in their agenda: {reason} "
        "({source})",
    ),
    "caps.act_not_ppt": (
        "solo la Presidencia Pro-Témpore, o la ST en su nombre, registra invitaciones y autorizaciones; "
        "este equipo es de {role} ({source})",
        "only the Pro-Tempore Presidency, or the ST on its behalf, records invitations and authorisations; "
        "this laptop belongs to {role} ({source})",
    ),
    "caps.act_grantor": (
        "una invitación o autorización registrada por {role} consta como otorgada por: {expected}; el "
        "cambio dice «{given}» ({source})",
        "an invitation or authorisation recorded by {role} is granted by: {expected}; the change says "
        "“{given}” ({source})",
    ),
}
