"""Every text a window shows, and the words of the other language found in it.

:func:`texts` walks the visible widgets under a root (labels, buttons, group and tab titles, tooltips,
placeholders, combo items, table headers and the first rows' cells); :func:`foreign` returns the
stop-words of the other language (and any ISO date) left once the names that are records (people, places, and what the
user typed) are removed.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

FIRST_ROWS = 8

# Words that only Spanish text contains (checked on the English screens), and the reverse.
SPANISH = [
    *(
        "Reunión Reuniones Secretaría Presidencia Viceministro Viceministra Viceministros Convocada Concluida "
        "Prevista Cancelada Borrador Aprobado Aprobada Guardar Cancelar Eliminar Agregar Añadir Buscar Nuevo "
        "Nueva Editar Abrir Cerrar Enviar Fecha Estado Personas Persona Países País Delegación Delegaciones "
        "Párrafo Párrafos Título Notas Acciones Sí Seleccione Ninguno Ninguna Todos Todas Año Monto Pagado "
        "Saldo Actividad Actividades Documento Documentos Informe Punto Presupuesto Lugar Sede Hora "
        "según para con sin una uno por los las del de la el y o en que"
    ).split(),
    "Punto focal",
    "de la",
]
ENGLISH = [
    *(
        "Meeting Meetings Secretariat Presidency Vice-Minister Convened Concluded Planned Cancelled Draft "
        "Approved Save Cancel Delete Add Search New Edit Open Close Send Date Status People Person Countries "
        "Country Delegation Delegations Paragraph Paragraphs Title Notes Actions Yes Select None All Year "
        "Amount Paid Balance Activity Activities Document Documents Report Item Budget Place Venue Time "
        "the of and with without for from to by which this"
    ).split(),
    "Focal point",
]

# Columns whose values are what people typed once, in one language: names of people and places,
# paragraphs and notes. Meeting and document titles, positions and institutions are not among them:
# the window shows them in its language (the English typed, built by default or translated).
TYPED = re.compile(r"(name|city|venue|text|note|notes|presenter|symbol|description|summary|supplier|label)")
# Tables whose titles have no English column yet (a network's work plan and its actions, typed once
# in the network's working language).
ONE_LANGUAGE_TITLES = ("work_plans", "work_plan_actions")


def typed_values(db: Path) -> list[str]:
    """The demo's typed texts, longest first (so a title is removed before a name inside it)."""
    con = sqlite3.connect(db)
    try:
        values: set[str] = set()
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            if table.startswith(("sqlite_", "search_index", "alembic")):
                continue
            cols = [
                r[1]
                for r in con.execute(f'PRAGMA table_info("{table}")')
                if TYPED.search(r[1]) or (table in ONE_LANGUAGE_TITLES and r[1] == "title")
            ]
            for col in cols:
                for (v,) in con.execute(f'SELECT DISTINCT "{col}" FROM "{table}" WHERE "{col}" IS NOT NULL'):
                    if isinstance(v, str) and len(v) >= 3:
                        values.add(v.strip())
                        values.update(part.strip() for part in re.split(r"[\n;]", v) if len(part.strip()) >= 3)
    finally:
        con.close()
    return sorted(values, key=len, reverse=True)


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column
        columns = 1
    for section in range(columns):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(FIRST_ROWS, model.rowCount(QModelIndex()))):
        for col in range(columns):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def texts(root: QWidget, lang: str | None = None) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the visible widgets under ``root`` show; with ``lang``, not the
    texts of a field for a text in another language (its ``typedLanguage`` property: the English
    title of a meeting shows the English built by default)."""
    for w in [root, *root.findChildren(QWidget)]:
        if lang is not None and w.property("typedLanguage") not in (None, lang):
            continue
        if not w.isVisibleTo(root) and w is not root:
            continue
        where = f"{type(w).__name__} {w.objectName()!r}"
        found: list[str] = [w.toolTip(), w.windowTitle() if w.isWindow() else ""]
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            found.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            found.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            found.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView):
            found.extend(_model_texts(w.model()))
        elif isinstance(w, QMenu):
            found.extend(a.text() for a in w.actions())
        for text in found:
            if text and text.strip():
                yield where, text


_TAG = re.compile(r"<[^>]+>")


def foreign(text: str, stop_words: list[str], allowed: list[str]) -> list[str]:
    """The stop-words in ``text`` once tags, ``&`` accelerators and the ``allowed`` names are removed."""
    plain = _TAG.sub(" ", text).replace("&nbsp;", " ").replace("&&", "&").replace("&", "")
    for name in allowed:
        if name in plain:
            plain = plain.replace(name, " ")
        elif len(name) >= 40 and (at := plain.find(name[:40])) >= 0:  # a typed text shown cut short
            end = at + next((i for i, (a, b) in enumerate(zip(plain[at:], name, strict=False)) if a != b), len(name))
            plain = plain[:at] + " " + plain[end:]
    found = [w for w in stop_words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", plain)]
    return found + [f"ISO date {d}" for d in _ISO_DATE.findall(plain)]


# A date as 2026-11-18 is read by no one; a document symbol (CRM/RTT/2026-03-16/INF) keeps its own.
_ISO_DATE = re.compile(r"(?<![\w/-])\d{4}-\d{2}-\d{2}(?![\w/-])")
