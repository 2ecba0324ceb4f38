"""The files each operating system reads when it installs CRM Desktop agree with one another.

macOS reads the bundle's Info.plist, Windows the Inno Setup script, Linux desktops the menu entry
and the AppStream metainfo. They all name the same program, and its version always comes from
the package's metadata (``version`` in ``pyproject.toml``), never typed by hand.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from importlib.metadata import version as dist_version
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"  # design sources: icon, menu entry, AppStream metainfo
# CI installs the validators (scripts/bootstrap.sh) and sets this so that a missing one fails there.
REQUIRE_TOOLS = os.environ.get("CRM_REQUIRE_PACKAGING_TOOLS") == "1"


def _load_metadata() -> ModuleType:
    # By path: a "packaging" import would find the PyPI library of that name.
    spec = importlib.util.spec_from_file_location("crm_app_metadata", PACKAGING / "app_metadata.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


meta = _load_metadata()


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if REQUIRE_TOOLS:
            pytest.fail(f"{name} is not installed (scripts/bootstrap.sh installs it)")
        pytest.skip(f"{name} is not installed here")
    return path


# --- macOS --------------------------------------------------------------------------------------


def test_the_info_plist_is_valid_and_names_the_bundle_its_icon_and_the_packaged_version(tmp_path: Path) -> None:
    version = dist_version("crm-desktop")
    assert meta.version() == version
    written = tmp_path / "Info.plist"
    written.write_bytes(plistlib.dumps(meta.macos_info_plist(meta.version()), fmt=plistlib.FMT_XML))
    info = plistlib.loads(written.read_bytes())  # a malformed value would not survive the round trip
    assert info["CFBundleIdentifier"] == "org.crmsv.CRMDesktop"
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == version
    assert re.fullmatch(r"\d+(\.\d+){0,2}", info["CFBundleVersion"])  # what macOS accepts as a bundle version
    assert info["CFBundleIconFile"] == "crm-desktop.icns"
    assert info["CFBundleExecutable"] == "crm-desktop" and info["CFBundlePackageType"] == "APPL"
    assert info["CFBundleLocalizations"] == ["es", "en"] and info["CFBundleDevelopmentRegion"] == "es"
    assert info["LSMinimumSystemVersion"] == "11.0" and info["NSHighResolutionCapable"] is True


def test_the_spec_builds_the_app_from_the_shared_metadata() -> None:
    spec = (PACKAGING / "crm-desktop.spec").read_text(encoding="utf-8")
    assert "VERSION = app_metadata.version()" in spec
    assert "info_plist=app_metadata.macos_info_plist(VERSION)" in spec
    assert "bundle_identifier=APP_ID" in spec and "APP_ID = app_metadata.APP_ID" in spec
    assert 'ICONS / "crm-desktop.icns"' in spec  # the icon named in the plist is the one the build makes
    assert '"crm-desktop.icns"' in (PACKAGING / "make_icons.py").read_text(encoding="utf-8")


# --- Windows ------------------------------------------------------------------------------------


def _inno_setup() -> dict[str, str]:
    text = (PACKAGING / "windows" / "crm-desktop.iss").read_text(encoding="utf-8")
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    out = {}
    for line in section.splitlines():
        if "=" in line and not line.lstrip().startswith(";"):
            key, _, value = line.partition("=")
            out[key.strip()] = value.strip()
    return out


def test_the_windows_installer_is_per_user_and_takes_the_version_from_the_package() -> None:
    setup = _inno_setup()
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"] == "{autopf}\\{#AppName}"  # per-user Programs folder with "lowest"
    assert setup["AppId"] == "{{" + meta.WINDOWS_APP_ID + "}"  # "{{" escapes the brace in Inno Setup
    assert re.fullmatch(r"[0-9A-F]{8}-([0-9A-F]{4}-){3}[0-9A-F]{12}", meta.WINDOWS_APP_ID)
    assert setup["AppVersion"] == setup["VersionInfoVersion"] == "{#AppVersion}"
    iss = (PACKAGING / "windows" / "crm-desktop.iss").read_text(encoding="utf-8")
    assert f'#define AppName "{meta.APP_NAME}"' in iss and f'#define AppExe "{meta.EXECUTABLE}.exe"' in iss
    assert "#error" in iss.split("#ifndef AppVersion", 1)[1].split("#endif", 1)[0]  # no version, no installer
    build = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "version('crm-desktop')" in build and '"/DAppVersion=$version"' in build


# --- Linux --------------------------------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(RESOURCES / "linux" / f"{meta.APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo(tmp_path: Path) -> Path:
    """The metainfo as scripts/build_linux.sh fills it in."""
    text = (RESOURCES / "linux" / f"{meta.APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert "@VERSION@" in text and "@DATE@" in text
    out = tmp_path / f"{meta.APP_ID}.metainfo.xml"
    out.write_text(text.replace("@VERSION@", meta.version()).replace("@DATE@", date.today().isoformat()), "utf-8")
    return out


def test_the_menu_entry_and_the_metainfo_name_the_same_program(tmp_path: Path) -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == meta.APP_ID and entry["Exec"] == meta.EXECUTABLE
    assert entry["StartupWMClass"] == meta.EXECUTABLE and entry["Name"] == meta.APP_NAME
    root = ET.parse(_metainfo(tmp_path)).getroot()
    assert root.findtext("id") == meta.APP_ID and root.findtext("name") == meta.APP_NAME
    assert root.findtext("launchable") == f"{meta.APP_ID}.desktop"
    [release] = root.iter("release")
    assert release.get("version") == dist_version("crm-desktop")
    main = (ROOT / "crm_desktop" / "ui" / "main.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{meta.APP_ID}")' in main  # Wayland matches the window to the menu entry
    build = (ROOT / "scripts" / "build_linux.sh").read_text(encoding="utf-8")
    assert "s/@VERSION@/$VERSION/" in build


def test_desktop_file_validate_accepts_the_menu_entry() -> None:
    tool = _tool("desktop-file-validate")
    proc = subprocess.run(
        [tool, str(RESOURCES / "linux" / f"{meta.APP_ID}.desktop")], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "", proc.stdout + proc.stderr


def test_appstreamcli_accepts_the_metainfo(tmp_path: Path) -> None:
    tool = _tool("appstreamcli")
    proc = subprocess.run(
        [tool, "validate", "--no-net", str(_metainfo(tmp_path))], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # Errors and warnings fail; infos (a tag newer than this validator knows) do not.
    assert not re.search(r"^[EW]: ", proc.stdout, re.MULTILINE), proc.stdout
