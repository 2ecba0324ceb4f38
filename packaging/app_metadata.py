"""The identity of CRM Desktop as the operating systems see it, declared once for every package.

The PyInstaller spec builds the macOS ``Info.plist`` from :func:`macos_info_plist`; the Windows
installer script and the Linux menu entry and AppStream file repeat these names in their own
formats, and ``tests/packaging`` checks that they all agree with this module and that the version
always comes from the installed package's metadata (``version`` in ``pyproject.toml``).
"""

from __future__ import annotations

from importlib.metadata import version as dist_version
from typing import Any

DIST_NAME = "crm-desktop"  # the Python distribution, whose metadata carries the version
APP_NAME = "CRM Desktop"
APP_ID = "org.crmsv.CRMDesktop"  # reverse-DNS id: macOS bundle, Linux menu entry, AppStream, Wayland app id
EXECUTABLE = "crm-desktop"
ICNS = "crm-desktop.icns"  # made by packaging/make_icons.py
# Inno Setup's AppId: identifies the program across versions on Windows (upgrades replace it); never change it.
WINDOWS_APP_ID = "F6603C88-78DB-4647-A053-6FDF37629571"


def version() -> str:
    """The version of the installed package (``pip install -e .`` must have run)."""
    return dist_version(DIST_NAME)


def macos_info_plist(app_version: str) -> dict[str, Any]:
    """The Info.plist keys of ``CRM Desktop.app`` (PyInstaller adds the executable's own)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleExecutable": EXECUTABLE,
        "CFBundleIconFile": ICNS,
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": app_version,
        "CFBundleVersion": app_version,
        "CFBundleDevelopmentRegion": "es",
        "CFBundleLocalizations": ["es", "en"],
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "© CRM Desktop developers, MIT licence",
    }
