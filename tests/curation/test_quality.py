"""/quality and the catalogue query ``quality``: what a project lacks, its open items, a score."""

from __future__ import annotations

from flask import Flask

from hankegraafi.queries import run
from hankegraafi.store.embedded import EmbeddedStore

KAINUU = "https://w3id.org/hankegraafi/vocab/county/20"


def test_quality_query_counts_the_unknown_name_and_the_missing_facts(curated_store: EmbeddedStore) -> None:
    rows = run(curated_store, "quality", {"region": KAINUU}).dicts()
    assert len(rows) == 1
    row = rows[0]
    assert str(row["projectLabel"]) == "Kainuun etäkotihoito"
    # The Innokylä page states a period, a county and a description, nothing of the rest.
    assert str(row["missing"]).split() == [
        "identifier",
        "lifecycleStatus",
        "grantedAmount",
        "managerOrganisation",
        "goals",
    ]
    assert int(row["missingCount"]) == 5
    assert int(row["reviewItems"]) == 1  # Kuvitelmalan yliopisto
    assert int(row["warnings"]) == 0
    assert int(row["score"]) == round(100 * 3 / 8) - 5
    assert run(curated_store, "quality", {"region": "https://w3id.org/hankegraafi/vocab/county/01"}).rows == []


def test_quality_page_per_county_in_three_languages(review_app: Flask) -> None:
    client = review_app.test_client()
    fi = client.get("/quality?region=20&hl=fi")
    assert fi.status_code == 200
    assert "Kainuun etäkotihoito" in fi.text and "myönnetty rahoitus" in fi.text
    assert 'href="/id/project/canonical/20/' in fi.text
    assert '<td class="score">33</td>' in fi.text
    assert "beviljad finansiering" in client.get("/quality?region=20&hl=sv").text
    en = client.get("/quality?hl=en")
    assert "Data quality" in en.text and "granted funding" in en.text
    # Linking the unknown name clears the project's open item: the score goes up by 5.
    from hankegraafi.ingest import curation

    store = review_app.extensions["hankegraafi"].runner.store
    curation.decide(
        store,
        "https://w3id.org/hankegraafi/id/",
        "link",
        curation.expand_iri("https://w3id.org/hankegraafi/id/organisation/kuvitelmalan-yliopisto", ""),
        by=curation.default_agent("https://w3id.org/hankegraafi/id/"),
        linked=curation.expand_iri("hgv:organisation/thl", ""),
    )
    assert '<td class="score">38</td>' in client.get("/quality?region=20&hl=fi").text
