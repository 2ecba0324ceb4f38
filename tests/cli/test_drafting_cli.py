"""``crm-desktop drafting``: a scripted negotiation on the demo workspace, exit codes, Word and JSON export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import main
from crm_desktop.store.schema import DraftingSeat, Person


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def seat(directory: Path, meeting: str, country: str) -> str:
    ws = Workspace(directory)
    try:
        with ws.read() as s:
            pid = s.scalar(
                select(DraftingSeat.person_id).where(
                    DraftingSeat.meeting_id == meeting, DraftingSeat.country_id == country
                )
            )
            if pid is None:
                pid = s.scalar(select(Person.id).where(Person.country_id == country).order_by(Person.id))
            return str(pid)
    finally:
        ws.close()


def test_scripted_negotiation(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = ["--workspace", str(demo_dir), "--lang", "en"]
    code, out, _ = run(capsys, *w, "drafting", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert all(set(r) == {"id", "title", "type", "meeting", "status", "version"} for r in rows)
    assert {r["type"] for r in rows} >= {"declaration", "conclusions", "recommendations", "network_report"}
    decl = next(r for r in rows if r["title"] == "Declaración de San José")
    assert decl["version"] == "Rev.1" and decl["status"] == "draft"
    doc, vm = decl["id"], decl["meeting"]
    chair, mx, gt = (seat(demo_dir, vm, c) for c in ("CR", "MX", "GT"))

    code, out, _ = run(capsys, *w, "drafting", "show", doc[:8], "--json")
    view = json.loads(out)
    op1 = next(p for p in view["paragraphs"] if p["display"] == "1.")
    assert code == 0 and op1["proposals"][0]["delegation"] == "MX"

    code, out, _ = run(
        capsys,
        *w,
        "drafting",
        "propose",
        doc,
        "--kind",
        "replace",
        "--paragraph",
        op1["id"],
        "--old",
        "derechos humanos",
        "--new",
        "derechos humanos y la dignidad",
        "--as",
        gt,
    )
    assert code == 0
    proposal = out.strip()
    assert run(capsys, *w, "drafting", "support", proposal, "--as", mx)[0] == 0
    code, _, err = run(capsys, *w, "drafting", "accept", proposal, "--as", mx)
    assert code == 3 and "Pro-Tempore Presidency" in err
    assert run(capsys, *w, "drafting", "accept", proposal, "--as", chair)[0] == 0
    code, _, err = run(capsys, *w, "drafting", "adopt", doc, "--as", chair)
    assert code == 3 and "bracketed" in err
    assert run(capsys, *w, "drafting", "object", doc, "--text", "Objetamos.", "--as", gt)[0] == 0
    code, out, _ = run(capsys, *w, "drafting", "show", doc)
    assert code == 0 and "objection GT: Objetamos." in out and "y la dignidad" in out
    code, _, err = run(capsys, *w, "drafting", "propose", doc, "--kind", "replace", "--as", gt)
    assert code == 3  # the quoted text is missing: refused with the rule's message
    code, _, err = run(capsys, *w, "drafting", "support", proposal)
    assert code == 4 and "who is acting" in err


def test_export_and_import_docx(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = ["--workspace", str(demo_dir)]
    rows = json.loads(run(capsys, *w, "drafting", "list", "--json")[1])
    decl = next(r for r in rows if r["title"] == "Declaración de San José")
    for flag in ([], ["--compilation"]):
        out = tmp_path / f"decl{len(flag)}.docx"
        assert run(capsys, *w, "drafting", "export", decl["id"], "--format", "docx", "--out", str(out), *flag)[0] == 0
        assert out.stat().st_size > 0
    chair = seat(demo_dir, decl["meeting"], "CR")
    code, out, _ = run(
        capsys,
        *w,
        "drafting",
        "import",
        str(tmp_path / "decl0.docx"),
        "--meeting",
        decl["meeting"],
        "--type",
        "declaration",
        "--as",
        chair,
    )
    assert code == 0
    new_id = out.strip()
    original = json.loads(run(capsys, *w, "drafting", "show", decl["id"], "--json")[1])
    copy = json.loads(run(capsys, *w, "drafting", "show", new_id, "--json")[1])
    assert [p["text"] for p in copy["paragraphs"]] == [p["text"] for p in original["paragraphs"]]
    out_json = tmp_path / "decl.json"
    assert run(capsys, *w, "drafting", "export", decl["id"], "--format", "json", "--out", str(out_json))[0] == 0
    assert json.loads(out_json.read_text())["symbol"] == original["symbol"]
    code, _, err = run(
        capsys,
        *w,
        "drafting",
        "import",
        str(out_json),
        "--meeting",
        decl["meeting"],
        "--type",
        "declaration",
        "--as",
        chair,
    )
    assert code == 4 and "decl.json" in err
