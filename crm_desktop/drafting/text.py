"""The one place that touches pycrdt ``Text``: character offsets in, UTF-8 byte offsets out.

pycrdt 0.14 indexes ``Text`` by UTF-8 bytes, not by characters. A Python index on a string with
"é", an emoji or CJK text points into the middle of a character: replicas then silently diverge,
and some deletes panic inside the Rust core. Every other module edits text through
:class:`CharText`, which takes and returns *character* (code point) offsets only.

The module also decodes the small binary structures of the Yjs format the rest of the drafting
layer needs (state vectors, the clients that wrote an update), so nothing else parses bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import filterfalse, repeat
from operator import itemgetter

from pycrdt import Text, get_update


def byte_offset(text: str, index: int) -> int:
    """UTF-8 byte offset of character ``index`` in ``text``."""
    return len(text[:index].encode("utf-8"))


class OffsetError(IndexError):
    """A character offset outside the text (a bug in the caller, never silently clamped)."""


@dataclass(frozen=True, slots=True)
class Splice:
    """One edit in characters: remove ``length`` characters at ``index``, then insert ``insert``."""

    index: int
    length: int
    insert: str

    @property
    def empty(self) -> bool:
        return self.length == 0 and not self.insert

    def apply_to(self, text: str) -> str:
        return text[: self.index] + self.insert + text[self.index + self.length :]


def minimal_splice(old: str, new: str) -> Splice:
    """The smallest single edit turning ``old`` into ``new`` (common prefix and suffix kept).

    Keeping the untouched prefix and suffix matters for merging: a full replace would delete
    text a concurrent editor is inserting next to, while this keeps their insertion anchored.
    """
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return Splice(start, end_old - start, new[start:end_new])


class CharText:
    """A pycrdt ``Text`` seen in characters. Offsets are code points, as Python strings count them."""

    __slots__ = ("_text",)

    def __init__(self, text: Text) -> None:
        self._text = text

    def __str__(self) -> str:
        return str(self._text)

    def __len__(self) -> int:
        return len(str(self._text))

    def _check(self, current: str, index: int, length: int = 0) -> None:
        if index < 0 or length < 0 or index + length > len(current):
            raise OffsetError(f"range {index}+{length} outside a text of {len(current)} characters")

    def insert(self, index: int, value: str) -> None:
        if not value:
            return
        current = str(self._text)
        self._check(current, index)
        self._text.insert(byte_offset(current, index), value)

    def delete(self, index: int, length: int) -> None:
        if length == 0:
            return
        current = str(self._text)
        self._check(current, index, length)
        start = byte_offset(current, index)
        end = start + len(current[index : index + length].encode("utf-8"))
        del self._text[start:end]

    def splice(self, edit: Splice) -> None:
        """Apply one :class:`Splice` (delete first, then insert at the same place)."""
        current = str(self._text)
        self._check(current, edit.index, edit.length)
        start = byte_offset(current, edit.index)
        if edit.length:
            end = start + len(current[edit.index : edit.index + edit.length].encode("utf-8"))
            del self._text[start:end]
        if edit.insert:
            self._text.insert(start, edit.insert)

    def set(self, new: str) -> Splice:
        """Make the text equal to ``new`` with the smallest edit; returns the edit made."""
        edit = minimal_splice(str(self._text), new)
        if not edit.empty:
            self.splice(edit)
        return edit


# --- Yjs binary structures ----------------------------------------------------------------------


def _read_var_uint(data: bytes, pos: int) -> tuple[int, int]:
    if pos < len(data) and data[pos] < 0x80:  # the common one-byte case, on the merge hot path
        return data[pos], pos + 1
    value, shift = 0, 0
    while True:
        if pos >= len(data):
            raise ValueError("truncated variable-length integer")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def decode_state_vector(data: bytes) -> dict[int, int]:
    """A Yjs state vector as {client id: next clock}. Compare these, never the raw bytes."""
    count, pos = _read_var_uint(data, 0)
    out: dict[int, int] = {}
    for _ in range(count):
        client, pos = _read_var_uint(data, pos)
        clock, pos = _read_var_uint(data, pos)
        out[client] = clock
    return out


def encode_state_vector(vector: dict[int, int]) -> bytes:
    out = bytearray(_var_uint(len(vector)))
    for client, clock in sorted(vector.items()):
        out += _var_uint(client) + _var_uint(clock)
    return bytes(out)


def _var_uint(value: int) -> bytes:
    out = bytearray()
    while value > 0x7F:
        out.append(0x80 | (value & 0x7F))
        value >>= 7
    out.append(value)
    return bytes(out)


# Beyond any real clock: "everything this client ever wrote".
_ALL = 2**53


def insertions_only_from(update: bytes, clients: set[int] | frozenset[int]) -> bool:
    """Whether every insertion an update carries was written by one of ``clients``.

    (Asking pycrdt for the part of the update not covered by "everything from these clients"
    leaves nothing exactly when no other client wrote in it. Deletions carry no author.)
    """
    rest = get_update(update, encode_state_vector({c: _ALL for c in clients}))
    return _read_var_uint(rest, 0)[0] == 0


def covered_by(update: bytes, state_vector: bytes, decoded: dict[int, int] | None = None) -> bool:
    """Whether a document at ``state_vector`` already holds everything ``update`` inserts and deletes.

    After applying an update, a false answer means part of it is pending: it waits for an update
    it depends on. ``decoded`` is ``state_vector`` already decoded, when checking many updates.
    """
    # An update without insertions is its own remainder: only its deletions need checking.
    rest = update if update[:1] == b"\x00" else get_update(update, state_vector)
    if rest == EMPTY_UPDATE:  # the common case on the merge path: an insertion fully integrated
        return True
    groups, pos = _read_var_uint(rest, 0)
    if groups:
        return False
    clients, pos = _read_var_uint(rest, pos)
    if not clients:
        return True
    have = decoded if decoded is not None else decode_state_vector(state_vector)
    for _ in range(clients):
        client, pos = _read_var_uint(rest, pos)
        ranges, pos = _read_var_uint(rest, pos)
        for _ in range(ranges):
            clock, pos = _read_var_uint(rest, pos)
            length, pos = _read_var_uint(rest, pos)
            if clock + length > have.get(client, 0):
                return False
    return True


_first_byte = itemgetter(0)  # non-zero: the update inserts something


class Coverage:
    """:func:`covered_by` for many updates against one state vector (a replica settling a merge).

    Most updates of a merge are deletions (no insertions: their delete set is checked here) or
    insertions now integrated (nothing left once pycrdt takes out what the state holds). The
    delete sets are read without a call per number: a client id takes 8 bytes and the few clients
    of a document are looked up by those bytes.
    """

    def __init__(self, state_vector: bytes) -> None:
        self.state_vector = state_vector
        self.have = decode_state_vector(state_vector)
        self._limits = {code: clock for client, clock in self.have.items() if len(code := _var_uint(client)) == 8}

    def covers(self, update: bytes) -> bool:
        return self._rest_covered(update if update[:1] == b"\x00" else get_update(update, self.state_vector))

    def covers_all(self, updates: Sequence[bytes]) -> bool:
        """Whether :meth:`covers` holds for every update (a merge settling), with no Python call per
        insertion: pycrdt takes out of each what the state holds, and all must leave nothing."""
        if b"" in updates:  # no first byte to sort it by: checked one at a time, pycrdt refuses it
            return all(map(self.covers, updates))
        rests = list(map(get_update, filter(_first_byte, updates), repeat(self.state_vector)))
        if rests.count(EMPTY_UPDATE) != len(rests) and not all(map(self._rest_covered, rests)):
            return False
        return self._deletions_covered(filterfalse(_first_byte, updates))

    def _rest_covered(self, rest: bytes) -> bool:
        """Whether what pycrdt left of an update (its delete set, when all insertions are in) is covered."""
        if rest == EMPTY_UPDATE:
            return True
        if rest[:1] != b"\x00":
            return False  # insertions left over: they wait for a predecessor
        return self._deletions_covered((rest,))

    def _deletions_covered(self, delete_sets: Iterable[bytes]) -> bool:
        """Whether each delete set (after an empty struct section) deletes only what the state holds.

        One loop for all of them, numbers read inline (a call per update or per number costs more
        than the check); the rare shapes (128 clients or ranges or more) go to :func:`covered_by`.
        """
        limits, have = self._limits, self.have
        try:
            for data in delete_sets:
                clients = data[1]
                if clients >= 0x80:
                    if covered_by(data, self.state_vector, have):
                        continue
                    return False
                pos = 2
                while clients:  # counted down: cheaper than a range per update
                    clients -= 1
                    limit = limits.get(data[pos : pos + 8])
                    if limit is not None:
                        pos += 8
                    else:
                        client, pos = _read_var_uint(data, pos)
                        limit = have.get(client, 0)
                    ranges = data[pos]
                    pos += 1
                    if ranges >= 0x80:
                        if covered_by(data, self.state_vector, have):
                            break
                        return False
                    while ranges:
                        ranges -= 1
                        clock = data[pos]
                        pos += 1
                        if clock >= 0x80:
                            clock, shift = clock & 0x7F, 7
                            while (byte := data[pos]) >= 0x80:
                                clock |= (byte & 0x7F) << shift
                                pos, shift = pos + 1, shift + 7
                            clock |= byte << shift
                            pos += 1
                        length = data[pos]
                        pos += 1
                        if length >= 0x80:
                            length, shift = length & 0x7F, 7
                            while (byte := data[pos]) >= 0x80:
                                length |= (byte & 0x7F) << shift
                                pos, shift = pos + 1, shift + 7
                            length |= byte << shift
                            pos += 1
                        if clock + length > limit:
                            return False
        except IndexError:
            raise ValueError("truncated delete set") from None
        return True


EMPTY_UPDATE = b"\x00\x00"
