"""``crm-desktop budget|logistics``: the ST's budget and the member countries' contributions; a
meeting's logistics checklist."""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.cli import kit
from crm_desktop.cli.process import AUDIENCE_HELP, money, money_cell

# --- budget and contributions -------------------------------------------------------------------


@kit.with_workspace
def cmd_budget_approve(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.contributions import approve_budget
    from crm_desktop.app.meetings import get_meeting_row
    from crm_desktop.domain.messages import msg

    options = {name: getattr(args, name) for name in ("currency", "on", "audience", "segment")}
    approve_budget(ws, args.year, args.amount, args.meeting, **options)
    seg = ws.config.body("viceministers").segment(args.segment)
    title = get_meeting_row(ws, args.meeting)["title"]
    label = seg.label if seg is not None else args.segment
    print(msg("budget.approved", year=args.year, meeting=title, segment=label).render(args.lang))


@kit.with_workspace
def cmd_budget_scale(args: argparse.Namespace, ws: kit.Workspace) -> None:
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
    set_scale(ws, args.from_year, shares, meeting_id=args.meeting, audience=args.audience)


@kit.with_workspace
def cmd_budget_pay(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.contributions import record_payment

    country = args.country.upper()
    print(
        record_payment(
            ws, country, args.year, args.amount, on=args.on, reference=args.reference, audience=args.audience
        )
    )


@kit.with_workspace
def cmd_budget_status(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.contributions import status

    data = status(ws, year=args.year, as_of=args.as_of, lang=args.lang)
    table = [
        {
            **r,
            "expected": money_cell(r["expected_cents"]),
            "paid": money_cell(r["paid_cents"]),
            "balance": money_cell(r["balance_cents"]),
            "arrears": "*" if r["in_arrears"] else "",
        }
        for r in data["rows"]
    ]
    columns = ["year", "country", "country_name", "expected", "paid", "balance", "arrears"]
    return kit.emit(args, table, columns, data=data)


@kit.with_workspace
def cmd_budget_report(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.contributions import write_csv, write_pdf

    if args.csv:
        write_csv(ws, Path(args.csv), year=args.year, as_of=args.as_of)
    if args.pdf:
        write_pdf(ws, Path(args.pdf), year=args.year, as_of=args.as_of, lang=args.lang, audience=args.audience)
    for path in (args.csv, args.pdf):
        if path:
            print(path)


# --- logistics ----------------------------------------------------------------------------------


@kit.with_workspace
def cmd_log_prepare(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.logistics import prepare_checklist

    print(len(prepare_checklist(ws, args.meeting)))


@kit.with_workspace
def cmd_log_list(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.logistics import checklist

    data = checklist(ws, args.meeting, lang=args.lang)
    if args.json:
        kit.out_json(data)
        return
    kit.out_table(
        [{**r, "cost": money_cell(r["cost_cents"])} for r in kit.shorten(data["items"])],
        ["id", "bearer", "label", "supplier", "cost", "status", "quality"],
    )
    print(f"PPT {money_cell(data['totals']['ppt'])}  ST {money_cell(data['totals']['st'])}")


@kit.with_workspace
def cmd_log_set(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.logistics import update_item

    update_item(ws, args.id, supplier=args.supplier, cost_cents=args.cost, status=args.status)


@kit.with_workspace
def cmd_log_quality(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.logistics import quality_check

    quality_check(ws, args.id, args.result, note=args.note, on=args.on)


def _audience_option(s: argparse.ArgumentParser) -> None:
    s.add_argument("--audience", default="secretariat", help=AUDIENCE_HELP)


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    from crm_desktop.domain import logistics

    bu = kit.group(sub, "budget", "the ST's budget and the member countries' contributions")
    s = kit.command(bu, "approve", cmd_budget_approve, "annual budget approved by the Vice-Ministers")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--amount", type=money, required=True)
    kit.meeting_option(s, required=True, help="the Vice-Ministers' meeting that approved it")
    s.add_argument("--currency", default="USD")
    kit.date_option(s, "--on")
    _audience_option(s)
    kit.segment_option(
        s, default="closed_door", strict=False, help="the segment that approved it (only the closed door may)"
    )
    s = kit.command(bu, "scale", cmd_budget_scale, "a new scale of contributions, in force from a year")
    s.add_argument("--from-year", type=int, required=True)
    s.add_argument("--share", action="append", required=True, help="CC=percent, one per member country")
    kit.meeting_option(s)
    _audience_option(s)
    s = kit.command(bu, "pay", cmd_budget_pay, "record a member country's payment")
    s.add_argument("--country", required=True)
    s.add_argument("--year", type=int, required=True, help="the budget year the payment is for")
    s.add_argument("--amount", type=money, required=True)
    kit.date_option(s, "--on")
    s.add_argument("--reference")
    _audience_option(s)
    s = kit.command(bu, "status", cmd_budget_status, "expected vs paid, arrears")
    s.add_argument("--year", type=int)
    kit.date_option(s, "--as-of")
    kit.json_flag(s)
    s = kit.command(bu, "report", cmd_budget_report, "contributions report as CSV and/or PDF")
    s.add_argument("--year", type=int)
    kit.date_option(s, "--as-of")
    s.add_argument("--csv")
    s.add_argument("--pdf")
    _audience_option(s)

    lo = kit.group(sub, "logistics", "logistics checklist of a meeting")
    s = kit.command(lo, "prepare", cmd_log_prepare)
    kit.meeting_option(s, required=True)
    s = kit.command(lo, "list", cmd_log_list, json=True)
    kit.meeting_option(s, required=True)
    s = kit.command(lo, "set", cmd_log_set)
    kit.id_argument(s, "id", "logistics item")
    s.add_argument("--supplier")
    s.add_argument("--cost", type=money)
    s.add_argument("--status", help=", ".join(logistics.STATUSES))
    s = kit.command(lo, "quality", cmd_log_quality, "the ST's quality check of a contracted service")
    kit.id_argument(s, "id", "logistics item")
    s.add_argument("result", help=" or ".join(logistics.QUALITY))
    s.add_argument("--note")
    kit.date_option(s, "--on")
