"""The agenda item form's classification: the CRM's theme and, behind closed doors, the closed-door topic.

Seed, introduction: "La CRM divide su agenda y Plan de Acción bajo los siguientes temas" (the themes are
the Plan of Action's, :attr:`AgendaState.themes`); seed, A: the closed-door meeting's four topics. The same
rules as ``crm-desktop agenda classify`` (:func:`crm_desktop.app.agenda_topics.classify_item`), undoable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel

from crm_desktop.app.agenda_topics import classify_item
from crm_desktop.app.agendas import PlannedItem
from crm_desktop.domain.agenda_topics import CLOSED_DOOR_TOPICS
from crm_desktop.ui.agenda.comments_panel import CommentsPanel
from crm_desktop.ui.agenda.undo import AgendaCommand, Editing

Classes = tuple[str | None, str | None]  # (theme, topic)


class ClassifyItemCommand(AgendaCommand):
    def __init__(self, ed: Editing, item_id: str, title: str, before: Classes, after: Classes) -> None:
        text = QCoreApplication.translate("AgendaCommands", "Clasificar el punto «%1»").replace("%1", title)
        super().__init__(ed, text)
        self.logical, self.before, self.after = ed.ids.logical(item_id), before, after

    def _apply(self, classes: Classes) -> Callable[[], object]:
        ws, current = self.ed.ctx.ws, self.ed.ids.now(self.logical)
        assert current is not None
        theme, topic = classes
        return lambda: classify_item(ws, current, theme=theme, topic=topic)

    def forward(self) -> Callable[[], object]:
        return self._apply(self.after)

    def backward(self) -> Callable[[], object]:
        return self._apply(self.before)


class ClassificationPanel(CommentsPanel):
    """Two fields of the item form: the theme, and the topic (enabled in a closed-door segment only)."""

    def _build_classification(self) -> list[tuple[QLabel, QComboBox]]:
        """The two fields and their labels, for the item form's rows."""
        self.f_theme, self.f_topic = QComboBox(self), QComboBox(self)
        self.l_theme, self.l_topic = QLabel(self), QLabel(self)
        return [(self.l_theme, self.f_theme), (self.l_topic, self.f_topic)]

    def _retranslate_classification(self) -> None:
        self.l_theme.setText(self.tr("Te&ma:"))
        self.l_topic.setText(self.tr("Tema a puerta &cerrada:"))
        self.f_theme.setAccessibleName(self.tr("Tema de la CRM (el del Plan de Acción)"))
        self.f_topic.setAccessibleName(self.tr("Tema de la reunión a puerta cerrada"))
        self.f_topic.setToolTip(
            self.tr("Solo los puntos de la reunión a puerta cerrada se clasifican por sus cuatro temas.")
        )
        lang = self.ctx.lang
        themes = self.state.themes if self.state is not None else []
        self._fill_combo(self.f_theme, [("", self.tr("(ninguno)")), *((t.key, t.name(lang)) for t in themes)])
        topics = [(k, name.render(lang)) for k, name in CLOSED_DOOR_TOPICS.items()]
        self._fill_combo(self.f_topic, [("", self.tr("(ninguno)")), *topics])

    def _closed_door(self) -> bool:
        if self.state is None or self.state.body is None:
            return False
        segment = self.state.body.segment(self.state.segment)
        return bool(segment and segment.closed_door)

    def _fill_classification(self, it: PlannedItem | None) -> None:
        self._retranslate_classification()  # the themes follow the loaded state
        self.f_theme.setEnabled(it is not None)
        self.f_topic.setEnabled(it is not None and self._closed_door())
        self.f_theme.setCurrentIndex(max(0, self.f_theme.findData((it.theme if it else None) or "")))
        self.f_topic.setCurrentIndex(max(0, self.f_topic.findData((it.topic if it else None) or "")))

    def _classification(self) -> Classes:
        return (self.f_theme.currentData() or None, self.f_topic.currentData() or None)

    def _classification_command(self, it: PlannedItem) -> ClassifyItemCommand | None:
        """The command classifying the item as the form says, or None when nothing changed."""
        before, after = (it.theme, it.topic), self._classification()
        if before == after or self.editing is None:
            return None
        return ClassifyItemCommand(self.editing, it.id, it.title_es, before, after)
