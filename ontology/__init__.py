"""The ontology, the reference vocabularies and the namespaces every layer uses.

Data files (Turtle) are read through ``importlib.resources`` so that an
installed wheel works from any working directory; nothing is parsed at import.
"""

from hankegraafi.ontology.loader import ontology_graph, vocabulary_graph
from hankegraafi.ontology.namespaces import (
    BASE_IRI_DEFAULT,
    HG,
    ONTOLOGY_GRAPH,
    ONTOLOGY_IRI,
    PREFIXES,
    VOCAB,
    VOCAB_GRAPH,
    catalogue_graph,
    graph_iri,
    mint,
    slugify,
    vocab,
)

__all__ = [
    "BASE_IRI_DEFAULT",
    "HG",
    "ONTOLOGY_GRAPH",
    "ONTOLOGY_IRI",
    "PREFIXES",
    "VOCAB",
    "VOCAB_GRAPH",
    "catalogue_graph",
    "graph_iri",
    "mint",
    "ontology_graph",
    "slugify",
    "vocab",
    "vocabulary_graph",
]
