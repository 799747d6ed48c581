"""Granted funding is money of its own kind: never an estimate, never added to budgets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.ontology.namespaces import HG, vocab
from hankegraafi.queries.catalogue import run
from hankegraafi.settings import Config
from hankegraafi.store import open_store

PLAN = """Suomen kestävän kasvun ohjelma

Kymenlaakson Kestävän kasvun hanke

Hankesuunnitelma

Kymenlaakson hyvinvointialue

10.02.2022

2 Hankkeen toteutus

2.2 Investointi 2: Digitaalinen palveluohjaus

Tavoitteet:

Tavoitteena on, että chat on käytössä vuoden 2023 loppuun mennessä.

Resurssit ja kustannusarvio:

Kustannusarvio yhteensä 400 000 €. Hankkeelle myönnetty valtionavustus on 380 000 €.
"""


def test_granted_amount_is_a_statement_of_its_own_kind(tmp_path: Path) -> None:
    path = tmp_path / "suunnitelma.txt"
    path.write_text(PLAN, encoding="utf-8")
    graph, _kind, _warnings = Ingester(None, Config.load({}, environ={}), validate=False).build_graph(path)
    kinds = {
        str(graph.value(s, HG.statementKind)).rsplit("/", 1)[-1]: [
            Decimal(str(graph.value(line, HG.budget))) for line in graph.objects(s, HG.hasLine)
        ]
        for s in graph.subjects(None, HG.CostStatement)
    }
    assert kinds == {"estimate": [Decimal(400000)], "granted": [Decimal(380000)]}
    assert any(graph.subjects(HG.statementKind, vocab("statement-kind", "granted")))
    store = open_store(tmp_path / "store")
    try:
        ingester = Ingester(store, Config.load({"store": str(tmp_path / "store")}, environ={}))
        ingester.ensure_reference_graphs()
        assert ingester.ingest(path).status == "stored"
        for kind, expected in (("granted", Decimal(380000)), ("estimate", Decimal(400000))):
            result = run(store, "budget-by-region", {"kind": kind})
            budgets = [row[result.variables.index("budget")].toPython() for row in result.rows]
            assert budgets == [expected], kind
        assert run(store, "budget-by-region", {}).rows == []  # no cumulative follow-up in a plan
    finally:
        store.close()
