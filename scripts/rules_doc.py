"""Rewrite the generated table in docs/rules.md from the rule register (a test fails when they differ).

Usage: .venv/bin/python scripts/rules_doc.py
"""

from __future__ import annotations

from pathlib import Path

from crm_desktop.domain.rule_register import render_doc

DOC = Path(__file__).resolve().parent.parent / "docs" / "rules.md"

if __name__ == "__main__":
    DOC.write_text(render_doc(DOC.read_text("utf-8") if DOC.exists() else ""), "utf-8")
