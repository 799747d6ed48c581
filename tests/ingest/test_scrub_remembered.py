"""Contact details are redacted from every literal, remembered per text (issue 17: ingest speed):
the same answer each time, and a text past the remembered length is redacted too."""

from __future__ import annotations

from hankegraafi.ingest import mapping

TEXT = "Lisätietoja: Liisa Koe, p. 040 123 4567, liisa.koe@example.org"


def test_a_text_is_redacted_each_time_and_the_second_from_memory() -> None:
    first = mapping.scrub(TEXT, frozenset({"Liisa Koe"}))
    assert "040" not in first and "@" not in first and "Liisa Koe" not in first and "[nimi]" in first
    hits = mapping._redacted.cache_info().hits
    assert mapping.scrub(TEXT, frozenset({"Liisa Koe"})) == first
    assert mapping._redacted.cache_info().hits == hits + 1
    assert mapping.scrub(TEXT) != first  # the names are the document's own: not remembered with the text
    long_text = TEXT + " " + "x" * mapping._REDACTED_LONGEST
    assert mapping.scrub(long_text).startswith(mapping.scrub(TEXT))
