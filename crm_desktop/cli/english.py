"""``crm-desktop english``: the English of what is typed once in Spanish — a meeting's title, a
person's position and institution, a focal point's institution ("" clears one)."""

from __future__ import annotations

import argparse

from crm_desktop.cli import kit


@kit.with_workspace
def cmd_english_meeting(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.bilingual import set_meeting_english

    set_meeting_english(ws, args.id, title=args.title)


@kit.with_workspace
def cmd_english_person(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.bilingual import set_person_english

    set_person_english(ws, args.id, title=args.title, institution=args.institution)


@kit.with_workspace
def cmd_english_focal_point(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.bilingual import set_focal_point_english

    set_focal_point_english(ws, args.id, institution=args.institution)


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    esub = kit.group(sub, "english", "English titles, positions and institutions of records typed in Spanish")
    m = kit.command(
        esub, "meeting", cmd_english_meeting, "a meeting's English title (empty: built from body, ordinal and place)"
    )
    kit.id_argument(m, "id", "meeting", help="meeting id")
    m.add_argument("--title", required=True, metavar="TEXT")
    p = kit.command(esub, "person", cmd_english_person, "a person's position and institution in English")
    kit.id_argument(p, "id", "person", help="person id")
    p.add_argument("--title", metavar="TEXT", help="the position in English")
    p.add_argument("--institution", metavar="TEXT")
    f = kit.command(esub, "focal-point", cmd_english_focal_point, "a focal point's institution in English")
    kit.id_argument(f, "id", "focal point", help="focal point id")
    f.add_argument("--institution", required=True, metavar="TEXT")
