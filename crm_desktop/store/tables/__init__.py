"""Models contributed by subsystems (drafting, sync, reports, follow-up...).

Each module here defines its tables on :class:`crm_desktop.store.schema.Base` and may register
extra change operations with :func:`crm_desktop.store.apply.register_op`. ``load_all`` imports them
all, so metadata, migrations and the applier always see every table.
"""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> None:
    for mod in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{mod.name}")
