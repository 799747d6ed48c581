"""A name a hard-wrapped text breaks at its own hyphen is one name again (stop 48, D2).

Invented text. The class: "Karelia-" / "  ammattikorkeakoulu" (an indented continuation, test28 ob18), "LAB-" /
"ammattikorkeakoulun" (an acronym, test34 oe15), "Suomi.fi-" / "viestien" (a web name, test39 oj11) were read as
"karelia- ammattikorkeakoulu", "lab- ammattikorkeakoulu" and "Suomi.fiviestien": the vocabulary knew none of them.
A paragraph's wrapped lines join such a part to the next word without a space; a web name's break keeps its hyphen
(Finnish writes a compound after a proper name with one). A typesetter's break of a plain word still loses its
hyphen, and a hyphen before "ja" / "och" is the writer's elliptic one.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract, joined_lines
from hankegraafi.ingest.plaintext import join_hyphenated
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("arvioi Karelia-", "ammattikorkeakoulu.", "arvioi Karelia-ammattikorkeakoulu."),
        (
            "vanhemmille. LAB-",
            "ammattikorkeakoulun opiskelijat",
            "vanhemmille. LAB-ammattikorkeakoulun opiskelijat",
        ),
        ("kehittää sosiaali-", "ja terveyspalveluja", "kehittää sosiaali- ja terveyspalveluja"),
        ("utvecklar social-", "och hälsovården", "utvecklar social- och hälsovården"),
        ("vuosille 2024-", "2025 tasaisesti", "vuosille 2024- 2025 tasaisesti"),
        ("katso -", "sivu", "katso - sivu"),
    ],
)
def test_wrapped_lines_join_a_name_broken_at_its_hyphen(before: str, after: str, joined: str) -> None:
    assert joined_lines(before, after) == joined


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["lähetettiin Suomi.fi-", "viestien kautta."], ["lähetettiin Suomi.fi-viestien kautta."]),
        (["tiedot Terveyskylä.fi-", "palvelussa"], ["tiedot Terveyskylä.fi-palvelussa"]),
        (["Hanke myönsi hank-", "keelle rahaa."], ["Hanke myönsi hankkeelle rahaa."]),
        (["koulutus jatkuu, hoitajien kou-", "lutus myös."], ["koulutus jatkuu, hoitajien koulutus myös."]),
        (["palvelu-", "uudistus"], ["palvelu-uudistus"]),
    ],
)
def test_a_web_name_keeps_its_hyphen_a_typesetters_break_does_not(lines: list[str], joined: list[str]) -> None:
    assert join_hyphenated(lines) == joined


def _dependencies(text: str) -> list[str]:
    x = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))
    return sorted({str(d.target.iri).rsplit("/", 1)[-1] for p in x.projects for d in p.dependencies})


def test_services_broken_at_their_hyphen_are_read() -> None:
    text = (
        "LAPIN HYVINVOINTIALUE\nVäliraportti 1/2025\n\n"
        "Hankkeen nimi        Etäkotihoito tunturiin\nDiaarinumero         LSHVA/12/2024\n"
        "Hankeaika            1.1.2024 - 31.12.2025\n\n1. TOTEUTUS\n\n"
        "Hoitajat tapaavat asiakkaat videoyhteydellä. Asiakkaat tunnistautuvat Suomi.fi-\n"
        "tunnistuksella, ja muistutukset lähetetään Suomi.fi-\nviestien kautta.\n"
    )
    assert {"suomi-fi-tunnistus", "suomi-fi-viestit"} <= set(_dependencies(text))
