"""Start-up of the bundled program against the same code run from the virtual environment; bundle size.

    python benchmarks/bundle_startup.py [--bundle dist/crm-desktop] [--runs 7]

Both programs open the same demo workspace with ``--smoke`` (main window shown, calendar painted,
exit) when the desktop window is part of the build, else run ``--version``. Runs alternate between
the two so that both see the same machine load; the figure is the median wall-clock time of the
whole process, and the ratio bundle / virtual environment is compared with the target (<= 1.2).
The bundle is built first (PyInstaller, ``packaging/crm-desktop.spec``) when it does not exist.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.2


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(bundle: Path) -> None:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    print(f"building {bundle} ...", flush=True)
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(ROOT / "build" / "icons")], check=True
    )
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(bundle.parent),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "crm-desktop.spec"),
        ],
        check=True,
    )


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "crm-desktop")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    bundle: Path = args.bundle
    if not (bundle / "crm-desktop").exists():
        build(bundle)
    frozen = [str(bundle / "crm-desktop")]
    venv = [sys.executable, "-m", "crm_desktop.cli"]

    with tempfile.TemporaryDirectory(prefix="crm-bundle-bench-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "CRM_DESKTOP_HOME": str(Path(tmp) / "home"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
        }
        workspace = Path(tmp) / "demo"
        subprocess.run([*venv, "--workspace", str(workspace), "demo"], env=env, check=True, capture_output=True)
        smoke = importlib.util.find_spec("crm_desktop.ui.main") is not None
        mode = ["--workspace", str(workspace), "--smoke"] if smoke else ["--version"]

        for command in (frozen, venv):  # warm the file cache once each
            timed([*command, *mode], env)
        bundle_times, venv_times = [], []
        for _ in range(args.runs):
            bundle_times.append(timed([*frozen, *mode], env))
            venv_times.append(timed([*venv, *mode], env))

    b, v = statistics.median(bundle_times), statistics.median(venv_times)
    ratio = b / v
    verdict = "ok" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    what = "--smoke (window shown, calendar painted)" if smoke else "--version (no desktop window in this build)"
    print(f"start-up measured with {what}, median of {args.runs} alternating runs")
    print(f"{'virtual environment (floor)':<44} {v:9.3f} s")
    print(f"{'bundled program':<44} {b:9.3f} s   ratio {ratio:.2f}x (target <= {TARGET_RATIO}x) {verdict}")
    print(f"{'bundle size (unpacked)':<44} {folder_size(bundle) / 2**20:9.1f} MiB")
    tarballs = sorted((bundle.parent).glob("crm-desktop-*-linux-*.tar.gz"))
    if tarballs:
        print(f"{'tarball ' + tarballs[-1].name:<44} {tarballs[-1].stat().st_size / 2**20:9.1f} MiB")


if __name__ == "__main__":
    main()
