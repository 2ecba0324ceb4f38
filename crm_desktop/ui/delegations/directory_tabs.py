"""The directory tabs of the Delegations section: people, countries, organisations and focal points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import people
from crm_desktop.domain.bilingual import position_title, record_in
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.reference import delegation_name
from crm_desktop.ui import labels
from crm_desktop.ui.delegations.base import DelegationsBase
from crm_desktop.ui.delegations.data import filtered_table
from crm_desktop.ui.delegations.person_dialog import PersonDialog
from crm_desktop.ui.models.rows import Column, RowsTableModel


class DirectoryTabs(DelegationsBase):
    """People (added, edited), countries, organisations and focal points as filterable tables."""

    def _build_directory(self) -> tuple[QWidget, QWidget]:
        """The people, countries, organisations and focal points tabs (the people and focal points pages)."""

        def lang() -> str:  # evaluated at display time, after a language switch
            return self.ctx.lang

        # People
        self.people_model = RowsTableModel(
            [
                Column("name", lambda: QCoreApplication.translate("DelegationsView", "Nombre")),
                Column(
                    "delegation",
                    lambda: QCoreApplication.translate("DelegationsView", "Delegación"),
                    lambda r: delegation_name(r.get("country") or r.get("organisation"), lang()),
                ),
                Column(
                    "category",
                    lambda: QCoreApplication.translate("DelegationsView", "Categoría"),
                    lambda r: labels.category(r["category"]),
                ),
                Column(
                    "roles",
                    lambda: QCoreApplication.translate("DelegationsView", "Funciones"),
                    lambda r: labels.roles(r["roles"]),
                ),
                Column(
                    "title",
                    lambda: QCoreApplication.translate("DelegationsView", "Cargo"),
                    lambda r: position_title(r["title"], r.get("title_en"), r.get("gender"), lang())[0],
                ),
                Column(
                    "institution",
                    lambda: QCoreApplication.translate("DelegationsView", "Institución"),
                    lambda r: record_in(r["institution"], r.get("institution_en"), lang()),
                ),
                Column("email", lambda: QCoreApplication.translate("DelegationsView", "Correo")),
            ],
            self,
        )
        self.people_table, self.people_proxy = filtered_table(self, self.people_model)
        self.people_filter = QLineEdit(self)
        self.people_filter.setClearButtonEnabled(True)
        self.people_filter.textChanged.connect(self.people_proxy.set_text)
        self.people_filter.textChanged.connect(lambda _: self._update_counts())
        self.people_category = QComboBox(self)
        self.people_category.currentIndexChanged.connect(self._category_filter)
        self.people_count = QLabel(self)
        self.add_person_button = QPushButton(self)
        self.edit_person_button = QPushButton(self)
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.people_table.doubleClicked.connect(lambda _: self.edit_person())
        self.people_table.installEventFilter(self)
        people_tab = QWidget(self)
        bar = QHBoxLayout()
        self.people_filter_label = QLabel(self)
        self.people_filter_label.setBuddy(self.people_filter)
        bar.addWidget(self.people_filter_label)
        bar.addWidget(self.people_filter, 2)
        bar.addWidget(self.people_category, 1)
        bar.addWidget(self.add_person_button)
        bar.addWidget(self.edit_person_button)
        pl = QVBoxLayout(people_tab)
        pl.addLayout(bar)
        pl.addWidget(self.people_table, 1)
        pl.addWidget(self.people_count)

        # Countries
        self.countries_model = RowsTableModel(
            [
                Column("id", lambda: QCoreApplication.translate("DelegationsView", "Código")),
                Column(
                    "name",
                    lambda: QCoreApplication.translate("DelegationsView", "País"),
                    lambda r: in_lang(r["name_es"], r["name_en"], lang()),
                ),
                Column(
                    "status",
                    lambda: QCoreApplication.translate("DelegationsView", "Condición"),
                    lambda r: labels.category("member_country" if r["status"] == "member" else "observer_country"),
                ),
                Column(
                    "timezones",
                    lambda: QCoreApplication.translate("DelegationsView", "Husos horarios"),
                    lambda r: ", ".join(r["timezones"]),
                ),
                Column("people", lambda: QCoreApplication.translate("DelegationsView", "Personas"), align_right=True),
            ],
            self,
        )
        self.countries_table, self.countries_proxy = filtered_table(self, self.countries_model)
        self.countries_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)

        # Organisations
        self.orgs_model = RowsTableModel(
            [
                Column("acronym", lambda: QCoreApplication.translate("DelegationsView", "Sigla")),
                Column(
                    "name",
                    lambda: QCoreApplication.translate("DelegationsView", "Nombre"),
                    lambda r: in_lang(r["name_es"], r["name_en"], lang()),
                ),
                Column(
                    "category",
                    lambda: QCoreApplication.translate("DelegationsView", "Categoría"),
                    lambda r: labels.category(r["category"]),
                ),
                Column("people", lambda: QCoreApplication.translate("DelegationsView", "Personas"), align_right=True),
            ],
            self,
        )
        self.orgs_table, self.orgs_proxy = filtered_table(self, self.orgs_model)

        # Focal points
        self.focal_model = RowsTableModel(
            [
                Column(
                    "country",  # a member country, or an observer organisation (its contact, seed A)
                    lambda: QCoreApplication.translate("DelegationsView", "Delegación"),
                    lambda r: delegation_name(r["country"], lang()),
                ),
                Column("name", lambda: QCoreApplication.translate("DelegationsView", "Punto focal")),
                Column(
                    "institution",
                    lambda: QCoreApplication.translate("DelegationsView", "Institución"),
                    lambda r: record_in(r["institution"], r.get("institution_en"), lang()),
                ),
                Column("email", lambda: QCoreApplication.translate("DelegationsView", "Correo")),
            ],
            self,
        )
        self.focal_table, self.focal_proxy = filtered_table(self, self.focal_model)
        self.focal_filter = QLineEdit(self)
        self.focal_filter.setClearButtonEnabled(True)
        self.focal_filter.textChanged.connect(self.focal_proxy.set_text)
        self.focal_empty = QLabel(self)
        self.add_focal_button = QPushButton(self)
        self.add_focal_button.clicked.connect(self.add_focal_point)
        focal_tab = QWidget(self)
        fl = QVBoxLayout(focal_tab)
        frow = QHBoxLayout()
        frow.addWidget(self.focal_filter, 1)
        frow.addWidget(self.add_focal_button)
        fl.addLayout(frow)
        fl.addWidget(self.focal_table, 1)
        fl.addWidget(self.focal_empty)
        return people_tab, focal_tab

    def retranslate(self) -> None:
        super().retranslate()
        self.people_filter_label.setText(self.tr("&Buscar:"))
        self.people_filter.setPlaceholderText(self.tr("Nombre, país, cargo, institución…"))
        self.people_filter.setAccessibleName(self.tr("Buscar personas"))
        self.people_category.setAccessibleName(self.tr("Filtrar por categoría"))
        current = self.people_category.currentData()
        self.people_category.blockSignals(True)
        self.people_category.clear()
        self.people_category.addItem(self.tr("Todas las categorías"), None)
        for code in ("member_country", "observer_country", "observer_org", "civil_society", "secretariat", "guest"):
            self.people_category.addItem(labels.category(code), code)
        self.people_category.setCurrentIndex(max(0, self.people_category.findData(current)))
        self.people_category.blockSignals(False)
        self.add_person_button.setText(self.tr("&Nueva persona…"))
        self.edit_person_button.setText(self.tr("&Editar…"))
        self.add_person_button.setAccessibleName(self.tr("Nueva persona"))
        self.edit_person_button.setAccessibleName(self.tr("Editar la persona seleccionada"))
        self.people_table.setAccessibleName(self.tr("Personas"))
        self.countries_table.setAccessibleName(self.tr("Países"))
        self.orgs_table.setAccessibleName(self.tr("Organizaciones"))
        self.focal_table.setAccessibleName(self.tr("Puntos focales"))
        self.focal_filter.setPlaceholderText(self.tr("Buscar puntos focales"))
        self.focal_filter.setAccessibleName(self.tr("Buscar puntos focales"))
        self.add_focal_button.setText(self.tr("&Registrar punto focal…"))
        self.add_focal_button.setAccessibleName(self.tr("Registrar punto focal"))

    def _update_counts(self) -> None:
        total = self.people_model.rowCount()
        shown = self.people_proxy.rowCount()
        self.people_count.setText(self.tr("%1 de %2 personas").replace("%1", str(shown)).replace("%2", str(total)))

    def _category_filter(self) -> None:
        value = self.people_category.currentData()
        self.people_proxy.set_field("category", value)
        self._update_counts()

    def add_person(self) -> PersonDialog:
        return self._person_form(None)

    def _person_form(self, row: dict[str, Any] | None) -> PersonDialog:
        """Open the person dialog (window-modal, autosaved) for a new person or the ``row`` to edit."""
        dialog = PersonDialog(self.ctx.lang, row, parent=self)
        draft = dialog.autosave(self.ctx.drafts).key
        self._person_dialog = dialog
        person_id = row["id"] if row is not None else None
        return self._open(dialog, lambda: self.save_person(dialog.value(), person_id, draft=draft))

    def save_person(self, value: people.PersonInput, person_id: str | None = None, *, draft: str | None = None) -> None:
        ws = self.ctx.ws
        if person_id is None:
            fn: Any = lambda: people.add_person(ws, value)  # noqa: E731
        else:
            fields = dict(
                name=value.name,
                title=value.title,
                institution=value.institution,
                title_en=value.title_en,
                institution_en=value.institution_en,
                email=value.email,
                phone=value.phone,
            )
            fn = lambda: people.update_person(ws, person_id, **fields)  # noqa: E731
        self.ctx.run(fn, on_done=lambda _r: self._forget(draft), changes=["people", "role_assignments"])

    def edit_person(self) -> PersonDialog | None:
        row = self._selected(self.people_table, self.people_proxy)
        return None if row is None else self._person_form(row)

    def restore_person(self, person_id: str | None, fields: dict[str, Any]) -> None:
        """Reopen the person dialog with recovered ``fields`` (an edit waits for the people to load)."""
        self._restoring_person = (person_id, fields)
        if self.data is not None:
            self._apply_restoring_person()

    def _apply_restoring_person(self) -> None:
        if self._restoring_person is None or self.data is None:
            return
        person_id, fields = self._restoring_person
        self._restoring_person = None
        row = next((p for p in self.data.people if p["id"] == person_id), None)
        if person_id is not None and row is None:
            self._error(self.tr("La persona ya no existe; copie el texto desde la recuperación."))
            return
        self.tabs.setCurrentIndex(0)
        dialog = self._person_form(row)
        assert dialog.saver is not None
        dialog.saver.fill(fields)  # as if typed: autosaved again until OK

    def add_focal_point(self) -> None:
        from crm_desktop.ui.delegations.focal_point import FocalPointDialog

        dialog = FocalPointDialog(self.ctx.lang, self.data.people if self.data else [], self)
        self._focal_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            person_id, country, institution = dialog.chosen()  # type: ignore[misc]
            self.save_focal_point(person_id, country, institution)

    def save_focal_point(self, person_id: str, country: str, institution: str) -> None:
        ws = self.ctx.ws
        self.ctx.run(
            lambda: people.add_focal_point(ws, person_id, country, institution),
            changes=["focal_points", "role_assignments"],
        )
