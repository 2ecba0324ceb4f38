"""Moving bundle files: save and open, and a shared folder (Syncthing, Nextcloud, a network drive).

Writers never expose a half-written bundle: they write a temporary name, flush it to disk, then
rename it into place, which is atomic on one file system. In a shared folder each bundle is one
file named ``<sender>-<sequence>-<bundle id>.crmb``, so several laptops can write without clashing
and a reader can skip what it already holds from the name alone.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.domain.errors import AppError
from crm_desktop.store.local_files import read_input
from crm_desktop.sync.errors import BundleError
from crm_desktop.sync.limits import MAX_BUNDLE

SUFFIX = ".crmb"
TEMP_SUFFIX = ".part"
MEDIA_TYPE = "application/vnd.crm-desktop.bundle"
_NAME = re.compile(r"(?P<sender>[0-9A-Za-z_]{1,32})-(?P<seq>[0-9]{1,12})-(?P<bundle>[0-9a-f]{32})\.crmb")


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}{TEMP_SUFFIX}")
    # 0600 whatever the umask: bundles and key backups are for their recipients only.
    with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600), "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


def read_bundle_file(path: Path) -> bytes:
    """Read a bundle, refusing an oversized or special file (a pipe, a device) before reading it."""
    size = path.stat().st_size  # a missing file: OSError, which the callers report as such
    if size > MAX_BUNDLE:
        raise BundleError("sync.reason.too_large", size=size, limit=MAX_BUNDLE)
    try:
        return read_input(path, limit=MAX_BUNDLE)
    except AppError as exc:  # refused like any bad bundle: a folder pass goes on with the next file
        raise BundleError(exc.message.code, **exc.message.params) from None


def folder_name(sender: str, seq: int, bundle_id: str) -> str:
    return f"{sender}-{seq}-{bundle_id}{SUFFIX}"


@dataclass(frozen=True)
class FolderEntry:
    path: Path
    sender: str
    seq: int
    bundle_id: str


def folder_entries(directory: Path) -> list[FolderEntry]:
    """Complete bundle files in ``directory`` (temporary files of writers in progress are ignored)."""
    out: list[FolderEntry] = []
    for p in sorted(directory.iterdir()):
        m = _NAME.fullmatch(p.name)
        if m and p.is_file():
            out.append(FolderEntry(p, m["sender"], int(m["seq"]), m["bundle"]))
    return sorted(out, key=lambda e: (e.sender, e.seq))
