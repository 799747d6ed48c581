"""Linked-data pages: dereferenceable IRIs, resource pages, search, VoID/DCAT, dumps.

The app factory calls :func:`register`; the pages' routes are added there.
"""

from __future__ import annotations

from flask import Flask


def register(app: Flask) -> None:
    """Add the pages' routes to ``app`` (filled in as the pages are built)."""
