"""Calls into PySide whose result reference PySide 6.12 does not own, on Python 3.11.

There, ``SignalInstance.emit`` returns ``True`` and a method returning nothing returns ``None`` without
taking a reference to it (on Python 3.12 and later these objects are immortal and the count does not
matter). Each such call takes one reference away from ``True`` or ``None``: after some thousands of
them the interpreter aborts ("deallocating True or False" / "None"), at the latest when it exits. A
call made for every keystroke goes through :func:`owned`, which gives the reference back; where the
result was owned after all, an extra reference to ``True`` or ``None`` is harmless.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def owned(call: Callable[..., Any], *args: Any) -> Any:
    """``call(*args)``, keeping the reference count of what it returns whole."""
    result = call(*args)
    _incref(result)
    return result
