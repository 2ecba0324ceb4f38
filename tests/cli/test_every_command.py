"""Every subcommand of the parser, walked from ``build_parser()`` so that a new command cannot escape:
its id arguments resolve abbreviations the one way (``kit.id_argument``), an unknown id is exit 4, and
garbage in any option never ends in a traceback (exit 0, 2, 3 or 4)."""

from __future__ import annotations

import argparse
import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop import cli
from crm_desktop.app.errors import AppError
from crm_desktop.app.id_keys import KINDS
from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import kit
from crm_desktop.domain.messages import CATALOGUE

cli._load_plugins()

# Commands the fuzz does not run: they wait (``--watch``), ask for a password or rebuild the demo.
NOT_FUZZED = {"sync folder", "mail password", "demo", "init", "backup restore", "identity restore"}


def _commands() -> Iterator[tuple[str, argparse.ArgumentParser]]:
    def walk(parser: argparse.ArgumentParser, path: list[str]) -> Iterator[tuple[str, argparse.ArgumentParser]]:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            yield " ".join(path), parser
            return
        for name, sp in subs[0].choices.items():
            yield from walk(sp, [*path, name])

    yield from walk(cli.build_parser(), [])


COMMANDS = dict(_commands())
ID_ARGUMENTS = [
    (name, dest, kind) for name, p in COMMANDS.items() for dest, kind in (p.get_default(kit.ID_KINDS) or {}).items()
]


def _action(parser: argparse.ArgumentParser, dest: str) -> argparse.Action:
    return next(a for a in parser._actions if a.dest == dest)


def _words(action: argparse.Action, value: str) -> list[str]:
    return [action.option_strings[0], value] if action.option_strings else [value]


def _filler(action: argparse.Action, ids: dict[str, str]) -> str:
    """A plausible value for a required argument, so the command gets past the parser."""
    kind = None
    for parser in COMMANDS.values():
        kind = kind or (parser.get_default(kit.ID_KINDS) or {}).get(action.dest) if action in parser._actions else kind
    if kind:
        return ids[kind]
    if action.choices:
        return str(next(iter(action.choices)))
    if action.dest == "semester":
        return "2026-1"
    for value in ("x", "2026", "2026-01-01", "1"):
        try:
            if callable(action.type):
                action.type(value)
        except (ValueError, TypeError, argparse.ArgumentTypeError):
            continue
        return value
    return "x"


def _command_line(command: str, parser: argparse.ArgumentParser, ids: dict[str, str], **given: str) -> list[str]:
    words = command.split()
    needed = {g._group_actions[0].dest for g in parser._mutually_exclusive_groups if g.required}
    for a in parser._actions:
        if isinstance(a, argparse._HelpAction) or a.nargs == 0:
            continue
        if a.dest in given:
            words += _words(a, given[a.dest])
        elif a.required or a.dest in needed:
            words += _words(a, _filler(a, ids))
    return words


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # files a command writes stay in the test's folder


@pytest.fixture(scope="module")
def ids(demo_template: Path) -> dict[str, str]:
    """One real id of each kind in the demo (kinds the demo has no row of are absent)."""
    ws = Workspace(demo_template)
    try:
        with ws.read() as s:
            found = {k: s.scalars(select(m.__table__.c.id).limit(1)).first() for k, m in KINDS.items()}
    finally:
        ws.close()
    return {k: str(v) for k, v in found.items() if v is not None}


def run(capsys: pytest.CaptureFixture[str], directory: Path, *words: str) -> tuple[int, str, str]:
    code = cli.main(["--workspace", str(directory), *words])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_walk_finds_the_commands_and_their_ids() -> None:
    assert {"accredit", "handover designate", "drafting adopt", "followup status"} <= set(COMMANDS)
    kinds = {(n, d): k for n, d, k in ID_ARGUMENTS}
    assert kinds[("handover designate", "meeting")] == "meeting"
    assert kinds[("drafting propose", "actor")] == "person"
    assert set(k for *_, k in ID_ARGUMENTS) <= set(KINDS)


def test_no_id_argument_escapes_the_resolver() -> None:
    """An argument named like an id (``--meeting``, ``--person``, ``--as``, a positional ``id``) is
    declared with ``kit.id_argument``; the ones that name no row are listed here with the reason."""
    not_rows = {
        ("drafting compare", "old"),  # a version's label or id, resolved by the version comparison
        ("drafting compare", "new"),
        ("mail retry", "id"),  # outbox numbers
        ("roster revoke", "device"),  # devices, resolved by the roster
        ("roster appoint-admin", "device"),
        ("bundle export", "to"),
    }
    declared = {(n, d) for n, d, _ in ID_ARGUMENTS}
    for name, parser in COMMANDS.items():
        for a in parser._actions:
            looks_like_id = a.dest in ("id", "meeting", "person", "actor", "plan", "item", "document") or (
                a.metavar in ("ID", "PERSON")
            )
            if looks_like_id and (name, a.dest) not in not_rows:
                assert (name, a.dest) in declared, f"{name} {a.dest}: declare it with kit.id_argument"


# Other arguments that an id argument only goes with (``report --document`` is for negotiated texts).
ID_CONTEXT = {"report": {"kind": "declaration"}}


@pytest.mark.parametrize(("name", "dest", "kind"), ID_ARGUMENTS, ids=[f"{n}:{d}" for n, d, _ in ID_ARGUMENTS])
def test_every_id_argument_takes_a_prefix_and_refuses_an_unknown_id(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, ids: dict[str, str], name: str, dest: str, kind: str
) -> None:
    if kind not in ids:
        pytest.skip(f"the demo has no {kind}")
    parser = COMMANDS[name]
    ws = Workspace(demo_dir)
    try:  # the prefix designates the full id, as the kit resolves it before the handler runs
        args = parser.parse_args(_command_line(name, parser, ids, **{dest: ids[kind][:8]})[len(name.split()) :])
        kit.resolve_ids(args, ws)
        assert getattr(args, dest) == ids[kind]
        args = parser.parse_args(_command_line(name, parser, ids, **{dest: "zz" + ids[kind][2:8]})[len(name.split()) :])
        with pytest.raises(AppError) as refused:
            kit.resolve_ids(args, ws)
        assert refused.value.exit_code == kit.EXIT_BAD_INPUT
    finally:
        ws.close()
    unknown = uuid.uuid4().hex
    context = ID_CONTEXT.get(name, {})
    code, _, err = run(capsys, demo_dir, *_command_line(name, parser, ids, **context, **{dest: unknown}))
    assert code == kit.EXIT_BAD_INPUT and unknown in err and "Traceback" not in err
    code, _, err = run(capsys, demo_dir, *_command_line(name, parser, ids, **context, **{dest: ids[kind][:8]}))
    # a refusal never blames the prefix (it was resolved); a success may name the row in its sentence
    assert code in (0, 3, 4) and "Traceback" not in err and (code == 0 or ids[kind][:8] not in err)


GARBAGE = ["", "x" * 3000, "../..", "-99999999999"]


def _fuzzed_options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        a
        for a in parser._actions
        if not isinstance(a, argparse._HelpAction) and a.nargs != 0 and a.dest not in ("smtp", "watch")
    ]


@pytest.mark.parametrize("name", sorted(set(COMMANDS) - NOT_FUZZED))
def test_garbage_in_any_option_is_never_a_traceback(
    capsys: pytest.CaptureFixture[str],
    demo_template: Path,
    ids: dict[str, str],
    tmp_path: Path,
    name: str,
) -> None:
    directory = tmp_path / "demo"
    shutil.copytree(demo_template, directory)
    parser = COMMANDS[name]
    options = _fuzzed_options(parser)
    trials = [(a, v) for a in options for v in GARBAGE] + [(a, "a\x00b") for a in options[:1]]
    for action, value in trials:
        words = _command_line(name, parser, ids, **{action.dest: value})
        try:
            code, _, err = run(capsys, directory, *words)
        except Exception as exc:  # the failure names the command line
            pytest.fail(f"{words!r:.300}: {exc!r:.300}")
        assert code in (0, 2, 3, 4), f"{words!r:.300} -> {code}"
        assert "Traceback" not in err, f"{words!r:.300}: {err[-2000:]}"


DID = sorted(n for n in COMMANDS if ".".join(["did", *n.split()]) in CATALOGUE)
# Arguments a write's scenario needs beyond a real id of each kind: fixed values, or values found in
# the demo (FOUND), after the commands of PREP ("{out}": the id the first one prints).
SCENARIO: dict[str, dict[str, str]] = {
    "workplans action-status": {"status": "done"},
    "followup status": {"status": "done"},
    "logistics set": {"supplier": "Proveedor", "cost": "1200.50", "status": "contracted"},
    "logistics quality": {"result": "ok"},
    "handover plan": {"year": "2031", "country": "PA"},
    "poa theme-add": {"key": "newtheme", "name_es": "Tema nuevo"},
    "poa status": {"id": "{out}", "status": "in_progress"},
    "poa priority": {"id": "{out}", "value": "yes"},
    "poa funding": {"id": "{out}", "needed": "yes", "amount": "100"},
    "indicators value": {"value": "3"},
    "budget scale": {"from_year": "2031", "share": "CR=100"},
    "drafting export": {"format": "json", "out": "doc.json"},
    "dump": {"out": "dump.json"},
    "workplans submit": {"plan": "{out}"},
    "workplans return": {"plan": "{out}"},
    "english person": {"title": "IT officer"},
    "poa add": {"theme": "human_rights", "kind": "training", "title": "Curso", "responsible": "HN"},
    "indicators add": {"theme": "human_rights", "name": "Personas formadas", "baseline": "0", "target": "10"},
    "workplans add": {"network": "network_consular", "period": "2032", "title": "Plan 2032"},
    "workplans action": {"plan": "{out}", "title": "Taller regional"},
    "followup add": {"text": "Dar seguimiento"},
    "handover candidacy": {"country": "PA", "year": "2029"},
}
_NEW_PLAN = ["workplans", "add", "--network", "network_consular", "--period", "2031", "--title", "Plan 2031"]
_NEW_ACTIVITY = [
    ["poa", "add", "--theme", "human_rights", "--kind", "training", "--title", "Curso", "--responsible", "HN"],
]
PREP: dict[str, list[list[str]]] = {
    "workplans submit": [_NEW_PLAN],
    "workplans action": [_NEW_PLAN],
    "workplans return": [_NEW_PLAN, ["workplans", "submit", "{out}"]],
    "poa status": _NEW_ACTIVITY,
    "poa priority": _NEW_ACTIVITY,
    "poa funding": [*_NEW_ACTIVITY, ["poa", "priority", "{out}", "yes"]],
}
# Writes whose scenario needs more than the demo has (a device with keys): covered in tests/sync.
NO_SCENARIO = {"roster revoke", "roster appoint-admin", "workplans approve", "logistics quality"}
# Writes whose scenario needs a Word file or a chair's paragraph: covered in tests/cli/test_drafting_cli.py.
NO_SCENARIO |= {"drafting import", "drafting propose"}


def _chair_and_proposal(directory: Path) -> dict[str, str]:
    """The San José Declaration's first pending proposal and its chair (Costa Rica's seat)."""
    from crm_desktop.store.schema import DraftingSeat
    from crm_desktop.store.tables.drafting import DraftDocument, DraftProposal

    ws = Workspace(directory)
    try:
        with ws.read() as s:
            doc = s.scalars(select(DraftDocument).where(DraftDocument.title == "Declaración de San José")).one()
            proposal = s.scalars(select(DraftProposal).where(DraftProposal.document_id == doc.id)).first()
            chair = s.scalar(
                select(DraftingSeat.person_id).where(
                    DraftingSeat.meeting_id == doc.meeting_id, DraftingSeat.country_id == "CR"
                )
            )
            assert proposal is not None and chair is not None
            return {"id": proposal.id, "actor": chair, "paragraph": str(proposal.paragraph_id)}
    finally:
        ws.close()


def _open_decision(directory: Path) -> dict[str, str]:
    from crm_desktop.store.schema import Decision

    ws = Workspace(directory)
    try:
        with ws.read() as s:
            return {"id": str(s.scalars(select(Decision.id).where(Decision.status == "open")).first())}
    finally:
        ws.close()


FOUND = {name: _chair_and_proposal for name in ("drafting accept", "drafting reject", "drafting bracket")}
FOUND["followup status"] = _open_decision


def _vice_ministers(directory: Path) -> dict[str, str]:
    """The demo year's Vice-Ministers' meeting (decisions are followed up, candidacies announced there)."""
    from crm_desktop.app.meetings import list_meetings

    ws = Workspace(directory)
    try:
        return {"meeting": str(list_meetings(ws, year=2026, body="viceministers")[0]["id"])}
    finally:
        ws.close()


FOUND["followup add"] = FOUND["handover candidacy"] = _vice_ministers


def _member_not_yet_accredited(directory: Path) -> dict[str, str]:
    """The Vice-Ministers' meeting and a member country's delegate not accredited to it yet (the demo's
    ids are drawn afresh each build: the first person of the table may be an observer's)."""
    from crm_desktop.store.schema import Accreditation, Person

    meeting = _vice_ministers(directory)["meeting"]
    ws = Workspace(directory)
    try:
        with ws.read() as s:
            taken = select(Accreditation.person_id).where(Accreditation.meeting_id == meeting)
            person = s.scalars(
                select(Person.id)
                .where(Person.category == "member_country", Person.id.not_in(taken))
                .order_by(Person.name)
            ).first()
    finally:
        ws.close()
    assert person is not None
    return {"meeting": meeting, "person": str(person)}


FOUND["accredit"] = _member_not_yet_accredited


def _given(name: str, directory: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    out = ""
    for words in PREP.get(name, []):
        code, text, err = run(capsys, directory, *(w.replace("{out}", out) for w in words))
        assert code == 0, err
        out = out or text.strip().splitlines()[-1].split()[0]  # the first one prints the new row's id
    given = {k: v.replace("{out}", out) for k, v in SCENARIO.get(name, {}).items()}
    if name in FOUND:
        given.update(FOUND[name](directory))
    if name == "drafting edit":
        found = _chair_and_proposal(directory)
        given.update(id=found["paragraph"], actor=found["actor"], text="Texto nuevo.")
    return {k: v for k, v in given.items() if k in {a.dest for a in COMMANDS[name]._actions}}


def test_every_write_command_is_classified() -> None:
    """A command either says what it did through the kit (a ``did.*`` message) or is listed as one
    that reads or prints its own result line."""
    assert len(DID) >= 20


DID_SCENARIOS = sorted(set(DID) - NO_SCENARIO)


@pytest.mark.parametrize("name", DID_SCENARIOS)
def test_every_write_says_what_it_did(
    capsys: pytest.CaptureFixture[str], demo_template: Path, ids: dict[str, str], tmp_path: Path, name: str
) -> None:
    lines = {}
    for lang in ("es", "en"):
        directory = tmp_path / lang
        shutil.copytree(demo_template, directory)
        words = _command_line(name, COMMANDS[name], ids, **_given(name, directory, capsys))
        code, out, err = run(capsys, directory, "--lang", lang, *words)
        if code != 0:
            pytest.fail(f"{words}: exit {code}: {err}")
        if COMMANDS[name].get_default(kit.NEW_ID):  # the new id for scripts, the sentence for people
            assert len(out.split()) == 1, out
            out = err
        assert out.strip() and "\n" not in out.strip(), out
        lines[lang] = out.strip()
    assert lines["es"] != lines["en"]


def test_a_nul_in_an_argument_is_bad_input(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    code, out, err = run(capsys, demo_dir, "--lang", "en", "handover", "plan", "--year", "2031", "--country", "P\x00A")
    assert code == kit.EXIT_BAD_INPUT and "NUL" in err and not out


def test_with_json_the_done_line_is_an_object(capsys: pytest.CaptureFixture[str], demo: Workspace) -> None:
    args = argparse.Namespace(command="handover", action="plan", year=2031, country="PA", lang="en", json=True)
    kit.say_done(args, demo)
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "done": "did.handover.plan",
        "message": "Rotation: PA planned for the Pro-Tempore Presidency in 2031.",
    }
