"""The UI's shape stays readable: feature packages, one base for every section, small modules and classes,
and plurals that PySide can find (read from the source, nothing is run)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from crm_desktop.ui.section_widget import SectionWidget
from crm_desktop.ui.sections import ViewFactory, load_sections

UI = Path(__file__).resolve().parents[2] / "crm_desktop" / "ui"
MAX_MODULE_LINES = 600
MAX_CLASS_LINES = 400


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(UI.rglob("*.py"))]


def test_no_ui_module_or_class_is_too_long() -> None:
    too_long = []
    for path, tree in _modules():
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_MODULE_LINES:
            too_long.append(f"{path.relative_to(UI)}: {lines} lines")
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES:
                too_long.append(f"{path.relative_to(UI)}: class {node.name}")
    assert too_long == []


@pytest.mark.gui
def test_every_section_is_a_section_widget(qapp: object) -> None:
    for section in load_sections():
        assert isinstance(section.factory, ViewFactory), section.key
        assert issubclass(section.factory.view_class(), SectionWidget), section.key


def test_a_layer_names_the_context_of_its_plurals() -> None:
    """PySide finds a singular ``self.tr`` in any class of the object's hierarchy, a plural only in the
    object's own class: in a class other UI classes derive from, a plural must name its context."""
    classes: dict[str, ast.ClassDef] = {}
    bases: set[str] = set()
    for _path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = node
                bases |= {b.id for b in node.bases if isinstance(b, ast.Name)}
    offending = []
    for name in sorted(bases & classes.keys()):
        for call in ast.walk(classes[name]):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "tr"
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id == "self"
                and len(call.args) >= 3
            ):
                offending.append(f"{name}: line {call.lineno}")
    assert offending == []


def test_every_section_has_an_icon_of_its_own() -> None:
    """The sidebar tells sections apart at a glance: no two share an icon."""
    from crm_desktop.ui.sections import load_sections

    icons = [s.icon for s in load_sections()]
    assert len(icons) == len(set(icons)), icons
