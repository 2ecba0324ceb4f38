"""Sidebar sections of the main window; each module registers itself with ``crm_desktop.ui.sections``."""
