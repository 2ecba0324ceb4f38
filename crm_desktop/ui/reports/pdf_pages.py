"""Page images of a PDF for the Reports preview (platform code, kept apart from the view).

PySide6-Essentials ships without QtPdf, so the preview uses, in order: ``PySide6.QtPdf`` when the
installation has it, else Poppler's ``pdftoppm`` when it is on the PATH (Linux packages, Homebrew,
the Windows Poppler builds). When neither is available the view says so and saving still works:
the preview is a convenience, never a step users must pass through.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import tempfile
from pathlib import Path

DPI = 60  # a whole page width fits the preview pane of a laptop screen


def available() -> bool:
    """Whether this computer can draw PDF pages at all."""
    return _qtpdf() or shutil.which("pdftoppm") is not None


def _qtpdf() -> bool:
    try:
        importlib.import_module("PySide6.QtPdf")  # not in PySide6-Essentials
    except ImportError:
        return False
    return True


def render_pages(pdf: bytes, *, dpi: int = DPI, last: int = 20) -> list[bytes] | None:
    """PNG bytes of pages 1..``last`` (None when no renderer is available). Safe off the UI thread."""
    if _qtpdf():
        return _with_qtpdf(pdf, dpi, last)
    exe = shutil.which("pdftoppm")
    if exe is None:
        return None
    return _with_pdftoppm(exe, pdf, dpi, last)


def _with_pdftoppm(exe: str, pdf: bytes, dpi: int, last: int) -> list[bytes]:
    with tempfile.TemporaryDirectory(prefix="crm-preview-") as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [exe, "-r", str(dpi), "-png", "-f", "1", "-l", str(last), str(source), str(Path(tmp) / "page")],
            check=True,
            capture_output=True,
            timeout=120,
        )
        # pdftoppm pads page numbers to the width of the page count: sort by the number, not the text.
        pages = sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.rpartition("-")[2]))
        return [p.read_bytes() for p in pages]


def _with_qtpdf(pdf: bytes, dpi: int, last: int) -> list[bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    out = []
    for page in range(min(document.pageCount(), last)):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = document.render(page, size)
        data = QByteArray()
        target = QBuffer(data)
        target.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(target, "PNG")
        out.append(bytes(data.data()))
    return out
