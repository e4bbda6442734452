"""Limits a user can change, kept apart so that the CLI can show them without importing the pipeline."""

# Larger articles are refused (E100, --max-bytes to raise it) before they are read. A news
# article is tens of kilobytes; analysis keeps about 50 MB of memory per MB of text (every
# figure of it is kept as a record), so 10 MB stays well under a gigabyte.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
