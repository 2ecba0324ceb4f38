"""Participant CSV files as spreadsheets read them: formula cells neutralised (OWASP), RFC 4180 quoting
both ways, and the product's own export always imports back unchanged."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.app import accreditation, participants_csv
from crm_desktop.app.participants_csv import COLUMNS, csv_text, neutralise, parse, restore
from crm_desktop.app.workspace import Workspace
from tests.helpers import meeting

HEADER = ",".join(COLUMNS) + "\r\n"
# Commas, doubled quotes, line breaks, leading tabs, formulas and our own quote, mixed with words.
CELL = st.text(alphabet=st.sampled_from(list("aé ,\"'\n\r\t=+-@;Ñ|(1)")), max_size=20).map(lambda s: s.strip(" "))
TRICKY_NAMES = [
    'Ministerio "A", Dirección',
    '=HYPERLINK("http://x.example","clic")',
    "+506 2222-3333",
    "-1",
    "@SUM(A1:A2)",
    "\t=1+2",
    "\r=2+3",
    "'=ya citado",
    "Nombre\ncon salto de línea",
    'Comilla "doble" y, coma',
]


@settings(deadline=None, max_examples=200)
@given(values=st.fixed_dictionaries({c: CELL for c in COLUMNS}))
def test_any_row_round_trips_through_the_csv(values: dict[str, str]) -> None:
    values["name"] = values["name"] + "x"  # a row needs some name to be a row
    (row,) = parse(csv_text([values]))
    assert row.values == values


@settings(deadline=None, max_examples=200)
@given(value=CELL)
def test_formula_cells_are_neutralised_and_restored(value: str) -> None:
    out = neutralise(value)
    assert not (out[:1] and out[0] in "=+-@\t\r")
    assert restore(out) == value


def test_a_spreadsheet_reads_every_tricky_name_as_text() -> None:
    text = csv_text([dict.fromkeys(COLUMNS, "") | {"name": n} for n in TRICKY_NAMES])
    cells = [r[0] for r in csv.reader(io.StringIO(text, newline=""))][1:]
    assert all(not c[:1] or c[0] not in "=+-@\t\r" for c in cells)
    assert cells[1].startswith("'=HYPERLINK(")
    assert [r.values["name"] for r in parse(text)] == TRICKY_NAMES


def test_doubled_quotes_and_commas_do_not_shift_columns() -> None:
    text = HEADER + '"Ministerio ""A"", Dirección",,MX,,Director,"Ministerio ""A"", Dirección",,,,plenary\r\n'
    (row,) = parse(text)
    assert row.values["name"] == 'Ministerio "A", Dirección'
    assert row.values["country"] == "MX" and row.values["segment"] == "plenary"
    semicolons = text.replace(",", ";").replace('""A"";', '""A"",')
    (row,) = parse(semicolons)
    assert row.values["country"] == "MX"


def test_the_products_own_export_imports_back_unchanged(ws: Workspace) -> None:
    grcm = meeting(ws, "grcm")
    rows = [
        dict.fromkeys(COLUMNS, "") | {"name": n, "country": "GT", "institution": n, "segment": "plenary"}
        for n in TRICKY_NAMES
    ]
    result = participants_csv.import_text(ws, grcm, csv_text(rows))
    assert result.accredited == len(TRICKY_NAMES)
    exported = participants_csv.export_text(ws, grcm)
    names = sorted(r.values["name"] for r in parse(exported))
    # Stored names lose their surrounding whitespace (tabs too); the formula stays text, neutralised.
    assert names == sorted(n.strip() for n in TRICKY_NAMES)
    assert "'=1+2" in exported
    again = participants_csv.import_text(ws, grcm, exported)
    assert (again.created, again.accredited, again.skipped) == (0, 0, len(TRICKY_NAMES))
    assert participants_csv.export_text(ws, grcm) == exported
    assert len(accreditation.list_accreditations(ws, grcm)) == len(TRICKY_NAMES)
