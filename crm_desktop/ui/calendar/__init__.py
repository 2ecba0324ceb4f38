"""The calendar section."""
