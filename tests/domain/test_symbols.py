"""One document-symbol scheme for reports, negotiated texts, mail attachments and file names."""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_desktop.domain.model import Segment
from crm_desktop.domain.symbols import calendar_symbol, document_symbol, file_name, series_symbol
from crm_desktop.drafting.structure import DocType

START = datetime(2026, 3, 17, 9, 0)


def test_meeting_documents() -> None:
    assert document_symbol("viceministers", "XXXI", START, "agenda") == "CRM/VM/XXXI/AGENDA"
    assert document_symbol("grcm", None, START, "compilation", revision=2) == "CRM/GRCM/2026-03-17/COMP/Rev.2"
    closed = document_symbol("viceministers", "XXXI", START, "declaration", segment=Segment.CLOSED_DOOR, revision=2)
    assert closed == "CRM/VM/XXXI/DECL/CD/Rev.2"


@pytest.mark.parametrize(
    ("doc_type", "code"),
    [
        (DocType.DECLARATION, "DECL"),
        (DocType.CONCLUSIONS, "CONCL"),
        (DocType.RECOMMENDATIONS, "RECOM"),
        (DocType.NETWORK_REPORT, "INF"),
        (DocType.WORK_PLAN, "PLAN"),
    ],
)
def test_negotiated_text_types_use_the_report_codes(doc_type: DocType, code: str) -> None:
    # A drafting type's value ("network_report") and the report kind ("network-report") are one code.
    assert document_symbol("network_trafficking", None, START, doc_type.value) == f"CRM/RTT/2026-03-17/{code}"


def test_documents_of_no_meeting_carry_issuer_and_period() -> None:
    assert series_symbol("contributions", "2026", issuer="ST") == "CRM/ST/CONTRIB/2026"
    assert series_symbol("handover", 2026, issuer="PPT") == "CRM/PPT/TRASPASO/2026"
    assert series_symbol("progress", "2026-S1", issuer="ST") == "CRM/ST/INF-PA/2026-S1"
    assert calendar_symbol(2026) == "CRM/CAL/2026"


def test_file_names_carry_the_language_the_symbol_does_not() -> None:
    symbol = document_symbol("viceministers", "XXXI", START, "participants", segment="closed_door")
    assert file_name(symbol, "es") == "CRM-VM-XXXI-PART-CD-es.pdf"
    assert file_name(symbol, "en", "docx") == "CRM-VM-XXXI-PART-CD-en.docx"
    assert file_name("CRM/ÁÉ/Rev.2", "es") == "CRM-AE-Rev.2-es.pdf"
