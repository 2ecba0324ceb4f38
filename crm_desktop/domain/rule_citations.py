"""Which sentence of the coordination text a refusal applies: every refusal a person reads names it.

:func:`cited` adds the sentence to a refusal (the command line and the window both show it);
:data:`NOT_THE_TEXTS_RULES` lists the refusals that are the software's own (unreadable input, states
of its records), which cite nothing.
"""

from __future__ import annotations

from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.rule_register import RULES
from crm_desktop.domain.rule_sources import RuleSource

REFUSAL_SOURCES: dict[str, RuleSource] = {code: r.source for r in RULES for code in r.refusals}

# Refusals of a Verdict-producing domain function that are not the text's rules: input that cannot be
# read, states of the software's own records. Every other refusal code cites its source.
NOT_THE_TEXTS_RULES = frozenset(
    {
        "attend.already",
        # a meeting's own record: deleting it is the software's lifecycle, not a rule of the text
        "meeting.delete_cancelled",
        "meeting.delete_convened",
        "meeting.delete_held",
        # who records a translation is the product's (the text says only that the ST pays for it, E);
        # the others are input that cannot be read
        "translate.not_translator",
        "translate.empty",
        "translate.too_long",
        "translate.same_language",
        "translate.unknown_language",
        "reason.category_excluded",  # a workspace's own configuration excluding a category from a segment
        "error.not_found",
        "error.invalid",
        "noun.segment",
        "meeting.end_before_start",
        "meeting.unknown_body",
        "meeting.unknown_country",
        "meeting.bad_status",
        "budget.bad_amount",
        "budget.audience",
        "draft.adopted_frozen",
        "agenda.adopted_frozen",  # an adopted record is frozen: the software's, like an adopted document
        "draft.agree_with_brackets",
        "draft.agree_with_proposals",
        "draft.amendment_needs_new",
        "draft.amendment_needs_old",
        "draft.amendment_no_change",
        "draft.audience_fixed",
        "draft.bad_status",
        "draft.foreign_session",
        "draft.members_only",
        "draft.no_such_bracket",
        "draft.no_such_option",
        "draft.not_own_delegation",
        "draft.objection_needs_text",
        "draft.proposal_closed",
        "draft.quote_not_found",
        "draft.silence_deadline_past",
        "draft.version_label_taken",
        "followup.bad_status",
        "followup.drop_needs_note",
        "followup.same_status",
        "logistics.bad_status",
        "logistics.bad_transition",
        "logistics.needs_supplier",
        "poa.indicator_no_name",
        "poa.indicator_target_equals_baseline",
        "caps.source_intro",
        "handover.return_fund",
        "handover.directs_term",
        "handover.not_rotating",
        "handover.plan_differs",
    }
)


def source_of_refusal(code: str) -> RuleSource | None:
    return REFUSAL_SOURCES.get(code)


def _quotes_its_source(message: Message) -> bool:
    return "source" in message.params


def _nested_source(message: Message, depth: int = 0) -> RuleSource | None:
    """The source of the message's own code, else of a rule message among its parameters (a reason)."""
    found = REFUSAL_SOURCES.get(message.code)
    if found is not None or depth > 2:
        return found
    for value in message.params.values():
        if isinstance(value, Message):
            inner = _nested_source(value, depth + 1)
            if inner is not None:
                return inner
    return None


def cited(message: Message) -> Message:
    """A refusal with the sentence of the text it applies, unless it already quotes it (or is no rule)."""
    if _quotes_its_source(message):
        return message
    source = _nested_source(message)
    if source is None:
        return message
    return msg("rule.cited", reason=message, source=source.message())
