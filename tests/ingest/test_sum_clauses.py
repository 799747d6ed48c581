"""Each sum of running text by the words of its own clause (``sumcues.clause_kind``, ``sumunits.file_sums``,
``moneytext._clause_sums``): a clause that only goes on from the one before takes its kind ("…, koko
hankkeelle 8,9 milj. euroa", "josta mallin osuus on …", "varav delprojektets andel är …"); a label's words
give its sum's kind ("Lisärahoitushakemus: 210 000 €", "Ansökt tilläggsunderstöd: 95 000 euro"); the noun a
sum qualifies gives it ("hankkeen 3,7 miljoonan euron valtionavustuksesta"). Invented text, in other areas
and wordings than the development documents that showed the classes (test14 e09, test12 c13, test7 y01,
test9 q07 and q12, test14 e16, test16 g39)."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.sumcues import clause_kind


def _money(text: str, name: str = "raportti.txt") -> dict[tuple[str, str], Decimal]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {
        (p.name, s.kind): next(iter(s.lines[-1].values.values()))
        for p in x.projects
        for s in p.costs
        if s.kind in ("granted", "applied", "estimate", "returned") and len(s.lines) == 1
    }


def test_a_clause_that_goes_on_takes_the_kind_before_it() -> None:
    assert clause_kind(", koko hankkeelle yhteensä ", "granted") == "granted"
    assert clause_kind(", josta työpaketin osuus on arviolta ", "granted") == "granted"
    assert clause_kind(", varav delprojektets andel är ", "applied") == "applied"
    # a clause of its own words keeps them: the sum spent is no grant
    assert clause_kind(", josta käytettiin ", "granted") == "spent"
    # a clause that does not go on says nothing by itself
    assert clause_kind("Hankkeessa on mukana ", "granted") is None


def test_the_noun_a_sum_qualifies_gives_its_kind() -> None:
    assert clause_kind("hankkeen ", None, " valtionavustuksesta.") == "granted"
    assert clause_kind("av projektets ", None, " i statsunderstöd") == "granted"
    assert clause_kind("Hankkeessa ", None, " henkilöstökuluja") is None


def test_a_sentence_of_the_part_and_the_whole_gives_each_its_sum() -> None:
    report = (
        "Väliraportti 2/2024 – Osahanke 1: Etäfysioterapia\n\nHanke: Kotona Kainuussa -hanke\n"
        "Hyvinvointialue: Kainuun hyvinvointialue\n\nTalous\n\n"
        "Osahankkeelle on myönnetty 330 000 euroa ja koko hankkeelle yhteensä 5,1 milj. euroa.\n"
    )
    money = _money(report)
    assert money[("Osahanke 1: Etäfysioterapia", "granted")] == Decimal(330000)
    assert money[("Kotona Kainuussa -hanke", "granted")] == Decimal(5100000)


def test_the_parts_share_after_the_wholes_grant_is_the_parts() -> None:
    mail = (
        "Ämne: Läget i delprojekt 1\n\nProjekt: Vård hemma i Österbotten\nDelprojekt 1: Mobil rehabilitering\n\n"
        "Projektet beviljades 3,2 miljoner euro, varav delprojektets andel är 180 000 euro.\n"
    )
    money = _money(mail)
    assert money[("Vård hemma i Österbotten", "granted")] == Decimal(3200000)
    assert money[("Delprojekt 1: Mobil rehabilitering", "granted")] == Decimal(180000)


def test_a_labels_words_give_its_sums_kind() -> None:
    memo = (
        "Seurantamuistio 2/2025\n\nHanke: Arki sujuvaksi Kymenlaaksossa\nHyvinvointialue: Kymenlaakson hyvinvointialue\n\n"
        "TALOUS\n\n"
        "Valtionavustus: 1 940 000 €\nMuutoshakemus: 75 000 € (käsittelyssä)\n"
    )
    money = _money(memo)
    assert money[("Arki sujuvaksi Kymenlaaksossa", "granted")] == Decimal(1940000)
    assert money[("Arki sujuvaksi Kymenlaaksossa", "applied")] == Decimal(75000)


def test_a_clause_whose_own_words_say_its_kind_is_read() -> None:
    memo = (
        "Ohjausryhmän muistio 3/2025\n\nHanke: Kotona pidempään Lapissa\nHyvinvointialue: Lapin hyvinvointialue\n\n"
        "Talous\n\nOhjausryhmä esitti, että haemme ministeriöltä 60 000 euron lisärahoitusta. "
        "Vuodelle 2026 arvioidaan tarvittavan 300 000 euroa.\n"
    )
    money = _money(memo)
    assert money[("Kotona pidempään Lapissa", "applied")] == Decimal(60000)
    assert money[("Kotona pidempään Lapissa", "estimate")] == Decimal(300000)


def test_an_estimates_period_may_stand_between_its_word_and_its_sum() -> None:
    from hankegraafi.ingest.facts.sums import ESTIMATE_SUM

    m = ESTIMATE_SUM.search("Hankkeen kokonaisbudjetti vuosille 2024–2026 on 1 980 000 euroa.")
    assert m is not None and m.group("amount") == "1 980 000"


def test_a_label_with_its_currency_before_the_number_states_its_kind() -> None:
    report = (
        "LOPPURAPORTTI\n\nPERUSTIEDOT\nHankkeen nimi\tKotisairaala Kainuussa\n"
        "Hyvinvointialue\tKainuun hyvinvointialue\n"
        "Myönnetty avustus yhteensä (€) 1 310 000\nHaettu lisärahoitus, € 40 000\n"
    )
    money = _money(report)
    assert money[("Kotisairaala Kainuussa", "granted")] == Decimal(1310000)
    assert money[("Kotisairaala Kainuussa", "applied")] == Decimal(40000)


def test_a_fields_sums_are_read_as_running_text() -> None:
    page = (
        "# Arki sujuu Satakunnassa – väliraportti\n\n**Hanke:** Arki sujuu Satakunnassa\n"
        "**Hyvinvointialue:** Satakunnan hyvinvointialue\n"
        "**Rahoitus:** sosiaali- ja terveysministeriö, myönnetty 1 450 000 euroa\n\n## Eteneminen\n\n"
        "Etäpalvelut otettiin käyttöön Porissa.\n"
    )
    assert _money(page, "raportti.md")[("Arki sujuu Satakunnassa", "granted")] == Decimal(1450000)


def test_a_sum_moved_between_parts_is_no_sum_of_either_whatever_side_its_verb_stands() -> None:
    """A motion that moves a sum from one part's budget to another's states no grant, application or estimate of
    either: the verb of moving may stand after the sum ("… flyttas till investering 1", test22 q02's form) as well as
    before it ("Haemme lupaa siirtää …")."""
    minutes = (
        "Västra Nylands välfärdsområde\nRegionstyrelsen, protokoll 14.5.2025\n\n"
        "§ 12 Projektet Trygg vård nära hemmet, ändring av budgeten\n\n"
        "Investering 1: Mobila team\nInvestering 2: Digitala besök\n\n"
        "Investering 2: Digitala besök\n"
        "Förslag: Regionstyrelsen godkänner att 25 000 euro av investering 2:s budget flyttas till investering 1.\n"
    )
    assert Decimal(25000) not in _money(minutes, "protokoll.txt").values()
    decision = (
        "Kymenlaakson hyvinvointialue\nAluehallitus 3.6.2025\n\n§ 7 Hankkeen Arki sujuvaksi Kymenlaaksossa budjettimuutos\n\n"
        "Investointi 1: Kotikuntoutus\nInvestointi 2: Etävastaanotto\n\n"
        "Investointi 2: Etävastaanotto\n"
        "Päätösehdotus: Aluehallitus hyväksyy, että 40 000 euroa investoinnin 2 budjetista siirretään investointiin 1.\n"
    )
    assert Decimal(40000) not in _money(decision, "poytakirja.txt").values()
