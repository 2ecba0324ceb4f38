"""The demo builder moved to :mod:`crm_desktop.demo`, a layer above ``app``.

Kept only until the command line (being restructured) imports :mod:`crm_desktop.demo`; the layer
contract ignores this one import until then. Delete this module with that change.
"""

from __future__ import annotations

from crm_desktop.demo import build_demo

__all__ = ["build_demo"]
