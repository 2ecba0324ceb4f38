"""Rows for the generated authorisation test: one valid row of every synced table, for a chosen
delegation where the table's rows belong to one, and the base data they refer to."""

from __future__ import annotations

import itertools
from typing import Any

from crm_desktop.domain.reference import default_process_config_json
from crm_desktop.drafting.permissions import ytext_op
from crm_desktop.drafting.replica import DocumentReplica

MEMBER, OBSERVER, OTHER = "CR", "OIM", "MX"  # the member laptop's, the observer's, a third delegation
PERSON = {MEMBER: "p-cr", OBSERVER: "p-oim", OTHER: "p-mx"}
HEX = "ab" * 32

# Rows every case may refer to, created by the receiving ST laptop before the others join.
BASE: list[tuple[str, str, dict[str, Any]]] = [
    (
        "meetings",
        "m-vm",
        {
            "body_id": "viceministers",
            "title": "XXXI Reunión Viceministerial",
            "host_country_id": OTHER,
            "start": "2026-11-10T09:00:00",
            "end": "2026-11-11T18:00:00",
            "timezone": "America/Mexico_City",
            "status": "planned",
        },
    ),
    ("people", "p-cr", {"name": "Ana CR", "category": "member_country", "country_id": MEMBER, "languages": []}),
    ("people", "p-oim", {"name": "Olga OIM", "category": "observer_org", "organisation_id": OBSERVER, "languages": []}),
    ("people", "p-mx", {"name": "Mario MX", "category": "member_country", "country_id": OTHER, "languages": []}),
    ("agendas", "a-vm", {"meeting_id": "m-vm", "segment": "plenary", "status": "preliminary", "version": 1}),
    ("agenda_items", "i-vm", {"agenda_id": "a-vm", "title_es": "Apertura", "audience": "public"}),
    ("candidacies", "c-cr", {"country_id": MEMBER, "year": 2027, "meeting_id": "m-vm"}),
    ("decisions", "dec-1", {"meeting_id": "m-vm", "number": 1, "text": "Decisión"}),
    ("poa_activities", "act-1", {"theme": "t1", "kind": "workshop", "title_es": "Taller", "responsible": OTHER}),
    ("poa_indicators", "ind-1", {"theme": "t1", "name_es": "Indicador", "baseline": 0.0, "target": 10.0}),
    ("work_plans", "wp-1", {"network": "network_consular", "period": "2026", "title": "Plan"}),
    (
        "drafting_documents",
        "d-vm",
        {
            "meeting_id": "m-vm",
            "doc_type": "declaration",
            "symbol": "CRM/XXXI/1",
            "title": "Declaración",
            "audience": "public",
            "commitments": False,
            "status": "draft",
        },
    ),
    (
        "drafting_proposals",
        "prop-1",
        {
            "document_id": "d-vm",
            "kind": "replace",
            "delegation": OTHER,
            "status": "open",
            "created": "2026-11-10T10:00:00",
        },
    ),
]


def _delegation_fields(table: str, who: str) -> dict[str, Any] | None:
    """The fields that make a row of ``table`` belong to ``who`` (None: no such row can)."""
    country = len(who) == 2
    person = PERSON[who]
    return {
        "people": {"country_id": who} if country else {"organisation_id": who},
        "role_assignments": {"person_id": person},
        "focal_points": {"person_id": person, "country_id": who} if country else None,
        "accreditations": {"person_id": person, "delegation": who},
        "drafting_seats": {"person_id": person, "country_id": who} if country else None,
        "candidacies": {"country_id": who} if country else None,
        "agenda_comments": {"delegation": who},
        "meetings": {"host_country_id": who} if country else None,
        "drafting_proposals": {"delegation": who},
        "drafting_positions": {"delegation": who},
        "drafting_objections": {"delegation": who},
        "drafting_comments": {"delegation": who},
        "drafting_translations": {"delegation": who},
    }.get(table, {})


def _body_config() -> dict[str, Any]:
    body = dict(default_process_config_json()["bodies"][-1])
    return {**body, "key": "x-body"}


_FIELDS: dict[str, dict[str, Any]] = {
    "bodies": {"position": 99, "config": _body_config()},
    "countries": {"name_es": "Zeta", "name_en": "Zeta", "status": "observer", "timezones": []},
    "organisations": {"acronym": "ZZ", "category": "observer_org", "name_es": "Zeta", "name_en": "Zeta"},
    "poa_themes": {"name_es": "Tema", "name_en": "Theme", "position": 9},
    "rotation_plan": {"year": 2040, "country_id": OTHER},
    "sync_devices": {"person_name": "Equipo de prueba", "country_id": "GT", "role": "observer", "status": "active"},
    "sync_keys": {"device_id": "x-device", "sign_key": HEX, "box_key": HEX, "status": "retired"},
    "people": {"name": "Persona", "category": "member_country", "languages": []},
    "role_assignments": {"role": "delegate"},
    "focal_points": {"institution": "Cancillería"},
    "accreditations": {"meeting_id": "m-vm", "segment": "plenary"},
    "drafting_seats": {"meeting_id": "m-vm"},
    "candidacies": {"year": 2027, "meeting_id": "m-vm"},
    "agenda_comments": {"item_id": "i-vm", "text": "Aporte"},
    "meetings": {
        "body_id": "seminar",
        "title": "Seminario",
        "start": "2026-06-01T09:00:00",
        "end": "2026-06-01T18:00:00",
        "timezone": "America/Costa_Rica",
        "status": "planned",
    },
    "agendas": {"meeting_id": "m-vm", "segment": "plenary", "status": "draft", "version": 1},
    "agenda_items": {"agenda_id": "a-vm", "title_es": "Punto", "audience": "public"},
    "agenda_versions": {"agenda_id": "a-vm", "version": 1, "status": "draft", "items": []},
    # A consensus act: an invitation's grantor depends on its sender (rule "grantor", test_caps_on_import.py).
    "acts": {
        "kind": "consecutive_term",
        "subject": "GT",
        "meeting_id": "m-vm",
        "capabilities": [],
        "date": "2026-11-01",
    },
    "presidency_terms": {"country_id": MEMBER, "year": 2027},
    "decisions": {"meeting_id": "m-vm", "number": 2, "text": "Otra decisión"},
    "decision_status_changes": {
        "decision_id": "dec-1",
        "changed_on": "2026-12-01",
        "from_status": "open",
        "to_status": "done",
    },
    "decision_notes": {"decision_id": "dec-1", "written_on": "2026-12-01", "text": "Nota"},
    "logistics_items": {"meeting_id": "m-vm", "item": "sound", "bearer": "st"},
    "poa_activities": {"theme": "t1", "kind": "workshop", "title_es": "Taller", "responsible": OTHER},
    "poa_indicators": {"theme": "t1", "name_es": "Indicador", "baseline": 0.0, "target": 5.0},
    "poa_indicator_values": {"indicator_id": "ind-1", "semester": "2026-1", "value": 1.0},
    "work_plans": {"network": "network_consular", "period": "2027", "title": "Plan"},
    "work_plan_actions": {"work_plan_id": "wp-1", "title": "Acción"},
    "st_budgets": {"year": 2030, "amount_cents": 4_200_000_000, "currency": "USD"},
    "contribution_scales": {"from_year": 2030, "shares": {OTHER: 10000}},
    "contribution_payments": {"country_id": OTHER, "year": 2030, "amount_cents": 100, "paid_on": "2030-02-01"},
    "drafting_documents": {
        "meeting_id": "m-vm",
        "doc_type": "declaration",
        "symbol": "CRM/XXXI/2",
        "title": "Otra",
        "audience": "public",
        "commitments": False,
        "status": "draft",
    },
    "drafting_paragraphs": {
        "document_id": "d-vm",
        "section": "operative",
        "position": "a0",
        "kind": "text",
        "status": "proposed",
    },
    "drafting_proposals": {
        "document_id": "d-vm",
        "kind": "replace",
        "status": "open",
        "created": "2026-11-10T10:00:00",
    },
    "drafting_positions": {"proposal_id": "prop-1", "stance": "support"},
    "drafting_objections": {"document_id": "d-vm", "text": "Objeción", "lodged": "2026-11-10T10:00:00"},
    "drafting_comments": {"document_id": "d-vm", "text": "Comentario", "written": "2026-11-10T10:00:00"},
    "drafting_versions": {
        "document_id": "d-vm",
        "number": 1,
        "label": "Rev.1",
        "paragraphs": [],
        "named": "2026-11-10T10:00:00",
    },
    "drafting_sessions": {
        "document_id": "d-vm",
        "delegation": OTHER,
        "device_id": "x-device",
        "started": "2026-11-10T10:00:00",
    },
    "drafting_texts": {"document_id": "d-vm", "text": "Texto"},
    "drafting_translations": {
        "document_id": "d-vm",
        "paragraph_id": "par-1",
        "lang": "en",
        "source_lang": "es",
        "text": "Text",
        "source_digest": "0" * 32,
        "source_text": "Texto",
        "translated": "2026-11-10T10:00:00",
    },
}
# The field each update case changes and its new value (never a field that says whose the row is).
EDIT: dict[str, tuple[str, Any]] = {
    "bodies": ("position", 98),
    "countries": ("name_es", "Zeta editado"),
    "organisations": ("name_es", "Zeta editado"),
    "poa_themes": ("name_es", "Tema editado"),
    "rotation_plan": ("note", "nota"),
    "sync_devices": ("person_name", "Equipo renombrado"),
    "sync_keys": ("status", "retired"),
    "people": ("name", "Persona renombrada"),
    "role_assignments": ("role", "focal_point"),
    "focal_points": ("institution", "Ministerio"),
    "accreditations": ("accredited_on", "2026-11-02"),
    "drafting_seats": ("named_on", "2026-11-02"),
    "candidacies": ("announced_on", "2026-11-02"),
    "agenda_comments": ("text", "Aporte editado"),
    "meetings": ("title", "Título cambiado"),
    "agendas": ("start_time", "10:00"),
    "agenda_items": ("title_es", "Punto editado"),
    "agenda_versions": ("version", 2),
    "acts": ("note", "nota"),
    "presidency_terms": ("designated_on", "2026-11-11"),
    "decisions": ("text", "Decisión editada"),
    "decision_status_changes": ("note", "nota"),
    "decision_notes": ("text", "Nota editada"),
    "logistics_items": ("supplier", "Proveedor"),
    "poa_activities": ("title_es", "Taller editado"),
    "poa_indicators": ("name_es", "Indicador editado"),
    "poa_indicator_values": ("value", 2.0),
    "work_plans": ("title", "Plan editado"),
    "work_plan_actions": ("title", "Acción editada"),
    "st_budgets": ("amount_cents", 1),
    "contribution_scales": ("shares", {OTHER: 5000}),
    "contribution_payments": ("amount_cents", 1),
    "drafting_documents": ("title", "Título editado"),
    "drafting_paragraphs": ("kind", "heading"),
    "drafting_proposals": ("rationale", "Porque sí"),
    "drafting_positions": ("note", "nota"),
    "drafting_objections": ("text", "Objeción editada"),
    "drafting_comments": ("text", "Comentario editado"),
    "drafting_versions": ("label", "Rev.9"),
    "drafting_sessions": ("started", "2026-11-10T11:00:00"),
    "drafting_texts": ("text", "Texto editado"),
    "drafting_translations": ("text", "Edited text"),
}
UNIQUE_YEAR = {"rotation_plan": "year", "st_budgets": "year", "contribution_scales": "from_year"}
_ids = itertools.count(1)


def fields(table: str, who: str = OTHER) -> dict[str, Any] | None:
    owned = _delegation_fields(table, who)
    if owned is None:
        return None
    out = {**_FIELDS[table], **owned}
    if table in UNIQUE_YEAR:
        out[UNIQUE_YEAR[table]] = 2040 + next(_ids)
    return out


def row_id(table: str, prefix: str) -> str:
    n = next(_ids)
    if table == "drafting_positions":
        return f"prop-1:{prefix}{n}"
    if table == "drafting_objections":
        return f"d-vm:{prefix}{n}"
    if table == "drafting_sessions":
        return str(900_000 + n)
    return f"{prefix}-{table}-{n}"


def text_op(paragraph: str = "x-par") -> dict[str, Any]:
    client = 700_000 + next(_ids)
    replica = DocumentReplica(client_id=client)
    capture = replica.capture()
    replica.set_text(paragraph, "Texto nuevo")
    update = capture.stop()
    assert update is not None
    return ytext_op("d-vm", client, update, [paragraph])
