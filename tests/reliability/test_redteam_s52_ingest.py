"""Red team of stop 52's ingest changes (R17): wrong reads and lost facts in invented documents (no real text).

Before the fixers' first landing R17 attacked the generality of what the tuning set reads (main at 835c1e0e): its
forms varied as a new author would write them (another language, unit, separator, mark or markup). Each class that
loses or misreads facts is a strict xfail until its owner fixes the class and takes the marker out in the fixing
commit; the plain tests pin what held.

- R17-1 (C5; costscales, older): a scale note under a cost table ("Luvut tuhansina euroina.", "(1 000 €)", sv
  "Belopp i tusen euro.", en "Figures in EUR thousands.") is not read: every cell a thousand times too small (the
  same note above the table or in its heading is read).
- R17-2 (C5; money, older): a figure grouped in thousands before "t€" / "k€" with no colon before it ("Hankkeelle
  myönnettiin 1 200 t€ valtionavustusta.", "Avustus 1 200 t€ (STM)", "Funding awarded – 1 200 t€") is read as
  200 000: the "1" goes to the label.
- R17-3 (C5 with M2; cells, older): two amounts in one cell ("| Henkilöstökulut | 120 000 € 80 000 € |") or in a
  left-aligned space-aligned column with a two-space gap ("Henkilöstökulut   120 000€  80 000€") are read as one
  value, their digits joined (12 000 080 000).
- R17-4 (N24; organisations._funder and the field reader, older; ';' and ',' read since N24's stop 52): a funder field written with ';', ',', '|' or a
  space after its label ("Rahoittaja;STM", "Rahoittaja STM") in a text takes the funder from the next line or
  paragraph: "Hallinnoija;Etelä-Savon hyvinvointialue" makes the county the funder, "Toteuttaja;Mikkelin kaupunki"
  the city (STM, THL, EU; "Rahoittaja;Kela" and sv/en held).
- R17-5 (L9; light tokens, older): the warning sign "⚠️" / "⚠" as a light ("Kustannukset: ⚠️", a table cell) is
  not read, though "✅" and "❌" beside it are.
- R17-6 (L9; older): the colour before its dimension without a separator ("Vihreä Aikataulu" / "Keltainen
  Kustannukset" / "Punainen Henkilöstö") reads one false light: schedule a deviation.
- R17-7 (L9; older): a colour emoji in brackets after its dimension ("Aikataulu (🟢)", "Aikataulu [🟢]") reads no
  light ("Aikataulu (vihreä)" held).
- R17-8 (L9; older): two dimensions sharing one colour ("Aikataulu, kustannukset: vihreä") read only the first.
- R17-9 (G9; goals, older): a verdict after a comma or a semicolon ("- X, toteutunut", "- X; partly achieved", "- X,
  delvis uppnått") or in square brackets ("- X [toteutunut]") stays in the goal's text, its status unknown (but "- X,
  ei toteutunut" is read not-achieved; "(toteutunut)", "– toteutunut", ": toteutunut" held).
- R17-10 (M2; the text reader, older): a ';'-separated table in a .txt: a goal table is read as one goal made of the
  whole table ("Tavoite;Tila Kotikuntoutus …;toteutunut Asiakkaiden …"), a light table reads no light.
- R17-11 (M2; older): a pipe table without outer pipes in a .txt ("Hanke|Kotona kuntoon -hanke") names the
  project "Hanke|Kotona kuntoon -hanke" and loses its lights.
- R17-12 (C5; money, older): a grant written with the accountant's ",-" ("Myönnetty avustus: 1 200 000,-") reads no
  sum.
- R17-13 (N24; generictitle / the county, older): a project page whose county is named only in its HTML <title>
  ("<title>Kotona kuntoon | Etelä-Savon hyvinvointialue</title>", "Etelä-Savon hyvinvointialue – Kotona kuntoon", sv
  "Hemma igen | Välfärdsområdet Österbotten", en alike), an <h1> with the project's name, goals and a manager, is
  refused as "not about a sote project"; without the <h1> it is named after its first sentence ("Hanke kehittää
  kotikuntoutusta Mikkelissä.").
- R17-14 (N24; parts, older): parts whose word is glued to its number ("## Osahanke1: X"), stands after the part's
  name ("## X (osahanke 1)", "## X (Work package 1)"), after an ordinal ("## 1. osahanke: X") or numbers out of the
  whole ("## Osahanke 1/2: X") are not declared: the project has no parts and the parts' lights fall to the project,
  one overwriting the other (schedule green and red -> one red). ("Osahanke I", "Ensimmäinen osahanke:", "OSAHANKE 1
  –", "Osahanke 1 (X)", and "TP 1" / "WP1" defined as abbreviations held; undefined, they are no parts by design.)
- R17-15 (C5; money, older): a project's own share under its label ("Omarahoitus: 300 000 €", "Omarahoitusosuus:",
  "Hyvinvointialueen omarahoitus:", "Kuntarahoitus:", sv "Egen finansiering:", "Självfinansiering:") is read as the
  granted sum (the corpus convention: the own share is not money); in a list under "## Rahoitus" / "##
  Finansiering" it replaces the grant beside it ("- Valtionavustus: 1 200 000 €" / "- Omarahoitus: 300 000 €" reads
  300 000). en "Own funding:", "Own contribution:" held.
- R17-16 (N24; organisations._funder, older): a funding section ("## Rahoitus", "## Finansiering", "## Funding")
  whose first line is a sum under its kind ("- Valtionavustus: 1 200 000 €", "Valtionavustus 1 200 000 €", "- State
  grant: EUR 1,200,000") is read as a funder field: the project's funder is a new organisation named by that line.
- R17-17 (G9; goal sections, older): after a goal list, a section whose heading is a field's label that takes the
  next line ("## Riskit", "## Risks", "## Risker", "## Target group", "## Rahoitus") gives its first item to the field
  and the rest of its list to the goals: "Kustannukset nousevat", "Costs rise", "Home care clients" are read as goals
  (headings no field takes, "## Kohderyhmä", "## Toimenpiteet", "## Kumppanit", held).
- R17-18 (N24; the county, older): a county named in a field whose colon a tab follows ("Hyvinvointialue:<TAB>Etelä-Savon
  hyvinvointialue", "Toteuttaja:<TAB>…", sv "Välfärdsområde:<TAB>…", as Word's text export writes a form) reads no
  county and no organisation (": " held); a county named only as the administrator ("Hallinnoija: Etelä-Savon
  hyvinvointialue", sv "Huvudman: Välfärdsområdet Österbotten") is read as the administrator but the document's county
  stays unknown ("Lead organisation: …", "Toteuttaja: …" held). The ':<TAB>' part fixed by M2 (86249ef5,
  tabstops.colon_fields): plain tests now; the administrator part stays a strict xfail.
- R17-19 (M2 with G9; the text reader, older): a verdict line whose colon a tab follows ("Tilanne:<TAB>toteutunut
  huhtikuussa, …", sv "Läge:<TAB>uppnått i april, …") under a goal written as a paragraph loses every goal of the
  section (": " reads them all). Measured as a rewrite over the tuning set ("Label: value" -> "Label:<TAB>value" in
  250 .txt/.md documents): 40 of 171 with a field lose facts (county 9, name 9, lights 7, goals 10, money 3, cells 3).
  Fixed by M2 (86249ef5): 40 -> 3 documents; a plain test now.
- R17-20 (plain, pinned before s52-m2 3aa4cf1b lands, tabstops.expand_aligned_tabs): a tick matrix pasted from a
  sheet into a text, one tab per cell, the empty cells before a tick as tabs and the trailing ones stripped ("Talous
  <TAB><TAB>x" beside "Aikataulu<TAB>x"), is no table aligned by tab stops: short labels show their ticks in one
  column by chance, and read so the tick under "Keltainen" moves under "Vihreä" (costs on plan).
- R17-21..23 (plain, pinned before s52-g9 lands; main reads each right or leaves it unknown, the branch tip 9cf43882
  reads it wrong): R17-21 (goalstatus._without_column_label, "a verdict word before a share"): a verdict column's
  "Toteutunut: 40 %", "Saavutettu: 0 %", "Achieved: 40 %", "Uppnått: 0 %" is the share realised under the
  column's word, partly or not achieved, not achieved in full. R17-22 (goaldone.done_by_goal_verb): a verdict cell
  with the goal's verb done but less than the goal ("Koulutetaan 100 kotihoitajaa" | "Koulutettu 40", "Pilotti
  käynnistetään kahdessa kunnassa" | "Käynnistetty yhdessä kunnassa", "Asiakaspalaute kerätään" | "Kerätty vain
  Mikkelissä") or a noun taken for the verb ("Staff training needs are assessed" | "Needed more time") is not
  achieved in full. R17-23 (goalforms._MARKED_TAIL): a plan's goal with a clause of its own after a comma that opens
  with a degree word ("Henkilöstö koulutetaan, osittain verkossa", "Staff are trained, partly online", "Personalen
  utbildas, delvis på distans") stays whole, its status unknown.
- R17-24 (N24; projects of minutes, older; no tuning document has two): board minutes whose two §§ are about two
  projects ("§ 45 Kotona kuntoon -hankkeen valtionavustus" … "§ 46 Omaishoidon tuki -hankkeen loppuraportti", sv
  "projektet Hemma igen" … "projektet Närståendestöd", en alike) read one project: the second's returned sum
  (12 400) falls to the first (fi, en); in sv the one project is named after the second and takes the first's grant.
- R17-25 (M2; 44455b09 with 319e88c4, tabstops.expand_aligned_tabs): R17-20's tick matrix pasted from a sheet, its
  header parted from its rows by an empty row (as a sheet's blank row pastes), is read as a table aligned by tab
  stops: the ticks under "Keltainen" and "Punainen" move under "Vihreä" (costs and risks on plan; 3e2a1a43 read
  them right). The header is what tells an export (319e88c4), and it stands in the block before. Fixed by M2
  (c5beaa02), which made R17-32.
- R17-26 (L9; lightlines.heading_light's first value word, older): a section headed by a light's dimension whose text
  denies the delay, or only supposes it, is read as a deviation: "## Aikataulu" over "Hanke ei ole viivästynyt.",
  "Mikään tehtävä ei ole myöhässä.", "Jos rekrytointi viivästyy, pilotti siirtyy."; "## Kustannukset" over
  "Kustannukset eivät ole ylittyneet."; "## Henkilöstö" over "Rekrytoinnit eivät viivästyneet."; en "## Schedule"
  over "Nothing is delayed."; "## Riskit" over a risk ("Riskinä on, että rekrytointi viivästyy.", "Rekrytointi voi
  viivästyä."). sv "Projektet är inte försenat." and en "The project is not delayed." are read on plan (held).
- R17-27 (plain, pinned before s52-n24 0cdcf138 lands, domain._county_brands): another county's brand named in
  passing ("Mallia on vertailtu Eksoten ja Pirhan malleihin.") in a report whose towns name its county (Kotka,
  Hamina: Kymenlaakso) leaves the county the towns name; the tip reads Etelä-Karjala (Eksote's).
- R17-28 (N24 with M2; fields, older): a project card's fields as a two-column Markdown table ("| Hyvinvointialue |
  Etelä-Savon hyvinvointialue |", "| Rahoittaja | STM |", with a "| Kenttä | Tieto |" header, the first field as the
  header, or none; sv "| Välfärdsområde | … |", en "| Wellbeing services county | … |") read no county and no funder
  (the same fields as "Label: value" lines read both; an HTML or DOCX table of them too). Measured as a rewrite over
  the tuning set (a run of two "Label: value" lines or more -> such a table, 2 400 .md documents): 38 of the 110
  with fields lose facts, the county in 28, the funder in 6, organisations in 6.
- R17-29 (C5 with M2; cost lines, older): a cost line per item numbered ("1. Henkilöstökulut: budjetti 120 000,
  toteuma 80 000", "1) …", en "1. Staff costs: budget 120,000, actual 80,000") reads no cell; the same lines under
  "-", "*", "•", "a)" or no mark are read. The rewrite of every bullet list into a numbered one moves 19 of the 115
  tuning documents with bullets: cost cells lost in 8 (u844, u1024, u554, u675, u846, u931 …), lights in 3, goals 7.
- R17-30 (plain, pinned before s52-c5g c674216e lands, parttables: "a part's sums in English grouping are thousands
  grouped, no sum has three decimals"): a table of parts under a scale whose cells are Finnish decimals of three
  places ("(milj. €)" over "1,250" / "0,380"; "(1 000 €)" over "380,125") reads them as thousands grouped, then
  scaled: 1 250 000 000 and 380 000 000 €, 380 125 000 € (main: 1 250 000, 380 000, 380 125).
- R17-31 (plain, pinned before s52-l9 e76e137e lands, lighttext._more_sentences): a later sentence of a line of
  lights that denies the colour or only supposes it ("Kustannukset eivät ole enää punaisella.", "Kustannukset voivat
  nousta punaiselle, jos hinnat nousevat.", "Costs could turn red if prices rise.") is no deviation (the tip reads
  costs a deviation).
- R17-32 (M2; c5beaa02, tabstops: "an export's row anywhere in the text vetoes tab-stop alignment"): a report with a
  cost table aligned by tab stops and, elsewhere, a table pasted from a sheet (three cells, one tab each) reads the
  aligned table as an export: its cells fall under other columns, "Matkat" reads actual 5 000 (its budget) and
  loses 1 200, "Henkilöstökulut" loses its actual (319e88c4 read all six cells right).
- R17-33 (L9; a threshold legend, older): a report whose lights' legend is a share ("Valot: 90 % tai enemmän =
  suunnitelman mukaan, alle 90 % = poikkeama") reads its cost table's utilisation row ("| Budjetin käyttöaste | 45 %
  | 30 % |" under the parts) as a costs light, a deviation for each part: a share of the budget used is no light.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.reliability.redteamkit import extraction as _extraction
from tests.reliability.redteamkit import orgs as _orgs
from tests.reliability.redteamkit import raw_cells as _raw_cells

_HEAD = {
    "fi": (
        "Kotona kuntoon -hanke\nTilanneraportti 2/2025\nEtelä-Savon hyvinvointialue\n\n"
        "Hanke kehittää kotikuntoutusta Mikkelissä.\n\n"
    ),
    "sv": (
        "Hemma igen projektet\nLägesrapport 2/2025\nVälfärdsområdet Österbotten\n\n"
        "Projektet utvecklar hemrehabilitering i Vasa.\n\n"
    ),
    "en": (
        "Home again project\nStatus report 2/2025\nOstrobothnia wellbeing services county\n\n"
        "The project develops home rehabilitation in Vaasa.\n\n"
    ),
}


def _lights(text: str, name: str = "raportti.md") -> set[tuple[str, str | None]]:
    return {(light.dimension, light.value) for p in _extraction(text, name).projects for light in p.lights}


def _cells(text: str, name: str = "raportti.md") -> set[tuple[str, str, Decimal]]:
    return _raw_cells(_extraction(text, name))


def _sums(text: str, name: str = "raportti.txt") -> list[Decimal]:
    """The totals of the granted, estimated, applied or returned sums (what the measurement calls money)."""
    out = []
    for p in _extraction(text, name).projects:
        for statement in p.costs:
            if statement.kind in ("estimate", "granted", "applied", "returned"):
                totals = [line for line in statement.lines if line.category == "total"] or statement.lines
                out += list(totals[0].values.values())[:1]
    return out


def _goals(text: str, name: str = "raportti.md") -> list[tuple[str, str]]:
    return [(g.description, g.status) for p in _extraction(text, name).projects for g in p.goals]


# ---------------------------------------------------------------------------------------------------- cost cells

_COSTS_HEADING = "## Talous\n\n"
_COSTS_TABLE = "| Kustannuslaji | Budjetti | Toteuma |\n|---|---|---|\n"
_COSTS_FI = _COSTS_HEADING + _COSTS_TABLE
_ROWS_THOUSANDS = "| Henkilöstökulut | 120 | 80 |\n| Palvelujen ostot | 30 | 12,5 |\n"


# Pinned: the scale said above the table or in its heading.
@pytest.mark.parametrize(
    "text",
    [
        _HEAD["fi"] + _COSTS_HEADING + "Luvut tuhansina euroina.\n\n" + _COSTS_TABLE + _ROWS_THOUSANDS,
        _HEAD["fi"] + _COSTS_FI.replace("## Talous", "## Talous (t€)") + _ROWS_THOUSANDS,
        _HEAD["sv"] + _COSTS_HEADING + "Belopp i tusen euro.\n\n" + _COSTS_TABLE + _ROWS_THOUSANDS,
        _HEAD["en"] + _COSTS_HEADING + "Figures in EUR thousands.\n\n" + _COSTS_TABLE + _ROWS_THOUSANDS,
    ],
)
def test_a_scale_above_the_table_is_read(text: str) -> None:
    assert ("Henkilöstökulut", "budget", Decimal("120000")) in _cells(text)


# R17-1: the same note under the table (read since stop 57, C10: ``costscales.note_under``).
@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("fi", "Luvut tuhansina euroina."),
        ("fi", "Luvut 1 000 euroina."),
        ("fi", "(1 000 €)"),
        ("sv", "Belopp i tusen euro."),
        ("en", "Figures in EUR thousands."),
        ("en", "All figures in thousands of euros."),
    ],
)
def test_a_scale_under_the_table_is_read(language: str, note: str) -> None:
    text = _HEAD[language] + _COSTS_FI + _ROWS_THOUSANDS + "\n" + note + "\n"
    assert ("Henkilöstökulut", "budget", Decimal("120000")) in _cells(text)


_COST_LINES = {
    "fi": (
        "Ohjausryhmän muistio 2/2025\nHanke: Kotona kuntoon\nHyvinvointialue: Etelä-Savon hyvinvointialue\n\n"
        "Kustannukset 1–6/2025 (euroa)\n",
        [
            "Henkilöstökulut: budjetti 120 000, toteuma 80 000",
            "Palvelujen ostot: budjetti 30 000, toteuma 12 500",
        ],
        "Henkilöstökulut",
    ),
    "en": (
        "Status update 2/2025\nProject: Home Again\nWellbeing services county: Ostrobothnia\n\nCosts 1–6/2025 (EUR)\n",
        ["Staff costs: budget 120,000, actual 80,000", "Purchased services: budget 30,000, actual 12,500"],
        "Staff costs",
    ),
}


def _cost_lines(language: str, mark: str) -> set[tuple[str, str, Decimal]]:
    head, items, _ = _COST_LINES[language]
    body = "".join(mark.format(n=n) + item + "\n" for n, item in enumerate(items, start=1))
    return _cells(head + body, "muistio.txt")


# Pinned: cost lines under bullets.
@pytest.mark.parametrize("language", ["fi", "en"])
@pytest.mark.parametrize("mark", ["- ", "* ", "• ", ""])
def test_cost_lines_under_bullets_are_read(language: str, mark: str) -> None:
    assert (_COST_LINES[language][2], "budget", Decimal("120000")) in _cost_lines(language, mark)


# R17-29: numbered cost lines (fixed by C5, costlines._PAIRS_LINE).
@pytest.mark.parametrize("language", ["fi", "en"])
@pytest.mark.parametrize("mark", ["{n}. ", "{n}) "])
def test_numbered_cost_lines_are_read(language: str, mark: str) -> None:
    assert (_COST_LINES[language][2], "budget", Decimal("120000")) in _cost_lines(language, mark)


# Pinned: a grant in thousands after a label and a colon.
@pytest.mark.parametrize(
    "line", ["Myönnetty avustus: 1 200 t€", "Myönnetty avustus – 1 200 000 €", "Myönnetty avustus – 640 t€"]
)
def test_a_grant_in_thousands_after_its_label_is_read(line: str) -> None:
    assert _sums(_HEAD["fi"] + line + "\n")[0] in (Decimal("1200000"), Decimal("640000"))


# R17-2: the figure's first group went to the label (fixed by C6, stop 53: sumcues.AMOUNT reads the scale after a
# number grouped in thousands).
@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fi", "Hankkeelle myönnettiin 1 200 t€ valtionavustusta."),
        ("fi", "Avustus 1 200 t€ (STM)"),
        ("fi", "Rahoitus – 1 200 t€"),
        ("en", "Funding awarded – 1 200 t€"),
    ],
)
def test_a_figure_grouped_in_thousands_before_t_euro_is_read_whole(language: str, line: str) -> None:
    assert _sums(_HEAD[language] + line + "\n") == [Decimal("1200000")]


# R17-3: two amounts in one cell are joined into one value.
@pytest.mark.xfail(
    strict=True,
    reason="R17-3 (C5/M2, cells): two amounts in one cell or a two-space gap are read as one value, digits joined",
)
@pytest.mark.parametrize(
    ("name", "table"),
    [
        (
            "raportti.md",
            "## Talous\n\n| Kustannuslaji | Budjetti ja toteuma |\n|---|---|\n"
            "| Henkilöstökulut | 120 000 € 80 000 € |\n| Palvelujen ostot | 30 000 € 12 500 € |\n",
        ),
        (
            "raportti.txt",
            "Talous\n\nKustannuslaji     Budjetti     Toteuma\nHenkilöstökulut   120 000 EUR  80 000 EUR\n"
            "Palvelujen ostot  30 000 EUR   12 500 EUR\nYhteensä          150 000 EUR  92 500 EUR\n",
        ),
    ],
)
def test_two_amounts_are_never_joined_into_one(name: str, table: str) -> None:
    values = [value for _, _, value in _cells(_HEAD["fi"] + table, name)]
    assert values
    assert max(values) <= Decimal("150000")


# R17-3's text table whose columns stand two spaces apart: fixed by M6 (stop 54, ingest/alignedcols.py reads the
# columns a run of lines lines up).
def test_two_amounts_two_spaces_apart_in_lined_up_columns_are_two() -> None:
    table = (
        "Talous\n\nKustannuslaji     Budjetti  Toteuma\nHenkilöstökulut   120 000€  80 000€\n"
        "Palvelujen ostot  30 000€   12 500€\nYhteensä          150 000€  92 500€\n"
    )
    values = [value for _, _, value in _cells(_HEAD["fi"] + table, "raportti.txt")]
    assert values
    assert max(values) <= Decimal("150000")


# Pinned: the same table right-aligned.
def test_a_right_aligned_text_table_with_units_is_read() -> None:
    table = (
        "Talous\n\nKustannuslaji      Budjetti    Toteuma\nHenkilöstökulut    120 000 €   80 000 €\n"
        "Palvelujen ostot    30 000 €   12 500 €\nYhteensä           150 000 €   92 500 €\n"
    )
    got = _cells(_HEAD["fi"] + table, "raportti.txt")
    assert ("Henkilöstökulut", "actual", Decimal("80000")) in got
    assert ("Yhteensä", "budget", Decimal("150000")) in got


# R17-12: the accountant's ",-" (fixed by C6, stop 53: sumcues.AMOUNT reads ",-" as the euros' mark).
@pytest.mark.parametrize("line", ["Myönnetty avustus: 1 200 000,-", "Myönnetty avustus: 1 200 000,- €"])
def test_a_sum_with_a_dash_for_cents_is_read(line: str) -> None:
    assert _sums(_HEAD["fi"] + line + "\n") == [Decimal("1200000")]


# R17-15: the own share was read as the grant (fixed by C6, stop 53: the own-share vocabulary, sums.own_share).
@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fi", "Omarahoitus: 300 000 €"),
        ("fi", "Omarahoitusosuus: 300 000 €"),
        ("fi", "Hyvinvointialueen omarahoitus: 300 000 €"),
        ("sv", "Egen finansiering: 300 000 €"),
        ("sv", "Självfinansiering: 300 000 €"),
    ],
)
def test_an_own_share_is_no_money(language: str, line: str) -> None:
    assert _sums(_HEAD[language] + line + "\n", "raportti.md") == []


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "fi",
            "## Rahoitus\n\n- Valtionavustus: 1 200 000 €\n- Omarahoitus: 300 000 €\n- Yhteensä: 1 500 000 €\n",
        ),
        ("fi", "## Rahoitus\n\nValtionavustus: 1 200 000 €\nOmarahoitus: 300 000 €\n"),
        ("sv", "## Finansiering\n\n- Statsunderstöd: 1 200 000 €\n- Egen finansiering: 300 000 €\n"),
    ],
)
def test_an_own_share_beside_the_grant_leaves_the_grant(language: str, body: str) -> None:
    assert Decimal("300000") not in _sums(_HEAD[language] + body, "raportti.md")
    assert Decimal("1200000") in _sums(_HEAD[language] + body, "raportti.md")


# Pinned: the English own share, and the grant with an own share outside a funding section.
@pytest.mark.parametrize(
    ("language", "body", "sums"),
    [
        ("en", "Own funding: EUR 300,000\n", []),
        ("en", "## Funding\n\n- Grant: EUR 1,200,000\n- Own contribution: EUR 300,000\n", [Decimal("1200000")]),
        ("fi", "Valtionavustus: 1 200 000 €\nOmarahoitus: 300 000 €\n", [Decimal("1200000")]),
    ],
)
def test_an_own_share_that_held(language: str, body: str, sums: list[Decimal]) -> None:
    assert _sums(_HEAD[language] + body, "raportti.md") == sums


# R17-30 (plain): a scaled table of parts with three decimals.
@pytest.mark.parametrize(
    ("scale", "cells", "actual"),
    [
        ("milj. €", ("1,250", "0,380", "0,750", "0,125"), Decimal("380000")),
        ("1 000 €", ("1 250,5", "380,125", "750,0", "125,250"), Decimal("380125")),
    ],
)
def test_a_scaled_parts_table_with_three_decimals_keeps_its_scale(
    scale: str, cells: tuple[str, str, str, str], actual: Decimal
) -> None:
    text = (
        _HEAD["fi"] + "## Osahankkeet\n\nOsahanke 1: Kotikuntoutus\nOsahanke 2: Etäkuntoutus\n\n"
        f"## Myönnetty rahoitus osahankkeittain ({scale})\n\n| Osahanke | Myönnetty | Toteutunut |\n|---|---|---|\n"
        f"| Osahanke 1 | {cells[0]} | {cells[1]} |\n| Osahanke 2 | {cells[2]} | {cells[3]} |\n"
    )
    values = [value for _, role, value in _cells(text) if role == "actual"]
    assert actual in values
    assert max(values) < Decimal("10000000")


# ---------------------------------------------------------------------------------------------------- funders

_FUNDER_HEAD = "Kotona kuntoon -hanke\nTilanneraportti 2/2025\n\nHanke kehittää kotikuntoutusta.\n\n"


# Pinned: the field's separators that held.
@pytest.mark.parametrize(
    "body",
    [
        "Rahoittaja: STM\nHallinnoija: Etelä-Savon hyvinvointialue",
        "Rahoittaja\tSTM\nHallinnoija\tEtelä-Savon hyvinvointialue",
        "Rahoittaja - STM\nHallinnoija - Etelä-Savon hyvinvointialue",
        "Rahoittaja = STM\nHallinnoija = Etelä-Savon hyvinvointialue",
        "Rahoittaja / STM\nHallinnoija / Etelä-Savon hyvinvointialue",
    ],
)
def test_a_funder_field_names_its_own_funder(body: str) -> None:
    assert _orgs(_extraction(_FUNDER_HEAD + body + "\n", "raportti.txt"), "funder") == ["stm"]


# R17-18: the county of a field. The ':<TAB>' forms hold since M2's tabstops.colon_fields (stop 52); the
# administrator's since N25 (stop 53: organisations._administrator votes the county it names).
@pytest.mark.parametrize(
    ("line", "county"),
    [
        ("Hyvinvointialue:\tEtelä-Savon hyvinvointialue", "12"),
        ("Toteuttaja:\tEtelä-Savon hyvinvointialue", "12"),
        ("Välfärdsområde:\tVälfärdsområdet Österbotten", "17"),
        ("Hallinnoija: Etelä-Savon hyvinvointialue", "12"),
        ("Huvudman: Välfärdsområdet Österbotten", "17"),
    ],
)
def test_a_county_field_names_the_county(line: str, county: str) -> None:
    x = _extraction(_FUNDER_HEAD + line + "\n", "raportti.txt")
    assert str(getattr(x.region, "iri", "")).endswith("/" + county)


# Pinned: the county fields that held.
@pytest.mark.parametrize(
    ("line", "county"),
    [
        ("Hyvinvointialue: Etelä-Savon hyvinvointialue", "12"),
        ("Toteuttaja: Etelä-Savon hyvinvointialue", "12"),
        ("Lead organisation: Ostrobothnia wellbeing services county", "17"),
    ],
)
def test_a_county_field_that_held(line: str, county: str) -> None:
    x = _extraction(_FUNDER_HEAD + line + "\n", "raportti.txt")
    assert str(getattr(x.region, "iri", "")).endswith("/" + county)


# R17-27 (plain): a brand named in passing is not the document's county.
def test_another_countys_brand_in_passing_leaves_the_county() -> None:
    text = (
        "Kotona kuntoon -hanke\nTilanneraportti 2/2025\n\nHanke kehittää kotikuntoutusta Kotkassa ja Haminassa. "
        "Mallia on vertailtu Eksoten ja Pirhan malleihin.\n"
    )
    x = _extraction(text, "raportti.txt")
    assert str(getattr(x.region, "iri", "")).endswith("/10")


# R17-28: a project card's fields as a two-column table (fixed by M3, stop 53: ingest/fieldrows.py reads a
# two-column table of a card's fields as its "Label: value" lines).
@pytest.mark.parametrize(
    ("text", "county"),
    [
        (
            "# Kotona kuntoon -hanke\n\n| Kenttä | Tieto |\n|---|---|\n| Hyvinvointialue | Etelä-Savon hyvinvointialue |\n"
            "| Rahoittaja | STM |\n\nHanke kehittää kotikuntoutusta.\n",
            "12",
        ),
        (
            "# Kotona kuntoon -hanke\n\n| Hyvinvointialue | Etelä-Savon hyvinvointialue |\n|---|---|\n"
            "| Rahoittaja | STM |\n\nHanke kehittää kotikuntoutusta.\n",
            "12",
        ),
        (
            "# Hemma igen\n\n| Fält | Uppgift |\n|---|---|\n| Välfärdsområde | Välfärdsområdet Österbotten |\n"
            "| Finansiär | STM |\n\nProjektet utvecklar hemrehabilitering.\n",
            "17",
        ),
        (
            "# Home Again\n\n| Field | Value |\n|---|---|\n"
            "| Wellbeing services county | Ostrobothnia wellbeing services county |\n| Funder | STM |\n\n"
            "The project develops home rehabilitation.\n",
            "17",
        ),
    ],
)
def test_a_project_cards_fields_as_a_table_are_read(text: str, county: str) -> None:
    x = _extraction(text, "kortti.md")
    assert str(getattr(x.region, "iri", "")).endswith("/" + county)
    assert _orgs(x, "funder") == ["stm"]


# Pinned: the same fields as lines.
def test_a_project_cards_fields_as_lines_are_read() -> None:
    text = (
        "# Kotona kuntoon -hanke\n\nHyvinvointialue: Etelä-Savon hyvinvointialue\nRahoittaja: STM\n\n"
        "Hanke kehittää kotikuntoutusta.\n"
    )
    x = _extraction(text, "kortti.md")
    assert str(getattr(x.region, "iri", "")).endswith("/12")
    assert _orgs(x, "funder") == ["stm"]


# R17-4: the funder taken from the next line. The ';' and ',' forms hold since N24's stop 52 (segment._COLON_FIELD:
# a two-cell CSV row saved as text is a label and its value), '|' since M3's pipecells.separated_rows (stop 53); a
# bare space stays a strict xfail.
_R17_4 = pytest.mark.xfail(
    strict=True,
    reason="R17-4 (N24, organisations._funder / fields): 'Rahoittaja;STM' takes the funder from the next line",
)


@pytest.mark.parametrize(
    ("body", "funder"),
    [
        ("Rahoittaja;STM\nHallinnoija;Etelä-Savon hyvinvointialue", "stm"),
        ("Rahoittaja,STM\nHallinnoija,Etelä-Savon hyvinvointialue", "stm"),
        ("Rahoittaja|STM\nHallinnoija|Etelä-Savon hyvinvointialue", "stm"),
        pytest.param("Rahoittaja STM\nHallinnoija Etelä-Savon hyvinvointialue", "stm", marks=_R17_4),
        ("Rahoittaja;STM\nToteuttaja;Mikkelin kaupunki", "stm"),
        ("Rahoittaja;THL\nHallinnoija;Etelä-Savon hyvinvointialue", "thl"),
        ("Rahoittaja;STM\n\nEtelä-Savon hyvinvointialue vastaa hankkeesta.", "stm"),
    ],
)
def test_a_funder_field_with_another_separator_names_its_own_funder(body: str, funder: str) -> None:
    assert _orgs(_extraction(_FUNDER_HEAD + body + "\n", "raportti.txt"), "funder") == [funder]


# R17-16: a funding section's sum line taken for the funder. Fixed by N25 (stop 53, organisations._AN_AMOUNT).
@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("fi", "## Rahoitus\n\n- Valtionavustus: 1 200 000 €\n- Hyvinvointialueen osuus: 300 000 €\n"),
        ("fi", "## Rahoitus\n\nValtionavustus 1 200 000 €\n"),
        ("sv", "## Finansiering\n\n- Statsunderstöd: 1 200 000 €\n"),
        ("en", "## Funding\n\n- State grant: EUR 1,200,000\n"),
    ],
)
def test_a_funding_sections_sum_names_no_funder(language: str, body: str) -> None:
    x = _extraction(_HEAD[language] + body, "raportti.md")
    assert [pa.surface for p in x.projects for pa in p.participations if pa.role == "funder"] == []


# Pinned: a funding section naming its funder.
@pytest.mark.parametrize(
    "body",
    [
        "## Rahoitus\n\n- STM:n valtionavustus: 1 200 000 €\n",
        "## Rahoittaja\n\nSosiaali- ja terveysministeriö\n",
    ],
)
def test_a_funding_section_naming_its_funder_is_read(body: str) -> None:
    assert _orgs(_extraction(_HEAD["fi"] + body, "raportti.md"), "funder") == ["stm"]


# ---------------------------------------------------------------------------------------------------- lights

_LIGHTS_FI = _HEAD["fi"] + "## Tilannekuva\n\n"
_THREE = {("schedule", "on-plan"), ("costs", "deviation"), ("staff", "deviation")}


# Pinned: forms of a light per line that held.
@pytest.mark.parametrize(
    "body",
    [
        "Aikataulu: 🟢\nKustannukset: 🟡\nHenkilöstö: 🔴",
        "Aikataulu (vihreä)\nKustannukset (keltainen)\nHenkilöstö (punainen)",
        "Aikataulu: 🟩\nKustannukset: 🟨\nHenkilöstö: 🟥",
        "Vihreä: Aikataulu\nKeltainen: Kustannukset\nPunainen: Henkilöstö",
        "Aikataulu: vihreä (sama kuin edellisellä kaudella)\nKustannukset: keltainen, koska hankinnat viivästyivät\n"
        "Henkilöstö: punainen – kaksi avointa tehtävää",
        "Liikennevalot: aikataulu vihreä, kustannukset keltainen, henkilöstö punainen.",
    ],
)
def test_a_light_per_line_is_read(body: str) -> None:
    assert _lights(_LIGHTS_FI + body + "\n") == _THREE


# R17-5: the warning sign (fixed by L10, stop 53: ✅ ⚠ ❌ are a family of the light-scale vocabulary, status.ttl).
@pytest.mark.parametrize(
    "body",
    [
        "Aikataulu: ✅\nKustannukset: ⚠️\nHenkilöstö: ❌",
        "Aikataulu: ✅\nKustannukset: ⚠\nHenkilöstö: ❌",
        "| Osa-alue | Tila |\n|---|---|\n| Aikataulu | ✅ |\n| Kustannukset | ⚠️ |\n| Henkilöstö | ❌ |",
    ],
)
def test_the_warning_sign_is_a_light(body: str) -> None:
    assert _lights(_LIGHTS_FI + body + "\n") == _THREE


# Pinned (R17-5's negative): a warning sign beside no other mark of its family is a note's, no light.
@pytest.mark.parametrize(
    "body",
    [
        "⚠️ Huom: luvut ovat alustavia.\n\nAikataulu: vihreä\nKustannukset: keltainen\nHenkilöstö: punainen",
        "Aikataulu: vihreä\nKustannukset: keltainen\nHenkilöstö: punainen\n\n⚠ Riskit: ks. liite",
    ],
)
def test_a_lone_warning_sign_is_no_light(body: str) -> None:
    assert _lights(_LIGHTS_FI + body + "\n") == _THREE


# R17-6: the colour before its dimension, no separator.
@pytest.mark.xfail(
    strict=True, reason="R17-6 (L9): 'Vihreä Aikataulu' lines read one false light, schedule a deviation"
)
@pytest.mark.parametrize(
    "body",
    [
        "Vihreä Aikataulu\nKeltainen Kustannukset\nPunainen Henkilöstö",
        "vihreä Aikataulu\nkeltainen Kustannukset\npunainen Henkilöstö",
    ],
)
def test_the_colour_before_its_dimension_is_read(body: str) -> None:
    assert _lights(_LIGHTS_FI + body + "\n") == _THREE


# R17-7: an emoji in brackets (fixed by L11, stop 54: lightscales.spelt reads a symbol alone in brackets as itself).
@pytest.mark.parametrize(
    "body",
    [
        "Aikataulu (🟢)\nKustannukset (🟡)\nHenkilöstö (🔴)",
        "Aikataulu [🟢]\nKustannukset [🟡]\nHenkilöstö [🔴]",
    ],
)
def test_a_colour_emoji_in_brackets_is_read(body: str) -> None:
    assert _lights(_LIGHTS_FI + body + "\n") == _THREE


# R17-8: two dimensions, one colour.
@pytest.mark.xfail(strict=True, reason="R17-8 (L9): two dimensions sharing one colour read only the first")
def test_two_dimensions_sharing_a_colour_are_both_read() -> None:
    body = "Aikataulu, kustannukset: vihreä\nHenkilöstö: punainen"
    assert _lights(_LIGHTS_FI + body + "\n") == {
        ("schedule", "on-plan"),
        ("costs", "on-plan"),
        ("staff", "deviation"),
    }


# R17-33: a utilisation row under a share legend.
@pytest.mark.xfail(
    strict=True, reason="R17-33 (L9, threshold legend): a budget's utilisation row is read as a light"
)
def test_a_utilisation_row_is_no_light() -> None:
    text = (
        _HEAD["fi"] + "Osahanke 1: Kotikuntoutus\nOsahanke 2: Etäkuntoutus\n\n"
        "Valot: 90 % tai enemmän = suunnitelman mukaan, alle 90 % = poikkeama.\n\n## Tilannekuva\n\n"
        "| Osa-alue | Osahanke 1: Kotikuntoutus | Osahanke 2: Etäkuntoutus |\n|---|---|---|\n"
        "| Aikataulu | 95 % | 60 % |\n\n## Talous\n\n"
        "| Mittari | Osahanke 1: Kotikuntoutus | Osahanke 2: Etäkuntoutus |\n|---|---|---|\n"
        "| Budjetin käyttöaste | 45 % | 30 % |\n"
    )
    dimensions = {light.dimension for p in _extraction(text, "raportti.md").projects for light in p.lights}
    assert "schedule" in dimensions
    assert "costs" not in dimensions


# R17-31 (plain): a later sentence that denies or supposes the colour.
@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fi", "Aikataulu on vihreä. Kustannukset eivät ole enää punaisella."),
        ("fi", "Aikataulu on vihreä. Kustannukset voivat nousta punaiselle, jos hinnat nousevat."),
        ("en", "Schedule is green. Costs could turn red if prices rise."),
    ],
)
def test_a_denied_or_supposed_colour_in_a_later_sentence_is_no_deviation(language: str, line: str) -> None:
    lights = _lights(_HEAD[language] + line + "\n")
    assert ("schedule", "on-plan") in lights
    assert ("costs", "deviation") not in lights


# R17-26: a dimension's section that denies or supposes a delay.
@pytest.mark.xfail(
    strict=True,
    reason="R17-26 (L9, lightlines.heading_light): a denied or supposed delay under a dimension is a deviation",
)
@pytest.mark.parametrize(
    ("language", "section", "dimension"),
    [
        ("fi", "## Aikataulu\n\nHanke ei ole viivästynyt.\n", "schedule"),
        ("fi", "## Aikataulu\n\nMikään tehtävä ei ole myöhässä.\n", "schedule"),
        ("fi", "## Aikataulu\n\nJos rekrytointi viivästyy, pilotti siirtyy.\n", "schedule"),
        ("fi", "## Kustannukset\n\nKustannukset eivät ole ylittyneet.\n", "costs"),
        ("fi", "## Henkilöstö\n\nRekrytoinnit eivät viivästyneet.\n", "staff"),
        ("en", "## Schedule\n\nNothing is delayed.\n", "schedule"),
        ("fi", "## Riskit\n\nRiskinä on, että rekrytointi viivästyy.\n", "risks"),
        ("fi", "## Riskit\n\nRekrytointi voi viivästyä.\n", "risks"),
    ],
)
def test_a_denied_or_supposed_delay_is_no_deviation(language: str, section: str, dimension: str) -> None:
    assert (dimension, "deviation") not in _lights(_HEAD[language] + section)


# Pinned: the denials read on plan.
@pytest.mark.parametrize(
    ("language", "section", "dimension"),
    [
        ("sv", "## Tidtabell\n\nProjektet är inte försenat.\n", "schedule"),
        ("en", "## Schedule\n\nThe project is not delayed.\n", "schedule"),
        ("en", "## Costs\n\nCosts have not exceeded the budget.\n", "costs"),
    ],
)
def test_a_denied_delay_is_on_plan(language: str, section: str, dimension: str) -> None:
    assert _lights(_HEAD[language] + section) == {(dimension, "on-plan")}


# ---------------------------------------------------------------------------------------------------- goals

_GOALS = {
    "fi": (
        "## Tavoitteet\n\n",
        ["Kotikuntoutus käynnistyy kaikissa kunnissa", "Asiakkaiden odotusaika lyhenee"],
        ["toteutunut", "osittain toteutunut"],
    ),
    "sv": (
        "## Mål\n\n",
        ["Hemrehabilitering startar i alla kommuner", "Väntetiden för klienter förkortas"],
        ["uppnått", "delvis uppnått"],
    ),
    "en": (
        "## Objectives\n\n",
        ["Home rehabilitation starts in every municipality", "Waiting times for clients are shortened"],
        ["achieved", "partly achieved"],
    ),
}


def _goal_list(language: str, separator: str) -> list[tuple[str, str]]:
    heading, goals, verdicts = _GOALS[language]
    body = "".join(f"- {g}{separator}{v}\n" for g, v in zip(goals, verdicts, strict=True))
    return _goals(_HEAD[language] + heading + body)


# Pinned: the separators that held.
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("separator", [" – ", ": ", " (", " → "])
def test_a_verdict_after_the_goal_is_read(language: str, separator: str) -> None:
    closing = ")" if separator == " (" else ""
    heading, goals, verdicts = _GOALS[language]
    body = "".join(f"- {g}{separator}{v}{closing}\n" for g, v in zip(goals, verdicts, strict=True))
    assert _goals(_HEAD[language] + heading + body) == list(
        zip(goals, ["achieved", "partly-achieved"], strict=True)
    )


# R17-9: after a comma or a semicolon (fixed by G9, stop 52: goalforms._MARKED_TAIL / _SQUARE_TAIL).
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("separator", [", ", "; "])
def test_a_verdict_after_a_comma_is_read(language: str, separator: str) -> None:
    _, goals, _ = _GOALS[language]
    assert _goal_list(language, separator) == list(zip(goals, ["achieved", "partly-achieved"], strict=True))


def test_a_verdict_in_square_brackets_is_read() -> None:
    text = (
        _HEAD["fi"]
        + "## Tavoitteet\n\n- Kotikuntoutus käynnistyy [toteutunut]\n- Odotusaika lyhenee [osittain toteutunut]\n"
    )
    assert _goals(text) == [
        ("Kotikuntoutus käynnistyy", "achieved"),
        ("Odotusaika lyhenee", "partly-achieved"),
    ]


_GOALS_THEN = {
    "fi": "## Tavoitteet\n\n1. Kotikuntoutus käynnistyy – toteutunut\n2. Odotusaika lyhenee – osittain toteutunut\n\n",
    "sv": "## Mål\n\n1. Hemrehabilitering startar – uppnått\n2. Väntetiden förkortas – delvis uppnått\n\n",
    "en": "## Objectives\n\n1. Home rehabilitation starts – achieved\n2. Waiting times shorten – partly achieved\n\n",
}


# R17-17: the next section's list read as goals (fixed by G9, stop 52: extract._heads_a_section, goalsections._GOAL_WORD).
@pytest.mark.parametrize(
    ("language", "section"),
    [
        (
            "fi",
            "## Riskit\n\n- Rekrytointi viivästyy\n- Kustannukset nousevat\n- Asiakkaat eivät löydä palvelua\n",
        ),
        ("sv", "## Risker\n\n- Rekryteringen försenas\n- Kostnaderna stiger\n"),
        ("en", "## Risks\n\n- Recruitment is delayed\n- Costs rise\n"),
        ("en", "## Target group\n\n- Home care clients\n- Family carers\n"),
        ("fi", "## Rahoitus\n\n- Valtionavustus: 1 200 000 €\n- Omarahoitus: 300 000 €\n"),
    ],
)
def test_the_next_sections_list_is_no_goal(language: str, section: str) -> None:
    assert len(_goals(_HEAD[language] + _GOALS_THEN[language] + section)) == 2


# Pinned: sections no field takes end the goals.
@pytest.mark.parametrize(
    "section",
    [
        "## Kohderyhmä\n\n- Kotihoidon asiakkaat\n- Omaishoitajat\n",
        "## Toimenpiteet\n\n- Rekrytoidaan fysioterapeutit\n- Koulutetaan kotihoitajat\n",
        "## Talous\n\n- Budjetti: 1 200 000 €\n- Toteuma: 300 000 €\n",
    ],
)
def test_the_next_section_ends_the_goals(section: str) -> None:
    assert len(_goals(_HEAD["fi"] + _GOALS_THEN["fi"] + section)) == 2


def _goal_table(language: str, header: tuple[str, str], rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    heading = {"fi": "## Tavoitteet\n\n", "sv": "## Mål\n\n", "en": "## Objectives\n\n"}[language]
    table = f"| {header[0]} | {header[1]} |\n|---|---|\n" + "".join(f"| {g} | {v} |\n" for g, v in rows)
    return _goals(_HEAD[language] + heading + table)


# R17-21 (plain): a verdict column's word before a share is the share's column word.
@pytest.mark.parametrize(
    ("language", "header", "cells"),
    [
        ("fi", ("Tavoite", "Toteutuminen"), ("Toteutunut: 40 %", "Saavutettu: 0 %")),
        ("en", ("Objective", "Progress"), ("Achieved: 40 %", "Achieved: 0 %")),
        ("sv", ("Mål", "Utfall"), ("Uppnått: 40 %", "Uppnått: 0 %")),
    ],
)
def test_a_verdict_word_before_a_share_below_the_whole_is_no_achievement(
    language: str, header: tuple[str, str], cells: tuple[str, str]
) -> None:
    goals = {
        "fi": ("Kotikuntoutus käynnistyy", "Odotusaika lyhenee"),
        "sv": ("Hemrehabilitering startar", "Väntetiden förkortas"),
        "en": ("Home rehabilitation starts", "Waiting times shorten"),
    }[language]
    read = _goal_table(language, header, list(zip(goals, cells, strict=True)))
    assert [status for _, status in read] == ["partly-achieved", "not-achieved"]


# R17-22 (plain): the goal's verb done, but less than the goal.
@pytest.mark.parametrize(
    ("language", "header", "goal", "cell"),
    [
        ("fi", ("Tavoite", "Tilanne"), "Koulutetaan 100 kotihoitajaa", "Koulutettu 40"),
        ("en", ("Objective", "Status"), "100 home care nurses are trained", "Trained 40"),
        ("sv", ("Mål", "Läge"), "100 hemvårdare utbildas", "Utbildade 40"),
        (
            "fi",
            ("Tavoite", "Tilanne"),
            "Pilotti käynnistetään kahdessa kunnassa",
            "Käynnistetty yhdessä kunnassa",
        ),
        ("fi", ("Tavoite", "Tilanne"), "Asiakaspalaute kerätään", "Kerätty vain Mikkelissä"),
        ("en", ("Objective", "Status"), "Staff training needs are assessed", "Needed more time"),
    ],
)
def test_the_goals_verb_done_in_part_is_no_achievement(
    language: str, header: tuple[str, str], goal: str, cell: str
) -> None:
    read = _goal_table(language, header, [(goal, cell), ("Odotusaika lyhenee", "–")])
    assert read and read[0][1] != "achieved"


# R17-23 (plain): a plan's goal with a clause of its own after a comma.
@pytest.mark.parametrize(
    ("language", "goal"),
    [
        ("fi", "Henkilöstö koulutetaan, osittain verkossa"),
        ("sv", "Personalen utbildas, delvis på distans"),
        ("en", "Staff are trained, partly online"),
        ("fi", "Malli otetaan käyttöön; kesken jääneet asiat siirretään"),
    ],
)
def test_a_plans_goal_with_a_degree_clause_stays_whole(language: str, goal: str) -> None:
    heading = {"fi": "## Tavoitteet\n\n", "sv": "## Mål\n\n", "en": "## Objectives\n\n"}[language]
    head = _HEAD[language].replace("Tilanneraportti 2/2025", "Hankesuunnitelma 2025")
    head = head.replace("Lägesrapport 2/2025", "Projektplan 2025").replace(
        "Status report 2/2025", "Project plan 2025"
    )
    assert _goals(head + heading + f"- {goal}\n") == [(goal, "unknown")]


# ---------------------------------------------------------------------------------------------------- names, parts

_MINUTES = {
    "fi": (
        (
            "Etelä-Savon hyvinvointialue\nAluehallitus, pöytäkirja 12.5.2025\n\n"
            "§ 45 Kotona kuntoon -hankkeen valtionavustus\n\n"
            "Sosiaali- ja terveysministeriö on myöntänyt Kotona kuntoon -hankkeelle valtionavustusta 1 200 000 euroa vuosille 2025–2026.\n\n"
            "Päätös: Aluehallitus merkitsee avustuksen tiedoksi.\n\n"
            "§ 46 Omaishoidon tuki -hankkeen loppuraportti\n\n"
            "Omaishoidon tuki -hanke päättyi 31.12.2024. Hankkeen toteutuneet kustannukset olivat 310 000 euroa. Käyttämätöntä avustusta palautetaan 12 400 euroa.\n\n"
            "Päätös: Aluehallitus hyväksyy loppuraportin.\n"
        ),
        ("Kotona kuntoon -hanke", "Omaishoidon tuki -hanke"),
    ),
    "sv": (
        (
            "Välfärdsområdet Österbotten\nRegionstyrelsen, protokoll 12.5.2025\n\n"
            "§ 45 Statsunderstöd för projektet Hemma igen\n\n"
            "Social- och hälsovårdsministeriet har beviljat projektet Hemma igen 1 200 000 euro för åren 2025–2026.\n\n"
            "Beslut: Regionstyrelsen antecknar understödet för kännedom.\n\n"
            "§ 46 Slutrapport för projektet Närståendestöd\n\n"
            "Projektet Närståendestöd avslutades 31.12.2024. Projektets kostnader var 310 000 euro. Oanvänt understöd återbetalas, 12 400 euro.\n\n"
            "Beslut: Regionstyrelsen godkänner slutrapporten.\n"
        ),
        ("Hemma igen", "Närståendestöd"),
    ),
    "en": (
        (
            "Ostrobothnia wellbeing services county\nRegional board, minutes 12 May 2025\n\n"
            "§ 45 State grant for the project Home Again\n\n"
            "The Ministry of Social Affairs and Health has granted the project Home Again EUR 1,200,000 for 2025–2026.\n\n"
            "Decision: the board notes the grant.\n\n"
            "§ 46 Final report of the project Carer Support\n\n"
            "The project Carer Support ended on 31 December 2024. Its costs were EUR 310,000. Unused grant of EUR 12,400 is returned.\n\n"
            "Decision: the board approves the final report.\n"
        ),
        ("Home Again", "Carer Support"),
    ),
}


# R17-24: two projects in one board's minutes.
@pytest.mark.xfail(
    strict=True, reason="R17-24 (N24, minutes): two §§ of two projects read one, the money mixed"
)
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_minutes_of_two_projects_read_both(language: str) -> None:
    text, (first, second) = _MINUTES[language]
    x = _extraction(text, "poytakirja.txt")
    names = {p.name: p for p in x.projects}
    assert first in names and second in names
    granted = [
        v for s in names[first].costs if s.kind == "granted" for line in s.lines for v in line.values.values()
    ]
    returned = [
        v for s in names[second].costs if s.kind == "returned" for line in s.lines for v in line.values.values()
    ]
    assert granted == [Decimal("1200000")]
    assert returned == [Decimal("12400")]


_PAGE_BODY = (
    "<p>Hanke kehittää kotikuntoutusta Mikkelissä ja Savonlinnassa.</p><h2>Tavoitteet</h2><ul>"
    "<li>Kotikuntoutus käynnistyy kaikissa kunnissa</li><li>Asiakkaiden odotusaika lyhenee</li></ul>"
    "<h2>Yhteystiedot</h2><p>Hankepäällikkö Anna Berg</p>"
)


# Pinned: the county named in the page's text.
def test_a_project_page_naming_its_county_in_the_text_is_read() -> None:
    page = (
        "<html><head><title>Kotona kuntoon</title></head><body><h1>Kotona kuntoon</h1>"
        "<p>Hanke kehittää kotikuntoutusta Mikkelissä. Toteuttaja on Etelä-Savon hyvinvointialue.</p></body></html>"
    )
    x = _extraction(page, "sivu.html")
    assert [p.name for p in x.projects] == ["Kotona kuntoon"]
    assert str(getattr(x.region, "iri", "")).endswith("/12")


# R17-13: the county only in the <title>.
@pytest.mark.xfail(
    strict=True,
    reason="R17-13 (N24, generictitle): a project page naming its county only in <title> is refused or misnamed",
)
@pytest.mark.parametrize(
    ("title", "h1", "name", "county"),
    [
        ("Kotona kuntoon | Etelä-Savon hyvinvointialue", "Kotona kuntoon", "Kotona kuntoon", "12"),
        ("Etelä-Savon hyvinvointialue – Kotona kuntoon", "Kotona kuntoon", "Kotona kuntoon", "12"),
        ("Kotona kuntoon | Etelä-Savon hyvinvointialue", None, "Kotona kuntoon", "12"),
        ("Kotona kuntoon -hanke | Etelä-Savon hyvinvointialue", None, "Kotona kuntoon -hanke", "12"),
    ],
)
def test_a_project_page_naming_its_county_in_the_title_is_read(
    title: str, h1: str | None, name: str, county: str
) -> None:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    page = f"<html><head><title>{title}</title></head><body>{heading}{_PAGE_BODY}</body></html>"
    x = _extraction(page, "sivu.html")
    assert [p.name for p in x.projects] == [name]
    assert str(getattr(x.region, "iri", "")).endswith("/" + county)


_PARTS = {
    "fi": (_HEAD["fi"], ("Kotikuntoutustiimi", "Etäkuntoutus"), ("Aikataulu", "vihreä", "punainen")),
    "en": (_HEAD["en"], ("Home rehab team", "Remote rehabilitation"), ("Schedule", "green", "red")),
}


def _parts(language: str, first: str, second: str) -> list[tuple[str, list[str | None]]]:
    head, (a, b), (dimension, green, red) = _PARTS[language]
    text = (
        f"{head}## {first.format(a)}\n\n{dimension}: {green}\n\n## {second.format(b)}\n\n{dimension}: {red}\n"
    )
    return [
        (p.name, [light.value for light in p.lights])
        for p in _extraction(text, "raportti.md").projects
        if p.level == "subproject"
    ]


# Pinned: the part words spelt out.
@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("fi", "Osahanke 1: {}", "Osahanke 2: {}"),
        ("fi", "Työpaketti 1 – {}", "Työpaketti 2 – {}"),
        ("fi", "Osakokonaisuus A: {}", "Osakokonaisuus B: {}"),
        ("en", "Work package 1: {}", "Work package 2: {}"),
        ("en", "Subproject 1. {}", "Subproject 2. {}"),
        ("fi", "Osahanke I: {}", "Osahanke II: {}"),
        ("fi", "Osahanke 1 ({})", "Osahanke 2 ({})"),
    ],
)
def test_a_part_under_its_word_and_number_is_declared(language: str, first: str, second: str) -> None:
    parts = _parts(language, first, second)
    assert [lights for _, lights in parts] == [["on-plan"], ["deviation"]]


# R17-14: part words glued to the number, after the name, after an ordinal, or numbered out of the whole.
@pytest.mark.xfail(
    strict=True,
    reason="R17-14 (N24, parts): 'Osahanke1:', 'X (osahanke 1)', '1. osahanke:' declare no part; lights collapse",
)
@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("fi", "Osahanke1: {}", "Osahanke2: {}"),
        ("fi", "{} (osahanke 1)", "{} (osahanke 2)"),
        ("fi", "1. osahanke: {}", "2. osahanke: {}"),
        ("fi", "Osahanke 1/2: {}", "Osahanke 2/2: {}"),
        ("en", "{} (Work package 1)", "{} (Work package 2)"),
    ],
)
def test_a_part_numbered_otherwise_is_declared(language: str, first: str, second: str) -> None:
    parts = _parts(language, first, second)
    assert [lights for _, lights in parts] == [["on-plan"], ["deviation"]]


_GOAL_PARAGRAPHS = {
    "fi": (
        "Kotiin kuntoutumaan\n\nEtelä-Savon hyvinvointialue toteuttaa hanketta Mikkelissä ja Juvalla. Hanke kehittää "
        "kotikuntoutusta sairaalajakson jälkeen.\n\nTavoitteet ja tulokset\n\n"
        "Jokainen asiakas saa kuntoutussuunnitelman viikon kuluessa.\n\n"
        "Tilanne{s}toteutunut huhtikuussa, suunnitelma on tehty 95 asiakkaalle.\n\n"
        "Fysioterapeutti tekee kotikäyntejä myös iltaisin.\n\nTilanne{s}osittain, Juvalla iltakäynnit puuttuvat vielä.\n"
    ),
    "sv": (
        "Hemma igen\n\nÖsterbottens välfärdsområde driver projektet i Vasa och Närpes. Projektet utvecklar "
        "hemrehabilitering efter sjukhusvistelse.\n\nMål och resultat\n\n"
        "Alla klienter får en rehabiliteringsplan inom en vecka.\n\n"
        "Läge{s}uppnått i april, planen görs för 95 klienter.\n\n"
        "Fysioterapeuten gör hembesök också på kvällar.\n\nLäge{s}delvis, i Närpes saknas ännu kvällsbesök.\n"
    ),
}


# Pinned: the verdict line after a colon and a space.
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_goal_paragraphs_verdict_line_is_read(language: str) -> None:
    goals = _goals(_GOAL_PARAGRAPHS[language].format(s=": "), "raportti.txt")
    assert [status for _, status in goals] == ["achieved", "partly-achieved"]


# R17-19: the same with a tab after the colon (holds since M2's tabstops.colon_fields, stop 52).
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_goal_paragraphs_verdict_line_after_a_tab_is_read(language: str) -> None:
    goals = _goals(_GOAL_PARAGRAPHS[language].format(s=":\t"), "raportti.txt")
    assert [status for _, status in goals] == ["achieved", "partly-achieved"]


# ---------------------------------------------------------------------------------------------------- readers


# R17-25: the same with an empty row after the header (holds since M2's tabstops looks at every row of the text).
def test_a_tick_matrix_pasted_with_an_empty_row_keeps_its_columns() -> None:
    text = (
        _HEAD["fi"]
        + "Tilannekuva\n\nOsa-alue\tVihreä\tKeltainen\tPunainen\n\nAikataulu\tx\nTalous\t\tx\nRiskit\t\t\tx\n"
    )
    assert _lights(text, "raportti.txt") == {
        ("schedule", "on-plan"),
        ("costs", "deviation"),
        ("risks", "deviation"),
    }


# R17-32: an aligned table beside a pasted one (holds since M2's tabstops keeps a pasted sheet to its blocks).
def test_a_tab_aligned_table_beside_a_pasted_one_keeps_its_columns() -> None:
    aligned = (
        "Talous\n\nKustannuslaji\t\tBudjetti\tToteuma\nHenkilöstökulut\t\t120 000\t\t80 000\n"
        "Palvelujen ostot\t30 000\t\t12 500\nMatkat\t\t\t5 000\t\t1 200\n"
    )
    pasted = (
        "Tilannekuva\n\nOsa-alue\tTila\tKommentti\nAikataulu\tvihreä\tok\nKustannukset\tkeltainen\tmyöhässä\n"
    )
    got = _cells(_HEAD["fi"] + aligned + "\n" + pasted, "raportti.txt")
    assert ("Matkat", "actual", Decimal("1200")) in got
    assert ("Henkilöstökulut", "actual", Decimal("80000")) in got
    assert ("Matkat", "actual", Decimal("5000")) not in got


# R17-20 (plain): a tick matrix pasted from a sheet keeps its columns.
@pytest.mark.parametrize(
    ("rows", "lights"),
    [
        (
            "Aikataulu\tx\nTalous\t\tx\nRiskit\t\t\tx\n",
            {("schedule", "on-plan"), ("costs", "deviation"), ("risks", "deviation")},
        ),
        (
            "Tulokset\tx\nLaatu\t\tx\nHenkilöstö\t\t\tx\n",
            {("output-quality", "deviation"), ("staff", "deviation")},
        ),
    ],
)
def test_a_tick_matrix_pasted_from_a_sheet_keeps_its_columns(rows: str, lights: set[tuple[str, str]]) -> None:
    text = _HEAD["fi"] + "Tilannekuva\n\nOsa-alue\tVihreä\tKeltainen\tPunainen\n" + rows
    assert lights <= _lights(text, "raportti.txt")
    assert ("costs", "on-plan") not in _lights(text, "raportti.txt")
    assert ("output-quality", "on-plan") not in _lights(text, "raportti.txt")


# R17-10: a ';' table in a text (fixed by M3, stop 53: pipecells.separated_rows reads it as tab rows).
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_semicolon_goal_table_in_a_text_is_read(language: str) -> None:
    head = {"fi": "Tavoite;Tila", "sv": "Mål;Status", "en": "Objective;Status"}[language]
    _, goals, verdicts = _GOALS[language]
    rows = "".join(f"{g};{v}\n" for g, v in zip(goals, verdicts, strict=True))
    text = _HEAD[language] + _GOALS[language][0].removeprefix("## ") + head + "\n" + rows
    assert _goals(text, "raportti.txt") == list(zip(goals, ["achieved", "partly-achieved"], strict=True))


def test_a_semicolon_light_table_in_a_text_is_read() -> None:
    text = (
        _HEAD["fi"]
        + "Tilannekuva\n\nOsa-alue;Tila\nAikataulu;vihreä\nKustannukset;keltainen\nHenkilöstö;punainen\n"
    )
    assert _lights(text, "raportti.txt") == _THREE


# R17-11: a pipe table without outer pipes in a text (fixed by M3, stop 53: pipecells.separated_rows).
def test_bare_pipe_rows_in_a_text_name_the_project() -> None:
    text = (
        "Hanke|Kotona kuntoon -hanke\nRaportti|Tilanneraportti 2/2025\nToteuttaja|Etelä-Savon hyvinvointialue\n\n"
        "Osa-alue|Tila\nAikataulu|vihreä\nKustannukset|keltainen\nHenkilöstö|punainen\n"
    )
    x = _extraction(text, "raportti.txt")
    assert [p.name for p in x.projects] == ["Kotona kuntoon -hanke"]
    assert {(light.dimension, light.value) for p in x.projects for light in p.lights} == _THREE
