"""The register of the text's rules: complete, consistent with the warnings' sources, and every refusal of
a rule function cites the sentence it applies (its own ``source`` parameter, or the register's)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from crm_desktop.app.errors import Refused
from crm_desktop.domain import rule_citations as cit
from crm_desktop.domain import rule_register as reg
from crm_desktop.domain.messages import CATALOGUE, msg
from crm_desktop.domain.rule_sources import SOURCES

ROOT = Path(__file__).resolve().parents[2]
RULE_MODULES = sorted(
    p
    for d in ("domain", "drafting")
    for p in (ROOT / "crm_desktop" / d).glob("*.py")
    if "Verdict" in p.read_text("utf-8")
)


def _refusal_codes() -> dict[str, set[str]]:
    """Every message code a Verdict-producing function of the domain refuses with (read from the source)."""
    found: dict[str, set[str]] = {}
    for path in RULE_MODULES:
        tree = ast.parse(path.read_text("utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            for node in ast.walk(fn):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ("msg", "_refuse", "refuse")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found.setdefault(node.args[0].value, set()).add(f"{path.stem}.{fn.name}")
    return found


def test_the_doc_table_is_generated_from_the_register() -> None:
    text = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert reg.render_doc(text) == text, "docs/rules.md is stale: run scripts/rules_doc.py"


def test_every_rule_has_a_unique_id_a_sentence_in_both_languages_and_resolvable_deciders() -> None:
    assert len(reg.RULES_BY_ID) == len(reg.RULES) >= 41
    for rule in reg.RULES:
        for lang in ("es", "en"):
            text = rule.source.message().render(lang)
            assert "{" not in text and rule.source.sentence.render(lang) in text
        assert rule.source.sentence.es != rule.source.sentence.en
        assert rule.decided_by and rule.enforced, rule.id
        for dotted in rule.decided_by:
            module, _, name = dotted.rpartition(".")
            assert callable(getattr(importlib.import_module(f"crm_desktop.domain.{module}"), name)), dotted


def test_codes_belong_to_one_rule_and_warnings_share_the_warning_sources() -> None:
    refusals = [c for r in reg.RULES for c in r.refusals]
    assert len(refusals) == len(set(refusals))
    assert all(c in CATALOGUE for c in refusals)
    warnings = {c: r for r in reg.RULES for c in r.warnings}
    assert set(warnings) == set(SOURCES)
    for code, rule in warnings.items():
        assert SOURCES[code] == rule.source, code


def test_every_refusal_of_a_rule_function_cites_its_source() -> None:
    missing = []
    for code, where in sorted(_refusal_codes().items()):
        if code.startswith("warn.") or code in cit.NOT_THE_TEXTS_RULES:
            continue
        es, en = CATALOGUE[code]
        if "{source}" in es and "{source}" in en:
            continue
        if code not in cit.REFUSAL_SOURCES:
            missing.append(f"{code} ({', '.join(sorted(where))})")
    assert not missing, "refusals without a source: " + "; ".join(missing)


def test_the_exemptions_are_real_codes_and_not_rules() -> None:
    assert set(CATALOGUE) >= cit.NOT_THE_TEXTS_RULES
    assert not cit.NOT_THE_TEXTS_RULES & set(cit.REFUSAL_SOURCES)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_refusal_is_shown_with_its_sentence_once(lang: str) -> None:
    plain = Refused(msg("ppt.consecutive", country="MX", year=2028, other=2027)).render(lang)
    assert plain.endswith(")") and ("Sección B" if lang == "es" else "Section B") in plain
    nested = Refused(msg("attend.not_admitted", who="X", segment="s", body="grcm", reason=msg("reason.not_invited")))
    assert ("Sección D" if lang == "es" else "Section D") in nested.render(lang)
    quoted = msg("agenda.unknown_theme", theme="x", themes="a", source=reg.RULES_BY_ID["intro.themes"].source.message())
    assert Refused(quoted).render(lang).count("Introduc") == 1
    assert Refused(msg("error.invalid", detail="x")).render(lang) == msg("error.invalid", detail="x").render(lang)
