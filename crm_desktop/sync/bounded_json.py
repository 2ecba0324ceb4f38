"""Inflating and parsing an untrusted payload with every bound checked before its objects exist.

The payload is inflated a chunk at a time (``decompressobj`` with ``max_length``) and each chunk is
scanned, with C-speed byte operations only, before the next one is inflated: strings are found by
splitting on the quotes that escapes leave, measured, then dropped, and what remains (brackets,
commas, colons, numbers, literals) is counted. The scan keeps a running nesting depth and carries
an unterminated string over to the next chunk. Only when the whole payload has passed does
:func:`json.loads` build any object, so its work is bounded by what the scan admitted: no more
items than allowed, no deeper nesting, no longer strings. The scan agrees with any JSON parser on
where strings start and end, for every prefix a JSON parser accepts; what it cannot read as JSON
the parser then refuses.
"""

from __future__ import annotations

import json
import zlib
from array import array
from itertools import accumulate
from typing import Any

from crm_desktop.sync import limits
from crm_desktop.sync.errors import BundleError, over_limit

# Characters of numbers all become "0": a run longer than MAX_NUMBER is then one substring search.
_NUMBER_CHARS = bytes.maketrans(b"-+.0123456789eE", b"0" * 15)
_NUMBER_RUN = b"0" * (limits.MAX_NUMBER + 1)
# Opening brackets become +1, closing ones -1 (0xFF read as a signed byte); everything else is dropped.
_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")
_NOT_BRACKETS = bytes(sorted(set(range(256)) - set(b"[]{}")))


class JsonBounds:
    """A running scan of JSON text fed in chunks; raises :class:`BundleError` at the first excess."""

    def __init__(self, max_items: int) -> None:
        self.max_items = max_items
        self.items = 0
        self.depth = 0
        self._carry = b""  # an unterminated string at the end of the last chunk

    def feed(self, chunk: bytes) -> None:
        text = self._carry + chunk if self._carry else chunk
        # Escaped backslashes, then escaped quotes, become two neutral bytes (same length): every
        # quote left delimits a string, so splitting on quotes alternates outside and inside.
        plain = text.replace(b"\\\\", b"__") if b"\\\\" in text else text
        pieces = (plain.replace(b'\\"', b"__") if b'\\"' in plain else plain).split(b'"')
        if len(pieces) % 2 == 0:  # an odd number of quotes: the last string goes on in the next chunk
            tail = len(pieces[-1]) + 1
            if tail > limits.MAX_STRING:
                raise over_limit("string", limits.MAX_STRING)
            self._carry = text[len(text) - tail :]
            del pieces[-1]
        else:
            self._carry = b""
        if len(text) > limits.MAX_STRING and max(map(len, pieces[1::2]), default=0) > limits.MAX_STRING:
            raise over_limit("string", limits.MAX_STRING)
        skeleton = b"".join(pieces[0::2])
        if _NUMBER_RUN in skeleton.translate(_NUMBER_CHARS):
            raise over_limit("number", limits.MAX_NUMBER)
        self.items += skeleton.count(b",") + skeleton.count(b"[") + skeleton.count(b"{")
        if self.items > self.max_items:
            raise over_limit("items", self.max_items)
        steps = array("b")
        steps.frombytes(skeleton.translate(_STEPS, _NOT_BRACKETS))
        if steps:
            levels = list(accumulate(steps, initial=self.depth))
            if max(levels) > limits.MAX_DEPTH:
                raise over_limit("depth", limits.MAX_DEPTH)
            if min(levels) < 0:
                raise BundleError("sync.reason.malformed", detail="json")
            self.depth = levels[-1]

    def finish(self) -> None:
        if self._carry or self.depth:
            raise BundleError("sync.reason.malformed", detail="json")


def items_allowed(compressed_size: int) -> int:
    return limits.ITEMS_FLOOR + limits.ITEMS_PER_BYTE * compressed_size


def inflate_allowed(compressed_size: int) -> int:
    return limits.INFLATE_SLACK + limits.INFLATE_RATIO * compressed_size


def inflate_payload(compressed: bytes, declared: int) -> bytearray:
    """Inflate exactly ``declared`` bytes of zlib data, scanning them as JSON as they come."""
    if declared > min(limits.MAX_PAYLOAD, inflate_allowed(len(compressed))):
        raise over_limit("payload", min(limits.MAX_PAYLOAD, inflate_allowed(len(compressed))))
    bounds = JsonBounds(items_allowed(len(compressed)))
    inflater = zlib.decompressobj()
    out = bytearray()
    pending = compressed
    try:
        while not inflater.eof:
            chunk = inflater.decompress(pending, limits.INFLATE_CHUNK)
            pending = inflater.unconsumed_tail
            if not chunk:
                break  # the stream ends before its end marker
            if len(out) + len(chunk) > declared:
                raise BundleError("sync.reason.malformed", detail="payload size")
            bounds.feed(chunk)
            out += chunk
    except zlib.error as exc:
        raise BundleError("sync.reason.malformed", detail="compression") from exc
    if not inflater.eof or inflater.unused_data or pending or len(out) != declared:
        raise BundleError("sync.reason.malformed", detail="payload size")
    bounds.finish()
    return out


def load_object(raw: bytes | bytearray, what: str) -> dict[str, Any]:
    """``raw`` as a JSON object (UTF-8), or a refusal naming ``what``; scan first when untrusted."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise BundleError("sync.reason.malformed", detail=what) from exc
    if not isinstance(value, dict):
        raise BundleError("sync.reason.malformed", detail=what)
    return value


def scan_object(raw: bytes, what: str, max_items: int) -> dict[str, Any]:
    """Bound, then parse, a small JSON object held whole (a header)."""
    bounds = JsonBounds(max_items)
    bounds.feed(raw)
    bounds.finish()
    return load_object(raw, what)
