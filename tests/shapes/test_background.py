"""The validation background reuses the loader's parsed graphs and equals the file-by-file reading."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rdflib import URIRef
from rdflib.compare import isomorphic

from hankegraafi.ontology import registry
from hankegraafi.shapes import background

_EXTRA = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://example.org/test/uusi-ulottuvuus> a skos:Concept ;
    skos:inScheme <https://w3id.org/hankegraafi/vocab/light-dimension> ;
    skos:prefLabel "Uusi ulottuvuus"@fi .
"""


@pytest.fixture
def fresh() -> Iterator[None]:
    background.background_graph.cache_clear()
    yield
    background.background_graph.cache_clear()


def _by_files() -> object:
    """The background read file by file, as before the loader's graphs were reused."""
    background.background_graph.cache_clear()
    reuse = background._parsed_already
    background._parsed_already = lambda files: None  # type: ignore[assignment]
    try:
        return background.background_graph()
    finally:
        background._parsed_already = reuse  # type: ignore[assignment]
        background.background_graph.cache_clear()


def test_reused_graphs_give_the_same_background(fresh: None) -> None:
    files = background._turtle_files(background.resources.files(background._ONTOLOGY_PACKAGE))
    assert background._parsed_already(
        files
        + background._turtle_files(background.resources.files(background._ONTOLOGY_PACKAGE).joinpath("vocab"))
    )
    reused = background.background_graph()
    assert len(reused) > 1000
    assert isomorphic(reused, _by_files())  # type: ignore[arg-type]


def test_extended_vocabulary_stays_out_of_the_background(fresh: None) -> None:
    """registry.extended adds to the loader's graph; validation never saw those terms."""
    with registry.extended(_EXTRA):
        extended = background.background_graph()
    assert (URIRef("https://example.org/test/uusi-ulottuvuus"), None, None) not in extended
    assert isomorphic(extended, _by_files())  # type: ignore[arg-type]
