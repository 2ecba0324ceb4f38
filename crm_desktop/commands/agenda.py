"""``crm-desktop agenda``: an agenda's items with their theme and closed-door topic, classifying an item,
the themes and topics, and the follow-up a meeting's agenda is offered."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.cli import EXIT_OK, open_ws, out_json, out_table, registrar
from crm_desktop.domain.grammar import in_lang


def _run(args: argparse.Namespace, fn: Any) -> Any:
    ws = open_ws(args)
    try:
        return fn(ws)
    finally:
        ws.close()


def _agenda_id(ws: Any, meeting: str, segment: str) -> str:
    from crm_desktop.app.agendas import agendas_of
    from crm_desktop.app.errors import NotFound
    from crm_desktop.app.meetings import get_meeting_row

    row = get_meeting_row(ws, meeting)
    for a in agendas_of(ws, row["id"]):
        if a["segment"] == segment:
            return str(a["id"])
    raise NotFound("agenda", f"{row['title']} ({segment})")


def cmd_items(args: argparse.Namespace) -> int:
    from crm_desktop.app.agendas import planned_items

    segment = args.segment.replace("-", "_")
    items = _run(args, lambda ws: planned_items(ws, _agenda_id(ws, args.meeting, segment)))
    rows = [
        {
            "id": i.id,
            "label": i.label,
            "title": in_lang(i.title_es, i.title_en or i.title_es, args.lang),
            "theme": i.theme,
            "topic": i.topic,
            "required": i.required_key,
        }
        for i in items
    ]
    if args.json:
        out_json(rows)
    else:
        out_table([{**r, "id": r["id"][:8]} for r in rows], ["label", "id", "title", "theme", "topic"])
    return EXIT_OK


def _class_arg(text: str | None) -> Any:
    from crm_desktop.app.agenda_topics import KEEP

    if text is None:
        return KEEP
    return None if text.strip().lower() in ("", "none") else text.strip()


def cmd_classify(args: argparse.Namespace) -> int:
    from crm_desktop.app.agenda_topics import classify_item
    from crm_desktop.domain.messages import msg

    done = _run(
        args, lambda ws: classify_item(ws, args.item, theme=_class_arg(args.theme), topic=_class_arg(args.topic))
    )
    none = msg("agenda.no_class")
    print(
        msg("agenda.classified", item=done.item_id[:8], theme=done.theme or none, topic=done.topic or none).render(
            args.lang
        )
    )
    return EXIT_OK


def cmd_topics(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import themes
    from crm_desktop.domain.agenda_topics import CLOSED_DOOR_TOPICS

    rows = [{"kind": "theme", "key": t.key, "name": t.name(args.lang)} for t in _run(args, themes)]
    rows += [{"kind": "topic", "key": k, "name": v.render(args.lang)} for k, v in CLOSED_DOOR_TOPICS.items()]
    if args.json:
        out_json(rows)
    else:
        out_table(rows, ["kind", "key", "name"])
    return EXIT_OK


def cmd_follow_ups(args: argparse.Namespace) -> int:
    from crm_desktop.app.agendas import pending_follow_ups
    from crm_desktop.app.meetings import get_meeting_row

    rows = _run(args, lambda ws: pending_follow_ups(ws, get_meeting_row(ws, args.meeting)["id"]))
    if args.json:
        out_json(rows)
    else:
        out_table([{**r, "id": r["id"][:8]} for r in rows], ["id", "meeting", "kind", "number", "text"])
    return EXIT_OK


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ag = sub.add_parser("agenda", help="agenda items, their themes and closed-door topics, follow-up offered")
    asub = ag.add_subparsers(dest="action", required=True, parser_class=type(ag))
    s = asub.add_parser("items", help="an agenda's items with their theme and closed-door topic")
    s.add_argument("--meeting", required=True, metavar="ID")
    s.add_argument("--segment", default="plenary")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_items)
    s = asub.add_parser("classify", help="set an item's theme and (behind closed doors) its topic; 'none' clears")
    s.add_argument("item", metavar="ITEM_ID")
    s.add_argument("--theme", help="a theme key of the Plan of Action (see 'agenda topics')")
    s.add_argument("--topic", help="membership, observer_criteria, st_admin_finance or future_actions")
    s.set_defaults(func=cmd_classify)
    s = asub.add_parser("topics", help="the themes (shared with the Plan of Action) and the closed-door topics")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_topics)
    s = asub.add_parser("follow-ups", help="what a meeting's agenda is offered to follow up")
    s.add_argument("--meeting", required=True, metavar="ID")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_follow_ups)
