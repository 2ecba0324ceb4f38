"""How the send dialog words a delivery plan: who receives what, who is excluded and why, what happened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from crm_desktop.app.mail import DeliveryPlan, Outcome
from crm_desktop.domain.grammar import in_lang
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext


# Plurals name their context: PySide's ``tr`` finds a plural only in the class of the object itself,
# not in a base class like this one (a singular is found in any class of the hierarchy).
class DeliveryText(QDialog):
    """The wording of a delivery plan and its outcomes (the send dialog, ``SendDialog``, is built on it)."""

    ctx: UiContext

    def describe(self, plan: DeliveryPlan, outcomes: list[Outcome] | None = None) -> str:
        """Who receives what, who is excluded and why (and what happened, after a delivery)."""
        lang = self.ctx.lang
        # A draft to several focal points (Bcc) names them all: each line shows what became of its message.
        status = {who: o for o in outcomes or [] for who in o.recipient.split(", ")}
        lines = [QCoreApplication.translate("DeliveryText", "Reciben (%n):", "", len(plan.messages))]
        for m in plan.messages:
            docs = ", ".join(in_lang(d.title_es, d.title_en, lang) for d in m.documents)
            line = f"• {m.recipient.name} ({m.recipient.country}) <{m.recipient.email}>: {docs}"
            outcome = status.get(m.recipient.email)
            if outcome is not None:
                line += " — " + self.outcome_label(outcome)
            lines.append(line)
            for d in m.withheld:
                title = in_lang(d.title_es, d.title_en, lang)
                lines.append(
                    "    "
                    + self.tr("sin «%1»: reservado a %2")
                    .replace("%1", title)
                    .replace("%2", labels.audience(d.audience).lower())
                )
        if plan.skipped:
            lines += ["", QCoreApplication.translate("DeliveryText", "Excluidos (%n):", "", len(plan.skipped))]
            for r, why in plan.skipped:
                lines.append(f"• {r.name} ({r.country}): {why.render(lang)}")
        return "\n".join(lines)

    def outcome_label(self, outcome: Outcome) -> str:
        names = {
            "drafted": self.tr("borrador escrito"),
            "already_drafted": self.tr("el borrador ya existía; no se duplica"),
            "sent": self.tr("enviado"),
            "already_sent": self.tr("ya enviado; no se reenvía"),
            "pending": self.tr("un envío anterior se interrumpió; use «Reintentar» en la bandeja de salida"),
            "failed": self.tr("fallido: %1").replace("%1", outcome.detail),
        }
        return names.get(outcome.status, outcome.status)
