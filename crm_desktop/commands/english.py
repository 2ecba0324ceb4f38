"""``crm-desktop english``: the English of what is typed once in Spanish — a meeting's title, a
person's position and institution, a focal point's institution ("" clears one)."""

from __future__ import annotations

import argparse

from crm_desktop.cli import EXIT_OK, _Parser, open_ws, registrar


def cmd_english_meeting(args: argparse.Namespace) -> int:
    from crm_desktop.app.bilingual import set_meeting_english

    ws = open_ws(args)
    try:
        set_meeting_english(ws, args.id, title=args.title)
    finally:
        ws.close()
    return EXIT_OK


def cmd_english_person(args: argparse.Namespace) -> int:
    from crm_desktop.app.bilingual import set_person_english

    ws = open_ws(args)
    try:
        set_person_english(ws, args.id, title=args.title, institution=args.institution)
    finally:
        ws.close()
    return EXIT_OK


def cmd_english_focal_point(args: argparse.Namespace) -> int:
    from crm_desktop.app.bilingual import set_focal_point_english

    ws = open_ws(args)
    try:
        set_focal_point_english(ws, args.id, institution=args.institution)
    finally:
        ws.close()
    return EXIT_OK


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("english", help="English titles, positions and institutions of records typed in Spanish")
    esub = s.add_subparsers(dest="action", required=True, parser_class=_Parser)
    m = esub.add_parser("meeting", help="a meeting's English title (empty: built from body, ordinal and place)")
    m.add_argument("id", help="meeting id")
    m.add_argument("--title", required=True, metavar="TEXT")
    m.set_defaults(func=cmd_english_meeting)
    p = esub.add_parser("person", help="a person's position and institution in English")
    p.add_argument("id", help="person id")
    p.add_argument("--title", metavar="TEXT", help="the position in English")
    p.add_argument("--institution", metavar="TEXT")
    p.set_defaults(func=cmd_english_person)
    f = esub.add_parser("focal-point", help="a focal point's institution in English")
    f.add_argument("id", help="focal point id")
    f.add_argument("--institution", required=True, metavar="TEXT")
    f.set_defaults(func=cmd_english_focal_point)
