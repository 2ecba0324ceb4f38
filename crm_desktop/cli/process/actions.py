"""``crm-desktop workplans|followup``: the networks' work plans and the follow-up of decisions and
recommendations."""

from __future__ import annotations

import argparse

from crm_desktop.cli import kit
from crm_desktop.domain import follow_up, kinds, work_plans

# --- work plans ---------------------------------------------------------------------------------


@kit.with_workspace
def cmd_wp_list(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.work_plans import list_plans

    columns = ["id", "network", "period", "status", "approved_on", "actions", "done", "overdue", "title"]
    return kit.emit(args, list_plans(ws, network=args.network), columns)


@kit.with_workspace
def cmd_wp_add(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.work_plans import create_plan

    print(create_plan(ws, args.network, args.period, args.title))


@kit.with_workspace
def cmd_wp_action(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.work_plans import add_action

    print(add_action(ws, args.plan, args.title, responsible=args.responsible, due=args.due))


@kit.with_workspace
def cmd_wp_actions(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.work_plans import plan_actions

    columns = ["id", "position", "responsible", "due", "status", "overdue", "title"]
    return kit.emit(args, plan_actions(ws, args.plan), columns)


@kit.with_workspace
def cmd_wp_action_status(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.work_plans import set_action_status

    set_action_status(ws, args.id, args.status, note=args.note)


@kit.with_workspace
def cmd_wp_submit(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.work_plans import submit

    submit(ws, args.plan, st_note=args.st_note, on=args.on)


@kit.with_workspace
def cmd_wp_return(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.work_plans import return_to_draft

    return_to_draft(ws, args.plan)


@kit.with_workspace
def cmd_wp_approve(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.work_plans import approve

    approve(ws, args.plan, args.meeting, on=args.on)


# --- follow-up ----------------------------------------------------------------------------------


@kit.with_workspace
def cmd_fu_list(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.follow_up import actions

    rows = actions(ws, as_of=args.as_of, only_open=args.open, only_overdue=args.overdue, owner=args.owner)
    columns = ["id", "body", "kind", "number", "owner", "due", "status", "days_overdue", "notes", "text"]
    return kit.emit(args, rows, columns)


@kit.with_workspace
def cmd_fu_add(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.decisions import add_decision

    print(add_decision(ws, args.meeting, args.text, kind=args.kind, owner=args.owner, due=args.due))


@kit.with_workspace
def cmd_fu_status(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.follow_up import set_status

    set_status(ws, args.id, args.status, note=args.note, on=args.on)


@kit.with_workspace
def cmd_fu_note(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.follow_up import add_note

    print(add_note(ws, args.id, args.text, on=args.on))


@kit.with_workspace
def cmd_fu_assign(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.follow_up import set_owner_due

    set_owner_due(ws, args.id, owner=args.owner, due=args.due)


@kit.with_workspace
def cmd_fu_history(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.follow_up import history

    data = history(ws, args.id)
    if args.json:
        kit.out_json(data)
        return
    lines = [f"{data['status']}  {data['owner'] or ''}  {data['due'] or ''}  {data['text']}"]
    lines += [f"  {c['on']}  {c['from']} → {c['to']}  {c['note'] or ''}" for c in data["changes"]]
    lines += [f"  {n['on']}  {n['author'] or ''}  {n['text']}" for n in data["notes"]]
    print("\n".join(lines))


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    wp = kit.group(sub, "workplans", "network work plans")
    s = kit.command(wp, "list", cmd_wp_list)
    s.add_argument("--network")
    kit.json_flag(s)
    s = kit.command(wp, "add", cmd_wp_add, new_id=True)
    s.add_argument("--network", required=True)
    s.add_argument("--period", required=True)
    s.add_argument("--title", required=True)
    s = kit.command(wp, "action", cmd_wp_action, new_id=True)
    kit.id_argument(s, "plan", "work plan")
    s.add_argument("--title", required=True)
    s.add_argument("--responsible")
    kit.date_option(s, "--due")
    s = kit.command(wp, "actions", cmd_wp_actions)
    kit.id_argument(s, "plan", "work plan")
    kit.json_flag(s)
    s = kit.command(wp, "action-status", cmd_wp_action_status)
    kit.id_argument(s, "id", "work plan action")
    s.add_argument("status", help=", ".join(work_plans.ACTION_STATUSES))
    s.add_argument("--note")
    s = kit.command(wp, "submit", cmd_wp_submit, "examined with the ST, submitted to the GRCM")
    kit.id_argument(s, "plan", "work plan")
    s.add_argument("--st-note")
    kit.date_option(s, "--on")
    s = kit.command(wp, "return", cmd_wp_return, "back to the network as a draft")
    kit.id_argument(s, "plan", "work plan")
    s = kit.command(wp, "approve", cmd_wp_approve, "approval by a GRCM meeting")
    kit.id_argument(s, "plan", "work plan")
    kit.meeting_option(s, required=True)
    kit.date_option(s, "--on")

    fu = kit.group(sub, "followup", "follow-up of decisions and recommendations")
    s = kit.command(fu, "list", cmd_fu_list)
    s.add_argument("--open", action="store_true")
    s.add_argument("--overdue", action="store_true")
    s.add_argument("--owner")
    kit.date_option(s, "--as-of")
    kit.json_flag(s)
    help = "a decision, recommendation or conclusion of a meeting, as a tracked action"
    s = kit.command(fu, "add", cmd_fu_add, help, new_id=True)
    kit.meeting_option(s, required=True)
    s.add_argument("--text", required=True)
    s.add_argument("--kind", default="decision", choices=kit.choices(kinds.DECISION_KINDS))
    s.add_argument("--owner")
    kit.date_option(s, "--due")
    s = kit.command(fu, "status", cmd_fu_status)
    kit.id_argument(s, "id", "decision")
    s.add_argument("status", choices=kit.choices(follow_up.STATUSES))
    s.add_argument("--note")
    kit.date_option(s, "--on")
    s = kit.command(fu, "note", cmd_fu_note, new_id=True)
    kit.id_argument(s, "id", "decision")
    s.add_argument("text")
    kit.date_option(s, "--on")
    s = kit.command(fu, "assign", cmd_fu_assign)
    kit.id_argument(s, "id", "decision")
    s.add_argument("--owner")
    kit.date_option(s, "--due")
    s = kit.command(fu, "history", cmd_fu_history, json=True)
    kit.id_argument(s, "id", "decision")
