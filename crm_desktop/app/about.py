"""What the About dialog and ``crm-desktop about`` show: version, licence, third-party licences.

Everything comes from the installed distributions' metadata (``importlib.metadata``), the same
way in a virtual environment and in the bundled program (the bundle ships the ``.dist-info``
folders for this reason), so the list cannot drift from what is actually shipped: it is the
closure of CRM Desktop's runtime requirements, without the test tools.
"""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

DIST_NAME = "crm-desktop"
_REQ_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|OFL|NOTICE)", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    """One third-party component: a Python distribution or a bundled resource (a font)."""

    name: str
    version: str
    licence: str
    licence_files: tuple[str, ...] = ()
    homepage: str = ""


@dataclass(frozen=True)
class AboutInfo:
    name: str
    version: str
    licence: str
    summary: str
    python: str
    platform: str
    bundled: bool
    components: list[Component] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """A metadata field's first value, "" when absent (the protocol has no ``get``; ``get_all`` never raises)."""
    values = meta.get_all(name)
    return str(values[0]) if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The distribution's licence in a few words: SPDX expression, short licence field or classifier."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field_value = _field(meta, "License").strip()
    if field_value and "\n" not in field_value and len(field_value) <= 60:
        return field_value
    classifiers = [
        c.split(" :: ")[-1] for c in (meta.get_all("Classifier") or []) if c.startswith("License :: ") and "::" in c
    ]
    if classifiers:
        return " / ".join(classifiers)
    if field_value:
        return field_value.splitlines()[0][:60]
    return "unknown"


def _homepage(meta: metadata.PackageMetadata) -> str:
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return url.strip()
    return _field(meta, "Home-page")


def runtime_distributions(root: str = DIST_NAME) -> list[metadata.Distribution]:
    """The installed distributions ``root`` needs at run time (its requirements' closure, no extras)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = _normalise(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python version
        seen[key] = dist
        for requirement in dist.requires or []:
            _, _, marker = requirement.partition(";")
            if "extra" in marker:
                continue
            m = _REQ_NAME.match(requirement)
            if m:
                pending.append(m.group(1))
    seen.pop(_normalise(root), None)
    return sorted(seen.values(), key=lambda d: _normalise(d.metadata["Name"]))


def _resource_components() -> list[Component]:
    """Licences of files shipped in ``crm_desktop/resources`` (fonts), one entry per folder."""
    import crm_desktop.resources as resources

    base = Path(resources.__file__).parent
    found: list[Component] = []
    for folder in sorted(p for p in base.rglob("*") if p.is_dir()):
        licences = sorted(p.name for p in folder.iterdir() if p.is_file() and _LICENCE_FILE.search(p.name))
        if licences:
            rel = folder.relative_to(base).as_posix()
            found.append(Component(name=f"resources/{rel}", version="", licence=", ".join(licences)))
    return found


def about_info() -> AboutInfo:
    from crm_desktop import __version__

    try:
        own = metadata.metadata(DIST_NAME)
        licence, summary = licence_of(own), _field(own, "Summary")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        licence, summary = "MIT", ""
    components = [
        Component(
            name=str(d.metadata["Name"]),
            version=d.version,
            licence=licence_of(d.metadata),
            licence_files=tuple(d.metadata.get_all("License-File") or ()),
            homepage=_homepage(d.metadata),
        )
        for d in runtime_distributions()
    ]
    return AboutInfo(
        name="CRM Desktop",
        version=__version__,
        licence=licence,
        summary=summary,
        python=platform.python_version(),
        platform=platform.platform(),
        bundled=bool(getattr(sys, "frozen", False)),
        components=components + _resource_components(),
    )


def licence_text(component: str) -> str | None:
    """The full licence text(s) of a distribution or a ``resources/...`` folder, for the dialog."""
    if component.startswith("resources/"):
        import crm_desktop.resources as resources

        folder = Path(resources.__file__).parent / component.removeprefix("resources/")
        files = sorted(p for p in folder.glob("*") if p.is_file() and _LICENCE_FILE.search(p.name))
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
        return "\n\n".join(texts) or None
    try:
        dist = metadata.distribution(component)
    except metadata.PackageNotFoundError:
        return None
    texts = []
    for name in dist.metadata.get_all("License-File") or []:
        # PEP 639 puts them under licenses/; older wheels put them beside METADATA.
        text = dist.read_text(f"licenses/{name}") or dist.read_text(name)
        if text:
            texts.append(text)
    if not texts:
        field_value = _field(dist.metadata, "License")
        return field_value if "\n" in field_value else None
    return "\n\n".join(texts)
