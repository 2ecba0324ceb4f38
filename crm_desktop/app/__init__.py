"""Application services: the use cases that the desktop UI and the CLI both call."""
