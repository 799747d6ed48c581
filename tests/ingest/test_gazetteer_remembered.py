"""A gazetteer remembers what it found in a text (issue 17: ingest speed) only while its index is
as it was: a name added by a document is found in a text asked about before it was added."""

from __future__ import annotations

from rdflib import URIRef

from hankegraafi.ingest.entities import Entry, Gazetteer

TEXT = "Yhteistyössä Kuusiston kokeilukeskuksen ja Pohjois-Savon hyvinvointialueen kanssa."


def test_a_name_added_later_is_found_in_a_text_asked_about_before() -> None:
    county = Entry(URIRef("urn:x-koe:pohjois-savo"), "county", "Pohjois-Savon hyvinvointialue")
    gazetteer = Gazetteer([county])
    first = gazetteer.find(TEXT)
    assert [m.entry for m in first] == [county]
    first.clear()  # the caller's own list: what is remembered stays
    assert [m.surface for m in gazetteer.find(TEXT)] == ["Pohjois-Savon hyvinvointialueen"]
    centre = Entry(URIRef("urn:x-koe:keskus"), "organisation", "Kuusiston kokeilukeskus")
    gazetteer.add(centre, ["Kuusiston kokeilukeskus"])
    assert [m.entry for m in gazetteer.find(TEXT)] == [centre, county]
