"""A party doing part of the work in more shapes (stop 35, G4): an English subject and verb, the agent after a
passive or "together with", the Finnish subject after its verb at the clause's end, a party acting in a later
sentence than the one that first named it, and a role row whose value is a sentence.

Invented texts (tuning documents u617–u620 pin the same classes in whole documents).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.agency import acts_in
from hankegraafi.ingest.readers import read_bytes


def deps(text: str, name: str = "r.txt") -> set[str]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {d.target.label for p in x.projects for d in p.dependencies if d.target.type != "programme"}


def test_english_subjects_and_agents_act() -> None:
    assert acts_in(
        "Humak University of Applied Sciences trains the group leaders.", "Humak University of Applied Sciences"
    )
    assert acts_in("Diak, which also ran the interviews, wrote the summary.", "Diak")
    assert acts_in("The screening is carried out by Savonia.", "Savonia")
    assert acts_in("Drivers are recruited together with the Finnish Red Cross.", "Finnish Red Cross")
    assert acts_in("Utvärderingen gjordes av Vasa yrkeshögskola.", "Vasa yrkeshögskola")
    # funding, being, owning: no share of the work
    assert not acts_in(
        "The Ministry of Social Affairs and Health funds the project.", "Ministry of Social Affairs and Health"
    )
    assert not acts_in("Savonia is a university of applied sciences.", "Savonia")
    # a Swedish passive is no English present
    assert not acts_in("Vasa yrkeshögskola utvärderas av revisorer.", "Vasa yrkeshögskola")


def test_the_finnish_subject_after_its_verb_at_the_clause_end() -> None:
    assert acts_in("Ohjaajien koulutuksen piti Lapin ammattikorkeakoulu.", "Lapin ammattikorkeakoulu")
    assert acts_in(
        "Palautteen kokoaa ja analysoi Kajaanin ammattikorkeakoulu keväällä 2025.",
        "Kajaanin ammattikorkeakoulu",
    )
    assert not acts_in("Hankkeen rahoitti Sosiaali- ja terveysministeriö.", "Sosiaali- ja terveysministeriö")
    assert not acts_in("Ikäihmisiä opastaa Kotiapu ry kolmena päivänä viikossa.", "Kotiapu ry")


def test_a_party_acting_in_a_later_sentence_is_relied_on() -> None:
    text = (
        "PROTOKOLL FÖR STYRGRUPPEN\nProjekt: Minnesstöd i Kustbyn\nMöte 2/2024\n\n"
        "Närvarande: projektchefen och en representant för Vasa yrkeshögskola\n\n"
        "1 § Läget\nTräffarna har startat. Vasa yrkeshögskola analyserar svaren i november.\n"
    )
    assert "Vaasan ammattikorkeakoulu" in deps(text)


def test_a_role_row_whose_value_is_a_sentence() -> None:
    english = (
        "Project card\tEvening Support in Coastville\nPeriod\t2024-2025\n"
        "Partner\tSatakunta University of Applied Sciences (SAMK) evaluates the groups\n"
    )
    assert "Satakunnan ammattikorkeakoulu" in deps(english)
    swedish = (
        "Projekt\tKvällsstöd i Kustbyn\nProjekttid\t2024-2025\n"
        "Samarbete\tHumanistiska yrkeshögskolan utbildar gruppledarna\n"
    )
    assert "Humanistinen ammattikorkeakoulu" in deps(swedish)


def test_an_adverb_of_time_between_the_verb_and_the_subject_after_it() -> None:
    assert acts_in(
        "Käyttäjätestauksen teki kesällä Järvialueen ammattikorkeakoulu.", "Järvialueen ammattikorkeakoulu"
    )
    assert not acts_in("Kehittämistyöhön osallistuvat Lemin, Luumäen ja Parikkalan kunnat.", "Lemin")


def test_a_label_table_whose_first_row_is_a_partner_sentence() -> None:
    text = (
        "Projektkort: Kvällsstöd i Kustbyn\nProjektets namn\tKvällsstöd i Kustbyn\nProjekttid\t2025-2026\n"
        "Samarbetspartner\tFolkhälsan ordnar motionsgrupperna.\n"
        "Teknik\tIT-leverantören Kustlänk Ab sköter videoplattformen.\n"
        "Uppdaterad\t20.3.2025\n"
    )
    assert {"Samfundet Folkhälsan i svenska Finland rf", "Kustlänk Ab"} <= deps(text)
