"""The Accreditation tab's actions that change more than one row or explain a refusal: accrediting (a
refusal says why for this person, with a button to the way out) and withdrawing (what goes with it is
confirmed first and undone in one step).
"""

from __future__ import annotations

from crm_desktop.app import accreditation
from crm_desktop.app.admission_guide import Guide, admission_guide
from crm_desktop.app.errors import AppError
from crm_desktop.ui import labels
from crm_desktop.ui.consequences import confirm_consequences
from crm_desktop.ui.delegations.accreditation_tab import AccreditationTab
from crm_desktop.ui.undo import run_undoable


class AccreditationActions(AccreditationTab):
    """Accredit and withdraw, each one undo step."""

    def accredit(self, person_id: str) -> None:
        """Accredit (undoable: the undo withdraws it); a refusal explains the rule and is not undoable."""
        ws, mid, seg = self.ctx.ws, self.meeting_id, self.current_segment()
        assert mid is not None
        name = next((p["name"] for p in (self.data.people if self.data else []) if p["id"] == person_id), "")
        segment = self.roster.body.segment(seg) if self.roster is not None else None
        where = segment.name(self.ctx.lang) if segment is not None else labels.segment(seg)
        holder: dict[str, str] = {}  # the accreditation's id, renewed by each redo

        def do() -> str:
            holder["id"] = accreditation.accredit(ws, mid, person_id, seg)
            return holder["id"]

        run_undoable(
            self.ctx,
            self.tr("Acreditar a %1").replace("%1", name),
            do=do,
            undo=lambda _r: lambda: accreditation.withdraw(ws, holder["id"]),
            redo=lambda _r: do,
            changes=["accreditations", "drafting_seats"],
            on_done=lambda _: self._info(
                self.tr("%1 quedó acreditado(a) a «%2».").replace("%1", name).replace("%2", where)
            ),
            on_refused=lambda error: self._guide(person_id, seg, error),
        )

    def _guide(self, person_id: str, segment: str, error: AppError) -> None:
        """A refused accreditation: the facts behind the rule for this person, and a button to the way out."""
        ws, mid, reason = self.ctx.ws, self.meeting_id, error.message
        if mid is None:
            return

        def show(guide: Guide) -> None:
            fixes = {
                "invitation": (self.tr("Registrar la invitación…"), lambda: self._record_act_for(person_id)),
                "closed_door": (self.tr("Ver la lista a puerta cerrada"), lambda: self._show_segment(segment)),
            }
            label, action = fixes.get(guide.fix or "", ("", None))
            self.ctx.guided_error.emit(error.render(self.lang), guide.said.render(self.lang), label, action)

        self.read(lambda: admission_guide(ws, mid, person_id, segment, reason), show)

    def _record_act_for(self, person_id: str) -> None:
        row = next(
            (r for r in range(self.cand_proxy.rowCount()) if self.cand_proxy.source_row(r)["id"] == person_id), -1
        )
        if row >= 0:
            self.cand_table.setCurrentIndex(self.cand_proxy.index(row, 0))
        self.record_act()

    def _show_segment(self, segment: str) -> None:
        self.segment_box.setCurrentIndex(max(0, self.segment_box.findData(segment)))
        self.acc_table.setFocus()

    def withdraw_current(self) -> None:
        """Withdraw the selected accreditation. What goes with it (her drafting seat, the chair) is read
        first and confirmed; the undo accredits the person again and gives the seat back, as one step."""
        row = self._selected(self.acc_table, self.acc_proxy)
        if row is None or self.meeting_id is None:
            self._error(self.tr("Elija primero a una persona acreditada."))
            return
        ws = self.ctx.ws
        self.read(lambda: accreditation.withdrawal(ws, row["id"]), self._confirm_withdrawal)

    def _confirm_withdrawal(self, planned: accreditation.Withdrawal) -> None:
        ws = self.ctx.ws
        segment = self.roster.body.segment(planned.segment) if self.roster is not None else None
        where = segment.name(self.ctx.lang) if segment is not None else labels.segment(planned.segment)
        action = self.tr("Retirar la acreditación de %1 a «%2».").replace("%1", planned.name).replace("%2", where)
        if not confirm_consequences(
            self, self.tr("Retirar la acreditación"), action, planned.consequences(), self.ctx.lang
        ):
            return
        holder = {"done": planned}
        label = (
            self.tr("Retirar la acreditación de %1 y su puesto en el Grupo de Redacción")
            if planned.seat_country
            else self.tr("Retirar la acreditación de %1")
        )

        def do() -> accreditation.Withdrawal:
            holder["done"] = accreditation.withdraw(ws, holder["done"].accreditation_id)
            return holder["done"]

        def undo() -> None:
            holder["done"] = accreditation.reinstate(ws, holder["done"])

        run_undoable(
            self.ctx,
            label.replace("%1", planned.name),
            do=do,
            undo=lambda _r: undo,
            redo=lambda _r: do,
            changes=["accreditations", "drafting_seats"],
        )
