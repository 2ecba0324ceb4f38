"""The bilingual message that accompanies documents sent to focal points.

The recipient's language comes first and the other language follows, so a message forwarded inside
a ministry reads well in either language. The wording is in the message catalogue ("mail.*").
"""

from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.domain import vocabulary
from crm_desktop.domain.messages import msg
from crm_desktop.domain.vocabulary import text_lang

#: who signs the message, in each language
SENDER = {code: vocabulary.name("organisation", "st_full", code) for code in ("es", "en")}


def subject(meeting: str, lang: str) -> str:
    """ "[CRM] {meeting}: documents", in ``lang``."""
    return msg("mail.subject", meeting=meeting).render(lang)


def separator(lang: str) -> str:
    """The heading of the version in ``lang`` that follows the recipient's."""
    return msg("mail.separator").render(lang)


def render_message(
    lang: str,
    *,
    name: str,
    country: dict[str, str],
    meeting: str,
    documents: Sequence[dict[str, str]],
    sender: dict[str, str] | None = None,
) -> tuple[str, str]:
    """Subject (in ``lang``) and body (``lang`` first, then the other language).

    ``country``, ``sender`` and each document title are given in both languages: ``{"es": ..., "en": ...}``.
    """
    first = text_lang(lang)
    order = [first, *(code for code in ("es", "en") if code != first)]
    parts = []
    for code in order:
        listing = "\n".join(f"  • {d[code]}" for d in documents)
        params = {
            "name": name,
            "country": country[code],
            "meeting": meeting,
            "documents": listing,
            "sender": (sender or SENDER)[code],
        }
        parts.append(msg("mail.body", **params).render(code))
    body = f"{parts[0]}\n\n\n{separator(order[1])}\n\n{parts[1]}\n"
    return subject(meeting, first), body
