"""Participant lists in CSV: per-row format errors, the CRM's admission rules row by row,
one-changeset import, idempotent re-import, export round trip, and the CLI."""

from __future__ import annotations

import pytest

from crm_desktop.app import accreditation, participants_csv
from crm_desktop.app.errors import BadInput
from crm_desktop.cli import main
from crm_desktop.domain.model import Role
from tests.helpers import meeting, person

HEADER = "name,category,country,organisation,title,institution,email,phone,roles,segment\n"


def test_rows_are_checked_one_by_one_with_reasons(ws) -> None:  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers")
    text = HEADER + (
        "Ana Pérez,,MX,,Viceministra,SRE,ana@sre.mx,,vice_minister,closed_door\n"
        "Luis Gómez,,MX,,Director,SRE,luis@sre.mx,,high_level_official,closed-door\n"
        "Otro Funcionario,,MX,,Asesor,SRE,otro@sre.mx,,high_level_official,closed_door\n"
        "Sin País,,ZZ,,,,,,delegate,plenary\n"
        ",,CR,,,,,,delegate,plenary\n"
        "Correo Malo,,CR,,,,no-es-correo,,delegate,plenary\n"
        "Observadora,,AR,,,,,,observer_delegate,closed_door\n"
        "Ana Pérez,,MX,,Viceministra,SRE,ana@sre.mx,,vice_minister,closed_door\n"
    )
    rows = participants_csv.preview(ws, vm, text)
    assert [r.status for r in rows] == ["new", "new", "error", "error", "error", "error", "error", "error"]
    reasons = [[e.render("es") for e in r.errors] for r in rows]
    assert "cada Viceministro(a) puede estar acompañado(a) únicamente de un funcionario de alto nivel" in reasons[2][0]
    assert reasons[3] == ["país desconocido «ZZ»"]
    assert reasons[4] == ["falta el nombre"]
    assert reasons[5] == ["correo electrónico no válido «no-es-correo»"]
    assert "a la reunión a puerta cerrada asisten únicamente" in reasons[6][0]
    assert reasons[7] == ["la misma persona ya aparece en la línea 2 para este segmento"]
    assert [r.line for r in rows] == [2, 3, 4, 5, 6, 7, 8, 9]


def test_import_is_all_or_nothing_unless_skipping_invalid_rows(ws) -> None:  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers")
    text = HEADER + "Ana Pérez,,MX,,,,,,vice_minister,closed_door\nSin País,,ZZ,,,,,,delegate,plenary\n"
    with pytest.raises(BadInput) as err:
        participants_csv.import_text(ws, vm, text)
    assert err.value.render("es") == "1 fila con errores; no se importó nada"
    assert accreditation.list_accreditations(ws, vm) == []
    result = participants_csv.import_text(ws, vm, text, skip_invalid=True)
    assert (result.created, result.accredited) == (1, 1)
    assert [a["name"] for a in accreditation.list_accreditations(ws, vm)] == ["Ana Pérez"]


def test_export_then_reimport_recognises_everyone(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    grcm = meeting(ws, "grcm")
    a = person(ws, "José Núñez", country="GT", role=Role.DIRECTOR_MIGRATION)
    b = person(ws, "Oficial OIM", org="OIM")
    accreditation.accredit(ws, grcm, a)
    accreditation.accredit(ws, grcm, b)
    out = tmp_path / "lista.csv"
    assert participants_csv.export_file(ws, grcm, out) == 2
    text = participants_csv.read_file(out)
    assert "José Núñez,member_country,GT" in text and "Oficial OIM,observer_org,,OIM" in text
    rows = participants_csv.preview(ws, grcm, text)
    assert [r.status for r in rows] == ["already", "already"]
    other = meeting(ws, "grcm", start="2026-09-10")
    result = participants_csv.import_text(ws, other, text)
    assert (result.created, result.accredited) == (0, 2)  # the same people, not duplicates


def test_bad_files_are_refused_with_a_clear_message(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers")
    with pytest.raises(BadInput) as err:
        participants_csv.preview(ws, vm, "nombre;pais\nAna;MX\n")
    assert "«name»" in err.value.render("es")
    with pytest.raises(BadInput):
        participants_csv.read_file(tmp_path / "missing.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes((HEADER + "Íñigo Peña,,CR,,,,,,delegate,plenary\n").encode("cp1252"))
    rows = participants_csv.preview(ws, vm, participants_csv.read_file(latin))
    assert rows[0].values["name"] == "Íñigo Peña" and rows[0].status == "new"


def test_cli_dry_run_import_and_export(ws, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers")
    ws_dir = str(ws.directory)
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "Ana Pérez,,MX,,,,,,vice_minister,closed_door\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "Sin País,,ZZ,,,,,,delegate,plenary\n", encoding="utf-8")
    assert main(["--workspace", ws_dir, "participants", "import", str(bad), "--meeting", vm, "--dry-run"]) == 4
    assert "línea 2: país desconocido «ZZ»" in capsys.readouterr().err
    assert main(["--workspace", ws_dir, "participants", "import", str(bad), "--meeting", vm]) == 4
    assert main(["--workspace", ws_dir, "participants", "import", str(good), "--meeting", vm, "--dry-run"]) == 0
    assert accreditation.list_accreditations(ws, vm) == []
    assert main(["--workspace", ws_dir, "participants", "import", str(good), "--meeting", vm[:8]]) == 0
    assert "1 persona acreditada (1 persona nueva)" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert (
        main(["--workspace", ws_dir, "--lang", "en", "participants", "export", "--meeting", vm, "--out", str(out)]) == 0
    )
    assert "Ana Pérez,member_country,MX" in out.read_text(encoding="utf-8-sig")


def test_imported_row_admitted_by_an_invitation_cites_it(ws) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.domain.model import ActKind

    net = meeting(ws, "network_trafficking", start="2026-03-16")
    text = HEADER + "Oficial OIM,,,OIM,,,,,observer_delegate,plenary\n"
    assert participants_csv.preview(ws, net, text)[0].status == "error"
    accreditation.record_act(ws, ActKind.INVITATION, "OIM", meeting_id=net)
    result = participants_csv.import_text(ws, net, text)
    assert result.accredited == 1
    assert [a["exception"] for a in accreditation.list_accreditations(ws, net)] == [True]
