"""Conflicts told in people's words: the meeting's title, the field's label, who, when, on which laptop."""

from __future__ import annotations

import json
import re
from typing import Any

from crm_desktop.app.sync_words import conflict_stories
from crm_desktop.cli import main
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Meeting
from tests import helpers
from tests.sync.conftest import laptops as laptops  # the fixture
from tests.sync.conftest import memory_keyring as memory_keyring  # the fixture
from tests.sync.laptops import Laptops

WHEN = re.compile(r"\d{1,2} \w{3} 20\d\d \d\d:\d\d")


def a_venue_conflict(laptops: Laptops) -> str:
    admin = laptops.found()
    laptops.join("ana", country="CR")
    meeting = helpers.meeting(admin, title="XXXI Reunión Viceministerial")
    laptops.deliver(laptops.bundle("admin", "ana"), "ana")
    with admin.change(Audience.PUBLIC) as ch:
        ch.put(Meeting, meeting, venue="Sala A")
    with laptops.ws["ana"].change(Audience.PUBLIC) as ch:
        ch.put(Meeting, meeting, venue="Sala B")
    laptops.deliver(laptops.bundle("ana", "admin"), "admin")
    return meeting


def test_a_conflict_names_the_meeting_the_field_who_when_and_the_laptop(laptops: Laptops) -> None:
    meeting = a_venue_conflict(laptops)
    [story] = conflict_stories(laptops.ws["admin"], "es")
    assert story.what == "Sede de «XXXI Reunión Viceministerial»"
    assert meeting not in story.text and "venue" not in story.text  # no id, no column name
    sides = {story.kept.value: story.kept, story.lost.value: story.lost}
    assert set(sides) == {"Sala A", "Sala B"}
    ana = sides["Sala B"]
    assert ana.person == "Persona ana" and ana.delegation == "Costa Rica" and ana.laptop == "Persona ana"
    assert WHEN.fullmatch(ana.when), ana.when
    assert sides["Sala A"].person == "Persona admin"
    assert story.text.startswith("Sede de «XXXI Reunión Viceministerial»: «")
    assert f"({ana.text})" in story.text and "reemplazó a" in story.text
    assert f"Persona ana, Costa Rica, {ana.when}, laptop de Persona ana" == ana.text


def test_the_same_conflict_in_english_is_entirely_english(laptops: Laptops) -> None:
    a_venue_conflict(laptops)
    [story] = conflict_stories(laptops.ws["admin"], "en")
    assert story.what == "Venue of “XXXI Reunión Viceministerial”"
    assert " replaced “" in story.text and "laptop of Persona ana" in story.text
    assert "reemplazó" not in story.text and "Sede" not in story.text


def test_no_conflict_no_story(laptops: Laptops, capsys: Any) -> None:
    admin = laptops.found()
    assert conflict_stories(admin, "es") == []
    assert main(["--workspace", str(admin.directory), "--lang", "es", "conflicts"]) == 0
    assert capsys.readouterr().out.strip() == "No hay conflictos."


def test_the_command_line_tells_the_same_story(laptops: Laptops, capsys: Any) -> None:
    a_venue_conflict(laptops)
    admin = laptops.ws["admin"]
    [story] = conflict_stories(admin, "en")
    directory = str(admin.directory)
    assert main(["--workspace", directory, "--lang", "en", "conflicts"]) == 0
    assert capsys.readouterr().out.strip() == f"[{story.id}] {story.text}"
    assert main(["--workspace", directory, "--lang", "es", "conflicts", "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["what"] == "Sede de «XXXI Reunión Viceministerial»" and item["kept"]["delegation"]
