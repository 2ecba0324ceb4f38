"""The sync section."""
