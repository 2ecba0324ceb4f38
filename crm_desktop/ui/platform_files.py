"""Opening a saved file, and showing it in the system's file manager, on each platform.

``open_file`` hands the file to its default program (a mail client for ``.eml``). ``show_in_folder``
opens the folder with the file selected where the file manager can do it (Explorer's ``/select``,
Finder's ``open -R``, the freedesktop FileManager1 interface through ``dbus-send``), else the folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def reveal_command(path: Path, platform: str = sys.platform) -> list[str] | None:
    """The command that shows ``path`` selected in the file manager; None: open the folder instead."""
    if platform.startswith("win"):
        return ["explorer", f"/select,{path}"]
    if platform == "darwin":
        return ["open", "-R", str(path)]
    if shutil.which("dbus-send"):
        return [
            "dbus-send",
            "--session",
            "--dest=org.freedesktop.FileManager1",
            "--type=method_call",
            "/org/freedesktop/FileManager1",
            "org.freedesktop.FileManager1.ShowItems",
            f"array:string:{QUrl.fromLocalFile(str(path)).toString()}",
            "string:",
        ]
    return None


def show_in_folder(path: Path) -> bool:
    """Show ``path`` in its folder; True when something was asked to open it."""
    command = reveal_command(path) if path.exists() else None
    if command is not None:
        try:
            subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return True
        except OSError:
            pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent if path.is_file() else path)))
