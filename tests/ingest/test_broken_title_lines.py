"""Titles of generic documents that are no names (stop 28, h14, u177–u179).

A paragraph line that an export broke is no title however it names a project; an
application compound ("Förlängningsansökan för projektet X") names the project after
its word; a form's kind line ("Hankkeen kuvaus") is no name; "hanke on nimeltään X"
gives the name. Invented texts.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.projectname import kind_line, no_name
from hankegraafi.ingest.facts.wholes import whole_named
from hankegraafi.ingest.namecuts import cut_at_break, without_sum
from hankegraafi.ingest.paragraphs import broken_line
from hankegraafi.ingest.readers import read_bytes


def names(text: str, name: str = "r.txt") -> list[str]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [p.name for p in x.projects if p.level == "project"]


PARAGRAPH = [
    "Hyvinvointialue on tehnyt rahoituskauden alusta asti kehittämistyötä kolmessa",
    "kunnassa ja koonnut siitä väliselvityksen tämän kevään aikana kaikille. Näin",
    "Esimerkin hyvinvointialue jatkaa kehittämishanketta",
    "vuoden 2025 loppuun, jolloin rahoituskausi päättyy.",
    "",
    "Esimerkin hyvinvointialueen kehittämishanke (Lähi-EH) eteni hyvin koko ajan",
    "alkuvuonna suunnitellusti, ja vastaanottojen jonot ovat lyhentyneet kunnissa.",
]


def test_a_line_continuing_a_paragraph_is_broken() -> None:
    assert broken_line(PARAGRAPH, 3, 3)


def test_a_wide_line_running_on_into_the_next_is_broken() -> None:
    assert broken_line(PARAGRAPH, 6, 6)


def test_a_title_under_a_subtitle_line_is_not_broken() -> None:
    lines = [
        "Esimerkin hyvinvointialue",
        "Hankehakemus, liite 3: hankesuunnitelman tiivistelmä ja kustannusarvio",
        "Kotona Esimerkissä – Esimerkin Kestävän kasvun hanke",
        "Versio 1.2, 30.9.2022",
    ]
    assert not broken_line(lines, 3, 3)


def test_a_title_with_blank_lines_around_is_not_broken() -> None:
    assert not broken_line(["", "Kotona Esimerkissä -hanke", "", "Teksti alkaa tästä."], 2, 2)


def test_an_application_compound_names_the_project_after_its_word() -> None:
    text = (
        "Mellersta Nylands välfärdsområde\nRegionstyrelsen\nProtokoll 3/2025\n\n§ 21\nFörlängningsansökan för projektet Trygg vardag i Esbo\n\n"
        "Beslutsförslag\nRegionstyrelsen beslutar att ansöka om förlängning av projekttiden till 31.12.2025.\n"
    )
    assert names(text) == ["Trygg vardag i Esbo"]


def test_a_description_form_title_is_a_kind_line() -> None:
    assert kind_line("Hankkeen kuvaus")
    assert kind_line("Projektbeskrivning")
    assert not kind_line("Kotona Esimerkissä")


def test_name_given_as_nimeltaan() -> None:
    text = (
        "POHJOIS-SAVON HYVINVOINTIALUE\nALUEHALLITUS\n\n§ 12 Valtionavustuksen hakeminen\n\n"
        "Valmisteltu hanke on nimeltään Arki sujuvaksi – Esimerkin kehittämishanke. Hakemus jätetään "
        "ministeriöön.\n"
    )
    assert names(text) == ["Arki sujuvaksi – Esimerkin kehittämishanke"]


def test_a_form_section_line_is_no_name() -> None:
    assert no_name("Projektin perustiedot")
    assert no_name("1 Hankkeen taustat")
    assert not no_name("Hankkeen Arki Sujuu")  # a capitalised word: a name's shape, not a section's


def test_a_form_section_line_above_the_name_field_names_no_project() -> None:
    text = (
        "Projektin kuvaus\n\nProjektin perustiedot\n\nProjektin nimi:\tKotona Esimerkissä\n"
        "Toteutusaika:\t1.3.2024 – 28.2.2027\n\nToteuttajan virallinen nimi:\tLapin hyvinvointialue\n\n"
        "Tiivistelmä\n\nProjekti kokeilee kuvapuheluita kotihoidon käynteinä Kittilässä ja Enontekiöllä.\n"
    )
    assert names(text) == ["Kotona Esimerkissä"]


def test_a_short_name_in_brackets_after_the_generic_word_names_the_project() -> None:
    text = (
        "POHJOIS-SAVON HYVINVOINTIALUE\nAluehallitus\n\n"
        "Pohjois-Savon hyvinvointialueen kehittämishanke (Arki-PS) eteni alkuvuonna suunnitellusti, ja jonot "
        "ovat lyhentyneet Kuopiossa.\n"
    )
    assert names(text) == ["Arki-PS"]


def test_a_title_of_name_and_subtitle_takes_the_name_the_text_gives() -> None:
    text = (
        "Pohjois-Savon hyvinvointialue\n\n"
        "Hållbar tillväxt i Norra Savolax by: distanskontakter och kvällsjour\nPublicerad 12.2.2024\n\n"
        "Välfärdsområdet får 1 800 000 euro för projektet Hållbar tillväxt i Norra Savolax by. Arbetet börjar i Kuopio.\n"
    )
    assert names(text) == ["Hållbar tillväxt i Norra Savolax by"]


def test_a_title_with_a_colon_the_text_does_not_name_stays() -> None:
    text = (
        "Pohjois-Savon hyvinvointialue\n\n"
        "Hållbar tillväxt i Norra Savolax by: distanskontakter och kvällsjour\nPublicerad 12.2.2024\n\n"
        "Välfärdsområdet får 1 800 000 euro för projektet Trygg kväll. Arbetet börjar i Kuopio.\n"
    )
    assert names(text) == ["Hållbar tillväxt i Norra Savolax by: distanskontakter och kvällsjour"]


def test_whole_named_reads_the_whole_of_the_pages_part() -> None:
    fi = "Osahanke Kotiapu Kainuuseen on osa Koti ja arki -hanketta, joka kehittää palveluja."
    sv = "Delprojektet Mobil hemvård är en del av projektet Trygg vardag – Nylands projekt, som finansieras av EU."
    assert whole_named(fi, "Kotiapu Kainuuseen") == "Koti ja arki"
    assert whole_named(sv, "Mobil hemvård") == "Trygg vardag – Nylands projekt"
    assert whole_named(fi, "Koti ja arki") is None  # the whole itself is no part
    assert whole_named("Kotiapu Kainuuseen on osa arkea.", "Kotiapu Kainuuseen") is None


def test_a_sub_project_page_keeps_its_name_under_its_whole() -> None:
    text = (
        "Kainuun hyvinvointialue\n\nEtusivu > Hankkeet > Koti ja arki > Kotiapu Kainuuseen\n\n"
        "Kotiapu Kainuuseen\n\nOsahanke Kotiapu Kainuuseen on osa hanketta Koti ja arki, joka kehittää "
        "kotihoitoa Kajaanissa ja Sotkamossa.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    assert sorted((p.name, p.level, p.parent.name if p.parent else None) for p in x.projects) == [
        ("Koti ja arki", "project", None),
        ("Kotiapu Kainuuseen", "subproject", "Koti ja arki"),
    ]


def test_a_sum_after_the_project_word_is_no_name() -> None:
    assert without_sum("290 000 euro för åren 2024–2025") is None
    assert without_sum("Trygg hemvård 290 000 euro för åren 2024–2025") == "Trygg hemvård"
    assert without_sum("Kotona Kainuussa 1,2 miljoonaa euroa") == "Kotona Kainuussa"
    assert without_sum("Lappi 2") == "Lappi 2"
    assert without_sum("Sote 2025 Eura") == "Sote 2025 Eura"  # a place, not a currency


def test_a_grant_sentence_names_no_project_by_its_sum() -> None:
    text = (
        "Österbottens välfärdsområde\nProtokoll 5/2024\n\n§ 33\nHemvård på distans\n\n"
        "Social- och hälsovårdsministeriet har beviljat projektet 290 000 euro för åren 2024–2025. "
        "Arbetet sker i Vasa.\n"
    )
    assert names(text) == ["Hemvård på distans"]


def test_a_marking_and_a_line_of_datelines_are_no_names() -> None:
    assert no_name("Julkinen") and no_name("LUONNOS") and no_name("Konfidentiell")
    assert no_name("Julkaistu 18.7.2025 · Raportointijakso 1.4.–30.6.2025")
    assert no_name("Päivitetty 2.10.2024 | Raportointijakso 1.5.–31.8.2024")
    assert not no_name("Julkinen liikenne kuntoon")  # a name beginning with the word
    text = (
        "Lapin hyvinvointialue\tVÄLIRAPORTTI 1/2024\tLuonnos\n\n"
        "Väliraportti: Kotona Esimerkissä\n\nHanke eteni Kittilässä suunnitellusti.\n"
    )
    assert names(text) == ["Kotona Esimerkissä"]  # a head row's marking does not name the project


def test_a_name_cut_by_a_line_break_or_followed_by_its_years_or_annex_is_read_whole() -> None:
    assert cut_at_break("Trygg natt i") and cut_at_break("Sosiaali- ja terveys-")
    assert not cut_at_break("Trygg natt i Österbotten") and not cut_at_break("Kotona")
    assert without_sum("Arjen turva Keski-Pohjanmaalla vuosille 2023–2025") == "Arjen turva Keski-Pohjanmaalla"
    assert without_sum("Trygg natt i Österbotten åren 2023–2025") == "Trygg natt i Österbotten"
    assert without_sum("Sote 2030 Kainuussa") == "Sote 2030 Kainuussa"  # a year inside a name stays
    text = (
        "Ämne: Protokollsutdrag § 5\n\nÖSTERBOTTENS VÄLFÄRDSOMRÅDE\tPROTOKOLLSUTDRAG\n\nStyrelsen beslutar\n"
        "  1. att ansöka om statsunderstöd för projektet Trygg natt i\n     Österbotten enligt bilaga 1, och\n"
        "  2. att befullmäktiga direktören.\n\nBesöken dokumenteras i Kanta-tjänsterna.\n"
    )
    assert names(text) == ["Trygg natt i Österbotten"]


def test_a_heading_run_into_the_sentence_it_heads_names_no_project() -> None:
    text = (
        "Keski-Pohjanmaan hyvinvointialue\nAluehallitus\t14.11.2022\n\nPerustelut\n"
        "Hankkeen kirjaukset tallennetaan Kanta-palveluihin Kokkolassa.\n\n"
        "Aluehallitus päättää hakea 900 000 euron valtionavustusta hankkeelle Arjen turva Kokkolassa.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    assert [p.name for p in x.projects] == ["Arjen turva Kokkolassa"]
    applied = [c for p in x.projects for c in p.costs if c.kind == "applied"]
    assert [line.values["budget"] for c in applied for line in c.lines] == [900_000]


def test_a_grant_received_and_a_sum_applied_for_in_total_are_read_from_news() -> None:
    text = (
        "Kainuun hyvinvointialue saa avustusta\n\n"
        "Kainuun hyvinvointialue saa 1,2 miljoonaa euroa valtionavustusta sosiaali- ja terveysministeriöltä "
        "Arjen apu -hankkeelle. Aluehallitus päätti hakea ministeriöltä avustusta kotihoidon kehittämiseen "
        "vuosille 2024–2025 yhteensä 1,5 miljoonaa euroa.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    sums = {c.kind: line.values["budget"] for p in x.projects for c in p.costs for line in c.lines}
    assert sums == {"granted": 1_200_000, "applied": 1_500_000}
    assert [p.funder.label for p in x.projects if p.funder] == ["Sosiaali- ja terveysministeriö"]


def test_a_title_giving_the_project_then_its_meeting_names_the_project() -> None:
    text = (
        "Lapin hyvinvointialue\tMUISTIO\n"
        "Tunturin hoiva – Lapin kestävän kasvun hanke: ohjausryhmän kokous 1/2025\n\n"
        "Hankepäällikkö esitteli tilanteen. Kirjaukset tallentuvat Kanta-palveluihin.\n"
    )
    assert names(text) == ["Tunturin hoiva – Lapin kestävän kasvun hanke"]
