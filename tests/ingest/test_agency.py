"""A party named as the subject of an active verb does part of the work: a dependency as well.

"Sodankylän kunta tarjoaa pilotin tilat", "X ammattikorkeakoulu tekee asiakaskyselyn": whatever the
verb, a party opening its clause before an active finite verb acts for the project. A copula, a
negation, a passive, funding and a party named in another case are not. The texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.agency import acts_in
from hankegraafi.ingest.readers import read_bytes

REPORT = """Arjen tuki Pohjanmaalla -hanke
Lägesrapport 2/2024

Projektet utvecklar hemvården i Kristinestad och Närpes.
Yrkeshögskolan Novia intervjuar klienterna, och Närpes stad lånar ut en bil till hemvården.
Kela ei osallistunut hankkeeseen.
"""


@pytest.mark.parametrize(
    ("sentence", "party", "acts"),
    [
        (
            "Yhteistyö: LAB-ammattikorkeakoulu tekee asiakaskyselyn, Lahden kaupunki lainaa ajoneuvon.",
            "LAB-ammattikorkeakoulu",
            True,
        ),
        (
            "Yhteistyö: LAB-ammattikorkeakoulu tekee asiakaskyselyn, Lahden kaupunki lainaa ajoneuvon.",
            "Lahden kaupunki",
            True,
        ),
        ("Hanke toimii Sodankylässä, ja Sodankylän kunta tarjoaa pilotin tilat.", "Sodankylän kunta", True),
        ("Porvoon kaupungin liikuntapalvelut ohjaavat asiakkaat ryhmiin.", "Porvoon kaupungin", True),
        ("Kainuun ammattikorkeakoulu (Kamk) vastasi koulutuksesta.", "Kainuun ammattikorkeakoulu", True),
        ("Novia yrkeshögskola utvärderar den mobila enheten.", "Novia yrkeshögskola", True),
        # no share of the work: funding, a copula, a negation, another case, not the clause's start
        ("STM myönsi hankkeelle avustuksen.", "STM", False),
        ("Kela on mukana ohjausryhmässä.", "Kela", False),
        ("Kela ei osallistunut hankkeeseen.", "Kela", False),
        ("Hankkeen tuloksista tiedotettiin Kelalle.", "Kelalle", False),
        ("Hanke käyttää THL:n tilastoja.", "THL:n", False),
        ("Kelan tuki maksetaan asiakkaille.", "Kelan", False),  # "tuki" is a noun here, not "tukea"
        ("Pohjanmaan kuntayhtymä aloitti toimintansa 2022.", "Pohjanmaan kuntayhtymä", False),
        ("Yrkeshögskolan Novia är en partner.", "Yrkeshögskolan Novia", False),
    ],
)
def test_acts_in(sentence: str, party: str, acts: bool) -> None:
    assert acts_in(sentence, party) is acts


def test_the_parties_that_act_are_dependencies() -> None:
    x = extract(read_bytes(REPORT.encode(), file_name="lagesrapport.txt", max_bytes=1_000_000))
    (project,) = x.projects
    assert sorted(d.target.label for d in project.dependencies) == ["Närpiö", "Yrkeshögskolan Novia"]


PLAN = """HANKESUUNNITELMA
Hankkeen nimi\tArjen liike -hanke
Toteutusalue\tKuopio, Iisalmi
Kumppanit\tSavonia-ammattikorkeakoulu (koulutus); Iisalmen kaupunki (liikuntatilat)

Hankkeessa kehitetään ikääntyneiden liikuntaneuvontaa kotihoidon asiakkaille.
"""


def test_a_town_listed_as_a_partner_with_its_share_is_a_dependency() -> None:
    x = extract(read_bytes(PLAN.encode(), file_name="hankesuunnitelma.txt", max_bytes=1_000_000))
    (project,) = x.projects
    assert sorted(d.target.label for d in project.dependencies) == ["Iisalmi", "Savonia-ammattikorkeakoulu"]


def test_a_party_in_a_perfect_tense_does_its_share() -> None:
    """ "X on kouluttanut …", "X ovat antaneet …", "X oli järjestänyt …": "olla" and an active past participle
    are an active finite verb, as "X koulutti" is; a share-less verb's participle ("on rahoittanut") and a
    negated perfect ("ei ole kouluttanut") do no work."""
    assert acts_in("Pikkulan ammattikorkeakoulu on kouluttanut hoitajat.", "Pikkulan ammattikorkeakoulu")
    assert acts_in("Kuvalan kaupunki on antanut tilat käyttöön.", "Kuvalan kaupunki")
    assert acts_in("Järvimaan opisto oli järjestänyt koulutuksen.", "Järvimaan opisto")
    assert not acts_in("Pikkulan säätiö on rahoittanut hankkeen.", "Pikkulan säätiö")
    assert not acts_in("Pikkulan ammattikorkeakoulu ei ole kouluttanut ketään.", "Pikkulan ammattikorkeakoulu")
    assert not acts_in("Kuvalan kaupunki on mukana ohjausryhmässä.", "Kuvalan kaupunki")
