"""CRM Desktop: offline-first desktop application for the Regional Conference on Migration."""

from __future__ import annotations

_FALLBACK_VERSION = "0.1.0"  # running from a source tree that was never installed


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata on first use.

    Looked up lazily: importing ``importlib.metadata`` and scanning the installed distributions is a
    noticeable part of the desktop app's start-up, and most starts never show the version.
    """
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("crm-desktop")
    except PackageNotFoundError:
        found = _FALLBACK_VERSION
    globals()["__version__"] = found
    return found
