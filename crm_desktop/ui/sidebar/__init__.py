"""Sidebar entries: one module per section, named like its feature package ``crm_desktop.ui.<feature>``.

Each module only declares its section (key, order, translated title, icon) with
:func:`crm_desktop.ui.sections.register`; the view and the services behind it are imported the first
time the section is shown, so the window opens without them.
"""
