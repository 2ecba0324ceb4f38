"""``crm-desktop protocol``: head of delegation and rank of an accreditation; a person's grammatical
gender and honorific (the protocol order and the titles of the lists of participants)."""

from __future__ import annotations

import argparse

from crm_desktop.cli import EXIT_OK, _Parser, open_ws, registrar
from crm_desktop.commands.said import said
from crm_desktop.domain.protocol import GENDERS, HONORIFICS, RANKS


def cmd_protocol_accreditation(args: argparse.Namespace) -> int:
    from crm_desktop.app.accreditation import set_protocol

    ws = open_ws(args)
    try:
        set_protocol(ws, args.id, head=args.head, rank=args.rank)
    finally:
        ws.close()
    said(args, "done.protocol_accreditation", id=args.id)
    return EXIT_OK


def cmd_protocol_person(args: argparse.Namespace) -> int:
    from crm_desktop.app.accreditation import set_person_protocol

    def none(value: str | None) -> str | None:
        return "" if value == "none" else value

    ws = open_ws(args)
    try:
        set_person_protocol(ws, args.id, gender=none(args.gender), honorific=none(args.honorific))
    finally:
        ws.close()
    said(args, "done.protocol_person", id=args.id)
    return EXIT_OK


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("protocol", help="head of delegation, rank, gender and honorific for the participants lists")
    psub = s.add_subparsers(dest="action", required=True, parser_class=_Parser)
    a = psub.add_parser("accreditation", help="head of delegation and rank of an accreditation")
    a.add_argument("id", help="accreditation id")
    head = a.add_mutually_exclusive_group()
    head.add_argument("--head", dest="head", action="store_true", default=None, help="head of the delegation")
    head.add_argument("--no-head", dest="head", action="store_false", help="no longer the head")
    a.add_argument("--rank", choices=list(RANKS))
    a.set_defaults(func=cmd_protocol_accreditation)
    pp = psub.add_parser("person", help="grammatical gender and honorific of a person")
    pp.add_argument("id", help="person id")
    pp.add_argument("--gender", choices=[*GENDERS, "none"])
    pp.add_argument("--honorific", choices=[*HONORIFICS, "none"])
    pp.set_defaults(func=cmd_protocol_person)
