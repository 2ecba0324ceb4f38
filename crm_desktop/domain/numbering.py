"""Ordinals and item numbering as the CRM writes them ("XXVI Reunión", agenda item "3.b")."""

from __future__ import annotations

_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def to_roman(n: int) -> str:
    if n <= 0:
        raise ValueError("Roman numerals start at 1")
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text: str) -> int:
    values = dict((letters, value) for value, letters in _ROMAN if len(letters) == 1)
    total, prev = 0, 0
    for ch in reversed(text.strip().upper()):
        if ch not in values:
            raise ValueError(f"not a Roman numeral: {text!r}")
        v = values[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    if to_roman(total) != text.strip().upper():
        raise ValueError(f"not a canonical Roman numeral: {text!r}")
    return total


def letter(n: int) -> str:
    """1 → a, 26 → z, 27 → aa (sub-item labels: a), b), ...)."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def item_label(path: list[int], *, roman: bool = False) -> str:
    """Label of an agenda item from its 1-based position path: [3] → "3", [3, 2] → "3.b"."""
    if not path:
        return ""
    head = to_roman(path[0]) if roman else str(path[0])
    return ".".join([head, *(letter(p) for p in path[1:])])
