"""One translation table, one lookup, one fallback order: the wanted language, then fi → en → sv.

Interface texts (endpoint, pages, explorer) live in one table
(``server/i18n.py``) and are looked up by one function; catalogue titles and
labels of data pick through ``ontology/registry.py``'s same order; the
explorer's names of dependency kinds and traffic-light dimensions are the
vocabulary's labels.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import unquote

import lxml.html
import pytest
from flask import Flask
from rdflib import RDFS, SKOS, Literal, URIRef

from hankegraafi.ontology import loader, registry
from hankegraafi.server import i18n, reconcile
from hankegraafi.server.explorer import ui, vocab
from hankegraafi.server.pages import dataset
from tests.pages.crawl import FOREIGN, crawl, page_type

SERVER = Path(__file__).resolve().parents[2] / "server"
#: A key written literally where a text is looked up: t('key'), translate("key"), b.row("key", …).
_USED = re.compile(r"""\b(?:t|translate|row|field)\(\s*["']([a-z][a-z0-9_]*)["']\s*[,)]""")


def used_keys() -> dict[str, str]:
    """Every literal key the templates and the server's modules look up, with a file that uses it."""
    found: dict[str, str] = {}
    for path in [*SERVER.rglob("*.html"), *SERVER.rglob("*.py")]:
        if "node_modules" in path.parts or "review" in path.parts:  # review's texts are review.<key>
            continue
        for key in _USED.findall(path.read_text(encoding="utf-8")):
            found.setdefault(key, str(path.relative_to(SERVER)))
    return found


def test_pick_follows_the_one_order() -> None:
    texts = {"en": "English", "fi": "Suomi", "sv": "Svenska"}
    assert i18n.pick(texts, "sv") == "Svenska"
    assert i18n.pick({"en": "English", "fi": "Suomi"}, "sv") == "Suomi"  # fi before en
    assert i18n.pick({"en": "English", "sv": "Svenska"}, "de") == "English"  # en before sv
    assert i18n.pick({"sv": "Svenska"}, "fi") == "Svenska"
    assert i18n.pick({"": "no language"}, "fi") == "no language"
    assert i18n.pick({}, "fi") == ""
    assert registry.FALLBACK == ("fi", "en", "sv")


def test_one_table_written_in_three_languages() -> None:
    for key, texts in i18n.STRINGS.items():
        assert set(texts) == {"fi", "sv", "en"}, key
        assert all(text.strip() for text in texts.values()), key
        # The same placeholders in every language ({n}, {iri} …).
        holes = {lang: sorted(re.findall(r"\{(\w+)\}", text)) for lang, text in texts.items()}
        assert holes["fi"] == holes["sv"] == holes["en"], (key, holes)


def test_every_key_looked_up_is_in_the_table() -> None:
    used = used_keys()
    assert len(used) > 100  # the scan finds the pages' and the endpoint's keys
    missing = {key: where for key, where in used.items() if key not in i18n.STRINGS}
    assert not missing, missing
    # The explorer's script keys, its names of kinds and relations, and the pages' kind names.
    for key in ui.SHARED:
        assert key in i18n.STRINGS, key
    # The charts', the tile map's and the review's texts, text("key") there: chart.<key> … here.
    for module, prefix in (
        ("charts.py", "chart."),
        ("pages/tilemap.py", "tilemap."),
        ("review/__init__.py", "review."),
        ("pages/dataset.py", "dataset."),
    ):
        keys = re.findall(r"""\btext\(\s*["']([a-z_]+)["']""", (SERVER / module).read_text(encoding="utf-8"))
        assert keys, module
        assert not [k for k in keys if prefix + k not in i18n.STRINGS], module
    # The dataset description's dumps and the reconciliation service's names (server/reconcile.py).
    for name, *_ in dataset.DUMPS:
        assert {f"dataset.{name.split('.')[1]}_{t}" for t in ("title", "description")} <= set(i18n.STRINGS)
    assert "reconcile.service_name" in i18n.STRINGS
    assert not [t.key for t in reconcile.TYPES if f"reconcile.type_{t.key}" not in i18n.STRINGS]
    # Every text the explorer's page and script read (texts.KEY, T.KEY, fmt("KEY") …) is given to them.
    scripts = [
        SERVER / "templates" / "explorer" / "index.html",
        SERVER / "templates" / "explorer" / "views.html",
    ]
    scripts += [SERVER / "static" / "explorer" / name for name in ("explorer.js", "views.js")]
    read = set()
    for path in scripts:
        text = path.read_text(encoding="utf-8")
        read |= set(re.findall(r"\b(?:texts|T)\.([a-z_]+)", text)) | set(
            re.findall(r"\bfmt\(\s*\"([a-z_]+)\"", text)
        )
    assert len(read) > 40
    assert not read - set(ui.texts("fi")), read - set(ui.texts("fi"))
    for kind in (*vocab.KINDS, "other", "unspecified"):
        assert f"explorer.name:{kind}" in i18n.STRINGS, kind
    for rel in vocab.RELATIONS:
        assert f"explorer.name:rel:{rel}" in i18n.STRINGS, rel


def test_interface_texts_fall_back_to_finnish_first() -> None:
    assert i18n.translate("home", "de") == "Etusivu"
    assert i18n.translate("search", "de") == "Haku"
    assert i18n.translate("home", "sv") == "Startsida"
    assert i18n.translate("no such key", "sv") == "no such key"
    assert i18n.translate("n_projects", "sv", n=3) == "3 projekt"
    assert ui.texts("de")["title"] == "Riippuvuuskartta"
    # The explorer's own wording where the pages word the same key differently, the shared text elsewhere.
    assert ui.texts("sv")["search"] == i18n.translate("explorer.search", "sv") != i18n.translate("search", "sv")
    assert ui.texts("en")["language"] == i18n.translate("language", "en") == "Language"


def test_explorer_names_concepts_as_the_vocabulary_does() -> None:
    for lang in ("fi", "sv", "en"):
        texts = ui.texts(lang)
        for concept in registry.dependency_kinds():
            assert texts[f"name:{concept.key}"] == concept.label(lang).text
            assert vocab.name(concept.key, lang) == concept.label(lang).text
        for concept in registry.light_dimensions():
            assert vocab.name(concept.key, lang) == concept.label(lang).text
    # Relations are the interface's, apart from the concept of the same key.
    fi = ui.texts("fi")
    assert fi["name:rel:continuation"] == "jatkuu"
    assert fi["name:continuation"] == registry.dependency_kinds()["continuation"].label("fi").text
    assert vocab.dependency_kinds() == registry.dependency_kinds().keys


# -- the three-language crawl (issue 19) ---------------------------------------------------------
#
# The demo pages are crawled in each of fi, sv and en (a sample of every HTML page type, in process:
# a few seconds a language), and every text a reader sees — text nodes and the aria-label,
# placeholder, title and alt attributes, outside code — is checked:
# - the page says its language (<html lang>), and a name shown in another language says so;
# - no raw property name or slug: a text equal to the last part of the IRI of an ontology term,
#   of a reused term (dct:description, prov:wasDerivedFrom …) or to a concept's key (administrator,
#   shared-work), unless it is also a real text of that language (en "description");
# - on fi and sv pages no English interface text: a text of the table's English, or an English
#   label of a term, that is no text of the page's language.
# A text inside an element whose lang is another language is that language's, and not checked.

#: Texts never checked: the site's name, format names and the language switch's codes.
_NEUTRAL = {"hankegraafi", "sparql", "html", "turtle", "json-ld", "n-triples", "rdf/xml", "fi", "sv", "en"}
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SKIPPED_TAGS = {"script", "style", "code", "pre", "textarea", "kbd", "samp"}
_ATTRIBUTES = ("aria-label", "placeholder", "title", "alt")
#: Pages of each HTML page type the translation crawl reads in each language.
_PER_TYPE = 1


def _fold(text: str) -> str:
    return " ".join(text.split()).strip(" :·,.()").casefold()


@functools.cache
def language_texts(lang: str) -> frozenset[str]:
    """Every interface text and every label of a term or concept in ``lang`` (folded)."""
    texts = {_fold(t[lang]) for t in i18n.STRINGS.values() if lang in t}
    graphs = ((loader.ontology_graph(), RDFS.label), (registry.reused_labels(), RDFS.label))
    for g, prop in (*graphs, (loader.vocabulary_graph(), SKOS.prefLabel)):
        texts |= {_fold(str(o)) for o in g.objects(None, prop) if isinstance(o, Literal) and o.language == lang}
    return frozenset(texts)


@functools.cache
def raw_names(lang: str) -> frozenset[str]:
    """Last parts of the IRIs of ontology terms and reused terms, and concept keys (folded).

    A key that is also the concept's name or code in ``lang`` (or in no language) is a name
    there: "Pirkanmaa", "THL", and "administrator" on an English page, not on a Swedish one.
    """
    names: set[str] = set()
    for g in (loader.ontology_graph(), registry.reused_labels()):
        names |= {_fold(re.split(r"[#/]", str(s))[-1]) for s in g.subjects() if isinstance(s, URIRef)}
    for scheme in registry.schemes().values():
        for c in scheme:
            forms = [c.pref.get(code, "") for code in (lang, "")]
            forms += [f for code in (lang, "") for f in (*c.alt.get(code, ()), *c.hidden.get(code, ()))]
            written = {_fold(form) for form in forms}
            if not c.key.isdigit() and _fold(c.key) not in written | {_fold(c.notation or "")}:
                names.add(_fold(c.key))
    return frozenset(n for n in names if len(n) > 1)


@functools.cache
def english_only(lang: str) -> frozenset[str]:
    """English texts of the table and English labels of terms that are no text of ``lang``."""
    english = {_fold(t["en"]) for t in i18n.STRINGS.values() if "{" not in t["en"]}
    for g in (loader.ontology_graph(), registry.reused_labels()):
        english |= {
            _fold(str(o)) for o in g.objects(None, RDFS.label) if isinstance(o, Literal) and o.language == "en"
        }
    return frozenset(english - language_texts(lang) - _NEUTRAL)


def _lang_of(element: lxml.html.HtmlElement) -> str | None:
    here: lxml.html.HtmlElement | None = element
    while here is not None:
        if here.get("lang"):
            return here.get("lang")
        here = here.getparent()
    return None


def shown_texts(doc: lxml.html.HtmlElement) -> list[tuple[str, str | None, str]]:
    """(text, its language, where) of every text of the body a reader sees or hears."""
    out = []
    body = doc.find("body")
    assert body is not None
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _SKIPPED_TAGS or any(a.tag in _SKIPPED_TAGS for a in element.iterancestors()):
            continue
        lang = _lang_of(element)
        for text in (element.text,):
            if text and text.strip():
                out.append((text, lang, element.tag))
        for name in _ATTRIBUTES:
            if element.get(name):
                out.append((element.get(name, ""), lang, f"{element.tag}@{name}"))
        parent = element.getparent()
        if element.tail and element.tail.strip() and parent is not None:
            out.append((element.tail, _lang_of(parent), parent.tag))
    return out


def problems(url: str, html: bytes, lang: str) -> list[str]:
    """What is untranslated or raw on one page in ``lang``."""
    doc = lxml.html.fromstring(html)
    found = []
    if doc.get("lang") != lang:
        found.append(f"{url}: <html lang={doc.get('lang')!r}>, expected {lang!r}")
    h1 = doc.find(".//h1")
    if h1 is not None and h1.get("lang") not in (None, lang) and not doc.find_class("fallback-note"):
        found.append(f"{url}: the name is shown in {h1.get('lang')} without saying so")
    mine, raw, english = (
        language_texts(lang),
        raw_names(lang),
        english_only(lang) if lang != "en" else frozenset(),
    )
    # A name that is the last part of the IRI it names (an unnamed resource shown by its slug).
    named = [(h1, url)] if h1 is not None else []
    named += [(a, a.get("href", "")) for a in doc.iter("a") if a.get("href", "").startswith("/")]
    for element, href in named:
        text = (element.text_content() or "").strip()
        slug = unquote(href.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]).rsplit(".", 1)[0]
        if text == slug and _SLUG.fullmatch(text) and _fold(text) not in mine and not text.isdigit():
            found.append(f"{url}: slug {text!r} as the name of {href}")
    for text, text_lang, where in shown_texts(doc):
        if text_lang not in (None, lang):
            continue
        folded = _fold(text)
        if folded in _NEUTRAL or folded in mine:
            continue
        if (
            folded in raw
            or folded in ("true", "false")
            or re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]+)+", text.strip())
        ):
            found.append(f"{url}: raw name {text.strip()!r} in <{where}>")
        elif folded in english:
            found.append(f"{url}: English {text.strip()!r} in <{where}>")
    return found


#: Pages left out of the language crawl: the ontology's documentation is one trilingual
#: document (every term in fi, sv and en side by side, ontology/docs.py), not a page per language.
_ONE_DOCUMENT = ("/ontology.html",)
_UNNAMED_YET: tuple[str, ...] = ()


def html_only(url: str) -> bool:
    """Leave out what is no page to read: other formats, dumps, other blueprints (checked elsewhere)."""
    path = url.split("?", 1)[0]
    if path == "/sitemap.xml":  # read for the pages it lists
        return False
    if path.startswith(("/dumps/", *FOREIGN, *_UNNAMED_YET)) or path in _ONE_DOCUMENT:
        return True
    return path.rsplit(".", 1)[-1] in ("ttl", "jsonld", "nt", "rdf", "gz", "xml")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_demo_pages_speak_one_language(app: Flask, lang: str) -> None:
    client = app.test_client()
    client.set_cookie("hl", lang)

    def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
        response = client.get(url)
        try:
            return response.status_code, dict(response.headers), response.data
        finally:
            response.close()

    result = crawl(fetch, per_type=_PER_TYPE, skip=html_only)
    pages = [v for v in result.pages() if v.status == 200]
    assert not result.broken, [(v.url, v.status) for v in result.broken]
    kinds = {page_type(v.url) for v in pages}
    assert {"id/project .html", "id/goal .html", "id/dependency .html", "vocab/county .html"} <= kinds
    assert {"vocab/dependency-kind .html", "vocab/role .html", "/browse", "/"} <= kinds
    assert len(pages) > 40
    found = [p for v in pages for p in problems(v.url, v.body, lang)]
    assert not found, f"{len(found)} untranslated or raw texts on {lang} pages:\n" + "\n".join(found)
    if lang != "fi":  # the demo's projects are named in Finnish only: such a page says so
        noted = [v.url for v in pages if b'class="fallback-note"' in v.body]
        assert noted, "no page says that a name is shown in another language"


def test_checks_find_raw_and_english_texts() -> None:
    """The crawl's checks fail on what they are for (so that a clean crawl means something)."""
    page = (
        b'<html lang="sv"><body><table><tr><th>wasDerivedFrom</th><td>administrator</td></tr>'
        b'<tr><th>description</th><td>Search</td></tr><tr><th lang="en">Search</th><td>Beskrivning</td></tr>'
        b"<tr><th>behandlad</th><td>true</td></tr>"
        b'</table><input placeholder="Search"><h1 lang="fi">Hanke</h1></body></html>'
    )
    found = problems("/x", page, "sv")
    assert "/x: raw name 'wasDerivedFrom' in <th>" in found
    assert "/x: raw name 'administrator' in <td>" in found
    assert "/x: raw name 'description' in <th>" in found
    assert "/x: English 'Search' in <td>" in found
    assert "/x: English 'Search' in <input@placeholder>" in found
    assert "/x: the name is shown in fi without saying so" in found
    assert "/x: raw name 'true' in <td>" in found
    assert len(found) == 7  # the <th lang="en"> says its language; "Beskrivning" is Swedish
    slugs = b'<html lang="fi"><body><h1>answers</h1><a href="/id/x/partner.html">partner</a><a href="/v/omaolo">Omaolo</a>'
    assert problems("/id/meta/answers.html", slugs + b"</body></html>", "fi") == [
        "/id/meta/answers.html: slug 'answers' as the name of /id/meta/answers.html",
        "/id/meta/answers.html: slug 'partner' as the name of /id/x/partner.html",
        "/id/meta/answers.html: raw name 'partner' in <a>",
    ]
    assert problems("/y", b"<html><body><p>x</p></body></html>", "fi") == [
        "/y: <html lang=None>, expected 'fi'"
    ]
    assert not problems("/z", b'<html lang="en"><body><th>description</th><td>Search</td></body></html>', "en")


def test_explorer_panel_names_properties_in_each_language(app: Flask) -> None:
    """The explorer's side panel: every property named, none raw, none English on fi/sv pages."""
    client = app.test_client()
    index = app.extensions["hankegraafi.explorer"]
    nodes = [
        "https://w3id.org/hankegraafi/id/project/kestavan-kasvun-lappi",
        "https://w3id.org/hankegraafi/vocab/service/omaolo",
        "https://w3id.org/hankegraafi/vocab/county/21",
    ]
    assert index is not None
    for lang in ("fi", "sv", "en"):
        english = english_only(lang) if lang != "en" else frozenset()
        for node in nodes:
            facts = client.get("/explorer/api/node", query_string={"node": node, "hl": lang}).get_json()
            assert facts["facts"], node
            for fact in facts["facts"]:
                shown = _fold(fact["propertyLabel"])
                assert shown in language_texts(lang), (lang, node, fact)
                assert shown not in english, (lang, node, fact)
        texts = ui.texts(lang)
        leaked = {k: v for k, v in texts.items() if _fold(v) in english}
        assert not leaked, (lang, leaked)
