"""A heading about "the project's" something, and a form's label with a note in brackets (invented text).

"Tilannevalot hankkeen päättyessä": a plural noun before "hankkeen" with no hyphen is what the heading is
about, no project's name; "Hoivapolku hankkeen tavoitteena oli …" (a singular word) and "X -hankkeen" (a
hyphen) still name. "Hankkeen nimi (sellaisena kuin päätöksessä)", "Hankeaika (pp.kk.vvvv–pp.kk.vvvv)":
the note is no word of the label; "Hankkeen nimi (lyhenne)" keeps its one word.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.generictitle import name_before_hanke
from hankegraafi.ingest.labels import match_field
from hankegraafi.ingest.namecuts import plural_subject
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, name: str = "raportti.md") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _root(x: Extraction) -> str:
    return next(p.name for p in x.projects if p.level == "project")


def test_a_plural_noun_before_the_projects_genitive_is_no_name() -> None:
    assert plural_subject("Seurantavalot") and plural_subject("Havainnot")
    assert not plural_subject("Hoivapolku")
    assert name_before_hanke("Seurantavalot hankkeen puolivälissä") is None
    assert name_before_hanke("Hoivapolku hankkeen tavoitteena oli koota tuki.") == "Hoivapolku hanke"
    assert name_before_hanke("Hyvinvointitarkastukset Etelä-Savossa -hankkeen tulokset") == (
        "Hyvinvointitarkastukset Etelä-Savossa -hanke"
    )


def test_the_title_names_the_project_over_such_a_heading() -> None:
    x = _read(
        "# Arjen kulku Kainuussa – loppuraportti\n\nKainuun hyvinvointialue\n\n"
        "## Merkkivalot hankkeen lopussa\n\n| Osa-alue | Valo |\n|---|---|\n| Aikataulu | vihreä |\n"
        "| Kustannukset | keltainen |\n"
    )
    assert _root(x) == "Arjen kulku Kainuussa"


def test_a_labels_note_in_brackets_is_no_word_of_it() -> None:
    assert match_field("Hankkeen nimi (sellaisena kuin päätöksessä)", marked=True) == "name"
    assert match_field("Projektets namn (enligt beviljningsbeslutet)", marked=True) == "name"
    assert match_field("Project name (as in the funding decision)", marked=True) == "name"
    assert match_field("Hankeaika (pp.kk.vvvv–pp.kk.vvvv)", marked=True) == "period"
    assert match_field("Projekttid (dd.mm.åååå–dd.mm.åååå)", marked=True) == "period"
    assert match_field("Tidigare projektets namn (om sådant finns)", marked=True) is None


def test_a_form_print_with_noted_labels_names_its_project() -> None:
    x = _read(
        "LOPPURAPORTTI (tuloste)\t\tSivu 1/1\n\nHankkeen nimi (virallinen, päätöksen mukaan)\tKylän kotiapu\n"
        "Hankeaika (pp.kk.vvvv–pp.kk.vvvv)\t1.1.2023–31.12.2024\nHallinnoija\tKainuun hyvinvointialue\n",
        "tuloste.txt",
    )
    assert _root(x) == "Kylän kotiapu"
