"""Informes / Reports: choose a meeting's document, preview its pages, save it, send it; the outbox.

The first tab prints: a meeting (or a year, for the annual calendar), one of the documents the
reports service offers for it (:func:`crm_desktop.app.reports.choices`, one entry per segment where
the segment matters), and a language. "Vista previa" renders the PDF in memory off the UI thread and
shows its pages; "Guardar como…" writes the file off the UI thread. "Enviar a los puntos focales…"
opens the delivery dialog. The second tab is this laptop's outbox: what went to whom and when, what
failed and why, and Retry for the failed messages (the mail service never sends anything twice).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.grammar import in_lang
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.reports import pdf_pages
from crm_desktop.ui.reports.outbox_tab import OutboxTab
from crm_desktop.ui.reports.preview_pane import RENDER_DPI, PreviewPane, unclipped

if TYPE_CHECKING:
    # The report and mail services import ReportLab and register its fonts (about half a second): they are
    # imported on the worker by the first read (meetings, choices, outbox), never on the UI thread while
    # the section is shown; the UI-thread uses below come after that read, when they are already loaded.
    from crm_desktop.app import reports as reports_service
    from crm_desktop.app.reports import ReportChoice, ReportRequest
    from crm_desktop.ui.reports.send_dialog import SendDialog

REQUEST_ROLE = Qt.ItemDataRole.UserRole + 20
CALENDAR = "calendar"
LANGS = ("es", "en", "bilingual")  # the languages of the documents (crm_desktop.app.reports.LANGS)
WATCHED = {"meetings", "agendas", "agenda_items", "accreditations", "documents", "outbox"}


class ReportsView(OutboxTab):
    """Signals:
    choices_loaded(): the document list for the chosen meeting arrived.
    preview_ready(): the preview pages (or the reason there are none) are shown.
    saved(str): a document was written to this path.
    outbox_loaded(): the outbox table was refreshed (``OutboxTab``).
    """

    choices_loaded = Signal()
    preview_ready = Signal()
    saved = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.meetings: list[dict[str, Any]] = []
        self.choices: list[ReportChoice] = []
        self.page_count = 0
        self._pending_meeting: str | None = None
        self._pending_send: tuple[str, str] | None = None  # (meeting, report kind) to open the send dialog on
        self._dialog: SendDialog | None = None

        # --- the documents tab ----------------------------------------------------------------------
        self.meeting_label = QLabel()
        self.meeting_combo = QComboBox()
        self.meeting_label.setBuddy(self.meeting_combo)
        self.year_label = QLabel()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1996, 2100)
        self.year_spin.setValue(date.today().year)
        self.year_label.setBuddy(self.year_spin)
        self.document_label = QLabel()
        self.document_list = QListWidget()
        self.document_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.document_list.setWordWrap(True)  # long titles wrap instead of being cut
        self.document_label.setBuddy(self.document_list)
        self.lang_label = QLabel()
        self.lang_combo = QComboBox()
        for code in LANGS:
            self.lang_combo.addItem("", code)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(ctx.lang)))
        self.lang_label.setBuddy(self.lang_combo)
        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        self.send_button = QPushButton()

        form = QFormLayout()
        form.addRow(self.meeting_label, self.meeting_combo)
        form.addRow(self.document_label, self.document_list)
        form.addRow(self.year_label, self.year_spin)
        form.addRow(self.lang_label, self.lang_combo)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.save_button):
            buttons.addWidget(b)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.send_button)

        self.preview_status = QLabel()
        self.preview_status.setWordWrap(True)
        self.preview_pane = PreviewPane()  # the pages, with a zoom (fit width, +/-)
        self.pages_widget = self.preview_pane.pages_widget
        self.pages_layout = self.preview_pane.pages_layout
        self.pages_area = self.preview_pane.pages_area
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.preview_status)
        right_layout.addWidget(self.preview_pane, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([460, 640])
        documents_tab = QWidget()
        QVBoxLayout(documents_tab).addWidget(splitter)

        outbox_tab = self._build_outbox()

        self.tabs = QTabWidget()
        self.tabs.addTab(documents_tab, "")
        self.tabs.addTab(outbox_tab, "")
        QVBoxLayout(self).addWidget(self.tabs)

        self.meeting_combo.currentIndexChanged.connect(self._meeting_changed)
        self.meeting_combo.currentTextChanged.connect(self.meeting_combo.setToolTip)
        self.document_list.currentRowChanged.connect(self._update_buttons)
        self.document_list.itemActivated.connect(lambda _item: self.preview())
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self._save_clicked)
        self.send_button.clicked.connect(self.open_send_dialog)

        self.retranslate()
        self._update_buttons()
        self.load_meetings()
        self.load_outbox()

    # --- language -----------------------------------------------------------------------------------
    def language_changed(self) -> None:
        super().language_changed()
        self.load_meetings()  # the meeting titles follow the language

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(0, self.tr("Documentos"))
        self.tabs.setTabText(1, self.tr("Bandeja de salida"))
        self.preview_pane.retranslate()
        self.meeting_label.setText(self.tr("&Reunión:"))
        self.meeting_combo.setAccessibleName(self.tr("Reunión"))
        self.document_label.setText(self.tr("&Documento:"))
        self.document_list.setAccessibleName(self.tr("Documento"))
        self.year_label.setText(self.tr("&Año del calendario:"))
        self.year_spin.setAccessibleName(self.tr("Año del calendario"))
        self.lang_label.setText(self.tr("&Idioma:"))
        self.lang_combo.setAccessibleName(self.tr("Idioma del documento"))
        for i in range(self.lang_combo.count()):
            self.lang_combo.setItemText(i, labels.name("language", self.lang_combo.itemData(i)))
        self.preview_button.setText(self.tr("&Vista previa"))
        self.preview_button.setAccessibleName(self.tr("Vista previa del documento"))
        self.save_button.setText(self.tr("&Guardar como…"))
        self.save_button.setAccessibleName(self.tr("Guardar el documento como PDF"))
        self.send_button.setText(self.tr("&Enviar a los puntos focales…"))
        self.send_button.setAccessibleName(self.tr("Enviar documentos a los puntos focales"))
        self.pages_area.setAccessibleName(self.tr("Páginas de la vista previa"))
        if not self.page_count:
            self.preview_status.setText(self.tr("Elija un documento y pulse «Vista previa»."))
        self._fill_documents()

    def show_context(self, **context: str) -> None:
        """Open on ``meeting_id``; with ``send`` (a report kind), on that document's sending dialog."""
        meeting_id = context.get("meeting_id")
        if not meeting_id:
            return
        if context.get("send"):
            self._pending_send = (meeting_id, context["send"])
            if meeting_id == self.meeting_id() and self.choices:
                self._send_pending()
        index = self.meeting_combo.findData(meeting_id)
        if index >= 0:
            self.meeting_combo.setCurrentIndex(index)
        else:
            self._pending_meeting = meeting_id  # the meeting list is still loading

    def load_meetings(self) -> None:
        ws, lang = self.ctx.ws, self.ctx.lang

        def read() -> list[dict[str, Any]]:
            from crm_desktop.app.meetings import list_meetings

            _import_services()
            return list_meetings(ws, lang=lang)

        self.read(read, self._meetings_loaded)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        working = self.ctx.working_meeting
        if working and working != self.meeting_id():  # open on the meeting the user works on elsewhere
            self.show_context(meeting_id=working)

    def _meetings_loaded(self, rows: list[dict[str, Any]]) -> None:
        current = self._pending_meeting or self.meeting_combo.currentData() or self.ctx.working_meeting
        self._pending_meeting = None
        self.meetings = rows
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for r in rows:
            self.meeting_combo.addItem(labels.meeting_choice(r), r["id"])
            self.meeting_combo.setItemData(
                self.meeting_combo.count() - 1, r["shown_title"], Qt.ItemDataRole.ToolTipRole
            )
        index = self.meeting_combo.findData(current) if current else -1
        if index < 0:  # the next meeting from today, else the last one
            today = date.today().isoformat()
            index = next((i for i, r in enumerate(rows) if r["start"][:10] >= today), len(rows) - 1)
        self.meeting_combo.setCurrentIndex(index)
        self.meeting_combo.blockSignals(False)
        unclipped(self.meeting_combo)
        self._meeting_changed()

    def meeting_id(self) -> str | None:
        data = self.meeting_combo.currentData()
        return str(data) if data else None

    def _meeting_changed(self) -> None:
        mid = self.meeting_id()
        if mid is not None and self.isVisible():  # chosen here: the meeting the user works on now
            self.ctx.working_meeting = mid
        if mid is None:
            self.choices = []
            self._fill_documents()
            return
        row = next((r for r in self.meetings if r["id"] == mid), None)
        if row is not None:
            self.year_spin.setValue(int(row["start"][:4]))
        ws = self.ctx.ws

        def loaded(result: tuple[str, list[ReportChoice]]) -> None:
            if result[0] == self.meeting_id():  # the user may have moved on meanwhile
                self.choices = result[1]
                self._fill_documents()
                self.choices_loaded.emit()
                self._send_pending()

        def read() -> tuple[str, list[ReportChoice]]:
            from crm_desktop.app import reports as reports_service

            return mid, reports_service.choices(ws, mid)

        self.read(read, loaded)

    def _fill_documents(self) -> None:
        previous = self.document_list.currentRow()
        self.document_list.blockSignals(True)
        self.document_list.clear()
        for c in self.choices:
            text = in_lang(c.title_es, c.title_en, self.ctx.lang)
            if c.request.kind == "compilation":  # same title as the text it compiles: say which one this is
                text += " — " + self.tr("texto de compilación con las propuestas")
            item = QListWidgetItem(text)
            item.setData(REQUEST_ROLE, c.request)
            item.setToolTip(text + "\n" + self.tr("Destinatarios: %1").replace("%1", labels.audience(c.audience)))
            self.document_list.addItem(item)
        calendar = QListWidgetItem(self.tr("Calendario anual de reuniones"))
        calendar.setData(REQUEST_ROLE, CALENDAR)
        self.document_list.addItem(calendar)
        self.document_list.setCurrentRow(previous if 0 <= previous < self.document_list.count() else 0)
        self.document_list.blockSignals(False)
        self._update_buttons()

    def select_document(self, kind: str, segment: str = "plenary") -> None:
        """Select the first document of ``kind`` (and ``segment``) in the list."""
        from crm_desktop.app.reports import ReportRequest

        for i in range(self.document_list.count()):
            data = self.document_list.item(i).data(REQUEST_ROLE)
            if (kind == CALENDAR and data == CALENDAR) or (
                isinstance(data, ReportRequest) and data.kind == kind and data.segment == segment
            ):
                self.document_list.setCurrentRow(i)
                return
        raise LookupError(kind)

    def request(self) -> ReportRequest | None:
        """The document chosen, in the language chosen."""
        from crm_desktop.app.reports import ReportRequest

        item = self.document_list.currentItem()
        if item is None:
            return None
        data = item.data(REQUEST_ROLE)
        lang = str(self.lang_combo.currentData())
        if data == CALENDAR:
            return ReportRequest("calendar", lang, year=self.year_spin.value())
        return replace(data, lang=lang) if isinstance(data, ReportRequest) else None

    def _update_buttons(self) -> None:
        super()._update_buttons()
        chosen = self.document_list.currentItem() is not None
        self.preview_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.send_button.setEnabled(self.meeting_id() is not None)
        self.year_spin.setEnabled(self.document_list.currentItem() is not None and self.request_is_calendar())

    def request_is_calendar(self) -> bool:
        item = self.document_list.currentItem()
        return item is not None and bool(item.data(REQUEST_ROLE) == CALENDAR)

    def preview(self) -> None:
        req = self.request()
        if req is None:
            return
        ws = self.ctx.ws
        self.preview_status.setText(self.tr("Preparando la vista previa…"))

        def work() -> tuple[reports_service.RenderedReport, list[bytes] | None]:
            from crm_desktop.app import reports as reports_service

            meta, data = reports_service.render_bytes(ws, req)
            return meta, pdf_pages.render_pages(data, dpi=RENDER_DPI)

        self.ctx.run(work, on_done=self._show_pages)

    def _show_pages(self, result: tuple[reports_service.RenderedReport, list[bytes] | None]) -> None:
        meta, pages = result
        self.preview_pane.clear()
        self.page_count = meta.pages
        summary = (
            self.tr("%1 — %n página(s)", "", meta.pages).replace("%1", meta.title)
            + " · "
            + labels.audience(meta.audience)
        )
        if pages is None:
            self.preview_status.setText(
                summary
                + "\n"
                + self.tr(
                    "La vista previa necesita Poppler (pdftoppm) o QtPdf, que no están en este equipo. "
                    "«Guardar como…» funciona igualmente."
                )
            )
        else:
            shown = len(pages)
            extra = "" if shown >= meta.pages else "\n" + self.tr("Se muestran las primeras %n página(s).", "", shown)
            self.preview_status.setText(summary + extra)
            for number, png in enumerate(pages, start=1):
                pixmap = QPixmap()
                pixmap.loadFromData(png, "PNG")
                self.preview_pane.add_page(
                    pixmap, self.tr("Página %1 de %2").replace("%1", str(number)).replace("%2", str(meta.pages))
                )
        self.preview_ready.emit()

    def _save_clicked(self) -> None:
        req = self.request()
        if req is None:
            return
        suggested = Path.home() / f"{req.kind}-{req.segment}-{req.lang}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar el documento"), str(suggested), self.tr("Documentos PDF (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the chosen document to ``path`` off the UI thread."""
        req = self.request()
        if req is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        ws = self.ctx.ws

        def done(meta: reports_service.RenderedReport) -> None:
            self.ctx.notice.emit(self.tr("Guardado: %1 (%n página(s))", "", meta.pages).replace("%1", str(meta.path)))
            self.saved.emit(str(meta.path))

        def work() -> reports_service.RenderedReport:
            from crm_desktop.app import reports as reports_service

            return reports_service.render_report(ws, req, path)

        self.ctx.run(work, on_done=done)

    def _send_pending(self) -> None:
        """Open the sending dialog asked for by :meth:`show_context` once its meeting's documents are listed."""
        if self._pending_send is None or self._pending_send[0] != self.meeting_id():
            return
        kind = self._pending_send[1]
        self._pending_send = None
        try:
            self.select_document(kind)
        except LookupError:  # the meeting offers no such document (yet): the list is there to choose from
            return
        self.open_send_dialog()

    def open_send_dialog(self) -> SendDialog | None:
        from crm_desktop.ui.reports.send_dialog import SendDialog

        mid = self.meeting_id()
        if mid is None:
            return None
        kinds = list(dict.fromkeys(c.request.kind for c in self.choices))
        req = self.request()
        preselected = [req.kind] if req is not None and req.kind in kinds else kinds[:1]
        self._dialog = SendDialog(self.ctx, mid, self.meeting_combo.currentText(), kinds, preselected, self)
        self._dialog.show()
        return self._dialog

    def _on_data_changed(self, changed: set[str]) -> None:
        if "outbox" in changed:
            self.load_outbox()
        if changed & (WATCHED - {"outbox"}):
            self.load_meetings()


def _import_services() -> None:
    """Import the report and mail services (ReportLab, and the fonts its styles register); runs on the
    worker, so the UI thread's later uses of their types find them loaded. Rendering a document, where
    the fonts are needed, runs on the worker too."""
    from crm_desktop.app import mail, reports  # noqa: F401
