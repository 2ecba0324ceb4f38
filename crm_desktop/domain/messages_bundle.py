"""Messages of the bundle reader's limits and of refused files in a shared folder, Spanish first.
Merged into :data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

BUNDLE_MESSAGES: dict[str, tuple[str, str]] = {
    "sync.reason.limit": (
        "el paquete supera un límite: {what} (como máximo {limit}); se rechazó antes de procesarlo",
        "the bundle exceeds a limit: {what} (at most {limit}); it was refused before being processed",
    ),
    "sync.limit.payload": (
        "tamaño del contenido descomprimido frente al tamaño recibido, en bytes",
        "size of the inflated content for the size received, in bytes",
    ),
    "sync.limit.items": (
        "número de elementos JSON frente al tamaño recibido",
        "number of JSON items for the size received",
    ),
    "sync.limit.depth": ("profundidad de anidamiento JSON", "JSON nesting depth"),
    "sync.limit.string": ("longitud de una cadena JSON, en bytes", "length of one JSON string, in bytes"),
    "sync.limit.number": ("longitud de un número JSON, en caracteres", "length of one JSON number, in characters"),
    "sync.limit.changesets": ("número de cambios en un paquete", "number of changes in one bundle"),
    "sync.limit.ops": ("número de operaciones en un cambio", "number of operations in one change"),
    "sync.reason.sender_before_decrypt": (
        "el remitente {device} (huella {fingerprint}) no está en la lista de dispositivos de este espacio "
        "de trabajo; el paquete se rechazó sin descifrarlo",
        "the sender {device} (fingerprint {fingerprint}) is not on this workspace's roster; the bundle was "
        "refused without decrypting it",
    ),
    "sync.reason.not_welcome": (
        "este dispositivo aún no se ha unido: solo acepta el paquete de bienvenida de un administrador",
        "this device has not joined yet: it accepts only a welcome bundle from an administrator",
    ),
    "sync.folder.refused_before": (
        "rechazado en una pasada anterior ({when}), no se vuelve a procesar mientras no cambie: {reason}",
        "refused in an earlier pass ({when}), not processed again unless it changes: {reason}",
    ),
}
