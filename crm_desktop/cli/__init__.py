"""``crm-desktop``: with no command, the desktop app; with a command, the same services headless.

Exit codes: 0 ok, 2 usage, 3 refused by a rule of the CRM, 4 bad input or data error.
Errors go to stderr in the chosen language (``--lang``); ``--json`` output is for scripts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from crm_desktop.app.errors import AppError

EXIT_OK, EXIT_USAGE, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 2, 3, 4

Handler = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}
_REGISTRARS: list[Callable[[argparse._SubParsersAction], None]] = []  # type: ignore[type-arg]


def registrar(fn: Callable[[argparse._SubParsersAction], None]) -> Callable[..., None]:  # type: ignore[type-arg]
    """Decorator for functions that add subcommands (other subsystems add theirs this way)."""
    _REGISTRARS.append(fn)
    return fn


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def workspace_dir(args: argparse.Namespace) -> Path:
    from crm_desktop.app.workspace_files import default_directory

    return Path(args.workspace).expanduser() if args.workspace else default_directory()


def open_ws(args: argparse.Namespace) -> Any:
    from crm_desktop.app.errors import BadInput
    from crm_desktop.app.workspace import Workspace
    from crm_desktop.app.workspace_files import DB_NAME
    from crm_desktop.domain.messages import msg

    directory = workspace_dir(args)
    if not (directory / DB_NAME).exists():
        raise BadInput(msg("error.invalid", detail=msg("workspace.none", directory=directory)))
    return Workspace(directory, lang=args.lang)


# The language of text tables: one per run, set by main() from --lang (JSON output keeps ISO dates).
_table_lang = {"lang": "es"}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")


def out_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    if not rows:
        return
    cells = [{c: _cell(r.get(c)) for c in columns} for r in rows]
    widths = {c: max(len(c), *(len(r[c]) for r in cells)) for c in columns}
    widths = {c: min(w, 60) for c, w in widths.items()}
    print("  ".join(c.upper().ljust(widths[c]) for c in columns))
    for r in cells:
        print("  ".join(r[c][: widths[c]].ljust(widths[c]) for c in columns))


def _cell(v: Any) -> str:
    from crm_desktop.domain.dates import short_when

    if v is None:
        return ""
    if isinstance(v, list):
        return ",".join(str(x) for x in v)
    if isinstance(v, date) or (isinstance(v, str) and _ISO_DAY.fullmatch(v)):
        return short_when(v, _table_lang["lang"])  # "18 nov 2026", never 7/12/2026 nor ISO
    return str(v)


def out_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))


# --- commands -----------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from crm_desktop.app.workspace import init_workspace

    ws = init_workspace(workspace_dir(args), args.name, lang=args.lang)
    print(ws.directory)
    ws.close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.app.demo import build_demo

    ws = build_demo(workspace_dir(args), lang=args.lang)
    print(ws.directory)
    ws.close()
    return EXIT_OK


def cmd_meetings_list(args: argparse.Namespace) -> int:
    from crm_desktop.app.meetings import list_meetings

    ws = open_ws(args)
    rows = list_meetings(ws, year=args.year, body=args.body)
    ws.close()
    return _print_meetings(args, rows)


def _print_meetings(args: argparse.Namespace, rows: list[dict[str, Any]]) -> int:
    if args.json:
        out_json(
            [
                {k: r[k] for k in ("id", "body", "title", "ordinal", "start", "end", "timezone", "host_country")}
                for r in rows
            ]
        )
    else:
        out_table([{**r, "id": r["id"][:8]} for r in rows], ["id", "start", "body", "host_country", "title"])
    return EXIT_OK


def cmd_people_list(args: argparse.Namespace) -> int:
    from crm_desktop.app.people import list_people

    ws = open_ws(args)
    rows = list_people(ws)
    ws.close()
    return _print_people(args, rows)


def _print_people(args: argparse.Namespace, rows: list[dict[str, Any]]) -> int:
    if args.json:
        out_json([{k: r[k] for k in ("id", "name", "country", "organisation", "category", "roles")} for r in rows])
    else:
        out_table(
            [{**r, "id": r["id"][:8]} for r in rows], ["id", "name", "country", "organisation", "category", "roles"]
        )
    return EXIT_OK


def cmd_accredit(args: argparse.Namespace) -> int:
    from crm_desktop.app.accreditation import accredit

    segment = args.segment.replace("-", "_")
    ws = open_ws(args)
    try:
        acc_id = accredit(ws, args.meeting, args.person, segment, head=args.head, rank=args.rank)
    finally:
        ws.close()
    print(acc_id)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from crm_desktop.app.check import check
    from crm_desktop.commands.warnings import print_warnings
    from crm_desktop.domain.messages import msg

    ws = open_ws(args)
    try:
        if args.repair:  # replay the log under today's merge rules first (clock poisoning, docs/security.md)
            from crm_desktop.app.repair import repair

            repair(ws)
        report = check(ws)
    finally:
        ws.close()
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


def cmd_dump(args: argparse.Namespace) -> int:
    from crm_desktop.app.dump import write_dump

    ws = open_ws(args)
    try:
        write_dump(ws, Path(args.out))
    finally:
        ws.close()
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from crm_desktop.ui.main import run_gui
    except ImportError as exc:
        print(f"the desktop interface is not available: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return run_gui(args)


class _VersionAction(argparse.Action):
    """``--version``: the installed version is looked up only when asked for (reading the package
    metadata costs the desktop app's start-up tens of milliseconds)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from crm_desktop import __version__

        print(f"crm-desktop {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="crm-desktop", description="CRM Desktop — Conferencia Regional sobre Migración")
    p.add_argument(
        "--workspace",
        metavar="DIR",
        help="workspace directory (default: CRM_DESKTOP_HOME or the platform's user data directory)",
    )
    p.add_argument("--lang", choices=["es", "en"], default=os.environ.get("CRM_DESKTOP_LANG", "es"))
    p.add_argument("--version", action=_VersionAction)
    p.add_argument("--smoke", action="store_true", help="open the main window, wait for the calendar, print ms, exit")
    p.add_argument("--self-test", action="store_true", help="check this installation on throwaway data, print one line")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    s = sub.add_parser("init", help="new workspace with the reference data")
    s.add_argument("--name", required=True)
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("demo", help="new workspace with a realistic demo year")
    s.set_defaults(func=cmd_demo)

    meetings_p = sub.add_parser("meetings", help="meetings")
    msub = meetings_p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    s = msub.add_parser("list")
    s.add_argument("--json", action="store_true")
    s.add_argument("--year", type=int)
    s.add_argument("--body")
    s.set_defaults(func=cmd_meetings_list)

    people_p = sub.add_parser("people", help="people")
    psub = people_p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    s = psub.add_parser("list")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_people_list)

    s = sub.add_parser("accredit", help="accredit a person to a meeting")
    s.add_argument("--meeting", required=True)
    s.add_argument("--person", required=True)
    s.add_argument("--segment", default="plenary", choices=["plenary", "closed-door", "closed_door"])
    s.add_argument("--head", action="store_true", help="head of the delegation (listed first)")
    s.add_argument("--rank", help="protocol rank: vice_minister, alternate, director, adviser, focal_point...")
    s.set_defaults(func=cmd_accredit)

    s = sub.add_parser("check", help="integrity check of the workspace")
    s.add_argument("--json", action="store_true")
    s.add_argument("--repair", action="store_true", help="rebuild the data from the change log first")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("dump", help="complete, stable JSON export")
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_dump)

    for register in _REGISTRARS:
        register(sub)
    return p


def _load_plugins() -> None:
    """Import the modules that add subcommands (calendar, drafting, sync, reports...)."""
    import importlib
    import pkgutil

    import crm_desktop.commands as pkg

    for mod in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{pkg.__name__}.{mod.name}")


def _quick_list(argv: Sequence[str] | None) -> int | None:
    """``meetings list`` and ``people list`` read with plain ``sqlite3`` (``store.quick_lists``),
    without importing SQLAlchemy or the subcommand modules, which cost many times the read. None
    when the command line asks for something else or the workspace needs the usual open (missing,
    at another schema revision, damaged): the usual path then runs and says what is wrong."""
    words = list(sys.argv[1:] if argv is None else argv)
    if any(w in ("-h", "--help") for w in words):
        return None  # the full parser's help lists every subcommand
    try:
        args = build_parser().parse_args(words)
    except UsageError:
        return None
    if args.command not in ("meetings", "people") or args.action != "list" or args.self_test or args.smoke:
        return None
    _table_lang["lang"] = args.lang
    from crm_desktop.app.workspace_files import DB_NAME, quick_meetings, quick_people

    directory = workspace_dir(args)
    if args.command == "meetings":
        rows = quick_meetings(directory / DB_NAME, year=args.year, body=args.body)
        return None if rows is None else _print_meetings(args, rows)
    rows = quick_people(directory / DB_NAME)
    return None if rows is None else _print_people(args, rows)


def _desktop_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a start without a subcommand (the desktop app, ``--self-test``), parsed without
    importing the subcommand modules; None when the command line names a subcommand or asks for help.

    The desktop app's start-up then pays for no command-line module it does not use.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    if any(w in ("-h", "--help") for w in words):
        return None
    try:
        args = build_parser().parse_args(words)
    except UsageError:  # e.g. a subcommand that a plugin module adds: the full parser decides
        return None
    return args if args.command is None else None


def main(argv: Sequence[str] | None = None) -> int:
    from crm_desktop.app.workspace_files import restrict_new_files
    from crm_desktop.logging_setup import install as install_logging

    restrict_new_files()  # everything this run writes (workspace, backups, logs, drafts) is the user's only
    install_logging()  # rotating log file + stderr from CRM_DESKTOP_LOG (default WARNING) + crash hooks
    args = _desktop_args(argv)
    if args is None:
        quick = _quick_list(argv)
        if quick is not None:
            return quick
        _load_plugins()
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except UsageError as exc:
            from crm_desktop.cli_usage import requested_lang, usage_error, usage_line

            lang = requested_lang(sys.argv[1:] if argv is None else argv)
            print(usage_line(parser.format_usage(), lang), end="", file=sys.stderr)
            print(f"crm-desktop: {usage_error(str(exc)).render(lang)}", file=sys.stderr)
            return EXIT_USAGE
    _table_lang["lang"] = args.lang
    if args.self_test:
        from crm_desktop.commands.selftest import run_self_test

        return run_self_test(args)
    if args.command is None:
        return cmd_gui(args)
    try:
        return int(args.func(args))
    except AppError as exc:
        print(exc.render(args.lang), file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        from crm_desktop.app.errors import file_error

        print(file_error(exc).render(args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        problem = _database_problem(exc, args)
        if problem is None:
            raise
        print(problem.render(args.lang), file=sys.stderr)
        return problem.exit_code


def _database_problem(exc: Exception, args: argparse.Namespace) -> AppError | None:
    """A damaged or busy workspace database met by a command (not a bug): its message, else None."""
    from crm_desktop.app.workspace_files import database_error

    if not database_error(exc):
        return None
    from crm_desktop.app.workspace import database_problem

    return database_problem(exc, workspace_dir(args))


if __name__ == "__main__":
    # Run as ``python -m crm_desktop.cli``: hand over to the module under its own name, which the
    # subcommand modules register with (this copy, ``__main__``, is not the one they import).
    from crm_desktop.cli import main as _main

    sys.exit(_main())
