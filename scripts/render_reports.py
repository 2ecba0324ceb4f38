"""Render every report kind of the demo (or of a workspace) to PDF and PNG, to look at them as a reader would.

    .venv/bin/python scripts/render_reports.py [--workspace DIR] [--out DIR] [--lang es en bilingual]
                                               [--dpi 60] [--all-pages]

Without ``--workspace`` a demo workspace is built in a temporary folder. PDFs and PNGs go to
``--out`` (default ``screenshots/reports``); the PNGs come from poppler's ``pdftoppm``: page 1 of
each document, or every page with ``--all-pages`` (the gallery). A document the CRM refuses to
print (not produced by the body, nothing in it) is listed with the reason.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from crm_desktop.app.errors import AppError
from crm_desktop.app.report_gallery import demo_requests
from crm_desktop.app.reports import render_report
from crm_desktop.app.workspace import Workspace


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--workspace", type=Path)
    ap.add_argument("--out", type=Path, default=Path("screenshots/reports"))
    ap.add_argument("--lang", nargs="+", default=["es"], choices=["es", "en", "bilingual"])
    ap.add_argument("--year", type=int, default=2026)
    ap.add_argument("--dpi", type=int, default=60)
    ap.add_argument("--all-pages", action="store_true", help="every page, not only the first")
    args = ap.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 4
    with tempfile.TemporaryDirectory() as tmp:
        if args.workspace:
            ws = Workspace(args.workspace)
        else:
            from crm_desktop.demo import build_demo

            ws = build_demo(Path(tmp) / "demo")
        try:
            args.out.mkdir(parents=True, exist_ok=True)
            for lang in args.lang:
                for stem, req in demo_requests(ws, lang, args.year):
                    pdf = args.out / f"{stem}.pdf"
                    try:
                        result = render_report(ws, req, pdf)
                    except AppError as exc:
                        print(f"{stem}: not printed: {exc.render('en')}")
                        continue
                    pages = [] if args.all_pages else ["-f", "1", "-l", "1", "-singlefile"]
                    target = pdf.with_suffix("") if not args.all_pages else args.out / stem
                    subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", *pages, pdf, target], check=True)
                    print(f"{pdf}  {result.symbol}  {result.pages} p.")
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
