"""A Markdown pipe table written without the spaces around its pipes reads as the padded one (ingest/pipecells.py).

Found by the metamorphic tests (scripts/metamorph.py ``md_tables_unpadded``, stop 51: 7 of 44 development Markdown
documents lost names, lights or cost cells; stop 52: 0). Invented rows.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.pipecells import padded_pipe_rows
from hankegraafi.ingest.plaintext import tabulate
from hankegraafi.ingest.readers import read_bytes


def test_a_rows_cells_get_their_spaces() -> None:
    assert padded_pipe_rows(["|Hanke|Kotona kuntoon|", "||Arvio|Toteuma|", "|Talous|vihreä||"]) == [
        "| Hanke | Kotona kuntoon |",
        "|  | Arvio | Toteuma |",
        "| Talous | vihreä |  |",
    ]


def test_what_is_no_such_row_stays() -> None:
    kept = [
        "| Hanke | Kotona kuntoon |",  # padded already
        "|---|:-:|--:|",  # a delimiter row
        "||Kenttä||Arvo||",  # a wiki's header row
        "Etusivu | Hankkeet",  # no outer pipes, no table
        r"|a\|b|",  # one cell with an escaped pipe
    ]
    assert padded_pipe_rows(kept) == kept


def test_a_delimiter_row_of_single_dashes_under_a_bare_header_makes_a_table() -> None:
    lines = ["Osa-alue|Aikataulu|Talous", "---|:-:|:-:", "Kotihoito|!|–", "Perhekeskus|–|!!"]
    assert tabulate(lines) == [
        "| Osa-alue | Aikataulu | Talous |",
        "| ---|:-:|:-: |",
        "| Kotihoito | ! | – |",
        "| Perhekeskus | – | !! |",
    ]


def test_a_tables_rows_with_and_without_outer_pipes_are_one_table() -> None:
    lines = ["Osa-alue|Tila", "---|---", "|Talous|vihreä||", "Riskit|keltainen"]
    assert tabulate(lines)[2:] == ["| Talous | vihreä |  |", "| Riskit | keltainen |"]


REPORT = """# Kotona kuntoon

|Kenttä|Tieto|
|---|---|
|Hyvinvointialue|Etelä-Savon hyvinvointialue|
|Rahoittaja|Sosiaali- ja terveysministeriö|

## Kustannukset

|Kustannuslaji|Budjetti|Toteutunut|
|---|---:|---:|
|Henkilöstökulut|410 000|205 300|
|Matkakulut|12 000|4 150|
"""


def test_an_unpadded_reports_facts_are_the_padded_ones() -> None:
    def facts(text: str) -> tuple[object, ...]:
        x = extract(read_bytes(text.encode("utf-8"), file_name="kotona_kuntoon_2024.md", max_bytes=100_000))
        cells = sorted(
            (line.raw_label, role, value)
            for p in x.projects
            for statement in p.costs
            for line in statement.lines
            for role, value in line.values.items()
        )
        return (sorted(p.name for p in x.projects), str(getattr(x.region, "iri", "")), cells)

    padded = "\n".join(
        line if not line.startswith("|") else "| " + " | ".join(line.strip("|").split("|")) + " |"
        for line in REPORT.split("\n")
    )
    assert facts(REPORT) == facts(padded)
    assert len(facts(REPORT)[2]) == 4
