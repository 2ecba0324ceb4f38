"""With every logger at DEBUG, what the program logs names no person: no name, no e-mail address,
not even inside the text of a database error that reaches the log as a crash."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from crm_desktop import logging_setup
from crm_desktop.app import backup, check, people
from crm_desktop.app.people import PersonInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Category, Role

NAME = "Zacarías Quintanilla Ñúñez"
EMAIL = "zacarias.quintanilla@cancilleria.example"


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    path = logging_setup.install(stderr_level="DEBUG", directory=tmp_path / "logs")
    assert path is not None
    yield path
    logging_setup.uninstall()


def test_services_log_no_names_or_addresses(
    capsys: pytest.CaptureFixture[str], debug_log: Path, demo: Workspace
) -> None:
    person = people.add_person(
        demo,
        PersonInput(name=NAME, category=Category.MEMBER_COUNTRY, country="CR", email=EMAIL, roles=(Role.DELEGATE,)),
    )
    people.list_people(demo)
    backup.create_backup(demo.directory)
    check.check(demo)
    try:  # a write that fails inside SQLAlchemy, its values being a person's: logged as a crash
        with demo.db.session() as s:
            s.execute(
                text("INSERT INTO people (id, name, email) VALUES (:id, :name, :email)"),
                {
                    "id": person,
                    "name": NAME,
                    "email": EMAIL,
                },
            )
    except IntegrityError:
        logging_setup.report_crash(*logging_setup.crash_details(*sys.exc_info()))  # type: ignore[arg-type]
    else:
        pytest.fail("the duplicate row was accepted")

    logging_setup.flush_log()
    logged = debug_log.read_text(encoding="utf-8") + capsys.readouterr().err
    assert "IntegrityError" in logged  # the crash is there, with its SQL
    for secret in (NAME, EMAIL, "Quintanilla", "zacarias"):
        assert secret not in logged
