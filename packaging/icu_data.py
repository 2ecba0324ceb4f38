"""A smaller ICU data library for the Linux bundle: Spanish, English and the root locale only.

Qt links to ICU, whose data library (``libicudata.so.NN``, about 31 MiB) holds every locale's
names, currencies, units, collations and time-zone names, the legacy character-set converters,
the word-break dictionaries of Asian scripts and the transliterators. Qt uses ICU for collation,
case mapping and text codecs; the program speaks Spanish and English. ICU supports leaving out
exactly these slices of its data (its data build tool's locale filter and the ``conversion_mappings``,
``brkitr_dictionaries`` and ``translit`` categories); here the same is done to the built library,
with ICU's own tools: ``icupkg`` lists and removes items, ``genccode`` writes the package back as
an assembler file defining the same symbol, and the C compiler makes a library with the same soname.

Used by ``crm-desktop.spec`` on Linux; any tool missing or step failing keeps the original library
(the build says so), so a build never depends on it.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LANGUAGES = ("en", "es")  # with "root", which every locale falls back to
LIBRARY = re.compile(r"(^|/)libicudata\.so\.(\d+)$")


def _data_symbol(lib: bytes) -> tuple[str, int, int]:
    """(name, file offset, size) of the exported ``icudtNN_dat`` symbol of an ELF64 little-endian library."""
    if lib[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, shentsize, shnum = struct.unpack_from("<Q", lib, 0x28)[0], *struct.unpack_from("<HH", lib, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link]
        for pos in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", lib, pos)
            start = strings[4] + st_name
            name = lib[start : lib.index(b"\0", start)].decode()
            if re.fullmatch(r"icudt\d+_dat", name) and 0 < shndx < len(sections):
                home = sections[shndx]
                return name, home[4] + value - home[3], st_size
    raise ValueError("no icudtNN_dat symbol")


def _removable(item: str) -> bool:
    tree, _, name = item.rpartition("/")
    stem, _, ext = name.rpartition(".")
    if ext in ("cnv", "dict") or tree == "translit":
        return True
    locale = re.fullmatch(r"[a-z]{2,3}(_\w*)?", stem)
    return ext == "res" and locale is not None and stem.split("_")[0] not in KEEP_LANGUAGES


def trim(source: Path, folder: Path) -> Path:
    """A trimmed copy of the ICU data library ``source``, made in ``folder``; raises on any failure."""
    tools = {t: shutil.which(t) for t in ("icupkg", "genccode", "cc")}
    missing = [t for t, path in tools.items() if path is None]
    if missing:
        raise RuntimeError("missing " + ", ".join(missing) + " (Debian/Ubuntu: icu-devtools, gcc)")
    lib = source.read_bytes()
    symbol, offset, size = _data_symbol(lib)
    # icupkg wants each package file named like the package: icudtNN + "l" (little-endian, ASCII).
    package = symbol.removesuffix("_dat") + "l.dat"
    full, trimmed, listing = folder / "full" / package, folder / package, folder / "remove.txt"
    full.parent.mkdir(parents=True, exist_ok=True)
    full.write_bytes(lib[offset : offset + size])
    items = subprocess.run([tools["icupkg"], "-l", str(full)], capture_output=True, text=True, check=True).stdout
    listing.write_text("\n".join(i for i in items.split() if _removable(i)) + "\n")
    trimmed.unlink(missing_ok=True)
    # --ignore-deps: the break rules name the dictionaries left out; ICU then breaks those scripts
    # by rules alone, as with its own data filters.
    subprocess.run(
        [tools["icupkg"], "--ignore-deps", "-r", str(listing), str(full), str(trimmed)], capture_output=True, check=True
    )
    entry = symbol.removesuffix("_dat")
    subprocess.run([tools["genccode"], "-q", "-a", "gcc", "-e", entry, "-d", str(folder), str(trimmed)], check=True)
    out = folder / source.name
    subprocess.run(
        [
            tools["cc"],
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{source.name}",
            "-o",
            str(out),
            str(folder / (trimmed.stem + "_dat.S")),
        ],
        check=True,
    )
    if _data_symbol(out.read_bytes())[0] != symbol:
        raise RuntimeError("the rebuilt library does not export " + symbol)
    return out


def trimmed_icu(binaries: list[tuple[str, str, str]], folder: Path) -> list[tuple[str, str, str]]:
    """The spec's binaries with the ICU data library replaced by a trimmed copy, when it can be made."""
    kept = []
    for dest, src, kind in binaries:
        if LIBRARY.search(dest.replace("\\", "/")):
            try:
                smaller = trim(Path(src), folder)
                print(f"ICU data: {Path(src).stat().st_size >> 20} MiB -> {smaller.stat().st_size >> 20} MiB")
                src = str(smaller)
            except (OSError, ValueError, RuntimeError, subprocess.CalledProcessError) as exc:
                print(f"ICU data kept whole: {exc}")
        kept.append((dest, src, kind))
    return kept
