"""Parties the text names in short forms: a university of applied sciences by its brand alone
("Xamk arvioi …", "Arcada utvärderar …", "Oamk kouluttaa …"; the organisation vocabulary, u219)
and towns named together as bodies ("Porin ja Rauman kaupungit tuottavat …", u220): linked,
organisations and dependencies of the project."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.orgnames import find_org_names
from hankegraafi.ingest.readers import read_bytes

VOCAB = "https://w3id.org/hankegraafi/vocab/organisation/"


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Xamk arvioi investoinnin vaikutukset.", "xamk"),
        ("Oamk kouluttaa tiimien ohjaajat.", "oamk"),
        ("Arcada utvärderar modellen.", "arcada"),
        ("Kaakkois-Suomen ammattikorkeakoulu arvioi tiimimallin.", "xamk"),
    ],
)
def test_a_university_of_applied_sciences_by_its_short_name(sentence: str, key: str) -> None:
    text = f"Tilanneraportti\n\nHanke: Liikkuva kuntoutus\n\nEteneminen\n{sentence}\n"
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    targets = {str(d.target.iri) for p in x.projects for d in p.dependencies if d.target.linked}
    assert VOCAB + key in targets


MUNICIPALITY = "https://w3id.org/hankegraafi/vocab/municipality/"


@pytest.mark.parametrize(
    ("sentence", "relied"),
    [
        # Towns named together as bodies doing part of the work (u220).
        ("Porin ja Rauman kaupungit tuottavat osan vastaanotoista.", {"pori", "rauma"}),
        ("Nokian ja Ylöjärven kaupungit järjestävät ryhmille tilat.", {"nokia", "ylojarvi"}),
        # Places where the work is done, and towns that only take part, are no dependency.
        ("Vastaanottoja on Porissa ja Raumalla.", set()),
        ("Porin ja Rauman kaupungit saivat tiedon hankkeesta.", set()),
        ("Osatoteuttajina ovat Juvan ja Puumalan kunnat, yhteistyössä Xamkin kanssa.", set()),
    ],
)
def test_towns_named_as_bodies_doing_the_work_are_relied_on(sentence: str, relied: set[str]) -> None:
    text = f"Tilanneraportti\n\nHanke: Liikkuva kuntoutus\n\nEteneminen\n{sentence}\n"
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    targets = {str(d.target.iri) for p in x.projects for d in p.dependencies if d.target.linked}
    assert {t.removeprefix(MUNICIPALITY) for t in targets if t.startswith(MUNICIPALITY)} == relied


@pytest.mark.parametrize(
    ("sentence", "supplier"),
    [
        # A service bought from a company: the supplier is relied on (u221).
        ("Yöpartion lääkärikonsultaatiot ostettiin Mehiläinen Oy:ltä.", "Mehiläinen Oy"),
        ("Bussen köptes av Medibuss Ab, som också sköter underhållet.", "Medibuss Ab"),
    ],
)
def test_a_supplier_a_service_is_bought_from_is_relied_on(sentence: str, supplier: str) -> None:
    text = f"Tilanneraportti\n\nHanke: Liikkuva kuntoutus\n\nEteneminen\n{sentence}\n"
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    assert supplier in {d.target.label for p in x.projects for d in p.dependencies}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A role word before a company's name is no part of it, nor a heading run in before it (u222).
        ("Toimittaja Apotti Oy vastaa ajanvarausliittymästä.", "Apotti Oy"),
        ("Tilanne Toimittaja Kotiväylä Oy asentaa kuvapuhelimet.", "Kotiväylä Oy"),
        ("Palveluntuottaja Kotiyöt Oy vastaa yöhoidosta.", "Kotiyöt Oy"),
        ("Kaakon Lääkäripalvelut Oy päivystää öisin.", "Kaakon Lääkäripalvelut Oy"),
    ],
)
def test_a_role_word_before_a_companys_name(text: str, name: str) -> None:
    assert [o.name for o in find_org_names(text)] == [name]
