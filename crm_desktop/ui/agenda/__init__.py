"""The agenda section."""
