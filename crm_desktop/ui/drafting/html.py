"""The drafting view's HTML renderings: the compilation text and the two sides of a comparison."""

from __future__ import annotations

import html
from collections.abc import Callable

from crm_desktop.app import drafting as d
from crm_desktop.drafting.compare import Change, ParagraphDiff
from crm_desktop.drafting.negotiation import (
    Amendment,
    ProposalKind,
    ProposalView,
    RunStyle,
    compilation_runs,
)

ADDED_BG = "#dcefd9"
DELETED_BG = "#f6d8d6"


def compilation_html(view: d.DocumentView, *, annotate: Callable[[str], str], annex: str) -> str:
    """The compilation text as HTML: amendments in place, additions <u>, deletions <s>, [delegation]."""
    parts = ["<html><body style='font-size: 11pt;'>"]
    section = None
    for p in view.paragraphs:
        if p.section == "annex" and section != "annex":
            parts.append(f"<h4>{html.escape(annex)}</h4>")
        section = p.section
        if p.kind == "heading":
            parts.append(f"<h3 align='center'>{html.escape(p.text)}</h3>")
            continue
        proposals = [
            ProposalView(x.id, x.delegation, Amendment(ProposalKind(x.kind), x.old, x.new, x.anchor))
            for x in p.proposals
        ]
        runs, unplaced = compilation_runs(p.text, proposals)
        indent = " style='margin-left: 28px;'" if p.parent_id else ""
        body = "".join(_run_html(r.text, r.style) for r in runs)
        label = f"<b>{html.escape(p.display)}</b>&nbsp;" if p.display else ""
        parts.append(f"<p{indent}>{label}{body}</p>")
        for x in unplaced:
            parts.append(
                f"<p style='margin-left: 28px; color: #555;'><i>[{html.escape(x.delegation)}] "
                f"{html.escape(annotate(x.amendment.kind.value))}: «{html.escape(x.amendment.old)}»</i> → "
                f"<u>{html.escape(x.amendment.new)}</u></p>"
            )
    for np in view.new_paragraph_proposals:
        parts.append(f"<p><u>{html.escape(np.new)}</u> <i style='color: #555;'>[{html.escape(np.delegation)}]</i></p>")
    parts.append("</body></html>")
    return "".join(parts)


def _bracketed(text: str) -> str:
    """Escape ``text`` and shade its brackets, so open options stand out in running text."""
    out = html.escape(text)
    return out.replace("[", "<span style='background: #fbe3b5;'>[").replace("]", "]</span>")


def _run_html(text: str, style: RunStyle) -> str:
    if style == RunStyle.ADDED:
        return f"<u style='background: {ADDED_BG};'>{html.escape(text)}</u>"
    if style == RunStyle.DELETED:
        return f"<s style='background: {DELETED_BG};'>{html.escape(text)}</s>"
    if style == RunStyle.NOTE:
        return f"<i style='color: #2d5f99;'><b>{html.escape(text)}</b></i>"
    return _bracketed(text)


def comparison_html(diffs: list[ParagraphDiff], *, side: str, moved_text: str) -> str:
    """One side of the comparison: the old side strikes deletions, the new one underlines additions."""
    parts = ["<html><body style='font-size: 10.5pt;'>"]
    for diff in diffs:
        if (side == "old" and diff.change == Change.ADDED) or (side == "new" and diff.change == Change.REMOVED):
            parts.append("<p style='color: #999;'>&nbsp;</p>")
            continue
        label = diff.old_label if side == "old" else diff.new_label
        body = []
        for r in diff.runs:
            if r.style == RunStyle.DELETED and side == "old":
                body.append(f"<s style='background: {DELETED_BG};'>{html.escape(r.text)}</s>")
            elif r.style == RunStyle.ADDED and side == "new":
                body.append(f"<u style='background: {ADDED_BG};'>{html.escape(r.text)}</u>")
            elif r.style in (RunStyle.PLAIN, RunStyle.NOTE):
                body.append(html.escape(r.text))
        moved = f" <i style='color: #2d5f99;'>({html.escape(moved_text)})</i>" if diff.moved and side == "new" else ""
        head = f"<b>{html.escape(label)}</b>&nbsp;" if label else ""
        parts.append(f"<p>{head}{''.join(body)}{moved}</p>")
    parts.append("</body></html>")
    return "".join(parts)
