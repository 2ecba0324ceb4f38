"""Identities, roster, bundle format, import/export and transports between laptops."""
