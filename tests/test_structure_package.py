"""The package stays readable: no module over 600 lines and no class over 400 (read from the source).

Generated files aside: the Alembic revisions under ``store/migrations``.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "crm_desktop"
MAX_MODULE_LINES = 600
MAX_CLASS_LINES = 400


def _modules() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.relative_to(PACKAGE).parts]


def test_no_module_or_class_is_too_long() -> None:
    too_long = []
    for path in _modules():
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(PACKAGE).as_posix()
        lines = text.count("\n")
        if lines > MAX_MODULE_LINES:
            too_long.append(f"{name}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and (node.end_lineno or 0) - node.lineno + 1 > MAX_CLASS_LINES:
                too_long.append(f"{name}: class {node.name}")
    assert too_long == []


def test_the_check_reads_every_layer() -> None:
    read = {p.relative_to(PACKAGE).parts[0] for p in _modules()}
    assert {"app", "cli", "demo", "domain", "drafting", "mail", "reports", "store", "sync", "ui"} <= read
