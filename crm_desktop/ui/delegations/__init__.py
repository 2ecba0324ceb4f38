"""The delegations section."""
