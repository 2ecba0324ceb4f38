"""The reports section."""
