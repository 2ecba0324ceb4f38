"""Update the interface translations, compile them, or check that they are complete and current.

    .venv/bin/python scripts/i18n.py           # lupdate → .ts (es, en), then lrelease → .qm
    .venv/bin/python scripts/i18n.py --check   # fail on unfinished English or stale .ts/.qm

Source strings are Spanish (``self.tr("Reuniones")``). ``crm_desktop_es.ts`` is the identity
translation, filled in automatically; ``crm_desktop_en.ts`` is translated by people (Qt Linguist or
any editor). The ``.ts`` sources live in the top-level ``i18n/`` (with ``GLOSSARY.md``); the compiled
``.qm`` files are committed inside the package (``crm_desktop/i18n``) so an installed wheel has them.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "crm_desktop" / "ui"
TS_DIR = ROOT / "i18n"  # translator-facing sources
QM_DIR = ROOT / "crm_desktop" / "i18n"  # compiled catalogues, shipped in the package
LANGS = {"es": "es_ES", "en": "en_US"}


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in the virtual environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def lupdate(ts: Path, lang: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            LANGS["es"],
            "-target-language",
            LANGS[lang],
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def fill_identity(ts: Path) -> None:
    """Spanish is the source language: its translation of a message is the message itself.

    Plural messages ("%n reunión(es)") are the exception: their singular and plural forms are
    written by people, like the English ones, and stay unfinished until they are.
    """
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        if message.get("numerus") == "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") == "unfinished" or not translation.text:
            translation.attrib.pop("type", None)
            translation.text = source
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def unfinished(ts: Path) -> list[str]:
    out = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") == "unfinished":
            out.append(source)
        elif message.get("numerus") == "yes":
            if not all((f.text or "").strip() for f in translation.findall("numerusform")):
                out.append(source)
        elif not (translation.text or "").strip():
            out.append(source)
    return out


Known = dict[str, dict[str, ET.Element]]  # context → source → finished translation


def translations(ts: Path) -> Known:
    """Each context's finished translations, by source text."""
    known: Known = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                known.setdefault(name, {})[message.findtext("source") or ""] = translation
    return known


def carry_over(ts: Path, known: Known) -> None:
    """A class that moved or split changes its strings' context (its name): lupdate then lists them as
    new. Give such a message the translation its text had in the old context the new one shares the
    most texts with (the class it was split from), so moving code never loses a translation."""
    tree = ET.parse(ts)
    for context in tree.iter("context"):
        messages = list(context.iter("message"))
        sources = {m.findtext("source") or "" for m in messages}
        ranked = sorted(known.values(), key=lambda old: len(sources & old.keys()), reverse=True)
        for message in messages:
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            found = next((old[source] for old in ranked if source in old), None)
            if found is not None:
                message.remove(translation)
                message.append(found)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)


# Hand-written supplements of Qt's own catalogues (qtbase_<lang>), compiled as they are.
QT_GAPS = ("qtbase_gaps_es",)


def update() -> int:
    TS_DIR.mkdir(exist_ok=True)
    QM_DIR.mkdir(exist_ok=True)
    for name in QT_GAPS:
        lrelease(TS_DIR / f"{name}.ts", QM_DIR / f"{name}.qm")
    for lang in LANGS:
        ts = TS_DIR / f"crm_desktop_{lang}.ts"
        known = translations(ts) if ts.exists() else {}
        lupdate(ts, lang)
        carry_over(ts, known)
        if lang == "es":
            fill_identity(ts)
        lrelease(ts, QM_DIR / f"crm_desktop_{lang}.qm")
    for lang in LANGS:
        missing = unfinished(TS_DIR / f"crm_desktop_{lang}.ts")
        if missing:
            print(f"{len(missing)} messages to translate in i18n/crm_desktop_{lang}.ts:")
            for m in missing:
                print(f"  {m}")
    return 0


def check() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in QT_GAPS:
            qm = Path(tmp) / f"{name}.qm"
            lrelease(TS_DIR / f"{name}.ts", qm)
            if not (QM_DIR / qm.name).exists() or not filecmp.cmp(qm, QM_DIR / qm.name, shallow=False):
                problems.append(f"{qm.name} is stale: run scripts/i18n.py")
        for lang in LANGS:
            committed_ts = TS_DIR / f"crm_desktop_{lang}.ts"
            committed_qm = QM_DIR / f"crm_desktop_{lang}.qm"
            if not committed_ts.exists() or not committed_qm.exists():
                problems.append(f"{committed_ts.name} or its .qm is missing: run scripts/i18n.py")
                continue
            ts = Path(tmp) / committed_ts.name
            shutil.copy(committed_ts, ts)
            lupdate(ts, lang)  # brings in strings added to the code since the last update
            if lang == "es":
                fill_identity(ts)
            for source in unfinished(ts):
                problems.append(f"{lang}: unfinished translation: {source!r}")
            qm = Path(tmp) / committed_qm.name
            lrelease(committed_ts, qm)
            if not filecmp.cmp(qm, committed_qm, shallow=False):
                problems.append(f"{committed_qm.name} is stale: run scripts/i18n.py")
            fresh = Path(tmp) / f"fresh_{lang}.qm"
            lrelease(ts, fresh)
            if not filecmp.cmp(fresh, committed_qm, shallow=False):
                problems.append(f"{committed_ts.name} does not match the code: run scripts/i18n.py")
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print("translations complete and current")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on unfinished or stale translations")
    args = parser.parse_args()
    return check() if args.check else update()


if __name__ == "__main__":
    sys.exit(main())
