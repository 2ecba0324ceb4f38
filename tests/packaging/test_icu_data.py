"""packaging/icu_data.py: ICU's data cut to Spanish, English and root still answers for those
(checked as the build does, by packaging/linux/check_icu.py), and leaves out the rest."""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRE_TOOLS = os.environ.get("CRM_REQUIRE_PACKAGING_TOOLS") == "1"


def _load(path: Path) -> ModuleType:
    # By path: a "packaging" import would find the PyPI library of that name.
    spec = importlib.util.spec_from_file_location(f"crm_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icu_data = _load(ROOT / "packaging" / "icu_data.py")


def test_only_spanish_english_and_root_locales_stay() -> None:
    assert not icu_data._removable("es.res")
    assert not icu_data._removable("coll/es_419.res")
    assert not icu_data._removable("curr/en_GB.res")
    assert not icu_data._removable("root.res")
    assert not icu_data._removable("coll/ucadata.icu")
    assert not icu_data._removable("zoneinfo64.res")
    assert not icu_data._removable("plurals.res")
    assert not icu_data._removable("curr/pool.res")
    assert icu_data._removable("fr.res")
    assert icu_data._removable("coll/de_.res")
    assert icu_data._removable("zone/zh_Hant_TW.res")
    assert icu_data._removable("gb18030.cnv")
    assert icu_data._removable("brkitr/cjdict.dict")
    assert icu_data._removable("translit/root.res")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's ICU")
def test_the_trimmed_library_still_has_spanish_and_english(tmp_path: Path) -> None:
    import PySide6

    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    data = sorted(qt_lib.glob("libicudata.so.*"))
    tools = all(shutil.which(t) for t in ("icupkg", "genccode", "cc"))
    if not data or not tools:
        if REQUIRE_TOOLS and data:
            pytest.fail("icupkg, genccode or cc missing (scripts/bootstrap.sh installs icu-devtools)")
        pytest.skip("no ICU in this PySide6, or no ICU tools")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    small = icu_data.trim(data[0], tmp_path / "work")
    shutil.copy(small, bundle / data[0].name)
    version = data[0].name.rsplit(".", 1)[-1]
    for name in ("uc", "i18n"):
        shutil.copy(qt_lib / f"libicu{name}.so.{version}", bundle)
    assert small.stat().st_size < data[0].stat().st_size / 3
    # In a fresh interpreter: this one may hold Qt's own ICU already, which would answer instead.
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "linux" / "check_icu.py"), str(bundle)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Spanish and English data found" in done.stdout
