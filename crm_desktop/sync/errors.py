"""The one exception a bundle reader raises for any input it refuses."""

from __future__ import annotations

from crm_desktop.domain.messages import msg


class BundleError(Exception):
    """A bundle that must be refused; ``code``/``params`` name a message of the catalogue."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def over_limit(what: str, limit: int) -> BundleError:
    """A bundle beyond one of the stated limits (:mod:`crm_desktop.sync.limits`); ``what`` names it."""
    return BundleError("sync.reason.limit", what=msg(f"sync.limit.{what}"), limit=limit)
