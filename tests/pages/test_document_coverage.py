"""The document page shows what the ingest understood (issue 13): coverage in fi/sv/en.

The bundled sample final report (ingest/samples) is read by its layout rules; its
page shows the share of lines used, the lines nothing was read from, the sections
and fields recognised by their vocabulary labels, and the notes in the page's language.
"""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.pages.test_content import section, soup, text

URL = "/id/document/lappi-loppuraportti-txt.html"


def test_coverage_section_in_three_languages(client: FlaskClient) -> None:
    expected = {
        "fi": (
            "Mitä luenta ymmärsi",
            "Käytetyt rivit",
            "Tunnistetut kentät",
            "rahoittaja oletuksena ohjelman perusteella",
        ),
        "sv": (
            "Vad inläsningen förstod",
            "Använda rader",
            "Igenkända fält",
            "finansiär antagen utifrån programmet",
        ),
        "en": (
            "What the ingest understood",
            "Lines used",
            "Fields recognised",
            "funder by default from the programme",
        ),
    }
    for lang, (title, used, fields, note) in expected.items():
        page = soup(client, URL, lang)
        coverage = section(page, "coverage")
        shown = text(coverage)
        assert title in shown and used in shown and fields in shown, (lang, shown[:300])
        assert note in shown, (lang, shown)
        assert "Sosiaali- ja terveysministeriö" in shown


def test_coverage_figures_are_the_stored_ones(client: FlaskClient) -> None:
    from hankegraafi.ingest.coverage import coverage
    from hankegraafi.ingest.extract import extract
    from hankegraafi.ingest.pipeline import sample_documents
    from hankegraafi.ingest.readers import read_document

    path = next(p for p in sample_documents() if p.name == "lappi-loppuraportti.txt")
    document = read_document(path, max_bytes=10_000_000)
    report = coverage(document, extract(document))
    used = report.lines - len(report.unused)
    shown = text(section(soup(client, URL, "en"), "coverage"))
    assert f"{used} / {report.lines} lines" in shown
    # A field recognised is named by the vocabulary's label, not by its key.
    assert "Hankkeen / Projektin nimi" in text(section(soup(client, URL, "fi"), "coverage"))
