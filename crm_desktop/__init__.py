"""CRM Desktop: offline-first desktop application for the Regional Conference on Migration."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("crm-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
