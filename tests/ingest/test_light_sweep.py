"""Every rating value accounted for (stop 33, issue 13; invented reports): ``ingest/lightsweep.py`` finds
each value of the light scale where a rating stands (a table cell, a short line, the value after a label),
and the coverage report lists the ones no fact used, so that a light in a form no reader knows is seen.
A scale written out (a legend, a header of colours) and a colour word in running text are no ratings.
"""

from __future__ import annotations

from hankegraafi.ingest import lightsweep
from hankegraafi.ingest.coverage import coverage, coverage_triples, note_text, render
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology.namespaces import HG

REPORT = """Tilanneraportti 2/2024
Hanke: Kotihoidon yöpartio
Hallinnoija: Kainuun hyvinvointialue

Liikennevalot
Selite: V = vihreä, K = keltainen, P = punainen
Aikataulu\tV
Kustannukset\tK

Viestintä\tkeltainen
Vihreä siirtymä on hankkeen teema, ja sitä edistetään kaikessa viestinnässä koko vuoden ajan.
"""


def test_ratings_are_the_values_where_a_rating_stands() -> None:
    lines = REPORT.splitlines()
    found = {(r.line, r.text, r.value) for r in lightsweep.ratings(lines)}
    assert found == {
        (7, "V", "on-plan"),
        (8, "K", "deviation"),
        (10, "keltainen", "deviation"),
    }


def test_a_scale_written_out_is_no_rating() -> None:
    lines = ["Vihreä\tKeltainen\tPunainen", "V = vihreä, K = keltainen", "punainen = merkittävä poikkeama"]
    assert lightsweep.ratings(lines) == []
    assert [(r.line, r.value) for r in lightsweep.ratings(["Tilanne: punainen"])] == [(1, "deviation")]


def test_the_coverage_report_lists_the_ratings_no_light_used() -> None:
    document = read_bytes(REPORT.encode(), file_name="raportti.txt", max_bytes=100_000)
    x = extract(document)
    assert {light.dimension for p in x.projects for light in p.lights} == {"schedule", "costs"}
    report = coverage(document, x)
    assert report.ratings == [(10, "keltainen")]
    assert "Traffic light values no light used (1):" in render(report, "en")
    assert "Liikennevalon arvot, joita mikään liikennevalo ei käyttänyt (1):" in render(report, "fi")
    notes = [str(o) for _s, p, o in coverage_triples(report, HG.doc) if p == HG.extractionNote]
    assert "traffic light values left unread on lines: 10" in notes
    assert (
        note_text("traffic light values left unread on lines: 10", "sv")
        == "trafikljusvärden olästa på raderna: 10"
    )
