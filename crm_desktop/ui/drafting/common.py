"""What every tab of the drafting view shares: the one read of an open document, the recovery keys,
the shortcuts, buttons, and the base class of the view's layers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from crm_desktop.app import chair
from crm_desktop.app import drafting as d
from crm_desktop.app.drafting_desk import Actor, AdoptionState, adoption_state, meeting_actors
from crm_desktop.app.drafting_marks import AcceptedMark, accepted_since_version
from crm_desktop.app.errors import AppError
from crm_desktop.domain.messages import Message
from crm_desktop.drafting.permissions import (
    COMMENTS,
    DOCUMENTS,
    OBJECTIONS,
    PARAGRAPHS,
    POSITIONS,
    PROPOSALS,
    TEXTS,
    VERSIONS,
)
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.drafting.actor_picker import ActorPicker, Delegation, delegations
from crm_desktop.ui.form_autosave import FormAutosaver
from crm_desktop.ui.section_widget import SectionWidget

WATCHED = {DOCUMENTS, PARAGRAPHS, TEXTS, PROPOSALS, POSITIONS, OBJECTIONS, COMMENTS, VERSIONS, "accreditations"}
CHANGES = (DOCUMENTS, PARAGRAPHS, TEXTS, PROPOSALS, POSITIONS, OBJECTIONS, COMMENTS, VERSIONS)
PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 30
CURRENT = "current"
EDITOR_TAB = 0
COMPILATION_TAB = 1
COMPARISON_TAB = 2
ADOPTION_TAB = 3
SHORTCUTS = {
    "save": "Ctrl+Return",
    "revert": "Ctrl+Shift+Backspace",
    "edit": "F2",
    "propose": "Ctrl+Shift+P",
    "support": "Ctrl+Shift+S",
    "oppose": "Ctrl+Shift+O",
    "accept": "Ctrl+Shift+A",
    "reject": "Ctrl+Shift+R",
    "comment": "Ctrl+Shift+M",
    "proposals": "Ctrl+Shift+L",
    "paragraphs": "Ctrl+Shift+T",
    "up": "Alt+Up",
    "down": "Alt+Down",
}


class Loaded:
    """One read of everything the open document shows (taken off the UI thread)."""

    def __init__(
        self,
        view: d.DocumentView,
        versions: list[dict[str, Any]],
        comments: list[dict[str, Any]],
        adoption: AdoptionState,
        actors: list[Actor],
        actor: str | None,
        accepted: list[AcceptedMark] | None = None,
        delegations: dict[str, Delegation] | None = None,
    ) -> None:
        self.delegations = delegations or {}  # names and groups of the actors' delegations
        self.accepted = accepted or []  # amendments accepted since the last named version, marked in the editor
        self.actor = actor  # the person acting: the remembered one, else the first of ``actors``
        self.view = view
        self.versions = versions
        self.comments = comments
        self.adoption = adoption
        self.actors = actors


def load_document(ctx: UiContext, document_id: str, actor: str | None) -> Loaded:
    ws = ctx.ws
    view = d.document_view(ws, document_id)
    actors = meeting_actors(ws, view.meeting_id)
    if actor not in {a.person_id for a in actors}:
        actor = actors[0].person_id if actors else None
    comments = d.comments_for(ws, document_id, actor) if actor else []
    adoption = adoption_state(ws, document_id, actor, view=view)
    accepted = accepted_since_version(ws, document_id)
    return Loaded(view, d.versions(ws, document_id), comments, adoption, actors, actor, accepted, delegations(ws))


def button(parent: QWidget, shortcut: str | None = None) -> QPushButton:
    b = QPushButton(parent)
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
    return b


def with_shortcut(text: str, shortcut: str | None) -> str:
    if not shortcut:
        return text
    return f"{text} ({native(shortcut)})"


def native(shortcut: str) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def draft_key(document_id: str | None, paragraph_id: str | None) -> str:
    """The recovery key of a paragraph's text in the drafting editor."""
    return f"drafting:{document_id or '-'}:{paragraph_id or '-'}:text"


def form_key(document_id: str | None, form: str) -> str:
    """The recovery key of a form of the drafting view: "proposal", "comment", "objection" or "version"."""
    return f"drafting:{document_id or '-'}:{form}"


class DraftingBase(SectionWidget):
    """What the tabs of the drafting view share: the open document, the person acting, the refusal
    banner and the service call made in that person's name. The view is built in layers, one class
    per tab (``EditorTab`` → ``AmendmentsPanel`` → ``CompilationTab`` → ``ComparisonTab`` →
    ``AdoptionTab`` → ``DraftForms`` → ``DraftingView``), each one module; a layer uses what the
    layers below it built, and what a lower layer needs from a higher one is declared here."""

    watched = frozenset(WATCHED)
    # Keyboard: each shortcut is also written in its control's tooltip (see the tabs' retranslate).
    shortcuts: dict[str, str] = SHORTCUTS

    # Built by the view: the document's title, the tabs, the acting person and the refusal banner.
    document_id: str | None
    loaded: Loaded | None
    title: QLabel
    tabs: QTabWidget
    actor_combo: ActorPicker
    banner: QLabel
    form_autosave: dict[str, FormAutosaver]  # built by ``DraftForms``, used by the tabs' forms

    def _paragraph_shown(self, p: d.ParagraphRow | None) -> None:
        """Called when the editor shows another paragraph (or none): the side panel follows it."""

    def _update_buttons(self) -> None:
        """Enable each tab's buttons for the document, paragraph and person now shown."""

    def _action(self, shortcut: str, slot: Callable[[], None]) -> QAction:
        a = QAction(self)
        a.setShortcut(QKeySequence(shortcut))
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def actor(self) -> str | None:
        """The person id acting in this view, or None when nobody is accredited to the meeting."""
        data = self.actor_combo.currentData()
        return str(data) if data else None

    def _clear_refusal(self) -> None:
        self.banner.clear()
        self.banner.hide()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # the user left the section (not a minimised window): a refusal stays behind
            self._clear_refusal()
        super().hideEvent(event)

    def _show_refusal(self, error: AppError) -> None:
        said = error.render(self.ctx.lang)
        self._set_refusal(said)
        if error.message.code == "draft.chair_only" and self.loaded is not None:
            # Who chairs, or what is missing for someone to: read, then said in the same bar.
            ws, meeting_id, reason = self.ctx.ws, self.loaded.view.meeting_id, error.message
            self.read(lambda: chair.explain(ws, meeting_id, reason), lambda m: self._explain_chair(m, said))

    def _explain_chair(self, explained: Message, said: str) -> None:
        """The chair named, and a button to act as the chair when the chair is accredited here."""
        chairs = [a for a in self.loaded.actors if a.chair] if self.loaded is not None else []
        if not (chairs and self.ctx.has_message_bar and chairs[0].person_id != self.actor()):
            self._set_refusal(explained.render(self.lang), refines=said)
            return
        chosen = chairs[0]
        self.banner.setText(explained.render(self.lang))
        self.ctx.guided_error.emit(
            said,
            explained.render(self.lang),
            self.tr("Actuar como %1").replace("%1", chosen.name),
            lambda: self.set_actor(chosen.person_id),
        )

    def set_actor(self, person_id: str) -> None:
        """Act as ``person_id`` (the view does it)."""

    def _set_refusal(self, text: str, *, refines: str = "") -> None:
        """In the window, the section's one message bar says it (its place is kept, nothing moves);
        a view on its own shows it in its banner above the tabs."""
        self.banner.setText(text)
        if not self.ctx.has_message_bar:
            self.banner.show()
        elif refines:
            self.ctx.guided_error.emit(refines, text, "", None)
        else:
            self.ctx.user_error.emit(text)

    def refusal(self) -> str:
        """The refusal shown above the tabs ("" when none)."""
        return self.banner.text() if self.banner.isVisible() or self.banner.text() else ""

    def _act(self, fn: Callable[[str], Any], *, on_done: Callable[[Any], None] | None = None) -> None:
        """Run a service call as the acting person; refusals go to the banner."""
        actor = self.actor()
        if actor is None:
            self._set_refusal(self.tr("Nadie está acreditado en esta reunión: no se puede actuar."))
            return
        self._clear_refusal()
        self.ctx.run(
            lambda: fn(actor),
            on_done=self.alive(on_done) if on_done else None,
            on_error=self.alive(self._show_refusal),
            changes=CHANGES,
            announce=False,  # said once, by ``_set_refusal``
        )

    def _form_sent(self, form: str, key: str, fields: tuple[QLineEdit, ...]) -> None:
        """A form's content reached the workspace: empty its fields (not typing) and forget its draft."""
        saver = self.form_autosave[form]
        with saver.loading():
            for field in fields:
                field.clear()
        saver.saved(key)
