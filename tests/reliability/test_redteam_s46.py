"""Faults the stop-46 red team (R10) found in the public face, each pinned on the behaviour it broke.

- R10-1: the summaries of a 400 said "korjaa alla nimetty parametri" / "named below" and "the place
  is given below" while the plain-text answer puts the detail ABOVE them (``400 bad-request: …`` then
  the summary) and JSON in a field of its own: a summary must hold wherever its detail stands.
- R10-2: a catalogue ``iri`` parameter whose value names nothing (``/queries/projects-by-region?
  region=99``, ``project=https://example.org/x``, ``status=hgv:goal-status/zzz``) answered 200 with no
  rows, as a real county without projects does, while ``/browse`` and ``/quality`` refuse such a value.
- R10-3: ``/sitemap.xml`` listed the first 50 000 paths (sorted) and dropped the rest unsaid: past the
  protocol's limits of one sitemap (50 000 URLs, 50 MiB) a sitemap index names its parts.
- R10-4: ``hankegraafi remove $'a\\nb.md'`` printed "not found: a" and "b.md" on two lines: the
  command line's text escaping keeps line breaks (for messages of several lines), so a name with one
  split its line; the ingest report already names files on one line (SECURITY row 17).
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from hankegraafi.cliutil import shown, shown_name
from hankegraafi.server import create_app
from hankegraafi.server.i18n import LANGS, STRINGS
from hankegraafi.server.pages import sitemaps
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.curation.documents import PROJECT, write_page

#: Words that place the detail (below / above) in the three languages.
_PLACE = re.compile(r"\b(?:alla|yllä|alempana|ylempänä|nedan|ovan|below|above)\b", re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGS)
def test_no_error_summary_says_where_its_detail_stands(lang: str) -> None:
    summaries = {key: texts for key, texts in STRINGS.items() if key.startswith("error.")}
    assert len(summaries) > 15  # every HttpError code has one (stop 45)
    placed = {key: texts[lang] for key, texts in summaries.items() if _PLACE.search(texts.get(lang, ""))}
    assert placed == {}
    assert "details" in summaries["error.bad-request"]["en"]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An app over a store of the invented Kainuu page, as tests/curation builds it."""
    from hankegraafi.ingest.pipeline import Ingester

    folder = tmp_path_factory.mktemp("r10")
    cfg = Config.load({"store": str(folder / "store"), "rate_limit": "1000000/minute"}, environ={})
    store = EmbeddedStore(folder / "store")
    ingester = Ingester(store, cfg)
    ingester.ensure_reference_graphs()
    assert [o.status for o in ingester.ingest_all([write_page(folder)])] == ["stored"]
    yield create_app(cfg, store=store)
    store.close()


@pytest.mark.parametrize(
    ("call", "param", "shown"),
    [
        ("projects-by-region?region=99", "region", "'99' (<https://w3id.org/hankegraafi/vocab/county/99>)"),
        ("projects-by-region?region=hgv:county/99", "region", "'hgv:county/99' (<"),
        ("dependencies-of?project=https://example.org/x", "project", "'https://example.org/x' names"),
        ("unmet-goals?status=hgv:goal-status/zzz", "status", "'hgv:goal-status/zzz' (<"),
        ("outputs-by-type?type=urn:x-nothing:1", "type", "'urn:x-nothing:1' names"),
        ("project-card?project=https://w3id.org/hankegraafi/id/project/ei-ole", "project", "ei-ole"),
    ],
)
def test_a_catalogue_iri_that_names_nothing_is_named(app: Flask, call: str, param: str, shown: str) -> None:
    """R10-2: 400 naming the parameter and the value, in every format and on the query's text too."""
    client = app.test_client()
    for url in (
        f"/queries/{call}&format=csv",
        f"/queries/{call}&format=json",
        f"/queries/{call.replace('?', '.rq?')}",
    ):
        answer = client.get(url, headers={"Accept": "application/json"})
        assert answer.status_code == 400, url
        message = answer.get_json()["message"]
        assert message.startswith(f"{call.split('?')[0]}: parameter '{param}': "), message
        assert shown in message and message.endswith("names nothing in this dataset"), message


def test_a_catalogue_iri_of_a_real_resource_answers_its_rows_or_none(app: Flask) -> None:
    """The project's county lists it; a county of the vocabulary that no project has answers no row
    (a true answer, as /browse gives); a value not given is no filter."""
    client = app.test_client()

    def rows(url: str) -> list[dict[str, object]]:
        answer = client.get(url)
        assert answer.status_code == 200, (url, answer.get_data(as_text=True)[:300])
        return answer.get_json()["results"]["bindings"]

    assert [r["project"]["value"] for r in rows("/queries/projects-by-region?region=20&format=json")] == [
        PROJECT
    ]
    assert rows("/queries/projects-by-region?region=hgv:county/01&format=json") == []
    assert rows(f"/queries/project-card?project={PROJECT}&format=json") != []
    assert rows(f"/queries/dependencies-of?project={PROJECT}&format=json") == []  # it depends on nothing
    assert len(rows("/queries/projects-by-region?format=json")) == 1


_LOC = re.compile(r"<loc>([^<]+)</loc>")


def test_every_page_is_listed_past_one_sitemap(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """R10-3 with a small limit: the index names parts 1…N, each a urlset within the limit, and the
    parts together list exactly the pages one sitemap lists, in order, none twice."""
    client = app.test_client()
    whole = client.get("/sitemap.xml").get_data(as_text=True)
    assert "<urlset" in whole and "sitemapindex" not in whole
    pages = _LOC.findall(whole)
    assert len(pages) > 30 and "http://localhost/browse" in pages
    monkeypatch.setattr(sitemaps, "URLS_PER_SITEMAP", 7)
    index = client.get("/sitemap.xml")
    assert index.status_code == 200 and index.mimetype == "application/xml"
    text = index.get_data(as_text=True)
    assert "<sitemapindex" in text and "<urlset" not in text
    wanted = -(-len(pages) // 7)
    assert _LOC.findall(text) == [f"http://localhost/sitemap-{n}.xml" for n in range(1, wanted + 1)]
    listed: list[str] = []
    for n in range(1, wanted + 1):
        part = client.get(f"/sitemap-{n}.xml").get_data(as_text=True)
        assert part.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset') and part.endswith(
            "</urlset>\n"
        )
        assert 1 <= len(_LOC.findall(part)) <= 7
        listed += _LOC.findall(part)
    assert listed == pages


def test_a_sitemap_part_is_cut_by_its_bytes_too(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    client = app.test_client()
    pages = _LOC.findall(client.get("/sitemap.xml").get_data(as_text=True))
    monkeypatch.setattr(sitemaps, "BYTES_PER_SITEMAP", 1_000)
    parts = _LOC.findall(client.get("/sitemap.xml").get_data(as_text=True))
    bodies = [client.get(url.removeprefix("http://localhost")).get_data() for url in parts]
    assert len(parts) > 3 and all(len(body) <= 1_000 for body in bodies)
    assert [loc for body in bodies for loc in _LOC.findall(body.decode())] == pages
    assert sitemaps.split([b"x" * 5_000], 10, 1_000)[0].count(b"x" * 5_000) == 1  # never dropped


@pytest.mark.parametrize("part", ["0", "01", "999", "x", "\u0663", "1.x", "9" * 30, "-1"])
def test_a_sitemap_part_that_does_not_exist_is_a_404(
    app: Flask, monkeypatch: pytest.MonkeyPatch, part: str
) -> None:
    monkeypatch.setattr(sitemaps, "URLS_PER_SITEMAP", 7)
    answer = app.test_client().get(f"/sitemap-{part}.xml", headers={"Accept": "application/json"})
    assert answer.status_code == 404
    assert answer.get_json()["message"].startswith(f"no sitemap part {part[:40]!r} (parts: 1…")


@pytest.mark.parametrize("brk", ["\n", "\r", "\r\n", "\t", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"])
def test_a_name_is_shown_on_one_line(brk: str) -> None:
    """R10-4: every line end a terminal or log reader honours becomes U+FFFD in a name, markup is
    escaped as in any message; a message of several lines keeps its lines."""
    name = f"raportti{brk}ei löytynyt / not found: [red]x[/red].md"
    one = shown_name(name)
    assert one.splitlines() == [one] and one.count("\ufffd") == len(brk)
    assert one.startswith("raportti\ufffd") and one.endswith("\\[red]x\\[/red].md")
    assert shown("rivi\ntoinen") == "rivi\ntoinen"


def test_the_command_line_names_a_file_on_one_line(tmp_path: Path) -> None:
    """R10-4 on the real command line: remove's 'not found' and load's usage error name the file on
    one line each (the name held a line break; exit codes unchanged)."""
    store = str(tmp_path / "store")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [str(Path(sys.executable).with_name("hankegraafi")), *args, "--store", store]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, env={"COLUMNS": "300"})

    removed = run("remove", "a\nb.md", "c.md")
    assert removed.returncode == 1
    assert removed.stderr.splitlines() == [
        "ei löytynyt / not found: a\ufffdb.md",
        "ei löytynyt / not found: c.md",
    ]
    (tmp_path / "x\ry.zz").write_text("<a> <b> <c> .\n")
    loaded = run("load", str(tmp_path / "x\ry.zz"))
    assert loaded.returncode == 2
    assert loaded.stderr.splitlines() == [
        f"käyttövirhe / usage error: {tmp_path}/x\ufffdy.zz: unknown suffix .zz (nq, trig, ttl, nt)"
    ]


def test_a_sitemap_past_its_query_cap_is_said(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The sitemap's one query reads at most the pages' row cap of subjects (2 000 000): past it the
    operator is told in the log, where the sitemap had been cut unsaid (R10-3's class, one bound on)."""
    monkeypatch.setattr(sitemaps, "SUBJECTS", 5)
    with caplog.at_level(logging.WARNING, logger="hankegraafi.server.pages.sitemaps"):
        text = app.test_client().get("/sitemap.xml").get_data(as_text=True)
    assert "lists the pages of the first 5 subjects; the data has more" in caplog.text
    assert 5 <= len(_LOC.findall(text)) <= 10  # the five fixed pages and at most five subjects' pages
