"""Messages of the authorisation matrix (:mod:`crm_desktop.domain.authorisation`), Spanish first.
Merged into :data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

MATRIX_MESSAGES: dict[str, tuple[str, str]] = {
    "authz.not_granted": (
        "{author} no puede {op} «{table}»; solo lo hace {allowed}",
        "{author} may not {op} “{table}”; only {allowed} may",
    ),
    "authz.primary_key": (
        "una operación no puede cambiar la clave de una fila ({table} {id})",
        "an operation may not change a row's key ({table} {id})",
    ),
    "authz.unknown_table": ("tabla desconocida: «{table}»", "unknown table: “{table}”"),
    "authz.malformed": ("operación desconocida o mal formada: «{op}»", "unknown or malformed operation: “{op}”"),
    "authz.audience": (
        "solo la ST o un administrador cambian quién ve una fila existente de «{table}»",
        "only the ST or an administrator changes who sees an existing row of “{table}”",
    ),
    "authz.not_consulted": (
        "la delegación {delegation} no es consultada sobre esta agenda",
        "delegation {delegation} is not consulted on this agenda",
    ),
    "authz.admission": (
        "acreditación no admitida ({person}, segmento «{segment}»): {reason}",
        "accreditation not admitted ({person}, segment “{segment}”): {reason}",
    ),
    "authz.unknown_row": (
        "«{table}» nombra una fila que este equipo no conoce: {ref}",
        "“{table}” names a row this laptop does not know: {ref}",
    ),
}
