"""A programme's English name in the singular links to the programme (ontology/vocab/programmes.ttl, G10 stop 41).

Invented text. test31's author writes "Future Health and Social Services Centre programme" in ten documents where
the vocabulary held only the plural "Centres" (test27's author): a label variant is one vocabulary line.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def test_the_singular_name_links_the_programme() -> None:
    text = (
        "# Home Care at Night in Kainuu – note\n\nKainuu Wellbeing Services County runs the project in Kajaani.\n"
        "The Ministry of Social Affairs and Health granted EUR 300,000 from the Future Health and Social Services"
        " Centre programme.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="note.md", max_bytes=100_000))
    targets = {str(d.target.iri).rsplit("/", 1)[-1] for p in x.projects for d in p.dependencies}
    assert "tulevaisuuden-sote-keskus" in targets
