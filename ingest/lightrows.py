"""Where a light's row stands in its table: the header above it, a corner that names its rows' units, a
column of the tolerance its measure is read against (for ``ingest/facts/lights.py``)."""

from __future__ import annotations

from hankegraafi.ingest.facts.partwords import part_words
from hankegraafi.ingest.labels import table_cells
from hankegraafi.ingest.lightdims import UNITS_CORNER, dimension_of, units_corner_word
from hankegraafi.ingest.lightthresholds import by_threshold
from hankegraafi.ingest.lighttolerance import TOLERANCE_HEAD, within
from hankegraafi.ingest.segment import Element


def header_above(lines: list[str], element: Element) -> list[str] | None:
    """The header row of the table a light's row stands in: the nearest row above that names no dimension."""
    for line_no in range(element.first - 1, max(element.first - 12, 0), -1):
        row = table_cells(lines[line_no - 1])
        if row == [] and lines[line_no - 1].strip():
            continue  # the rule under a Markdown header ("|---|---|"): the header is the row above it
        if not row:
            return None
        if not dimension_of(row[0]):
            return row
    return None


def units_corner(lines: list[str], element: Element) -> str:
    """The table the light's row stands in has a corner that names its rows' kind of unit ("Toimintamalli |
    Aikataulu | Kustannukset" over "[Etäfysioterapia](…) | – | –"): each row a unit of its own, by its name.
    The class: an Innokylä kokonaisuus page or a report rating its models or parts row by row; and a table in
    long form, a row a part's one dimension ("Osakokonaisuus | Osa-alue | Suunnitelman mukaan" over "MT |
    Aikataulu | 1", test24 r16), the corner over the parts' column whatever the other headers say."""
    own = table_cells(lines[element.last - 1]) or []
    long_form = len(own) >= 3 and not dimension_of(own[0]) and bool(dimension_of(own[1]))
    for no in range(element.last, max(element.first - 30, 0), -1):
        row = table_cells(lines[no - 1])
        if row is None:
            return ""
        if row and (UNITS_CORNER.match(row[0].strip(" *_")) or row[0].strip(" *_").lower() in part_words()):
            # Other columns may stand among the dimensions ("Hanke | Myönnetty € | Aikataulu | Talous").
            dims = [dimension_of(c) for c in row[1:] if c.strip()]
            named = all(dims) or (units_corner_word(row[0]) and sum(map(bool, dims)) >= 2)
            named = named or (long_form and no < element.first and row[0].strip(" *_").lower() in part_words())
            return row[0].strip(" *_") if named else ""
    return ""


def row_cells(text: str) -> list[str]:
    """A light row's cells: a Markdown row's between its bars, though the reader set tabs in its padding ("|
    Aikataulu\t| OK\t| P\t|" of a padded table: split at the tabs it had a cell too many); else at its tabs."""
    if text.lstrip().startswith("|") and "\n" not in text:
        return table_cells(text) or text.split("\t")
    return text.split("\t")


def tolerated(lines: list[str], element: Element) -> str | None:
    """The value of a row under a header with a tolerance column ("Osa-alue | Toteuma | Sallittu poikkeama"
    over "Aikataulu | 1 kk myöhässä | 2 kk"): within the tolerance on plan, whatever words the measure has."""
    cells = row_cells(element.text)
    header = header_above(lines, element) if len(cells) >= 3 and "\n" not in element.text else None
    allowed = [i for i, c in enumerate(header or []) if i and TOLERANCE_HEAD.search(c)]
    if header is None or len(header) != len(cells) or len(allowed) != 1:
        return None
    measured = [i for i, c in enumerate(header) if i and c.strip() and i not in allowed]
    return within(cells[measured[0]], cells[allowed[0]]) if measured else None


def rated_by_thresholds(legend: dict[str, str], raw: str) -> str | None:
    """The value the document's legend of thresholds gives a dimension's percentage ("Kustannukset | 72 %" under
    "vähintään 85 % = suunnitelman mukaan, 60–84 % = lievä poikkeama, alle 60 % = vakava poikkeama"): a
    rating, not the dimension's progress. None without such a legend (a percentage alone is a progress)."""
    if not any(key[:1] in "<>" or ".." in key for key in legend):
        return None
    return by_threshold(legend, raw)


__all__ = ["header_above", "rated_by_thresholds", "row_cells", "tolerated", "units_corner"]
