"""``crm-desktop init|demo|check|dump``: a workspace made, checked and exported whole."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing
from pathlib import Path

from crm_desktop.cli import kit


def cmd_init(args: argparse.Namespace) -> int:
    from crm_desktop.app.workspace import init_workspace

    with closing(init_workspace(kit.workspace_dir(args), args.name, lang=args.lang)) as ws:
        print(ws.directory)
    return kit.EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.demo import build_demo

    with closing(build_demo(kit.workspace_dir(args), lang=args.lang)) as ws:
        print(ws.directory)
    return kit.EXIT_OK


@kit.with_workspace
def cmd_check(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.check import check
    from crm_desktop.cli.warnings import print_warnings
    from crm_desktop.domain.messages import msg

    if args.repair:  # replay the log under today's merge rules first (clock poisoning, docs/security.md)
        from crm_desktop.app.repair import repair

        repair(ws)
    report = check(ws)
    warnings = [w.as_dict(args.lang) for w in report.rule_warnings]
    if args.json:
        kit.out_json(
            {
                "ok": report.ok,
                "problems": report.problems,
                "warnings": report.warnings,
                "warning_list": warnings,
                "changesets": report.changesets,
            }
        )
    else:
        for p in report.problems:
            print(p, file=sys.stderr)
        print_warnings(warnings, args.lang)
        code = "check.summary_ok" if report.ok else "check.summary_problems"
        print(msg(code, changesets=report.changesets, warnings=report.warnings).render(args.lang))
    return kit.EXIT_OK if report.ok else kit.EXIT_BAD_INPUT


@kit.with_workspace
def cmd_dump(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.dump import write_dump

    write_dump(ws, Path(args.out))


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    s = kit.command(sub, "init", cmd_init, "new workspace with the reference data")
    s.add_argument("--name", required=True)
    kit.command(sub, "demo", cmd_demo, "new workspace with a realistic demo year")
    s = kit.command(sub, "check", cmd_check, "integrity check of the workspace", json=True)
    s.add_argument("--repair", action="store_true", help="rebuild the data from the change log first")
    s = kit.command(sub, "dump", cmd_dump, "complete, stable JSON export")
    s.add_argument("--out", required=True, type=kit.out_file)
