"""Benchmark: the semi-annual progress report over 20 years of the large workspace.

Builds the large workspace (``benchmarks/generate.py``: 20 years of meetings, people, agendas and
decisions through the real services) and adds 20 years of the Plan of Action: activities, indicators
and values per semester, written through the change log (one changeset per year, as a real workspace
would hold them). ``--plan-only`` skips the meetings and people for a quicker run. Then times:

- assembling the report data for the last semester, against a floor measured in the same run: reading
  the same three tables as raw rows with no computation;
- writing the PDF, against a floor: a bare ReportLab document with one table of as many rows as the
  report shows, same fonts.

Prints the ratios (lower is better; 1.0 would be as fast as the floor). Run:
``.venv/bin/python benchmarks/progress.py [--years 20] [--plan-only]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from crm_desktop.app.progress_report import assemble, write_pdf
from crm_desktop.app.workspace import Workspace, init_workspace, new_id
from crm_desktop.domain.model import Audience
from crm_desktop.domain.plan_of_action import default_themes
from crm_desktop.domain.reference import member_codes
from crm_desktop.store.tables.process import PoaActivity, PoaIndicator, PoaIndicatorValue, PoaTheme

KINDS = ("information_exchange", "seminar", "training", "project")
ACTIVITIES_PER_YEAR = 40
INDICATORS_PER_YEAR = 6


def generate(ws: Workspace, years: int, *, last_year: int, seed: int = 20) -> None:
    rng = random.Random(seed)
    themes = [t.key for t in default_themes()]
    members = member_codes()
    indicators: list[tuple[str, float, float, int]] = []
    with ws.change(Audience.PUBLIC) as ch:
        for i, t in enumerate(default_themes()):
            ch.put(PoaTheme, t.key, position=i, name_es=t.name_es, name_en=t.name_en)
    for year in range(last_year - years + 1, last_year + 1):
        with ws.change(Audience.PUBLIC) as ch:
            for n in range(ACTIVITIES_PER_YEAR):
                start = date(year, rng.randint(1, 12), 1)
                end = date(year + rng.randint(0, 1), rng.randint(1, 12), 28)
                end = max(end, start)
                status = rng.choice(["done"] * 6 + ["in_progress", "planned", "cancelled"])
                ch.put(
                    PoaActivity,
                    new_id(),
                    theme=rng.choice(themes),
                    kind=rng.choice(KINDS),
                    title_es=f"Actividad {year}-{n:02d} del Plan de Acción",
                    title_en=f"Activity {year}-{n:02d} of the Plan of Action",
                    responsible=rng.choice(members),
                    start=start,
                    end=end,
                    priority=rng.random() < 0.4,
                    needs_funding=False,
                    status=status,
                    completed_on=end if status == "done" else None,
                )
            for n in range(INDICATORS_PER_YEAR):
                iid = new_id()
                base = float(rng.randint(0, 20))
                target = base + rng.randint(5, 100)
                indicators.append((iid, base, target, year))
                ch.put(
                    PoaIndicator,
                    iid,
                    theme=rng.choice(themes),
                    name_es=f"Indicador {year}-{n}",
                    name_en=f"Indicator {year}-{n}",
                    unit="casos",
                    baseline=base,
                    target=target,
                )
            for iid, base, target, since in indicators:
                for half in (1, 2):
                    progress = min(1.0, (year - since + half / 2) / 6 + rng.random() * 0.1)
                    ch.put(
                        PoaIndicatorValue,
                        f"{iid}:{year}-{half}",
                        indicator_id=iid,
                        semester=f"{year}-{half}",
                        value=round(base + (target - base) * progress, 1),
                    )


def best_of(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def floor_read(ws: Workspace) -> int:
    with ws.read() as s:
        rows = s.execute(select(PoaActivity.__table__)).all()
        rows += s.execute(select(PoaIndicator.__table__)).all()
        rows += s.execute(select(PoaIndicatorValue.__table__)).all()
    return len(rows)


def floor_pdf(path: Path, rows: int) -> None:
    """The same number of table rows, in the shared base's data table, with nothing else."""
    from datetime import date

    from reportlab.lib.units import mm

    from crm_desktop.reports.base import DocumentInfo, build_pdf
    from crm_desktop.reports.tables import data_table

    body = [[f"Fila {i} del informe", "0", "100", "50", "50 %"] for i in range(rows)]
    info = DocumentInfo(title="floor", symbol="FLOOR", meeting="floor", date=date(2026, 1, 1))
    build_pdf(path, info, [data_table(["a", "b", "c", "d", "e"], body, [70 * mm, 20 * mm, 18 * mm, 36 * mm, 20 * mm])])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--plan-only", action="store_true", help="no meetings and people: the Plan of Action alone")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        # The large workspace covers the 20 years up to 2025 (see benchmarks/generate.py).
        last_year = 2025
        t0 = time.perf_counter()
        if args.plan_only:
            ws = init_workspace(d / "ws", "benchmark")
        else:
            from benchmarks.generate import generate as generate_large

            generate_large(d / "ws", years=args.years)
            ws = Workspace(d / "ws")
        generate(ws, args.years, last_year=last_year)
        gen = time.perf_counter() - t0
        semester = f"{last_year}-2"
        data = assemble(ws, semester, lang="es")
        shown = sum(len(s.indicators) + len(s.done) + len(s.delayed) + len(s.pending) for s in data.sections)
        n_rows = floor_read(ws)
        t_floor = best_of(lambda: floor_read(ws), args.runs)
        t_assemble = best_of(lambda: assemble(ws, semester, lang="es"), args.runs)
        t_floor_pdf = best_of(lambda: floor_pdf(d / "floor.pdf", shown), args.runs)
        t_pdf = best_of(lambda: write_pdf(data, d / "report.pdf"), args.runs)
        ws.close()
        kind = "Plan of Action only" if args.plan_only else "large workspace"
        print(f"data: {kind}, {args.years} years, {n_rows} Plan of Action rows; generated in {gen:.1f} s")
        print(f"report {semester}: {data.totals}; {shown} table rows shown")
        print(
            f"assemble: {t_assemble * 1000:.1f} ms vs floor (raw read) {t_floor * 1000:.1f} ms: "
            f"ratio {t_assemble / t_floor:.2f}"
        )
        print(
            f"pdf:      {t_pdf * 1000:.1f} ms vs floor (bare table PDF) {t_floor_pdf * 1000:.1f} ms: "
            f"ratio {t_pdf / t_floor_pdf:.2f}"
        )


if __name__ == "__main__":
    main()
