"""Verdicts asked and answered, a label nobody knows before a verdict, Swedish progress words, and the programme a
grant is paid from (stop 39, G8).

Invented text. Classes: a verb of reaching as a form's question and its answer after it ("Toteutui: ei (−3 %)",
"Uppnåddes: delvis", "Met? No, …"; goalstatus._asked): the answer decides, not the verb; a goal heading judged by a
paragraph that opens with a label no vocabulary knows and a status in words ("Missä ollaan: osittain saavutettu",
"Var står vi: uppnått", "Where things stand: partly met"; goalheads.opening_verdict); Swedish words of progress
("på gång", "framflyttat", "struket"; status.ttl); a printed form's goal fields with the form's note in brackets and
the chosen option's mark ("Mål 1 (max 300 tecken)<TAB>X" over "Måluppfyllelse (välj)<TAB>» Uppnått"; goalheads.form_line,
form_goals); a goal on the last line of a document cut short in a list (goalcut.py); a programme named as the source of the project's grant
("beviljade … inom programmet X", "granted EUR … from the X programme", a funding field "Ministry …, X programme";
programmes._MEMBERSHIP, _GRANT). Negative side: a verb of reaching answered by something other than yes, partly or
no ("Uppnåddes: redan i januari"); a label answered by a bare yes ("Deltog alla: ja, tolv av tolv"); "på gång" and
"under way" in prose; another body's money from a programme.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalheads import form_line, opening_verdict
from hankegraafi.ingest.facts.goalstatus import line_status, status_of
from hankegraafi.ingest.readers import read_bytes

_PROGRAMME = "https://w3id.org/hankegraafi/vocab/programme/"


def _extract(text: str, name: str):
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def goals(text: str, name: str = "raportti.md") -> list[tuple[str, str]]:
    return [(g.description, g.status) for p in _extract(text, name).projects for g in p.goals]


def programmes(text: str, name: str = "sivu.txt") -> list[str]:
    x = _extract(text, name)
    return sorted(
        str(d.target.iri)[len(_PROGRAMME) :]
        for p in x.projects
        for d in p.dependencies
        if str(d.target.iri).startswith(_PROGRAMME)
    )


def test_verb_of_reaching_answered() -> None:
    assert status_of("Toteutui: ei (−3 %)") == "not-achieved"
    assert status_of("Toteutui: osittain (310)") == "partly-achieved"
    assert status_of("Toteutui: kyllä") == "achieved"
    assert status_of("Toteutui: ei vielä") == "unfinished"
    assert line_status("Uppnåddes: delvis (31 %)") == "partly-achieved"
    assert line_status("Met? No, the contract is still being negotiated") == "not-achieved"
    # the verb decides when no answer follows it
    assert status_of("Uppnåddes: redan i januari") == "achieved"
    assert status_of("Toteutunut: Mikkelissä ja Juvalla") == "achieved"


def test_goals_answered_after_a_dash() -> None:
    text = (
        "# Lägesrapport 2/2024 – Hemvård i Jakobstad\n\nÖsterbottens välfärdsområde · 1.12.2024\n\n"
        "Projektet verkar i Jakobstad och Larsmo.\n\n## Mål\n\n"
        "- Hembesök inom två dygn – Uppnåddes: ja\n"
        "- Distanskontakt för 30 klienter – Uppnåddes: delvis (18)\n"
        "- Gemensam journal med sjukhuset – Uppnåddes: nej, systemet saknas\n\n"
        "## Utbildning\n\nKursen hölls i maj. Deltog alla: ja, åtta av åtta.\n"
    )
    assert goals(text) == [
        ("Hembesök inom två dygn", "achieved"),
        ("Distanskontakt för 30 klienter", "partly-achieved"),
        ("Gemensam journal med sjukhuset", "not-achieved"),
    ]


def test_unknown_label_before_a_verdict() -> None:
    assert opening_verdict("Missä ollaan: osittain saavutettu, käyttö kasvanut 60 %.") == "partly-achieved"
    assert opening_verdict("Var står vi: flyttas till hösten 2025, eftersom systemet byts.") == "moved-later"
    assert (
        opening_verdict("Where things stand: not met, the network does not reach the villages.")
        == "not-achieved"
    )
    # a status word later in the value, or a bare yes, is no verdict of the goal above
    assert opening_verdict("Next step: the training plan done by January.") is None
    assert opening_verdict("Deltog alla: ja, tolv av tolv.") is None


def test_swedish_progress_words() -> None:
    assert status_of("på gång, 26 klienter hittills") == "unfinished"
    assert status_of("framflyttat till våren 2026") == "moved-later"
    assert status_of("struket, ingen organisation kunde ta uppdraget") == "not-achieved"
    assert status_of("Ombyggnaden av lokalen är på gång") is None


def test_programme_of_the_grant() -> None:
    head = "Välfärdsområdet i Österbotten\n\nProjektet Trygg kväll i Vörå\n\n"
    said = (
        head
        + "Social- och hälsovårdsministeriet beviljade 300 000 euro inom programmet Framtidens social- och hälsocentral.\n"
    )
    assert programmes(said) == ["tulevaisuuden-sote-keskus"]
    field = (
        "Project: Evening Clinic in Kokkola\n\nCentral Ostrobothnia Wellbeing Services County\n\n"
        "Funding: Ministry of Social Affairs and Health, Future Health and Social Services Centres programme\n"
    )
    assert programmes(field) == ["tulevaisuuden-sote-keskus"]
    other = head + "Vörå kommuns idrottstjänster fick pengar ur Työkykyohjelma redan 2021.\n"
    assert programmes(other) == []


def test_form_fields_with_a_note_and_a_chosen_mark() -> None:
    assert form_line("Tavoite 1 (merkkejä 42/300)\tKotikäynti viikossa") == "Tavoite 1: Kotikäynti viikossa"
    assert form_line("Måluppfyllelse (välj)\t» Delvis uppnått") == "Måluppfyllelse: Delvis uppnått"
    assert form_line("Objective status (drop-down)     › Not met") == "Objective status: Not met"
    # a field that is no goal's keeps its line
    assert form_line("Kontaktperson (namn)\tProjektkoordinatorn") == "Kontaktperson (namn)\tProjektkoordinatorn"
    text = (
        "SLUTRAPPORT\nÖsterbottens välfärdsområde\nProjekt: Kvällsstöd i Jakobstad\nInlämnad 2.2.2025\n\n2 MÅL\n"
        "Mål 1 (max 300 tecken)\tEtt hembesök inom en vecka\nMåluppfyllelse (välj)\t» Uppnått\n"
        "Mål 2 (max 300 tecken)\t-\nMåluppfyllelse (välj)\t» -\n"
        "Mål 3 (max 300 tecken)\tEn kvällsgrupp i Larsmo\nMåluppfyllelse (välj)\t» Inte uppnått\n"
    )
    assert goals(text, "slutrapport.txt") == [
        ("Ett hembesök inom en vecka", "achieved"),
        ("En kvällsgrupp i Larsmo", "not-achieved"),
    ]


def test_a_goal_on_the_cut_last_line_of_a_list() -> None:
    head = "# Lägesrapport 1/2025: Hemrehab i Vörå\n\nÖsterbottens välfärdsområde · 1.4.2025\n\n## Mål\n\n"
    cut = (
        head
        + "1. Hembesök inom två dygn – uppnått.\n2. Distanskontakt för 30 klienter – delvis uppnått.\n3. Kvällsbesök i Vörå – flyttas till hös"
    )
    assert goals(cut) == [
        ("Hembesök inom två dygn", "achieved"),
        ("Distanskontakt för 30 klienter", "partly-achieved"),
    ]
    whole = head + "- Hembesök inom två dygn - uppnått\n- Kvällsbesök i Vörå - flyttas till hösten 2025\n"
    assert goals(whole) == [("Hembesök inom två dygn", "achieved"), ("Kvällsbesök i Vörå", "moved-later")]


def test_a_title_asking_what_was_aimed_at_and_reached() -> None:
    head = "# Project: Evening Clinic in Kokkola\n\nCentral Ostrobothnia Wellbeing Services County · 1 June 2025\n\n"
    text = head + (
        "## What we aimed at and what we achieved\n\n"
        "- Evening hours twice a week - achieved in March\n"
        "- A nurse on call at weekends - partly achieved, Saturdays so far\n"
        "- Fewer visits to the emergency unit - we will know after the autumn survey\n\n"
        "## What the project has achieved so far\n\n"
        "- 120 evening visits\n"
        "- A leaflet in three languages\n"
    )
    assert sorted(goals(text)) == [
        ("A nurse on call at weekends", "partly-achieved"),
        ("Evening hours twice a week", "achieved"),
        ("Fewer visits to the emergency unit", "unknown"),
    ]


def test_reached_in_a_share_of_the_places() -> None:
    assert status_of("toteutunut puolessa kunnista") == "partly-achieved"
    assert status_of("uppnått i hälften av kommunerna") == "partly-achieved"
    assert status_of("achieved in half of the health centres") == "partly-achieved"
    assert status_of("toteutunut kaikissa kunnissa") == "achieved"
