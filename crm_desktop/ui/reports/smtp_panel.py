"""The SMTP settings of the send dialog, on a tab of their own: server, port, security, user,
password (kept only in the OS keyring) and sender, remembered on this laptop."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from crm_desktop.mail.smtp import SECURITY, SmtpSettings

# Remembered on this laptop; the password never is (it lives in the OS keyring).
HOST, PORT, SECURITY_KEY, USER, SENDER = (
    "mail/smtp_host",
    "mail/smtp_port",
    "mail/smtp_security",
    "mail/smtp_user",
    "mail/sender",
)


def smtp_settings_from_preferences() -> tuple[SmtpSettings | None, str]:
    """The remembered SMTP server and sender (None when no server was ever configured)."""
    store = QSettings()
    host = str(store.value(HOST, "") or "")
    sender = str(store.value(SENDER, "") or "")
    if not host:
        return None, sender
    port = int(str(store.value(PORT, 587) or 587))
    security = str(store.value(SECURITY_KEY, "starttls") or "starttls")
    user = str(store.value(USER, "") or "") or None
    return SmtpSettings(host, port, security, user), sender


class SmtpPanel(QWidget):
    """The server's settings and the "Send now" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        store = QSettings()
        self.host_edit = QLineEdit(str(store.value(HOST, "") or ""))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(int(str(store.value(PORT, 587) or 587)))
        self.security_combo = QComboBox()
        for code in SECURITY:
            self.security_combo.addItem("", code)
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(store.value(SECURITY_KEY, "starttls"))))
        self.user_edit = QLineEdit(str(store.value(USER, "") or ""))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_edit = QLineEdit(str(store.value(SENDER, "") or ""))
        self.send_button = QPushButton()
        form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self.labels,
            (self.host_edit, self.port_spin, self.security_combo, self.user_edit, self.password_edit, self.sender_edit),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.send_button)

    def retranslate(self) -> None:
        texts = (
            self.tr("&Servidor:"),
            self.tr("&Puerto:"),
            self.tr("S&eguridad:"),
            self.tr("&Usuario:"),
            self.tr("&Contraseña:"),
            self.tr("&Remitente:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.password_edit.setPlaceholderText(self.tr("Vacía: la guardada en el llavero del sistema"))
        security = {
            "starttls": self.tr("STARTTLS"),
            "tls": self.tr("TLS implícito"),
            "plain": self.tr("Sin cifrar (solo un relé local)"),
        }
        for i in range(self.security_combo.count()):
            self.security_combo.setItemText(i, security[self.security_combo.itemData(i)])
        self.send_button.setText(self.tr("E&nviar ahora"))

    def settings(self) -> tuple[SmtpSettings, str] | None:
        """The settings typed (remembered for next time); None when the server or the sender is missing."""
        host = self.host_edit.text().strip()
        sender = self.sender_edit.text().strip()
        if not host or "@" not in sender:
            return None
        user = self.user_edit.text().strip() or None
        settings = SmtpSettings(host, self.port_spin.value(), str(self.security_combo.currentData()), user)
        store = QSettings()
        for key, value in (
            (HOST, host),
            (PORT, settings.port),
            (SECURITY_KEY, settings.security),
            (USER, user or ""),
            (SENDER, sender),
        ):
            store.setValue(key, value)
        return settings, sender
