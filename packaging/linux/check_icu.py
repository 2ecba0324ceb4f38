"""Checks the bundle's ICU (the data library may be trimmed by packaging/icu_data.py): Spanish and
English collation and locale data are found, as Qt will ask for them.

    python packaging/linux/check_icu.py dist/crm-desktop

The program's self-test would not notice missing ICU data: ICU then falls back to its root locale
without an error. This loads the bundle's own ICU libraries and asks ICU directly.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

U_ZERO_ERROR = 0


def main(bundle: Path) -> int:
    found = sorted(bundle.rglob("libicuuc.so.*"))
    if not found:
        print("ICU: not in the bundle")
        return 0
    folder, version = found[0].parent, found[0].name.rsplit(".", 1)[-1]
    libs = {}
    for name in ("data", "uc", "i18n"):
        libs[name] = ctypes.CDLL(str(folder / f"libicu{name}.so.{version}"), mode=ctypes.RTLD_GLOBAL)
    ucol_open = getattr(libs["i18n"], f"ucol_open_{version}")
    ures_open = getattr(libs["uc"], f"ures_open_{version}")
    for fn in (ucol_open, ures_open):
        fn.restype = ctypes.c_void_p
    problems = []
    for locale in (b"es", b"en"):
        status = ctypes.c_int(U_ZERO_ERROR)
        ures_open(None, locale, ctypes.byref(status))
        if status.value != U_ZERO_ERROR:
            problems.append(f"locale data {locale.decode()}: ICU status {status.value}")
    status = ctypes.c_int(U_ZERO_ERROR)
    ucol_open(b"es", ctypes.byref(status))
    if status.value != U_ZERO_ERROR:
        problems.append(f"Spanish collation: ICU status {status.value}")
    size = (folder / f"libicudata.so.{version}").stat().st_size / 2**20
    if problems:
        print("ICU:", "; ".join(problems), file=sys.stderr)
        return 1
    print(f"ICU {version}: Spanish and English data found (data library {size:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
