"""Entry point of the bundled program: the same ``crm-desktop`` command as in a Python environment."""

import sys

from crm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
