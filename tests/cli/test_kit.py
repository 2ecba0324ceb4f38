"""The command line's kit: the workspace is always closed, errors become exit codes, output is chosen
in one place, and choices come from the domain (a new enum member is offered without touching the CLI)."""

from __future__ import annotations

import argparse
import json
import re
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

import crm_desktop.cli as cli
from crm_desktop.app.errors import BadInput, NotFound, Refused
from crm_desktop.app.workspace_files import DB_NAME
from crm_desktop.cli import kit
from crm_desktop.domain.messages import msg

CLI_DIR = Path(cli.__file__).parent


class FakeWorkspace:
    opened: list[FakeWorkspace] = []

    def __init__(self, directory: Path, lang: str = "es") -> None:
        self.directory, self.lang, self.closed = directory, lang, False
        FakeWorkspace.opened.append(self)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> argparse.Namespace:
    """Arguments naming a workspace folder whose open gives a :class:`FakeWorkspace`."""
    import crm_desktop.app.workspace

    (tmp_path / DB_NAME).write_bytes(b"")
    FakeWorkspace.opened = []
    monkeypatch.setattr(crm_desktop.app.workspace, "Workspace", FakeWorkspace)
    return argparse.Namespace(workspace=str(tmp_path), lang="en", json=False)


def test_the_context_manager_closes_the_workspace_when_the_block_fails(fake_ws: argparse.Namespace) -> None:
    with pytest.raises(ZeroDivisionError), kit.workspace(fake_ws) as ws:
        assert not ws.closed
        _ = 1 / 0
    assert [w.closed for w in FakeWorkspace.opened] == [True]


def test_a_folder_without_a_workspace_is_bad_input_unless_a_laptop_is_joining(
    fake_ws: argparse.Namespace, tmp_path: Path
) -> None:
    (tmp_path / DB_NAME).unlink()
    with pytest.raises(BadInput), kit.workspace(fake_ws):
        pass
    assert FakeWorkspace.opened == []
    with kit.workspace(fake_ws, create=True) as ws:
        assert ws.directory == tmp_path


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (Refused(msg("error.invalid", detail="x")), 3),
        (BadInput(msg("error.invalid", detail="x")), 4),
        (NotFound("meeting", "abc"), 4),
        (FileNotFoundError(2, "No such file", "/nowhere/f.csv"), 4),
    ],
)
def test_the_decorator_turns_a_users_error_into_its_exit_code_and_closes_the_workspace(
    fake_ws: argparse.Namespace, capsys: pytest.CaptureFixture[str], error: Exception, code: int
) -> None:
    @kit.with_workspace
    def handler(args: argparse.Namespace, ws: Any) -> None:
        raise error

    assert handler(fake_ws) == code
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    assert [w.closed for w in FakeWorkspace.opened] == [True]


def test_the_decorator_lets_a_bug_through_and_returns_the_handlers_code(fake_ws: argparse.Namespace) -> None:
    @kit.with_workspace
    def bug(args: argparse.Namespace, ws: Any) -> None:
        raise KeyError("bug")

    @kit.with_workspace(create=True)
    def answer(args: argparse.Namespace, ws: Any) -> int:
        return 4 if ws.lang == "en" else 0

    with pytest.raises(KeyError):
        bug(fake_ws)
    assert answer(fake_ws) == 4
    assert all(w.closed for w in FakeWorkspace.opened) and len(FakeWorkspace.opened) == 2


def test_emit_prints_json_or_a_table_with_short_ids_and_dates_in_the_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = [{"id": "0123456789abcdef", "start": "2026-11-18", "title": "GRCM"}]
    kit.set_language("en")
    try:
        assert kit.emit(argparse.Namespace(json=False), rows, ["id", "start", "title"]) == 0
        table = capsys.readouterr().out.splitlines()
        assert table[0].split() == ["ID", "START", "TITLE"]
        assert table[1].split()[0] == "01234567" and "Nov 2026" in table[1]
        kit.emit(argparse.Namespace(json=True), rows, ["id"], data={"all": rows})
        assert json.loads(capsys.readouterr().out) == {"all": rows}
    finally:
        kit.set_language("es")


def test_spellings_accept_a_hyphen_for_an_underscore() -> None:
    assert kit.spellings(["plenary", "closed_door"]) == {
        "plenary": "plenary",
        "closed-door": "closed_door",
        "closed_door": "closed_door",
    }


def full_parser() -> argparse.ArgumentParser:
    cli._load_plugins()
    return cli.build_parser()


def test_a_new_segment_appears_in_every_command_that_takes_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.domain import model

    segment = StrEnum("Segment", {"PLENARY": "plenary", "CLOSED_DOOR": "closed_door", "SIDE_EVENT": "side_event"})
    monkeypatch.setattr(model, "Segment", segment)
    parser = full_parser()
    who = ["--meeting", "m", "--person", "p"]
    assert parser.parse_args(["accredit", *who, "--segment", "side-event"]).segment == "side_event"
    assert parser.parse_args(["report", "agenda", "--out", "a.pdf", "--segment", "side_event"]).segment == "side_event"
    assert parser.parse_args(["accredit", *who, "--segment", "closed-door"]).segment == "closed_door"
    with pytest.raises(kit.UsageError, match="invalid choice"):
        parser.parse_args(["accredit", *who, "--segment", "lobby"])


def test_a_new_proposal_kind_is_offered_by_drafting_propose(monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.drafting import negotiation

    kinds = {k.name: k.value for k in negotiation.ProposalKind} | {"SPLIT": "split"}
    monkeypatch.setattr(negotiation, "ProposalKind", StrEnum("ProposalKind", kinds))
    args = full_parser().parse_args(["drafting", "propose", "doc", "--kind", "split"])
    assert args.kind == "split"


def test_a_feature_module_registers_its_commands_with_registrar(capsys: pytest.CaptureFixture[str]) -> None:
    @kit.registrar
    def register(sub: Any) -> None:
        kit.command(sub, "hello", lambda args: print("hello") or 0, "say hello")

    try:
        args = full_parser().parse_args(["hello"])
        assert args.func(args) == 0 and capsys.readouterr().out == "hello\n"
    finally:
        kit.REGISTRARS.remove(register)


def cli_sources() -> dict[str, str]:
    return {str(p.relative_to(CLI_DIR)): p.read_text(encoding="utf-8") for p in CLI_DIR.rglob("*.py")}


def test_commands_open_the_workspace_only_through_the_kit() -> None:
    """No command opens and closes the workspace by hand, nor renames an enum's values itself."""
    for name, text in cli_sources().items():
        if name == "kit.py":
            continue
        assert "ws.close()" not in text and "open_workspace(" not in text, name
        assert not re.search(r"\.replace\(\s*[\"']-[\"']\s*,\s*[\"']_[\"']\s*\)", text), name
        if name != "selftest.py":  # the self-test plays two laptops of its own, in throwaway folders
            assert "Workspace(" not in text, name


def test_no_feature_module_is_over_600_lines() -> None:
    assert {n: t.count("\n") for n, t in cli_sources().items() if t.count("\n") > 600} == {}
