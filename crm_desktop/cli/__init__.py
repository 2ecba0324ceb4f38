"""``crm-desktop``: with no command, the desktop app; with a command, the same services headless.

Exit codes: 0 ok, 2 usage, 3 refused by a rule of the CRM, 4 bad input or data error.
Errors go to stderr in the chosen language (``--lang``); ``--json`` output is for scripts.

The subcommands live in this package's feature modules (``directory``, ``sync``, ``drafting``,
``process/``...), each with its parsers next to its handlers. Every module of the package is imported
when a subcommand runs; a module adds its subcommands with ``@kit.registrar`` (see :mod:`.kit`). The
window's start-up imports only this module and the kit.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from crm_desktop.cli.kit import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    REGISTRARS,
    Parser,
    UsageError,
    guarded,
    open_workspace,
    out_json,
    out_table,
    registrar,
    set_language,
    workspace_dir,
)
from crm_desktop.domain.kinds import LANGUAGES

# The names feature modules written before the kit import from here (``from crm_desktop.cli import
# EXIT_OK, open_ws, out_json, registrar``): they keep working; new code uses ``crm_desktop.cli.kit``.
_Parser, open_ws = Parser, open_workspace
__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_OK",
    "EXIT_REFUSED",
    "EXIT_USAGE",
    "UsageError",
    "main",
    "open_ws",
    "out_json",
    "out_table",
    "registrar",
    "workspace_dir",
]

# Feature modules whose commands come first in ``--help`` (the others follow by name).
_FIRST = ("crm_desktop.cli.workspace", "crm_desktop.cli.directory", "crm_desktop.cli.participants")


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
    """The parser: the global options and the subcommands of every feature module imported so far."""
    p = Parser(prog="crm-desktop", description="CRM Desktop — Conferencia Regional sobre Migración")
    p.add_argument(
        "--workspace",
        metavar="DIR",
        help="workspace directory (default: CRM_DESKTOP_HOME or the platform's user data directory)",
    )
    p.add_argument("--lang", choices=list(LANGUAGES), default=os.environ.get("CRM_DESKTOP_LANG", "es"))
    p.add_argument("--version", action=_VersionAction)
    p.add_argument("--smoke", action="store_true", help="open the main window, wait for the calendar, print ms, exit")
    p.add_argument("--self-test", action="store_true", help="check this installation on throwaway data, print one line")
    sub = p.add_subparsers(dest="command", parser_class=Parser)
    for register in sorted(REGISTRARS, key=_order):
        register(sub)
    return p


def _order(register: Callable[..., None]) -> tuple[int, str]:
    module = register.__module__
    return (_FIRST.index(module) if module in _FIRST else len(_FIRST), module)


def _load_plugins() -> None:
    """Import the feature modules, which add their subcommands (calendar, drafting, sync, reports...)."""
    import importlib
    import pkgutil

    for mod in pkgutil.walk_packages(__path__, f"{__name__}."):
        if not mod.name.endswith(".__main__"):
            importlib.import_module(mod.name)


def _quick_list(argv: Sequence[str] | None) -> int | None:
    """``meetings list`` and ``people list`` read with plain ``sqlite3`` (``store.quick_lists``),
    without importing SQLAlchemy or the other feature modules, which cost many times the read. None
    when the command line asks for something else or the workspace needs the usual open (missing,
    at another schema revision, damaged): the usual path then runs and says what is wrong."""
    words = list(sys.argv[1:] if argv is None else argv)
    if any(w in ("-h", "--help") for w in words) or not {"meetings", "people"} & set(words):
        return None  # the full parser's help lists every subcommand
    from crm_desktop.cli import directory  # adds ``meetings`` and ``people``

    try:
        args = build_parser().parse_args(words)
    except UsageError:
        return None
    if args.command not in ("meetings", "people") or args.action != "list" or args.self_test or args.smoke:
        return None
    set_language(args.lang)
    return directory.quick_list(args)


def _desktop_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a start without a subcommand (the desktop app, ``--self-test``), parsed without
    importing the feature modules; None when the command line names a subcommand or asks for help.

    The desktop app's start-up then pays for no command-line module it does not use.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    if any(w in ("-h", "--help") for w in words):
        return None
    try:
        args = build_parser().parse_args(words)
    except UsageError:  # e.g. a subcommand, which a feature module adds: the full parser decides
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
            from crm_desktop.cli.usage import requested_lang, usage_error, usage_line

            lang = requested_lang(sys.argv[1:] if argv is None else argv)
            print(usage_line(parser.format_usage(), lang), end="", file=sys.stderr)
            print(f"crm-desktop: {usage_error(str(exc)).render(lang)}", file=sys.stderr)
            return EXIT_USAGE
    set_language(args.lang)
    if args.self_test:
        from crm_desktop.cli.selftest import run_self_test

        return run_self_test(args)
    if args.command is None:
        return cmd_gui(args)
    return guarded(args, lambda: int(args.func(args)))
