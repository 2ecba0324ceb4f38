"""``python -m crm_desktop.cli``: the same program as ``crm-desktop``."""

from __future__ import annotations

import sys

from crm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
