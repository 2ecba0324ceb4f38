"""``crm-desktop protocol``: head of delegation and rank of an accreditation; a person's grammatical
gender and honorific (the protocol order and the titles of the lists of participants)."""

from __future__ import annotations

import argparse

from crm_desktop.cli import kit
from crm_desktop.domain.protocol import GENDERS, HONORIFICS, RANKS

_CLEAR = "none"  # the word that clears a gender or honorific


@kit.with_workspace
def cmd_protocol_accreditation(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.accreditation import set_protocol

    set_protocol(ws, args.id, head=args.head, rank=args.rank)


@kit.with_workspace
def cmd_protocol_person(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.accreditation import set_person_protocol

    def value(text: str | None) -> str | None:
        return "" if text == _CLEAR else text

    set_person_protocol(ws, args.id, gender=value(args.gender), honorific=value(args.honorific))


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    psub = kit.group(sub, "protocol", "head of delegation, rank, gender and honorific for the participants lists")
    a = kit.command(
        psub, "accreditation", cmd_protocol_accreditation, "head of delegation and rank of an accreditation"
    )
    kit.id_argument(a, "id", "accreditation", help="accreditation id")
    head = a.add_mutually_exclusive_group()
    head.add_argument("--head", dest="head", action="store_true", default=None, help="head of the delegation")
    head.add_argument("--no-head", dest="head", action="store_false", help="no longer the head")
    a.add_argument("--rank", choices=kit.choices(RANKS))
    pp = kit.command(psub, "person", cmd_protocol_person, "grammatical gender and honorific of a person")
    kit.id_argument(pp, "id", "person", help="person id")
    pp.add_argument("--gender", choices=[*kit.choices(GENDERS), _CLEAR])
    pp.add_argument("--honorific", choices=[*kit.choices(HONORIFICS), _CLEAR])
