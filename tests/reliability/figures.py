"""Figures the reliability suites measure, printed at the end of the pytest run.

Each suite records what it tried and saw (inputs fuzzed, kills survived,
requests served, p95 latency, memory); ``tests/conftest.py`` prints them in the
terminal summary and, when ``HANKEGRAAFI_FIGURES`` names a file, writes them
there as JSON for the closing note of a release.
"""

from __future__ import annotations

from typing import Any

FIGURES: dict[str, dict[str, Any]] = {}


def record(section: str, **values: Any) -> None:
    """Add ``values`` to ``section`` (later values of the same key replace earlier ones)."""
    FIGURES.setdefault(section, {}).update(values)
