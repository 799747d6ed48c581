"""Red team of stop 45's ingest changes (R8): wrong reads the stop's new rules make that the start code (29f2eb4)
did not. Each test is a strict xfail until the owner fixes the class; it passes on 29f2eb4.

- R8-1 (1b52ea79, facts/delimited._section_column): a sheet's first column naming the part in every row
  ("Investointi 2", "Delprojekt 2") is dropped as a section's name, so the part and its costs go to the whole.
- R8-2 (5704b6d4, facts/partmodels): a project report's "Toimintamallit" section makes units of whatever it lists
  (a table of towns, people, a model's steps); the rule was read off kokonaisuus pages only.

The documents are invented (no real text).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Project
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import loader
from hankegraafi.ontology.namespaces import VOCAB_GRAPH
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore


def _projects(text: str, name: str) -> list[Project]:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000)).projects


# R8-1: a cost sheet whose first column names one part in every row, fields and a blank row above it.
_PART_COLUMN = {
    "fi-csv": (
        "kustannukset.csv",
        "Hanke;Kotiutuksen tuki Lapissa;;\nToteuttaja;Lapin hyvinvointialue;;\n;;;\n"
        "Investointi;Kululaji;Budjetti 2025;Toteutunut 2025\n"
        "Investointi 2;Henkilöstökulut;120000;98000\n"
        "Investointi 2;Palvelujen ostot;40000;31000\n"
        "Investointi 2;Matkakulut;5000;4200\n",
        "Investointi 2",
    ),
    "sv-csv": (
        "kostnader.csv",
        "Projekt;Hemrehabilitering i Österbotten;;\nOrganisation;Välfärdsområdet Österbotten;;\n;;;\n"
        "Delprojekt;Kostnadsslag;Budget 2025;Utfall 2025\n"
        "Delprojekt 2;Personalkostnader;120000;98000\n"
        "Delprojekt 2;Köpta tjänster;40000;31000\n"
        "Delprojekt 2;Resor;5000;4200\n",
        "Delprojekt 2",
    ),
    "fi-tsv": (
        "kustannukset.tsv",
        "Hanke\tKotiutuksen tuki Lapissa\nToteuttaja\tLapin hyvinvointialue\n"
        "Rahoittaja\tSosiaali- ja terveysministeriö\n\n"
        "Investointi\tKululaji\tBudjetti 2025\tToteutunut 2025\n"
        "Investointi 2\tHenkilöstökulut\t120000\t98000\n"
        "Investointi 2\tPalvelujen ostot\t40000\t31000\n"
        "Investointi 2\tMatkakulut\t5000\t4200\n",
        "Investointi 2",
    ),
}


@pytest.mark.parametrize(("name", "text", "part"), _PART_COLUMN.values(), ids=list(_PART_COLUMN))
def test_r8_1_a_column_naming_the_part_keeps_the_part_and_its_costs(name: str, text: str, part: str) -> None:
    projects = _projects(text, name)
    root = next(p for p in projects if p.parent is None)
    unit = next((p for p in projects if p.name == part), None)
    assert unit is not None and unit.parent is root
    budgets = {line.category: line.values.get("budget") for s in unit.costs for line in s.lines}
    assert budgets.get("staff-costs") == Decimal(120000)
    assert not root.costs


# R8-2: a project's final report (no kokonaisuus page) with a "Toimintamallit" section over things no model is.
_HEAD = (
    "# Kotiutuksen tuki Lapissa -hanke, loppuraportti 2025\n\n"
    "Lapin hyvinvointialue. Hanketta rahoittaa sosiaali- ja terveysministeriö.\n\n## Toimintamallit\n\n"
)
_TAIL = "\n## Kustannukset\n\nHenkilöstökulut 120 000 euroa.\n"
_NOT_MODELS = {
    "towns-table": "| Kunta | Asiakkaita |\n|---|---|\n| Rovaniemi | 120 |\n| Kemi | 80 |\n",
    "people": "Maija Mäkinen, projektipäällikkö\nPekka Virtanen, kehittäjä\n",
    "steps": (
        "1. Asiakas ohjataan kotiutustiimille\n2. Tiimi tekee kotikäynnin\n3. Seuranta soittaen viikon kuluttua\n"
    ),
}


@pytest.mark.parametrize("body", _NOT_MODELS.values(), ids=list(_NOT_MODELS))
def test_r8_2_a_reports_models_section_lists_no_units_of_towns_people_or_steps(body: str) -> None:
    projects = _projects(_HEAD + body + _TAIL, "loppuraportti.md")
    assert [p.name for p in projects] == ["Kotiutuksen tuki Lapissa -hanke"]


# R8-4: a process that parsed the vocabularies before a file changed notes the NEW sources' digest beside the OLD
# graph (ingest/reference.ensure: the sources are read from disk now, the graph is loader's cached parse), so every
# later process trusts the digest and never stores the edited vocabulary.
_CONCEPT = (
    "\n<https://w3id.org/hankegraafi/vocab/light-dimension/r8-kokeilu> a skos:Concept ;\n"
    '    skos:inScheme <https://w3id.org/hankegraafi/vocab/light-dimension> ; skos:prefLabel "R8-kokeilu"@fi .\n'
)


@pytest.fixture
def package_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The ontology package's Turtle files copied to a folder the loader reads instead."""
    root = tmp_path / "package"
    shutil.copytree(Path(str(loader._package_root() / loader.VOCAB_DIR)), root / loader.VOCAB_DIR)
    shutil.copy(Path(str(loader._package_root() / loader.ONTOLOGY_FILE)), root / loader.ONTOLOGY_FILE)
    monkeypatch.setattr(loader, "_package_root", lambda: root)
    loader.clear_caches()
    loader.ontology_graph.cache_clear()
    yield root
    monkeypatch.undo()
    loader.clear_caches()
    loader.ontology_graph.cache_clear()


def test_r8_4_a_vocabulary_edited_under_a_running_process_reaches_the_store(
    tmp_path: Path, package_copy: Path
) -> None:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    ingester = Ingester(store, Config.load({"store": str(path)}, environ={}))
    try:
        ingester.ensure_reference_graphs()  # this process has parsed the vocabularies
        status = package_copy / loader.VOCAB_DIR / "status.ttl"
        prefixes = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        status.write_text(prefixes + status.read_text(encoding="utf-8") + _CONCEPT, encoding="utf-8")
        ingester.ensure_reference_graphs()  # the same process, its parse cached: the edit is not in it
        loader.clear_caches()  # a new process
        loader.ontology_graph.cache_clear()
        ingester.ensure_reference_graphs()
        asked = store.query(
            f"ASK {{ GRAPH <{VOCAB_GRAPH}> {{ <https://w3id.org/hankegraafi/vocab/light-dimension/r8-kokeilu> ?p ?o }} }}"
        )
        assert asked is True
    finally:
        store.close()


# R8-5: a service's name alone on a title line ("Omaolo", a section of the report) is taken for the site the page is
# published in (identity.title_block), and every project's dependency on that service is dropped.
_SERVICE_SECTION = (
    "Sähköinen asiointi Kainuussa -hanke\n\nKainuun hyvinvointialue, tilannekatsaus 3/2025.\n\nOmaolo\n\n"
    "Hanke ottaa käyttöön Omaolo-palvelun oirearviot kaikissa kunnissa. Omaolo on käytössä jo kahdessa kunnassa.\n\n"
    "Tavoitteet\n\n- Sähköinen asiointi kasvaa – kesken\n"
)


def test_r8_5_a_section_named_by_a_service_keeps_the_dependency_on_it() -> None:
    root = next(p for p in _projects(_SERVICE_SECTION, "tilanne.txt") if p.parent is None)
    assert any(str(d.target.iri).endswith("/omaolo") for d in root.dependencies)


# R8-6: a kokonaisuus page's table of its models whose head's first cell is not the model's singular label ("Nimi",
# "Model name") makes that head a model too (partmodels._listed strips only a head that is the label).
_MODEL_TABLES = {
    "fi": ("| Nimi | Tila |\n", "| Kotiutustiimi | Valmis |\n| Etäkotihoito | Kehitteillä |\n", "Nimi"),
    "en": (
        "| Model name | Status |\n",
        "| Discharge team | Ready |\n| Remote home care | In development |\n",
        "Model name",
    ),
}


@pytest.mark.parametrize(("head", "rows", "cell"), _MODEL_TABLES.values(), ids=list(_MODEL_TABLES))
def test_r8_6_a_models_tables_head_is_no_model(head: str, rows: str, cell: str) -> None:
    text = (
        "# Ikäihmisten kotona asumisen tuki Kainuussa\n\nKokonaisuus · Kainuun hyvinvointialue\n\n## Kuvaus\n\n"
        "Kokonaisuus kokoaa kotona asumista tukevat mallit.\n\n## Toimintamallit\n\n"
        + head
        + "|---|---|\n"
        + rows
    )
    assert cell not in [p.name for p in _projects(text, "kokonaisuus.md")]


# R8-1, long-form form: a long-form sheet's sections named by their investment ("kustannukset investointi 1", "… 2")
# now give their tables to the whole, two annual budgets of one year for one project (29f2eb4: none read).
_LONG = "osio\tavain\tarvo\t\n" + "".join(
    f"perustiedot\t{k}\t{v}\t\n"
    for k, v in (
        ("Hankkeen nimi", "Turvallinen kotiutus Kokkolassa"),
        ("Hyvinvointialue", "Pohjanmaan hyvinvointialue"),
        ("Hankeaika", "1.3.2023–31.12.2025"),
    )
)


def test_r8_1_long_form_sections_named_by_investments_are_not_the_wholes_costs() -> None:
    text = _LONG
    for i, (staff, travel) in enumerate(((150000, 6000), (80000, 3000)), start=1):
        name = f"kustannukset investointi {i}"
        text += f"{name}\tKululaji\tBudjetti 2024\tToteutunut 2024\n"
        text += (
            f"{name}\tHenkilöstökulut\t{staff}\t{staff - 10000}\n{name}\tMatkat\t{travel}\t{travel - 1000}\n"
        )
    root = next(p for p in _projects(text, "vienti.tsv") if p.parent is None)
    assert len(root.costs) <= 1  # not two budgets of 2024 for one project


# R8-8: a yes-or-no legend whose no reads "ei poikkeamaa" (no deviation) under a question after deviations: the legend's
# "ei" is taken for the no-word and "poikkeamaa" for its gloss, so the no (no deviation) is rated a deviation and the
# yes (deviations: yes) on plan (lightscales.yes_no_legend).
_DEVIATIONS = (
    "# Kotiutuksen tuki Lapissa -hanke, itsearvio 2/2025\n\n"
    "Lapin hyvinvointialue. Hanketta rahoittaa sosiaali- ja terveysministeriö.\n\n## Poikkeamat\n\n"
    "Poikkeamia: K = kyllä, E = ei poikkeamaa\n\n| Osa-alue | Poikkeamia |\n|---|---|\n"
    "| Aikataulu | E |\n| Kustannukset | K |\n| Tulokset | E |\n"
)


def test_r8_8_a_no_that_says_no_deviation_rates_no_deviation() -> None:
    root = next(p for p in _projects(_DEVIATIONS, "itsearvio.md") if p.parent is None)
    values = {light.dimension: light.value for light in root.lights}
    assert values.get("schedule") != "deviation" and values.get("costs") != "on-plan"


# R8-9: a verdict done in one place and unfinished in another ("Kemi valmis, Tornio kesken") is partly achieved; the
# comma form's "status said before" is asked of "Kemi valmis Tornio" as one text (goalstatus._ends_unfinished), finds
# none, and the goal is read unfinished.
_MIXED = (
    "Kotiutuksen tuki Lapissa -hanke, tilannekatsaus 2/2025\n\n"
    "Lapin hyvinvointialue. Hanketta rahoittaa sosiaali- ja terveysministeriö.\n\nTavoitteet\n\n"
    "- Henkilöstö koulutetaan – Kemi valmis, Tornio kesken\n- Chat-palvelu avataan – Kemi ok, Tornio kesken\n"
)


def test_r8_9_done_in_one_place_unfinished_in_another_is_partly_achieved() -> None:
    root = next(p for p in _projects(_MIXED, "tila.txt") if p.parent is None)
    assert [g.status for g in root.goals] == ["partly-achieved", "partly-achieved"]
