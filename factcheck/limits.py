"""Limits a user can change, kept apart so that the CLI can show them without importing the pipeline."""

# Larger articles are refused (E100, --max-bytes to raise it) before they are read. A news
# article is tens of kilobytes; analysis keeps about 50 MB of memory per MB of text (every
# figure of it is kept as a record), so 10 MB stays well under a gigabyte.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Each file is checked under a budget (factcheck.budget): past it, its analysis is stopped and
# the file gets one coded error (E103) while every other file is still checked and reported.
# A news article takes a second or two and a few MB; 10 MB of prose takes minutes and under 1 GB.
DEFAULT_FILE_SECONDS = 300.0  # --timeout: wall time for one file (10 MB of prose takes about that)
DEFAULT_FILE_MEMORY_MB = 1536  # --max-memory: resident memory one file may add to the process
