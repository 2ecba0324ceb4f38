"""Negotiated documents: create, edit, propose, support, object, accept, version, compare, adopt.

Every action is taken by a person (``actor``), attributed to their delegation, and checked
against ``domain.drafting_rules`` before anything is written. Every write is one changeset with
the document's audience (a closed-door draft never travels in a shared changeset). Text edits
are Yjs updates made by an editing session with its own, fresh client id, recorded with the
session's author so every character can be traced to a delegation and a person.

A desktop view is a thin layer over these functions: :func:`document_view` gives everything an
editor shows (numbered paragraphs, effective status, proposals with positions, the comments the
viewer may see), and every button maps to one function here.

The package is split by use case (documents, paragraphs, proposals, adoption, versions, views,
history); everything public is re-exported here, so ``drafting.propose(...)`` keeps working.
"""

from __future__ import annotations

from crm_desktop.app.drafting.adoption import (
    adopt as adopt,
)
from crm_desktop.app.drafting.adoption import (
    object_to as object_to,
)
from crm_desktop.app.drafting.adoption import (
    open_silence as open_silence,
)
from crm_desktop.app.drafting.adoption import (
    withdraw_objection as withdraw_objection,
)
from crm_desktop.app.drafting.core import (
    DraftChange as DraftChange,
)
from crm_desktop.app.drafting.core import (
    EditingSession as EditingSession,
)
from crm_desktop.app.drafting.core import (
    _objections as _objections,
)
from crm_desktop.app.drafting.core import (
    drafter as drafter,
)
from crm_desktop.app.drafting.core import (
    facts as facts,
)
from crm_desktop.app.drafting.documents import (
    DocumentInput as DocumentInput,
)
from crm_desktop.app.drafting.documents import (
    ParagraphInput as ParagraphInput,
)
from crm_desktop.app.drafting.documents import (
    create_document as create_document,
)
from crm_desktop.app.drafting.history import (
    HistoryEntry as HistoryEntry,
)
from crm_desktop.app.drafting.history import (
    authors as authors,
)
from crm_desktop.app.drafting.history import (
    export_json as export_json,
)
from crm_desktop.app.drafting.history import (
    paragraph_history as paragraph_history,
)
from crm_desktop.app.drafting.paragraphs import (
    add_paragraph as add_paragraph,
)
from crm_desktop.app.drafting.paragraphs import (
    edit_paragraph as edit_paragraph,
)
from crm_desktop.app.drafting.paragraphs import (
    move_paragraph as move_paragraph,
)
from crm_desktop.app.drafting.paragraphs import (
    remove_paragraph as remove_paragraph,
)
from crm_desktop.app.drafting.paragraphs import (
    resolve_bracket as resolve_bracket,
)
from crm_desktop.app.drafting.paragraphs import (
    set_paragraph_status as set_paragraph_status,
)
from crm_desktop.app.drafting.proposals import (
    add_comment as add_comment,
)
from crm_desktop.app.drafting.proposals import (
    comments_for as comments_for,
)
from crm_desktop.app.drafting.proposals import (
    decide as decide,
)
from crm_desktop.app.drafting.proposals import (
    propose as propose,
)
from crm_desktop.app.drafting.proposals import (
    take_position as take_position,
)
from crm_desktop.app.drafting.proposals import (
    withdraw_proposal as withdraw_proposal,
)
from crm_desktop.app.drafting.versions import (
    compare_versions as compare_versions,
)
from crm_desktop.app.drafting.versions import (
    name_version as name_version,
)
from crm_desktop.app.drafting.versions import (
    restore_version as restore_version,
)
from crm_desktop.app.drafting.versions import (
    versions as versions,
)
from crm_desktop.app.drafting.views import (
    DocumentView as DocumentView,
)
from crm_desktop.app.drafting.views import (
    ParagraphRow as ParagraphRow,
)
from crm_desktop.app.drafting.views import (
    ProposalRow as ProposalRow,
)
from crm_desktop.app.drafting.views import (
    document_view as document_view,
)
from crm_desktop.app.drafting.views import (
    list_documents as list_documents,
)

__all__ = [
    "DocumentInput",
    "DocumentView",
    "DraftChange",
    "EditingSession",
    "HistoryEntry",
    "ParagraphInput",
    "ParagraphRow",
    "ProposalRow",
    "add_comment",
    "add_paragraph",
    "adopt",
    "authors",
    "comments_for",
    "compare_versions",
    "create_document",
    "decide",
    "document_view",
    "drafter",
    "edit_paragraph",
    "export_json",
    "facts",
    "list_documents",
    "move_paragraph",
    "name_version",
    "object_to",
    "open_silence",
    "paragraph_history",
    "propose",
    "remove_paragraph",
    "resolve_bracket",
    "restore_version",
    "set_paragraph_status",
    "take_position",
    "versions",
    "withdraw_objection",
    "withdraw_proposal",
]
