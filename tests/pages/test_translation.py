"""One translation table, one lookup, one fallback order: the wanted language, then fi → en → sv.

Interface texts (endpoint, pages, explorer) live in one table
(``server/i18n.py``) and are looked up by one function; catalogue titles and
labels of data pick through ``ontology/registry.py``'s same order; the
explorer's names of dependency kinds and traffic-light dimensions are the
vocabulary's labels.
"""

from __future__ import annotations

import re
from pathlib import Path

from hankegraafi.ontology import registry
from hankegraafi.server import i18n
from hankegraafi.server.explorer import ui, vocab

SERVER = Path(__file__).resolve().parents[2] / "server"
#: A key written literally where a text is looked up: t('key'), translate("key"), b.row("key", …).
_USED = re.compile(r"""\b(?:t|translate|row|field)\(\s*["']([a-z][a-z0-9_]*)["']\s*[,)]""")


def used_keys() -> dict[str, str]:
    """Every literal key the templates and the server's modules look up, with a file that uses it."""
    found: dict[str, str] = {}
    for path in [*SERVER.rglob("*.html"), *SERVER.rglob("*.py")]:
        if "node_modules" in path.parts or "review" in path.parts:  # review's texts are its own
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
    for key in ui.KEYS:
        assert f"explorer.{key}" in i18n.STRINGS or key in i18n.STRINGS, key
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
