"""``crm-desktop init|demo|check|dump``: a workspace made, checked and exported whole."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.cli.kit import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    command,
    out_json,
    registrar,
    with_workspace,
    workspace_dir,
)

if TYPE_CHECKING:
    from crm_desktop.app.workspace import Workspace
    from crm_desktop.cli.kit import Subparsers


def cmd_init(args: argparse.Namespace) -> int:
    from crm_desktop.app.workspace import init_workspace

    with closing(init_workspace(workspace_dir(args), args.name, lang=args.lang)) as ws:
        print(ws.directory)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.app.demo import build_demo

    with closing(build_demo(workspace_dir(args), lang=args.lang)) as ws:
        print(ws.directory)
    return EXIT_OK


@with_workspace
def cmd_check(args: argparse.Namespace, ws: Workspace) -> int:
    from crm_desktop.app.check import check
    from crm_desktop.cli.warnings import print_warnings
    from crm_desktop.domain.messages import msg

    if args.repair:  # replay the log under today's merge rules first (clock poisoning, docs/security.md)
        from crm_desktop.app.repair import repair

        repair(ws)
    report = check(ws)
    warnings = [w.as_dict(args.lang) for w in report.rule_warnings]
    if args.json:
        out_json(
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
    return EXIT_OK if report.ok else EXIT_BAD_INPUT


@with_workspace
def cmd_dump(args: argparse.Namespace, ws: Workspace) -> None:
    from crm_desktop.app.dump import write_dump

    write_dump(ws, Path(args.out))


@registrar
def register(sub: Subparsers) -> None:
    s = command(sub, "init", cmd_init, "new workspace with the reference data")
    s.add_argument("--name", required=True)
    command(sub, "demo", cmd_demo, "new workspace with a realistic demo year")
    s = command(sub, "check", cmd_check, "integrity check of the workspace", json=True)
    s.add_argument("--repair", action="store_true", help="rebuild the data from the change log first")
    s = command(sub, "dump", cmd_dump, "complete, stable JSON export")
    s.add_argument("--out", required=True)
