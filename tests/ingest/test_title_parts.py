"""A title's parts: the kind, the owner, a date or a question beside the project's name (ingest/facts/
namesites.title_parts_name, settle_title; ingest/generictitle.py), a breadcrumb ending in one of the
page's tabs, an English subject naming its matter, a line of a message's text after its greeting.
Kind words are the vocabulary's (kinds.ttl, title-kind). All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.namesites import kind_part, title_parts_name
from hankegraafi.ingest.namecuts import headline_name
from hankegraafi.ingest.paragraphs import broken_line
from hankegraafi.ingest.readers import read_bytes


def read(text: str, name: str = "sivu.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def whole(x: Extraction) -> str:
    return next(p.name for p in x.projects if p.level == "project" and p.parent is None)


def test_a_part_holding_a_kind_word_and_no_other_capital_is_the_kind() -> None:
    assert kind_part("lägesbild våren 2025")
    assert kind_part("Annual report 2023")
    assert kind_part("half-year status report 1/2025")
    assert kind_part("progress summary for the steering group")
    assert kind_part("Hankekortti")
    assert kind_part("kuukausikatsaus lokakuu")  # a compound ending in the label
    assert not kind_part("Safe Care Plan Oulu")  # a name in title case
    assert not kind_part("Kotona Kainuussa")


def test_the_one_part_left_is_the_name_whichever_side_it_stands() -> None:
    assert title_parts_name(None, "Arjen apu Oulussa – riskiarvio") == "Arjen apu Oulussa"
    assert title_parts_name(None, "Årsrapport 2023 – Hemma i Borgå") == "Hemma i Borgå"
    assert title_parts_name(None, "Project card: Coastal Care Vaasa") == "Coastal Care Vaasa"
    assert title_parts_name(None, "Coastal Care Vaasa – how far we got") == "Coastal Care Vaasa"
    assert title_parts_name(None, "Kotona Kainuussa – riskiarvio · Päivitetty 3.2.2025") == "Kotona Kainuussa"
    assert title_parts_name(None, "Kesto: 2023–2025") is None  # a label and its date
    assert title_parts_name(None, "Osahanke 2: Kotona Kainuussa") is None  # a part's line
    assert title_parts_name(None, "Projektet Trygg kväll – lägesrapport") == "Trygg kväll"
    assert title_parts_name(None, "Kotona Kainuussa") is None  # one part
    assert title_parts_name(None, "Kotona Kainuussa – Arki Savossa – riskiarvio") is None  # two names left
    assert title_parts_name(None, "Ajankohtaista: kevään tilannekatsaus") is None  # a site's section, no name


def test_a_documents_whole_is_named_by_its_titles_name_part() -> None:
    x = read(
        "Kainuun hyvinvointialue | Hanke | Kylätalojen terveyspisteet\n\n"
        "Hanke kehittää terveyspisteitä Kajaanin ja Suomussalmen kyliin.\n"
    )
    assert whole(x) == "Kylätalojen terveyspisteet"


def test_an_owners_dateline_is_no_title_and_the_kind_beside_the_name_is_cut() -> None:
    x = read(
        "Egentliga Finlands välfärdsområde · Uppdaterad 4.3.2025\n"
        "Uppföljningsblankett 1/2025 – Kvällsmottagning i Salo\n"
        "Projektet utvecklar kvällsmottagningen i Salo.\n"
    )
    assert whole(x) == "Kvällsmottagning i Salo"


def test_a_breadcrumb_ending_in_a_tab_names_the_page_by_the_item_before_it() -> None:
    x = read(
        "Etusivu › Toimintamallit › Perhetyö verkossa › Toteutus\n\n"
        "- Kuvaus\n- Toteutus\n- Arviointi\n\n"
        "# Toteutuksen vaiheet\n\n"
        "Toimintamallia kehitetään Kouvolassa, ja perheet tapaavat perhetyöntekijän verkossa. Malli on\n"
        "kehitetty Kymenlaakson hyvinvointialueen hankkeessa.\n",
        name="sivu.md",
    )
    assert whole(x) == "Perhetyö verkossa"


def test_an_english_subject_naming_its_matter_of_a_titled_name() -> None:
    assert headline_name("Final accounts for Coastal Care Vaasa") == "Coastal Care Vaasa"
    assert headline_name("Ministry of Social Affairs and Health") is None  # one word before "of"


def test_running_text_ending_in_a_preposition_runs_on() -> None:
    lines = [
        "Coastal Care Vaasa",
        "The county granted the project its share of the money in the spring of last year, and the rest to",
        "the home care units.",
    ]
    assert broken_line(lines, 2, 2)
    assert not broken_line(lines, 1, 1)


def test_a_model_pages_row_or_sentence_names_the_whole_it_belongs_to() -> None:
    x = read(
        "Startsida › Verksamhetsmodeller › Kvällsrådgivning per chatt\n\n"
        "# Kvällsrådgivning per chatt\n\n"
        "Föräldrar får råd per chatt på kvällarna.\n\n"
        "Helhet: Familjestöd i Kymmenedalen -projektet\n"
        "Område: Kymmenedalens välfärdsområde (Kotka)\n",
        name="sida.md",
    )
    names = {p.name: p for p in x.projects}
    assert "Kvällsrådgivning per chatt" in names
    assert names["Kvällsrådgivning per chatt"].parent is names["Familjestöd i Kymmenedalen -projektet"]


def test_a_sentence_opening_with_the_titles_name_describes_it_and_renames_nothing() -> None:
    x = read(
        "Etusivu / Hankkeet / Arkisto / Loppuraportti\n\n"
        "Kotikuntoutus Kymissä – loppuraportti\n\n"
        "Kotikuntoutus Kymissä oli Kymenlaakson hyvinvointialueen Kestävän kasvun hanke, joka kehitti\n"
        "kuntoutusta Kotkassa.\n"
    )
    assert whole(x) == "Kotikuntoutus Kymissä"


def test_widened_after_the_probes_kinds_of_follow_up_and_status_and_matters_of_the_project() -> None:
    assert title_parts_name(None, "Kotona Kainuussa – uppföljning våren 2025") == "Kotona Kainuussa"
    assert title_parts_name(None, "Coastal Care Vaasa – status in May 2025") == "Coastal Care Vaasa"
    assert title_parts_name(None, "Coastal Care Vaasa – indicators, May 2025") == "Coastal Care Vaasa"
    assert headline_name("Verksamhetsberättelse 2023 för projektet Trygg kväll") == "Trygg kväll"
    assert headline_name("Mid-term review of the project Coastal Care Vaasa") == "Coastal Care Vaasa"


def test_a_name_fields_value_runs_on_after_the_period_in_brackets() -> None:
    x = read(
        "# Arjen apu Kajaanissa – talousseuranta\n\n"
        "Kainuun hyvinvointialue · 30.4.2025\n\n"
        "Hanke: Arjen apu Kajaanissa (1.1.2024–31.12.2025). Kunnat: Kajaani, Sotkamo\n\n"
        "Hanke kehittää kotiin vietäviä palveluja Kajaanissa.\n",
        name="sivu.md",
    )
    assert whole(x) == "Arjen apu Kajaanissa"


def test_an_english_key_value_row_names_the_project() -> None:
    x = read(
        "Kainuu wellbeing services county,,\nProject,Village Nurses Online,\nPeriod,1.1.2024-31.12.2025,\n"
        ",,\nArea,Assessment\nSchedule,on target\n",
        name="taulukko.csv",
    )
    assert whole(x) == "Village Nurses Online"


def test_the_owner_and_a_bare_project_word_before_the_name_and_a_subjects_segment_naming_it() -> None:
    x = read(
        "# Kymenlaakson hyvinvointialue – Hanke Iltapäivystys Kotkassa – väliraportti kevät 2025\n\n"
        "Hanke kehittää iltapäivystystä Kotkassa.\n",
        name="raportti.md",
    )
    assert whole(x) == "Iltapäivystys Kotkassa"
    assert title_parts_name(None, "Final evaluation 2025 — Coastal Care Vaasa") == "Coastal Care Vaasa"


def test_the_project_word_alone_before_the_name_is_no_part_of_it() -> None:
    # stop 42 (N12): "§ 33 Hanke X, tilanneraportti", "Projekt X – lägesrapport" (test27 i102/i104; tune u1187-u1189)
    minute = (
        "POHJOIS-POHJANMAAN HYVINVOINTIALUE\nPöytäkirja 2/2025\n\n§ 12  Hanke Kotiin kuntoutuen Oulussa, väliraportti\n\n"
        "Toteutusaika: 1.1.2025–31.12.2026\n\nKotiin kuntoutuen Oulussa tukee kotiutumista Oulussa.\n"
    )
    assert whole(read(minute, "poytakirja.txt")) == "Kotiin kuntoutuen Oulussa"
    page = "# Projekt Hemma i Vasa – lägesrapport 2/2025\n\nProjektet ordnar hembesök i Vasa. Österbottens välfärdsområde.\n"
    assert whole(read(page, "lage.md")) == "Hemma i Vasa"
    compound = "Projektikoulu Kemissä – väliraportti 1/2025\n\nHanke kouluttaa omaishoitajia Kemissä. Lapin hyvinvointialue.\n"
    assert whole(read(compound)) == "Projektikoulu Kemissä"


def test_a_message_headers_label_is_no_part_of_the_title() -> None:
    # stop 42 (N12): "Subject: Q3 status: X" (test31 ic103, ic58; tune u1190-u1192). "Subject: Closing summary" still
    # gives "Subject", a weak title the text renames (test21 p83, test33 id06 lost their names without it)
    assert title_parts_name(None, "Subject: Q2 status: Lakeside Home Care") == "Lakeside Home Care"
    assert title_parts_name(None, "Contact Point Kotka – status report 2/2025") == "Contact Point Kotka"
    mail = (
        "From: Project office <office@example.invalid>\nTo: Steering group <sg@example.invalid>\n"
        "Subject: Q3 status: Lakeside Home Care\n\nDear all,\n\nthe nurses now visit homes in Kotka and Hamina "
        "(Kymenlaakso wellbeing services county).\n"
    )
    assert whole(read(mail, "mail.txt")) == "Lakeside Home Care"
