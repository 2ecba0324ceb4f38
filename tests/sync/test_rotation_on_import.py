"""The annual rotation of the Presidency holds on import (seed, B: the PPT "es designada por consenso de los
Países Miembros de la Conferencia, dentro de un esquema rotativo anual"): a modified program's bundle that
designates the same country two years running is refused through ``bundle import`` (exit 4, nothing
changed); with the members' consensus recorded as an act, the same designation travels."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crm_desktop.app import presidency
from crm_desktop.cli import main
from crm_desktop.domain.model import ActKind
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot


def _world(laptops: Laptops) -> tuple[str, str]:
    admin = laptops.found()
    vm = helpers.meeting(admin, "viceministers", start="2026-05-10", host="CR")
    presidency.announce_candidacy(admin, "CR", 2026, vm)
    presidency.designate(admin, "CR", 2026, meeting_id=vm)
    laptops.join("sv", role="member", country="SV")
    laptops.deliver(laptops.bundle("admin", "sv"), "sv")
    return vm, "sv"


def _forge_second_term(laptops: Laptops, vm: str, *, with_consensus: bool) -> None:
    with forged(laptops.ws["admin"]) as ch:  # what a program skipping designate() writes
        ch.put("candidacies", "cand-2027", country_id="CR", year=2027, meeting_id=vm, announced_on=date(2026, 5, 10))
        if with_consensus:
            ch.put(
                "acts",
                "act-2027",
                kind=ActKind.CONSECUTIVE_TERM.value,
                subject="CR",
                meeting_id=vm,
                capabilities=[],
                date=date(2026, 5, 11),
                granted_by=None,
                note="2027",
            )
        ch.put("presidency_terms", "term-2027", country_id="CR", year=2027, designated_on=date(2026, 5, 11))


def _import(laptops: Laptops, receiver: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    path = tmp_path / "forged.crmb"
    path.write_bytes(laptops.bundle("admin", receiver))
    code = main(["--workspace", str(laptops.ws[receiver].directory), "--lang", "en", "bundle", "import", str(path)])
    return code, capsys.readouterr().err


def test_a_forged_second_consecutive_term_is_refused_on_import(
    laptops: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vm, receiver = _world(laptops)
    _forge_second_term(laptops, vm, with_consensus=False)
    before = snapshot(laptops.ws[receiver])
    code, err = _import(laptops, receiver, tmp_path, capsys)
    assert code == 4, err
    assert "CR" in err and "2027" in err and "annual" in err
    assert snapshot(laptops.ws[receiver]) == before


def test_a_second_term_agreed_by_consensus_travels(
    laptops: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vm, receiver = _world(laptops)
    _forge_second_term(laptops, vm, with_consensus=True)
    code, err = _import(laptops, receiver, tmp_path, capsys)
    assert code == 0, err
    terms = laptops.dump(receiver)["presidency_terms"]
    assert isinstance(terms, list) and {(t["country_id"], t["year"]) for t in terms} >= {("CR", 2026), ("CR", 2027)}
