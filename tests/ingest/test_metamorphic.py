"""Metamorphic tests of the ingest: a document said in another form that keeps its facts reads to the same facts.

scripts/metamorph.py holds the transformations (another encoding or line end, other whitespace, another number
or currency form, other markup or labels; each one's docstring says why it keeps the facts) and measures them over
every development document. Here, each transformation that holds today on (nearly) every development document is
checked on a small fixed sample: the transformed document must give the same facts as the original, category by
category, in measure_extraction's own fact model. A later change that makes a reader depend on the form fails
here with the transformation's name. The classes that do not hold today are strict xfails, each on a small
invented document: when a fix makes one hold, the xfail fails and its marker goes.

    .venv/bin/python scripts/metamorph.py --per-set 6       # the whole table, per transformation and category
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "ingest" / "corpus"


@cache
def metamorph() -> ModuleType:
    scripts = str(REPO / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    spec = importlib.util.spec_from_file_location("metamorph", REPO / "scripts" / "metamorph.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["metamorph"] = module
    spec.loader.exec_module(module)
    return module


#: Development documents of each text format, small and of different layouts (never a held-out set).
SAMPLE = (
    "test40/ok03_vantaa_kerava_aluehallitus_2022.txt",
    "test42/om07_etela_savo_valiraportti_2023.md",
    "test40/ok01_ita_uusimaa_toimintamalli_2024.html",
    "test42/om02_satakunta_seurantaraportti_2024.csv",
)

#: Transformations that hold on (nearly) every development document today (scripts/metamorph.py's table).
HOLDING = (
    "utf8_bom",
    "utf16",
    "cp1252",
    "crlf",
    "trailing_spaces",
    "spaces_to_tabs",
    "colon_tab",
    "nbsp_thousands",
    "narrow_nbsp_thousands",
    "dot_thousands",
    "decimals_added",
    "euro_code",
    "euro_word",
    "field_labels_swapped",
    "section_headings_swapped",
    "cost_labels_swapped",
    "headings_in_capitals",
    "headings_colon_toggled",
    "md_setext_headings",
    "md_closed_headings",
    "md_tables_unpadded",
    "pipe_table_as_html",
    "html_one_line",
    "html_cells_on_lines",
    "html_entities",
    "html_upper_case_tags",
    "csv_semicolons",
    "csv_quoted",
)


@cache
def _gold(name: str) -> dict:
    import json

    return json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))


@cache
def _before(name: str) -> Any:  # measure_extraction.Outcome
    m = metamorph()
    return m.measure_document(CORPUS / name, _gold(name))


@pytest.mark.parametrize("transformation", HOLDING)
def test_a_form_that_keeps_the_facts_reads_to_the_same_facts(transformation: str, tmp_path: Path) -> None:
    m = metamorph()
    applied = 0
    for name in SAMPLE:
        path = CORPUS / name
        changed = m.TRANSFORMS[transformation](path.read_bytes(), path.suffix.lstrip("."))
        if changed is None:
            continue
        applied += 1
        copy = tmp_path / path.name
        copy.write_bytes(changed)
        change = m.compare(_before(name), m.measure_document(copy, _gold(name)))
        assert not (change.lost or change.wrong or change.gained), f"{transformation} changed {name}: {change}"
    assert applied, f"{transformation} applies to no document of the sample"


# --- the classes that do not hold today: invented documents ---------------------------------------------------

#: An invented plan with a space-aligned estimate table (no corpus text).
PLAN = """Hankesuunnitelma

Hankkeen nimi: Kotikuntoutuksen tehostaminen Kaakkois-Suomessa
Hyvinvointialue: Kymenlaakson hyvinvointialue
Rahoittaja: Sosiaali- ja terveysministeriö
Hankeaika: 1.1.2024–31.12.2025

Hankkeen tavoitteet:
- Kotikuntoutus alkaa viikon kuluessa kotiutuksesta
- Kaatumisten määrä puolittuu

Kustannusarvio (euroa, koko hankeaika)
  Omat henkilöstökustannukset          1 240 000
  Asiantuntijapalvelut                   215 000
  Matkakulut                              18 500
  Yhteensä                             1 473 500

Haettava avustus on 1 473 500 euroa.
"""


def _cells(text: str, file_name: str = "kotikuntoutus_suunnitelma_2024.txt") -> Counter[tuple]:
    from hankegraafi.ingest.extract import extract
    from hankegraafi.ingest.readers import read_bytes

    metamorph()
    measure = sys.modules["measure_extraction"]
    document = read_bytes(text.encode("utf-8"), file_name=file_name, max_bytes=1_000_000)
    return measure.cost_cells(extract(document))


def test_the_invented_plans_table_is_read() -> None:
    cells = _cells(PLAN)
    assert sum(1 for key in cells if key[2] == "estimate") == 4


# Was a strict xfail (M1, stop 51); M2's ingest/tabstops.py (stop 52) reads the tabs as the spaces they show.
def test_an_aligned_table_with_tabs_for_its_gaps_keeps_its_cells() -> None:
    tabbed = metamorph().TRANSFORMS["spaces_to_tabs"](PLAN.encode("utf-8"), "txt").decode("utf-8")
    assert "\t" in tabbed and tabbed.expandtabs(8) == PLAN
    assert _cells(tabbed) == _cells(PLAN)


# Was a strict xfail (M1, stop 51); C4's 4ddeff61 reads a no-break space between digit groups as a plain space.
@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_no_break_spaces_between_thousands_keep_an_aligned_tables_cells(space: str) -> None:
    grouped = re.sub(r"(?<=\d) (?=\d{3}\b)", space, PLAN)
    assert grouped != PLAN
    assert _cells(grouped) == _cells(PLAN)


#: An invented Markdown report (no corpus text).
REPORT = """# Yöhoidon etäkäynnit Keski-Uudellamaalla

Väliraportti 1/2024

| Kenttä | Tieto |
|:--|:--|
| Hyvinvointialue | Keski-Uudenmaan hyvinvointialue |
| Rahoittaja | Sosiaali- ja terveysministeriö |
| Hankeaika | 1.3.2023–31.12.2025 |
| Myönnetty avustus | 840 000 € |

## Tavoitteet

- Yökäynneistä kolmannes tehdään etäyhteydellä
- Asiakkaiden yöhälytykset vähenevät
"""


def _names(text: str, file_name: str = "yohoito_valiraportti_2024.md") -> set[str]:
    from hankegraafi.ingest.extract import extract
    from hankegraafi.ingest.readers import read_bytes

    document = read_bytes(text.encode("utf-8"), file_name=file_name, max_bytes=1_000_000)
    return {p.name.casefold() for p in extract(document).projects}


def test_the_invented_reports_name_is_read() -> None:
    assert _names(REPORT) == {"yöhoidon etäkäynnit keski-uudellamaalla"}


def test_a_closed_heading_gives_the_same_name() -> None:
    closed = metamorph().TRANSFORMS["md_closed_headings"](REPORT.encode("utf-8"), "md").decode("utf-8")
    assert closed.startswith("# Yöhoidon etäkäynnit Keski-Uudellamaalla #")
    assert _names(closed) == _names(REPORT)


def test_comma_thousands_writes_a_sums_decimals_after_a_point() -> None:
    """The English form of "1 210 000,00 €" is "1,210,000.00 €" (the transformation wrote "1,210,000,00"); a single
    group ("1 234", a Finnish decimal's look) and a number's own comma list stay."""
    english = metamorph().TRANSFORMS["comma_thousands"](
        "Myönnetty 1 210 000,00 € ja 2 450 000 euroa, 1 234 €.".encode(), "md"
    )
    assert english.decode() == "Myönnetty 1,210,000.00 € ja 2,450,000 euroa, 1 234 €."
