"""The meetings section."""
