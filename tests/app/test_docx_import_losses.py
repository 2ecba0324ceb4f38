"""Word drafts as Word and LibreOffice write them: nothing is lost silently, nothing runs unbounded."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting_docx import export_docx, import_docx, read_draft
from crm_desktop.app.errors import BadInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.drafting.negotiation import ProposalKind
from crm_desktop.drafting.structure import DocType, Section
from tests.app.test_drafting import Room, make_room

W = nsdecls("w")


def _append(doc: Document, xml: str) -> None:
    """Add a raw block (paragraph, table, content control) before the section properties."""
    body = doc.element.body
    body.find(qn("w:sectPr")).addprevious(parse_xml(xml))


def _word_draft(path: Path) -> Path:
    doc = Document()
    doc.add_heading("Declaración de prueba", level=1)
    doc.add_paragraph("Considerando el informe de la Red,")
    # A tracked change: "deberán" deleted, "procurarán" inserted; the verb must survive.
    _append(
        doc,
        f'<w:p {W}><w:r><w:t xml:space="preserve">Los Países Miembros </w:t></w:r>'
        '<w:del w:id="1" w:author="MX" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>deberán</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="MX" w:date="2026-01-01T00:00:00Z"><w:r><w:t>procurarán</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> fortalecer la cooperación.</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="1"/></w:r>'
        '<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
    )
    # A content control around a paragraph, and one inline with a field result inside.
    _append(
        doc,
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="Párrafo"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>Texto en un control de contenido.</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    _append(
        doc,
        f'<w:p {W}><w:r><w:t xml:space="preserve">Según la página </w:t></w:r>'
        '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>'
        '<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> del informe</w:t></w:r></w:sdtContent></w:sdt>'
        "<w:r><w:t>.</w:t></w:r><w:r><w:drawing/></w:r></w:p>",
    )
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Celda uno"
    table.cell(0, 1).text = "Celda dos"
    doc.save(str(path))
    return path


def test_content_controls_tables_fields_and_tracked_changes_are_read_and_losses_listed(tmp_path: Path) -> None:
    draft = read_draft(_word_draft(tmp_path / "w.docx"))
    texts = [p.text for p in draft.paragraphs]
    assert texts == [
        "Declaración de prueba",
        "Considerando el informe de la Red,",
        "Los Países Miembros procurarán fortalecer la cooperación.",
        "Texto en un control de contenido.",
        "Según la página 3 del informe.",
        "Celda uno",
        "Celda dos",
    ]
    report = "\n".join(draft.report("en"))
    for expected in ("1 footnote", "1 Word comment", "1 image", "1 table read cell by cell", "2 tracked change"):
        assert expected in report, report
    assert "1 nota al pie no importada" in "\n".join(draft.report("es"))


def test_the_command_prints_the_id_then_what_was_not_kept(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from crm_desktop.cli import main
    from tests.cli.test_drafting_cli import seat

    w = ["--workspace", str(demo_dir), "--lang", "en"]
    assert main([*w, "drafting", "list", "--json"]) == 0
    decl = next(r for r in json.loads(capsys.readouterr().out) if r["title"] == "Declaración de San José")
    chair = seat(demo_dir, decl["meeting"], "CR")
    path = _word_draft(tmp_path / "w.docx")
    args = ["drafting", "import", str(path), "--meeting", decl["meeting"], "--type", "declaration", "--as", chair]
    assert main([*w, *args]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines[0]) == 32 and lines[1] == "Not everything in the file was imported:"
    assert any("footnote" in line for line in lines[2:])


def test_a_small_file_of_200000_paragraphs_is_refused_before_the_work(tmp_path: Path) -> None:
    base = tmp_path / "base.docx"
    Document().save(str(base))
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                text = data.decode()
                paragraphs = "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 200_000
                data = text.replace("<w:body>", "<w:body>" + paragraphs, 1).encode()
            dst.writestr(info, data)
    assert bomb.stat().st_size < 200_000
    with pytest.raises(BadInput) as err:
        read_draft(bomb)
    assert "too large" in err.value.render("en")


@pytest.fixture
def room(ws: Workspace) -> Room:
    return make_room(ws)


def test_export_has_its_own_properties_word_numbering_and_round_trips_its_compilation(
    room: Room, tmp_path: Path
) -> None:
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
    export_docx(room.ws, room.doc, out, compilation=True, now=datetime(2026, 11, 18, 10, 0))
    word = Document(str(out))
    props = word.core_properties
    view = d.document_view(room.ws, room.doc)
    assert (props.title, props.language, props.subject) == (view.title, view.language, view.symbol)
    assert props.author and props.author != "python-docx" and "python-docx" not in (props.comments or "")
    assert props.created.year == 2026 and props.modified.year == 2026
    numbered = [p for p in word.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    body = [p for p in view.paragraphs if p.display]
    assert len(numbered) == len(body)
    assert not any(p.text.startswith(("1.", "PP1", "a)")) for p in numbered)  # the numbers are Word's
    draft = read_draft(out)
    original = [(p.section, p.text) for p in view.paragraphs]
    assert [(p.section.value, p.text) for p in draft.paragraphs] == original
    assert any("proposal" in n.render("en") for n in draft.notes)
    copy = import_docx(room.ws, out, meeting_id=room.vm, doc_type=DocType.DECLARATION, actor=room.chair)
    copied = d.document_view(room.ws, copy.document_id)
    assert [(p.section, p.display, p.text) for p in copied.paragraphs] == [
        (p.section, p.display, p.text) for p in view.paragraphs
    ]


# --- LibreOffice --------------------------------------------------------------------------------

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:tracked-changes>
 <text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>MX</dc:creator>
  <dc:date>2026-01-01T00:00:00</dc:date></office:change-info><text:p>deberán</text:p></text:deletion></text:changed-region>
 <text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>MX</dc:creator>
  <dc:date>2026-01-01T00:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="1">Declaración de prueba</text:h>
<text:p>Considerando el informe de la Red,</text:p>
<text:list><text:list-item><text:p>Los Países Miembros <text:change text:change-id="ct1"/><text:change-start
 text:change-id="ct2"/>procurarán<text:change-end text:change-id="ct2"/> fortalecer la cooperación.<text:note
 text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Nota.</text:p>
 </text:note-body></text:note></text:p></text:list-item>
 <text:list-item><text:p>Reconocer el avance.<office:annotation><dc:creator>CR</dc:creator><text:p>¿Seguro?</text:p>
 </office:annotation></text:p></text:list-item></text:list>
<table:table><table:table-column table:number-columns-repeated="2"/><table:table-row>
 <table:table-cell><text:p>Celda uno</text:p></table:table-cell>
 <table:table-cell><text:p>Celda dos</text:p></table:table-cell>
</table:table-row></table:table>
</office:text></office:body></office:document>
"""


def test_a_libreoffice_docx_is_read_with_its_losses_listed(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    source = tmp_path / "draft.fodt"
    source.write_text(FODT, encoding="utf-8")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "docx",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    draft = read_draft(tmp_path / "draft.docx")
    texts = [p.text for p in draft.paragraphs]
    assert "Los Países Miembros procurarán fortalecer la cooperación." in texts
    assert "Reconocer el avance." in texts and "Celda uno" in texts and "Celda dos" in texts
    assert draft.paragraphs[0].section == Section.TITLE
    report = "\n".join(draft.report("en"))
    assert "footnote" in report and "comment" in report and "table" in report
