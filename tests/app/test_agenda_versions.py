"""Comparing agenda versions: what each item's change is called."""

from __future__ import annotations

from crm_desktop.app.agenda_versions import CURRENT, compare_plans, counts, version_choices
from crm_desktop.app.agendas import PlannedItem


def _item(iid: str, label: str, starts: str, *, title: str | None = None, minutes: int = 30) -> PlannedItem:
    return PlannedItem(
        id=iid,
        label=label,
        depth=0,
        title_es=title or iid,
        title_en=None,
        kind="debate",
        duration_min=minutes,
        presenter=None,
        audience="public",
        required_key=None,
        starts=starts,
        follow_up_of=None,
        parent_id=None,
        documents=(),
    )


def test_moved_renumbered_retimed_changed_added_removed() -> None:
    old = [_item("a", "1", "09:00"), _item("b", "2", "09:30"), _item("c", "3", "10:00"), _item("d", "4", "10:30")]
    new = [
        _item("n", "1", "09:00", minutes=0),  # added, no time: the next keep theirs
        _item("a", "2", "09:00", minutes=45),  # longer: changed
        _item("c", "3", "09:45"),  # jumped over b: moved
        _item("b", "4", "10:15"),  # one of b and c moved, the other only changed its time
    ]
    rows = {(r.new or r.old).id: r for r in compare_plans(old, new)}  # type: ignore[union-attr]
    assert rows["n"].change == "added" and rows["d"].change == "removed"
    assert rows["a"].change == "changed" and rows["a"].fields == ("number", "duration")
    assert {rows["b"].change, rows["c"].change} == {"moved", "retimed"}  # one of the two moved
    assert counts(list(rows.values()))["moved"] == 1


def test_only_the_time_or_only_the_number() -> None:
    old = [_item("a", "1", "09:00"), _item("b", "2", "09:30")]
    assert [r.change for r in compare_plans(old, [_item("a", "1", "09:00", minutes=40), _item("b", "2", "09:40")])] == [
        "changed",
        "retimed",
    ]
    assert [
        r.change
        for r in compare_plans(
            old, [_item("x", "1", "09:00", minutes=0), *[_item("a", "2", "09:00"), _item("b", "3", "09:30")]]
        )
    ][1:] == [
        "renumbered",
        "renumbered",
    ]


def test_the_current_agenda_is_listed_under_the_headers_number() -> None:
    kept = [{"id": "v1", "version": 1, "status": "preliminary"}]
    choices = version_choices({"version": 2, "status": "draft"}, kept)
    assert [(c["id"], c["version"], c["current"]) for c in choices] == [("v1", 1, False), (CURRENT, 2, True)]
