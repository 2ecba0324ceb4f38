"""The shape of a negotiated document: types, sections, paragraph order and numbering.

A document has a title block, preambular and operative sections and, for the Vice-Ministers'
Declaration, an annex of Decisions. Paragraphs are ordered by a *position key* (a string that
sorts between its neighbours, so inserting or moving a paragraph rewrites one record only and
concurrent moves converge by last-writer-wins on that one field). Sub-items (a), b)...) hang
from a parent paragraph.

Numbering is automatic, and frozen at each named version ("Rev.1", "Rev.2"): between versions a
paragraph keeps the number it was printed with, a new one is numbered after its predecessor
("3 bis", "3 ter"), and a removed one leaves its number unused, so what delegates have on paper
and what they see on screen always agree. Naming the next version renumbers from 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from crm_desktop.domain import vocabulary
from crm_desktop.domain.numbering import letter


class DocType(StrEnum):
    DECLARATION = "declaration"  # Declaración y Decisiones (Vice-Ministers)
    CONCLUSIONS = "conclusions"  # Conclusiones (GRCM)
    RECOMMENDATIONS = "recommendations"  # Recomendaciones a los Viceministros (GRCM)
    NETWORK_REPORT = "network_report"  # Informe de la Red
    WORK_PLAN = "work_plan"  # Plan de Trabajo de la Red


@dataclass(frozen=True, slots=True)
class DocTypeInfo:
    kind: DocType
    bodies: tuple[str, ...]
    # "documentos que contengan recomendaciones o compromisos": observers need a PPT authorisation.
    commitments: bool
    has_annex: bool = False

    @property
    def label_es(self) -> str:
        """The type's name (the domain's vocabulary, ``doc_type``)."""
        return vocabulary.label("doc_type", self.kind).es

    @property
    def label_en(self) -> str:
        return vocabulary.label("doc_type", self.kind).en


NETWORKS = ("network_trafficking", "network_consular", "networks_joint")

DOC_TYPES: dict[DocType, DocTypeInfo] = {
    DocType.DECLARATION: DocTypeInfo(DocType.DECLARATION, ("viceministers",), True, has_annex=True),
    DocType.CONCLUSIONS: DocTypeInfo(DocType.CONCLUSIONS, ("grcm",), False),
    DocType.RECOMMENDATIONS: DocTypeInfo(DocType.RECOMMENDATIONS, ("grcm",), True),
    DocType.NETWORK_REPORT: DocTypeInfo(DocType.NETWORK_REPORT, NETWORKS, False),
    DocType.WORK_PLAN: DocTypeInfo(DocType.WORK_PLAN, NETWORKS, True),
}


def types_for_body(body: str) -> list[DocType]:
    """The kinds of document a body produces, in the catalogue's order (the others are never offered)."""
    return [kind for kind, info in DOC_TYPES.items() if body in info.bodies]


class Section(StrEnum):
    TITLE = "title"
    PREAMBLE = "preamble"
    OPERATIVE = "operative"
    ANNEX = "annex"  # Decisions


SECTION_ORDER = {s: i for i, s in enumerate(Section)}
SECTION_LABELS: dict[Section, tuple[str, str]] = {
    Section.TITLE: ("Título", "Title"),
    Section.PREAMBLE: ("Párrafos preambulares", "Preambular paragraphs"),
    Section.OPERATIVE: ("Párrafos operativos", "Operative paragraphs"),
    Section.ANNEX: ("Anexo: Decisiones", "Annex: Decisions"),
}


class ParagraphKind(StrEnum):
    HEADING = "heading"  # a heading line: never numbered
    TEXT = "text"


# --- position keys ------------------------------------------------------------------------------

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_BASE = len(_DIGITS)


def key_between(before: str | None, after: str | None) -> str:
    """A position key sorting strictly between ``before`` and ``after`` (either may be open).

    Keys are strings over base-62 digits read as fractions (``"V"`` is one half); comparing them
    as strings compares the fractions, so order needs no renumbering of neighbours.
    """
    lo = before or ""
    hi = after
    if hi is not None and lo >= hi:
        raise ValueError(f"position keys out of order: {before!r} >= {after!r}")
    out = []
    i = 0
    while True:
        d_lo = _DIGITS.index(lo[i]) if i < len(lo) else 0
        d_hi = _DIGITS.index(hi[i]) if hi is not None and i < len(hi) else _BASE
        if d_hi - d_lo > 1:
            out.append(_DIGITS[(d_lo + d_hi) // 2])
            return "".join(out)
        out.append(_DIGITS[d_lo])
        if d_hi - d_lo == 1:
            # the upper bound no longer constrains the following digits
            hi = None
        i += 1


def keys_for(count: int) -> list[str]:
    """``count`` evenly spread position keys (for imports and new documents)."""
    out: list[str] = []
    prev: str | None = None
    width = 1
    while _BASE**width <= count:
        width += 1
    step = _BASE**width // (count + 1)
    for n in range(1, count + 1):
        value = n * step
        digits = []
        for _ in range(width):
            value, rem = divmod(value, _BASE)
            digits.append(_DIGITS[rem])
        key = "".join(reversed(digits)).rstrip("0") or "0"
        if prev is not None and key <= prev:
            key = key_between(prev, None)
        out.append(key)
        prev = key
    return out


# --- ordering and numbering ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParagraphRef:
    """What ordering and numbering need to know about a paragraph."""

    id: str
    section: Section
    position: str
    kind: ParagraphKind = ParagraphKind.TEXT
    parent_id: str | None = None


def ordered(paragraphs: Iterable[ParagraphRef]) -> list[ParagraphRef]:
    """Document order: by section, then position (ties broken by id), sub-items after their parent."""
    items = list(paragraphs)
    ids = {p.id for p in items}
    children: dict[str, list[ParagraphRef]] = {}
    top: list[ParagraphRef] = []
    for p in items:
        if p.parent_id and p.parent_id in ids:
            children.setdefault(p.parent_id, []).append(p)
        else:
            top.append(p)  # an orphaned sub-item (parent removed) is shown in its section's flow

    def key(p: ParagraphRef) -> tuple[int, str, str]:
        return (SECTION_ORDER[p.section], p.position, p.id)

    out: list[ParagraphRef] = []
    for p in sorted(top, key=key):
        out.append(p)
        out.extend(sorted(children.get(p.id, []), key=key))
    return out


_LATIN = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"]


def _after(label: str, n: int) -> str:
    suffix = _LATIN[n - 1] if n <= len(_LATIN) else f"bis{n}"
    return f"{label} {suffix}"


def _numbered(p: ParagraphRef) -> bool:
    return p.kind == ParagraphKind.TEXT and p.section != Section.TITLE


def number(paragraphs: Sequence[ParagraphRef], frozen: Mapping[str, str] | None = None) -> dict[str, str]:
    """Labels ("3", "3 bis", "a", "b ter") of the paragraphs, given in document order.

    Without ``frozen`` (no named version yet, or when naming one) paragraphs are counted from 1 in
    each section and sub-items from "a" under each parent. With the labels frozen by the last
    version, those are kept and a new paragraph takes its predecessor's label with a suffix.
    """
    labels: dict[str, str] = {}
    counters: dict[tuple[Section, str | None], int] = {}
    last_label: dict[tuple[Section, str | None], str] = {}
    extra: dict[tuple[Section, str | None], int] = {}
    for p in paragraphs:
        if not _numbered(p):
            continue
        scope = (p.section, p.parent_id)
        if frozen is not None and p.id in frozen:
            label = frozen[p.id]
            extra[scope] = 0
        elif frozen is not None:
            base = last_label.get(scope, "0" if p.parent_id is None else "")
            extra[scope] = extra.get(scope, 0) + 1
            label = _after(base, extra[scope]).strip()
            # keep counting after the base label so a second new paragraph becomes "ter"
            labels[p.id] = label
            continue
        else:
            counters[scope] = counters.get(scope, 0) + 1
            n = counters[scope]
            label = letter(n) if p.parent_id else str(n)
        labels[p.id] = label
        last_label[scope] = label
    return labels


def display_label(section: Section, label: str, *, sub_item: bool) -> str:
    """How a label is printed: "3.", "a)", "PP2", "Decisión 1"."""
    if not label:
        return ""
    if sub_item:
        return f"{label})"
    if section == Section.PREAMBLE:
        return f"PP{label}"
    if section == Section.ANNEX:
        return f"D{label}"
    return f"{label}."
