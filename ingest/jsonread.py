"""A JSON export read as the lines of a report: fields, headings and tables.

Project portfolio systems export a project as JSON (a .json file, or JSON saved as .txt). Read
as text, its braces and quotes hide every label from the rules; parsed with the ``json`` module it
becomes what a report prints: ``Key: value`` lines, a heading for each nested object, a list of
objects with shared keys as a tab-separated table under its key, a list of plain values joined on
one line. Keys are written as words ("tuotosten_laajuus" -> "Tuotosten laajuus"). Whether a text
is JSON is decided by the parser, never by its look: text that does not parse is read as text.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: A text this long or more is not parsed as JSON by the reader (a export of one project is small;
#: the parser's work is linear, but the lines it makes are bounded by the reader's limits anyway).
MAX_JSON_CHARACTERS = 5_000_000
#: Nesting deeper than this is written as compact JSON on one line: no report nests further.
MAX_DEPTH = 12
#: A list of objects whose keys together name more columns than this is no table (each object's
#: fields are written as lines): N objects of one key each would make N lines of N cells.
MAX_COLUMNS = 60
#: What a line of a report never holds: the text reader's control characters, line breaks inside a
#: key, and surrogates a JSON escape can write alone ("\ud800"), which UTF-8 cannot store.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def json_lines(text: str) -> tuple[list[str], dict[int, int]] | None:
    """The report lines of a JSON export and the level of each heading line (1-based line numbers),
    or None when ``text`` is not one JSON object or array."""
    stripped = text.strip().lstrip("\ufeff")
    if stripped[:1] not in ("{", "[") or len(stripped) > MAX_JSON_CHARACTERS:
        return None
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, (dict, list)) or not value:
        return None
    lines: list[str] = []
    headings: dict[int, int] = {}
    try:
        _write(value, lines, headings, 1)
        name = _name_of(value)
    except RecursionError:  # nesting the parser took but compact JSON of its depth does not
        return None
    if name:  # an export has no title: the project's name field is its title
        return [name, "", *lines], {1: 1} | {n + 2: level for n, level in headings.items()}
    return lines, headings


def _name_of(value: Any, parent: str = "", depth: int = 0) -> str | None:
    """The value of the first field, breadth first in the top three levels, that the vocabulary's
    name field names by its key, or by its key after its object's ("hanke" / "nimi": "Hanke nimi")."""
    from hankegraafi.ingest.labels import match_field

    if not isinstance(value, dict) or depth > 2:
        return None
    for key, item in value.items():
        if isinstance(item, str) and 2 <= len(item) <= 200:
            words = _words(key)
            if match_field(words, marked=True) == "name" or (
                parent and match_field(f"{parent} {words}", marked=True) == "name"
            ):
                return _clean(item)
    for key, item in value.items():
        if isinstance(item, dict) and (found := _name_of(item, _words(key), depth + 1)):
            return found
    return None


def _clean(text: str) -> str:
    """A string of the export as one line: no control characters, lone surrogates as U+FFFD,
    whitespace (tabs, line breaks) as single spaces."""
    text = _UNPRINTABLE.sub("", text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return " ".join(text.split())


def _words(key: str) -> str:
    """A key as words: "myonnetty_avustus_eur" -> "Myonnetty avustus eur", "costCategory" -> "Cost category"."""
    key = _clean(key)
    if not re.search(r"[a-zåäö]", str(key)):
        return str(key)  # a code ("GREEN", "RAG", "P4I1") stays as the values write it
    text = re.sub(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ])", " ", str(key))
    text = re.sub(r"[_\-.]+", " ", text).strip()
    return text[:1].upper() + text[1:].lower() if text else str(key)


def _scalar(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "kyllä" if value else "ei"
    if isinstance(value, float) and abs(value) < 1e15 and round(value, 2) == value:
        return f"{value:.2f}"  # a sum as its export wrote it: 402118.4 is 402118.40 euros
    if isinstance(value, (int, float, str)):
        return _clean(str(value))
    return _clean(json.dumps(value, ensure_ascii=False))


def _is_table(items: list[Any]) -> bool:
    return len(items) >= 1 and all(isinstance(item, dict) and item for item in items)


def _columns(rows: list[dict[str, Any]]) -> list[str] | None:
    """The keys of ``rows`` in order of first use, or None past :data:`MAX_COLUMNS` (linear)."""
    columns: dict[str, None] = {}
    for row in rows:
        for key in row:
            if key not in columns:
                if len(columns) == MAX_COLUMNS:
                    return None
                columns[key] = None
    return list(columns)


def _write(value: Any, lines: list[str], headings: dict[int, int], depth: int) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _entry(_words(key), item, lines, headings, depth)
    elif isinstance(value, list):
        _entry("", value, lines, headings, depth)
    else:
        lines.append(_scalar(value))


def _entry(label: str, item: Any, lines: list[str], headings: dict[int, int], depth: int) -> None:
    if depth > MAX_DEPTH:
        lines.append(f"{label}: {_scalar(item)}" if label else _scalar(item))
        return
    if isinstance(item, dict):
        if label:
            lines.append(label)
            headings[len(lines)] = min(depth, 6)
        _write(item, lines, headings, depth + 1)
        lines.append("")
    elif isinstance(item, list) and _is_table(item) and (columns := _columns(item)) is None:
        if label:
            lines.append(label)
            headings[len(lines)] = min(depth, 6)
        for row in item:  # records, not a table: each object's fields, a blank line after
            _write(row, lines, headings, depth + 1)
            lines.append("")
    elif isinstance(item, list) and _is_table(item):
        if label:
            lines.append(label)
            headings[len(lines)] = min(depth, 6)
        columns = _columns(item) or []
        lines.append("\t".join(_words(column) for column in columns))
        for row in item:
            lines.append("\t".join(_scalar(row.get(column, "")) if column in row else "" for column in columns))
        lines.append("")
    elif isinstance(item, list):
        values = ", ".join(_scalar(v) for v in item)
        lines.append(f"{label}: {values}" if label else values)
    else:
        lines.append(f"{label}: {_scalar(item)}" if label else _scalar(item))
