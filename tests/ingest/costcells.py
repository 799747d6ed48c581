"""What the cost-class tests read back (tests/ingest/test_cost_classes_s37 and later): one document's extraction
and its cost cells as (kind, year, category or raw label, column, value). Invented texts only."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.readers import read_bytes


def extract_text(text: str, name: str) -> Extraction:
    """The extraction of ``text`` read as the file ``name``."""
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def cost_lines(text: str, name: str = "raportti.txt") -> list[tuple[str, str | None, str, dict[str, Decimal]]]:
    """Every cost line of every statement, in order, as (kind, year, category or raw label, its cells)."""
    return [
        (s.kind, s.year, line.category or line.raw_label, dict(line.values))
        for p in extract_text(text, name).projects
        for s in p.costs
        for line in s.lines
    ]


def cost_cells(text: str, name: str = "raportti.txt") -> set[tuple[str, str | None, str, str, Decimal]]:
    """The cells of every cost table the extraction holds (granted, applied and returned sums left out)."""
    return {
        (s.kind, s.year, line.category or line.raw_label, column, value)
        for p in extract_text(text, name).projects
        for s in p.costs
        if s.kind not in ("granted", "applied", "returned")
        for line in s.lines
        for column, value in line.values.items()
    }


def category_cells(result: Extraction) -> set[tuple[str | None, str, Decimal]]:
    """Every cost line's cells as (category, column, value), of every statement kind."""
    return {
        (line.category, column, value)
        for p in result.projects
        for s in p.costs
        for line in s.lines
        for column, value in line.values.items()
    }
