"""The progress, contributions and handover PDFs, checked like the other PDFs: structure (qpdf), fonts
embedded, text extractable, in both languages."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.app import contributions, handover
from crm_desktop.app.errors import Refused
from crm_desktop.app.progress_report import assemble, write_pdf
from crm_desktop.app.workspace import Workspace

TOOLS = ("qpdf", "pdffonts", "pdftotext")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS), reason="poppler-utils and qpdf are needed to inspect PDFs"
)


def check_pdf(path: Path) -> str:
    """qpdf finds no damage, every font is embedded, and the text comes out; returns the text."""
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, "no fonts"
    assert all(line.split()[-5] == "yes" for line in rows), fonts  # the "emb" column
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", ["Informe de avance del Plan de Acción", "Derechos humanos", "Actividades retrasadas", "Página 1 de"]),
        ("en", ["Progress report on the Plan of Action", "Human rights", "Activities delayed", "Page 1 of"]),
    ],
)
def test_progress_report(demo: Workspace, tmp_path: Path, lang: str, expected: list[str]) -> None:
    out = tmp_path / f"progress-{lang}.pdf"
    write_pdf(assemble(demo, "2026-1", lang=lang), out)
    text = check_pdf(out)
    for phrase in expected:
        assert phrase in text
    assert "Costa Rica" in text and not list(tmp_path.glob("*.part"))


def test_contributions_report(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "contributions.pdf"
    contributions.write_pdf(demo, out, as_of=date(2026, 11, 27), lang="es")
    text = check_pdf(out)
    assert "CONFIDENCIAL" in text and "Nicaragua: 7,350.00" in text and "420,000.00" in text
    assert "CRM/ST/CONTRIB/2026" in text
    members = tmp_path / "contributions-members.pdf"
    contributions.write_pdf(demo, members, as_of=date(2026, 11, 27), lang="en", audience="members")
    assert "CONFIDENTIAL" not in check_pdf(members)
    with pytest.raises(Refused):
        contributions.write_pdf(demo, tmp_path / "public.pdf", audience="public")
    assert not (tmp_path / "public.pdf").exists()


def test_handover_pack(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "handover.pdf"
    handover.write_pdf(handover.handover_pack(demo, 2026, as_of=date(2026, 11, 27), lang="en"), out, lang="en")
    text = check_pdf(out)
    assert "Incoming Presidency: Guatemala" in text and "Upcoming meetings" in text
    flat = " ".join(text.split())  # seed, B: the return fund's obligations, with their source
    assert "Obligations the incoming Presidency takes over" in flat and "Section B: “It takes on some" in flat
