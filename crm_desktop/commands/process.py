"""CLI of the between-meetings process: ``poa``, ``indicators``, ``progress-report``, ``workplans``,
``followup``, ``budget``, ``logistics`` and ``handover``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from crm_desktop.cli import EXIT_OK, open_ws, out_json, out_table, registrar
from crm_desktop.domain.grammar import in_lang


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _money(text: str) -> int:
    from crm_desktop.domain.contributions import parse_money

    try:
        return parse_money(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an amount: {text}") from None


def _run(args: argparse.Namespace, fn: Any) -> Any:
    ws = open_ws(args)
    try:
        return fn(ws)
    finally:
        ws.close()


def _short(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**r, "id": str(r["id"])[:8]} for r in rows]


def _money_cell(cents: int | None) -> str:
    from crm_desktop.domain.contributions import format_money

    return "" if cents is None else format_money(cents)


# --- Plan of Action -----------------------------------------------------------------------------


def cmd_poa_themes(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import themes

    rows = [{"key": t.key, "name": t.name(args.lang)} for t in _run(args, themes)]
    out_json(rows) if args.json else out_table(rows, ["key", "name"])
    return EXIT_OK


def cmd_poa_theme_add(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import set_themes, themes
    from crm_desktop.domain.plan_of_action import Theme

    def run(ws: Any) -> None:
        current = [t for t in themes(ws) if t.key != args.key]
        set_themes(ws, [*current, Theme(args.key, args.name_es, args.name_en or args.name_es)])

    _run(args, run)
    return EXIT_OK


def cmd_poa_theme_remove(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import set_themes, themes

    _run(args, lambda ws: set_themes(ws, [t for t in themes(ws) if t.key != args.key]))
    return EXIT_OK


def cmd_poa_list(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import list_activities

    rows = _run(args, lambda ws: list_activities(ws, theme=args.theme, standing=args.standing, as_of=args.as_of))
    if args.json:
        out_json(rows)
    else:
        title = in_lang("title_es", "title_en", args.lang)
        out_table(
            [{**r, "title": r[title] or r["title_es"], "priority": "*" if r["priority"] else ""} for r in _short(rows)],
            ["id", "theme", "kind", "responsible", "end", "priority", "status", "standing", "title"],
        )
    return EXIT_OK


def cmd_poa_add(args: argparse.Namespace) -> int:
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
    print(_run(args, lambda ws: add_activity(ws, data)))
    return EXIT_OK


def cmd_poa_status(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import set_activity_status

    _run(args, lambda ws: set_activity_status(ws, args.id, args.status, on=args.on))
    return EXIT_OK


def cmd_poa_priority(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import set_priority

    _run(args, lambda ws: set_priority(ws, args.id, args.value == "yes"))
    return EXIT_OK


def cmd_poa_funding(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import decide_funding

    _run(args, lambda ws: decide_funding(ws, args.id, args.needed == "yes", amount_cents=args.amount, on=args.on))
    return EXIT_OK


def cmd_poa_candidates(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import funding_candidates

    rows = _run(args, funding_candidates)
    if args.json:
        out_json(rows)
    else:
        out_table(
            [{**r, "funding": _money_cell(r["funding_cents"])} for r in _short(rows)],
            ["id", "theme", "responsible", "status", "needs_funding", "funding", "title_es"],
        )
    return EXIT_OK


def cmd_indicators_list(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import indicator_table

    rows = _run(args, lambda ws: indicator_table(ws, args.semester, theme=args.theme))
    if args.json:
        out_json(rows)
    else:
        name = in_lang("name_es", "name_en", args.lang)
        out_table(
            [{**r, "name": r[name] or r["name_es"], "progress": f"{r['progress'] * 100:.0f} %"} for r in _short(rows)],
            ["id", "theme", "baseline", "target", "value", "progress", "name"],
        )
    return EXIT_OK


def cmd_indicators_add(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import add_indicator

    print(
        _run(
            args,
            lambda ws: add_indicator(
                ws,
                args.theme,
                args.name,
                name_en=args.name_en,
                unit=args.unit,
                baseline=args.baseline,
                target=args.target,
                activity_id=args.activity,
            ),
        )
    )
    return EXIT_OK


def cmd_indicators_value(args: argparse.Namespace) -> int:
    from crm_desktop.app.plan_of_action import record_value

    _run(args, lambda ws: record_value(ws, args.id, args.semester, args.value, note=args.note))
    return EXIT_OK


def cmd_progress_report(args: argparse.Namespace) -> int:
    from crm_desktop.app.progress_report import assemble, write_pdf

    def run(ws: Any) -> Any:
        data = assemble(ws, args.semester, lang=args.lang)
        if args.out:
            write_pdf(data, Path(args.out))
        return data

    data = _run(args, run)
    if args.json:
        out_json(data.as_json())
    elif args.out:
        print(args.out)
    else:
        totals = data.totals
        print(f"{data.label}: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    return EXIT_OK


# --- work plans ---------------------------------------------------------------------------------


def cmd_wp_list(args: argparse.Namespace) -> int:
    from crm_desktop.app.work_plans import list_plans

    rows = _run(args, lambda ws: list_plans(ws, network=args.network))
    out_json(rows) if args.json else out_table(
        _short(rows), ["id", "network", "period", "status", "approved_on", "actions", "done", "overdue", "title"]
    )
    return EXIT_OK


def cmd_wp_add(args: argparse.Namespace) -> int:
    from crm_desktop.app.work_plans import create_plan

    print(_run(args, lambda ws: create_plan(ws, args.network, args.period, args.title)))
    return EXIT_OK


def cmd_wp_action(args: argparse.Namespace) -> int:
    from crm_desktop.app.work_plans import add_action

    print(_run(args, lambda ws: add_action(ws, args.plan, args.title, responsible=args.responsible, due=args.due)))
    return EXIT_OK


def cmd_wp_actions(args: argparse.Namespace) -> int:
    from crm_desktop.app.work_plans import plan_actions

    rows = _run(args, lambda ws: plan_actions(ws, args.plan))
    out_json(rows) if args.json else out_table(
        _short(rows), ["id", "position", "responsible", "due", "status", "overdue", "title"]
    )
    return EXIT_OK


def cmd_wp_action_status(args: argparse.Namespace) -> int:
    from crm_desktop.app.work_plans import set_action_status

    _run(args, lambda ws: set_action_status(ws, args.id, args.status, note=args.note))
    return EXIT_OK


def cmd_wp_submit(args: argparse.Namespace) -> int:
    from crm_desktop.app.work_plans import submit

    _run(args, lambda ws: submit(ws, args.plan, st_note=args.st_note, on=args.on))
    return EXIT_OK


def cmd_wp_return(args: argparse.Namespace) -> int:
    from crm_desktop.app.work_plans import return_to_draft

    _run(args, lambda ws: return_to_draft(ws, args.plan))
    return EXIT_OK


def cmd_wp_approve(args: argparse.Namespace) -> int:
    from crm_desktop.app.work_plans import approve

    _run(args, lambda ws: approve(ws, args.plan, args.meeting, on=args.on))
    return EXIT_OK


# --- follow-up ----------------------------------------------------------------------------------


def cmd_fu_list(args: argparse.Namespace) -> int:
    from crm_desktop.app.follow_up import actions

    rows = _run(
        args,
        lambda ws: actions(ws, as_of=args.as_of, only_open=args.open, only_overdue=args.overdue, owner=args.owner),
    )
    out_json(rows) if args.json else out_table(
        _short(rows), ["id", "body", "kind", "number", "owner", "due", "status", "days_overdue", "notes", "text"]
    )
    return EXIT_OK


def cmd_fu_add(args: argparse.Namespace) -> int:
    from crm_desktop.app.decisions import add_decision

    print(
        _run(
            args,
            lambda ws: add_decision(ws, args.meeting, args.text, kind=args.kind, owner=args.owner, due=args.due),
        )
    )
    return EXIT_OK


def cmd_fu_status(args: argparse.Namespace) -> int:
    from crm_desktop.app.follow_up import set_status

    _run(args, lambda ws: set_status(ws, args.id, args.status, note=args.note, on=args.on))
    return EXIT_OK


def cmd_fu_note(args: argparse.Namespace) -> int:
    from crm_desktop.app.follow_up import add_note

    print(_run(args, lambda ws: add_note(ws, args.id, args.text, on=args.on)))
    return EXIT_OK


def cmd_fu_assign(args: argparse.Namespace) -> int:
    from crm_desktop.app.follow_up import set_owner_due

    _run(args, lambda ws: set_owner_due(ws, args.id, owner=args.owner, due=args.due))
    return EXIT_OK


def cmd_fu_history(args: argparse.Namespace) -> int:
    from crm_desktop.app.follow_up import history

    data = _run(args, lambda ws: history(ws, args.id))
    if args.json:
        out_json(data)
    else:
        print(f"{data['status']}  {data['owner'] or ''}  {data['due'] or ''}  {data['text']}")
        for c in data["changes"]:
            print(f"  {c['on']}  {c['from']} → {c['to']}  {c['note'] or ''}")
        for n in data["notes"]:
            print(f"  {n['on']}  {n['author'] or ''}  {n['text']}")
    return EXIT_OK


# --- budget and contributions -------------------------------------------------------------------


def cmd_budget_approve(args: argparse.Namespace) -> int:
    from crm_desktop.app.contributions import approve_budget
    from crm_desktop.app.meetings import get_meeting_row
    from crm_desktop.domain.messages import msg

    def run(ws: Any) -> str:
        segment = args.segment.replace("-", "_")
        approve_budget(
            ws,
            args.year,
            args.amount,
            args.meeting,
            currency=args.currency,
            on=args.on,
            audience=args.audience,
            segment=segment,
        )
        seg = ws.config.body("viceministers").segment(segment)
        title = get_meeting_row(ws, args.meeting)["title"]
        return msg("budget.approved", year=args.year, meeting=title, segment=seg.label).render(args.lang)

    print(_run(args, run))
    return EXIT_OK


def cmd_budget_scale(args: argparse.Namespace) -> int:
    from crm_desktop.app.contributions import set_scale
    from crm_desktop.app.errors import invalid
    from crm_desktop.domain.contributions import parse_share
    from crm_desktop.domain.messages import msg

    shares: dict[str, int] = {}
    for item in args.share:
        code, _, pct = item.partition("=")
        try:
            shares[code.strip().upper()] = parse_share(pct)
        except ValueError:
            raise invalid(msg("invalid.share", value=item)) from None
    _run(args, lambda ws: set_scale(ws, args.from_year, shares, meeting_id=args.meeting, audience=args.audience))
    return EXIT_OK


def cmd_budget_pay(args: argparse.Namespace) -> int:
    from crm_desktop.app.contributions import record_payment

    print(
        _run(
            args,
            lambda ws: record_payment(
                ws,
                args.country.upper(),
                args.year,
                args.amount,
                on=args.on,
                reference=args.reference,
                audience=args.audience,
            ),
        )
    )
    return EXIT_OK


def cmd_budget_status(args: argparse.Namespace) -> int:
    from crm_desktop.app.contributions import status

    data = _run(args, lambda ws: status(ws, year=args.year, as_of=args.as_of, lang=args.lang))
    if args.json:
        out_json(data)
        return EXIT_OK
    out_table(
        [
            {
                **r,
                "expected": _money_cell(r["expected_cents"]),
                "paid": _money_cell(r["paid_cents"]),
                "balance": _money_cell(r["balance_cents"]),
                "arrears": "*" if r["in_arrears"] else "",
            }
            for r in data["rows"]
        ],
        ["year", "country", "country_name", "expected", "paid", "balance", "arrears"],
    )
    return EXIT_OK


def cmd_budget_report(args: argparse.Namespace) -> int:
    from crm_desktop.app.contributions import write_csv, write_pdf

    def run(ws: Any) -> None:
        if args.csv:
            write_csv(ws, Path(args.csv), year=args.year, as_of=args.as_of)
        if args.pdf:
            write_pdf(ws, Path(args.pdf), year=args.year, as_of=args.as_of, lang=args.lang, audience=args.audience)

    _run(args, run)
    for path in (args.csv, args.pdf):
        if path:
            print(path)
    return EXIT_OK


# --- logistics ----------------------------------------------------------------------------------


def cmd_log_prepare(args: argparse.Namespace) -> int:
    from crm_desktop.app.logistics import prepare_checklist

    made = _run(args, lambda ws: prepare_checklist(ws, args.meeting))
    print(len(made))
    return EXIT_OK


def cmd_log_list(args: argparse.Namespace) -> int:
    from crm_desktop.app.logistics import checklist

    data = _run(args, lambda ws: checklist(ws, args.meeting, lang=args.lang))
    if args.json:
        out_json(data)
        return EXIT_OK
    out_table(
        [{**r, "cost": _money_cell(r["cost_cents"])} for r in _short(data["items"])],
        ["id", "bearer", "label", "supplier", "cost", "status", "quality"],
    )
    print(f"PPT {_money_cell(data['totals']['ppt'])}  ST {_money_cell(data['totals']['st'])}")
    return EXIT_OK


def cmd_log_set(args: argparse.Namespace) -> int:
    from crm_desktop.app.logistics import update_item

    _run(args, lambda ws: update_item(ws, args.id, supplier=args.supplier, cost_cents=args.cost, status=args.status))
    return EXIT_OK


def cmd_log_quality(args: argparse.Namespace) -> int:
    from crm_desktop.app.logistics import quality_check

    _run(args, lambda ws: quality_check(ws, args.id, args.result, note=args.note, on=args.on))
    return EXIT_OK


# --- handover -----------------------------------------------------------------------------------


def cmd_ho_rotation(args: argparse.Namespace) -> int:
    from crm_desktop.app.handover import rotation

    data = _run(args, lambda ws: rotation(ws, lang=args.lang))
    if args.json:
        out_json(data)
    else:
        out_table(data["years"], ["year", "planned", "designated"])
        for w in data["warnings"]:
            print(w)
    return EXIT_OK


def cmd_ho_plan(args: argparse.Namespace) -> int:
    from crm_desktop.app.handover import plan_rotation

    _run(args, lambda ws: plan_rotation(ws, args.year, args.country.upper(), note=args.note))
    return EXIT_OK


def cmd_ho_candidacy(args: argparse.Namespace) -> int:
    from crm_desktop.app.presidency import announce_candidacy

    print(_run(args, lambda ws: announce_candidacy(ws, args.country.upper(), args.year, args.meeting, on=args.on)))
    return EXIT_OK


def cmd_ho_designate(args: argparse.Namespace) -> int:
    from crm_desktop.app.presidency import designate
    from crm_desktop.domain.messages import msg

    objections = [c.strip().upper() for c in (args.objections or "").split(",") if c.strip()]
    country, year, consensus = args.country.upper(), args.year, args.consecutive_by_consensus
    term = _run(
        args,
        lambda ws: designate(
            ws,
            country,
            year,
            objections=objections,
            meeting_id=args.meeting,
            on=args.on,
            consecutive_by_consensus=consensus,
        ),
    )
    done = "ppt.designated_by_consensus" if consensus else "ppt.designated"
    print(f"{term}  {msg(done, country=country, year=year).render(args.lang)}")
    return EXIT_OK


def cmd_ho_troika(args: argparse.Namespace) -> int:
    from crm_desktop.app.handover import handover_pack

    pack = _run(args, lambda ws: handover_pack(ws, args.year, lang=args.lang))
    t = pack["troika"]
    if args.json:
        out_json(t)
    else:
        for key in ("previous", "current", "next"):
            print(f"{key}: {t[key] or '-'} {t[key + '_name'] or ''}".rstrip())
    return EXIT_OK


def cmd_ho_pack(args: argparse.Namespace) -> int:
    from crm_desktop.app.handover import handover_pack, write_json, write_pdf

    def run(ws: Any) -> dict[str, Any]:
        pack = handover_pack(ws, args.year, as_of=args.as_of, lang=args.lang)
        if args.json_out:
            write_json(pack, Path(args.json_out))
        if args.pdf_out:
            write_pdf(pack, Path(args.pdf_out), lang=args.lang)
        return pack

    pack = _run(args, run)
    if args.json:
        out_json(pack)
    elif not (args.json_out or args.pdf_out):
        t = pack["troika"]
        print(f"{t['previous'] or '-'} → {t['current'] or '-'} → {t['next'] or '-'}")
        for key in ("open_actions", "open_work_plan_actions", "pending_activities", "upcoming_meetings"):
            print(f"{key}: {len(pack[key])}")
        for duty in pack["duties"]:
            print(f"- {duty['text']}\n  {duty['source']}")
    return EXIT_OK


def cmd_process_status(args: argparse.Namespace) -> int:
    from crm_desktop.app.process_overview import overview

    data = _run(args, lambda ws: overview(ws, as_of=args.as_of))
    if args.json:
        out_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
    return EXIT_OK


# --- parsers ------------------------------------------------------------------------------------


def _sub(parent: Any, name: str, help_: str) -> Any:
    from crm_desktop.cli import _Parser

    p = parent.add_parser(name, help=help_)
    return p.add_subparsers(dest="action", required=True, parser_class=_Parser)


AUDIENCE_HELP = "who may see the figures: secretariat (default) or members"


@registrar
def register(sub: Any) -> None:
    s: Any
    # Plan of Action
    poa = _sub(sub, "poa", "Plan of Action: themes and activities")
    s = poa.add_parser("themes")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_poa_themes)
    s = poa.add_parser("theme-add", help="add or rename a theme (the plan's configuration)")
    s.add_argument("key")
    s.add_argument("--name-es", required=True)
    s.add_argument("--name-en")
    s.set_defaults(func=cmd_poa_theme_add)
    s = poa.add_parser("theme-remove", help="remove a theme no activity or indicator uses")
    s.add_argument("key")
    s.set_defaults(func=cmd_poa_theme_remove)
    s = poa.add_parser("list")
    s.add_argument("--theme")
    s.add_argument("--standing", choices=["done", "delayed", "pending", "cancelled"])
    s.add_argument("--as-of", type=_date)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_poa_list)
    s = poa.add_parser("add")
    s.add_argument("--theme", required=True)
    s.add_argument("--kind", required=True, help="information_exchange, seminar, training or project")
    s.add_argument("--title", required=True)
    s.add_argument("--title-en")
    s.add_argument("--responsible", required=True, help="member country code, body key or ST")
    s.add_argument("--start", type=_date)
    s.add_argument("--end", type=_date)
    s.add_argument("--priority", action="store_true")
    s.set_defaults(func=cmd_poa_add)
    s = poa.add_parser("status")
    s.add_argument("id")
    s.add_argument("status", choices=["planned", "in_progress", "done", "cancelled"])
    s.add_argument("--on", type=_date)
    s.set_defaults(func=cmd_poa_status)
    s = poa.add_parser("priority")
    s.add_argument("id")
    s.add_argument("value", choices=["yes", "no"])
    s.set_defaults(func=cmd_poa_priority)
    s = poa.add_parser("funding", help="the PPT's decision, with the members, that an activity needs funding")
    s.add_argument("id")
    s.add_argument("needed", choices=["yes", "no"])
    s.add_argument("--amount", type=_money)
    s.add_argument("--on", type=_date)
    s.set_defaults(func=cmd_poa_funding)
    s = poa.add_parser("candidates", help="pending priority activities (funding review)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_poa_candidates)

    ind = _sub(sub, "indicators", "indicators of the Plan of Action")
    s = ind.add_parser("list")
    s.add_argument("--semester", required=True, help="e.g. 2026-1")
    s.add_argument("--theme")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_indicators_list)
    s = ind.add_parser("add")
    s.add_argument("--theme", required=True)
    s.add_argument("--name", required=True)
    s.add_argument("--name-en")
    s.add_argument("--unit")
    s.add_argument("--baseline", type=float, required=True)
    s.add_argument("--target", type=float, required=True)
    s.add_argument("--activity")
    s.set_defaults(func=cmd_indicators_add)
    s = ind.add_parser("value")
    s.add_argument("id")
    s.add_argument("--semester", required=True)
    s.add_argument("--value", type=float, required=True)
    s.add_argument("--note")
    s.set_defaults(func=cmd_indicators_value)

    s = sub.add_parser("progress-report", help="semi-annual progress report on the Plan of Action")
    s.add_argument("--semester", required=True, help="e.g. 2026-1")
    s.add_argument("--out", help="PDF file to write")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_progress_report)

    s = sub.add_parser("process-status", help="what needs attention between meetings (actions, arrears, logistics)")
    s.add_argument("--as-of", type=_date)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_process_status)

    # work plans
    wp = _sub(sub, "workplans", "network work plans")
    s = wp.add_parser("list")
    s.add_argument("--network")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_wp_list)
    s = wp.add_parser("add")
    s.add_argument("--network", required=True)
    s.add_argument("--period", required=True)
    s.add_argument("--title", required=True)
    s.set_defaults(func=cmd_wp_add)
    s = wp.add_parser("action")
    s.add_argument("plan")
    s.add_argument("--title", required=True)
    s.add_argument("--responsible")
    s.add_argument("--due", type=_date)
    s.set_defaults(func=cmd_wp_action)
    s = wp.add_parser("actions")
    s.add_argument("plan")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_wp_actions)
    s = wp.add_parser("action-status")
    s.add_argument("id")
    s.add_argument("status")
    s.add_argument("--note")
    s.set_defaults(func=cmd_wp_action_status)
    s = wp.add_parser("submit", help="examined with the ST, submitted to the GRCM")
    s.add_argument("plan")
    s.add_argument("--st-note")
    s.add_argument("--on", type=_date)
    s.set_defaults(func=cmd_wp_submit)
    s = wp.add_parser("return", help="back to the network as a draft")
    s.add_argument("plan")
    s.set_defaults(func=cmd_wp_return)
    s = wp.add_parser("approve", help="approval by a GRCM meeting")
    s.add_argument("plan")
    s.add_argument("--meeting", required=True)
    s.add_argument("--on", type=_date)
    s.set_defaults(func=cmd_wp_approve)

    # follow-up
    fu = _sub(sub, "followup", "follow-up of decisions and recommendations")
    s = fu.add_parser("list")
    s.add_argument("--open", action="store_true")
    s.add_argument("--overdue", action="store_true")
    s.add_argument("--owner")
    s.add_argument("--as-of", type=_date)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_fu_list)
    s = fu.add_parser("add", help="a decision, recommendation or conclusion of a meeting, as a tracked action")
    s.add_argument("--meeting", required=True)
    s.add_argument("--text", required=True)
    s.add_argument("--kind", default="decision", choices=["decision", "recommendation", "conclusion"])
    s.add_argument("--owner")
    s.add_argument("--due", type=_date)
    s.set_defaults(func=cmd_fu_add)
    s = fu.add_parser("status")
    s.add_argument("id")
    s.add_argument("status", choices=["open", "in_progress", "done", "dropped"])
    s.add_argument("--note")
    s.add_argument("--on", type=_date)
    s.set_defaults(func=cmd_fu_status)
    s = fu.add_parser("note")
    s.add_argument("id")
    s.add_argument("text")
    s.add_argument("--on", type=_date)
    s.set_defaults(func=cmd_fu_note)
    s = fu.add_parser("assign")
    s.add_argument("id")
    s.add_argument("--owner")
    s.add_argument("--due", type=_date)
    s.set_defaults(func=cmd_fu_assign)
    s = fu.add_parser("history")
    s.add_argument("id")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_fu_history)

    # budget
    bu = _sub(sub, "budget", "the ST's budget and the member countries' contributions")
    s = bu.add_parser("approve", help="annual budget approved by the Vice-Ministers")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--amount", type=_money, required=True)
    s.add_argument("--meeting", required=True, help="the Vice-Ministers' meeting that approved it")
    s.add_argument("--currency", default="USD")
    s.add_argument("--on", type=_date)
    s.add_argument("--audience", default="secretariat", help=AUDIENCE_HELP)
    s.add_argument("--segment", default="closed_door", help="the segment that approved it (only the closed door may)")
    s.set_defaults(func=cmd_budget_approve)
    s = bu.add_parser("scale", help="a new scale of contributions, in force from a year")
    s.add_argument("--from-year", type=int, required=True)
    s.add_argument("--share", action="append", required=True, help="CC=percent, one per member country")
    s.add_argument("--meeting")
    s.add_argument("--audience", default="secretariat", help=AUDIENCE_HELP)
    s.set_defaults(func=cmd_budget_scale)
    s = bu.add_parser("pay", help="record a member country's payment")
    s.add_argument("--country", required=True)
    s.add_argument("--year", type=int, required=True, help="the budget year the payment is for")
    s.add_argument("--amount", type=_money, required=True)
    s.add_argument("--on", type=_date)
    s.add_argument("--reference")
    s.add_argument("--audience", default="secretariat", help=AUDIENCE_HELP)
    s.set_defaults(func=cmd_budget_pay)
    s = bu.add_parser("status", help="expected vs paid, arrears")
    s.add_argument("--year", type=int)
    s.add_argument("--as-of", type=_date)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_budget_status)
    s = bu.add_parser("report", help="contributions report as CSV and/or PDF")
    s.add_argument("--year", type=int)
    s.add_argument("--as-of", type=_date)
    s.add_argument("--csv")
    s.add_argument("--pdf")
    s.add_argument("--audience", default="secretariat", help=AUDIENCE_HELP)
    s.set_defaults(func=cmd_budget_report)

    # logistics
    lo = _sub(sub, "logistics", "logistics checklist of a meeting")
    s = lo.add_parser("prepare")
    s.add_argument("--meeting", required=True)
    s.set_defaults(func=cmd_log_prepare)
    s = lo.add_parser("list")
    s.add_argument("--meeting", required=True)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_log_list)
    s = lo.add_parser("set")
    s.add_argument("id")
    s.add_argument("--supplier")
    s.add_argument("--cost", type=_money)
    s.add_argument("--status", help="pending, contracted, delivered or cancelled")
    s.set_defaults(func=cmd_log_set)
    s = lo.add_parser("quality", help="the ST's quality check of a contracted service")
    s.add_argument("id")
    s.add_argument("result", help="ok or deficient")
    s.add_argument("--note")
    s.add_argument("--on", type=_date)
    s.set_defaults(func=cmd_log_quality)

    # handover
    ho = _sub(sub, "handover", "Presidency rotation and handover pack")
    s = ho.add_parser("rotation")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_ho_rotation)
    s = ho.add_parser("plan")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--country", required=True)
    s.add_argument("--note")
    s.set_defaults(func=cmd_ho_plan)
    s = ho.add_parser("candidacy", help="a candidacy announced at the Vice-Ministers' plenary")
    s.add_argument("--country", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--meeting", required=True)
    s.add_argument("--on", type=_date)
    s.set_defaults(func=cmd_ho_candidacy)
    s = ho.add_parser("designate", help="designation by consensus of the member countries")
    s.add_argument("--country", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--meeting")
    s.add_argument("--objections", help="member countries objecting, comma-separated")
    s.add_argument("--on", type=_date)
    s.add_argument(
        "--consecutive-by-consensus",
        action="store_true",
        help="the member countries agreed by consensus that the country holds the Presidency two years running",
    )
    s.set_defaults(func=cmd_ho_designate)
    s = ho.add_parser("troika")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_ho_troika)
    s = ho.add_parser("pack")
    s.add_argument("--year", type=int, required=True, help="the outgoing Presidency's year")
    s.add_argument("--as-of", type=_date)
    s.add_argument("--json-out")
    s.add_argument("--pdf-out")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_ho_pack)
