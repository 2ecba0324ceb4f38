"""Messages of the command line's own output: the sync commands (identity, join requests, roster,
bundles, the shared folder), ``about``, ``calendar export`` and ``participants import``. Spanish
first; merged into :data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

CLIKIT_MESSAGES: dict[str, tuple[str, str]] = {
    "cli.sync.keys_in_use": ("claves nuevas en uso: {fingerprint}", "new keys in use: {fingerprint}"),
    "cli.sync.rotation_requested": (
        "solicitud de rotación escrita; huella nueva {fingerprint}: pida a un administrador que la apruebe",
        "rotation request written; new fingerprint {fingerprint}: ask an administrator to approve it",
    ),
    "cli.sync.join_written": (
        "solicitud escrita en {file}; huella de este dispositivo: {fingerprint}",
        "request written to {file}; this device's fingerprint: {fingerprint}",
    ),
    "cli.sync.approved": (
        "aprobado {device} ({person}, {role}), huella {fingerprint}; paquete de bienvenida: {welcome}",
        "approved {device} ({person}, {role}), fingerprint {fingerprint}; welcome bundle: {welcome}",
    ),
    "cli.sync.exported": (
        "{file}: {changesets} cambios, {withheld} retenidos, para {recipients}",
        "{file}: {changesets} changes, {withheld} withheld, for {recipients}",
    ),
    "cli.sync.replay": ("paquete ya importado: nada que hacer", "bundle already imported: nothing to do"),
    "cli.sync.imported": (
        "de {sender} (huella {fingerprint}): {applied} cambios aplicados, {pending} en espera",
        "from {sender} (fingerprint {fingerprint}): {applied} changes applied, {pending} pending",
    ),
    "cli.sync.check_admin": (
        "compruebe por teléfono la huella del administrador antes de confiar en este espacio de trabajo",
        "check the administrator's fingerprint by phone before trusting this workspace",
    ),
    "cli.sync.folder_imported": ("importado {name}", "imported {name}"),
    "cli.sync.folder_exported": ("exportado {name}", "exported {name}"),
    "cli.about.licence": ("Licencia: {licence}", "Licence: {licence}"),
    "cli.about.bundled": ("Programa empaquetado: {runtime}", "Bundled program: {runtime}"),
    "cli.about.venv": ("Entorno de Python: {runtime}", "Python environment: {runtime}"),
    "cli.about.log": ("Registro: {file}", "Log: {file}"),
    "cli.about.components": ("Componentes de terceros:", "Third-party components:"),
    "cli.calendar.exported": ("{count} reuniones → {file}", "{count} meetings → {file}"),
    "cli.csv.new": ("nueva persona", "new person"),
    "cli.csv.existing": ("persona conocida", "known person"),
    "cli.csv.already": ("ya acreditada", "already accredited"),
    "cli.csv.error": ("error", "error"),
}
