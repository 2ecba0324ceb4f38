"""The bounded scan of untrusted JSON: exact on valid JSON cut anywhere, and every excess refused."""

from __future__ import annotations

import json
import os
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.sync import limits
from crm_desktop.sync.bounded_json import JsonBounds, inflate_payload, load_object
from crm_desktop.sync.errors import BundleError
from crm_desktop.sync.signing import canonical

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=40,
)  # fmt: skip


def _items(value: object) -> int:
    if isinstance(value, list):
        return 1 + max(len(value) - 1, 0) + sum(_items(v) for v in value)
    if isinstance(value, dict):
        return 1 + max(len(value) - 1, 0) + sum(_items(v) for v in value.values())
    return 0


def _depth(value: object) -> int:
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    return 0


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(json_values, st.lists(st.integers(0, 10_000), max_size=6))
def test_the_scan_counts_valid_json_exactly_wherever_it_is_cut(value: object, cuts: list[int]) -> None:
    raw = canonical(value)
    bounds = JsonBounds(10**9)
    last = 0
    for cut in [*sorted({min(c, len(raw)) for c in cuts}), len(raw)]:
        bounds.feed(raw[last:cut])
        last = cut
    bounds.finish()
    assert bounds.items == _items(value)
    assert bounds.depth == 0


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | st.text(alphabet='[]{},:"\\ 0a', max_size=300).map(str.encode))
def test_arbitrary_bytes_are_parsed_or_refused_never_crash(raw: bytes) -> None:
    try:
        bounds = JsonBounds(1000)
        bounds.feed(raw)
        bounds.finish()
        load_object(raw, "payload")
    except BundleError:
        pass


def _refused(raw: bytes, what: str) -> None:
    compressed = zlib.compress(raw, 6)
    with pytest.raises(BundleError) as info:
        inflate_payload(compressed, len(raw))
    assert info.value.code == "sync.reason.limit"
    assert info.value.params["what"].code == f"sync.limit.{what}"  # type: ignore[attr-defined]


def test_too_many_items_are_refused_while_inflating() -> None:
    _refused(b'{"changesets":[' + b"{}," * 330_000 + b'{}],"withheld":[]}', "items")


def test_deep_nesting_is_refused() -> None:
    _refused(b"[" * (limits.MAX_DEPTH + 1) + b"]" * (limits.MAX_DEPTH + 1), "depth")
    depth_ok = b"[" * limits.MAX_DEPTH + b"]" * limits.MAX_DEPTH
    assert inflate_payload(zlib.compress(depth_ok), len(depth_ok)) == depth_ok


def test_a_long_string_is_refused_even_across_chunks() -> None:
    text = os.urandom(limits.MAX_STRING // 2 + 1).hex().encode()  # random: within the inflation ratio
    _refused(b'{"workspace_name":"' + text + b'"}', "string")
    _refused(b'{"workspace_name":"' + text, "string")  # never closed


def test_a_long_number_is_refused() -> None:
    _refused(b'{"n":' + b"9" * (limits.MAX_NUMBER + 1) + b"}", "number")


def test_a_payload_inflating_beyond_its_ratio_is_refused_before_inflating() -> None:
    raw = b'{"workspace_name":"' + b" " * (40 * limits.MiB) + b'"}'
    _refused(raw, "payload")


def test_a_declared_size_that_lies_is_refused() -> None:
    raw = canonical({"changesets": [], "withheld": [], "workspace_name": "x" * 1000})
    for declared in (len(raw) - 1, len(raw) + 1, 10):
        with pytest.raises(BundleError) as info:
            inflate_payload(zlib.compress(raw), declared)
        assert info.value.code == "sync.reason.malformed"
    assert json.loads(inflate_payload(zlib.compress(raw), len(raw))) == json.loads(raw)


def test_unbalanced_or_unterminated_json_is_refused() -> None:
    for raw in (b"]", b"[[]", b'{"a":"b'):
        bounds = JsonBounds(100)
        with pytest.raises(BundleError):
            bounds.feed(raw)
            bounds.finish()


def test_values_within_the_limits_pass_the_scan() -> None:
    value = {"a": ['ñandú \\ " \u2028 😀' * 50, 1.5, -2, None, True, {"b": []}] * 100}
    raw = canonical(value)
    assert json.loads(inflate_payload(zlib.compress(raw), len(raw))) == value
    assert _depth(value) < limits.MAX_DEPTH
