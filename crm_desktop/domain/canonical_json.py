"""Canonical JSON: one byte string per JSON value (sorted keys, no spaces, UTF-8).

What a changeset's author signs is the SHA-256 digest of its operations in this form; the change
log keeps the operations in it too, so an export sends them as they are stored.
"""

from __future__ import annotations

import json
from typing import Any


def canonical(value: Any) -> bytes:
    """``value`` as canonical JSON; ``ValueError`` for what has no canonical form (NaN, a lone surrogate)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
