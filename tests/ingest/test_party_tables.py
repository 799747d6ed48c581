"""Dependencies and partners from tables of parties, and parties a text only mentions.

Invented report texts. A table whose column names the parties ("Taho | Riippuvuuden
kuvaus") gives each row's party as a dependency, a name no vocabulary knows as a new
organisation; a party only informed, reported to or named as background is no
dependency.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.mentioned import mentioned_only
from hankegraafi.ingest.orgnames import find_org_names
from hankegraafi.ingest.readers import read_bytes

HEAD = (
    "TILANNERAPORTTI 2/2024\n\nHanke: Kuvitteellinen kotihoidon hanke\nRaportointijakso: 1.1.2024–30.6.2024\n\n"
)


def read(body: str) -> tuple[set[str], set[str]]:
    """(dependency target labels, partner labels) of the document's projects."""
    x = extract(read_bytes((HEAD + body).encode(), file_name="r.txt", max_bytes=100_000))
    deps = {d.target.label for p in x.projects for d in p.dependencies}
    partners = {pa.organisation.label for p in x.projects for pa in p.participations if pa.role == "partner"}
    return deps, partners


def test_a_dependency_table_gives_each_row_s_party() -> None:
    body = (
        "Riippuvuudet\n"
        "Taho\tRiippuvuuden kuvaus\n"
        "Kanta-palvelut\tKirjaukset tallentuvat potilastiedon arkistoon\n"
        "Kuvitteellinen Videopalvelu Oy\tToimittaa etäkäyntien videoyhteyden\n"
        "Järvialueen ammattikorkeakoulu\tKouluttaa henkilöstön\n"
        "Sosiaali- ja terveysministeriö\tHankkeen tuloksista on raportoitu ministeriölle\n"
    )
    deps, partners = read(body)
    assert deps == {"Kanta-palvelut", "Kuvitteellinen Videopalvelu Oy", "Järvialueen ammattikorkeakoulu"}
    assert {"Kuvitteellinen Videopalvelu Oy", "Järvialueen ammattikorkeakoulu"} <= partners


def test_a_partner_table_keeps_a_name_whole_and_its_short_form() -> None:
    body = (
        "Yhteistyötahot\n"
        "Yhteistyötaho\tRooli hankkeessa\n"
        "Mannerheimin Lastensuojeluliiton Järvialueen piiri\tTuotti ryhmien sisällöt\n"
        "Järvialueen ammattikorkeakoulu (Jarmk)\tArvioi hankkeen\n\n"
        "Jarmkin opiskelijat testasivat palvelua yhteistyössä Jarmkin kanssa.\n"
    )
    deps, _ = read(body)
    assert deps == {"Mannerheimin Lastensuojeluliiton Järvialueen piiri", "Järvialueen ammattikorkeakoulu"}


def test_parties_only_informed_or_in_the_background_are_no_dependencies() -> None:
    body = (
        "Viestintä ja yhteistyö\n"
        "Hankkeen etenemisestä on tiedotettu Kelaa ja Terveyden ja hyvinvoinnin laitosta.\n"
        "Aukioloista kerrotaan Lähellä.fi-palvelussa.\n"
        "Alueella toteutettiin aiemmin Tarmoa-palvelun käyttöönotto omana hankkeenaan.\n"
        "Toimintamalli on kuvattu Innokylään.\n"
        "Oirearviot tehdään Omaolossa.\n"
    )
    deps, _ = read(body)
    assert deps == {"Omaolo"}
    assert mentioned_only("Taustalla on THL:n selvitys etäpalveluista.")
    assert not mentioned_only("Hanke tehdään yhteistyössä THL:n kanssa.")


def test_a_place_s_genitive_with_its_noun_begins_an_organisation_s_name() -> None:
    names = [o.name for o in find_org_names("Opastajat tulevat Raahen seudun Kylätalkoot ry:stä.")]
    assert names == ["Raahen seudun Kylätalkoot ry"]
    assert [o.name for o in find_org_names("Mukana on Uudenmaan piiri ry.")] == ["Uudenmaan piiri ry"]


def test_a_short_form_written_after_the_name_is_another_name_of_it() -> None:
    found = find_org_names("Hanke tehdään yhteistyössä Järvialueen ammattikorkeakoulu Jarmkin kanssa.")
    assert [(o.name, o.acronym) for o in found] == [("Järvialueen ammattikorkeakoulu", "Jarmk")]
    assert [(o.name, o.acronym) for o in find_org_names("Mukana on Järvialueen yliopisto JYU.")] == [
        ("Järvialueen yliopisto", "JYU")
    ]
    # A longer proper name after the head is the name itself, and a legal form is no short form.
    assert [o.name for o in find_org_names("Mukana on Kokkolan yliopistokeskus Chydenius.")] == [
        "Kokkolan yliopistokeskus Chydenius"
    ]
    body = "Yhteenveto\nTyö tehdään yhteistyössä Järvialueen ammattikorkeakoulu Jarmkin kanssa. Arvion tekee Jarmk.\n"
    deps, partners = read(body)
    assert deps == partners == {"Järvialueen ammattikorkeakoulu"}


def test_an_organisation_doing_part_of_the_work_is_a_dependency() -> None:
    body = (
        "Yhteenveto\n"
        "Arvioinnin toteutti Järvialueen ammattikorkeakoulu.\n"
        "Järvialueen Kylätalkoot ry kouluttaa opastajat.\n"
        "Yrkeshögskolan Kustia utbildade personalen.\n"
        "Asiakaskokemusta arvioi Järvialueen yliopisto.\n"
    )
    deps, _ = read(body)
    assert deps == {
        "Järvialueen ammattikorkeakoulu",
        "Järvialueen Kylätalkoot ry",
        "Yrkeshögskolan Kustia",
        "Järvialueen yliopisto",
    }


def test_the_programme_by_another_of_its_names_is_a_dependency() -> None:
    body = "Yhteenveto\nSTM myönsi hankkeelle Kestävän kasvun Suomi -ohjelmasta 2 000 000 euroa vuosille 2024–2025.\n"
    deps, _ = read(body)
    assert "Suomen kestävän kasvun ohjelma" in deps


def test_a_partner_is_a_dependency_by_its_own_sentence_not_the_paragraph_s() -> None:
    body = (
        "Viestintä ja yhteistyö\n"
        "Alueen järjestöjen kanssa järjestettiin kaksi työpajaa, joihin osallistui myös Järvialueen Omaiset ry. "
        "Yöhoitajien koulutuksen järjestää Järvialueen ammattikorkeakoulu.\n"
    )
    deps, partners = read(body)
    assert deps == {"Järvialueen ammattikorkeakoulu"}
    assert "Järvialueen Omaiset ry" in partners  # took part in a workshop: named, not relied on


def test_swedish_genitives_and_dependency_words() -> None:
    from hankegraafi.ingest.entities import Gazetteer

    found = Gazetteer.default().find("Kommunförbundets seminarium och DigiFinlands tjänster i Borgås hemvård.")
    assert [m.entry.label for m in found] == ["Suomen Kuntaliitto", "DigiFinland Oy", "Porvoo"]
    body = (
        "Sammanfattning\nUtvärderingen görs av Åbo Akademi.\nProjektet är beroende av DigiFinlands tjänster.\n"
        "Arviointi tehdään Järvialueen yliopiston toimesta.\n"
    )
    deps, _ = read(body)
    assert deps == {"Åbo Akademi", "DigiFinland Oy", "Järvialueen yliopisto"}


def test_a_town_or_district_in_a_case_of_place_is_no_organisation() -> None:
    assert find_org_names("Kokeilu tehtiin Kajaanin kaupungissa ja laajeni Raahen seutukuntaan.") == []
    assert [o.name for o in find_org_names("Kajaanin kaupunki osallistuu hankkeeseen.")] == [
        "Kajaanin kaupunki"
    ]
    assert [o.name for o in find_org_names("Palvelu ostetaan Kajaanin kaupungilta.")] == ["Kajaanin kaupunki"]


def test_a_communication_channel_and_a_stakeholder_list_are_no_dependencies() -> None:
    body = (
        "Riippuvuudet\n"
        "Hanke hyödyntää Omaolo-palvelun oirearvioita.\n"
        "Hankkeen viestinnässä käytetään Innokylää ja Lähellä.fi-palvelua.\n\n"
        "Sidosryhmät\n"
        "THL, Kela, Suomen Kuntaliitto\n"
    )
    deps, _ = read(body)
    assert deps == {"Omaolo"}


def test_a_label_word_in_its_base_form_matches_its_inflections() -> None:
    from hankegraafi.ingest.entities import Gazetteer

    found = Gazetteer.default().find("Hanke tukee Kansallisen mielenterveysstrategian toimeenpanoa.")
    assert [m.entry.label for m in found] == [
        "Kansallinen mielenterveysstrategia ja itsemurhien ehkäisyn ohjelma"
    ]
    deps, _ = read("Yhteenveto\nHanke tukee Kansallisen mielenterveysstrategian toimeenpanoa alueella.\n")
    assert deps == {"Kansallinen mielenterveysstrategia ja itsemurhien ehkäisyn ohjelma"}


def test_a_programme_in_the_funder_field_is_a_dependency() -> None:
    text = (
        "# Loppuraportti\n\n**Hanke:** Kuvitteellinen kotihoidon hanke\n"
        "**Hyvinvointialue:** Kainuun hyvinvointialue\n"
        "**Rahoittaja:** Sosiaali- ja terveysministeriö (Suomen kestävän kasvun ohjelma)\n\n"
        "## Yhteenveto\n\nHanke päättyi.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="r.md", max_bytes=100_000))
    assert "Suomen kestävän kasvun ohjelma" in {d.target.label for p in x.projects for d in p.dependencies}


def test_schools_and_institutes_are_organisations_by_their_head_word() -> None:
    text = (
        "Lisäksi Saamelaisalueen koulutuskeskus tuottaa aineiston ja kurssit pitää Sodankylän kansalaisopisto."
    )
    assert [o.name for o in find_org_names(text)] == [
        "Saamelaisalueen koulutuskeskus",
        "Sodankylän kansalaisopisto",
    ]


def test_a_funder_in_its_clause_is_no_partner() -> None:
    deps, _ = read("Yhteenveto\nKehittämistä koordinoi kansallisesti THL, ja ohjelmaa rahoittaa STM.\n")
    assert deps == {"Terveyden ja hyvinvoinnin laitos"}


def test_the_funder_paid_back_the_unused_grant_is_no_partner() -> None:
    deps, _ = read(
        "Yhteenveto\nPalvelut jatkuvat osana hyvinvointialueen toimintaa ja käyttämättä jäänyt avustus "
        "palautetaan sosiaali- ja terveysministeriölle toukokuussa. Kotihoito jatkuu osana perustoimintaa "
        "yhteistyössä Kuvitteellisen ammattikorkeakoulun kanssa.\n"
    )
    assert "Sosiaali- ja terveysministeriö" not in deps
    assert any("ammattikorkeakoulu" in dep for dep in deps)  # the partner stays


def test_a_unit_in_a_contact_field_is_no_organisation() -> None:
    text = (
        "TILANNERAPORTTI 2/2024\n\nHankkeen nimi: Kuvitteellinen kotihoidon hanke\n"
        "Hyvinvointialue: Kainuun hyvinvointialue\nYhteyshenkilön organisaatio: Kotihoidon palvelualue\n\n"
        "Yhteenveto\nHanke eteni.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    assert "Kotihoidon palvelualue" not in {
        pa.organisation.label for p in x.projects for pa in p.participations
    }


def test_an_attendance_list_names_the_organisations_of_its_people() -> None:
    html = (
        "<html><body><p>Kainuun hyvinvointialue</p><h1>Ohjausryhmän muistio 2/2024</h1>"
        "<p>Hanke: Kuvitteellinen kotihoidon hanke</p>"
        "<table><tr><th>Aika</th><td>3.6.2024</td></tr>"
        "<tr><th>Läsnä</th><td>Anne Kemppainen (pj.), Järvialueen ammattikorkeakoulu<br>"
        "Pekka Heikkinen, Kuvitteellinen Videopalvelu Oy<br>Tiina Karjalainen, projektisihteeri</td></tr>"
        "</table><p>Kokous hyväksyi tilannekatsauksen.</p></body></html>"
    )
    x = extract(read_bytes(html.encode(), file_name="m.html", max_bytes=100_000))
    parties = {pa.organisation.label for p in x.projects for pa in p.participations}
    # A person's organisation takes part; a person with only a title names none, nor is a person one.
    assert parties == {"Järvialueen ammattikorkeakoulu", "Kuvitteellinen Videopalvelu Oy"}
    assert not any(p.dependencies for p in x.projects)  # attending is no share of the work


def test_national_services_of_the_vocabulary_are_found_in_their_plural_case_forms() -> None:
    deps, _ = read(
        "Riippuvuudet\n"
        "Päätökset lähetetään Suomi.fi-viestien kautta, ja asiointi toisen puolesta tehdään "
        "Suomi.fi-valtuuksilla. Asiakkaan tiedot haetaan kansallisen palveluväylän kautta. "
        "Omahoito-ohjelmat ovat HUSin ylläpitämässä Terveyskylässä.\n"
    )
    assert {"Suomi.fi-viestit", "Suomi.fi-valtuudet", "Suomi.fi-palveluväylä", "Terveyskylä"} <= deps


def test_co_implementers_on_the_lines_of_one_cell_and_a_partner_worked_with_are_parties() -> None:
    html = (
        "<html><body><h1>Kotiapu Kainuussa</h1><table>"
        "<tr><th>Osatoteuttajat</th><td>Kuvitteellinen Videopalvelu Oy<br>Järvialueen ammattikorkeakoulu</td></tr>"
        "</table><p>Kainuun hyvinvointialue kehittää kotiapua.</p>"
        "<p>Palvelut suunniteltiin yhdessä Marttojen kanssa. Kelan tilastojen mukaan tarve kasvaa.</p>"
        "</body></html>"
    )
    x = extract(read_bytes(html.encode(), file_name="k.html", max_bytes=100_000))
    roles = {pa.organisation.label: pa.role for p in x.projects for pa in p.participations}
    assert roles == {
        "Kuvitteellinen Videopalvelu Oy": "co-implementer",
        "Järvialueen ammattikorkeakoulu": "co-implementer",
        "Martat": "partner",  # "yhdessä X:n kanssa": worked with; Kela only the source of a figure
    }
    assert {d.target.label for p in x.projects for d in p.dependencies} == {"Martat"}


def test_the_funder_a_grant_is_paid_back_to_is_no_partner_and_the_sum_is_returned() -> None:
    """'maksetaan takaisin …ministeriölle', 'betalas tillbaka till', 'peritään takaisin': paying back is
    returning (sumcues.RETURNED, one list for the money and the parties): the sum is returned money, the
    ministry no dependency."""
    body = (
        "Talous\nKäyttämättä jäänyt avustus, 18 400 euroa, maksetaan takaisin sosiaali- ja "
        "terveysministeriölle, ja etäpalvelu jatkuu osana perustoimintaa yhteistyössä Kuvitteellisen "
        "ammattikorkeakoulun kanssa.\n"
    )
    deps, _ = read(body)
    assert "Sosiaali- ja terveysministeriö" not in deps
    assert any("ammattikorkeakoulu" in dep for dep in deps)
    x = extract(
        read_bytes(
            ("LOPPURAPORTTI\n\nHankkeen nimi: Kuvitteellinen etäpalvelu\n\n" + body).encode(),
            file_name="loppuraportti.txt",
            max_bytes=100_000,
        )
    )
    returned = [s.lines[0].values for p in x.projects for s in p.costs if s.kind == "returned"]
    assert returned and Decimal("18400") in returned[0].values()


def test_a_party_that_has_not_yet_taken_part_is_no_partner() -> None:
    """'X ei ole vielä osallistunut työhön', 'X har ännu inte deltagit': the negation with its auxiliary and
    a 'yet' between is not taking part (mention-cue/not-taking-part), as 'X ei osallistunut' was."""
    deps, _ = read(
        "Yhteistyö\nKotihoito jatkuu yhteistyössä Kuvitteellisen ammattikorkeakoulun kanssa. "
        "Tornion kaupunki ei ole vielä osallistunut työhön.\n"
    )
    assert deps == {"Kuvitteellisen ammattikorkeakoulu"}  # Tornio, which has not yet taken part, is none


def test_a_health_centre_named_in_passing_is_no_party() -> None:
    """'ohjataan Kuhmon terveyskeskukseen', 'Kajaanin terveyskeskuksen kaksi hoitajaa': a health centre is the
    county's own service point, as a health station is (orgnames.PLACE_HEADS, organisations._SERVICE_POINT)."""
    body = (
        "Toteutus\nKotihoito jatkuu yhteistyössä Kuvitteellisen ammattikorkeakoulun kanssa. Kiireelliset potilaat "
        "ohjataan Kuhmon terveyskeskukseen. Kajaanin terveyskeskuksen kaksi hoitajaa siirtyi etävastaanotolle.\n"
    )
    x = extract(read_bytes((HEAD + body).encode(), file_name="r.txt", max_bytes=100_000))
    named = {d.target.label for p in x.projects for d in p.dependencies} | {
        pa.organisation.label for p in x.projects for pa in p.participations
    }
    assert not any("terveyskesk" in label for label in named)
