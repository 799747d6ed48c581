"""The gold schema's conventions for organisations (tests/ingest/corpus/README.md, stop 28), read
from invented report texts: the EU named only as the owner of a funding instrument is no party,
named as the funding party it is one.
"""

from __future__ import annotations

from hankegraafi.ingest.entities import Gazetteer
from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.mentioned import owner_of_instrument
from hankegraafi.ingest.orgnames import find_org_names
from hankegraafi.ingest.readers import read_bytes

HEAD = (
    "TILANNERAPORTTI 2/2024\n\nHanke: Kuvitteellinen liikkumishanke\nRaportointijakso: 1.7.2024–31.12.2024\n\n"
)


def read(body: str) -> Extraction:
    return extract(read_bytes((HEAD + body).encode(), file_name="r.txt", max_bytes=100_000))


def parties(x: Extraction) -> set[str]:
    return {pa.organisation.label for p in x.projects for pa in p.participations}


def owners(text: str) -> dict[str, bool]:
    return {m.surface: owner_of_instrument(m, text) for m in Gazetteer.default().find(text)}


def test_a_genitive_before_an_instrument_owns_it() -> None:
    assert owners("Rahoitus tulee EU:n elpymisvälineestä.") == {"EU:n": True}
    assert owners("Varat tulevat Euroopan unionin elpymis- ja palautumistukivälineestä.")["Euroopan unionin"]
    assert owners("Medlen kommer ur EU:s facilitet för återhämtning.") == {"EU:s": True}
    # The funding party itself, or an agent participle, is no owner of an instrument.
    assert owners("Hankkeen rahoittaa Euroopan unioni.") == {"Euroopan unioni": False}
    assert owners("Hanke on Euroopan unionin osarahoittama.") == {"Euroopan unionin": False}


def test_the_owner_of_an_instrument_takes_no_part() -> None:
    x = read("Hankkeen rahoitus tulee EU:n elpymisvälineestä. Yhteistyössä toimii Kuvalan Kuntoklubi ry.\n")
    assert "Euroopan unioni" not in parties(x)
    assert "Kuvalan Kuntoklubi ry" in parties(x)


def test_the_eu_named_as_the_funding_party_takes_part() -> None:
    x = read("Hankkeen rahoittaa Euroopan unioni. Yhteistyössä toimii Kuvalan Kuntoklubi ry.\n")
    assert "Euroopan unioni" in parties(x)


def test_a_funder_field_naming_an_instrument_names_no_party() -> None:
    x = read("Rahoittaja: Suomen kestävän kasvun ohjelma / EU:n elpymisväline\n\nHanke etenee.\n")
    assert "Euroopan unioni" not in parties(x)


def test_an_informed_body_or_a_source_takes_no_part() -> None:
    x = read(
        "Hankkeen etenemisestä on kerrottu Kuntaliitolle. Taustalla on Kuvalan yliopiston julkaisema "
        "selvitys. Ohjaajat kouluttaa Kuvalan Kuntoklubi ry.\n"
    )
    assert "Suomen Kuntaliitto" not in parties(x)
    assert not any("yliopisto" in label for label in parties(x))
    assert "Kuvalan Kuntoklubi ry" in parties(x)


def test_the_same_body_named_as_working_with_the_project_takes_part() -> None:
    x = read("Hanke toimii yhteistyössä Kuntaliiton kanssa. Ohjaajat kouluttaa Kuvalan Kuntoklubi ry.\n")
    assert "Suomen Kuntaliitto" in parties(x)


def municipalities(x: Extraction) -> set[str]:
    return {
        str(pa.organisation.iri).rsplit("/", 1)[-1]
        for p in x.projects
        for pa in p.participations
        if pa.organisation.type == "municipality"
    }


def test_a_municipality_s_body_is_the_municipality() -> None:
    x = read("Toteuttajat: Hollolan kunta, Heinolan kaupunki ja Kuvalan Kuntoklubi ry\n\nHanke etenee.\n")
    assert {"hollola", "heinola"} <= municipalities(x)
    assert not any(label.endswith(("kunta", "kaupunki")) for label in parties(x))


def test_municipalities_named_as_bodies_in_a_list_take_part() -> None:
    x = read("Tilat antavat käyttöön Hollolan ja Asikkalan kunnat. Koulutus pidettiin Heinolassa.\n")
    assert municipalities(x) == {"hollola", "asikkala"}  # Heinola is only where the work was done


def roles(x: Extraction) -> dict[str, str]:
    return {pa.organisation.label: pa.role for p in x.projects for pa in p.participations}


def test_a_basic_facts_row_naming_a_role_lists_its_parties() -> None:
    html = (
        "<html><body><h1>Loppuraportti: Kuvitteellinen kotiapuhanke</h1><table>"
        "<tr><th>Hallinnoija</th><td>Päijät-Hämeen hyvinvointialue</td></tr>"
        "<tr><th>Osatoteuttajat</th><td>Hollolan kunta; Kuvalan Kotityö Oy (kotipalvelut)</td></tr>"
        "<tr><th>Yhteistyötahot</th><td>Kuvalan Kuntoklubi ry, Salpausselän opisto</td></tr>"
        "</table><p>Hanke päättyi.</p></body></html>"
    )
    x = extract(read_bytes(html.encode(), file_name="r.html", max_bytes=100_000))
    got = roles(x)
    assert got["Hollola"] == "co-implementer"
    assert got["Kuvalan Kotityö Oy"] == "co-implementer"
    assert got["Kuvalan Kuntoklubi ry"] == "partner"
    assert got["Salpausselän opisto"] == "partner"
    relied = {d.target.label for p in x.projects for d in p.dependencies}
    assert "Kuvalan Kuntoklubi ry" in relied and "Kuvalan Kotityö Oy" not in relied


def test_a_parties_table_s_header_is_no_row_of_parties() -> None:
    html = (
        "<html><body><h1>Loppuraportti: Kuvitteellinen kotiapuhanke</h1><table>"
        "<tr><th>Yhteistyötaho</th><th>Rooli hankkeessa</th></tr>"
        "<tr><td>Kuvalan Kuntoklubi ry</td><td>Järjesti ryhmät</td></tr>"
        "</table><p>Hanketta hallinnoi Päijät-Hämeen hyvinvointialue.</p></body></html>"
    )
    x = extract(read_bytes(html.encode(), file_name="r.html", max_bytes=100_000))
    assert "Rooli hankkeessa" not in roles(x)
    assert roles(x)["Kuvalan Kuntoklubi ry"] == "partner"


def test_a_brand_joined_to_a_head_word_is_a_name_anywhere() -> None:
    def names(text: str) -> list[str]:
        return [o.name for o in find_org_names(text)]

    assert names("Kuvaria-ammattikorkeakoulu arvioi kokeilun.") == ["Kuvaria-ammattikorkeakoulu"]
    assert names("Työ tehdään Kuvaria-ammattikorkeakoulun kanssa.") == ["Kuvaria-ammattikorkeakoulu"]
    assert names("Kuvaria Ammattikorkeakoulu kouluttaa ohjaajat.") == ["Kuvaria Ammattikorkeakoulu"]
    # An acronym is a brand too ("LAB-ammattikorkeakoulu"), at a sentence's start as well.
    assert names("KAO-opisto kouluttaa kotihoidon henkilöstön.") == ["KAO-opisto"]
    assert names("Arvioinnin tekee XY-ammattikorkeakoulu.") == ["XY-ammattikorkeakoulu"]
    # A heading's common noun before a capitalised head on the next line is no brand.
    assert names("Jatkuvuus Kotisairaalan toiminta jatkuu.") == []
    assert names("Tämä Ammattikorkeakoulu") == []


def test_a_funder_field_naming_only_programmes_names_no_party() -> None:
    x = read("Rahoitus: Suomen kestävän kasvun ohjelma / NextGenerationEU\n\nHanke etenee Kajaanissa.\n")
    assert not parties(x)  # no organisation "Suomen kestävän kasvun ohjelma / NextGenerationEU"
    assert [p.funder.label for p in x.projects if p.funder] == [
        "Sosiaali- ja terveysministeriö"
    ]  # by the programme


def test_a_funder_field_saying_there_is_none_names_nothing() -> None:
    for value in ("Ei erillisrahoitusta", "Ei ulkopuolista rahoitusta", "Ingen separat finansiering"):
        x = read(f"Rahoittaja: {value}\n\nHanke etenee.\n")
        assert all(p.funder is None for p in x.projects), value
        assert not any("rahoitu" in label.lower() or "finansier" in label for label in parties(x)), value
    x = read("Rahoittaja: Kuvalan Säätiö sr\n\nHanke etenee.\n")
    assert x.projects[0].funder is not None and x.projects[0].funder.label == "Kuvalan Säätiö sr"


def test_a_distribution_line_names_no_party_relied_on() -> None:
    x = read(
        "Hanke hyödyntää Omaolo-palvelua. Ohjaajat kouluttaa Kuvalan Kuntoklubi ry.\n\n"
        "Jakelu: Kansaneläkelaitos, hankkeen ohjausryhmä\nTiedoksi: Terveyden ja hyvinvoinnin laitos\n"
    )
    relied = {d.target.label for p in x.projects for d in p.dependencies}
    assert {"Omaolo", "Kuvalan Kuntoklubi ry"} <= relied
    assert not relied & {"Kansaneläkelaitos", "Terveyden ja hyvinvoinnin laitos"}
    assert not parties(x) & {"Kansaneläkelaitos", "Terveyden ja hyvinvoinnin laitos"}


def test_a_municipality_in_an_outer_local_case_is_a_place() -> None:
    x = read("Palveluntuottaja Kuvalan Yöapu Oy laajentaa käynnit Hyvinkäälle ja Keravalle.\n")
    assert "Kuvalan Yöapu Oy" in parties(x)  # the role word before the name is no part of it
    assert municipalities(x) == set()
