from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.hlc import HybridClock, Timestamp
from crm_desktop.domain.messages import CATALOGUE, msg
from crm_desktop.domain.numbering import from_roman, item_label, letter, to_roman
from crm_desktop.domain.reference import countries, default_process_config, member_codes, observer_codes, organisations


def test_reference_dataset() -> None:
    assert member_codes() == ["BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA", "DO"]
    assert sorted(observer_codes()) == ["AR", "CO", "EC", "JM", "PE"]
    orgs = [o for o in organisations() if o.category.value == "observer_org"]
    assert len(orgs) == 8
    assert {o.key for o in organisations()} >= {"RROCM", "ST"}
    from zoneinfo import ZoneInfo

    for c in countries():
        for tz in c.timezones:
            ZoneInfo(tz)


def test_bodies_are_configuration() -> None:
    cfg = default_process_config()
    assert [b.key for b in cfg.bodies][:2] == ["viceministers", "grcm"]
    assert cfg.body("network_consular").meets_immediately_before == "grcm"


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip(n: int) -> None:
    assert from_roman(to_roman(n)) == n


def test_labels() -> None:
    assert to_roman(26) == "XXVI"
    assert letter(1) == "a" and letter(27) == "aa"
    assert item_label([3, 2]) == "3.b"
    assert item_label([4], roman=True) == "IV"
    with pytest.raises(ValueError):
        from_roman("IIII")


def test_hlc_monotonic_even_when_wall_clock_goes_back() -> None:
    times = iter([1000, 900, 900, 1100])
    clock = HybridClock("a", now_ms=lambda: next(times))
    stamps = [clock.tick() for _ in range(4)]
    assert stamps == sorted(stamps)
    assert len({s.encode() for s in stamps}) == 4
    assert [Timestamp.decode(s.encode()) for s in stamps] == stamps


def test_hlc_observe_moves_past_remote() -> None:
    clock = HybridClock("a", now_ms=lambda: 10)
    remote = Timestamp(5000, 3, "b")
    clock.observe(remote)
    assert clock.tick() > remote


def test_every_message_renders_in_both_languages() -> None:
    import string

    for code, (es, en) in CATALOGUE.items():
        fields_es = {f for _, f, _, _ in string.Formatter().parse(es) if f}
        fields_en = {f for _, f, _, _ in string.Formatter().parse(en) if f}
        assert fields_es == fields_en, code
        params = {f: "x" for f in fields_es}
        assert msg(code, **params).render("es") and msg(code, **params).render("en")
