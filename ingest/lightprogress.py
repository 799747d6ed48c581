"""A light's value that is a percentage: progress only ("60 %" is how far a project is, no colour).

Moved out of ``ingest/lightvalues.py`` (at 600 lines) unchanged; ``lightvalues`` gives these names on.
"""

from __future__ import annotations

import re
from typing import TypeGuard

LEADING_PERCENT = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d+)?)\s?(?:%|prosenttia|procent)(?!\w)")


def takes(value: str | None, dim: str | None) -> TypeGuard[str]:
    """``dim`` takes ``value``: a percentage is a value of progress only."""
    return value is not None and (not value.endswith("%") or dim == "progress")


def progress_value(dim: str | None, text: str) -> str | None:
    """The progress as "NN%" when a progress value starts with it ("60 % (keltainen)", "45 % – hieman jäljessä")."""
    m = LEADING_PERCENT.match(text) if dim == "progress" else None
    return m.group("n") + "%" if m else None


__all__ = ["LEADING_PERCENT", "progress_value", "takes"]
