"""A county's own financial report is refused as a genre of its own, not read as a project.

An interim report or financial statements of a wellbeing services county names the county, its
towns, Kela, national services, an investment and the state's funding ("Investoinnit", "Valtion
rahoitus": a development project's words weigh 3); the ``financial-report`` genre of the
``text-genre`` vocabulary (osavuosikatsaus, tilinpäätös, toimintakate, tuloslaskelma, milj. euroa)
outweighs them. A project's report that states its sums in millions is still read. The texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.domain import other_genre
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import IngestError, read_bytes

STATEMENTS = """KANTA-HÄMEEN HYVINVOINTIALUE
Tilinpäätös 2024 – tiivistelmä
Aluevaltuusto 16.4.2025 § 22

Tuloslaskelma (milj. euroa)        TP 2023     TP 2024
Toimintatuotot                       71,5        76,2
Toimintakulut                      -903,4      -941,8
Vuosikate                           -12,6        -4,9

Valtion rahoitus kasvoi 38 milj. euroa. Investoinnit painottuivat Hämeenlinnan ja Riihimäen
terveysasemiin. Kanta-palveluiden kautta lähetettiin reseptit ja Kela korvasi matkat.
"""

PROJECT = """Kotihoidon etäkäynnit -hanke, väliraportti 2/2024

Kanta-Hämeen hyvinvointialueen hanke laajensi kotihoidon asiakkaiden etäkäyntejä Hämeenlinnassa ja
Forssassa. Hankkeelle myönnettiin 2,1 milj. euroa, josta on käytetty 0,9 milj. euroa. Tavoitteena on,
että puolet hoitajien käynneistä tehdään etänä.
"""


def test_financial_statements_are_refused_as_their_genre() -> None:
    assert other_genre(STATEMENTS) == ("financial-report", 8)
    with pytest.raises(IngestError, match="financial report"):
        extract(read_bytes(STATEMENTS.encode(), file_name="tilinpaatos.txt", max_bytes=1_000_000))


def test_a_projects_report_in_millions_is_read() -> None:
    assert other_genre(PROJECT) is None
    x = extract(read_bytes(PROJECT.encode(), file_name="valiraportti.txt", max_bytes=1_000_000))
    assert [p.name for p in x.projects] == ["Kotihoidon etäkäynnit -hanke"]
