"""Legends whose marks are phrases of the document's own, given with "=" or in a sentence (issue 13, stop 38,
L10; test22 q01 q03 q14; tune u813-u816). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightphrases import bare, phrase_pairs
from hankegraafi.ingest.lightvalues import document_legend
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str) -> dict[str, dict[str, object]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


def test_phrase_marks_before_an_equals_sign() -> None:
    assert phrase_pairs("Skala: i takt = enligt plan, en bit efter = liten avvikelse") == [
        ("i takt", "enligt plan"),
        ("en bit efter", "liten avvikelse"),
    ]
    assert document_legend(["Merkit: ihan jyvällä = suunnitelman mukaan, vähän sivussa = lievä poikkeama"]) == {
        "jyvällä": "on-plan",
        "sivussa": "deviation",
        "ihan jyvällä": "on-plan",
        "vähän sivussa": "deviation",
    }


def test_a_sentence_explains_the_marks() -> None:
    line = "Godtagen betyder att området följer planen; godtagen med förbehåll och avslagen är avvikelser."
    assert phrase_pairs(line) == [
        ("godtagen", "området följer planen"),
        ("godtagen med förbehåll", "avvikelser"),
        ("avslagen", "avvikelser"),
    ]
    # A noun before the mark: the mark alone is a key too; a negated mark keeps its negation.
    assert ("matala", "osa-alue etenee suunnitelman mukaan") in phrase_pairs(
        "Taso matala tarkoittaa, että osa-alue etenee suunnitelman mukaan; kohtalainen ja korkea ovat poikkeamia."
    )
    assert phrase_pairs("OK means that the area is on plan; not OK is a deviation.") == [
        ("ok", "the area is on plan"),
        ("not ok", "a deviation"),
    ]
    assert bare("Tila »vakaa» tarkoittaa *nyt*") == "Tila vakaa tarkoittaa nyt"


def test_a_sentence_of_prose_gives_no_marks() -> None:
    # A subject of more than four words, or a clause with "ovat" before any explaining one.
    assert phrase_pairs("Kotikäynnit ovat poikkeamia tavallisesta mallista. Näin asiakas saa apua.") == []
    assert (
        phrase_pairs("Uuden palvelumallin käyttöönotto koko alueella tarkoittaa, että jonot lyhenevät.") == []
    )


def test_a_report_rated_by_phrase_marks() -> None:
    text = (
        "Tilannekatsaus 2/2025\nHanke: Iltaneuvola\nKainuun hyvinvointialue\n\n"
        "Arvio »tukevalla pohjalla» tarkoittaa, että osa-alue etenee suunnitelman mukaan; "
        "»horjuvalla pohjalla» ja »ilman pohjaa» ovat poikkeamia.\n\n"
        "Aikataulu: horjuvalla pohjalla\nKustannukset: tukevalla pohjalla\nHenkilöstö: ilman pohjaa\n\n"
        "Asiakkaiden arvio illoista: horjuvalla pohjalla\n"
        "Aukioloajat ovat olleet horjuvalla pohjalla koko syksyn.\n"
    )
    assert _lights(text, "katsaus.txt") == {
        "Iltaneuvola": {"schedule": "deviation", "costs": "on-plan", "staff": "deviation"}
    }


def test_a_declared_scale_explained_on_one_side() -> None:
    legend = document_legend(
        ["Arviointiasteikko: loistava – kelvollinen – heikko. Heikko tarkoittaa, että osa-alue on jäljessä."]
    )
    assert legend == {"loistava": "on-plan", "kelvollinen": "on-plan", "heikko": "deviation"}
    assert document_legend(["Svarsalternativ: Allt väl (enligt plan) / Vissa problem / Stora problem"]) == {
        "allt väl": "on-plan",
        "vissa problem": "deviation",
        "stora problem": "deviation",
    }
    # No option explained (a survey's scale), or explained both ways with one left over: nothing.
    assert document_legend(["Vastausvaihtoehdot: erittäin tyytyväinen / tyytyväinen / tyytymätön"]) == {}
    assert document_legend(["Scale: strong (on plan) / middling / weak (a deviation)"]) == {}


def test_a_threshold_or_better_on_a_signed_scale() -> None:
    from hankegraafi.ingest.lightthresholds import by_threshold

    legend = document_legend(
        ["Pisteet −2…+2. Arvo 1 tai parempi tarkoittaa, että osa-alue etenee suunnitelman mukaan."]
    )
    assert legend == {">=1": "on-plan", "<1": "deviation"}
    assert [by_threshold(legend, raw) for raw in ("+2", "1", "0", "−1", "-2")] == [
        "on-plan",
        "on-plan",
        "deviation",
        "deviation",
        "deviation",
    ]
    assert by_threshold(legend, "+2 htv") is None


def test_meanings_in_brackets_and_ratings_with_their_colour() -> None:
    line = "Arvio sanoin: tasainen (etenee suunnitelman mukaan), kuoppainen (poikkeama) ja jyrkkä (vakava poikkeama)."
    assert document_legend([line]) == {"tasainen": "on-plan", "kuoppainen": "deviation", "jyrkkä": "deviation"}
    # A rating word with its colour in brackets is a rating of prose, no legend of the document's own words.
    prose = "Aikataulu on edennyt suunnitellusti (vihreä), kustannukset ovat ylittyneet (keltainen)."
    assert document_legend([prose]) == {}
    assert (
        document_legend(["Aikataulu (green)   Kustannukset (green)   Henkilöstö (yellow)   Riskit (red)"]) == {}
    )


def test_several_dimensions_with_their_colour_on_one_line() -> None:
    from hankegraafi.ingest.lightlines import line_lights

    assert line_lights("Tidsplan (grön) Kostnader (gul) Personal (grön) Risker (röd)") == [
        ("schedule", "on-plan"),
        ("costs", "deviation"),
        ("staff", "on-plan"),
        ("risks", "deviation"),
    ]
    assert line_lights("Jakobstad (grön) Nykarleby (gul) Pedersöre (röd)") == []  # a map's key: no dimensions


def test_a_clause_of_quoted_marks_after_an_explaining_one_leaves_out_its_verb() -> None:
    """Stop 51 (test42 om08): '"pieni huoli" ja "iso huoli" poikkeamaa' says the first clause's "tarkoittaa" again;
    with typographic quotes (taken off before the clause is read) the joined marks still make the subject."""
    legend = document_legend(
        ['"Ei huolta" tarkoittaa suunnitelman mukaista; "pieni huoli" ja "iso huoli" poikkeamaa.']
    )
    assert {k: legend[k] for k in ("ei huolta", "pieni huoli", "iso huoli")} == {
        "ei huolta": "on-plan",
        "pieni huoli": "deviation",
        "iso huoli": "deviation",
    }
    legend = document_legend(
        ["“Lugnt” betyder att området följer planen; “viss oro” och “stor oro” avvikelse."]
    )
    assert legend["viss oro"] == legend["stor oro"] == "deviation"
    # Definitions of terms that rate nothing are no legend.
    assert (
        document_legend(['"Etäkäynti" tarkoittaa videovastaanottoa; "kotikäynti" ja "puhelu" muita yhteyksiä.'])
        == {}
    )


def test_dimensions_beside_an_elided_keys_phrases_are_lights() -> None:
    text = (
        "# Status note\n\nProject: Remote physiotherapy in South Karelia\n\n"
        "Schedule — steady. Costs — wobbly. Staffing — broken. Benefits — steady.\n\n"
        '"Steady" means the area follows the plan; "wobbly" and "broken" a deviation.\n'
    )
    lights = _lights(text, "note.md")
    assert lights["Remote physiotherapy in South Karelia"] == {
        "schedule": "on-plan",
        "costs": "deviation",
        "staff": "deviation",
        "benefits": "on-plan",
    }
