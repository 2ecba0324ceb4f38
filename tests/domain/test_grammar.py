"""Messages agree with what they name: plural forms, the article of a body's name, states in words."""

from __future__ import annotations

import re

from crm_desktop.domain.grammar import feminine
from crm_desktop.domain.messages import CATALOGUE, Bilingual, msg
from crm_desktop.domain.model import MeetingStatus
from crm_desktop.domain.reference import default_process_config
from crm_desktop.domain.rules import meeting_transition


def test_counts_take_the_right_plural() -> None:
    one = msg("check.summary_ok", changesets=1, warnings=1)
    many = msg("check.summary_ok", changesets=618, warnings=54)
    assert one.render("es") == "correcto: 1 conjunto de cambios, 1 advertencia"
    assert many.render("es") == "correcto: 618 conjuntos de cambios, 54 advertencias"
    assert one.render("en") == "ok: 1 changeset, 1 warning"
    assert many.render("en") == "ok: 618 changesets, 54 warnings"


def test_a_body_takes_its_article() -> None:
    def refusal(body_es: str, body_en: str) -> tuple[str, str]:
        m = msg("attend.not_admitted", who="Ana", segment="Plenaria", body=Bilingual(body_es, body_en), reason="x")
        return m.render("es"), m.render("en")

    es, en = refusal("Grupo Regional de Consulta sobre Migración", "Regional Consultation Group on Migration")
    assert "» del Grupo Regional" in es and "of the Regional Consultation Group" in en
    es, _ = refusal("Reunión Viceministerial", "Vice-Ministers' Meeting")
    assert "» de la Reunión Viceministerial" in es
    es, _ = refusal("Seminario sobre Migración", "Seminar on Migration")
    assert "» del Seminario" in es


def test_every_body_name_has_a_known_gender() -> None:
    bodies = default_process_config().bodies
    genders = {b.name_es.split()[0]: feminine(b.name_es) for b in bodies}
    assert genders.get("Grupo", False) is False
    assert all(genders[w] for w in ("Reunión", "Red") if w in genders)
    assert all(not genders[w] for w in ("Seminario",) if w in genders)


def test_a_refused_transition_names_the_states_in_words() -> None:
    reason = meeting_transition(MeetingStatus.CLOSED, MeetingStatus.PLANNED).reason
    assert reason is not None
    assert reason.render("es") == "la reunión no puede pasar de «concluida» a «prevista»"
    assert reason.render("en") == "the meeting cannot move from “concluded” to “planned”"


def test_no_template_counts_with_a_parenthesised_plural() -> None:
    """ "{count} advertencia(s)" reads wrong for 1 and for many: plural specs say it for each."""
    pattern = re.compile(r"\{(count|n|changesets|warnings)\}\s+\w+\((s|es)\)")
    offenders = [code for code, texts in CATALOGUE.items() if any(pattern.search(t) for t in texts)]
    assert offenders == []


def test_documents_count_and_name_units_in_their_language() -> None:
    from crm_desktop.domain.vocabulary import unit_name
    from crm_desktop.reports.labels import label

    assert label("participants.count", "es", n=1) == "1 participante"
    assert label("participants.count", "en", n=1) == "1 participant"
    assert label("participants.count", "bilingual", n=3) == "3 participantes / 3 participants"
    assert unit_name("personas", "en") == "people" and unit_name("países", "en") == "countries"
    assert unit_name("people", "es") == "personas" and unit_name("hectáreas", "en") == "hectáreas"


def test_no_catalogue_module_overrides_another() -> None:
    """Codes are merged into one catalogue: a code defined twice would silently replace a sentence."""
    import importlib

    names = ["messages_bundle", "messages_files", "messages_lang", "messages_local", "messages_matrix"]
    names += ["messages_pdf", "messages_rules", "messages_trust", "process_messages"]
    seen: dict[str, str] = {}
    for name in names:
        module = importlib.import_module(f"crm_desktop.domain.{name}")
        table = next(v for k, v in vars(module).items() if k.endswith("_MESSAGES"))
        for code in table:
            assert code not in seen, f"{code} is in {seen.get(code)} and {name}"
            seen[code] = name
