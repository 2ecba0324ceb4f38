"""benchmarks/figures.py reads each figure from its script's output lines, as the scripts print them."""

from benchmarks.figures import SCRIPTS, Figure, table

OUTPUT = {
    "gui": """first usable window (process start → window painted with its content):
  bare PySide6 window (floor):           1064 ms
  crm-desktop, calendar with meetings:   2360 ms
  ratio: 2.22x (target <= 2x) ABOVE TARGET
whole start (--smoke until usable: rule warnings shown, every section answers a click):
  bare PySide6 window:      1244 ms   peak   63.2 MiB
  crm-desktop --smoke:      9340 ms   peak  138.4 MiB
  ratio: 7.51x (target <= 3x) ABOVE TARGET
  of which QApplication → usable, as reported by --smoke: 8000 ms
  then open for writing too (SQLAlchemy imported, schema checked), process ended: 12000 ms
""",
    "cli_read": """meetings list --json: 795 ms, sqlite3 in a fresh interpreter 256 ms, ratio 3.11x (target <= 4x) ok
  meetings list --json through SQLAlchemy (the usual path): 16292 ms, ratio 63.63x
people list --json: 660 ms, sqlite3 in a fresh interpreter 200 ms, ratio 3.30x (target <= 4x) ok
""",
    "sync": """full export                                      0.541 s  floor    0.2632 s  ratio     2.1x
import into a fresh device                       2.033 s  floor    0.2632 s  ratio     7.7x
export + import                                  2.575 s  floor    0.2632 s  ratio     9.8x  over target 5x
""",
    "drafting": """drafting layer:     40.0 ms
raw pycrdt:         32.0 ms (floor, same updates, same run)
""",
    "drafting_view": "open 60-paragraph document in the editor: 649.2 ms (median of 1)\n",
    "ui_thread": """workspace opened → idle: stalls 223 ms in all, longest 72 ms
show meetings: 105 ms in the slot (4x showing it again, 28.7 ms); then stalls 199 ms in all, longest 162 ms
show drafting: 299 ms in the slot (249x showing it again, 1.2 ms); then stalls 442 ms in all, longest 20 ms
""",
    "people_filter": "view filter + repaint: median 58.42 ms, p95 115.23 ms per keystroke (target <= 50 ms)\n",
    "reports": "ratio: 1.28x (target <= 1.50x)\n",
}


def test_every_figure_is_read_from_its_scripts_output() -> None:
    read = {
        name: reader(OUTPUT[script]) for script, specs in SCRIPTS.items() for name, (_t, _u, reader) in specs.items()
    }
    assert all(v is not None for v in read.values()), [k for k, v in read.items() if v is None]
    values = {k: round(v[0], 2) for k, v in read.items() if v is not None}
    assert values["first usable window vs a bare PySide6 window"] == round(2360 / 1064, 2)
    assert values["bundle export + import vs raw inserts"] == round(2.575 / 0.2632, 2)
    assert values["drafting merge, 11 × 1,000 edits, vs raw pycrdt"] == 1.25
    assert values["first show of a section: longest UI-thread stall"] == 299  # the slot, not the stall after


def test_a_line_not_printed_is_not_read_and_the_table_says_so() -> None:
    reader = SCRIPTS["sync"]["bundle export + import vs raw inserts"][2]
    assert reader("something else entirely") is None
    fig = Figure("export + import", 6.0, "x")
    assert "not read" in table([fig])
    fig.add(7.0)
    fig.add(5.0)
    assert "6.00x (5.00x–7.00x)" in table([fig])
