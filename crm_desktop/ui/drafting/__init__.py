"""The drafting section."""
