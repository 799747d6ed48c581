"""A page of several projects, each in a block of its own (ingest/facts/blocks.py). Invented texts."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.readers import read_bytes


def read(text: str, name: str = "sivu.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def granted(x: Extraction) -> dict[str, Decimal]:
    return {
        p.name: line.values["budget"]
        for p in x.projects
        for c in p.costs
        if c.kind == "granted"
        for line in c.lines
    }


PAGE = """Hankkeet

Kainuun hyvinvointialueella on käynnissä useita hankkeita Kajaanissa ja Kuhmossa.

Arjen apu Kainuussa

- Tila: käynnissä
- Hankeaika: 2023–2025
- Rahoittaja: sosiaali- ja terveysministeriö
- Myönnetty rahoitus: 800 000 €

Etäkäyntien kirjaukset tallentuvat Kanta-palveluihin.

Nuorten mielen tuki

- Tila: päättynyt
- Hankeaika: 2021–2023
- Rahoittaja: sosiaali- ja terveysministeriö
- Myönnetty rahoitus: 240 000 €

Kokeilun arvioi Kajaanin ammattikorkeakoulu.
"""


def test_each_block_of_a_page_of_projects_is_a_project_with_its_own_facts() -> None:
    x = read(PAGE)
    assert [p.name for p in x.projects] == ["Arjen apu Kainuussa", "Nuorten mielen tuki"]
    assert granted(x) == {"Arjen apu Kainuussa": Decimal(800_000), "Nuorten mielen tuki": Decimal(240_000)}
    deps = {p.name: {d.target.label for d in p.dependencies} for p in x.projects}
    assert "Kanta-palvelut" in deps["Arjen apu Kainuussa"]
    assert "Kajaanin ammattikorkeakoulu" in deps["Nuorten mielen tuki"]
    assert "Kajaanin ammattikorkeakoulu" not in deps["Arjen apu Kainuussa"]


def test_one_block_is_a_project_page_not_a_list() -> None:
    one = PAGE.split("Nuorten mielen tuki")[0]
    x = read(one)
    assert [p.name for p in x.projects] == ["Arjen apu Kainuussa"]
