"""The Reports preview's pages with a zoom: fit to the pane's width (the default), or larger and
smaller in steps (buttons, Ctrl++ / Ctrl+-). Pages are drawn once at a resolution that stays sharp
when enlarged and scaled from that image, so zooming never renders the PDF again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)  # of the page's printed size at the screen's 96 dpi
RENDER_DPI = 150  # pages are drawn at this resolution (sharp up to about 150 %)
SCREEN_DPI = 96


def unclipped(combo: QComboBox) -> None:
    """A choice box whose entries are long (meeting titles): the closed box may cut the text, its
    list never does, and the entry chosen is shown whole in the tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    widest = max((combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    combo.view().setMinimumWidth(widest + 40)
    combo.setToolTip(combo.currentText())


class PreviewPane(QWidget):
    """The zoom bar over a scrolling column of page images."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QPixmap] = []
        self.fit_width = True
        self.zoom = 1.0
        self.zoom_out_button = QPushButton("−")
        self.zoom_in_button = QPushButton("+")
        self.fit_button = QPushButton()
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_label = QLabel()
        for b in (self.zoom_out_button, self.zoom_in_button):
            b.setMaximumWidth(b.fontMetrics().horizontalAdvance("+") * 3 + 24)
        bar = QHBoxLayout()
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.zoom_label):
            bar.addWidget(w)
        bar.addStretch(1)
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_area = QScrollArea()
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setWidget(self.pages_widget)
        self.pages_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # scrolled with the keyboard
        self.pages_area.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages_area, 1)
        self.zoom_in_button.clicked.connect(lambda: self.step(+1))
        self.zoom_out_button.clicked.connect(lambda: self.step(-1))
        self.fit_button.toggled.connect(self.set_fit_width)
        for keys, direction in ((QKeySequence.StandardKey.ZoomIn, +1), (QKeySequence.StandardKey.ZoomOut, -1)):
            QShortcut(keys, self, lambda d=direction: self.step(d), Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.fit_button.setText(self.tr("Ajustar al &ancho"))
        self.fit_button.setToolTip(self.tr("Cada página ocupa el ancho del panel"))
        self.zoom_in_button.setToolTip(self.tr("Ampliar (Ctrl++)"))
        self.zoom_in_button.setAccessibleName(self.tr("Ampliar"))
        self.zoom_out_button.setToolTip(self.tr("Reducir (Ctrl+-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Reducir"))
        self._show_zoom()

    # --- pages ------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.images = []
        while self.pages_layout.count():
            taken = self.pages_layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.deleteLater()

    def add_page(self, image: QPixmap, accessible: str) -> None:
        self.images.append(image)
        page = QLabel()
        page.setFrameShape(QLabel.Shape.Box)
        page.setAccessibleName(accessible)
        self.pages_layout.addWidget(page)
        self._scale(page, image)

    def page_labels(self) -> list[QLabel]:
        out = []
        for i in range(self.pages_layout.count()):
            item = self.pages_layout.itemAt(i)
            w = item.widget() if item is not None else None
            if isinstance(w, QLabel):
                out.append(w)
        return out

    # --- zoom -------------------------------------------------------------------------------------
    def effective_zoom(self) -> float:
        """The scale shown, against the page's printed size (1.0 = 100 %)."""
        if not self.fit_width or not self.images:
            return self.zoom
        natural = self.images[0].width() * SCREEN_DPI / RENDER_DPI
        room = self.pages_area.viewport().width() - 2 * self.pages_layout.contentsMargins().left() - 4
        return max(room, 50) / natural

    def step(self, direction: int) -> None:
        current = self.effective_zoom()
        if direction > 0:
            bigger = [s for s in STEPS if s > current + 0.01]
            self.zoom = bigger[0] if bigger else STEPS[-1]
        else:
            smaller = [s for s in STEPS if s < current - 0.01]
            self.zoom = smaller[-1] if smaller else STEPS[0]
        self.fit_button.setChecked(False)  # calls set_fit_width(False)
        self.fit_width = False
        self._rescale()

    def set_fit_width(self, fit: bool) -> None:
        self.fit_width = fit
        self._rescale()

    def _rescale(self) -> None:
        for label, image in zip(self.page_labels(), self.images, strict=False):
            self._scale(label, image)
        self._show_zoom()

    def _scale(self, label: QLabel, image: QPixmap) -> None:
        width = round(image.width() * SCREEN_DPI / RENDER_DPI * self.effective_zoom())
        label.setPixmap(image.scaledToWidth(max(width, 1), Qt.TransformationMode.SmoothTransformation))

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)} %")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.fit_width and self.images:
            self._rescale()
        return super().eventFilter(watched, event)
