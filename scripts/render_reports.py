"""Render page 1 of every document kind to PNG, to look at them as a reader would.

    .venv/bin/python scripts/render_reports.py [--workspace DIR] [--out DIR] [--lang es en bilingual] [--dpi 60]

Without ``--workspace`` a demo workspace is built in a temporary folder. PDFs and PNGs go to
``--out`` (default ``screenshots/reports``); the PNGs come from poppler's ``pdftoppm``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.reports import ReportRequest, render_report
from crm_desktop.app.workspace import Workspace

# kind, body of the meeting it is printed for, segment
JOBS = [
    ("agenda", "viceministers", "plenary"),
    ("agenda", "viceministers", "closed_door"),
    ("agenda", "grcm", "plenary"),
    ("participants", "viceministers", "plenary"),
    ("participants", "viceministers", "closed_door"),
    ("declaration", "viceministers", "plenary"),
    ("conclusions", "grcm", "plenary"),
    ("recommendations", "grcm", "plenary"),
    ("network-report", "network_trafficking", "plenary"),
    ("compilation", "grcm", "plenary"),
    ("dossier", "viceministers", "plenary"),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workspace", type=Path)
    ap.add_argument("--out", type=Path, default=Path("screenshots/reports"))
    ap.add_argument("--lang", nargs="+", default=["es"], choices=["es", "en", "bilingual"])
    ap.add_argument("--year", type=int, default=2026)
    ap.add_argument("--dpi", type=int, default=60)
    args = ap.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 4
    with tempfile.TemporaryDirectory() as tmp:
        if args.workspace:
            ws = Workspace(args.workspace)
        else:
            from crm_desktop.app.demo import build_demo

            ws = build_demo(Path(tmp) / "demo")
        try:
            args.out.mkdir(parents=True, exist_ok=True)
            meetings = list_meetings(ws, year=args.year)
            for lang in args.lang:
                requests = [ReportRequest("calendar", lang, year=args.year)]
                for kind, body, segment in JOBS:
                    ids = [m["id"] for m in meetings if m["body"] == body]
                    if ids:
                        requests.append(ReportRequest(kind, lang, meeting_id=ids[0], segment=segment))
                for req in requests:
                    stem = f"{req.kind}-{body_of(req, meetings)}-{req.segment}-{lang}"
                    pdf = args.out / f"{stem}.pdf"
                    result = render_report(ws, req, pdf)
                    subprocess.run(
                        [
                            "pdftoppm",
                            "-r",
                            str(args.dpi),
                            "-png",
                            "-f",
                            "1",
                            "-l",
                            "1",
                            "-singlefile",
                            pdf,
                            pdf.with_suffix(""),
                        ],
                        check=True,
                    )
                    print(f"{pdf.with_suffix('.png')}  {result.symbol}  {result.pages} p.")
        finally:
            ws.close()
    return 0


def body_of(req: ReportRequest, meetings: list[dict[str, str]]) -> str:
    return next((m["body"] for m in meetings if m["id"] == req.meeting_id), "year")


if __name__ == "__main__":
    sys.exit(main())
