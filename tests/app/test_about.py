"""About information: version, own licence, the shipped third-party components and their licences."""

from __future__ import annotations

import email.message
import json

import pytest

from crm_desktop import __version__
from crm_desktop.app.about import about_info, licence_of, licence_text
from crm_desktop.cli import main


def test_about_lists_runtime_components_with_licences_and_no_test_tools() -> None:
    info = about_info()
    by_name = {c.name.lower().replace("_", "-"): c for c in info.components}

    assert info.version == __version__ and info.licence == "MIT"
    assert "LGPL-3.0-only" in by_name["pyside6-essentials"].licence
    assert by_name["sqlalchemy"].licence == "MIT"
    assert by_name["pynacl"].licence_files  # its licence texts are shipped in the metadata
    assert {"pytest", "ruff", "mypy", "hypothesis", "pyinstaller"}.isdisjoint(by_name)
    assert all(c.licence and c.licence != "unknown" for c in info.components)


def test_full_licence_text_of_a_component() -> None:
    text = licence_text("PyNaCl")
    assert text is not None and "Apache License" in text
    assert licence_text("no-such-component") is None


def _meta(**fields: str | list[str]) -> email.message.Message:
    m = email.message.Message()
    for key, value in fields.items():
        for v in value if isinstance(value, list) else [value]:
            m[key.replace("_", "-")] = v
    return m


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"License_Expression": "Apache-2.0 OR BSD-3-Clause", "License": "ignored"}, "Apache-2.0 OR BSD-3-Clause"),
        ({"License": "MIT"}, "MIT"),
        (
            {
                "License": "BSD license (see license.txt for details), Copyright (c) 2000-2024 a very long notice",
                "Classifier": ["Programming Language :: Python", "License :: OSI Approved :: BSD License"],
            },
            "BSD License",
        ),
        ({}, "unknown"),
    ],
)
def test_licence_in_a_few_words(fields: dict[str, str | list[str]], expected: str) -> None:
    assert licence_of(_meta(**fields)) == expected  # type: ignore[arg-type]


def test_cli_about(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["about", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == __version__ and len(data["components"]) >= 10

    assert main(["--lang", "es", "about"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"CRM Desktop {__version__}") and "Componentes de terceros" in out
    assert "Registro: " in out and "crm-desktop.log" in out  # where an IT officer finds the log

    assert main(["about", "--licence", "nada"]) == 4
    assert "no existe el componente «nada»" in capsys.readouterr().err
