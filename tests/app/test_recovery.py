"""Drafts of unsaved editor text survive a killed process and are offered at the next start."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crm_desktop.app.recovery import DraftStore

TEXT = "Párrafo 3: «Los países miembros acuerdan…» — ñandú, 移民, 🌎"

# A program session that types into an editor: it autosaves, says so, then waits for more typing.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from crm_desktop.app.recovery import DraftStore

    store = DraftStore(Path(sys.argv[1]))
    text = sys.argv[2]
    mode = sys.argv[3]
    store.save("agenda-item:7:text", text, title="Punto 7", extra={"cursor": 12})
    print("saved", flush=True)
    i = 0
    while True:
        if mode == "busy":  # keep rewriting, so the kill may land in the middle of a write
            i += 1
            store.save("agenda-item:7:text", f"{i}:" + text * 200)
            print("rewrote", flush=True)
        else:
            time.sleep(0.05)
    """
)


def _run_and_kill(workspace: Path, mode: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(workspace), TEXT, mode], stdout=subprocess.PIPE, text=True, encoding="utf-8"
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "saved"
        if mode == "busy":
            for _ in range(20):  # let it rewrite the draft a number of times, then kill it while it writes
                proc.stdout.readline()
        proc.kill()  # SIGKILL on POSIX: no cleanup, no atexit, no flush
    finally:
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode != 0


def test_draft_of_a_killed_session_is_offered_at_next_start(tmp_path: Path) -> None:
    _run_and_kill(tmp_path, "idle")

    offered = DraftStore(tmp_path).leftovers()

    assert [(d.key, d.text, d.title, d.extra) for d in offered] == [
        ("agenda-item:7:text", TEXT, "Punto 7", {"cursor": 12})
    ]


def test_killed_in_the_middle_of_writing_leaves_a_whole_draft(tmp_path: Path) -> None:
    _run_and_kill(tmp_path, "busy")

    offered = DraftStore(tmp_path).leftovers()

    assert len(offered) == 1
    text = offered[0].text
    assert text == TEXT or (text.split(":", 1)[1] == TEXT * 200 and text.split(":", 1)[0].isdigit())
    assert not list((tmp_path / "recovery").glob(".*"))  # interrupted temporary files are cleaned up


def test_clear_after_saving_the_editor(tmp_path: Path) -> None:
    earlier = DraftStore(tmp_path)
    earlier.save("doc:1", "uno")
    earlier.save("doc:2", "dos")
    now = DraftStore(tmp_path)

    assert {d.key for d in now.leftovers()} == {"doc:1", "doc:2"}
    now.clear("doc:1")
    assert [d.key for d in now.leftovers()] == ["doc:2"]


def test_own_drafts_are_not_offered_back_to_the_same_session(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save("doc:1", "primera versión")
    store.save("doc:1", "segunda versión")

    assert store.leftovers() == []
    assert store.get("doc:1") is not None and store.get("doc:1").text == "segunda versión"  # type: ignore[union-attr]
    assert len(list((tmp_path / "recovery").iterdir())) == 1


def test_keys_with_any_characters_map_to_distinct_files(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    a = store.save("documento/ñ:1", "a")
    b = store.save("documento/n:1", "b")
    assert a != b and a.parent == b.parent == tmp_path / "recovery"


def test_a_damaged_draft_file_is_skipped_and_kept(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "recovery"
    folder.mkdir()
    bad = folder / "x-0000000000000000.draft.json"
    bad.write_text(json.dumps({"text": "sin clave"}), encoding="utf-8")

    assert DraftStore(tmp_path).leftovers() == []
    assert bad.exists() and "unreadable draft" in caplog.text
