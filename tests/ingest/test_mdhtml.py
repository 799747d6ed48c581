"""An HTML table inside a Markdown file read as the pipe table it shows (ingest/mdhtml.py, stop 53)."""

from __future__ import annotations

from hankegraafi.ingest.mdhtml import markdown_html_tables, markdown_references
from hankegraafi.ingest.readers import read_bytes

TABLE = [
    "<table>",
    "<caption>Kustannukset (€)</caption>",
    '<tr><th>Kululaji</th><th colspan="2">2024</th></tr>',
    "<tr><td>Palkat</td><td>120 000</td><td></td></tr>",
    "<tr><td>Matkat | kokoukset</td><td>3 000</td><td>2 500</td></tr>",
    "</table>",
]


def test_an_html_table_in_markdown_is_its_pipe_table() -> None:
    assert markdown_html_tables(["# Hanke", "", *TABLE, "", "Teksti."]) == [
        "# Hanke",
        "",
        "Kustannukset (€)",
        "| Kululaji | 2024 | |",
        "|---|---|---|",
        "| Palkat | 120 000 | |",
        "| Matkat \\| kokoukset | 3 000 | 2 500 |",
        "",
        "",
        "Teksti.",
    ]


def test_a_table_on_one_line_stays_so_that_later_lines_keep_their_numbers() -> None:
    one = (
        "<table><tr><td>Aikataulu</td><td>vihreä</td></tr><tr><td>Henkilöstö</td><td>punainen</td></tr></table>"
    )
    assert markdown_html_tables([one, "", "Teksti."]) == [one, "", "Teksti."]


# Negatives: where the tags are no table the Markdown shows.
def test_a_table_in_a_code_fence_nested_or_unclosed_stays() -> None:
    fenced = ["```html", *TABLE, "```"]
    assert markdown_html_tables(fenced) == fenced
    nested = ["<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>"]
    assert markdown_html_tables(nested) == nested
    unclosed = ["<table>", "<tr><td>Palkat</td><td>1 000</td></tr>", "", "Teksti."]
    assert markdown_html_tables(unclosed) == unclosed
    prose = ["Taulukko <table> jäi sivulle.", "Ei taulukkoa."]
    assert markdown_html_tables(prose) == prose


def test_the_markdown_reader_reads_it_and_the_text_reader_does_not() -> None:
    text = "\n".join(["# Hanke", "", *TABLE, ""]).encode("utf-8")
    assert "| Palkat | 120 000 | |" in read_bytes(text, file_name="a.md", max_bytes=100_000).lines
    assert "| Palkat | 120 000 | |" not in read_bytes(text, file_name="a.txt", max_bytes=100_000).lines


def test_character_references_are_the_characters_they_are() -> None:
    """R18-21 (stop 54): "&nbsp;", "&#160;", "&euro;" decoded as CommonMark decodes them; a reference to a pipe in
    a table's row is the cell's escaped pipe."""
    lines = ["| Palkat | 120&nbsp;000 &euro; |", "Avustus 1&#160;000&#xA0;€", "| a &#124; b | 1 |"]
    assert markdown_references(lines) == [
        "| Palkat | 120\u00a0000 € |",
        "Avustus 1\u00a0000\u00a0€",
        "| a \\| b | 1 |",
    ]


# Negatives: code shows a reference as written; "&" and a reference without its ';' or to no character are text.
def test_references_in_code_and_text_stay() -> None:
    lines = ["```", "120&nbsp;000", "```", "Kirjoita `&nbsp;` tai &amp", "R&D &foo; &nbsp ja &"]
    assert markdown_references(lines) == lines
