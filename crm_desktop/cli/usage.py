"""The command line's usage errors in the user's language.

``argparse`` words its errors in English; they are matched here against its templates and rendered
from the message catalogue, so ``--lang es`` gets a Spanish usage error too. The language is read
from the command line before parsing, since the error may stop the parse before ``--lang``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from crm_desktop.domain.kinds import LANGUAGES
from crm_desktop.domain.messages import Message, msg

# argparse's templates (Python 3.11-3.13), most specific first; the groups become named parameters.
_TEMPLATES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), code)
    for pattern, code in (
        (r"the following arguments are required: (?P<names>.+)", "usage.required"),
        (r"unrecognized arguments: (?P<names>.+)", "usage.unrecognized"),
        (r"one of the arguments (?P<names>.+) is required", "usage.one_of"),
        (r"argument (?P<arg>\S+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)", "usage.choice"),
        (r"argument (?P<arg>\S+?): invalid (?P<type>\w+) value: (?P<value>.+)", "usage.bad_value"),
        (r"argument (?P<arg>\S+?): expected (at least )?one argument", "usage.expected_value"),
        (r"argument (?P<arg>\S+?): not allowed with argument (?P<other>.+)", "usage.not_allowed_with"),
        (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)", "usage.ambiguous"),
    )
)


def requested_lang(argv: Sequence[str]) -> str:
    """The ``--lang`` of a command line that may not parse (else the default, as the parser has it)."""
    words = list(argv)
    for i, word in enumerate(words):
        if word == "--lang" and i + 1 < len(words) and words[i + 1] in LANGUAGES:
            return words[i + 1]
        if word.startswith("--lang=") and word.removeprefix("--lang=") in LANGUAGES:
            return word.removeprefix("--lang=")
    default = os.environ.get("CRM_DESKTOP_LANG", "es")
    return default if default in LANGUAGES else "es"


def usage_error(text: str) -> Message:
    """argparse's English error as a catalogue message (anything unknown is quoted as it is)."""
    for pattern, code in _TEMPLATES:
        found = pattern.fullmatch(text.strip())
        if found:
            params = {k: v for k, v in found.groupdict().items() if v is not None}
            if code == "usage.choice":
                params["choices"] = params["choices"].replace("'", "")
            if "value" in params:
                params["value"] = params["value"].strip("'")
            return msg(code, **params)
    return msg("usage.other", detail=text)


def usage_line(usage: str, lang: str) -> str:
    """argparse's "usage: ..." line with its prefix in ``lang``."""
    return msg("usage.prefix").render(lang) + usage.removeprefix("usage:")
