"""What a write command prints once the change is made: one short line in the user's language."""

from __future__ import annotations

import argparse


def said(args: argparse.Namespace, code: str, **params: object) -> None:
    from crm_desktop.domain.messages import msg

    print(msg(code, **params).render(args.lang))


def status_word(category: str, value: str) -> object:
    """A state's name in words (``domain.vocabulary.state``), for the line a command prints."""
    from crm_desktop.domain.vocabulary import state

    return state(category, value)
