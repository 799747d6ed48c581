"""IRI minting is deterministic, readable and collision-resistant."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from hankegraafi.ontology.namespaces import graph_iri, mint, slugify, vocab


def test_examples() -> None:
    assert str(mint("project", "RRP112.1")) == "https://w3id.org/hankegraafi/id/project/rrp112-1"
    assert slugify("Pohjanmaan Pilari 4, Investointi 1") == "pohjanmaan-pilari-4-investointi-1"
    assert slugify("Säkylä") == "sakyla"
    assert str(vocab("county", "07")) == "https://w3id.org/hankegraafi/vocab/county/07"
    assert str(graph_iri("a.txt", base="http://x/")) == "http://x/graph/a-txt"


@given(st.text())
def test_slug_is_safe_and_stable(text: str) -> None:
    slug = slugify(text)
    assert slug == slugify(text)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)
    assert len(slug) <= 80


@given(st.text(min_size=100), st.text(min_size=100))
def test_long_keys_do_not_collide(a: str, b: str) -> None:
    if a != b and slugify(a)[:60] == slugify(b)[:60]:
        assert slugify(a) != slugify(b)
