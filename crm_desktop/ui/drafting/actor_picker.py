"""The "acting as" picker: the people accredited to the meeting grouped by kind of delegation (member
countries, observer countries, organisations, the Technical Secretariat), the last choices first, and
type-to-search: typing part of a delegation's or a person's name (accents and case ignored) and
pressing Enter picks the first person that matches. The list opens only when asked (no popup that
jumps while typing); the group headings cannot be chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from crm_desktop.app import directory
from crm_desktop.app.drafting_desk import Actor
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.grammar import in_lang
from crm_desktop.ui.drafting.models import fold

GROUPS = ("recent", "member", "observer_country", "organisation", "st")
RECENT = 3  # last choices listed first


@dataclass(frozen=True, slots=True)
class Delegation:
    code: str
    name_es: str
    name_en: str
    group: str  # one of GROUPS but "recent"

    def name(self, lang: str) -> str:
        return in_lang(self.name_es, self.name_en, lang)


def delegations(ws: Workspace) -> dict[str, Delegation]:
    """Every delegation's names and group, by the code accreditations use (read off the UI thread)."""
    out = {
        c["id"]: Delegation(
            c["id"], c["name_es"], c["name_en"], "member" if c["status"] == "member" else "observer_country"
        )
        for c in directory.list_countries(ws)
    }
    for o in directory.list_organisations(ws):
        group = "st" if o["category"] == "secretariat" else "organisation"
        out[o["id"]] = Delegation(
            o["id"], f"{o['acronym']} — {o['name_es']}", f"{o['acronym']} — {o['name_en']}", group
        )
    return out


def group_title(group: str) -> str:
    titles = {
        "recent": QCoreApplication.translate("ActorPicker", "Últimas elecciones"),
        "member": QCoreApplication.translate("ActorPicker", "Países Miembros"),
        "observer_country": QCoreApplication.translate("ActorPicker", "Países Observadores"),
        "organisation": QCoreApplication.translate("ActorPicker", "Organizaciones"),
        "st": QCoreApplication.translate("ActorPicker", "Secretaría Técnica"),
    }
    return titles[group]


class ActorPicker(QComboBox):
    """A combo of people under group headings; :meth:`fill` lists them, Enter picks the first match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        completer = QCompleter(self.items, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.returnPressed.connect(self._pick_typed)
        line.editingFinished.connect(self._show_current)
        # A long line shows its beginning (the delegation), not its end.
        self.currentIndexChanged.connect(lambda _i: line.setCursorPosition(0))

    def fill(
        self, actors: Sequence[Actor], delegations: dict[str, Delegation], recent: Sequence[str], lang: str
    ) -> None:
        """List ``actors`` under their group's heading; those of ``recent`` (person ids, latest first) on top."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.items.clear()
        by_id = {a.person_id: a for a in actors}
        groups: dict[str, list[tuple[str, Actor]]] = {g: [] for g in GROUPS}
        for pid in list(recent)[:RECENT]:
            if pid in by_id:
                groups["recent"].append(("", by_id[pid]))
        for a in actors:
            d = delegations.get(a.delegation)
            name = d.name(lang) if d is not None else a.delegation
            groups[d.group if d is not None else "organisation"].append((name, a))
        for group in GROUPS:
            entries = (
                groups[group] if group == "recent" else sorted(groups[group], key=lambda e: (fold(e[0]), e[1].name))
            )
            if not entries:
                continue
            self._heading(group_title(group))
            for name, a in entries:
                d = delegations.get(a.delegation)
                self.addItem(self._label(a, d.name(lang) if d is not None else name or a.delegation), a.person_id)
        self.setCurrentIndex(self.findData(chosen) if chosen else self._first_person())
        self.blockSignals(False)
        self._show_current()

    def _label(self, a: Actor, delegation: str) -> str:
        role = (
            QCoreApplication.translate("ActorPicker", "PPT")
            if a.chair
            else QCoreApplication.translate("ActorPicker", "Grupo de Redacción")
            if a.drafting_seat
            else ""
        )
        return f"{delegation} — {a.name}" + (f" ({role})" if role else "")

    def _heading(self, text: str) -> None:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: shown, never chosen
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        self.items.appendRow(item)

    def _first_person(self) -> int:
        return next((i for i in range(self.count()) if self.itemData(i)), -1)

    def select_person(self, person_id: str) -> None:
        i = self.findData(person_id)
        if i >= 0:
            self.setCurrentIndex(i)
            self._show_current()

    def matches(self, text: str) -> list[int]:
        """Rows of the people whose line contains every word of ``text`` (accents and case ignored)."""
        words = fold(text).split()
        return [i for i in range(self.count()) if self.itemData(i) and all(w in fold(self.itemText(i)) for w in words)]

    def _pick_typed(self) -> None:
        line = self.lineEdit()
        assert line is not None
        text = line.text()
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()):
            return  # Enter on the current choice: nothing to pick
        found = self.matches(text)
        if found:
            self.setCurrentIndex(found[0])
            self.activated.emit(found[0])
        else:
            self._show_current()

    def _show_current(self) -> None:
        """Once typing is over the line shows the person acting again."""
        line = self.lineEdit()
        if line is not None and self.currentIndex() >= 0:
            line.setText(self.itemText(self.currentIndex()))
            line.setCursorPosition(0)
