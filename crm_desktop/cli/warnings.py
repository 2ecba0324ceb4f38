"""``crm-desktop warnings``: every rule warning (calendar and composition), each with its source."""

from __future__ import annotations

import argparse

from crm_desktop.cli import kit


def print_warnings(items: list[dict[str, object]], lang: str) -> None:
    """Warnings as readable lines, grouped by year (also used by ``check``)."""
    from crm_desktop.domain.messages import msg

    if not items:
        print(msg("warnings.none").render(lang))
        return
    year = None
    for w in items:
        if w["year"] != year:
            year = w["year"]
            print(msg("warnings.year", year=year).render(lang))
        where = f"{w['meeting_title']}: " if w["meeting_title"] else ""
        print(f"  - {where}{w['message']}")
        if w["source"]:
            print(f"    {w['source']}")


@kit.with_workspace
def cmd_warnings(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.rule_warnings import list_warnings

    items = [w.as_dict(args.lang) for w in list_warnings(ws, year=args.year, meeting_id=args.meeting)]
    if args.json:
        kit.out_json(items)
    else:
        print_warnings(items, args.lang)


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    help = "every rule warning (calendar, composition), with the text it applies"
    s = kit.command(sub, "warnings", cmd_warnings, help, json=True)
    s.add_argument("--year", type=int)
    kit.meeting_option(s)
