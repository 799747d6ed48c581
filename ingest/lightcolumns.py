"""A table's column heads as a cost table's or a period matrix's: what tells them apart from a row of lights
(for ``ingest/lightvalues.py``, ``ingest/lighttext.py`` and the segmenter)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from hankegraafi.ingest import cues
from hankegraafi.ingest.labels import YEAR_HEAD, best_label, norm_label
from hankegraafi.ontology import registry


def cost_header(cells: list[str]) -> bool:
    """The cells are a cost table's column heads ("Myönnetty | Toteutunut | Poikkeama"), not lights: under
    or beside a title that names a dimension ("5. KUSTANNUKSET (EUR)"), "Poikkeama" is the column of the
    deviation in euros. Two cells or more, each a label of the cost columns' vocabulary once its unit and
    period are left out ("Budjetti 2024 (€)"), and none a number. A sheet kept in long form has a column
    of the year beside them ("KUSTANNUKSET (€) | Vuosi | Budjetti | Toteuma | Poikkeama"): not counted."""
    heads = [c for c in cells if c.strip() and not YEAR_HEAD.fullmatch(c.strip())]
    if len(heads) < 2 or any(re.fullmatch(r"[\s\d.,€%+−-]+", c) for c in heads):
        return False
    return all(_cost_column(c) for c in heads)


@cues.per_text  # the sweep asks each row of a table twice (as a row and as the header of the next): 7 000 calls
def _cost_column(head: str) -> bool:
    """The cell is a label of the cost columns' vocabulary once its unit and period are left out."""
    return bool(best_label(norm_label(_UNITS.sub(" ", head)), _columns("cost-column")))


@cues.per_reading
def _columns(scheme: str) -> Mapping[str, tuple[str, ...]]:
    """Concept key → its labels in lower case, of ``scheme`` (the cost columns); read-only, so that
    ``labelindex.index_of`` keeps its index by identity."""
    return MappingProxyType(
        {c.key: tuple(f.lower() for f in c.surface_forms()) for c in registry.scheme(scheme)}
    )


#: A unit or a period in a column head ("(€)", "t€", "2024", "1–6/2024", "31.10.2023").
_UNITS = re.compile(r"\([^)]{0,20}\)|[tk]?€|\beur(?:oa)?\b|[\d./–-]+", re.I)


def period_key(cell: str) -> tuple[int, int] | None:
    """A header cell as a reporting period, sortable: "3/2024" (3, …), "Q1/2025", "1–4/2025", "2024"."""
    text = cell.strip()
    m = re.fullmatch(r"(?:Q|H)?(?:\d{1,2}\s*[–-]\s*)?(\d{1,2})\s*/\s*((?:19|20)\d{2})", text, re.I)
    if m:
        return int(m.group(2)), int(m.group(1))
    m = re.fullmatch(r"(?:19|20)\d{2}", text)
    return (int(text), 0) if m else None


__all__ = ["cost_header", "period_key"]
