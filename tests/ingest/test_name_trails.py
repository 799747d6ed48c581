"""A page's own name beside its trail and its tabs, and a title's project word (stop 38, N8).

A breadcrumb whose last item is a tab the vocabulary knows ("… > X > Arviointi") names X, however
long X is; a tab strip whose first tab is the model itself ("Toimintamalli | Kehittämisen polku |
Arviointi") is a strip, not a name; "Projektet X, lägesrapport" names X. The negative sides: a
trail of a site's sections alone ("Etusivu > Ajankohtaista > Uutiset"), a report's contents listing
the same words, a title in lower case after the project word. All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.context import _caption_of_part
from hankegraafi.ingest.facts.identity import last_crumb
from hankegraafi.ingest.facts.namesites import crumb_tab
from hankegraafi.ingest.generic import _project_word_off
from hankegraafi.ingest.readers import read_bytes


def read(text: str, name: str = "sivu.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def names(text: str, name: str = "sivu.txt") -> list[str]:
    return [p.name for p in read(text, name).projects]


def test_a_trail_ending_in_a_tab_names_the_item_before_it() -> None:
    trail = "Etusivu > Toimintamallit > Nuorten chat Jyväskylän seudulla > Arviointi"
    assert last_crumb(trail) == "Nuorten chat Jyväskylän seudulla"
    assert crumb_tab("Utvärdering") and crumb_tab("Kehittämisen polku") and not crumb_tab("Nuorten chat")
    # the negative side: a site's sections alone keep the old reading (the last item; the text names the
    # project later), and so does a short page name
    assert last_crumb("Etusivu > Ajankohtaista > Uutiset") == "Uutiset"
    assert last_crumb("Etusivu > Hankkeet > Arjen apu") == "Arjen apu"


def test_a_generic_tab_page_takes_the_name_before_its_tab() -> None:
    text = (
        "Startsida > Verksamhetsmodeller > Digital rådgivning för familjer i Jakobstad > Utvärdering\n\n"
        "Digital rådgivning för familjer i Jakobstad\n\nUtvärdering\n\n"
        "Österbottens välfärdsområde erbjuder modellen. Familjer i Jakobstad bokar en videotid.\n"
    )
    assert names(text) == ["Digital rådgivning för familjer i Jakobstad"]


def test_a_tab_list_whose_first_tab_is_the_model_is_no_name() -> None:
    page = (
        "Kotikuntoutus videolla\n\n- Toimintamalli\n- Kehittämisen polku\n- Arviointi\n\n"
        "Kotiutuva asiakas harjoittelee kotona videoyhteydellä Tampereella.\n"
    )
    assert names(page) == ["Kotikuntoutus videolla"]
    contents = (
        "Tilanneraportti 1/2025\n\nHanke: Perhetyö etänä Kotkassa\n\nSisällys\n- Toimintamalli\n- Arviointi\n\n"
        "Toimintamalli\nPerheohjaaja tapaa perheen videolla Kotkassa.\n"
    )
    assert names(contents) == ["Perhetyö etänä Kotkassa"]


def test_the_project_word_before_a_titles_name_is_no_part_of_it() -> None:
    assert _project_word_off("Projektet Trygg utskrivning hem") == "Trygg utskrivning hem"
    assert _project_word_off("The project Home Rehab Online, interim report") == "Home Rehab Online"
    assert _project_word_off("Projektet i siffror") == "Projektet i siffror"
    assert _project_word_off("Projektverkstaden Vasa") == "Projektverkstaden Vasa"


def test_a_parts_line_over_its_own_section_is_the_same_part() -> None:
    text = (
        "Tilanneraportti 2/2024\nHanke: Etäpalvelut Oulun seudulle\n\n"
        "INVESTOINTI 1: Etävastaanotot\nEtävastaanotot ovat käytössä Ylivieskassa.\n\n"
        "Investointi 1: toteutuneet kustannukset (€)\nKustannuslaji\tBudjetti\tToteutunut\n"
        "Omat henkilöstökustannukset\t220 000\t143 500\nYhteensä\t220 000\t143 500\n"
    )
    projects = read(text, "raportti.txt").projects
    assert [p.name for p in projects] == ["Etäpalvelut Oulun seudulle", "INVESTOINTI 1: Etävastaanotot"]
    assert [s.kind for s in projects[1].costs] == ["cumulative"]
    # the negative side: a capitalised name under the same number is a name (kept apart as before), and a
    # lower-case line of another part word names no investment of that number
    assert _caption_of_part("toteutuneet kustannukset (€)") and not _caption_of_part("Etävastaanotot")


def test_a_reports_head_of_owner_name_and_kind_names_the_project() -> None:
    head = (
        "Pirkanmaan hyvinvointialue · Tilanneraportti Q3/2023\t1 (2)\n\nPirkanmaan hyvinvointialue\n"
        "Mielen tuki Nokialla\nTilanneraportti, raportointikausi 1.7.–30.9.2023 · laadittu 16.10.2023\n\n"
        "1 Yhteenveto\nHanke tuo lyhytterapiat terveysasemille Nokialla ja Ylöjärvellä.\n\n"
        "2 Miten hanke voi\nAikataulu pitää.\n\n3 Kustannukset hankkeen alusta (€)\nKustannukset pysyvät budjetissa.\n"
    )
    assert names(head) == ["Mielen tuki Nokialla"]
    # the negative side: a news item's dateline over its headline is no report's head; the text names it
    news = (
        "Kainuun hyvinvointialue\nJulkaistu 4.3.2025\nEtäkuntoutus laajenee Sotkamoon\n\n"
        "Kainuun Etäkuntoutus kotiin -hanke tuo fysioterapeutin ohjauksen videolla Sotkamoon.\n"
    )
    assert names(news) == ["Kainuun Etäkuntoutus kotiin -hanke"]
    # nor is a memo's head whose kind line names the project, its owner's line and the meeting's dateline
    memo = (
        "Muistio – Etäkuntoutus kotiin -hankkeen ohjausryhmä 3/2025\nKeski-Pohjanmaan hyvinvointialue, Soite\n"
        "Kokous 9.4.2025 Kokkolassa\n\n1. Tilannekatsaus\nHanke vie kuntoutuksen etänä kotiin Kokkolassa.\n"
    )
    assert names(memo) == ["Etäkuntoutus kotiin -hanke"]


def test_a_numbered_or_section_heading_naming_hanke_is_no_name() -> None:
    from hankegraafi.ingest.facts.namesites import question_line
    from hankegraafi.ingest.generictitle import name_before_hanke

    assert question_line("2 Miten hanke voi") and question_line("3.1. Hur mår projektet")
    assert name_before_hanke("2 Miten hanke voi") is None
    assert name_before_hanke("Kustannukset hankkeen alusta 30.9.2023 saakka (€)") is None
    assert name_before_hanke("Talous hankkeen alusta (€)") is None
    assert name_before_hanke("Tukeva hankkeelle myönnettiin avustus") == "Tukeva hanke"


def test_the_parts_one_sentence_lists_are_read_sentence_by_sentence() -> None:
    text = (
        "Kestävän kasvun Varsinais-Suomi\n\nVarsinais-Suomen hyvinvointialue · päivitetty 3.6.2025\n\n"
        "Hanke toteutetaan kolmessa investoinnissa: Investointi 1 Hoitoonpääsy, Investointi 2 Ennaltaehkäisy ja "
        "Investointi 4 Digitaaliset ratkaisut. DigiFinland toimittaa alustan, jonka varaan investointi 4 rakentuu.\n"
    )
    assert names(text)[1:] == [
        "Investointi 1: Hoitoonpääsy",
        "Investointi 2: Ennaltaehkäisy",
        "Investointi 4: Digitaaliset ratkaisut",
    ]


def test_the_parts_a_wrapped_sentence_names_after_its_colon() -> None:
    text = (
        "Väliraportti 1/2024\nHanke:\tNuoret keskiöön Kotkassa\n\n"
        "Hanke (1.9.2023–31.8.2025) jakautuu kahteen osahankkeeseen: Hyvinvointikioski ja Nuorten\n"
        "mielenterveyspolku. Hyvinvointikioskit avattiin Kotkaan ja Haminaan, Kouvolan kioski avautuu\n"
        "syksyllä.\n"
    )
    assert names(text) == ["Nuoret keskiöön Kotkassa", "Hyvinvointikioski", "Nuorten mielenterveyspolku"]
    colon_at_end = (
        "Lägesrapport 2/2024\nProjekt: Stöd i vardagen i Vasa\n\n"
        "Grupperna träffas i Vasa varannan vecka. Projektet delas in i två delprojekt:\n"
        "Avlösning i hemmet och Kamratgrupper. Avlösningen ordnas av hemvården,\noch grupperna leds av en handledare.\n"
    )
    assert names(colon_at_end)[1:] == ["Avlösning i hemmet", "Kamratgrupper"]


def test_parts_a_head_field_lists_by_key_head_their_blocks() -> None:
    text = (
        "Tilannekatsaus 2/2025\nHankkeen nimi\tLiikkuvat palvelut Iisalmessa\n"
        "Osahankkeet\t1 Liikkuva terveysasema, 2 Kotikäynnit etänä\n\n"
        "Tilanne osahankkeittain (vihreä = suunnitelman mukaan, punainen = poikkeama)\n\n"
        "1 Liikkuva terveysasema\nAikataulu\tvihreä\nKustannukset\tpunainen\n\n"
        "2 Kotikäynnit etänä\nAikataulu\tpunainen\nKustannukset\tvihreä\n\n"
        "2 Kotikäynnit jatkuvat keväällä Iisalmessa.\n"
    )
    projects = read(text, "katsaus.txt").projects
    assert [p.name for p in projects] == [
        "Liikkuvat palvelut Iisalmessa",
        "Liikkuva terveysasema",
        "Kotikäynnit etänä",
    ]
    assert [(light.dimension, light.value) for light in projects[1].lights] == [
        ("schedule", "on-plan"),
        ("costs", "deviation"),
    ]
    assert [(light.dimension, light.value) for light in projects[2].lights] == [
        ("schedule", "deviation"),
        ("costs", "on-plan"),
    ]
    assert not projects[0].lights  # the whole has none: "2 Kotikäynnit jatkuvat …" heads nothing


def test_a_head_field_not_all_keyed_declares_no_parts() -> None:
    from hankegraafi.ingest.facts.partkeys import declared
    from hankegraafi.ingest.segment import Element

    row = Element("table", 4, 4, "Osahankkeet\tkaksi", rows=[["Osahankkeet", "kaksi"]], row_lines=[4])
    assert declared([row]) is None
    keyed = Element("table", 4, 4, "", rows=[["Delprojekt", "A Hembesök; B Telefonuppföljning"]], row_lines=[4])
    assert declared([keyed]) == ("subproject", {"A": "Hembesök", "B": "Telefonuppföljning"})


def test_a_header_row_of_parts_alone_holds_no_sums() -> None:
    from hankegraafi.ingest.entities import Gazetteer
    from hankegraafi.ingest.facts.context import Context
    from hankegraafi.ingest.facts.parttables import _columns_are_parts
    from hankegraafi.ingest.readers import read_bytes
    from hankegraafi.ingest.segment import Element, segment

    text = "Hanke: Arjen apu\n\n\tInvestointi 1\tInvestointi 2\n"
    document = read_bytes(text.encode(), file_name="ote.txt", max_bytes=10_000)
    ctx = Context(segment(document.lines), Gazetteer.default(), document)
    header = Element(
        "table", 3, 3, "\tInvestointi 1\tInvestointi 2", rows=[["", "Investointi 1", "Investointi 2"]]
    )
    header.row_lines = [3]
    assert not _columns_are_parts(ctx, header)
    assert not ctx.projects  # no nameless parts made from a header with nothing under it
