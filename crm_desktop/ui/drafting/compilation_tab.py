"""The Compilation text tab: brackets as they stand and every open amendment written in place,
attributed to its delegation.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import drafting as d
from crm_desktop.ui.drafting.amendments_panel import AmendmentsPanel
from crm_desktop.ui.drafting.common import COMPILATION_TAB
from crm_desktop.ui.drafting.html import compilation_html
from crm_desktop.ui.drafting.models import (
    proposal_kind,
)


class CompilationTab(AmendmentsPanel):
    """The compilation text: brackets as they stand and every open amendment in place."""

    def _build_compilation(self) -> None:
        self._compilation_of: d.DocumentView | None = None  # a document whose text waits for its tab
        self.compilation = QTextBrowser()
        self.compilation.setOpenLinks(False)
        self.compilation_legend = QLabel()
        self.compilation_legend.setWordWrap(True)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.compilation_legend)
        lay.addWidget(self.compilation, 1)
        self.tabs.addTab(page, "")

    def retranslate(self) -> None:
        super().retranslate()
        self.compilation.setAccessibleName(self.tr("Texto de compilación"))
        self.compilation_legend.setText(
            self.tr(
                "Cada enmienda abierta aparece en su lugar con la delegación que la propone: "
                "<u>texto añadido subrayado</u>, <s>texto suprimido tachado</s>, [corchetes] sombreados."
            )
        )

    def _render_compilation(self, view: d.DocumentView) -> None:
        """Write the compilation text of ``view`` when its tab is shown (laying out a long document's
        text is work an editor opening on its paragraphs should not wait for)."""
        self._compilation_of = view
        if self.tabs.currentIndex() == COMPILATION_TAB:
            self._write_compilation()

    def _write_compilation(self) -> None:
        view, self._compilation_of = self._compilation_of, None
        if view is not None:
            annex = self.tr("Anexo: Decisiones")
            self.compilation.setHtml(compilation_html(view, annotate=proposal_kind, annex=annex))

    def _tab_changed(self, index: int) -> None:
        if index == COMPILATION_TAB:
            self._write_compilation()
