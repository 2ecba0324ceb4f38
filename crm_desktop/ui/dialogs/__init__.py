"""Dialogs opened from the views (each loads and saves through the UI context)."""
