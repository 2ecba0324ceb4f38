"""The PySide6 desktop interface: the only layer that imports Qt."""

from crm_desktop.ui.singletons import keep_singletons_alive

keep_singletons_alive()
