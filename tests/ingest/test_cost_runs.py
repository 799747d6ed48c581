"""A run of cost tables, one per part, under one caption; a part's table broken by a page
(``costkinds.run_caption``, ``costpages.headed``). Found in test14 e06: "Kustannukset kumulatiivisesti
30.6.2024 (€)" over "Osahanke 1: X", its table, "Osahanke 2: Y" and its header at a page's foot, the rows
on the next page after the running footer, header and "(taulukko jatkuu)"."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_REPORT = """Satakunnan Kestävän kasvun hanke – tilanneraportti 2/2023\t1 (2)

TILANNERAPORTTI 1.7.–31.12.2023
Satakunnan Kestävän kasvun hanke
Hankeaika 1.1.2022–31.12.2025

Työ tehdään Porissa ja Raumalla.

Menot osaprojekteittain, kertymä 31.12.2023 (€)
Osahanke 1: Sähköinen ajanvaraus
Kululaji\tMyönnetty\tToteutunut
Henkilöstökulut\t400 000\t260 000
Yhteensä\t400 000\t260 000
Osahanke 2: Kotikuntoutus
Kululaji\tMyönnetty\tToteutunut

Satakunnan hyvinvointialue · julkinen

Satakunnan Kestävän kasvun hanke – tilanneraportti 2/2023\t2 (2)

(taulukko jatkuu)
Matkakulut\t50 000\t21 000
Yhteensä\t50 000\t21 000

Viestintä
Raportti käsiteltiin ohjausryhmässä.
"""


def _statements() -> dict[str, tuple[str, dict[str, dict[str, Decimal]]]]:
    x = extract(read_bytes(_REPORT.encode(), file_name="raportti.pdf.txt", max_bytes=100_000))
    return {
        p.name: (s.kind, {line.category or line.raw_label: dict(line.values) for line in s.lines})
        for p in x.projects
        for s in p.costs
        if s.lines and s.kind not in ("granted", "applied", "estimate", "returned")
    }


def test_each_table_of_a_run_is_of_the_kind_its_caption_says() -> None:
    made = _statements()
    assert made["Osahanke 1: Sähköinen ajanvaraus"][0] == "cumulative"
    assert made["Osahanke 2: Kotikuntoutus"][0] == "cumulative"


def test_a_header_left_at_a_pages_foot_reads_the_rows_on_the_next_page() -> None:
    _kind, lines = _statements()["Osahanke 2: Kotikuntoutus"]
    assert lines["travel"] == {"granted": Decimal(50000), "actual": Decimal(21000)}
    assert lines["total"] == {"granted": Decimal(50000), "actual": Decimal(21000)}


def test_a_pages_running_header_glued_to_the_header_at_its_foot_is_no_row() -> None:
    """No footer between: the segmenter joins the header at the page's foot and the next page's running
    header ('… tilanneraportti 2/2023 | 2 (2)') into one table; the page-numbered row is no row of it
    (``costpages.without_running_lines``) and the rows after '(taulukko jatkuu)' are the part's."""
    text = _REPORT.replace("\nSatakunnan hyvinvointialue · julkinen\n", "")
    x = extract(read_bytes(text.encode(), file_name="raportti.pdf.txt", max_bytes=100_000))
    [part] = [p for p in x.projects if p.name == "Osahanke 2: Kotikuntoutus"]
    [table] = [s for s in part.costs if s.lines]
    assert {line.category: dict(line.values) for line in table.lines} == {
        "travel": {"granted": Decimal(50000), "actual": Decimal(21000)},
        "total": {"granted": Decimal(50000), "actual": Decimal(21000)},
    }
