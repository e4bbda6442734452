"""Limits a user can change, kept apart so that the CLI can show them without importing the pipeline."""

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # larger articles are refused (E100) before they are read
