"""Cost tables, lights and sums filed under the part or project the document says they belong to.

All text is invented. A report names its parts once and refers to them again by number
alone ("Investointi 3" over a cost table); such a heading resumes the named part.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction, Project
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, file_name: str = "raportti.md") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=file_name, max_bytes=100_000))


def _named(x: Extraction, name: str) -> Project:
    return next(p for p in x.projects if p.name == name)


def _budget(project: Project, category: str) -> Decimal | None:
    for statement in project.costs:
        for line in statement.lines:
            if line.category == category and "budget" in line.values:
                return Decimal(str(line.values["budget"]))
    return None


_RESUMED = """# Loppuraportti

**Hankkeen nimi:** Kotona Kymissä
**Hallinnoija:** Kymenlaakson hyvinvointialue
**Hankeaika:** 1.1.2022–30.6.2025

## Tavoitteet

### Investointi 3: Kotihoidon etäkäynnit

| Tavoite | Toteutuminen |
|---|---|
| Etäkäynnit käytössä koko alueella | Toteutunut |

## Talous

### Investointi 3

| Kustannuslaji | Budjetti € | Toteutunut € |
|---|---|---|
| Palvelujen ostot | 410 000 | 402 000 |
| Yhteensä | 410 000 | 402 000 |
"""


def test_a_part_named_again_by_its_number_alone_is_the_same_part() -> None:
    x = _read(_RESUMED)
    names = [p.name for p in x.projects]
    assert "Investointi 3" not in names
    assert _budget(_named(x, "Investointi 3: Kotihoidon etäkäynnit"), "service-purchases") == Decimal(410000)


def test_a_sub_project_named_again_by_its_number_is_the_same_sub_project() -> None:
    text = _RESUMED.replace("Investointi 3", "Osakokonaisuus 1").replace("Kotihoidon etäkäynnit", "Omaishoito")
    x = _read(text)
    assert [p.name for p in x.projects if p.level == "subproject"] == ["Osakokonaisuus 1: Omaishoito"]
    assert _budget(_named(x, "Osakokonaisuus 1: Omaishoito"), "service-purchases") == Decimal(410000)


def test_a_part_given_by_number_first_takes_its_name_when_it_comes() -> None:
    text = _RESUMED.replace("### Investointi 3: Kotihoidon etäkäynnit", "### Investointi 3").replace(
        "### Investointi 3\n\n| Kustannuslaji", "### Investointi 3: Kotihoidon etäkäynnit\n\n| Kustannuslaji"
    )
    x = _read(text)
    investments = [p for p in x.projects if p.level == "investment"]
    assert [p.name for p in investments] == ["Investointi 3: Kotihoidon etäkäynnit"]
    assert investments[0].goals and _budget(investments[0], "service-purchases") == Decimal(410000)


def test_another_number_is_another_part() -> None:
    x = _read(_RESUMED.replace("### Investointi 3\n", "### Investointi 4\n"))
    assert _budget(_named(x, "Investointi 4"), "service-purchases") == Decimal(410000)
    assert _budget(_named(x, "Investointi 3: Kotihoidon etäkäynnit"), "service-purchases") is None


_WRAPPED = """Pohjois-Savon hyvinvointialue\tVäliraportti 1/2025\t1 (2)

VÄLIRAPORTTI

Hanke: Pohjois-Savon Kestävän kasvun hanke, Investointi 1: Hoitojonojen
purkaminen ostopalveluin
Projektipäällikkö: Matti Rossi

1. Liikennevalot
Aikataulu\t● Suunniteltu

2. Kustannukset (kumulatiivinen, euroa)
Kustannuslaji\tBudjetti\tToteuma
Palvelujen ostot\t300.000,00\t120.000,00
Yhteensä\t300.000,00\t120.000,00
"""


def test_a_name_field_broken_onto_the_next_line_is_one_name() -> None:
    x = _read(_WRAPPED, "raportti.txt")
    full = "Pohjois-Savon Kestävän kasvun hanke, Investointi 1: Hoitojonojen purkaminen ostopalveluin"
    assert [p.name for p in x.projects] == [full]
    assert _budget(x.projects[0], "service-purchases") == Decimal(300000)
    assert [light.dimension for light in x.projects[0].lights] == ["schedule"]


def test_a_sentence_or_a_label_below_the_name_field_is_no_part_of_the_name() -> None:
    for below in ("hanke etenee suunnitellusti.", "vastuuhenkilö: Matti Rossi"):
        x = _read(_WRAPPED.replace("purkaminen ostopalveluin", below), "raportti.txt")
        assert x.projects[0].name == "Pohjois-Savon Kestävän kasvun hanke, Investointi 1: Hoitojonojen"
