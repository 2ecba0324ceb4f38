"""Pieces of the send dialog: the file manager command per platform, the sync bundle's laptops."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.ui.platform_files import reveal_command
from crm_desktop.ui.reports.send_dialog import bundle_devices
from tests.sync.conftest import laptops as laptops  # the fixture
from tests.sync.conftest import memory_keyring as memory_keyring  # the fixture
from tests.sync.laptops import Laptops


def test_show_in_folder_selects_the_file_on_each_platform(tmp_path: Path) -> None:
    draft = tmp_path / "00001-CRM-es.eml"
    assert reveal_command(draft, "win32") == ["explorer", f"/select,{draft}"]
    assert reveal_command(draft, "darwin") == ["open", "-R", str(draft)]
    linux = reveal_command(draft, "linux")
    assert linux is None or (linux[0] == "dbus-send" and linux[-2].endswith(draft.name))


def test_the_bundle_is_for_the_other_laptops_of_the_roster_by_name(laptops: Laptops) -> None:
    admin = laptops.found()
    ana = laptops.join("ana", country="CR")
    assert bundle_devices(admin) == [(ana.device_id, "Persona ana — CR")]
    assert bundle_devices(laptops.ws["ana"]) == [(admin.device_id, "Persona admin — ST")]
