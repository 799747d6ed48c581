"""An output a document states twice (in its summary and in its list) is one fact with both spans."""

from __future__ import annotations

from pathlib import Path

from rdflib.namespace import DCTERMS, PROV

from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.ontology.namespaces import HG
from hankegraafi.settings import Config

REPORT = """Tilanneraportti

Esimerkkialueen kestävän kasvun hanke

Keski-Suomen hyvinvointialue

Hankkeen / Projektin nimi\tKeski-Suomen Pilari 4, Investointi 3
Tila\tKäynnissä
Raportointijakso\t1.1.2024 - 30.6.2024

Keskeiset aikaansaannokset raportointikaudella

- Kotihoitoon hankittiin 4 etämittauslaitetta.
- Kotihoidon ohjeistus valmistui.

Tuotokset

- Kotihoitoon hankittiin 4 etämittauslaitetta
- Kotihoitoon hankittiin 6 etämittauslaitetta
- Koulutuksiin osallistui 30 hoitajaa.
"""


def test_an_output_stated_twice_is_one_fact_with_both_spans(tmp_path: Path) -> None:
    path = tmp_path / "kaksi-kertaa.txt"
    path.write_text(REPORT, encoding="utf-8")
    graph, _kind, _warnings = Ingester(None, Config.load({}, environ={}), validate=False).build_graph(path)
    outputs = {str(graph.value(o, DCTERMS.description)): o for o in graph.subjects(None, HG.Output)}
    same = [o for text, o in outputs.items() if "4 etämittauslaitetta" in text]
    assert len(same) == 1, outputs
    lines = sorted(int(graph.value(s, HG.firstLine)) for s in graph.objects(same[0], PROV.wasDerivedFrom))
    assert lines == [13, 18]
    # A different quantity is a different output, not a duplicate.
    assert any("6 etämittauslaitetta" in text for text in outputs)
    assert len(outputs) == 4
