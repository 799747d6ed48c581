"""Goals as marked items judged on the line below, and a goal's status after a colon (G1, stop 44).

Invented text. The classes, seen in test35 (an author who never saw the ingest) and in older sets:
- an item marked with a quote's or an arrow's ">" before the goal, its verdict on the line below
  (test35 of16 "> X" / "Toteutui osittain: …"; test30 oc05 and test25 l06 quote goal lists so);
- an item numbered in brackets "(1) X" with "=> Toteutui" below (test35 of18);
- a verdict below behind an arrow with a remark in brackets ("=> Delvis uppnått (sex av åtta)");
- a bulleted goal judged by a status field below ("- X" / "tila: kesken"), one goal alone in its part
  too (test35 of02), the field not taken for the goal's wrapped words;
- "- X: kesken" in a list under a lead-in: the status after the colon, not part of the goal (test35 of10).
Negative side: quoted lines of a message and a procurement with "tilanne: kesken" outside any goals are no goals.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _goals(text: str, name: str = "raportti.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return sorted((g.description, g.status) for p in x.projects for g in p.goals)


def test_quote_marked_items_judged_below() -> None:
    text = (
        "Kotikuntoutus heti kotiutuksen jälkeen\n\nToimintamalli: Kotikuntoutus heti kotiutuksen jälkeen\n"
        "Kanta-Hämeen hyvinvointialue · Päivitetty 14.3.2025\n\n"
        "Asetetut tavoitteet ja arvio niiden toteutumisesta\n"
        "> Fysioterapeutti käy kotona kolmen päivän sisällä kotiutuksesta\n  Toteutui: keskimäärin 2,4 päivää.\n"
        "> Kuntoutussuunnitelma tallennetaan yhteiseen järjestelmään\n  Jäi kesken.\n"
        "> Puolet jaksoista päättyy ilman uutta sairaalajaksoa\n  Toteutui osittain: osuus oli 41 %.\n\n"
        "Jatko\nMalli otetaan käyttöön koko alueella syksyllä 2025.\n"
    )
    assert _goals(text) == [
        ("Fysioterapeutti käy kotona kolmen päivän sisällä kotiutuksesta", "achieved"),
        ("Kuntoutussuunnitelma tallennetaan yhteiseen järjestelmään", "unfinished"),
        ("Puolet jaksoista päättyy ilman uutta sairaalajaksoa", "partly-achieved"),
    ]


def test_numbers_in_brackets_and_arrowed_verdicts_below() -> None:
    text = (
        "SLUTRAPPORT\n\nMobil tandvård för äldre i Österbotten\nPohjanmaan hyvinvointialue\n\n"
        "2 Mål och utfall\n\n"
        "(1) Varje hemvårdsklient över 75 år får en munhälsokontroll hemma\n    => Uppnått\n"
        "(2) Tandhygienisten besöker serviceboendena en gång i månaden\n"
        "    => Delvis uppnått (sex av åtta boenden)\n"
        "(3) Tidsbokning till tandvården direkt från hemvårdens system\n    => Flyttas till 2026\n\n"
        "3 Fortsättning\n\nVerksamheten fortsätter.\n"
    )
    assert _goals(text) == [
        ("Tandhygienisten besöker serviceboendena en gång i månaden", "partly-achieved"),
        ("Tidsbokning till tandvården direkt från hemvårdens system", "moved-later"),
        ("Varje hemvårdsklient över 75 år får en munhälsokontroll hemma", "achieved"),
    ]


def test_status_after_a_colon_in_a_list_under_a_lead_in() -> None:
    text = (
        "Aluehallitus 21.8.2023\n\n§ 187\nKotiin vietävät palvelut -hankkeen väliraportti\n\n"
        "Selostus\nHanke rahoitetaan Suomen kestävän kasvun ohjelmasta.\n\n"
        "Kustannukset 30.6.2023 mennessä:\n"
        "                                     Myönnetty      Toteutunut\n"
        "Investointi 2                        1 260 000         540 318\n\n"
        "Tavoitteiden tilanne väliraportissa:\n"
        "- etäkäyntejä 1 500 kuukaudessa: toteutunut\n"
        "- sähköinen ajanvaraus kaikilla terveysasemilla: kesken\n"
        "- kotikäyntimatkat vähenevät neljänneksellä: toteutunut osittain\n"
    )
    goals = _goals(text)
    assert ("sähköinen ajanvaraus kaikilla terveysasemilla", "unfinished") in goals
    assert not [g for g in goals if g[0].endswith(("kesken", "toteutunut"))]


def test_quoted_message_and_a_procurement_are_no_goals() -> None:
    text = (
        "Viikkotiedote 12/2025\nEtähoiva kotiin Kainuussa -hanke\nKainuun hyvinvointialue\n\n"
        "Kuulumiset\nKotihoidon esihenkilö kirjoitti palautteessaan:\n"
        "> Hoitajat ovat ottaneet kuvapuhelut hyvin vastaan\n> ja asiakkaat odottavat jo iltakäyntejä.\n\n"
        "Hankinnat\n- Kuvapuhelulaitteiden hankinta Sotkamon kotihoitoon\ntilanne: kesken\n\n"
        "Kevään koulutuspäivät pidetään huhtikuussa.\n"
    )
    assert _goals(text) == []


def test_a_part_s_word_cut_short_before_each_goal_is_its_key() -> None:
    text = (
        "# Ohjausryhmä 2/2024\n\n**Hanke:** Kotiin turvallisesti Kainuussa\n\n"
        "- Investointi 1 Kotiutustiimi\n- Investointi 2 Etäkuntoutus\n\n## Tavoitteet – missä ollaan\n\n"
        "- Inv. 1: Kotikäynti kotiutuspäivänä jokaiselle asiakkaalle – valmis\n"
        "- Inv. 2: Etäkuntoutus kaikissa kunnissa – siirtyy 2025\n"
    )
    goals = _goals(text, "muistio.md")
    assert ("Kotikäynti kotiutuspäivänä jokaiselle asiakkaalle", "achieved") in goals
    assert ("Etäkuntoutus kaikissa kunnissa", "moved-later") in goals


def test_status_field_below_a_part_s_only_goal() -> None:
    text = (
        "Tilanneraportti 2/2024\nMielenterveyspalvelut lähelle nuoria\nKeski-Suomen hyvinvointialue\n\n"
        "1. Yleistä\nHankkeessa on kaksi osahanketta: Osahanke 1: Koulujen tuki ja Osahanke 2: Etävastaanotto.\n\n"
        "2. Tavoitteiden saavuttaminen\nOsahanke 1\n"
        "- Jokaisessa yläkoulussa on sairaanhoitaja kaksi päivää viikossa\ntila: toteutunut\n"
        "- Nuori saa ensimmäisen ajan kahden viikon sisällä\nyhteydenotosta\ntila: toteutunut osittain\n"
        "Osahanke 2\n- Etävastaanotolle pääsee myös iltaisin\ntila: kesken\n\n"
        "3. Seuraavaksi\nSeuraava raportti laaditaan tammikuussa 2025.\n"
    )
    assert _goals(text) == [
        ("Etävastaanotolle pääsee myös iltaisin", "unfinished"),
        ("Jokaisessa yläkoulussa on sairaanhoitaja kaksi päivää viikossa", "achieved"),
        ("Nuori saa ensimmäisen ajan kahden viikon sisällä yhteydenotosta", "partly-achieved"),
    ]


def test_labelled_goal_rows_with_their_verdicts_are_not_paired_as_goal_and_verdict() -> None:
    # each row of the two-column block is a goal with its own verdict after dot leaders: the row below a goal is the
    # next goal, not the verdict of the one above it
    text = (
        "LOPPURAPORTTI\n\nIkäneuvonta Pohjanmaalla\nPohjanmaan hyvinvointialue\n\n"
        "Osahankkeet: Osahanke 1: Neuvontapuhelin ja Osahanke 2: Hyvinvointikäynnit.\n\n5 TAVOITTEET\n\n"
        "Osahanke 1\n  Tavoite 1: Neuvontanumeroon vastataan kolmessa minuutissa ........ saavutettu\n"
        "Osahanke 2\n  Tavoite 2: Hyvinvointikäynti 400 ikäihmiselle ............ osittain saavutettu (310)\n"
        "  Tavoite 3: Seurantapuhelu kaikille käynnin saaneille ........ ei saavutettu\n\n"
        "6 TALOUS\n\nHanke pysyi budjetissa.\n"
    )
    statuses = dict((d.split(": ", 1)[-1], s) for d, s in _goals(text))
    assert statuses.get("Hyvinvointikäynti 400 ikäihmiselle") == "partly-achieved"
    assert statuses.get("Seurantapuhelu kaikille käynnin saaneille") == "not-achieved"


def test_a_minute_s_decision_proposal_ends_its_goals() -> None:
    text = (
        "PÖYTÄKIRJA\nAluehallitus 6/2024\nKanta-Hämeen hyvinvointialue\n\n"
        "§ 52 Kotona kauemmin -hankkeen tilannekatsaus\n\n"
        "Tavoitteiden toteutuminen 31.5.2024\n"
        "   1) Kotiutustiimi käy kotona vuorokauden sisällä: toteutunut\n"
        "   2) Etäkuntoutusryhmä kaikissa kunnissa: osittain\n\n"
        "Päätösehdotus\nAluehallitus päättää\n"
        "   1) merkitä tilannekatsauksen tiedoksi ja\n"
        "   2) hakea ministeriöltä hankkeelle lisäavustusta 90 000 euroa.\n\n"
        "Päätös\nEhdotus hyväksyttiin.\n"
    )
    goals = _goals(text)
    assert ("Kotiutustiimi käy kotona vuorokauden sisällä", "achieved") in goals
    assert not [g for g in goals if g[0].lower().startswith(("merkitä", "hakea"))]


def test_a_presenter_s_label_above_the_goals_ends_nothing() -> None:
    text = (
        "PÖYTÄKIRJA\nPerhe- ja sosiaalipalvelujen lautakunta 9/2023\nEtelä-Pohjanmaan hyvinvointialue\n\n"
        "§ 77 Perhekeskus lähellä -hankkeen väliraportti\n\n"
        "Valmistelija: kehittämispäällikkö\nEsittelijä: palvelualuejohtaja\n\n"
        "Tavoitteiden toteutuminen\n"
        "   1) Perheneuvolaan pääsee kahdessa viikossa: toteutunut\n"
        "   2) Neuvolan iltavastaanotto kerran viikossa: kesken\n\n"
        "Päätösehdotus\nLautakunta päättää merkitä väliraportin tiedoksi.\n"
    )
    assert _goals(text) == [
        ("Neuvolan iltavastaanotto kerran viikossa", "unfinished"),
        ("Perheneuvolaan pääsee kahdessa viikossa", "achieved"),
    ]


def test_a_goal_list_quoted_in_a_mail() -> None:
    text = (
        "Aihe: VL: Kuntoutus kotiin -hanke, syyskuun tilanne\n\nHei, välitän alla tilanteen tiedoksi.\n\n"
        "----- Alkuperäinen viesti -----\n"
        "> Kuntoutus kotiin -hanke, tilanne 30.9.2025\n>\n"
        "> Hankkeen tavoitteet ja niiden tila:\n"
        "> 1) Kotikuntoutus alkaa kolmen päivän kuluessa kotiutuksesta – toteutunut\n"
        "> 2) Etäkäynti kaikille kotikuntoutujille – toteutunut osittain, Orivesi aloittaa lokakuussa\n"
        "> 3) Kuntoutuksen päiväryhmä Kangasalle – siirtyy vuoteen 2026\n>\n"
        "> Kustannukset ovat budjetin mukaiset.\n"
    )
    assert _goals(text, "viesti.txt") == [
        ("Etäkäynti kaikille kotikuntoutujille", "partly-achieved"),
        ("Kotikuntoutus alkaa kolmen päivän kuluessa kotiutuksesta", "achieved"),
        ("Kuntoutuksen päiväryhmä Kangasalle", "moved-later"),
    ]
