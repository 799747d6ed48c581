"""Goals judged by a degree, a verdict column beside a result column, a dated report and a share (stop 38, G7).

Invented text. Classes: a degree of the whole, of half or of none as a goal's verdict ("täysin / puoliksi / ei
lainkaan", "helt / till hälften / inte alls", "fully / half met / not at all"; status.ttl), the verb of filling with
the goal as its subject ("tavoite täyttyi", "täyttyy osittain"; goalstatus._DONE, _PARTIAL); a goal table whose
stronger status word heads a column of figures ("Mål | Utfall | Bedömning"): the column whose cells state the verdict
(goalcolumns.goal_columns); a report line with a dated label ("-> Arvio 10/2024: toteutunut, …"; goals._status_only,
goalstatus.line_status); a share after a label of reaching ("Saavutettu osuus tavoitteesta: 60 %"; goalforms._REPORT_LABEL,
goalstatus._without_column_label); a goal paragraph judged by its report's paragraph ("X." / "Läge: delvis, …").
Negative side: a client survey's "helt / till hälften", a course that "täyttyi", shares of clients, a note after an arrow.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalcolumns import goal_columns
from hankegraafi.ingest.facts.goalstatus import goal_status, line_status, status_of
from hankegraafi.ingest.readers import read_bytes

HEAD = "Hanke: Arjen apu\n\nKanta-Hämeen hyvinvointialue\n\nHanke toimii Hämeenlinnassa ja Forssassa.\n\n"


def goals(body: str, name: str = "raportti.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_degree_words() -> None:
    assert [status_of(c) for c in ("täysin", "puoliksi", "ei lainkaan")] == [
        "achieved",
        "partly-achieved",
        "not-achieved",
    ]
    assert [status_of(c) for c in ("helt", "till hälften", "inte alls", "fully", "half met", "not at all")] == [
        "achieved",
        "partly-achieved",
        "not-achieved",
        "achieved",
        "partly-achieved",
        "not-achieved",
    ]
    assert goal_status("400 seniorer deltar – målet nåddes till hälften.") == "partly-achieved"
    assert goal_status("Målet nåddes.") == "achieved"


def test_verb_of_filling() -> None:
    assert goal_status("Kioskit auki: tavoite täyttyi kesäkuussa.") == "achieved"
    assert goal_status("täyttyy osittain, syyskuussa tehty 1 140") == "partly-achieved"
    assert goal_status("Tavoite ei täyttynyt.") == "not-achieved"
    assert goal_status("siirretään vuodelle 2026") == "moved-later"
    # Negative: a course that filled up, or did not, is no goal's verdict.
    assert goal_status("Kevään ensiapukurssi täyttyi kahdessa päivässä.") is None
    assert goal_status("Syksyn kurssi ei täyttynyt, joten se yhdistettiin kevään ryhmään.") is None
    assert goal_status("Väliarvion mukaan kaikki tavoitteet eivät vielä täyttyneet, mittaus jatkuu.") is None


def test_verdict_column_beside_result_column() -> None:
    rows = [
        ["Mål", "Utfall 30.9.2024", "Bedömning"],
        ["Hembesök inom ett dygn", "96 % inom ett dygn", "uppnått"],
        ["Färre återinläggningar", "−12 %", "nått till hälften"],
        ["Hemrehabilitering i Lovisa", "hösten 2024", "flyttat till våren 2025"],
    ]
    assert goal_columns(rows)[:2] == (0, 2)
    rows = [
        ["Tavoite", "Toteuma 30.11.2024", "Arvio"],
        ["Jakso alkaa viikossa", "5 päivää", "saavutettu"],
        ["Videolla 40 %", "22 %", "osittain"],
    ]
    assert goal_columns(rows)[:2] == (0, 2)
    # The stronger word's column keeps the table where it states as much as the weaker one.
    rows = [
        ["Tavoite", "Tilanne", "Arvio"],
        ["X on käytössä", "valmis", "hyvä"],
        ["Y kaikille", "kesken", "osittain"],
    ]
    assert goal_columns(rows)[:2] == (0, 1)


def test_dated_report_line_and_share_label() -> None:
    assert line_status("-> Arvio 5/2025: flyttas till 2026, personalen utbildas först") == "moved-later"
    assert line_status("-> Arvio 10/2024: toteutunut, keskimääräinen vasteaika 6 min.") == "achieved"
    assert status_of("Saavutettu osuus tavoitteesta: 60 %") == "partly-achieved"
    assert status_of("Saavutettu osuus tavoitteesta: 100 %") == "achieved"
    assert status_of("Osuus asiakkaista: 60 %") is None  # a share of clients: no label of reaching
    body = (
        "Tavoitteet\n\n"
        "1) Chat vastaa arkisin ja vasteaika on alle 10 minuuttia\n"
        "   -> Arvio 10/2024: toteutunut, vasteaika 6 min.\n"
        "2) Yhteinen ajanvaraus toimii chatin kautta\n"
        "   -> Arvio 10/2024: osittain, neuvolassa mutta ei vielä varhaiskasvatuksessa.\n"
        "3) Isät ovat neljännes käyttäjistä\n"
        "   -> Seuraava askel 1/2025: kampanja isille\n"
    )
    assert goals(body) == [
        ("Chat vastaa arkisin ja vasteaika on alle 10 minuuttia", "achieved"),
        ("Yhteinen ajanvaraus toimii chatin kautta", "partly-achieved"),
        ("Isät ovat neljännes käyttäjistä", "unknown"),
    ]


def test_goal_paragraph_and_report_paragraph() -> None:
    body = (
        "Tavoitteet ja niiden toteutuminen\n\n"
        "Omaishoitajat voivat varata lomituksen verkossa.\n\n"
        "Arvio: toteutui täysin.\n\n"
        "Uusi omaishoitaja saa kotikäynnin kuukauden kuluessa.\n\n"
        "Arvio: toteutui osittain, Forssassa käynnit viivästyvät.\n\n"
        "Hankeryhmä kokoontuu kuukausittain.\n\n"
        "Tilanne: ennallaan.\n"
    )
    assert goals(body) == [
        ("Omaishoitajat voivat varata lomituksen verkossa.", "achieved"),
        ("Uusi omaishoitaja saa kotikäynnin kuukauden kuluessa.", "partly-achieved"),
    ]


def test_an_organisations_people_as_the_subject() -> None:
    """A party's people do its share of the work (facts/agency.py, G7 stop 38): "X:n vapaaehtoiset pitävät …",
    "Studerande från X handleder …"; negative: the same people with a copula or a verb of no work."""
    from hankegraafi.ingest.facts.agency import acts_in

    assert acts_in("Suomen Punaisen Ristin vapaaehtoiset pitävät vertaisryhmät.", "Suomen Punaisen Ristin")
    assert acts_in(
        "Diakonia-ammattikorkeakoulun vapaaehtoiset vetävät muistikahvilaa.", "Diakonia-ammattikorkeakoulun"
    )
    assert acts_in("Studerande från Yrkeshögskolan Arcada handleder de äldre.", "Yrkeshögskolan Arcada")
    assert acts_in("Frivilliga från Folkhälsan ringer upp äldre.", "Folkhälsan")
    assert not acts_in("Suomen Punaisen Ristin vapaaehtoiset ovat mukana.", "Suomen Punaisen Ristin")
    assert not acts_in("Studerande från Arcada är välkomna på seminariet.", "Arcada")


def test_a_partner_listed_with_its_task() -> None:
    """A partner that opens its line with its task after a colon or a dash does a share of the work (facts/partners.py,
    G7 stop 38); a seat after it ("X: en representant") is no task."""
    from hankegraafi.ingest.facts.partners import _tasked

    assert _tasked(
        "Karelia-ammattikorkeakoulu: perheohjaajien täydennyskoulutus.", "Karelia-ammattikorkeakoulu"
    )
    assert _tasked("- Yrkeshögskolan Novia – utvärdering av stödmodellen", "Yrkeshögskolan Novia")
    assert not _tasked("- Yrkeshögskolan Arcada: en representant", "Yrkeshögskolan Arcada")
    assert not _tasked("Yhteistyökumppanit: Karelia-ammattikorkeakoulu, THL.", "Karelia-ammattikorkeakoulu")
    assert not _tasked("THL: –", "THL")


def test_labelled_goals_in_two_columns_judged_later_clause_by_clause() -> None:
    """ "Tavoite 1 <TAB> X" rows under a goals heading are goals (goaltables.headerless_columns), judged by a later
    sentence's clauses that each open with a goal's label ("tavoite 2 on saavutettu, tavoite 1 on kesken (…) ja
    tavoite 3 on siirretty …": goalcodes._CLAUSE_BREAK); a clause with a label and no status judges nothing."""
    body = (
        "2. TAVOITTEET\n"
        "Tavoite 1\tJokaisessa kunnassa on perhekeskus\n"
        "Tavoite 2\tPerheneuvolaan pääsee kahdessa viikossa\n"
        "Tavoite 3\tIsille järjestetään vertaisryhmä\n"
        "Tavoite 4\tPerhekeskuksen aukioloajat pidennetään\n"
        "\n"
        "Tavoitteiden tila: tavoite 2 on saavutettu, tavoite 1 on kesken (kaksi neljästä auki) ja tavoite 3 on "
        "siirretty syksyyn 2025. Tavoite 4 käsitellään ohjausryhmässä.\n"
    )
    assert goals(body) == [
        ("Jokaisessa kunnassa on perhekeskus", "unfinished"),
        ("Perheneuvolaan pääsee kahdessa viikossa", "achieved"),
        ("Isille järjestetään vertaisryhmä", "moved-later"),
        ("Perhekeskuksen aukioloajat pidennetään", "unknown"),
    ]


def test_not_met_then_moved_on() -> None:
    """Not met in the period and moved on in the clause after it: moved later (goalstatus._status_words); a reason
    after "koska" or a clause moving something else ("flyttade till en annan tjänst") leaves it not met."""
    assert goal_status("Tämä ei onnistunut tänä vuonna, ja tavoite siirretään ensi vuoteen.") == "moved-later"
    assert goal_status("uppnåddes inte under 2024 och flyttas till våren 2025") == "moved-later"
    assert goal_status("uppnåddes inte, och fysioterapeuten flyttade till en annan tjänst") == "not-achieved"
    assert goal_status("Tavoite ei toteutunut, koska koulutus siirtyi vuodelle 2025.") == "not-achieved"
    assert goal_status("Tavoite ei toteutunut, ja työ siirtyi perustoimintaan.") == "not-achieved"
    assert goal_status("Styrelsen godkänner att 25 000 euro av budgeten flyttas till investering 1.") is None
