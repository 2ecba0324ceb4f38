"""Amendments quoting text, bracketed alternatives, paragraph status and the compilation text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.rules import RuleViolation
from crm_desktop.drafting import negotiation as n

TEXT = "Los Estados deberán proteger a las personas migrantes 🙂 y a sus familias."


def test_amendments_apply_by_quoting_the_words() -> None:
    replace = n.Amendment(n.ProposalKind.REPLACE, old="deberán", new="procurarán")
    assert n.accepting(TEXT, replace).apply_to(TEXT).startswith("Los Estados procurarán proteger")
    insert = n.Amendment(n.ProposalKind.INSERT, new=" y refugiadas", anchor="migrantes")
    assert "migrantes y refugiadas 🙂" in n.accepting(TEXT, insert).apply_to(TEXT)
    at_end = n.Amendment(n.ProposalKind.INSERT, new=" Fin.")
    assert n.accepting(TEXT, at_end).apply_to(TEXT).endswith("familias. Fin.")
    delete = n.Amendment(n.ProposalKind.DELETE, old=" y a sus familias")
    assert n.accepting(TEXT, delete).apply_to(TEXT).endswith("🙂.")


def test_an_amendment_whose_words_are_gone_is_refused() -> None:
    with pytest.raises(RuleViolation) as err:
        n.accepting(TEXT, n.Amendment(n.ProposalKind.REPLACE, old="shall", new="should"))
    assert err.value.message.code == "draft.quote_not_found"


def test_bracketing_writes_alternatives_into_the_text() -> None:
    edit = n.bracketing(TEXT, n.Amendment(n.ProposalKind.REPLACE, old="deberán", new="procurarán"))
    text = edit.apply_to(TEXT)
    assert "[deberán][procurarán]" in text
    scan = n.scan_brackets(text)
    assert scan.groups[0].options == ("deberán", "procurarán") and not scan.unbalanced
    assert n.resolving(text, 0, 1).apply_to(text) == TEXT.replace("deberán", "procurarán")
    optional = n.bracketing(TEXT, n.Amendment(n.ProposalKind.DELETE, old=" y a sus familias")).apply_to(TEXT)
    assert n.resolving(optional, 0, None).apply_to(optional).endswith("🙂.")
    assert n.resolving(optional, 0, 0).apply_to(optional) == TEXT


def test_bracket_scanning() -> None:
    scan = n.scan_brackets("a [x][y] b [z] c [[n] m]")
    assert [g.options for g in scan.groups] == [("x", "y"), ("z",), ("[n] m",)]
    assert n.scan_brackets("sin corchetes").clean
    assert n.scan_brackets("abierto [sin cerrar").unbalanced
    assert n.scan_brackets("cerrado] sin abrir").unbalanced
    with pytest.raises(RuleViolation):
        n.resolving("a [x][y]", 0, 5)
    with pytest.raises(RuleViolation):
        n.resolving("a [x][y]", 3, 0)


@given(st.text(alphabet=st.sampled_from(list("ab é🙂中[]")), max_size=30))
def test_resolving_every_bracket_leaves_clean_text(text: str) -> None:
    scan = n.scan_brackets(text)
    if scan.unbalanced:
        return
    while scan.groups:
        text = n.resolving(text, 0, 0).apply_to(text)
        scan = n.scan_brackets(text)
    assert scan.clean


def test_paragraph_status_agreement_needs_clean_text_and_no_open_proposal() -> None:
    S = n.ParagraphStatus
    assert n.status_change(S.PROPOSED, S.BRACKETED, "x", 0).allowed
    assert n.status_change(S.BRACKETED, S.AGREED_AD_REFERENDUM, "clean", 0).allowed
    assert n.status_change(S.AGREED_AD_REFERENDUM, S.AGREED, "clean", 0).allowed
    assert not n.status_change(S.BRACKETED, S.AGREED, "[a][b]", 0).allowed
    assert not n.status_change(S.PROPOSED, S.AGREED, "clean", 2).allowed
    assert not n.status_change(S.AGREED, S.PROPOSED, "clean", 0).allowed
    # brackets written on another laptop into an agreed paragraph show it as bracketed
    assert n.effective_status(S.AGREED, "a [b][c]") == S.BRACKETED
    assert n.effective_status(S.AGREED, "clean") == S.AGREED


def test_compilation_text_attributes_each_proposal_to_its_delegation() -> None:
    props = [
        n.ProposalView("1", "MX", n.Amendment(n.ProposalKind.REPLACE, old="deberán", new="procurarán")),
        n.ProposalView("2", "US", n.Amendment(n.ProposalKind.INSERT, new=" y refugiadas", anchor="migrantes")),
        n.ProposalView("3", "GT", n.Amendment(n.ProposalKind.REPLACE, old="deberán proteger", new="protegerán")),
        n.ProposalView("4", "SV", n.Amendment(n.ProposalKind.DELETE, old="ya no está")),
    ]
    runs, unplaced = n.compilation_runs(TEXT, props)
    styled = [(r.style.value, r.text) for r in runs if r.style != n.RunStyle.PLAIN]
    assert styled == [
        ("deleted", "deberán"),
        ("added", "procurarán"),
        ("note", " (MX)"),
        ("added", " y refugiadas"),
        ("note", " (US)"),
    ]
    assert [p.delegation for p in unplaced] == ["GT", "SV"]  # overlapping, and words gone
    plain = "".join(r.text for r in runs if r.style in (n.RunStyle.PLAIN, n.RunStyle.DELETED))
    assert plain == TEXT
