"""``crm-desktop agenda``: an agenda's items with their theme and closed-door topic, classifying an item,
the themes and topics, and the follow-up a meeting's agenda is offered."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.cli import kit
from crm_desktop.domain.grammar import in_lang


def _agenda_id(ws: kit.Workspace, meeting: str, segment: str) -> str:
    from crm_desktop.app.agendas import agendas_of
    from crm_desktop.app.errors import NotFound
    from crm_desktop.app.meetings import get_meeting_row

    row = get_meeting_row(ws, meeting)
    for a in agendas_of(ws, row["id"]):
        if a["segment"] == segment:
            return str(a["id"])
    raise NotFound("agenda", f"{row['title']} ({segment})")


@kit.with_workspace
def cmd_items(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.agendas import planned_items

    rows = [
        {
            "id": i.id,
            "label": i.label,
            "title": in_lang(i.title_es, i.title_en or i.title_es, args.lang),
            "theme": i.theme,
            "topic": i.topic,
            "required": i.required_key,
        }
        for i in planned_items(ws, _agenda_id(ws, args.meeting, args.segment))
    ]
    return kit.emit(args, rows, ["label", "id", "title", "theme", "topic"])


def _class_arg(text: str | None) -> Any:
    from crm_desktop.app.agenda_topics import KEEP

    if text is None:
        return KEEP
    return None if text.strip().lower() in ("", "none") else text.strip()


@kit.with_workspace
def cmd_classify(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.agenda_topics import classify_item
    from crm_desktop.domain.messages import msg

    done = classify_item(ws, args.item, theme=_class_arg(args.theme), topic=_class_arg(args.topic))
    none = msg("agenda.no_class")
    print(
        msg("agenda.classified", item=done.item_id[:8], theme=done.theme or none, topic=done.topic or none).render(
            args.lang
        )
    )


@kit.with_workspace
def cmd_topics(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.plan_of_action import themes
    from crm_desktop.domain.agenda_topics import CLOSED_DOOR_TOPICS

    rows = [{"kind": "theme", "key": t.key, "name": t.name(args.lang)} for t in themes(ws)]
    rows += [{"kind": "topic", "key": k, "name": v.render(args.lang)} for k, v in CLOSED_DOOR_TOPICS.items()]
    return kit.emit(args, rows, ["kind", "key", "name"])


@kit.with_workspace
def cmd_follow_ups(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.agendas import pending_follow_ups
    from crm_desktop.app.meetings import get_meeting_row

    rows = pending_follow_ups(ws, get_meeting_row(ws, args.meeting)["id"])
    return kit.emit(args, rows, ["id", "meeting", "kind", "number", "text"])


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    from crm_desktop.domain.agenda_topics import CLOSED_DOOR_TOPICS

    asub = kit.group(sub, "agenda", "agenda items, their themes and closed-door topics, follow-up offered")
    s = kit.command(asub, "items", cmd_items, "an agenda's items with their theme and closed-door topic", json=True)
    kit.meeting_option(s, required=True)
    kit.segment_option(s, default="plenary", strict=False)
    s = kit.command(
        asub, "classify", cmd_classify, "set an item's theme and (behind closed doors) its topic; 'none' clears"
    )
    kit.id_argument(s, "item", "agenda item", metavar="ITEM_ID")
    s.add_argument("--theme", help="a theme key of the Plan of Action (see 'agenda topics')")
    s.add_argument("--topic", help=f"{', '.join(CLOSED_DOOR_TOPICS)} or none")
    kit.command(
        asub, "topics", cmd_topics, "the themes (shared with the Plan of Action) and the closed-door topics", json=True
    )
    s = kit.command(asub, "follow-ups", cmd_follow_ups, "what a meeting's agenda is offered to follow up", json=True)
    kit.meeting_option(s, required=True)
