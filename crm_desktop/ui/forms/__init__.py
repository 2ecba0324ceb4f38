"""Forms and dialogs of the Delegations and Agenda sections (each loads and saves through the UI context)."""
