"""Names, services and their labels in documents nobody tuned to (stop 57, N29; classes from test48's misses).

- A breadcrumb whose last item is the document's kind ("… › X › Final report") names X (test48 os18); a site's
  section before the name ("Raportit › Loppuraportit › X") leaves the last item the name.
- "Kestävän kasvun ohjelman (RRF) hanke · dates" under the name describes the project's programme: no name
  "RRF hanke" (test48 os06); a project's own short name in brackets ("X (KOKU) -hanke") stays its name.
- "hankkeestamme X", "hankkeeltamme X": a case of "hanke" with the possessive names X (test48 os11).
- A title that is the document's kind with its period alone ("Vuosiseuranta 2024") is no name; the row beside
  the kind's label names the project (test48 os04).
- A vocabulary label whose last hyphenated part is inflected ("Suomi.fi-tunnistautumisella") is found (test48
  os07); the Swedish name of the electronic family centre is a label (test48 os16).
- A revision beside the kind ("HANKESUUNNITELMA - PÄIVITETTY VERSIO") is a marking, no name (test50 ou03); a part's
  caption "Investointi 2: X: kustannukset koko hankeajalta" names part X (test50 ou02).
All texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.entities import Gazetteer
from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, name: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _names(text: str, name: str = "r.txt") -> list[str]:
    return [p.name for p in _read(text, name).projects]


_LIGHTS = "\n\nTerapiaa annettiin Seinäjoella.\n\nAikataulu: vihreä\nKustannukset: keltainen\n"


@pytest.mark.parametrize(
    ("trail", "name"),
    [
        (
            "Etusivu › Hankkeet › Kotiterapia Etelä-Pohjanmaalla › Loppuraportti",
            "Kotiterapia Etelä-Pohjanmaalla",
        ),
        ("Start > Projekt > Terapi hemma > Lägesrapport 2/2024", "Terapi hemma"),
        ("Home › Projects › Therapy at Home › Interim report 1/2025", "Therapy at Home"),
        # the negative: a site's sections and a kind's plural before the page's own name
        (
            "Etusivu › Raportit › Loppuraportit › Kotiterapia Etelä-Pohjanmaalla",
            "Kotiterapia Etelä-Pohjanmaalla",
        ),
    ],
)
def test_a_breadcrumb_ending_in_the_kind_names_the_item_before(trail: str, name: str) -> None:
    assert _names(trail + _LIGHTS, "r.md") == [name]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kestävän kasvun ohjelman (RRF) hanke · 2023–2025 · avustus 0,8 M€", "Kotiterapia Etelä-Pohjanmaalla"),
        ("KATI-ohjelman hanke | 2022–2023", "Kotiterapia Etelä-Pohjanmaalla"),
    ],
)
def test_a_programmes_project_under_the_name_is_no_name(line: str, name: str) -> None:
    text = f"# Tilannekatsaus 2/2024\n\n## {name}\n\n{line}{_LIGHTS}"
    assert _names(text, "r.md") == [name]


def test_a_projects_own_short_name_before_hanke_stays() -> None:
    text = f"# Tilannekatsaus 2/2024\n\n## Kotiterapia (KOTE) -hanke\n\nHanke kuuluu Kestävän kasvun ohjelmaan.{_LIGHTS}"
    assert _names(text, "r.md") == ["Kotiterapia (KOTE) -hanke"]


_MAIL = (
    "From: a@example.fi\nTo: b@example.fi\nSubject: Tilannekatsaus syyskuu 2024\n"
    "Date: Mon, 7 Oct 2024 09:00:00 +0300\nContent-Type: text/plain; charset=utf-8\n\n"
    "Hei,\n\n{sentence}\n\nAikataulu: vihreä\n\nTerveisin\nAnna\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "tässä katsaus hankkeestamme Kotiterapia Etelä-Pohjanmaalla (RRF) tilanteesta 30.9.2024.",
        "alla kuulumiset hankkeeltamme Kotiterapia Etelä-Pohjanmaalla.",
        "hankkeemme Kotiterapia Etelä-Pohjanmaalla (RRF) eteni kesällä.",
    ],
)
def test_our_project_names_it(sentence: str) -> None:
    assert _names(_MAIL.format(sentence=sentence), "r.eml") == ["Kotiterapia Etelä-Pohjanmaalla"]


def test_our_project_before_a_town_names_no_project_by_the_town() -> None:
    mail = _MAIL.format(sentence="hankkeessamme Seinäjoki ja Lapua ovat mukana.")
    assert "Seinäjoki" not in _names(mail, "r.eml")


@pytest.mark.parametrize("kind", ["Vuosiseuranta 2024", "Tilannekuva syksy 2024", "Lägesbild hösten 2024"])
def test_a_kind_with_its_period_is_no_title_and_its_row_names_the_project(kind: str) -> None:
    text = f"{kind}\n\n{kind}\tKotiterapia Etelä-Pohjanmaalla\nToteuttaja\tEtelä-Pohjanmaan hyvinvointialue\n"
    assert _names(text + _LIGHTS) == ["Kotiterapia Etelä-Pohjanmaalla"]


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("Kirjautuminen Suomi.fi-tunnistautumisella", "service/suomi-fi-tunnistus"),
        ("Suomi.fi-tunnistautumisen jälkeen", "service/suomi-fi-tunnistus"),
        ("Suomi.fi-viestien kautta", "service/suomi-fi-viestit"),
        ("i det elektroniska familjecentret", "service/sahkoinen-perhekeskus"),
        ("Elektroniska familjecentrets tjänster", "service/sahkoinen-perhekeskus"),
    ],
)
def test_inflected_and_swedish_service_labels_are_found(text: str, iri: str) -> None:
    found = [str(m.entry.iri).split("/vocab/")[-1] for m in Gazetteer.default().find(text)]
    assert found == [iri]


@pytest.mark.parametrize(
    "kind",
    [
        "HANKESUUNNITELMA - PÄIVITETTY VERSIO",
        "Lägesrapport – reviderad version",
        "Final report – revised version",
    ],
)
def test_a_revision_beside_the_kind_is_no_name(kind: str) -> None:
    text = f"Etelä-Pohjanmaan hyvinvointialue\n\n{kind}\nKotiterapia Etelä-Pohjanmaalla\n{_LIGHTS}"
    assert _names(text) == ["Kotiterapia Etelä-Pohjanmaalla"]


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("Investointi 2: Kotiterapia: kustannukset koko hankeajalta", "Investointi 2: Kotiterapia"),
        ("Osahanke 1: Kotiterapia: kustannukset 2024", "Osahanke 1: Kotiterapia"),
        # a name with a colon of its own and no matter after it stays whole
        ("Osahanke 1: Kotiterapia: etänä ja kotona", "Osahanke 1: Kotiterapia: etänä ja kotona"),
    ],
)
def test_a_parts_caption_leaves_its_matter_out_of_the_name(caption: str, name: str) -> None:
    part = match_part_line(caption)
    assert part is not None and f"{part[1]} {part[2]}: {part[3]}" == name
