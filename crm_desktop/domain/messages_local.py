"""Messages of local robustness: input files, the workspace file, busy writers, restore checks.
Spanish first. Merged into :data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

LOCAL_MESSAGES: dict[str, tuple[str, str]] = {
    # input files
    "file.not_regular": (
        "«{file}» no es un archivo normal (es {kind}); no se ha leído",
        "“{file}” is not a regular file (it is {kind}); it was not read",
    ),
    "file.too_large": (
        "«{file}» es demasiado grande ({size} bytes; máximo {limit}); no se ha leído",
        "“{file}” is too large ({size} bytes; at most {limit}); it was not read",
    ),
    "file.special": ("no es un archivo normal, sino {kind}", "not a regular file but {kind}"),
    "file.unreadable": ("no se puede leer «{file}»: {detail}", "cannot read “{file}”: {detail}"),
    "file.kind.directory": ("una carpeta", "a folder"),
    "file.kind.fifo": ("una tubería con nombre", "a named pipe"),
    "file.kind.device": ("un dispositivo", "a device"),
    "file.kind.socket": ("un socket", "a socket"),
    "file.kind.other": ("un archivo especial", "a special file"),
    # the workspace database
    "workspace.not_database": (
        "«{file}» no es una base de datos de CRM Desktop (archivo dañado o de otro programa); "
        "restaure una copia de seguridad con «crm-desktop backup restore»",
        "“{file}” is not a CRM Desktop database (damaged, or another program's file); "
        "restore a backup with “crm-desktop backup restore”",
    ),
    "workspace.busy": (
        "el espacio de trabajo está ocupado: otro programa está escribiendo en él; vuelva a intentarlo "
        "en un momento (no se ha cambiado nada)",
        "the workspace is busy: another program is writing to it; try again in a moment (nothing was changed)",
    ),
    "workspace.build_interrupted": (
        "la creación de este espacio de trabajo se interrumpió ({what}): está incompleto; bórrelo y vuelva a crearlo",
        "creating this workspace was interrupted ({what}): it is incomplete; delete it and create it again",
    ),
    # restore
    "backup.schema_mismatch": (
        "«{file}» no tiene el esquema de CRM Desktop ({detail}); no se ha cambiado nada",
        "“{file}” does not have CRM Desktop's schema ({detail}); nothing was changed",
    ),
    "backup.other_workspace": (
        "«{file}» es una copia de otro espacio de trabajo («{name}»); no se ha cambiado nada",
        "“{file}” is a backup of another workspace (“{name}”); nothing was changed",
    ),
    "backup.other_device": (
        "«{file}» es una copia hecha en otro portátil (dispositivo {device}; este es {current}): al "
        "restaurarla, este portátil tomaría la identidad de aquel",
        "“{file}” is a backup made on another laptop (device {device}; this one is {current}): restoring it, "
        "this laptop would take that laptop's identity",
    ),
    "backup.take_identity_hint": (
        "no se ha cambiado nada; si es lo que quiere, repita la orden con «--take-identity»",
        "nothing was changed; if that is what you want, run the command again with “--take-identity”",
    ),
    "backup.take_identity_question": (
        "¿Restaurar la copia y tomar la identidad de ese portátil?",
        "Restore the backup and take that laptop's identity?",
    ),
}
