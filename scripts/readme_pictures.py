"""The README's pictures of the window: every section at a laptop's 1366x768 and at 1920x1080, in Spanish
and in English, from the demo workspace, written to docs/images/window/ as palette PNGs (a tenth of the
size, the same to the eye).

    .venv/bin/python scripts/readme_pictures.py

Runs scripts/screenshots.py for each size into a temporary folder and keeps the pictures listed in
PICTURES; look at them before committing.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "images" / "window"
SIZES = ("1366x768", "1920x1080")
# The first picture of each section (and the pages a delegate meets first).
PICTURES = (
    "calendar-month",
    "meeting-page",
    "delegations-accreditation",
    "agenda",
    "drafting-editor",
    "drafting-projector",
    "reports-preview",
    "send-dialog",
    "sync-device",
    "process-overview",
)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            folder = Path(tmp) / size
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(folder), "--size", size],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            for name in PICTURES:
                for lang in ("es", "en"):
                    source = folder / f"{name}-{lang}-{size}.png"
                    image = Image.open(source).convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT)
                    target = OUT / source.name
                    image.save(target, optimize=True)
                    print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
