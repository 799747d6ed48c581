"""Contact details in every written form never leave a real ``hankegraafi serve``.

Two ways in: an invented final report holding each form goes through
``hankegraafi ingest`` (which must redact them and store the document, not
reject it whole), and an invented graph holding each form unredacted goes
through ``hankegraafi load``, which bypasses ingest, so that only the
published-output check stands between it and the pages and dumps. Then every
published form is fetched from the running server: the resource pages
(``.html``, ``.ttl``, ``.nt``, ``.jsonld``), search, both dumps and, for the
ingested graph, what the SPARQL endpoint returns of it.
"""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from bench.live import Live, start
from hankegraafi.shapes.pii import fold, has_contact_details

FORMS = [
    "040–123 4567",
    "040/123 4567",
    "040.123.4567",
    "040\u2011765\u20114321",
    "050 765 4321",
    "(09) 310 5015",
    "+358 (0)40 123 4567",
    "00358 9 1234 5678",
    "+46 8 123 456 78",
    "０４０ １２３ ４５６７",
    "nimi＠example.fi",
    "nimi [at] example.fi",
    "aino.esimerkki(at)example.fi",
    "palaute {at} example (dot) fi",
    "info at example dot fi",
    "mailto:koordinaattori@example.fi",
]
# Beside them, numbers that must survive: an amount, a period, a business ID.
KEPT = ["105 040 123 €", "1.1.2024–31.12.2025", "0201256-6"]
ID = "https://w3id.org/hankegraafi/id/"
LOADED_PROJECT = ID + "project/yhteystietojen-kuormatesti"


def report(forms: list[str]) -> str:
    """An invented final report (no real text) with one form in each output and one in a goal."""
    lines = [
        "Suomen kestävän kasvun ohjelma",
        "",
        "Yhteystietojen neuvontahanke",
        "",
        "Loppuraportti",
        "",
        "Pohjois-Savon hyvinvointialue",
        "",
        "20.02.2025",
        "",
        "Hankkeen / Projektin nimi\tPohjois-Savon Pilari 4, Investointi 1",
        "Vaihe\tLopetus",
        "Tila\tPäättynyt",
        "Aloituspäivämäärä\t01.01.2024",
        "Valmistuspäivämäärä\t31.12.2024",
        "",
        "Tavoitteet",
        "",
        "1. Neuvontapuhelimen käyttöönotto:",
        f"Toteutunut: Neuvonta vastaa numerossa {forms[0]} arkisin, budjetti {KEPT[0]}.",
        "",
        "Tuotokset",
        "",
    ]
    lines += [f"- Ohjeistus {i}, lisätiedot {form} koordinaattorilta." for i, form in enumerate(forms, 1)]
    lines += [f"- Sopimus {KEPT[1]}, toimittajan Y-tunnus {KEPT[2]}."]
    lines += ["", "Keskeiset hyödyt", "", "Asukkaat saavat neuvontaa puhelimitse."]
    return "\n".join(lines) + "\n"


def loaded_graph(forms: list[str]) -> str:
    """N-Quads of an invented project whose literals hold each form unredacted."""
    graph = f"<{ID}graph/yhteystietojen-kuormatesti>"
    s = f"<{LOADED_PROJECT}>"
    quads = [
        f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/hankegraafi/ontology#Project> {graph} .",
        f'{s} <http://www.w3.org/2000/01/rdf-schema#label> "Yhteystietojen kuormatesti"@fi {graph} .',
    ]
    for i, form in enumerate(forms):
        text = "".join(
            c if c.isascii() else f"\\u{ord(c):04X}" for c in f"Kuvaus {i}: lisätietoja {form} arkisin."
        )
        quads.append(f'{s} <http://purl.org/dc/terms/description> "{text}"@fi {graph} .')
    return "\n".join(quads) + "\n"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hankegraafi.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


INGESTED: dict[str, subprocess.CompletedProcess[str]] = {}


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    where = tmp_path_factory.mktemp("contact-live")
    store = where / "store"
    doc = where / "yhteystietoraportti.txt"
    doc.write_text(report(FORMS), encoding="utf-8")
    INGESTED["report"] = cli("ingest", str(doc), "--store", str(store))
    nq = where / "loaded.nq"
    nq.write_text(loaded_graph(FORMS), encoding="utf-8")
    load = cli("load", str(nq), "--store", str(store))
    assert load.returncode == 0, load.stderr[-3000:]
    server = start(store, where / "serve.log")
    try:
        yield server
    finally:
        server.stop()


def assert_clean(where: str, body: str, *, rdf: bool) -> None:
    """No form, written as sent or folded, and for RDF nothing the module reads as contact details."""
    folded = fold(body)[0]
    for form in FORMS:
        assert form not in body, (where, form)
        assert fold(form)[0] not in folded, (where, form)
    if rdf:
        assert not has_contact_details(body), (
            where,
            [m for m in body.splitlines() if has_contact_details(m)][:3],
        )


def ingested_project(live: Live) -> str:
    query = (
        "SELECT ?p WHERE { GRAPH <" + ID + "graph/yhteystietoraportti-txt> "
        "{ ?p a <https://w3id.org/hankegraafi/ontology#Project> } }"
    )
    rows = live.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"}).text.split()
    assert len(rows) == 2, rows
    return rows[1].strip()


def test_ingest_redacts_every_form_and_keeps_the_rest(live: Live) -> None:
    ingest = INGESTED["report"]
    # Stored, not rejected whole by the shape: ingest redacted every form.
    assert ingest.returncode == 0, ingest.stdout[-3000:] + ingest.stderr[-3000:]
    query = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + ID + "graph/yhteystietoraportti-txt> { ?s ?p ?o } }"
    body = live.get("/sparql", params={"query": query}, headers={"Accept": "application/n-triples"}).text
    assert "[puhelinnumero poistettu]" in body and "[sähköposti poistettu]" in body
    assert_clean("sparql", body, rdf=True)
    decoded = body.encode().decode("unicode_escape") if "\\u" in body else body
    for kept in KEPT:
        assert kept in decoded or kept in body, kept


@pytest.mark.parametrize("source", ["ingested", "loaded"])
@pytest.mark.parametrize("suffix", ["html", "ttl", "nt", "jsonld"])
def test_no_page_shows_any_form(live: Live, suffix: str, source: str) -> None:
    """Ingested: redacted at ingest. Loaded unredacted: withheld by the published-output check."""
    iri = ingested_project(live) if source == "ingested" else LOADED_PROJECT
    path = "/" + iri.removeprefix("https://w3id.org/hankegraafi/") + "." + suffix
    response = live.get(path)
    assert response.status_code == 200, path
    assert_clean(path, response.text, rdf=suffix != "html")
    if source == "loaded":
        assert "Yhteystietojen kuormatesti" in response.text  # the page is there, its descriptions are not
        assert "Kuvaus 0" not in response.text


def test_search_shows_no_form(live: Live) -> None:
    for q in ("Ohjeistus", "Kuvaus", "lisätietoja", "koordinaattorilta"):
        response = live.get("/search", params={"q": q})
        assert response.status_code == 200
        assert_clean("/search?q=" + q, response.text, rdf=False)


@pytest.mark.parametrize("name", ["hankegraafi.nq.gz", "hankegraafi.ttl.gz"])
def test_no_dump_holds_any_form(live: Live, name: str) -> None:
    response = live.get("/dumps/" + name)
    assert response.status_code == 200
    body = gzip.decompress(response.content).decode("utf-8")
    body = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m[1], 16)), body)
    assert "yhteystietoraportti-txt" in body  # the ingested document is in it, redacted
    assert_clean(name, body, rdf=True)
