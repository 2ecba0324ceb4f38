"""What every command of ``crm-desktop`` shares: exit codes, the parser, the workspace, output and arguments.

- :func:`registrar` adds a feature module's subcommands (``@registrar def register(sub): ...``).
- :func:`with_workspace` opens the workspace for a handler, which receives ``(args, ws)``, closes it
  whatever happens and turns a refusal or bad input into its exit code and message.
- :func:`emit` prints ``--json`` or a table, whichever the command line asked for.
- :func:`group`, :func:`command` and the ``*_option`` helpers build the parsers; choices come from the
  domain's enums and vocabularies (:func:`choices`, :func:`spellings`), never from a copied list.

This module stays light: the window's start-up imports it (through ``crm_desktop.cli``).
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, overload

from crm_desktop.app.errors import AppError

if TYPE_CHECKING:
    from crm_desktop.app.workspace import Workspace as Workspace  # for feature modules' annotations

    Subparsers = argparse._SubParsersAction["Parser"]

EXIT_OK, EXIT_USAGE, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 2, 3, 4

Handler = Callable[[argparse.Namespace], int]
WorkspaceHandler = Callable[[argparse.Namespace, "Workspace"], "int | None"]
Registrar = Callable[["Subparsers"], None]

# --- registration and the parser ------------------------------------------------------------------

REGISTRARS: list[Registrar] = []


def registrar(fn: Registrar) -> Registrar:
    """Decorator for a feature module's function that adds its subcommands to the parser."""
    REGISTRARS.append(fn)
    return fn


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """A parser whose errors are raised (``main`` prints them in the user's language, exit 2)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def group(sub: Subparsers, name: str, help: str) -> Subparsers:
    """A command with actions of its own (``poa list``, ``poa add``...): the subparsers of its actions."""
    parser = sub.add_parser(name, help=help)
    return parser.add_subparsers(dest="action", required=True, parser_class=Parser)


NEW_ID = "_new_id"  # the parser default marking a command whose result, on standard output, is a new row's id


def command(
    sub: Subparsers,
    name: str,
    func: Handler,
    help: str | None = None,
    *,
    json: bool = False,
    new_id: bool = False,
    **defaults: Any,
) -> argparse.ArgumentParser:
    """A subcommand run by ``func``; ``json``: it also has ``--json``; ``new_id``: it prints the id of what
    it created, which scripts read, and says what it did on standard error; ``defaults``: fixed values."""
    parser = sub.add_parser(name) if help is None else sub.add_parser(name, help=help)
    if json:
        json_flag(parser)
    parser.set_defaults(func=func, **defaults, **({NEW_ID: True} if new_id else {}))
    return parser


# --- shared arguments ---------------------------------------------------------------------------


def choices(values: Iterable[str]) -> list[str]:
    """The choices of an argument: the values of a domain enum or vocabulary, as they are written there."""
    return [str(v) for v in values]


def spellings(values: Iterable[str]) -> dict[str, str]:
    """The spellings the command line accepts for ``values``, each to its value: the value itself and,
    for a value with an underscore, the same with a hyphen (``closed-door`` for ``closed_door``).
    This is the one place where a command-line spelling differs from the domain's value."""
    accepted: dict[str, str] = {}
    for value in map(str, values):
        if "_" in value:
            accepted[value.replace("_", "-")] = value
        accepted[value] = value
    return accepted


class _Spelled(argparse.Action):
    """Stores the domain value of the accepted spelling (``closed-door`` → ``closed_door``)."""

    def __init__(self, option_strings: Sequence[str], dest: str, *, accepted: dict[str, str], **kw: Any) -> None:
        super().__init__(option_strings, dest, choices=list(accepted), **kw)
        self.accepted = accepted

    def __call__(self, parser: argparse.ArgumentParser, ns: argparse.Namespace, value: Any, *_: Any) -> None:
        setattr(ns, self.dest, self.accepted[value])


def spelled_option(
    parser: argparse.ArgumentParser, flag: str, values: Iterable[str], *, strict: bool = True, **kw: Any
) -> None:
    """An option taking ``values`` in their command-line :func:`spellings`. ``strict``: only those (a
    usage error lists them); else any other text goes on as it is, for the service to judge."""
    accepted = spellings(values)
    if strict:
        parser.add_argument(flag, action=_Spelled, accepted=accepted, **kw)
    else:
        parser.add_argument(flag, type=lambda text: accepted.get(text, text), **kw)


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true")


ID_KINDS = "_id_kinds"  # the parser default naming, for each id argument's dest, the kind of row it names


def id_argument(parser: argparse.ArgumentParser, name: str, kind: str, **kw: Any) -> None:
    """An argument (``--meeting`` or a positional ``id``) naming a row of ``kind`` (a key of
    :data:`crm_desktop.app.id_keys.KINDS`) by its id or an unambiguous prefix of it. :func:`workspace`
    resolves it to the full id before the handler runs (unknown or ambiguous: exit 4), so a handler
    and the services it calls never see an abbreviation."""
    action = parser.add_argument(name, **kw)
    kinds = dict(parser.get_default(ID_KINDS) or {})
    kinds[action.dest] = kind
    parser.set_defaults(**{ID_KINDS: kinds})


def resolve_ids(args: argparse.Namespace, ws: Workspace) -> None:
    """Every id argument of ``args`` (see :func:`id_argument`) replaced by the full id it designates."""
    from crm_desktop.app.id_keys import resolve_key

    for dest, kind in (getattr(args, ID_KINDS, None) or {}).items():
        value = getattr(args, dest, None)
        if value is not None:
            setattr(args, dest, resolve_key(ws, kind, value))


def meeting_option(parser: argparse.ArgumentParser, *, required: bool = False, help: str | None = None) -> None:
    """``--meeting ID``: a meeting's id or an unambiguous prefix of it."""
    id_argument(parser, "--meeting", "meeting", required=required, metavar="ID", help=help)


def person_option(parser: argparse.ArgumentParser, *, required: bool = False, help: str | None = None) -> None:
    """``--person ID``: a person's id or an unambiguous prefix of it."""
    id_argument(parser, "--person", "person", required=required, metavar="ID", help=help)


def actor_option(parser: argparse.ArgumentParser, *, help: str = "who acts (person id or prefix)") -> None:
    """``--as PERSON``: who acts, a person's id or an unambiguous prefix of it."""
    id_argument(parser, "--as", "person", dest="actor", metavar="PERSON", help=help)


def body_option(parser: argparse.ArgumentParser, *, help: str | None = None) -> None:
    """``--body KEY``: a body of the process (``viceministers``, ``grcm``, a network)."""
    parser.add_argument("--body", metavar="KEY", help=help)


def segment_option(
    parser: argparse.ArgumentParser, *, default: str, strict: bool = True, help: str | None = None
) -> None:
    """``--segment``: the plenary or the closed door (``closed-door`` or ``closed_door``); see
    :func:`spelled_option` for ``strict``."""
    from crm_desktop.domain import model

    spelled_option(parser, "--segment", model.Segment, strict=strict, default=default, help=help)


def iso_date(text: str) -> date:
    """An argument's type: a day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def out_file(text: str) -> str:
    """An argument's type: a file to write, which needs a name (not empty, ``.`` or ``..``)."""
    if Path(text).name in ("", ".", ".."):
        raise argparse.ArgumentTypeError(f"not a file name: {text!r}")
    return text


def date_option(parser: argparse.ArgumentParser, flag: str, *, help: str | None = None) -> None:
    parser.add_argument(flag, type=iso_date, help=help)


# --- the workspace ------------------------------------------------------------------------------


def workspace_dir(args: argparse.Namespace) -> Path:
    from crm_desktop.app.workspace_files import default_directory

    return Path(args.workspace).expanduser() if args.workspace else default_directory()


def open_workspace(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    """The workspace of ``--workspace``; ``create``: an empty one is made for a laptop about to join,
    else a folder without a workspace is bad input."""
    from crm_desktop.app.errors import BadInput
    from crm_desktop.app.workspace import Workspace
    from crm_desktop.app.workspace_files import DB_NAME
    from crm_desktop.domain.messages import msg

    directory = workspace_dir(args)
    if not create and not (directory / DB_NAME).exists():
        raise BadInput(msg("error.invalid", detail=msg("workspace.none", directory=directory)))
    return Workspace(directory, lang=args.lang)


@contextmanager
def workspace(args: argparse.Namespace, *, create: bool = False) -> Iterator[Workspace]:
    """The workspace, closed when the block ends, whether it ends well or not; the id arguments of
    ``args`` are resolved to full ids first (see :func:`id_argument`)."""
    ws = open_workspace(args, create=create)
    try:
        resolve_ids(args, ws)
        yield ws
    finally:
        ws.close()


@overload
def with_workspace(fn: WorkspaceHandler) -> Handler: ...


@overload
def with_workspace(*, create: bool) -> Callable[[WorkspaceHandler], Handler]: ...


def with_workspace(
    fn: WorkspaceHandler | None = None, *, create: bool = False
) -> Handler | Callable[[WorkspaceHandler], Handler]:
    """Decorator for a command that works on the workspace: the handler receives ``(args, ws)`` and
    returns its exit code (None: 0); see :func:`workspace` and :func:`guarded`."""

    def decorate(handler: WorkspaceHandler) -> Handler:
        @functools.wraps(handler)
        def run(args: argparse.Namespace) -> int:
            def body() -> int:
                with workspace(args, create=create) as ws:
                    code = handler(args, ws)
                    if not code:
                        say_done(args, ws)
                return EXIT_OK if code is None else code

            return guarded(args, body)

        return run

    return decorate if fn is None else decorate(fn)


def guarded(args: argparse.Namespace, body: Callable[[], int]) -> int:
    """``body``'s exit code; an error the user can cause is printed in ``--lang`` and becomes its exit
    code (a refusal by a rule 3, bad input 4, a file or a damaged or busy database 4); a bug propagates.
    An argument with a NUL character (no shell passes one) is bad input before anything runs."""
    try:
        _refuse_nul(args)
        return int(body())
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


def _refuse_nul(args: argparse.Namespace) -> None:
    from crm_desktop.app.errors import invalid
    from crm_desktop.domain.messages import msg

    for value in vars(args).values():
        if any("\x00" in v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)):
            raise invalid(msg("writes.nul"))


def _database_problem(exc: Exception, args: argparse.Namespace) -> AppError | None:
    """A damaged or busy workspace database met by a command (not a bug): its message, else None."""
    from crm_desktop.app.workspace_files import database_error

    if not database_error(exc):
        return None
    from crm_desktop.app.workspace import database_problem

    return database_problem(exc, workspace_dir(args))


# --- output -------------------------------------------------------------------------------------

# The language of text tables: one per run, set by main() from --lang (JSON output keeps ISO dates).
_run = {"lang": "es"}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")


def set_language(lang: str) -> None:
    """The language of this run's tables (dates as "18 nov 2026" or "18 Nov 2026")."""
    _run["lang"] = lang


def out_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))


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
        return short_when(v, _run["lang"])  # "18 nov 2026", never 7/12/2026 nor ISO
    return str(v)


def shorten(rows: Iterable[dict[str, Any]], keys: Sequence[str] = ("id",)) -> list[dict[str, Any]]:
    """Rows with the ids under ``keys`` cut to 8 characters, as tables show them."""
    return [{**r, **{k: str(r[k])[:8] for k in keys if r.get(k) is not None}} for r in rows]


def emit(
    args: argparse.Namespace,
    rows: list[dict[str, Any]],
    columns: Sequence[str],
    *,
    data: Any = None,
    short: Sequence[str] = ("id",),
) -> int:
    """``--json``: ``data`` (default: ``rows``) as JSON; else ``columns`` of ``rows`` as a table, ids under
    ``short`` cut to 8 characters. Returns the exit code 0."""
    if getattr(args, "json", False):
        out_json(rows if data is None else data)
    else:
        out_table(shorten(rows, short), columns)
    return EXIT_OK


# Arguments that name a state or an answer: the sentence says them in words ("en curso", "sí"), never
# as the code typed. Key: (command, action, argument); value: the category in the domain's vocabulary.
STATE_WORDS = {
    ("poa", "status", "status"): "activity_status",
    ("poa", "priority", "value"): "answer",
    ("poa", "funding", "needed"): "answer",
    ("workplans", "action-status", "status"): "work_plan_action_status",
    ("followup", "status", "status"): "follow_up_status",
    ("logistics", "quality", "result"): "quality",
}


def say_done(args: argparse.Namespace, ws: Workspace) -> None:
    """The line saying what a write command did (``did.<command>.<action>`` of the catalogue, when the
    command has one), in ``--lang``; with ``--json`` an object ``{"done", "message"}``. Its parameters
    are the command's arguments, each id argument as the label of its row and each state in words."""
    from crm_desktop.app.id_keys import label
    from crm_desktop.domain.messages import CATALOGUE, msg
    from crm_desktop.domain.vocabulary import label as word
    from crm_desktop.domain.vocabulary import state

    action = getattr(args, "action", None)
    code = ".".join(["did", *(w for w in (args.command, action) if w)])
    if code not in CATALOGUE:
        return
    params: dict[str, object] = {k: v for k, v in vars(args).items() if not k.startswith("_") and v is not None}
    for (command, act, dest), category in STATE_WORDS.items():
        if (command, act) == (args.command, action) and isinstance(params.get(dest), str):
            value = str(params[dest])
            params[dest] = word(category, value) if category == "answer" else state(category, value)
    for dest, kind in (getattr(args, ID_KINDS, None) or {}).items():
        if getattr(args, dest, None) is not None:
            params[dest] = label(ws, kind, getattr(args, dest), args.lang)
    text = msg(code, **params).render(args.lang)
    if getattr(args, NEW_ID, False):  # standard output holds the new id for scripts: the sentence is for people
        print(text, file=sys.stderr)
    elif getattr(args, "json", False):
        out_json({"done": code, "message": text})
    else:
        print(text)
