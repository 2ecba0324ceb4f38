"""Check that a built Linux bundle needs nothing from the system beyond what every desktop has.

    python packaging/linux/check_bundle_libs.py dist/crm-desktop

For every shared library and executable in the bundle, ``ldd`` (with the bundle's folder first on
the library path, as the bundle's launcher arranges) shows where each dependency comes from. A
dependency found outside the bundle must be one of :data:`SYSTEM`: the C library, and the graphics
and display libraries that must match the machine's drivers and display server (so they are never
shipped). Anything else resolved from this build machine's system folders would be missing on a
fresh machine: the check lists it and fails.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

SYSTEM = re.compile(
    r"^(linux-vdso|ld-linux[-\w.]*|libc|libm|libpthread|libdl|librt|libresolv|libutil"  # the C library
    r"|libz"  # zlib, which the launcher loads before it can point at the bundle (every system has it)
    r"|libGL|libGLX|libGLdispatch|libEGL|libOpenGL|libgbm|libdrm"  # the machine's graphics drivers
    r"|libxcb|libwayland-client|libwayland-cursor|libwayland-egl)\.so"  # the display server's protocol
)


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(path)
    return sorted(found)


def outside_dependencies(root: Path) -> dict[str, set[str]]:
    """{library name: bundled files that load it from outside the bundle} for non-system libraries."""
    internal = root / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal if internal.is_dir() else root)}
    problems: dict[str, set[str]] = {}
    for path in elf_files(root):
        # The launcher itself starts before the bundle's folder is on the library path.
        launcher = path.parent == root
        run_env = {k: v for k, v in env.items() if k != "LD_LIBRARY_PATH"} if launcher else env
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=run_env, check=False).stdout
        for line in out.splitlines():
            parts = line.split()
            if not parts or parts[0].startswith("/") or "statically" in line:
                continue
            name = parts[0]
            where = parts[2] if len(parts) > 2 and parts[1] == "=>" else ""
            inside = where.startswith(str(root.resolve())) or where.startswith(str(root))
            if where == "not" or (not inside and not SYSTEM.match(name)):
                problems.setdefault(name, set()).add(str(path.relative_to(root)))
    return problems


def main(root: Path) -> int:
    problems = outside_dependencies(root)
    for name, users in sorted(problems.items()):
        print(f"{name}: needed by {', '.join(sorted(users)[:4])}{' …' if len(users) > 4 else ''}")
    if problems:
        print(f"{len(problems)} libraries would be missing on a fresh machine", file=sys.stderr)
        return 1
    print("bundle libraries: only the C library and the graphics/display libraries come from the system")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
