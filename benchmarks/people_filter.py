"""Filtering the 3,000-person table: ms per keystroke through the Qt proxy vs a plain Python list
filter of the same rows, measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/people_filter.py

The rows are synthetic people shaped like ``people.list_people`` rows (names with accents, countries,
roles), so the figure does not depend on a generated workspace. Each "keystroke" types one more
character of a query (then deletes back), the way a user narrows a search.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTableView

from crm_desktop.ui.models.rows import Column, RowFilterProxy, RowsTableModel, fold

FIRST = ["Ana", "José", "María", "Luis", "Ángela", "Tomás", "Lucía", "Jean", "Kevin", "Sofía", "Íñigo", "Paula"]
LAST = ["Pérez", "Núñez", "Gómez", "Ríos", "Herrera", "Smith", "Tremblay", "Quirós", "Ibáñez", "Castro", "Díaz"]
COUNTRIES = ["BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA", "DO", "AR", "CO", "EC", "JM", "PE"]
ROLES = ["delegate", "focal_point", "vice_minister", "high_level_official", "director_migration"]
QUERIES = ["maria perez", "gt focal", "nunez", "herrera mx", "zzz"]


def people(n: int) -> list[dict[str, object]]:
    rnd = random.Random(7)
    return [
        {
            "id": f"p{i}",
            "name": f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {rnd.choice(LAST)}",
            "country": rnd.choice(COUNTRIES),
            "category": "member_country",
            "roles": [rnd.choice(ROLES)],
            "title": "Director(a) de Migración",
            "institution": f"Instituto {i % 40}",
            "email": f"persona{i}@example.org",
        }
        for i in range(n)
    ]


def keystrokes(query: str) -> list[str]:
    grow = [query[:i] for i in range(1, len(query) + 1)]
    return grow + grow[-2::-1] + [""]


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    rows = people(3000)
    columns = [
        Column("name", lambda: "Nombre"),
        Column("country", lambda: "País"),
        Column("roles", lambda: "Funciones", lambda r: ", ".join(r["roles"])),  # type: ignore[arg-type]
        Column("title", lambda: "Cargo"),
        Column("institution", lambda: "Institución"),
        Column("email", lambda: "Correo"),
    ]
    model = RowsTableModel(columns)
    model.set_rows(rows)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1000, 700)
    view.grab()  # laid out and painted once, as on screen

    proxy_ms: list[float] = []
    list_ms: list[float] = []
    texts = [fold(" ".join(c.text(r) for c in columns)) for r in rows]
    for query in QUERIES:
        for text in keystrokes(query):
            t0 = time.perf_counter()
            proxy.set_text(text)
            view.grab()  # the repaint the user waits for
            proxy_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            terms = fold(text).split()
            matched = [r for r, t in zip(rows, texts, strict=True) if all(x in t for x in terms)]
            list_ms.append((time.perf_counter() - t0) * 1000)
            assert len(matched) == proxy.rowCount()
    p, q = statistics.median(proxy_ms), statistics.median(list_ms)
    print(f"rows: {len(rows)}, keystrokes: {len(proxy_ms)}")
    p95 = sorted(proxy_ms)[int(len(proxy_ms) * 0.95)]
    print(f"proxy filter + repaint: median {p:.2f} ms, p95 {p95:.2f} ms per keystroke (target <= 50 ms)")
    print(f"plain Python list filter (floor): median {q:.2f} ms per keystroke")
    print(f"ratio proxy/floor: {p / q:.1f}x")
    del app
    return 0 if p <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
