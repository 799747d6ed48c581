"""The dependency explorer: its page and the bounded JSON it reads.

The app factory calls :func:`register`; the explorer's routes are added there.
"""

from __future__ import annotations

from flask import Flask


def register(app: Flask) -> None:
    """Add the explorer's routes to ``app`` (filled in as the explorer is built)."""
