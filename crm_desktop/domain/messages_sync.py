"""Messages of sync: identities, the roster, bundles. Spanish first; merged into
:data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

SYNC_MESSAGES: dict[str, tuple[str, str]] = {
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
}
