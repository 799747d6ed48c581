"""A JSON export is read as the report it holds, decided by the parser, never by the text's look."""

from __future__ import annotations

import json

from hankegraafi.ingest.jsonread import json_lines
from hankegraafi.ingest.readers import read_bytes

EXPORT = {
    "export": {"system": "Salkku", "created": "2025-03-01"},
    "project": {
        "name": "Kotona kaikki hyvin",
        "municipalities": ["Kemi", "Tornio"],
        "grantEur": 640000,
        "partners": [{"name": "Lapin AMK", "role": "arviointi"}, {"name": "Kemin kaupunki", "role": "tilat"}],
    },
    "status": {"schedule": "GREEN", "costs": "AMBER"},
    "costs": [
        {"kind": "Henkilöstö", "budget": 400000.0, "actual": 212345.5},
        {"kind": "Ostopalvelut", "budget": 240000.0, "actual": 98000.0},
    ],
}


def test_a_json_export_becomes_fields_headings_and_tables_under_its_name() -> None:
    lines, headings = json_lines(json.dumps(EXPORT, ensure_ascii=False, indent=2))
    assert lines[0] == "Kotona kaikki hyvin" and headings[1] == 1  # the name field is the title
    assert "Municipalities: Kemi, Tornio" in lines and "Grant eur: 640000" in lines
    assert lines[lines.index("Partners") + 1 : lines.index("Partners") + 4] == [
        "Name\tRole",
        "Lapin AMK\tarviointi",
        "Kemin kaupunki\ttilat",
    ]
    assert "Schedule: GREEN" in lines
    assert "Henkilöstö\t400000.00\t212345.50" in lines  # sums as the export wrote them, to the cent
    assert headings[lines.index("Project") + 1] == 1 and headings[lines.index("Partners") + 1] == 2


def test_the_reader_reads_a_json_export_saved_as_text() -> None:
    doc = read_bytes(json.dumps(EXPORT).encode(), file_name="salkku.txt", max_bytes=1_000_000)
    assert doc.lines[0] == "Kotona kaikki hyvin" and "Costs: AMBER" in doc.lines and doc.warnings == []


def test_text_that_only_looks_like_json_is_read_as_text() -> None:
    for text in [
        "{ Hanke: Kotona kaikki hyvin }",
        "[1] Johdanto\nHanke alkoi 2023.",
        "{}",
        "[]",
        '"just a string"',
    ]:
        assert json_lines(text) is None, text
    deep = "[" * 100_000 + "]" * 100_000  # the parser's recursion limit, not a crash
    assert json_lines(deep) is None
    doc = read_bytes(
        b"{ Hanke: Kotona kaikki hyvin }\nTila: vihre\xc3\xa4", file_name="muistio.txt", max_bytes=10_000
    )
    assert doc.lines[0] == "{ Hanke: Kotona kaikki hyvin }"


def test_hostile_exports_are_read_in_linear_time_as_clean_lines() -> None:
    # N objects of one key each: no table of N columns (N lines of N cells), each object's fields
    lines, _ = json_lines(json.dumps({"rivit": [{f"k{i}": i} for i in range(20_000)]}))
    assert len(lines) < 50_000 and max(map(len, lines)) < 100 and "K19999: 19999" in lines
    # control characters, line breaks and tabs in keys and values, lone surrogates: one clean line each
    text = '{"nimi": "Ctl\\u0000 nimi\\u001b", "k\\u0000ey\\nwith\\ttab": "a\\u0007b\\nc", "x": "bad \\ud800"}'
    lines, _ = json_lines(text)
    assert lines == ["Nimi: Ctl nimi", "Key with tab: ab c", "X: bad \ufffd"]
    # nesting the parser takes but compact JSON of its depth does not: read as text, no crash
    for depth in (900, 985, 995):
        json_lines('{"a":' * depth + "1" + "}" * depth)
