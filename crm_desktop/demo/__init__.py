"""The demo workspace, built step by step through the app's services (a layer above ``app``).

:func:`build_demo` runs :data:`crm_desktop.demo.builder.STEPS` in order.
"""

from __future__ import annotations

from crm_desktop.demo.builder import STEPS, build_demo

__all__ = ["STEPS", "build_demo"]
