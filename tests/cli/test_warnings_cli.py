"""``crm-desktop warnings``: every rule warning with the sentence of the coordination text it applies.

Seed, A: the Vice-Ministers' meeting "se celebra en la primavera o el primer semestre de cada año";
seed, C: the GRCM "se lleva a cabo dos veces al año"; seed, B: drafting-group representatives named
"al inicio de cada Reunión de las Redes y del GRCM".
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.app import meetings as meeting_services
from crm_desktop.app.rule_warnings import list_warnings
from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import main
from crm_desktop.domain import rules
from crm_desktop.domain.messages import CATALOGUE
from crm_desktop.domain.reference import default_process_config as load_config
from crm_desktop.domain.rule_sources import SOURCES


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_lists_a_year_with_no_vice_ministers_meeting_each_with_its_source(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "--lang", "en", "warnings", "--json")
    assert code == 0
    items = json.loads(out)
    assert items and all(set(w) == {"rule", "year", "meeting", "meeting_title", "message", "source"} for w in items)
    assert all(w["source"] and w["source"].startswith(("Section ", "Note ")) for w in items)
    missing_vm = [w for w in items if w["rule"] == "warn.vm_missing"]
    assert missing_vm, "the demo history has GRCM years without a Vice-Ministers' meeting"
    assert all("Section A" in w["source"] and "first half of each year" in w["source"] for w in missing_vm)
    assert all(w["meeting"] is None for w in missing_vm)


def test_year_filter_and_spanish_text(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "warnings", "--year", "1999", "--json")
    assert code == 0
    items = json.loads(out)
    assert {w["year"] for w in items} == {1999}
    vm = next(w for w in items if w["rule"] == "warn.vm_missing")
    assert vm["message"] == "la Reunión de Viceministros(as) es anual: no hay ninguna registrada en 1999"
    assert vm["source"] == "Sección A: «Se celebra en la primavera o el primer semestre de cada año.»"
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "warnings", "--year", "1999")
    assert code == 0 and out.startswith("Año 1999\n") and "Sección A" in out


def test_meeting_filter_resolves_an_abbreviated_id(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ws = Workspace(demo_dir)
    try:
        everything = list_warnings(ws)
    finally:
        ws.close()
    target = next(w for w in everything if w.meeting_id)
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "warnings", "--meeting", target.meeting_id[:8], "--json")
    assert code == 0
    items = json.loads(out)
    assert items and {w["meeting"] for w in items} == {target.meeting_id}
    code, _, err = run(capsys, "--workspace", str(demo_dir), "warnings", "--meeting", "ffffffffff")
    assert code == 4 and err


def test_check_lists_the_warnings_and_counts_them(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "--lang", "en", "check", "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"]
    assert data["warnings"] == len(data["warning_list"]) > 0
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "--lang", "en", "check")
    assert code == 0
    assert "Section A" in out and out.rstrip().splitlines()[-1].startswith("ok: ")


def test_every_warning_code_cites_the_text_in_both_languages() -> None:
    warning_codes = {c for c in CATALOGUE if c.startswith("warn.")}
    assert warning_codes == set(SOURCES)
    for code, src in SOURCES.items():
        for lang in ("es", "en"):
            text = src.message().render(lang)
            assert "{" not in text and src.section in text, (code, lang)
        assert src.sentence.es != src.sentence.en


def test_a_year_with_meetings_but_no_grcm_or_vm_is_flagged_and_an_empty_year_is_not() -> None:
    cfg = load_config()
    seminar = rules.MeetingFacts("s", "seminar", date(2025, 3, 1), date(2025, 3, 2))
    codes = [w.code for w in rules.yearly_count_warnings(cfg, [seminar], 2025)]
    assert codes == ["warn.vm_missing", "warn.grcm_missing"]
    assert rules.yearly_count_warnings(cfg, [seminar], 2024) == []
    grcm = rules.MeetingFacts("g", "grcm", date(2025, 6, 1), date(2025, 6, 2))
    codes = [w.code for w in rules.yearly_count_warnings(cfg, [seminar, grcm], 2025)]
    assert codes == ["warn.vm_missing", "warn.grcm_twice_a_year"]


def test_missing_drafting_representatives_once_the_meeting_has_begun() -> None:
    cfg = load_config()
    m = rules.MeetingFacts(
        "g",
        "grcm",
        date(2026, 6, 1),
        date(2026, 6, 2),
        accredited_countries=frozenset({"CR", "MX", "OIM"}),
        drafting_countries=frozenset({"CR"}),
    )
    before = rules.meeting_warnings(cfg, m, [m], {2026: "CR"}, today=date(2026, 5, 31))
    assert "warn.drafting_missing" not in [w.code for w in before]
    during = [w for w in rules.meeting_warnings(cfg, m, [m], {2026: "CR"}, today=date(2026, 6, 1))]
    missing = [w for w in during if w.code == "warn.drafting_missing"]
    assert len(missing) == 1 and missing[0].params["countries"] == "MX"


def test_the_window_and_the_cli_share_the_meeting_warnings(demo: Workspace) -> None:
    per_meeting = meeting_services.warnings(demo)
    listed = [w for w in list_warnings(demo) if w.meeting_id]
    assert sum(len(v) for v in per_meeting.values()) == len(listed)
