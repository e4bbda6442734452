"""Limits a user can change, kept apart so that the CLI can show them without importing the pipeline."""

# Larger articles are refused (E100, --max-bytes to raise it) before they are read. A news
# article is tens of kilobytes. Analysis keeps every figure as a record: about 410 MB of memory
# per MB of text (benchmarks/large_article.py --mb 1: 568 MB peak, 154 MB before reading), so
# the per-file budget below, not this limit, is what stops a multi-megabyte file.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Each file is checked under a budget (factcheck.budget): past it, its analysis is stopped and
# the file gets one coded error (E103) while every other file is still checked and reported.
# A news article takes a second or two and a few MB; 1 MB of prose took 13 minutes and 568 MB.
DEFAULT_FILE_SECONDS = 300.0  # --timeout: wall time for one file
DEFAULT_FILE_MEMORY_MB = 1536  # --max-memory: resident memory one file may add to the process
