"""Keeps ``None``, ``True`` and ``False`` alive whatever PySide does to their reference counts.

PySide6 6.12.0 on Python 3.11 returns ``True`` from every ``SignalInstance.emit`` and ``None`` from every
wrapped method that returns nothing without owning a reference to it: each call takes one reference
away, and after some thousands of them (minutes of typing in a filtered table) the interpreter aborts
with "deallocating True or False". Python 3.12 made these objects immortal (their count is never
trusted); on 3.11 the same effect is a count so large that no session can use it up. The version of
PySide whose code generator handles the project's plural translations is the one with the fault, so
this is done once, when the interface package is imported, before any Qt call.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to each singleton: 2**40 calls is about 35 years at a thousand a second.
RESERVE = 1 << 40


def keep_singletons_alive() -> None:
    """Give ``None``, ``True`` and ``False`` a reserve of references, where they are not immortal."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is a CPython object's first field
        if count.value < RESERVE:
            count.value += RESERVE
