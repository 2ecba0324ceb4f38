"""Every status the process's rules know has a label in both languages."""

from __future__ import annotations

from crm_desktop.domain import follow_up, logistics, work_plans
from crm_desktop.domain import plan_of_action as poa
from crm_desktop.domain.process_labels import LABELS, label


def test_every_status_is_labelled_in_both_languages() -> None:
    known = {
        "activity_status": {s.value for s in poa.ActivityStatus},
        "standing": {s.value for s in poa.Standing},
        "follow_up_status": set(follow_up.STATUSES),
        "work_plan_status": {s.value for s in work_plans.PlanStatus},
        "work_plan_action_status": set(work_plans.ACTION_STATUSES),
        "logistics_status": set(logistics.STATUSES),
        "quality": set(logistics.QUALITY),
    }
    for category, keys in known.items():
        assert set(LABELS[category]) == keys, category
        for key in keys:
            assert label(category, key, "es") and label(category, key, "en")


def test_unknown_key_is_shown_as_is() -> None:
    assert label("activity_status", "postponed", "en") == "postponed"
    assert label("activity_status", "in_progress", "es") == "en curso"
