"""What every red-team file of the ingest (stops 47–54) asks of an extraction, written once: a text read as a
file of the given name, the organisations in one role, and the cost cells as written."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes


def extraction(text: str, name: str) -> Extraction:
    """``text`` read and extracted as the file ``name`` would be (its suffix picks the reader)."""
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def orgs(extraction: Extraction, role: str) -> list[str]:
    """The local names of the organisations in ``role`` over every project of ``extraction``."""
    return [
        str(getattr(pa.organisation, "iri", pa.organisation)).rsplit("/", 1)[-1]
        for p in extraction.projects
        for pa in p.participations
        if pa.role == role
    ]


def raw_cells(extraction: Extraction) -> set[tuple[str, str, Decimal]]:
    """Every cost line's cells as (the row's label as written, column, value), of every statement."""
    return {
        (line.raw_label, role, value)
        for p in extraction.projects
        for statement in p.costs
        for line in statement.lines
        for role, value in line.values.items()
    }
