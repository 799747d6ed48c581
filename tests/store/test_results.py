"""The results formats as a frame and rows: any first rows of a result are a prefix of its rows' bytes.

Stored catalogue answers (queries/pieces.py) keep each format's rows' bytes and send the first n
of them inside the frame; this must be, byte for byte, the result the engine writes for those n
rows, truncated or not, in every format, for every kind of term and for unbound cells.
"""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from hankegraafi.store import results

MEDIA = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
LINK = "http://localhost/sparql/limits#max_rows"
VARIABLES = ["s", "label", "n", "note"]
ROWS: list[results.Row] = [
    {
        "s": {"type": "uri", "value": "http://example.org/a"},
        "label": {"type": "literal", "value": 'Kotihoito, "etä"\nrivi', "xml:lang": "fi"},
        "n": {"type": "literal", "value": "-12.5", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"},
    },
    {"s": {"type": "bnode", "value": "b0"}, "note": {"type": "literal", "value": "<tag> & ä\ttab"}},
    {},
    {"label": {"type": "literal", "value": "=SUMMA(A1)"}, "n": {"type": "literal", "value": "7"}},
]


@pytest.mark.parametrize("media", MEDIA)
def test_the_first_rows_are_a_prefix_of_the_rows_bytes(media: str) -> None:
    rows = list(results.select_rows(VARIABLES, ROWS, media))
    assert len(rows) == len(ROWS)
    for n in range(len(ROWS) + 1):
        for truncated in (False, True):
            start, end = results.select_frame(VARIABLES, media, truncated=truncated, link=LINK)
            whole = results.serialize_select(VARIABLES, ROWS[:n], media, truncated=truncated, link=LINK)
            assert start + b"".join(rows[:n]) + end == whole, (media, n, truncated)


@pytest.mark.parametrize("media", MEDIA)
def test_a_result_reads_back_as_its_rows(media: str) -> None:
    """What is written is the SPARQL results format: a parser gives back every row and term."""
    body = results.serialize_select(VARIABLES, ROWS, media, truncated=True, link=LINK)
    if media == "text/csv":  # values only, by the CSV rules
        read = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
        assert read[0] == VARIABLES and read[1][1] == 'Kotihoito, "etä"\nrivi' and read[4][1] == "=SUMMA(A1)"
        assert len(read) == len(ROWS) + 1
        return
    if media == "application/sparql-results+json":
        data = json.loads(body)
        assert data["head"] == {"vars": VARIABLES, "link": [LINK]} and data["results"]["bindings"] == ROWS
    fmt = ox.QueryResultsFormat.from_media_type(media)
    assert fmt is not None
    solutions = ox.parse_query_results(body, format=fmt)
    assert isinstance(solutions, ox.QuerySolutions)
    read = [{v.value: s[v.value] for v in solutions.variables if s[v.value] is not None} for s in solutions]
    assert [set(r) for r in read] == [set(r) for r in ROWS]
    assert read[0]["label"] == ox.Literal('Kotihoito, "etä"\nrivi', language="fi")
    assert read[1]["note"] == ox.Literal("<tag> & ä\ttab")


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(results.UnknownFormat):
        results.select_frame(VARIABLES, "text/plain", truncated=False, link=None)
    with pytest.raises(results.UnknownFormat):
        list(results.select_rows(VARIABLES, ROWS, "text/plain"))


def test_a_character_xml_cannot_hold_is_shown_as_a_replacement_in_xml_results() -> None:
    """None enters the store now, but a store written before may hold one: the XML answer must
    still parse (an HTTP 200 no parser reads is the fault), the other formats keep it as it is."""
    import xml.etree.ElementTree as ET

    rows = [{"x": {"type": "literal", "value": "a\x01b\ufffe<c", "xml:lang": "fi"}}]
    body = results.serialize_select(["x"], rows, "application/sparql-results+xml", truncated=False, link=None)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    literal = ET.fromstring(body).find(f"{ns}results/{ns}result/{ns}binding/{ns}literal")
    assert literal is not None and literal.text == "a\ufffdb\ufffd<c"
    as_json = results.serialize_select(
        ["x"], rows, "application/sparql-results+json", truncated=False, link=None
    )
    assert json.loads(as_json)["results"]["bindings"][0]["x"]["value"] == "a\x01b\ufffe<c"


#: Terms whose TSV cells need every escape json_to_nt writes, beside plain and typed ones.
HOSTILE: list[results.Row] = [
    {"s": {"type": "literal", "value": 'a\\"b\\\\n "q" \\'}, "label": {"type": "literal", "value": "\r\n\t x"}},
    {"s": {"type": "literal", "value": ""}, "n": {"type": "literal", "value": "a", "xml:lang": "sv-FI"}},
    {"note": {"type": "literal", "value": "x", "datatype": "http://www.w3.org/2001/XMLSchema#string"}},
    {"n": {"type": "literal", "value": "2024", "datatype": "http://www.w3.org/2001/XMLSchema#gYear"}},
    {"s": {"type": "uri", "value": 'http://example.org/ä?x=1&y="2"'}},
]


@pytest.mark.parametrize("rows", [ROWS, HOSTILE, ROWS + HOSTILE + ROWS, []])
def test_tsv_reads_back_as_the_rows_json_gives(rows: list[results.Row]) -> None:
    """Stored answers are read back into rdflib terms from their TSV (queries.answers.stored_result):
    the same variables, rows, terms and term kinds as from the same rows' JSON, every distinct term made once."""
    from hankegraafi.queries.answers import result_from_json

    for variables in (VARIABLES, ["note"]):  # one variable: a row of an unbound cell is an empty line
        tsv = results.serialize_select(variables, rows, "text/tab-separated-values", truncated=False, link=None)
        body = results.serialize_select(
            variables, rows, "application/sparql-results+json", truncated=False, link=None
        )
        want = result_from_json(body)
        got_vars, got = results.rows_from_tsv(tsv)
        assert (got_vars, got) == (want.variables, want.rows)
        assert [[type(t) for t in row] for row in got] == [[type(t) for t in row] for row in want.rows]
        assert [[getattr(t, "language", None) for t in row] for row in got] == [
            [getattr(t, "language", None) for t in row] for row in want.rows
        ]
    _, doubled = results.rows_from_tsv(
        results.serialize_select(
            VARIABLES, ROWS + ROWS, "text/tab-separated-values", truncated=False, link=None
        )
    )
    assert doubled[0][0] is doubled[len(ROWS)][0]  # shared, not made again


@pytest.mark.parametrize(
    "tsv",
    [
        b"",  # no head
        b"s\n<a>\n",  # a head without '?'
        b"?s\t?t\n<a>\n",  # a row of another width
        b"?s\n<a>",  # cut inside a row
        b'?s\n"a\\u0041"\n',  # an escape json_to_nt does not write
        b'?s\n"a"^^<http://www.w3.org/2001/XMLSchema#string>\n',  # json_to_nt writes it plain
        b"?s\n<< <a> <b> <c> >>\n",  # a quoted triple
        b"?s\n42\n",  # a number as the engine's own TSV abbreviates it
    ],
)
def test_tsv_not_written_by_row_bytes_is_refused(tsv: bytes) -> None:
    with pytest.raises(ValueError):
        results.rows_from_tsv(tsv)
