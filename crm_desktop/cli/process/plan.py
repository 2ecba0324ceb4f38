"""``crm-desktop poa|indicators|progress-report|process-status``: the Plan of Action, its indicators,
the semi-annual progress report and what needs attention between meetings."""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.cli import kit
from crm_desktop.cli.process import money, money_cell
from crm_desktop.domain.grammar import in_lang

_YES_NO = ("yes", "no")


@kit.with_workspace
def cmd_poa_themes(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.plan_of_action import themes

    return kit.emit(args, [{"key": t.key, "name": t.name(args.lang)} for t in themes(ws)], ["key", "name"])


@kit.with_workspace
def cmd_poa_theme_add(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.plan_of_action import set_themes, themes
    from crm_desktop.domain.plan_of_action import Theme

    current = [t for t in themes(ws) if t.key != args.key]
    set_themes(ws, [*current, Theme(args.key, args.name_es, args.name_en or args.name_es)])


@kit.with_workspace
def cmd_poa_theme_remove(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.plan_of_action import set_themes, themes

    set_themes(ws, [t for t in themes(ws) if t.key != args.key])


@kit.with_workspace
def cmd_poa_list(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.plan_of_action import list_activities

    rows = list_activities(ws, theme=args.theme, standing=args.standing, as_of=args.as_of)
    title = in_lang("title_es", "title_en", args.lang)
    table = [{**r, "title": r[title] or r["title_es"], "priority": "*" if r["priority"] else ""} for r in rows]
    columns = ["id", "theme", "kind", "responsible", "end", "priority", "status", "standing", "title"]
    return kit.emit(args, table, columns, data=rows)


@kit.with_workspace
def cmd_poa_add(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.plan_of_action import ActivityInput, add_activity

    data = ActivityInput(
        theme=args.theme,
        kind=args.kind,
        title_es=args.title,
        title_en=args.title_en,
        responsible=args.responsible,
        start=args.start,
        end=args.end,
        priority=args.priority,
    )
    print(add_activity(ws, data))


@kit.with_workspace
def cmd_poa_status(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.plan_of_action import set_activity_status

    set_activity_status(ws, args.id, args.status, on=args.on)


@kit.with_workspace
def cmd_poa_priority(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.plan_of_action import set_priority

    set_priority(ws, args.id, args.value == "yes")


@kit.with_workspace
def cmd_poa_funding(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.plan_of_action import decide_funding

    decide_funding(ws, args.id, args.needed == "yes", amount_cents=args.amount, on=args.on)


@kit.with_workspace
def cmd_poa_candidates(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.plan_of_action import funding_candidates

    rows = funding_candidates(ws)
    table = [{**r, "funding": money_cell(r["funding_cents"])} for r in rows]
    columns = ["id", "theme", "responsible", "status", "needs_funding", "funding", "title_es"]
    return kit.emit(args, table, columns, data=rows)


@kit.with_workspace
def cmd_indicators_list(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.plan_of_action import indicator_table

    rows = indicator_table(ws, args.semester, theme=args.theme)
    name = in_lang("name_es", "name_en", args.lang)
    table = [{**r, "name": r[name] or r["name_es"], "progress": f"{r['progress'] * 100:.0f} %"} for r in rows]
    return kit.emit(args, table, ["id", "theme", "baseline", "target", "value", "progress", "name"], data=rows)


@kit.with_workspace
def cmd_indicators_add(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.plan_of_action import add_indicator

    indicator = add_indicator(
        ws,
        args.theme,
        args.name,
        name_en=args.name_en,
        unit=args.unit,
        baseline=args.baseline,
        target=args.target,
        activity_id=args.activity,
    )
    print(indicator)


@kit.with_workspace
def cmd_indicators_value(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.plan_of_action import record_value

    record_value(ws, args.id, args.semester, args.value, note=args.note)


@kit.with_workspace
def cmd_progress_report(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.progress_report import assemble, write_pdf

    data = assemble(ws, args.semester, lang=args.lang)
    if args.out:
        write_pdf(data, Path(args.out))
    if args.json:
        kit.out_json(data.as_json())
    elif args.out:
        print(args.out)
    else:
        print(f"{data.label}: " + ", ".join(f"{k} {v}" for k, v in data.totals.items()))


@kit.with_workspace
def cmd_process_status(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.process_overview import overview

    data = overview(ws, as_of=args.as_of)
    if args.json:
        kit.out_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {', '.join(value) if isinstance(value, list) else value}")


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    from crm_desktop.domain import plan_of_action

    poa = kit.group(sub, "poa", "Plan of Action: themes and activities")
    kit.command(poa, "themes", cmd_poa_themes, json=True)
    s = kit.command(poa, "theme-add", cmd_poa_theme_add, "add or rename a theme (the plan's configuration)")
    s.add_argument("key")
    s.add_argument("--name-es", required=True)
    s.add_argument("--name-en")
    s = kit.command(poa, "theme-remove", cmd_poa_theme_remove, "remove a theme no activity or indicator uses")
    s.add_argument("key")
    s = kit.command(poa, "list", cmd_poa_list)
    s.add_argument("--theme")
    s.add_argument("--standing", choices=kit.choices(plan_of_action.Standing))
    kit.date_option(s, "--as-of")
    kit.json_flag(s)
    s = kit.command(poa, "add", cmd_poa_add, new_id=True)
    s.add_argument("--theme", required=True)
    kinds = ", ".join(k.key for k in plan_of_action.activity_kinds())
    s.add_argument("--kind", required=True, help=kinds)
    s.add_argument("--title", required=True)
    s.add_argument("--title-en")
    s.add_argument("--responsible", required=True, help="member country code, body key or ST")
    kit.date_option(s, "--start")
    kit.date_option(s, "--end")
    s.add_argument("--priority", action="store_true")
    s = kit.command(poa, "status", cmd_poa_status)
    kit.id_argument(s, "id", "activity")
    s.add_argument("status", choices=kit.choices(plan_of_action.ActivityStatus))
    kit.date_option(s, "--on")
    s = kit.command(poa, "priority", cmd_poa_priority)
    kit.id_argument(s, "id", "activity")
    s.add_argument("value", choices=_YES_NO)
    s = kit.command(
        poa, "funding", cmd_poa_funding, "the PPT's decision, with the members, that an activity needs funding"
    )
    kit.id_argument(s, "id", "activity")
    s.add_argument("needed", choices=_YES_NO)
    s.add_argument("--amount", type=money)
    kit.date_option(s, "--on")
    kit.command(poa, "candidates", cmd_poa_candidates, "pending priority activities (funding review)", json=True)

    ind = kit.group(sub, "indicators", "indicators of the Plan of Action")
    s = kit.command(ind, "list", cmd_indicators_list)
    s.add_argument("--semester", required=True, help="e.g. 2026-1")
    s.add_argument("--theme")
    kit.json_flag(s)
    s = kit.command(ind, "add", cmd_indicators_add, new_id=True)
    s.add_argument("--theme", required=True)
    s.add_argument("--name", required=True)
    s.add_argument("--name-en")
    s.add_argument("--unit")
    s.add_argument("--baseline", type=float, required=True)
    s.add_argument("--target", type=float, required=True)
    kit.id_argument(s, "--activity", "activity")
    s = kit.command(ind, "value", cmd_indicators_value)
    kit.id_argument(s, "id", "indicator")
    s.add_argument("--semester", required=True)
    s.add_argument("--value", type=float, required=True)
    s.add_argument("--note")

    s = kit.command(sub, "progress-report", cmd_progress_report, "semi-annual progress report on the Plan of Action")
    s.add_argument("--semester", required=True, help="e.g. 2026-1")
    s.add_argument("--out", help="PDF file to write")
    kit.json_flag(s)

    help = "what needs attention between meetings (actions, arrears, logistics)"
    s = kit.command(sub, "process-status", cmd_process_status, help)
    kit.date_option(s, "--as-of")
    kit.json_flag(s)
