"""Rewrite the generated matrix table in docs/authorisation.md from the code (a test fails when they differ).

Usage: .venv/bin/python scripts/authorisation_doc.py
"""

from __future__ import annotations

from pathlib import Path

from crm_desktop.domain.authorisation import render_doc

DOC = Path(__file__).resolve().parent.parent / "docs" / "authorisation.md"

if __name__ == "__main__":
    DOC.write_text(render_doc(DOC.read_text("utf-8")), "utf-8")
