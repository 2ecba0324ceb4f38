"""Pure domain layer: reference data, the CRM's rules and calendar logic. No Qt, no database."""
