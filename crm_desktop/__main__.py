"""``python -m crm_desktop``: the same entry point as ``crm-desktop`` (the window, or a subcommand)."""

from __future__ import annotations

import sys

from crm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
