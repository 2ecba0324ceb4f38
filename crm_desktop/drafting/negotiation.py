"""How text is negotiated: amendments, bracketed alternatives and paragraph status.

An amendment (*propuesta*) quotes the words it touches instead of pointing at offsets: "replace
'shall' by 'should'", "after 'migrants' insert 'and their families'". Quoting is how delegations
work, and it survives concurrent edits elsewhere in the paragraph, where an offset would not.
When the quoted words are gone, the amendment cannot be applied and the chair is told so.

Alternatives still under negotiation are written in the text itself, in square brackets:
"[shall][should]" offers two options, "[and their families]" an optional phrase. A paragraph
with brackets is at most *bracketed*; it can be agreed only once every bracket is resolved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from crm_desktop.domain.messages import msg
from crm_desktop.domain.rules import ALLOWED, RuleViolation, Verdict, refuse
from crm_desktop.domain.vocabulary import state
from crm_desktop.drafting.text import Splice


class ProposalKind(StrEnum):
    INSERT = "insert"
    REPLACE = "replace"
    DELETE = "delete"
    NEW_PARAGRAPH = "new_paragraph"
    MOVE = "move"


TEXT_KINDS = (ProposalKind.INSERT, ProposalKind.REPLACE, ProposalKind.DELETE)


class ProposalStatus(StrEnum):
    OPEN = "open"
    BRACKETED = "bracketed"  # written into the text as alternatives, to be resolved there
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


PENDING = (ProposalStatus.OPEN,)


class ParagraphStatus(StrEnum):
    PROPOSED = "proposed"
    BRACKETED = "bracketed"
    AGREED_AD_REFERENDUM = "agreed_ad_referendum"
    AGREED = "agreed"


STATUS_ORDER = list(ParagraphStatus)


class Stance(StrEnum):
    SUPPORT = "support"
    OPPOSE = "oppose"


@dataclass(frozen=True, slots=True)
class Amendment:
    """The text part of a proposal. ``anchor`` (insert only): None = at the end, "" = at the start."""

    kind: ProposalKind
    old: str = ""
    new: str = ""
    anchor: str | None = None
    occurrence: int = 1

    def well_formed(self) -> Verdict:
        if self.kind in (ProposalKind.REPLACE, ProposalKind.DELETE) and not self.old:
            return refuse(msg("draft.amendment_needs_old"))
        if self.kind in (ProposalKind.INSERT, ProposalKind.REPLACE, ProposalKind.NEW_PARAGRAPH) and not self.new:
            return refuse(msg("draft.amendment_needs_new"))
        if self.kind == ProposalKind.REPLACE and self.old == self.new:
            return refuse(msg("draft.amendment_no_change"))
        if self.occurrence < 1:
            return refuse(msg("draft.amendment_needs_old"))
        return ALLOWED


def find(text: str, needle: str, occurrence: int = 1) -> int:
    """Character index of the ``occurrence``-th ``needle`` in ``text``; refused when absent."""
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            raise RuleViolation(msg("draft.quote_not_found", quote=needle))
    return start


def span(text: str, a: Amendment) -> tuple[int, int]:
    """The (start, end) characters an amendment touches in ``text`` (empty span for an insertion)."""
    if a.kind == ProposalKind.INSERT:
        if a.anchor is None:
            return len(text), len(text)
        if a.anchor == "":
            return 0, 0
        at = find(text, a.anchor, a.occurrence) + len(a.anchor)
        return at, at
    if a.kind in (ProposalKind.REPLACE, ProposalKind.DELETE):
        start = find(text, a.old, a.occurrence)
        return start, start + len(a.old)
    raise ValueError(f"{a.kind} does not touch a paragraph's text")


def accepting(text: str, a: Amendment) -> Splice:
    """The edit that writes an accepted amendment into ``text``."""
    start, end = span(text, a)
    return Splice(start, end - start, a.new if a.kind != ProposalKind.DELETE else "")


def bracketing(text: str, a: Amendment) -> Splice:
    """The edit that writes an amendment into ``text`` as bracketed alternatives.

    Replace gives "[old][new]", delete gives "[old]" (keep or drop), insert gives "[new]".
    """
    start, end = span(text, a)
    if a.kind == ProposalKind.REPLACE:
        return Splice(start, end - start, f"[{a.old}][{a.new}]")
    if a.kind == ProposalKind.DELETE:
        return Splice(start, end - start, f"[{a.old}]")
    return Splice(start, 0, f"[{a.new}]")


# --- brackets -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BracketGroup:
    """Adjacent bracketed options ("[shall][should]") or one optional phrase ("[and families]")."""

    start: int
    end: int
    options: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BracketScan:
    groups: tuple[BracketGroup, ...]
    unbalanced: bool

    @property
    def clean(self) -> bool:
        return not self.groups and not self.unbalanced


_CLEAN = BracketScan((), False)
_BRACKET = re.compile(r"[\[\]]")


@lru_cache(maxsize=4096)
def scan_brackets(text: str) -> BracketScan:
    """Find the top-level bracket groups; nested brackets stay inside their option's text.

    Only the brackets are visited (most paragraphs have none); a document's texts are scanned again
    for every status shown and rule checked, so the scans are remembered.
    """
    if "[" not in text and "]" not in text:
        return _CLEAN
    groups: list[BracketGroup] = []
    depth, opened = 0, -1
    options: list[str] = []
    group_start = -1
    last_close = -2
    unbalanced = False
    for m in _BRACKET.finditer(text):
        i = m.start()
        if text[i] == "[":
            if depth == 0:
                if options and i != last_close + 1:
                    groups.append(BracketGroup(group_start, last_close + 1, tuple(options)))
                    options = []
                if not options:
                    group_start = i
                opened = i
            depth += 1
        else:
            if depth == 0:
                unbalanced = True
                continue
            depth -= 1
            if depth == 0:
                options.append(text[opened + 1 : i])
                last_close = i
    if depth:
        unbalanced = True
    if options:
        groups.append(BracketGroup(group_start, last_close + 1, tuple(options)))
    return BracketScan(tuple(groups), unbalanced)


def resolving(text: str, group_index: int, choice: int | None) -> Splice:
    """The edit that resolves bracket group ``group_index``: keep option ``choice`` (None: drop all)."""
    groups = scan_brackets(text).groups
    if not 0 <= group_index < len(groups):
        raise RuleViolation(msg("draft.no_such_bracket", n=group_index + 1))
    g = groups[group_index]
    if choice is not None and not 0 <= choice < len(g.options):
        raise RuleViolation(msg("draft.no_such_option", n=choice + 1, count=len(g.options)))
    return Splice(g.start, g.end - g.start, "" if choice is None else g.options[choice])


# --- paragraph status ---------------------------------------------------------------------------

STATUS_TRANSITIONS: dict[ParagraphStatus, set[ParagraphStatus]] = {
    ParagraphStatus.PROPOSED: {
        ParagraphStatus.BRACKETED,
        ParagraphStatus.AGREED_AD_REFERENDUM,
        ParagraphStatus.AGREED,
    },
    ParagraphStatus.BRACKETED: {
        ParagraphStatus.PROPOSED,
        ParagraphStatus.AGREED_AD_REFERENDUM,
        ParagraphStatus.AGREED,
    },
    ParagraphStatus.AGREED_AD_REFERENDUM: {ParagraphStatus.AGREED, ParagraphStatus.BRACKETED},
    ParagraphStatus.AGREED: {ParagraphStatus.BRACKETED},
}


def effective_status(stored: ParagraphStatus, text: str) -> ParagraphStatus:
    """What to show: a paragraph whose text has brackets is bracketed, whatever was recorded.

    (A concurrent edit on another laptop may have bracketed words in a paragraph agreed here.)
    """
    if stored == ParagraphStatus.BRACKETED or scan_brackets(text).clean:
        return stored
    return ParagraphStatus.BRACKETED


def status_change(current: ParagraphStatus, target: ParagraphStatus, text: str, open_proposals: int) -> Verdict:
    """proposed → bracketed → agreed ad referendum → agreed; agreement needs clean text."""
    if target == current:
        return ALLOWED
    if target not in STATUS_TRANSITIONS[current]:
        return Verdict(False, msg("draft.bad_status", from_=state("paragraph", current), to=state("paragraph", target)))
    if target in (ParagraphStatus.AGREED, ParagraphStatus.AGREED_AD_REFERENDUM):
        if not scan_brackets(text).clean:
            return Verdict(False, msg("draft.agree_with_brackets"))
        if open_proposals:
            return Verdict(False, msg("draft.agree_with_proposals", count=open_proposals))
    return ALLOWED


# --- compilation text ---------------------------------------------------------------------------


class RunStyle(StrEnum):
    PLAIN = "plain"
    ADDED = "added"  # underlined
    DELETED = "deleted"  # struck through
    NOTE = "note"  # attribution, e.g. "(MX)": square brackets are negotiation brackets


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    style: RunStyle = RunStyle.PLAIN


@dataclass(frozen=True, slots=True)
class ProposalView:
    """An open amendment as the compilation text shows it."""

    id: str
    delegation: str
    amendment: Amendment


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans collide when they share characters, or an insertion point lies within the other."""
    if a[0] < b[1] and b[0] < a[1]:
        return True
    return (a[0] == a[1] and b[0] <= a[0] <= b[1]) or (b[0] == b[1] and a[0] <= b[0] <= a[1])


def compilation_runs(text: str, proposals: Sequence[ProposalView]) -> tuple[list[Run], list[ProposalView]]:
    """The paragraph with each open amendment written in place and attributed to its delegation.

    Returns the runs and the proposals that could not be placed (their words are gone, or they
    overlap an earlier proposal): a view lists those below the paragraph.
    """
    placed: list[tuple[int, int, ProposalView]] = []
    unplaced: list[ProposalView] = []
    for p in proposals:
        if p.amendment.kind not in TEXT_KINDS:
            unplaced.append(p)
            continue
        try:
            start, end = span(text, p.amendment)
        except RuleViolation:
            unplaced.append(p)
            continue
        if any(_overlap((start, end), (s, e)) for s, e, _ in placed):
            unplaced.append(p)
            continue
        placed.append((start, end, p))
    placed.sort(key=lambda t: (t[0], t[1]))
    runs: list[Run] = []
    cursor = 0
    for start, end, p in placed:
        if start > cursor:
            runs.append(Run(text[cursor:start]))
        if end > start:
            runs.append(Run(text[start:end], RunStyle.DELETED))
        if p.amendment.kind != ProposalKind.DELETE:
            runs.append(Run(p.amendment.new, RunStyle.ADDED))
        runs.append(Run(f" ({p.delegation})", RunStyle.NOTE))
        cursor = max(cursor, end)
    if cursor < len(text):
        runs.append(Run(text[cursor:]))
    return runs, unplaced


def proposal_open(status: str) -> Verdict:
    """Only an open proposal is decided or withdrawn (a decision is never taken twice)."""
    if status == ProposalStatus.OPEN.value:
        return ALLOWED
    return refuse(msg("draft.proposal_closed", status=state("proposal", status)))


def may_withdraw(proposal_delegation: str, status: str, delegation: str) -> Verdict:
    """A delegation withdraws its own open proposal, never another's."""
    if proposal_delegation != delegation:
        return refuse(msg("draft.not_own_delegation", delegation=proposal_delegation))
    return proposal_open(status)
