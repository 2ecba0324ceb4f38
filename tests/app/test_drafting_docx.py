"""Word interchange: the .docx round trip keeps every paragraph; Word's own numbering is understood."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting_docx import export_docx, import_docx, read_docx
from crm_desktop.app.errors import BadInput
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.drafting.structure import DocType, ParagraphKind, Section
from tests.app.test_drafting import Room, make_room

WORD = st.text(alphabet=st.sampled_from(list("abcñéÁü中文🙂[]()., ;:«»-0123")), min_size=1, max_size=25)
TEXT = WORD.map(str.strip).filter(bool)
PARAGRAPH = st.tuples(st.sampled_from([Section.PREAMBLE, Section.OPERATIVE, Section.ANNEX]), TEXT, st.booleans())


@pytest.fixture
def room(ws: Workspace) -> Room:
    return make_room(ws)


def shape(ws: Workspace, doc: str) -> list[tuple[str, str, str, bool]]:
    return [(p.section, p.kind, p.text, p.parent_id is not None) for p in d.document_view(ws, doc).paragraphs]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(PARAGRAPH, min_size=1, max_size=12))
def test_docx_round_trip_keeps_every_paragraph(tmp_path_factory, body) -> None:  # type: ignore[no-untyped-def]
    ws = init_workspace(tmp_path_factory.mktemp("docx") / "ws", "Docx")
    try:
        room = make_room(ws)
        ordered = sorted(body, key=lambda p: list(Section).index(p[0]))
        paragraphs = [d.ParagraphInput(Section.TITLE, "Declaración de prueba", ParagraphKind.HEADING)]
        previous: Section | None = None
        for section, text, sub in ordered:
            # a sub-item needs an operative parent before it
            sub_item = sub and section == Section.OPERATIVE and previous == Section.OPERATIVE
            paragraphs.append(d.ParagraphInput(section, text, sub_item=sub_item))
            previous = section
        doc = d.create_document(
            ws, d.DocumentInput(room.vm, DocType.DECLARATION), actor=room.chair, paragraphs=paragraphs
        )
        out = tmp_path_factory.mktemp("out") / "draft.docx"
        export_docx(ws, doc, out)
        copy = import_docx(ws, out, meeting_id=room.vm, doc_type=DocType.DECLARATION, actor=room.chair)
        assert shape(ws, copy.document_id) == shape(ws, doc)
        assert copy.draft.notes == []
    finally:
        ws.close()


def test_compilation_export_underlines_additions_and_strikes_deletions(room: Room, tmp_path: Path) -> None:
    from crm_desktop.drafting.negotiation import ProposalKind

    d.propose(
        room.ws,
        room.doc,
        ProposalKind.REPLACE,
        actor=room.mx,
        paragraph_id=room.pids[2],
        old="deberán",
        new="procurarán",
    )
    out = tmp_path / "compilation.docx"
    export_docx(room.ws, room.doc, out, compilation=True)
    runs = [r for p in Document(str(out)).paragraphs for r in p.runs]
    assert any(r.text == "deberán" and r.font.strike for r in runs)
    assert any(r.text == "procurarán" and r.underline for r in runs)
    assert any(r.text == " (MX)" and r.italic for r in runs)


def test_word_numbering_and_headings_are_read(tmp_path: Path) -> None:
    word = Document()
    word.add_heading("Conclusiones del GRCM", level=1)
    word.add_paragraph("Considerando el informe de la Red,")
    word.add_paragraph("Tomar nota del informe.", style="List Number")
    word.add_paragraph("con sus anexos;", style="List Number 2")
    word.add_paragraph("2) Reconocer el avance.")
    word.add_heading("Anexo: Decisiones", level=2)
    word.add_paragraph("Aprobar el presupuesto.")
    path = tmp_path / "word.docx"
    word.save(str(path))
    _, paragraphs = read_docx(path)
    assert [(p.section, p.kind, p.text, p.sub_item) for p in paragraphs] == [
        (Section.TITLE, ParagraphKind.HEADING, "Conclusiones del GRCM", False),
        (Section.PREAMBLE, ParagraphKind.TEXT, "Considerando el informe de la Red,", False),
        (Section.OPERATIVE, ParagraphKind.TEXT, "Tomar nota del informe.", False),
        (Section.OPERATIVE, ParagraphKind.TEXT, "con sus anexos;", True),
        (Section.OPERATIVE, ParagraphKind.TEXT, "Reconocer el avance.", False),
        (Section.ANNEX, ParagraphKind.TEXT, "Aprobar el presupuesto.", False),
    ]


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_a_corrupt_file_is_refused_with_a_message_and_nothing_written(
    room: Room, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "roto.docx"
    path.write_bytes(content)
    before = d.list_documents(room.ws)
    with pytest.raises(BadInput) as err:
        import_docx(room.ws, path, meeting_id=room.vm, doc_type=DocType.DECLARATION, actor=room.chair)
    assert "roto.docx" in err.value.render("es")
    assert d.list_documents(room.ws) == before
