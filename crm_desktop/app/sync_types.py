"""The results of the sync services, named for the layers above ``app`` (the window, the command line),
which reach ``crm_desktop.sync`` only through ``app``."""

from __future__ import annotations

from crm_desktop.sync.exporter import ExportResult
from crm_desktop.sync.importer import ImportResult

__all__ = ["ExportResult", "ImportResult"]
