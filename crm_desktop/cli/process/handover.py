"""``crm-desktop handover``: the Presidency's rotation, candidacies, designation, the troika and the
handover pack."""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.cli import kit


@kit.with_workspace
def cmd_ho_rotation(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.handover import rotation

    data = rotation(ws, lang=args.lang)
    if args.json:
        kit.out_json(data)
        return
    kit.out_table(data["years"], ["year", "planned", "designated"])
    for w in data["warnings"]:
        print(w)


@kit.with_workspace
def cmd_ho_plan(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.handover import plan_rotation

    plan_rotation(ws, args.year, args.country.upper(), note=args.note)


@kit.with_workspace
def cmd_ho_candidacy(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.presidency import announce_candidacy

    print(announce_candidacy(ws, args.country.upper(), args.year, args.meeting, on=args.on))


@kit.with_workspace
def cmd_ho_designate(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.presidency import designate
    from crm_desktop.domain.messages import msg

    objections = [c.strip().upper() for c in (args.objections or "").split(",") if c.strip()]
    country, year, consensus = args.country.upper(), args.year, args.consecutive_by_consensus
    term = designate(
        ws,
        country,
        year,
        objections=objections,
        meeting_id=args.meeting,
        on=args.on,
        consecutive_by_consensus=consensus,
    )
    done = "ppt.designated_by_consensus" if consensus else "ppt.designated"
    print(f"{term}  {msg(done, country=country, year=year).render(args.lang)}")


@kit.with_workspace
def cmd_ho_troika(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.handover import handover_pack

    t = handover_pack(ws, args.year, lang=args.lang)["troika"]
    if args.json:
        kit.out_json(t)
        return
    for key in ("previous", "current", "next"):
        print(f"{key}: {t[key] or '-'} {t[key + '_name'] or ''}".rstrip())


@kit.with_workspace
def cmd_ho_pack(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.handover import handover_pack, write_json, write_pdf

    pack = handover_pack(ws, args.year, as_of=args.as_of, lang=args.lang)
    if args.json_out:
        write_json(pack, Path(args.json_out))
    if args.pdf_out:
        write_pdf(pack, Path(args.pdf_out), lang=args.lang)
    if args.json:
        kit.out_json(pack)
    elif not (args.json_out or args.pdf_out):
        t = pack["troika"]
        print(f"{t['previous'] or '-'} → {t['current'] or '-'} → {t['next'] or '-'}")
        for key in ("open_actions", "open_work_plan_actions", "pending_activities", "upcoming_meetings"):
            print(f"{key}: {len(pack[key])}")
        for duty in pack["duties"]:
            print(f"- {duty['text']}\n  {duty['source']}")


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    ho = kit.group(sub, "handover", "Presidency rotation and handover pack")
    kit.command(ho, "rotation", cmd_ho_rotation, json=True)
    s = kit.command(ho, "plan", cmd_ho_plan)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--country", required=True)
    s.add_argument("--note")
    s = kit.command(
        ho, "candidacy", cmd_ho_candidacy, "a candidacy announced at the Vice-Ministers' plenary", new_id=True
    )
    s.add_argument("--country", required=True)
    s.add_argument("--year", type=int, required=True)
    kit.meeting_option(s, required=True)
    kit.date_option(s, "--on")
    s = kit.command(ho, "designate", cmd_ho_designate, "designation by consensus of the member countries")
    s.add_argument("--country", required=True)
    s.add_argument("--year", type=int, required=True)
    kit.meeting_option(s)
    s.add_argument("--objections", help="member countries objecting, comma-separated")
    kit.date_option(s, "--on")
    s.add_argument(
        "--consecutive-by-consensus",
        action="store_true",
        help="the member countries agreed by consensus that the country holds the Presidency two years running",
    )
    s = kit.command(ho, "troika", cmd_ho_troika)
    s.add_argument("--year", type=int, required=True)
    kit.json_flag(s)
    s = kit.command(ho, "pack", cmd_ho_pack)
    s.add_argument("--year", type=int, required=True, help="the outgoing Presidency's year")
    kit.date_option(s, "--as-of")
    s.add_argument("--json-out")
    s.add_argument("--pdf-out")
    kit.json_flag(s)
