"""One fallback order for every text the server shows: the wanted language, then fi → en → sv.

Interface texts (endpoint, pages, explorer), catalogue titles and labels of data
all pick through ``ontology/registry.py``'s order; the explorer's names of
dependency kinds and traffic-light dimensions are the vocabulary's labels.
"""

from __future__ import annotations

from hankegraafi.ontology import registry
from hankegraafi.server import i18n
from hankegraafi.server.explorer import ui, vocab
from hankegraafi.server.pages import strings


def test_pick_follows_the_one_order() -> None:
    texts = {"en": "English", "fi": "Suomi", "sv": "Svenska"}
    assert i18n.pick(texts, "sv") == "Svenska"
    assert i18n.pick({"en": "English", "fi": "Suomi"}, "sv") == "Suomi"  # fi before en
    assert i18n.pick({"en": "English", "sv": "Svenska"}, "de") == "English"  # en before sv
    assert i18n.pick({"sv": "Svenska"}, "fi") == "Svenska"
    assert i18n.pick({"": "no language"}, "fi") == "no language"
    assert i18n.pick({}, "fi") == ""
    assert registry.FALLBACK == ("fi", "en", "sv")


def test_interface_texts_fall_back_to_finnish_first() -> None:
    assert i18n.translate("home", "de") == "Etusivu"
    assert strings.translate("search", "de") == "Haku"
    assert strings.translate("home", "sv") == "Startsida"  # the pages fall back to the endpoint's table
    assert ui.texts("de")["title"] == "Riippuvuuskartta"


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
