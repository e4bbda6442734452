"""Headless Chromium helpers for the report tests (``tests/browser/chromium.py``)."""
