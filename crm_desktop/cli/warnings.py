"""``crm-desktop warnings``: every rule warning (calendar and composition), each with its source."""

from __future__ import annotations

import argparse

from crm_desktop.cli import EXIT_OK, open_ws, out_json, registrar


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


def cmd_warnings(args: argparse.Namespace) -> int:
    from crm_desktop.app.rule_warnings import list_warnings

    ws = open_ws(args)
    try:
        items = [w.as_dict(args.lang) for w in list_warnings(ws, year=args.year, meeting_id=args.meeting)]
    finally:
        ws.close()
    if args.json:
        out_json(items)
    else:
        print_warnings(items, args.lang)
    return EXIT_OK


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("warnings", help="every rule warning (calendar, composition), with the text it applies")
    s.add_argument("--year", type=int)
    s.add_argument("--meeting", metavar="ID")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_warnings)
