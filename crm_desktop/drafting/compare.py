"""Word-level comparison of two versions of a document (what changed between Rev.1 and Rev.2).

Words, spaces and punctuation are separate tokens, so a changed accent or a moved comma shows
as that word or mark, not as the whole sentence. Paragraphs are matched by their id, not by
position, so a moved paragraph is reported as moved, not as deleted and added again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from crm_desktop.drafting.negotiation import Run, RunStyle

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Run]:
    """Runs of unchanged, deleted and added tokens turning ``old`` into ``new``."""
    a, b = tokens(old), tokens(new)
    runs: list[Run] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            runs.append(Run("".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(Run("".join(a[i1:i2]), RunStyle.DELETED))
        if j2 > j1:
            runs.append(Run("".join(b[j1:j2]), RunStyle.ADDED))
    return _merge(runs)


def _merge(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for r in runs:
        if out and out[-1].style == r.style:
            out[-1] = Run(out[-1].text + r.text, r.style)
        elif r.text:
            out.append(r)
    return out


class Change(StrEnum):
    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class ParagraphVersion:
    id: str
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class ParagraphDiff:
    id: str
    change: Change
    old_label: str
    new_label: str
    runs: tuple[Run, ...]
    moved: bool = False


def compare(old: Sequence[ParagraphVersion], new: Sequence[ParagraphVersion]) -> list[ParagraphDiff]:
    """Paragraph-by-paragraph comparison in the new version's order, removed ones where they stood."""
    old_by_id = {p.id: p for p in old}
    new_ids = {p.id for p in new}
    old_order = [p.id for p in old if p.id in new_ids]
    new_order = [p.id for p in new if p.id in old_by_id]
    # A paragraph "moved" when it is not part of the longest run of kept relative order.
    kept = set()
    for block in SequenceMatcher(None, old_order, new_order, autojunk=False).get_matching_blocks():
        kept.update(old_order[block.a : block.a + block.size])
    out: list[ParagraphDiff] = []
    removed_after: dict[str | None, list[ParagraphVersion]] = {}
    prev: str | None = None
    for p in old:
        if p.id not in new_ids:
            removed_after.setdefault(prev, []).append(p)
        else:
            prev = p.id

    def flush(anchor: str | None) -> None:
        for r in removed_after.pop(anchor, []):
            out.append(ParagraphDiff(r.id, Change.REMOVED, r.label, "", (Run(r.text, RunStyle.DELETED),)))

    flush(None)
    for p in new:
        before = old_by_id.get(p.id)
        if before is None:
            out.append(ParagraphDiff(p.id, Change.ADDED, "", p.label, (Run(p.text, RunStyle.ADDED),)))
            continue
        runs = tuple(word_diff(before.text, p.text))
        change = Change.SAME if before.text == p.text else Change.CHANGED
        out.append(ParagraphDiff(p.id, change, before.label, p.label, runs, moved=p.id not in kept))
        flush(p.id)
    for anchor in list(removed_after):
        flush(anchor)
    return out
