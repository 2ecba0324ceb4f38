"""CLI subcommands contributed by subsystems; each module registers itself with ``cli.registrar``."""
