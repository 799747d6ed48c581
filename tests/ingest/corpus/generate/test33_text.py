"""test33's text documents (txt, md, csv, tsv, html, eml): one function a document, each returning its
facts and its text. Invented throughout; see ../test33_forms.md for what each form tries."""

from __future__ import annotations

import base64

from test33_model import CATS, COLS, DIMS, Facts
from test33_render import (
    BY_LABEL,
    COLOUR,
    ORG,
    SERVICE,
    auto_lights,
    auto_table,
    cell,
    county,
    goal_word,
    lab,
    munis,
    num,
    short,
    units,
)

GFI = [
    "Kotihoidon asiakkaiden päivystyskäynnit vähenevät 15 prosenttia",
    "Jokaisella asiakkaalla on ajantasainen palvelusuunnitelma",
    "Etävastaanotto on käytössä kaikissa alueen kunnissa",
    "Työntekijöiden vaihtuvuus laskee alle 10 prosentin",
    "Nuorten mielenterveyspalveluihin pääsee kahdessa viikossa",
    "Omaishoitajien vapaapäivät toteutuvat suunnitellusti",
    "Perhekeskuksen palvelut löytyvät yhdestä osoitteesta",
    "Kuntoutuksen jonot lyhenevät puoleen",
    "Ikääntyneiden kaatumiset vähenevät kotona asuvilla",
    "Sosiaalipäivystyksen yhteydenotot ohjautuvat oikeaan palveluun",
    "Päihdetyön matalan kynnyksen palvelu avataan kahdessa kunnassa",
    "Asiakkaan tiedot kulkevat palvelusta toiseen ilman uutta kirjaamista",
    "Lasten ja nuorten harrastusohjaus vakiintuu osaksi koulupäivää",
    "Vammaispalvelujen hakemukset käsitellään kolmessa kuukaudessa",
    "Henkilöstö on koulutettu uuteen toimintamalliin",
    "Suun terveydenhuollon kiireettömän hoidon jono lyhenee",
    "Ensihoidon tehtävistä puolet hoidetaan kotona ilman kuljetusta",
    "Maahan muuttaneiden perheiden neuvolakäynnit lisääntyvät",
    "Saattohoito on saatavilla kotona koko alueella",
    "Muistisairaiden diagnoosi tehdään puolen vuoden kuluessa oireista",
    "Lääkehoidon poikkeamat vähenevät kolmanneksella",
    "Asiakaspalaute kerätään jokaisesta uudesta palvelusta",
    "Työkykykoordinaattori on nimetty jokaiseen sote-keskukseen",
    "Digitaalinen ajanvaraus kattaa kaikki vastaanotot",
    "Sosiaaliohjaajien työparimalli on käytössä kaikissa tiimeissä",
    "Ravitsemusseulonta tehdään jokaiselle kotihoidon asiakkaalle",
    "Kouluterveydenhuollon vastaanotot toteutuvat ikäluokittain",
    "Kuljetuspalvelun matkat yhdistellään yhdestä ohjauskeskuksesta",
    "Kokemusasiantuntijat osallistuvat palvelujen suunnitteluun",
    "Yöpäivystyksen kuormitus tasaantuu viikonpäivien välillä",
    "Lastensuojelun sijaishuollon paikat löytyvät omalta alueelta",
    "Kotikuntoutuksen asiakkaiden toimintakyky paranee mitatusti",
]
GSV = [
    "Hemvårdens klienter får en egen kontaktperson",
    "Väntetiden till barnpsykiatrin sjunker under en månad",
    "Distansmottagning erbjuds i alla kommuner i området",
    "Personalomsättningen sjunker under tio procent",
    "Närståendevårdarnas lediga dagar förverkligas enligt planen",
    "Familjecentrets tjänster samlas på en webbplats",
    "Rehabiliteringsköerna halveras",
    "Äldre som bor hemma faller mer sällan",
    "Socialjourens samtal styrs till rätt tjänst",
    "All personal är utbildad i den nya modellen",
]
GEN = [
    "Every home care client has an up-to-date care plan",
    "Waiting time for youth mental health services falls to two weeks",
    "Remote consultations are offered in every municipality",
    "Staff turnover falls below ten per cent",
    "Emergency visits of home care clients fall by 15 per cent",
    "Family centre services are found at one address",
    "Rehabilitation queues are halved",
    "Falls among older people living at home decrease",
    "Calls to the social emergency line reach the right service",
    "All staff are trained in the new operating model",
]
POOL = {"fi": GFI, "sv": GSV, "en": GEN}
ROT = [
    "achieved",
    "partly-achieved",
    "not-achieved",
    "moved-later",
    "unfinished",
    "achieved",
    "partly-achieved",
]


def goals(f: Facts, start: int, count: int = 3, plan: bool = False) -> None:
    pool = POOL[f.lang]
    for i in range(count):
        text = pool[(start + i) % len(pool)]
        f.goals.append((text, "unknown" if plan else ROT[(start + i) % len(ROT)]))


def base(
    n: int,
    area: str,
    cnty: str,
    lang: str,
    ext: str,
    kind: str,
    family: str,
    tpl: str,
    year: int,
    date: str,
    name: str,
    suffix: str,
    munis_: list[str],
    partner: str,
    service: str,
    **kw,
) -> Facts:
    f = Facts(
        n=n,
        area=area,
        kind=kind,
        family=family,
        template=f"w30-{tpl}",
        ext=ext,
        lang=lang,
        county=cnty,
        name=name,
        year=year,
        document_date=date,
        suffix=suffix,
        munis=[BY_LABEL[m] for m in munis_],
        partners=[partner] if partner else [],
        services=[service] if service else [],
        **kw,
    )
    return f


def org(f: Facts, key: str) -> str:
    return lab(ORG, key, f.lang)


def svc(f: Facts, key: str) -> str:
    return lab(SERVICE, key, f.lang)


def lights_of(f: Facts, unit: str) -> dict[str, str]:
    return f.lights[unit]


# --------------------------------------------------------------------------------------------------
# id01: org-mode text status report (Kainuu)


def id01() -> tuple[Facts, str]:
    f = base(
        1,
        "kainuu",
        "county/20",
        "fi",
        "txt",
        "status-report",
        "status-report",
        "orgmode-tagit",
        2024,
        "2024-10-15",
        "Kainuun kotikuntoutuksen vahvistaminen",
        "tilanneraportti",
        ["Kajaani", "Sotkamo", "Kuhmo"],
        "organisation/kamk",
        "service/omaolo",
        start="2023-03-01",
        end="2025-12-31",
        parts=[("Osahanke 1", "Arviointijakso kotona"), ("Osahanke 2", "Etäkuntoutuksen ryhmät")],
    )
    f.coimpl = ["municipality/kuhmo"]
    auto_lights(f, 1, ["schedule", "costs", "staff", "benefits"])
    f.tables.append(
        auto_table(
            f.name,
            11,
            "cumulative",
            None,
            ["budget", "actual", "utilisation-percent"],
            ["own-staff-costs", "service-purchases", "travel", "materials"],
        )
    )
    grant = round(f.tables[0].rows[-1][1][0] * 0.8 / 1000) * 1000
    f.money.append((f.name, grant, "granted"))
    goals(f, 0)
    tag = {"g": "VIHREA", "y": "KELTAINEN", "r": "PUNAINEN"}
    out = [
        f"#+TITLE: {f.name} – tilanneraportti 3/2024",
        "#+DATE: <2024-10-15 ti>",
        "#+AUTHOR: Hankepäällikkö",
        "#+TODO: TAVOITE | TOTEUTUNUT OSITTAIN EI_TOTEUTUNUT SIIRTYI KESKEN",
        "",
        "* Perustiedot",
        "  :PROPERTIES:",
        f"  :HANKE:       {f.name}",
        f"  :ALUE:        {county(f)}",
        f"  :KUNNAT:      {munis(f)}",
        "  :ALKAA:       1.3.2023",
        "  :PAATTYY:     31.12.2025",
        f"  :RAHOITTAJA:  {org(f, 'organisation/stm')}",
        f"  :MYONNETTY:   {num(grant, 'sp')} euroa",
        "  :END:",
        "",
        f"Osatoteuttajana toimii Kuhmon kaupunki. Arvioinnin tekee {org(f, 'organisation/kamk')}, joka myös kouluttaa"
        " kotikuntoutuksen tiimit. Asiakkaat täyttävät alkuarvion Omaolo-palvelussa.",
        "",
        "* Tilannevalot",
        "  Tilanne merkitään otsikon tunnisteella: :VIHREA: = etenee suunnitellusti,",
        "  :KELTAINEN: = lievä poikkeama, :PUNAINEN: = vakava poikkeama.",
    ]
    for label, pname in f.parts:
        unit = f"{label}: {pname}"
        out.append(f"** {unit}")
        for dim, colour in f.lights[unit].items():
            out.append(f"*** {lab(DIMS, dim, 'fi'):<40} :{tag[colour]}:")
    out += ["", "* Kustannukset (kumulatiivinen, euroa)", ""]
    t = f.tables[0]
    out.append("| Kustannuslaji | Budjetti | Toteuma | Käyttöaste |")
    out.append("|---------------+----------+---------+------------|")
    for key, vals in t.rows:
        if key == "total":
            out.append("|---------------+----------+---------+------------|")
        out.append(
            "| "
            + " | ".join(
                [lab(CATS, key, "fi")] + [cell(v, c, "sp") for v, c in zip(vals, t.columns, strict=False)]
            )
            + " |"
        )
    out += ["", "* Tavoitteet"]
    kw = {
        "achieved": "TOTEUTUNUT",
        "partly-achieved": "OSITTAIN",
        "not-achieved": "EI_TOTEUTUNUT",
        "moved-later": "SIIRTYI",
        "unfinished": "KESKEN",
    }
    for text, status in f.goals:
        out.append(f"** {kw[status]} {text}")
    out.append(
        "   Avainsanat: TOTEUTUNUT, OSITTAIN (osittain toteutunut), EI_TOTEUTUNUT, SIIRTYI (myöhemmäksi), KESKEN."
    )
    return f, "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------------
# id02: MediaWiki markup of a county wiki page (Pirkanmaa)


def id02() -> tuple[Facts, str]:
    f = base(
        2,
        "pirkanmaa",
        "county/08",
        "fi",
        "txt",
        "county-page",
        "county-page",
        "mediawiki-mallineet",
        2025,
        "2025-02-20",
        "Pirkanmaan sosiaalipäivystyksen yhteinen ohjaus",
        "wikisivu",
        ["Tampere", "Kangasala", "Lempäälä"],
        "organisation/tamk",
        "service/palvelutietovaranto",
        start="2024-01-01",
        end="2026-06-30",
        parts=[("Työpaketti 1", "Yhteinen puhelinohjaus"), ("Työpaketti 2", "Kriisityön varallaolo")],
    )
    auto_lights(f, 2, ["schedule", "costs", "output-scope", "risks"])
    f.tables.append(
        auto_table(
            f.name,
            12,
            "annual",
            2024,
            ["budget", "actual", "deviation"],
            ["staff-costs", "expert-services", "software", "communication-services"],
        )
    )
    f.money.append((f.name, 1450000, "total"))
    f.money.append((f.name, 1160000, "granted"))
    goals(f, 9)
    word = {"g": "vihreä", "y": "keltainen", "r": "punainen"}
    out = [
        "{{Hankesivu",
        f"| nimi = {f.name}",
        f"| alue = [[{county(f)}]]",
        "| kunnat = [[Tampere]], [[Kangasala]], [[Lempäälä]]",
        "| kesto = 1.1.2024–30.6.2026",
        f"| rahoittaja = {org(f, 'organisation/stm')}",
        "}}",
        f"'''{f.name}''' on hyvinvointialueen kehittämishanke. Hankkeen kokonaiskustannukset ovat {num(1450000, 'sp')} euroa,"
        f" josta valtionavustusta on myönnetty {num(1160000, 'sp')} euroa.",
        "",
        f"Kumppanina toimii {org(f, 'organisation/tamk')}, joka vastaa puhelinohjauksen koulutuksesta."
        " Palvelutiedot julkaistaan Palvelutietovarannossa, josta ohjaus poimii ne.",
        "",
        "== Tilanne ==",
        "Malline <nowiki>{{Valo|vihreä}}</nowiki> tarkoittaa suunnitelman mukaista etenemistä, keltainen ja punainen poikkeamaa.",
        '{| class="wikitable"',
        "! Osa-alue !! " + " !! ".join(f"{lb}: {n}" for lb, n in f.parts),
    ]
    for dim in ["schedule", "costs", "output-scope", "risks"]:
        out.append("|-")
        out.append(
            f"| {lab(DIMS, dim, 'fi')} || "
            + " || ".join("{{Valo|" + word[f.lights[u][dim]] + "}}" for u in units(f))
        )
    out += [
        "|}",
        "",
        "== Kustannukset 2024 ==",
        '{| class="wikitable sortable"',
        "! Kustannuslaji !! Budjetti 2024 !! Toteuma 2024 !! Poikkeama",
    ]
    t = f.tables[0]
    for key, vals in t.rows:
        out.append("|-")
        out.append(
            f"| {lab(CATS, key, 'fi')} || "
            + " || ".join(cell(v, c, "sp") + " €" for v, c in zip(vals, t.columns, strict=False))
        )
    out += ["|}", "", "== Tavoitteet =="]
    for text, status in f.goals:
        out.append(f"* {text} – ''{goal_word(status, 'fi').lower()}''")
    out += ["", "[[Luokka:Hankkeet]] [[Luokka:Sosiaalipäivystys]]"]
    return f, "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------------
# id03: LaTeX source of a final report (North Savo)


def id03() -> tuple[Facts, str]:
    f = base(
        3,
        "pohjois_savo",
        "county/13",
        "fi",
        "txt",
        "final-report",
        "final-report",
        "latex-lahde",
        2025,
        "2025-11-28",
        "Savon muistipoliklinikan etäarviointi",
        "loppuraportti",
        ["Kuopio", "Iisalmi", "Leppävirta"],
        "organisation/savonia",
        "service/kanta",
        start="2023-01-01",
        end="2025-10-31",
    )
    auto_lights(f, 3, ["schedule", "costs", "output-quality", "benefits"], [f.name])
    f.tables.append(
        auto_table(
            f.name,
            13,
            "cumulative",
            None,
            ["granted", "actual"],
            ["own-staff-costs", "phone-and-ict-equipment", "expert-services", "travel"],
        )
    )
    granted = f.tables[0].rows[-1][1][0]
    actual = f.tables[0].rows[-1][1][1]
    f.money.append((f.name, int(granted - actual), "returned"))
    goals(f, 19)
    macro = {"g": "\\valo{vihreä}", "y": "\\valo{keltainen}", "r": "\\valo{punainen}"}
    t = f.tables[0]
    out = [
        "\\documentclass[a4paper,finnish]{article}",
        "\\usepackage[table]{xcolor}",
        "\\newcommand{\\valo}[1]{\\textcolor{#1}{\\rule{1ex}{1ex}}~#1}",
        f"\\title{{{f.name}: loppuraportti}}",
        "\\date{28.11.2025}",
        "\\begin{document}",
        "\\maketitle",
        "\\section{Perustiedot}",
        f"Hanke toteutettiin ajalla 1.1.2023--31.10.2025 ({county(f)}). Mukana olivat {munis(f, ', ', ' ja ')}."
        f" Rahoittaja: {org(f, 'organisation/stm')}. {org(f, 'organisation/savonia')} arvioi etäarvioinnin luotettavuutta.",
        "Arviointien tulokset kirjattiin Kanta-palveluihin.",
        f"Käyttämättä jäänyt avustus, {num(granted - actual, 'sp')}~euroa, palautetaan valtionapuviranomaiselle.",
        "\\section{Tilannevalot}",
        "Vihreä = suunnitelman mukaan; keltainen ja punainen = poikkeama.",
        "\\begin{tabular}{ll}",
        "\\textbf{Osa-alue} & \\textbf{Tila} \\\\ \\hline",
    ]
    for dim, colour in f.lights[f.name].items():
        out.append(f"{lab(DIMS, dim, 'fi')} & {macro[colour]} \\\\")
    out += [
        "\\end{tabular}",
        "\\section{Kustannukset}",
        "\\begin{tabular}{lrr}",
        "\\textbf{Kustannuslaji} & \\textbf{Myönnetty (€)} & \\textbf{Toteutunut (€)} \\\\ \\hline",
    ]
    for key, vals in t.rows:
        cells = " & ".join(num(v, "sp").replace(" ", "\\,") for v in vals)
        line = f"{lab(CATS, key, 'fi')} & {cells} \\\\"
        out.append(("\\hline " if key == "total" else "") + line)
    out += ["\\end{tabular}", "\\section{Tavoitteiden toteutuminen}", "\\begin{enumerate}"]
    for text, status in f.goals:
        out.append(f"  \\item {text}. \\emph{{{goal_word(status, 'fi')}.}}")
    out += ["\\end{enumerate}", "\\end{document}"]
    return f, "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------------
# id04 / id05: tidy (long-format) exports, one fact a row


def _tidy(f: Facts, sep: str, heads: list[str], words: dict[str, str], lightword: dict[str, str]) -> str:
    rows = [sep.join(heads)]
    L = f.lang
    rows.append(sep.join([f.name, "", words["name"], "", "", f.name]))
    rows.append(sep.join([f.name, "", words["county"], "", "", county(f)]))
    rows.append(sep.join([f.name, "", words["munis"], "", "", munis(f, " / ")]))
    rows.append(sep.join([f.name, "", words["period"], "", "", f"{f.start} – {f.end}"]))
    rows.append(sep.join([f.name, "", words["funder"], "", "", org(f, "organisation/stm")]))
    for label, pname in f.parts:
        rows.append(sep.join([f.name, pname, words["part"], "", "", f"{label}: {pname}"]))
    for p in f.partners:
        rows.append(sep.join([f.name, "", words["partner"], "", "", org(f, p)]))
    for s in f.services:
        rows.append(sep.join([f.name, "", words["service"], "", "", svc(f, s)]))
    for _p, amount, what in f.money:
        rows.append(sep.join([f.name, "", words[what], "", "", num(amount, "plain")]))
    for unit in units(f):
        for dim, colour in f.lights[unit].items():
            rows.append(
                sep.join(
                    [
                        f.name,
                        short(unit) if unit != f.name else "",
                        words["light"],
                        lab(DIMS, dim, L),
                        "",
                        lightword[colour],
                    ]
                )
            )
    for t in f.tables:
        for key, vals in t.rows:
            for v, c in zip(vals, t.columns, strict=False):
                rows.append(
                    sep.join(
                        [
                            f.name,
                            "",
                            f"{words['cost']} {lab(COLS, c, L)}",
                            lab(CATS, key, L),
                            str(t.year),
                            cell(v, c, "dec"),
                        ]
                    )
                )
    for i, (text, status) in enumerate(f.goals, 1):
        rows.append(sep.join([f.name, "", f"{words['goal']} {i}", text, "", goal_word(status, L)]))
    return "\n".join(rows) + "\n"


def id04() -> tuple[Facts, str]:
    f = base(
        4,
        "satakunta",
        "county/06",
        "fi",
        "csv",
        "status-report",
        "status-report",
        "pitka-muoto-rivi-per-tieto",
        2024,
        "2024-06-30",
        "Satakunnan omaishoidon valmennus",
        "seurantaraportti",
        ["Pori", "Rauma", "Eura", "Kankaanpää"],
        "organisation/samk",
        "service/lahella-fi",
        start="2023-09-01",
        end="2025-08-31",
        parts=[("Osio 1", "Valmennusryhmät"), ("Osio 2", "Sijaisomaishoito")],
        part_level="sub-project",
    )
    auto_lights(f, 4, ["schedule", "costs", "staff"])
    f.tables.append(
        auto_table(
            f.name,
            14,
            "annual",
            2024,
            ["budget", "actual"],
            ["own-staff-costs", "service-purchases", "premises", "travel"],
        )
    )
    f.money.append((f.name, 640000, "granted"))
    goals(f, 5)
    words = {
        "name": "hanke",
        "county": "hyvinvointialue",
        "munis": "kunnat",
        "period": "toteutusaika",
        "funder": "rahoittaja",
        "partner": "yhteistyökumppani",
        "part": "osio",
        "service": "kansallinen palvelu",
        "granted": "myönnetty avustus (€)",
        "light": "tilannevalo",
        "cost": "kustannus",
        "goal": "tavoite",
    }
    text = _tidy(f, ";", ["hanke", "osio", "tieto", "tarkenne", "vuosi", "arvo"], words, COLOUR["fi"])
    text = (
        "# Vienti seurantajärjestelmästä 30.6.2024; tilannevalo: vihreä = suunnitelmassa, keltainen/punainen = poikkeama\n"
        + text
    )
    return f, text


def id05() -> tuple[Facts, str]:
    f = base(
        5,
        "pohjanmaa",
        "county/17",
        "sv",
        "tsv",
        "status-report",
        "status-report",
        "langformat-rad-per-uppgift",
        2025,
        "2025-03-31",
        "Österbottens mobila tandvård",
        "uppfoljning",
        ["Närpes", "Kristinestad", "Korsholm"],
        "organisation/novia",
        "service/suomi-fi-viestit",
        start="2024-02-01",
        end="2026-01-31",
    )
    auto_lights(f, 5, ["schedule", "costs", "output-scope", "risks"], [f.name])
    f.tables.append(
        auto_table(
            f.name,
            15,
            "period",
            2025,
            ["period-budget", "period-actual"],
            ["staff-costs", "materials", "travel", "phone-and-ict-equipment"],
        )
    )
    f.money.append((f.name, 510000, "granted"))
    goals(f, 1)
    words = {
        "name": "projekt",
        "county": "välfärdsområde",
        "munis": "kommuner",
        "period": "genomförandetid",
        "funder": "finansiär",
        "partner": "samarbetspartner",
        "part": "delprojekt",
        "service": "nationell tjänst",
        "granted": "beviljat understöd (€)",
        "light": "trafikljus",
        "cost": "kostnad 1.1–31.3",
        "goal": "mål",
    }
    text = _tidy(
        f, "\t", ["projekt", "delprojekt", "uppgift", "precisering", "år", "värde"], words, COLOUR["sv"]
    )
    text = "# grön = enligt plan, gul och röd = avvikelse\n" + text
    return f, text


# --------------------------------------------------------------------------------------------------
# id06: an .eml whose plain body is base64 (Lapland)


def id06() -> tuple[Facts, str]:
    f = base(
        6,
        "lappi",
        "county/21",
        "fi",
        "eml",
        "status-report",
        "status-report",
        "eml-base64-runko",
        2024,
        "2024-12-03",
        "Lapin etäapteekkipalvelu",
        "ohjausryhman_muistio",
        ["Rovaniemi", "Inari", "Kittilä", "Sodankylä"],
        "organisation/lapin-amk",
        "service/kanta",
        start="2023-05-01",
        end="2025-12-31",
        parts=[("Kokeilu 1", "Lääkeautomaatit terveysasemilla"), ("Kokeilu 2", "Farmaseutin etävastaanotto")],
    )
    auto_lights(f, 6, ["schedule", "costs", "output-quality", "staff"])
    f.tables.append(
        auto_table(
            f.name,
            16,
            "cumulative",
            None,
            ["granted", "actual", "committed"],
            ["phone-and-ict-equipment", "own-staff-costs", "service-purchases", "travel"],
        )
    )
    grant = int(f.tables[0].rows[-1][1][0])
    f.money.append((f.name, grant, "granted"))
    goals(f, 20)
    word = {"g": "OK", "y": "HUOMIO", "r": "HÄLYTYS"}
    body = [
        "Hei ohjausryhmä,",
        "",
        f"alla joulukuun tilannekatsaus hankkeesta {f.name} ({county(f)}).",
        f"Kunnat: {munis(f)}. Valtionavustus {num(grant, 'sp')} euroa ({org(f, 'organisation/stm')}).",
        f"{org(f, 'organisation/lapin-amk')} arvioi farmaseutin etävastaanoton. Reseptitiedot luetaan Kanta-palveluista.",
        "Hanke kestää 1.5.2023–31.12.2025.",
        "",
        "TILANNE (OK = suunnitelmassa, HUOMIO = lievä poikkeama, HÄLYTYS = vakava poikkeama)",
    ]
    for unit in units(f):
        body.append(f"  {unit}")
        for dim, colour in f.lights[unit].items():
            body.append(f"    {lab(DIMS, dim, 'fi')}: {word[colour]}")
    body += ["", "KUSTANNUKSET, kertymä hankkeen alusta (€)", "  Laji | Myönnetty | Toteutunut | Sidottu"]
    t = f.tables[0]
    for key, vals in t.rows:
        body.append("  " + " | ".join([lab(CATS, key, "fi")] + [num(v, "dot") for v in vals]))
    body += ["", "TAVOITTEET"]
    for text, status in f.goals:
        body.append(f"  - {text} ({goal_word(status, 'fi').lower()})")
    body += ["", "Terveisin", "Hankepäällikkö"]
    payload = base64.encodebytes("\n".join(body).encode("utf-8")).decode("ascii")
    head = [
        "From: Hankepaallikko <hankepaallikko@example.invalid>",
        "To: Ohjausryhma <ohjausryhma@example.invalid>",
        "Subject: =?utf-8?q?Tilannekatsaus_joulukuu_2024?=",
        "Date: Tue, 03 Dec 2024 08:12:00 +0200",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: base64",
        "",
    ]
    return f, "\n".join(head) + "\n" + payload


# --------------------------------------------------------------------------------------------------
# id07: English .eml with only an HTML body (Helsinki)


def id07() -> tuple[Facts, str]:
    f = base(
        7,
        "helsinki",
        "county/90",
        "en",
        "eml",
        "status-report",
        "status-report",
        "eml-html-confidence",
        2025,
        "2025-05-12",
        "Helsinki Night Outreach for Substance Users",
        "status_mail",
        ["Helsinki"],
        "organisation/metropolia",
        "service/mielenterveystalo",
        start="2024-04-01",
        end="2026-03-31",
        parts=[("Stream A", "Street outreach van"), ("Stream B", "Low-threshold night clinic")],
    )
    auto_lights(f, 7, ["schedule", "costs", "staff", "risks"])
    f.tables.append(
        auto_table(
            f.name,
            17,
            "annual",
            2025,
            ["budget", "actual", "forecast"],
            ["staff-costs", "premises", "materials", "service-purchases"],
        )
    )
    f.money.append((f.name, 1200000, "granted"))
    goals(f, 1)
    word = {"g": "High", "y": "Medium", "r": "Low"}
    rows = []
    for unit in units(f):
        for dim, colour in f.lights[unit].items():
            rows.append(f"<tr><td>{unit}</td><td>{lab(DIMS, dim, 'en')}</td><td>{word[colour]}</td></tr>")
    t = f.tables[0]
    cost = "".join(
        "<tr><td>"
        + lab(CATS, k, "en")
        + "</td>"
        + "".join(f'<td align="right">{num(v, "eneur")}</td>' for v in vals)
        + "</tr>"
        for k, vals in t.rows
    )
    gl = "".join(f"<li>{text}: <i>{goal_word(status, 'en').lower()}</i></li>" for text, status in f.goals)
    html = f"""<html><body>
<p>Dear board members,</p>
<p>here is the May update of <b>{f.name}</b> ({county(f)}). The project runs from 1 April 2024 to 31 March 2026 and is
funded by the {org(f, "organisation/stm")} with a grant of {num(1200000, "eneur")}. {org(f, "organisation/metropolia")}
trains the outreach workers; clients are guided to Mielenterveystalo self-help programmes.</p>
<p>Confidence that each area will be delivered as planned (High = on plan; Medium and Low = deviation):</p>
<table border="1"><tr><th>Stream</th><th>Area</th><th>Confidence</th></tr>{"".join(rows)}</table>
<p>Costs 2025 (EUR)</p>
<table border="1"><tr><th>Category</th><th>Budget 2025</th><th>Actual Jan-Apr</th><th>Forecast 2025</th></tr>{cost}</table>
<p>Objectives</p><ul>{gl}</ul>
<p>Best regards,<br>Project manager</p></body></html>"""
    head = [
        "From: Project manager <pm@example.invalid>",
        "To: Board <board@example.invalid>",
        "Subject: Night outreach - May update",
        "Date: Mon, 12 May 2025 16:40:00 +0300",
        "MIME-Version: 1.0",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    return f, "\n".join(head) + "\n" + html + "\n"


# --------------------------------------------------------------------------------------------------
# A configurable report: most of the set is one of its combinations (head, light scale and layout,
# table style and number format, goal form), each stated in test33_forms.md.

SCALES: dict[str, tuple[dict[str, str], str]] = {
    "bars": (
        {"g": "▰▰▰▰▰", "y": "▰▰▰▱▱", "r": "▰▱▱▱▱"},
        "Palkki: ▰▰▰▰▰ = etenee suunnitellusti, ▰▰▰▱▱ = lievä poikkeama, ▰▱▱▱▱ = vakava poikkeama.",
    ),
    "plus": (
        {"g": "+", "y": "±", "r": "−"},
        "Merkinnät: + suunnitelman mukainen, ± pieni poikkeama, − merkittävä poikkeama.",
    ),
    "slv": ({"g": "S", "y": "L", "r": "V"}, "S = suunnitelmassa, L = lievä poikkeama, V = vakava poikkeama"),
    "lvl": (
        {"g": "0", "y": "1", "r": "2"},
        "Poikkeamataso: 0 = ei poikkeamaa, 1 = vähäinen poikkeama, 2 = merkittävä poikkeama",
    ),
    "badge": (
        {"g": "OK", "y": "HUOMIO", "r": "KRIITTINEN"},
        "OK = suunnitelman mukaan; HUOMIO ja KRIITTINEN = poikkeama",
    ),
    "en": (
        {"g": "On track", "y": "Some concerns", "r": "Off track"},
        "On track = as planned; Some concerns / Off track = deviation.",
    ),
    "svw": (
        {"g": "enligt plan", "y": "viss avvikelse", "r": "betydande avvikelse"},
        "Skala: enligt plan / viss avvikelse / betydande avvikelse",
    ),
    "hearts": (
        {"g": "💚", "y": "💛", "r": "❤️"},
        "💚 = suunnitelmassa, 💛 = seurattava poikkeama, ❤️ = vakava poikkeama",
    ),
    "moons": (
        {"g": "🌕", "y": "🌗", "r": "🌑"},
        "🌕 full = as planned, 🌗 half = minor deviation, 🌑 new = serious deviation",
    ),
    "score": (
        {"g": "9", "y": "6", "r": "3"},
        "Arvosana 1–10: 8–10 = suunnitelmassa, 5–7 = lievä poikkeama, 1–4 = vakava poikkeama",
    ),
    "hash": (
        {"g": "[###]", "y": "[##-]", "r": "[#--]"},
        "[###] = enligt plan, [##-] = mindre avvikelse, [#--] = allvarlig avvikelse",
    ),
    "sev": ({"g": "ei poikkeamaa", "y": "pieni poikkeama", "r": "merkittävä poikkeama"}, ""),
    "tick": ({"g": "✓", "y": "~", "r": "✗"}, "✓ = as planned, ~ = minor deviation, ✗ = major deviation"),
    "valo": (
        {"g": "vihreä valo", "y": "keltainen valo", "r": "punainen valo"},
        "Vihreä valo = suunnitelmassa; keltainen tai punainen valo = poikkeama.",
    ),
    "sv3": (
        {"g": "grönt", "y": "gult", "r": "rött"},
        "grönt = enligt plan, gult = avvikelse som följs upp, rött = allvarlig avvikelse",
    ),
    "star": (
        {"g": "✪✪✪", "y": "✪✪", "r": "✪"},
        "✪✪✪ = suunnitelmassa, ✪✪ = lievä poikkeama, ✪ = vakava poikkeama",
    ),
    "pct": (
        {"g": "95 %", "y": "70 %", "r": "40 %"},
        "Luku kertoo, kuinka suuri osa osa-alueen suunnitelmasta toteutuu ajallaan; vähintään 90 % = suunnitelmassa, alle 90 % = poikkeama.",
    ),
}

GOALWORD_ALT = {
    "fi2": {
        "achieved": "saavutettu",
        "partly-achieved": "toteutui osittain",
        "not-achieved": "jäi saavuttamatta",
        "moved-later": "siirtyi seuraavalle hankekaudelle",
        "unfinished": "jäi kesken",
        "unknown": "arvioidaan myöhemmin",
    },
}

LABELS = {
    "fi": {
        "name": "Hankkeen nimi",
        "county": "Hyvinvointialue",
        "munis": "Kunnat",
        "period": "Toteutusaika",
        "funder": "Rahoittaja",
        "partner": "Yhteistyökumppani",
        "service": "Hyödynnettävä kansallinen palvelu",
        "coimpl": "Osatoteuttaja",
        "parts": "Osakokonaisuudet",
        "granted": "Myönnetty valtionavustus",
        "total": "Kokonaiskustannukset",
        "applied": "Haettu avustus",
        "estimate": "Kustannusarvio",
        "returned": "Palautettava avustus",
        "lights": "Tilannekuva",
        "costs": "Kustannukset",
        "goals": "Tavoitteet ja niiden toteutuminen",
        "area": "Osa-alue",
        "cat": "Kustannuslaji",
        "eur": "euroa",
        "date": "Päivitetty",
    },
    "sv": {
        "name": "Projektets namn",
        "county": "Välfärdsområde",
        "munis": "Kommuner",
        "period": "Genomförandetid",
        "funder": "Finansiär",
        "partner": "Samarbetspartner",
        "service": "Nationell tjänst som används",
        "coimpl": "Delgenomförare",
        "parts": "Delar",
        "granted": "Beviljat statsunderstöd",
        "total": "Totala kostnader",
        "applied": "Ansökt understöd",
        "estimate": "Kostnadsberäkning",
        "returned": "Understöd som återbetalas",
        "lights": "Lägesbild",
        "costs": "Kostnader",
        "goals": "Mål och måluppfyllelse",
        "area": "Område",
        "cat": "Kostnadsslag",
        "eur": "euro",
        "date": "Uppdaterad",
    },
    "en": {
        "name": "Project name",
        "county": "Wellbeing services county",
        "munis": "Municipalities",
        "period": "Duration",
        "funder": "Funder",
        "partner": "Partner",
        "service": "National service used",
        "coimpl": "Co-implementer",
        "parts": "Parts",
        "granted": "Government grant awarded",
        "total": "Total costs",
        "applied": "Grant applied for",
        "estimate": "Cost estimate",
        "returned": "Grant to be returned",
        "lights": "Status",
        "costs": "Costs",
        "goals": "Objectives and their achievement",
        "area": "Area",
        "cat": "Cost category",
        "eur": "EUR",
        "date": "Updated",
    },
}


def _d(iso: str | None, lang: str) -> str:
    if not iso:
        return ""
    y, m, d = iso.split("-")
    if lang == "en":
        return f"{int(d)} {['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][int(m)]} {y}"
    return f"{int(d)}.{int(m)}.{y}"


def head_lines(f: Facts, style: str) -> list[str]:
    """The project's facts, as labelled fields or as sentences."""
    L = LABELS[f.lang]
    money = [(L[w], num(a, "sp") + " " + L["eur"]) for _p, a, w in f.money]
    partner = ", ".join(org(f, p) for p in f.partners)
    service = ", ".join(svc(f, s) for s in f.services)
    co = ", ".join(munis_one(f, k) for k in f.coimpl)
    fields = [
        (L["name"], f.name),
        (L["county"], county(f)),
        (L["munis"], munis(f)),
        (L["period"], f"{_d(f.start, f.lang)} – {_d(f.end, f.lang)}"),
        (L["funder"], org(f, "organisation/stm") if f.funder else "-"),
    ]
    if f.parts:
        fields.append((L["parts"], "; ".join(f.part_names())))
    if co:
        fields.append((L["coimpl"], co))
    if partner:
        fields.append((L["partner"], partner))
    if service:
        fields.append((L["service"], service))
    fields += money
    if style == "fields":
        return [f"{k}: {v}" for k, v in fields]
    if style == "bold":
        return [f"**{k}:** {v}  " for k, v in fields]
    if style == "dots":
        return [f"{k} {'.' * (34 - len(k))} {v}" for k, v in fields]
    if style == "rstfield":
        return [f":{k}: {v}" for k, v in fields]
    if style == "html":
        return ["<dl>"] + [f"<dt>{k}</dt><dd>{v}</dd>" for k, v in fields] + ["</dl>"]
    if style == "htmltable":
        return (
            ['<table class="perustiedot">']
            + [f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields]
            + ["</table>"]
        )
    raise ValueError(style)


def munis_one(f: Facts, key: str) -> str:
    from test33_render import muni_label

    return muni_label(key, f.lang)


def light_lines(f: Facts, scale: str, layout: str, fmt: str) -> list[str]:
    values, key = SCALES[scale]
    L = f.lang
    us = list(f.lights)
    dims = list(next(iter(f.lights.values())))
    out: list[str] = []
    if key and layout != "keylast":
        out.append(key)
        out.append("")
    if layout in ("list", "keylast"):
        for u in us:
            if len(us) > 1 or u != f.name:
                out.append(f"{u}" if fmt != "md" else f"**{u}**")
            for d in dims:
                out.append(f"- {lab(DIMS, d, L)}: {values[f.lights[u][d]]}")
            out.append("")
    elif layout == "inline":
        for u in us:
            parts = ", ".join(f"{lab(DIMS, d, L)} {values[f.lights[u][d]]}" for d in dims)
            out.append(f"{u}: {parts}.")
    elif layout == "matrix":
        head = [LABELS[L]["area"]] + [short(u) if u != f.name else u for u in us]
        rows = [[lab(DIMS, d, L)] + [values[f.lights[u][d]] for u in us] for d in dims]
        out += grid(head, rows, fmt)
    elif layout == "transposed":
        head = [""] + [lab(DIMS, d, L) for d in dims]
        rows = [[u] + [values[f.lights[u][d]] for d in dims] for u in us]
        out += grid(head, rows, fmt)
    if key and layout == "keylast":
        out.append(f"({key})")
    return out


def grid(head: list[str], rows: list[list[str]], fmt: str) -> list[str]:
    if fmt == "md":
        return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + [
            "| " + " | ".join(r) + " |" for r in rows
        ]
    if fmt == "html":
        return (
            ["<table>", "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
            + ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows]
            + ["</table>"]
        )
    if fmt == "tab":
        return ["\t".join(head)] + ["\t".join(r) for r in rows]
    if fmt == "semi":
        return [";".join(head)] + [";".join(r) for r in rows]
    if fmt == "rst":
        widths = [max(len(x) for x in col) + 2 for col in zip(head, *rows, strict=False)]
        rule = "  ".join("=" * w for w in widths)
        line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip()  # noqa: E731
        return [rule, line(head), rule] + [line(r) for r in rows] + [rule]
    # fixed-width text
    widths = [max(len(x) for x in col) + 2 for col in zip(head, *rows, strict=False)]

    def line(r: list[str]) -> str:
        return (
            r[0].ljust(widths[0]) + "".join(c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=False))
        ).rstrip()

    return [line(head), "-" * sum(widths)] + [line(r) for r in rows]


def cost_lines(
    f: Facts, t, fmt: str, style: str, title: str, colnames: dict[str, str] | None = None
) -> list[str]:
    L = f.lang
    head = [LABELS[L]["cat"]] + [(colnames or {}).get(c, lab(COLS, c, L)) for c in t.columns]
    rows = [
        [lab(CATS, k, L)] + [cell(v, c, style) for v, c in zip(vals, t.columns, strict=False)]
        for k, vals in t.rows
    ]
    return [title, "", *grid(head, rows, fmt), ""]


def goal_lines(f: Facts, form: str, words: dict[str, str] | None = None) -> list[str]:
    w = words or GOAL_WORDS_FOR(f.lang)
    out = []
    for i, (text, status) in enumerate(f.goals, 1):
        if form == "dash":
            out.append(f"- {text} – {w[status]}")
        elif form == "num":
            out.append(f"{i}. {text}: {w[status]}")
        elif form == "statusfirst":
            out.append(f"[{w[status].upper()}] {text}")
        elif form == "twoline":
            out += [
                f"{i}) {text}",
                f"   Arvio: {w[status]}"
                if f.lang == "fi"
                else f"   {'Bedömning' if f.lang == 'sv' else 'Assessment'}: {w[status]}",
            ]
        elif form == "paren":
            out.append(f"* {text} ({w[status]})")
    return out


def GOAL_WORDS_FOR(lang: str) -> dict[str, str]:
    from test33_model import GOAL_WORDS

    return GOAL_WORDS[lang]


def report(
    f: Facts,
    title: str,
    fmt: str,
    headstyle: str,
    scale: str,
    layout: str,
    tfmt: str,
    nstyle: str,
    gform: str,
    intro: list[str] | None = None,
    ttitles: list[str] | None = None,
    gwords: dict[str, str] | None = None,
    lights_title: str | None = None,
    colnames: dict[str, str] | None = None,
    tail: list[str] | None = None,
) -> str:
    L = LABELS[f.lang]
    h = {
        "md": lambda s, n: "#" * n + " " + s,
        "txt": lambda s, n: s.upper() if n == 1 else s + "\n" + "-" * len(s),
        "rst": lambda s, n: s + "\n" + ("=" if n == 1 else "-") * len(s),
        "html": lambda s, n: f"<h{n}>{s}</h{n}>",
    }[fmt]
    out = [h(title, 1), ""]
    out += [*head_lines(f, headstyle), ""]
    out += intro or []
    out += ["", h(lights_title or L["lights"], 2), ""]
    out += [*light_lines(f, scale, layout, tfmt), ""]
    for i, t in enumerate(f.tables):
        tt = (ttitles or [L["costs"]] * len(f.tables))[i]
        out += [h(tt, 2), *cost_lines(f, t, tfmt, nstyle, "", colnames)]
    out += [h(L["goals"], 2), "", *goal_lines(f, gform, gwords), ""]
    out += tail or []
    text = "\n".join(out)
    if fmt == "html":
        text = text.replace("\n\n", "\n<p></p>\n")
        text = (
            f'<!DOCTYPE html>\n<html lang="{f.lang}">\n<head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n'
            + text
            + "\n</body>\n</html>"
        )
    return text + "\n"


def consistent(f: Facts, amount: int, what: str) -> int:
    """A sum in prose that agrees with the document's own cost table: the grant is the table's granted
    total (or 80 % of a whole-project budget, or more than a year's budget); a returned sum is the
    unspent grant; a total is the whole-project budget."""
    t = f.tables[0]
    total = dict(zip(t.columns, t.rows[-1][1], strict=True))
    whole = t.kind == "cumulative" and len(f.tables) == 1
    if what == "granted":
        if whole and "granted" in total:
            return int(total["granted"])
        if whole and "budget" in total:
            return round(total["budget"] * 0.8 / 1000) * 1000
        if t.kind in ("annual", "period"):
            base_ = total.get("budget", total.get("period-budget", total.get("granted", 0)))
            return max(amount, round(base_ * 2.2 / 1000) * 1000)
    if what == "returned" and whole and "granted" in total and "actual" in total:
        return int(total["granted"] - total["actual"])
    if what == "total" and whole and "budget" in total:
        return int(total["budget"])
    return amount


def std(
    f: Facts,
    seed: int,
    dims: list[str],
    cols: list[str],
    cats: list[str],
    kind: str = "cumulative",
    year: int | None = None,
    gstart: int = 0,
    plan: bool = False,
    lights_units: list[str] | None = None,
    money: list[tuple[int, str]] | None = None,
    scale: int = 1,
    per_part_tables: bool = False,
) -> Facts:
    auto_lights(f, seed, dims, lights_units)
    if per_part_tables:
        for i, u in enumerate(units(f)):
            f.tables.append(auto_table(u, seed * 10 + i, kind, year, cols, cats, scale))
    else:
        f.tables.append(auto_table(f.name, seed * 10, kind, year, cols, cats, scale))
    for amount, what in money or [(500000 + seed * 37000, "granted")]:
        f.money.append((f.name, consistent(f, amount, what), what))
    goals(f, gstart, plan=plan)
    return f


# ------------------------------------------------------------------------------------------------------
# id08-id40: combinations of the configurable report


def id08() -> tuple[Facts, str]:
    f = base(
        8,
        "kanta_hame",
        "county/07",
        "fi",
        "md",
        "status-report",
        "status-report",
        "palkit-matriisi-t1",
        2024,
        "2024-09-30",
        "Hämeen perhekeskusten verkostotyö",
        "valiraportti",
        ["Hämeenlinna", "Riihimäki", "Forssa"],
        "organisation/hamk",
        "service/omaperhe-fi",
        start="2023-04-01",
        end="2025-12-31",
        parts=[("Kehittämispolku 1", "Vauvaperheiden kotikäynnit"), ("Kehittämispolku 2", "Eroperheiden tuki")],
    )
    std(
        f,
        8,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual"],
        ["own-staff-costs", "service-purchases", "communication-services"],
        gstart=6,
    )
    text = report(
        f,
        "Väliraportti 2/2024",
        "md",
        "bold",
        "bars",
        "matrix",
        "md",
        "k1",
        "dash",
        intro=[
            f"{org(f, 'organisation/hamk')} kouluttaa perhekeskusten työntekijät. Palvelut kootaan OmaPerhe.fi-palveluun."
        ],
        ttitles=["Kustannukset hankkeen alusta (1 000 €)"],
    )
    return f, text


def id09() -> tuple[Facts, str]:
    f = base(
        9,
        "paijat_hame",
        "county/09",
        "fi",
        "html",
        "county-page",
        "county-page",
        "details-osiot-plusmiinus",
        2025,
        "2025-04-08",
        "Päijät-Hämeen kotiutuksen sujuvoittaminen",
        "hankesivu",
        ["Lahti", "Heinola", "Hollola", "Orimattila"],
        "organisation/lab",
        "service/kanta",
        start="2024-01-01",
        end="2025-12-31",
        parts=[
            ("Toimenpide 1", "Kotiutushoitajan puhelinseuranta"),
            ("Toimenpide 2", "Kotiutuskoordinaatio viikonloppuisin"),
        ],
    )
    std(
        f,
        9,
        ["schedule", "costs", "output-quality", "risks"],
        ["budget", "actual", "committed"],
        ["staff-costs", "software", "travel", "expert-services"],
        gstart=2,
        money=[(1380000, "total"), (1100000, "granted")],
    )
    L = LABELS["fi"]
    vals, key = SCALES["plus"]
    out = [
        f"<h1>{f.name}</h1>",
        *head_lines(f, "htmltable"),
        f"<p>Hankkeen arvioinnista vastaa {org(f, 'organisation/lab')}. Kotiutuksen tiedot siirtyvät Kanta-palveluihin.</p>",
        f"<p>{key}</p>",
    ]
    for u in units(f):
        out.append(f"<details open><summary>{u}</summary><ul>")
        out += [
            f'<li>{lab(DIMS, d, "fi")} <span class="merkki">{vals[c]}</span></li>'
            for d, c in f.lights[u].items()
        ]
        out.append("</ul></details>")
    out.append("<details><summary>Kustannukset hankkeen alusta</summary>")
    out += cost_lines(f, f.tables[0], "html", "nb", "")
    out.append("</details>")
    out.append(f"<details><summary>{L['goals']}</summary><ol>")
    out += [f"<li>{t} <em>({goal_word(s, 'fi').lower()})</em></li>" for t, s in f.goals]
    out.append("</ol></details>")
    body = "\n".join(out)
    return (
        f,
        f'<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8"><title>{f.name}</title></head><body>\n{body}\n</body></html>\n',
    )


def id10() -> tuple[Facts, str]:
    f = base(
        10,
        "etela_savo",
        "county/12",
        "fi",
        "md",
        "status-report",
        "status-report",
        "muistio-proosavalot",
        2025,
        "2025-01-22",
        "Etelä-Savon saattohoidon kotiin vietävät palvelut",
        "ohjausryhman_muistio",
        ["Mikkeli", "Pieksämäki", "Juva"],
        "organisation/xamk",
        "service/terveyskyla",
        start="2023-08-01",
        end="2025-12-31",
    )
    std(
        f,
        10,
        ["schedule", "costs", "staff", "output-scope"],
        ["granted", "actual", "utilisation-percent"],
        ["own-staff-costs", "service-purchases", "travel", "materials"],
        gstart=18,
        lights_units=[f.name],
    )
    lw = {"g": "etenee suunnitellusti", "y": "on lievässä poikkeamassa", "r": "on vakavassa poikkeamassa"}
    prose = []
    for d, c in f.lights[f.name].items():
        prose.append(f"{lab(DIMS, d, 'fi')} {lw[c]}.")
    out = [
        f"# Ohjausryhmän muistio 22.1.2025 – {f.name}",
        "",
        "Läsnä: ohjausryhmän jäsenet (8), hankepäällikkö sihteerinä.",
        "",
        "## 1. Hankkeen perustiedot",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/xamk')} tekee hankkeen arvioinnin. Omaisille tarjotaan Terveyskylän saattohoitotaloa.",
        "",
        "## 2. Tilannekatsaus",
        "",
        "Hankepäällikkö esitteli tilanteen. " + " ".join(prose),
        "Ohjausryhmä merkitsi tilanteen tiedoksi.",
        "",
        "## 3. Talous",
        "",
    ]
    out += cost_lines(f, f.tables[0], "md", "spe", "Kertymä 31.12.2024 asti")
    out += ["## 4. Tavoitteiden toteutuminen", "", *goal_lines(f, "num", GOALWORD_ALT["fi2"])]
    out += ["", "## 5. Seuraava kokous", "", "Seuraava kokous pidetään 9.4.2025 Mikkelissä."]
    return f, "\n".join(out) + "\n"


def id11() -> tuple[Facts, str]:
    f = base(
        11,
        "keski_suomi",
        "county/15",
        "fi",
        "txt",
        "board-minutes",
        "board-minutes",
        "poytakirja-pykala-liite",
        2024,
        "2024-11-19",
        "Keski-Suomen lastensuojelun perhekuntoutus",
        "poytakirja",
        ["Jyväskylä", "Jämsä", "Äänekoski", "Keuruu"],
        "organisation/jamk",
        "service/omaperhe-fi",
        start="2023-01-01",
        end="2025-12-31",
        parts=[
            ("Osakokonaisuus 1", "Intensiivinen perhetyö"),
            ("Osakokonaisuus 2", "Sijaishuollon tukiperheet"),
        ],
    )
    f.coimpl = ["municipality/jamsa"]
    std(
        f,
        11,
        ["schedule", "costs", "staff", "benefits", "risks"],
        ["budget", "actual", "forecast", "deviation"],
        ["staff-costs", "service-purchases", "premises", "other-costs"],
        kind="annual",
        year=2024,
        gstart=30,
    )
    body = [
        "KESKI-SUOMEN HYVINVOINTIALUE",
        "Sosiaali- ja terveyslautakunta",
        "PÖYTÄKIRJA 9/2024",
        "Aika 19.11.2024 klo 14.00–16.10",
        "",
        f"§ 142  {f.name}: tilannekatsaus",
        "",
        f"Valmistelija: kehittämispäällikkö. Lautakunnalle esitellään hankkeen tilanne (liite 3). Jämsän kaupunki on hankkeen osatoteuttaja;"
        f" {org(f, 'organisation/jamk')} kouluttaa tukiperheet.",
        "",
        "Päätösehdotus: Lautakunta merkitsee tilannekatsauksen tiedoksi.",
        "Päätös: Hyväksyttiin.",
        "",
        "§ 143  Kokouksen päättäminen",
        "",
        "Puheenjohtaja päätti kokouksen klo 16.10.",
        "",
        "=" * 60,
        "LIITE 3 / § 142",
        "",
    ]
    body += [*head_lines(f, "dots"), ""]
    body += ["Tilannevalot (S/L/V)", *light_lines(f, "slv", "transposed", "txt"), ""]
    body += cost_lines(
        f, f.tables[0], "txt", "sp", "Talousarvio ja toteuma 2024 sekä ennuste vuoden loppuun (euroa)"
    )
    body += ["Tavoitteet", *goal_lines(f, "twoline")]
    return f, "\n".join(body) + "\n"


def id12() -> tuple[Facts, str]:
    f = base(
        12,
        "lansi_uusimaa",
        "county/03",
        "sv",
        "txt",
        "board-minutes",
        "board-minutes",
        "protokoll-paragraf-bilaga",
        2025,
        "2025-03-11",
        "Västra Nylands hemrehabilitering",
        "protokoll",
        ["Raseborg", "Hangö", "Ingå", "Lojo"],
        "organisation/novia",
        "service/suomi-fi-viestit",
        start="2024-03-01",
        end="2026-02-28",
        parts=[
            ("Delprojekt 1", "Rehabilitering efter sjukhusvistelse"),
            ("Delprojekt 2", "Gruppträning i byarna"),
        ],
    )
    std(
        f,
        12,
        ["schedule", "costs", "staff", "risks"],
        ["budget", "actual"],
        ["staff-costs", "travel", "materials", "premises"],
        kind="annual",
        year=2025,
        gstart=0,
        money=[(760000, "granted")],
    )
    body = [
        "VÄSTRA NYLANDS VÄLFÄRDSOMRÅDE",
        "Nämnden för äldreomsorg",
        "PROTOKOLL 3/2025",
        "Tid: 11.3.2025 kl. 17.00",
        "",
        f"§ 27  Lägesrapport: {f.name}",
        "",
        f"Beredning: utvecklingschef. {org(f, 'organisation/novia')} utvärderar gruppträningen. Kallelser skickas via Suomi.fi-meddelanden.",
        "Förslag: Nämnden antecknar lägesrapporten för kännedom. Beslut: Förslaget godkändes.",
        "",
        "BILAGA 1 till § 27",
        "",
    ]
    body += [*head_lines(f, "fields"), ""]
    body += light_lines(f, "hash", "list", "txt")
    body += cost_lines(f, f.tables[0], "tab", "sp", "Budget och utfall 2025 (1.1–28.2), euro")
    body += ["Mål", *goal_lines(f, "dash")]
    return f, "\n".join(body) + "\n"


def id13() -> tuple[Facts, str]:
    f = base(
        13,
        "ita_uusimaa",
        "county/01",
        "en",
        "html",
        "status-report",
        "status-report",
        "sharepoint-list-en",
        2024,
        "2024-08-14",
        "Porvoo Region Digital Home Care",
        "status_list",
        ["Porvoo", "Loviisa", "Sipoo"],
        "organisation/laurea",
        "service/omaolo",
        start="2023-06-01",
        end="2025-05-31",
        parts=[("Workstream 1", "Remote medication reminders"), ("Workstream 2", "Video visits at night")],
    )
    std(
        f,
        13,
        ["schedule", "costs", "output-quality", "staff"],
        ["budget", "actual", "forecast"],
        ["own-staff-costs", "phone-and-ict-equipment", "software", "expert-services"],
        gstart=4,
    )
    vals, key = SCALES["en"]
    rows = "".join(
        f'<tr class="ms-itmhover"><td class="ms-vb2">{u}</td><td class="ms-vb2">{lab(DIMS, d, "en")}</td><td class="ms-vb2">{vals[c]}</td><td class="ms-vb2">Project manager</td></tr>'
        for u in units(f)
        for d, c in f.lights[u].items()
    )
    out = [
        f"<h1>{f.name}</h1>",
        *head_lines(f, "html"),
        f"<p>{org(f, 'organisation/laurea')} evaluates the video visits. Clients start with an Omaolo symptom check.</p>",
        f"<p>{key}</p>",
        '<table class="ms-listviewtable"><tr class="ms-viewheadertr"><th>Workstream</th><th>Area</th><th>Status</th><th>Modified by</th></tr>'
        + rows
        + "</table>",
    ]
    out += cost_lines(f, f.tables[0], "html", "en", "<h2>Costs since the start (EUR)</h2>")
    out += [
        "<h2>Objectives</h2>",
        '<table class="ms-listviewtable"><tr><th>Objective</th><th>Achievement</th></tr>',
    ]
    out += [f"<tr><td>{t}</td><td>{goal_word(s, 'en')}</td></tr>" for t, s in f.goals] + ["</table>"]
    body = "\n".join(out)
    return (
        f,
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{f.name}</title></head><body>\n{body}\n</body></html>\n',
    )


def _html(f: Facts, body: list[str], title: str | None = None) -> str:
    b = "\n".join(body)
    return f'<!DOCTYPE html>\n<html lang="{f.lang}"><head><meta charset="utf-8"><title>{title or f.name}</title></head><body>\n{b}\n</body></html>\n'


def id14() -> tuple[Facts, str]:
    f = base(
        14,
        "kymenlaakso",
        "county/10",
        "fi",
        "html",
        "innokyla-page",
        "innokyla-page",
        "toimintamalli-valilehtinav-sydamet",
        2025,
        "2025-06-02",
        "Kymen kotisairaalan iltapartio",
        "toimintamalli",
        ["Kotka", "Kouvola", "Hamina"],
        "organisation/xamk",
        "service/kanta",
        start=None,
        end=None,
    )
    std(
        f,
        14,
        ["schedule", "costs", "benefits"],
        ["budget", "actual"],
        ["staff-costs", "travel", "materials"],
        gstart=16,
        lights_units=[f.name],
        money=[(420000, "total")],
    )
    f.funder = None
    f.funder_org = False
    vals, key = SCALES["hearts"]
    body = [
        '<nav class="tabs"><a aria-current="page" href="#">Perustiedot</a><a href="#">Kuvaus</a><a href="#">Arviointi</a><a href="#">Tulokset</a></nav>',
        f"<h1>{f.name}</h1>",
        '<p class="meta">Toimintamalli · Viimeksi muokattu 2.6.2025 · Luotu 14.1.2024</p>',
        "<h2>Toteuttajat</h2>",
        f"<p>{county(f)}; kunnat {munis(f)}.</p>",
        "<h2>Rahoitus</h2>",
        "<p>Ei erillisrahoitusta. Malli toteutetaan hyvinvointialueen omalla budjetilla.</p>",
        f"<p>Mallin käyttöönoton kokonaiskustannukset ovat {num(420000, 'sp')} euroa.</p>",
        "<h2>Yhteistyö</h2>",
        f"<p>{org(f, 'organisation/xamk')} kouluttaa iltapartion hoitajat. Käyntikirjaukset tallentuvat Kanta-palveluihin.</p>",
        "<h2>Käyttöönoton tilanne</h2>",
        f"<p>{key}</p>",
        "<ul>",
    ]
    body += [f"<li>{lab(DIMS, d, 'fi')} {vals[c]}</li>" for d, c in f.lights[f.name].items()]
    body += ["</ul>", *cost_lines(f, f.tables[0], "html", "sp", "<h2>Käyttöönoton kustannukset</h2>")]
    body += (
        ["<h2>Tavoitteet</h2>", "<ul>"]
        + [f"<li>{t} — {goal_word(s, 'fi')}</li>" for t, s in f.goals]
        + ["</ul>"]
    )
    f.document_date = "2025-06-02"
    return f, _html(f, body)


def id15() -> tuple[Facts, str]:
    f = base(
        15,
        "pohjois_karjala",
        "county/14",
        "fi",
        "html",
        "innokyla-tab",
        "innokyla-tab",
        "arviointi-valilehti-kuut",
        2024,
        "2024-12-09",
        "Karjalan nuorten ohjaamo-malli",
        "arviointi_valilehti",
        ["Joensuu", "Lieksa", "Kitee"],
        "organisation/karelia",
        "service/mielenterveystalo",
        start=None,
        end=None,
    )
    f.tab_of = f.name
    std(
        f,
        15,
        ["schedule", "costs", "output-quality", "benefits"],
        ["budget", "actual", "utilisation-percent"],
        ["own-staff-costs", "service-purchases", "premises"],
        gstart=4,
        lights_units=[f.name],
        money=[(380000, "granted")],
    )
    vals, _k = SCALES["moons"]
    body = (
        [
            f'<div class="breadcrumb">Toimintamallit › {f.name} › Arviointi</div>',
            '<ul role="tablist"><li role="tab">Perustiedot</li><li role="tab">Kuvaus</li><li role="tab" aria-selected="true">Arviointi</li></ul>',
            f"<h1>{f.name}</h1>",
            "<p>Viimeksi muokattu 9.12.2024</p>",
            f"<h2>Arvioinnin toteuttaja</h2><p>{org(f, 'organisation/karelia')} arvioi mallin vaikuttavuutta. "
            f"{county(f)}, kunnat {munis(f)}.</p>",
            f"<p>Rahoitus: {org(f, 'organisation/stm')}, valtionavustus {num(380000, 'sp')} euroa.</p>",
            "<p>Nuoret ohjataan tarvittaessa Mielenterveystalon omahoito-ohjelmiin.</p>",
            "<h2>Itsearviointi</h2>",
            "<p>Kuun vaihe: 🌕 täysikuu = suunnitelmassa, 🌗 puolikuu = lievä poikkeama, 🌑 uusikuu = vakava poikkeama.</p>",
            "<table>",
        ]
        + [f"<tr><th>{lab(DIMS, d, 'fi')}</th><td>{vals[c]}</td></tr>" for d, c in f.lights[f.name].items()]
        + ["</table>"]
    )
    body += cost_lines(f, f.tables[0], "html", "sp", "<h2>Kustannusseuranta</h2>")
    body += ["<h2>Tavoitteiden arviointi</h2>"] + [
        f"<h3>{t}</h3><p>Arvio: {goal_word(s, 'fi')}</p>" for t, s in f.goals
    ]
    return f, _html(f, body)


def id16() -> tuple[Facts, str]:
    f = base(
        16,
        "etela_pohjanmaa",
        "county/16",
        "fi",
        "md",
        "project-plan",
        "project-plan",
        "rrf-suunnitelma-investoinnit-tuhannet",
        2022,
        "2022-04-29",
        "Etelä-Pohjanmaan sote-keskuksen palveluohjaus",
        "rrf_hankesuunnitelma",
        ["Seinäjoki", "Kauhajoki", "Alavus", "Lapua"],
        "organisation/seamk",
        "service/palveluvayla",
        start="2022-06-01",
        end="2025-12-31",
        parts=[
            ("Investointi 1", "Palveluohjauksen monikanavaisuus"),
            ("Investointi 3", "Digitaaliset palvelut ja etäpalvelut"),
        ],
        part_level="investment",
    )
    auto_lights(f, 16, ["schedule", "risks"], [f.name])
    for i, u in enumerate(units(f)):
        f.tables.append(
            auto_table(
                u,
                160 + i,
                "estimate",
                None,
                ["estimate"],
                ["own-staff-costs", "service-purchases", "software", "phone-and-ict-equipment"],
            )
        )
    est = sum(t.rows[-1][1][0] for t in f.tables)
    f.money += [(f.name, int(est), "estimate"), (f.name, int(est * 0.9 // 1000 * 1000), "applied")]
    goals(f, 22, plan=True)
    out = [
        "# Hankesuunnitelma – valtionavustushaku 2022, investoinnit 1–4",
        "",
        f"**{f.name}**",
        "",
        *head_lines(f, "bold"),
        "",
        f"Osatoteuttajat: Seinäjoki, Kauhajoki. {org(f, 'organisation/seamk')} arvioi palveluohjauksen vaikutuksia.",
        "Kanavien tiedonvaihto tehdään Suomi.fi-palveluväylän kautta.",
        "",
        "## Riskit ja aikataulu suunnitteluvaiheessa",
        "",
        "Riskitaso arvioidaan merkeillä + (hallinnassa), ± (seurattava), − (vakava). ",
        *(f"- {lab(DIMS, d, 'fi')}: {SCALES['plus'][0][c]}" for d, c in f.lights[f.name].items()),
        "",
    ]
    f.coimpl = ["municipality/seinajoki", "municipality/kauhajoki"]
    for t in f.tables:
        out += [
            f"## Kustannusarvio: {t.unit_project}",
            "",
            "| Kustannuslaji | Kustannusarvio (1 000 €) |",
            "|---|---:|",
        ]
        out += [f"| {lab(CATS, k, 'fi')} | {num(v[0], 'k1')} |" for k, v in t.rows] + [""]
    out += ["## Tavoitteet", ""] + [f"- {t}" for t, _s in f.goals]
    return f, "\n".join(out) + "\n"


def id17() -> tuple[Facts, str]:
    f = base(
        17,
        "pohjois_savo",
        "county/13",
        "en",
        "md",
        "project-plan",
        "project-plan",
        "rrf-plan-en-per-year-estimates",
        2022,
        "2022-05-16",
        "North Savo Remote Rehabilitation Network",
        "rrf_plan",
        ["Kuopio", "Varkaus", "Suonenjoki"],
        "organisation/savonia",
        "service/terveyskyla",
        start="2022-09-01",
        end="2025-12-31",
    )
    auto_lights(f, 17, ["schedule", "staff"], [f.name])
    for i, y in enumerate([2023, 2024]):
        t = auto_table(f.name, 170 + i, "estimate", y, ["estimate"], ["staff-costs", "software", "travel"])
        f.tables.append(t)
    f.money.append((f.name, 1250000, "applied"))
    goals(f, 6, plan=True)
    vals, key = SCALES["tick"]
    out = (
        [
            f"# {f.name}",
            "",
            "Project plan for the 2022 state grant call (investments 1-4)",
            "",
            *head_lines(f, "fields"),
            "",
            f"{org(f, 'organisation/savonia')} will co-design the exercise programmes with physiotherapists. Exercise videos are published in Terveyskylä.",
            "",
            "## Readiness check",
            "",
            key,
        ]
        + [f"- {lab(DIMS, d, 'en')}: {vals[c]}" for d, c in f.lights[f.name].items()]
        + [""]
    )
    for t in f.tables:
        out += [f"## Cost estimate {t.year}", "", "| Cost category | Estimate (k€) |", "|---|---|"]
        out += [f"| {lab(CATS, k, 'en')} | {num(v[0], 'k1en')} |" for k, v in t.rows] + [""]
    out += ["## Objectives", ""] + [f"{i}. {t}" for i, (t, _s) in enumerate(f.goals, 1)]
    return f, "\n".join(out) + "\n"


def id18() -> tuple[Facts, str]:
    f = base(
        18,
        "varsinais_suomi",
        "county/05",
        "fi",
        "txt",
        "final-report",
        "final-report",
        "loppuraportti-arvosanat",
        2025,
        "2025-09-30",
        "Varsinais-Suomen ikäihmisten ravitsemushoito",
        "loppuraportti",
        ["Turku", "Salo", "Kaarina", "Uusikaupunki"],
        "organisation/turku-amk",
        "service/omaolo",
        start="2023-01-01",
        end="2025-06-30",
        parts=[
            ("Kehittämiskohde 1", "Ravitsemusseulonta kotihoidossa"),
            ("Kehittämiskohde 2", "Ateriapalvelun uudistus"),
        ],
    )
    std(
        f,
        18,
        ["schedule", "costs", "output-quality", "benefits"],
        ["granted", "actual"],
        ["staff-costs", "service-purchases", "materials", "travel"],
        gstart=25,
        money=[(1040000, "granted"), (61400, "returned")],
    )
    text = report(
        f,
        f"Loppuraportti: {f.name}",
        "txt",
        "dots",
        "score",
        "matrix",
        "txt",
        "dec",
        "statusfirst",
        intro=[
            f"{org(f, 'organisation/turku-amk')} koulutti kotihoidon henkilöstön seulontaan. Omaolo-palvelun ravitsemuskysely otettiin käyttöön."
        ],
        ttitles=["Myönnetty ja toteutunut rahoitus koko hankeaikana (euroa)"],
        lights_title="Lopputilanne osa-alueittain (arvosana)",
    )
    return f, text


def id19() -> tuple[Facts, str]:
    f = base(
        19,
        "keski_pohjanmaa",
        "county/18",
        "fi",
        "md",
        "status-report",
        "status-report",
        "arvosana-tahdet-rinnakkain",
        2023,
        "2023-11-30",
        "Soiten työkykykoordinaation malli",
        "tilannekatsaus",
        ["Kokkola", "Kannus", "Kaustinen", "Perho"],
        "organisation/centria",
        "service/tarmoa",
        start="2023-02-01",
        end="2025-01-31",
        parts=[("Työlinja A", "Työkykykoordinaattorit"), ("Työlinja B", "Työttömien terveystarkastukset")],
    )
    std(
        f,
        19,
        ["schedule", "costs", "staff"],
        ["budget", "actual", "utilisation-percent"],
        ["own-staff-costs", "expert-services", "travel"],
        gstart=22,
    )
    text = report(
        f,
        "Tilannekatsaus 11/2023",
        "md",
        "bold",
        "star",
        "inline",
        "md",
        "spe",
        "paren",
        intro=[
            f"{org(f, 'organisation/centria')} arvioi työkykykoordinaation. Asiakkaat ohjataan Tarmoa-palveluun."
        ],
        ttitles=["Talous 1.2.–30.11.2023"],
    )
    f.tables[0].kind = "annual"
    f.tables[0].year = 2023
    return f, text


def id20() -> tuple[Facts, str]:
    f = base(
        20,
        "etela_karjala",
        "county/11",
        "fi",
        "txt",
        "status-report",
        "status-report",
        "rst-lahde-taulukot",
        2024,
        "2024-05-20",
        "Eksoten matalan kynnyksen päihdetyö",
        "tilanneraportti",
        ["Lappeenranta", "Imatra", "Parikkala"],
        "organisation/lab",
        "service/mielenterveystalo",
        start="2023-10-01",
        end="2025-09-30",
    )
    std(
        f,
        20,
        ["schedule", "costs", "staff", "risks", "benefits"],
        ["period-budget", "period-actual"],
        ["staff-costs", "premises", "service-purchases"],
        kind="period",
        year=2024,
        gstart=10,
        lights_units=[f.name],
    )
    text = report(
        f,
        f"{f.name} – tilanneraportti 1.1.–30.4.2024",
        "rst",
        "rstfield",
        "sev",
        "matrix",
        "rst",
        "sp",
        "dash",
        intro=[
            f"{org(f, 'organisation/lab')} kouluttaa vertaistyöntekijät. Mielenterveystalon päihdeosiota käytetään ohjauksessa."
        ],
        ttitles=["Jakson talous (euroa)"],
    )
    return f, text


def id21() -> tuple[Facts, str]:
    f = base(
        21,
        "vantaa_kerava",
        "county/04",
        "fi",
        "csv",
        "status-report",
        "status-report",
        "lohkot-neljannestoteumat",
        2025,
        "2025-10-10",
        "Vantaan ja Keravan neuvolan etäkäynnit",
        "neljannesraportti",
        ["Vantaa", "Kerava"],
        "organisation/metropolia",
        "service/omaperhe-fi",
        start="2024-09-01",
        end="2026-08-31",
    )
    auto_lights(f, 21, ["schedule", "costs", "output-scope", "staff"], [f.name])
    t = auto_table(
        f.name, 210, "annual", 2025, ["budget", "actual"], ["staff-costs", "software", "communication-services"]
    )
    f.tables.append(t)
    f.money.append((f.name, 890000, "granted"))
    goals(f, 17)
    vals, key = SCALES["badge"]
    rows = [
        "LOHKO;PERUSTIEDOT;;;;",
        f"Hanke;{f.name};;;;",
        f"Hyvinvointialue;{county(f)};;;;",
        f"Kunnat;{munis(f, ' ja ')};;;;",
        "Aika;1.9.2024–31.8.2026;;;;",
        f"Rahoittaja;{org(f, 'organisation/stm')};;;;",
        f"Myönnetty;{num(890000, 'plain')};;;;",
        f"Kumppani;{org(f, 'organisation/metropolia')} (videokäyntien arviointi);;;;",
        "Kansallinen palvelu;OmaPerhe.fi;;;;",
        ";;;;;",
        f"LOHKO;TILANNE ({key});;;;",
    ]
    rows += [f"{lab(DIMS, d, 'fi')};{vals[c]};;;;" for d, c in f.lights[f.name].items()]
    rows += [
        ";;;;;",
        "LOHKO;KUSTANNUKSET 2025 (€): toteuma neljänneksittäin ja yhteensä;;;;",
        "Kustannuslaji;Budjetti 2025;Toteuma Q1;Toteuma Q2;Toteuma Q3;Toteuma yhteensä",
    ]
    s1 = s2 = 0
    for key_, (b, a) in t.rows:
        q1 = round(a * 0.3 / 100) * 100 if key_ != "total" else s1
        q2 = round(a * 0.36 / 100) * 100 if key_ != "total" else s2
        s1, s2 = s1 + q1, s2 + q2
        rows.append(
            ";".join(
                [
                    lab(CATS, key_, "fi"),
                    num(b, "plain"),
                    num(q1, "plain"),
                    num(q2, "plain"),
                    num(a - q1 - q2, "plain"),
                    num(a, "plain"),
                ]
            )
        )
    rows += [";;;;;", "LOHKO;TAVOITTEET;;;;"] + [f"{t_};{goal_word(s, 'fi')};;;;" for t_, s in f.goals]
    return f, "\n".join(rows) + "\n"


def id22() -> tuple[Facts, str]:
    f = base(
        22,
        "ita_uusimaa",
        "county/01",
        "sv",
        "eml",
        "status-report",
        "status-report",
        "eml-md-bilaga",
        2025,
        "2025-09-04",
        "Östra Nylands seniorrådgivning",
        "lagesrapport_mejl",
        ["Borgå", "Lovisa", "Sibbo"],
        "organisation/arcada",
        "service/suomi-fi-viestit",
        start="2024-08-01",
        end="2026-07-31",
        parts=[("Delområde 1", "Rådgivning per telefon"), ("Delområde 2", "Hembesök för 75-åringar")],
    )
    std(
        f,
        22,
        ["schedule", "costs", "staff"],
        ["budget", "actual", "committed"],
        ["own-staff-costs", "travel", "communication-services"],
        gstart=3,
        money=[(640000, "granted")],
    )
    att = report(
        f,
        f"Lägesrapport augusti 2025: {f.name}",
        "md",
        "fields",
        "sv3",
        "matrix",
        "md",
        "nb",
        "dash",
        intro=[
            f"{org(f, 'organisation/arcada')} utvärderar hembesöken. Inbjudningar skickas via Suomi.fi-meddelanden."
        ],
        ttitles=["Kostnader sedan projektstarten (euro)"],
    )
    head = [
        "From: Projektchef <projektchef@example.invalid>",
        "To: Styrgruppen <styrgrupp@example.invalid>",
        "Subject: =?utf-8?q?L=C3=A4gesrapport_augusti?=",
        "Date: Thu, 04 Sep 2025 10:05:00 +0300",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="==w30b=="',
        "",
        "--==w30b==",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        "Hej,",
        "",
        "lägesrapporten för augusti finns i bilagan. Vi går igenom den på mötet 11.9.",
        "",
        "Hälsningar",
        "Projektchefen",
        "",
        "--==w30b==",
        'Content-Type: text/markdown; charset="utf-8"; name="lagesrapport_08_2025.md"',
        'Content-Disposition: attachment; filename="lagesrapport_08_2025.md"',
        "Content-Transfer-Encoding: base64",
        "",
    ]
    payload = base64.encodebytes(att.encode("utf-8")).decode("ascii")
    return f, "\n".join(head) + "\n" + payload + "\n--==w30b==--\n"


def id23() -> tuple[Facts, str]:
    f = base(
        23,
        "etela_savo",
        "county/12",
        "en",
        "txt",
        "status-report",
        "status-report",
        "interim-en-ticks-transposed",
        2024,
        "2024-03-31",
        "Savonlinna Mobile Oral Health Unit",
        "interim_report",
        ["Savonlinna", "Enonkoski", "Rantasalmi"],
        "organisation/xamk",
        "service/kanta",
        start="2023-03-01",
        end="2025-02-28",
        parts=[("Route 1", "Schools and day care"), ("Route 2", "Service housing units")],
    )
    std(
        f,
        23,
        ["schedule", "costs", "output-scope", "staff"],
        ["budget", "actual", "deviation"],
        ["staff-costs", "materials", "travel", "phone-and-ict-equipment"],
        kind="annual",
        year=2023,
        gstart=7,
        money=[(720000, "granted"), (900000, "total")],
    )
    return f, report(
        f,
        f"{f.name}: interim report for 2023",
        "txt",
        "dots",
        "tick",
        "transposed",
        "txt",
        "en",
        "num",
        intro=[
            f"{org(f, 'organisation/xamk')} trains the dental nurses of the unit. Treatment records are archived in the Kanta services."
        ],
        ttitles=["Budget and actual costs 2023 (EUR)"],
        colnames={"deviation": "Actual - budget"},
    )


def id24() -> tuple[Facts, str]:
    f = base(
        24,
        "keski_uusimaa",
        "county/02",
        "fi",
        "html",
        "county-page",
        "county-page",
        "ajankohtaista-valosanat-rivissa",
        2024,
        "2024-02-14",
        "Keusoten liikkuva hoitaja",
        "ajankohtaista",
        ["Hyvinkää", "Järvenpää", "Tuusula", "Nurmijärvi"],
        "organisation/laurea",
        "service/omaolo",
        start="2023-05-01",
        end="2025-04-30",
    )
    std(
        f,
        24,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual", "utilisation-percent"],
        ["own-staff-costs", "travel", "phone-and-ict-equipment"],
        gstart=13,
        lights_units=[f.name],
        money=[(560000, "granted")],
    )
    vals, key = SCALES["valo"]
    line = "; ".join(f"{lab(DIMS, d, 'fi').lower()} {vals[c]}" for d, c in f.lights[f.name].items())
    body = [
        '<article class="uutinen">',
        f"<h1>Liikkuva hoitaja on kiertänyt vuoden – {f.name} väliarviossa</h1>",
        '<time datetime="2024-02-14">14.2.2024</time>',
        f"<p>{f.name} kiertää asiakkaiden luona kunnissa {munis(f, ', ', ' ja ')}. Hanke kuuluu Keski-Uudenmaan hyvinvointialueen kehittämistyöhön, ja sen rahoittaa "
        f"{org(f, 'organisation/stm')} {num(560000, 'sp')} euron valtionavustuksella. Hanke kestää 1.5.2023–30.4.2025.</p>",
        f"<p>{org(f, 'organisation/laurea')} arvioi liikkuvan hoitajan käyntien vaikutuksia. Oirearviot tehdään Omaolossa ennen käyntiä.</p>",
        f"<p>Ohjausryhmän arvio tammikuussa: {line}. ({key})</p>",
    ]
    body += cost_lines(f, f.tables[0], "html", "sp", "<h2>Talous hankkeen alusta</h2>")
    body += (
        ["<h2>Mitä on saatu aikaan?</h2>", "<ul>"]
        + [f"<li>{t}: {goal_word(s, 'fi').lower()}.</li>" for t, s in f.goals]
        + ["</ul>", "</article>"]
    )
    return f, _html(f, body)


def id25() -> tuple[Facts, str]:
    f = base(
        25,
        "lappi",
        "county/21",
        "fi",
        "txt",
        "final-report",
        "final-report",
        "loppuraportti-2022-kuntayhtyma-tasot",
        2022,
        "2022-12-15",
        "Tunturi-Lapin etäfysioterapia",
        "loppuraportti",
        ["Enontekiö", "Kittilä", "Kolari", "Muonio"],
        "organisation/lapin-amk",
        "service/terveyskyla",
        start="2020-09-01",
        end="2022-10-31",
    )
    std(
        f,
        25,
        ["schedule", "costs", "output-quality", "benefits"],
        ["granted", "actual", "deviation"],
        ["own-staff-costs", "software", "travel", "service-purchases"],
        gstart=7,
        lights_units=[f.name],
        money=[(480000, "granted"), (23600, "returned")],
    )
    return f, report(
        f,
        "Loppuraportti 15.12.2022 – Tunturi-Lapin seutukunnan kuntayhtymä",
        "txt",
        "fields",
        "lvl",
        "list",
        "txt",
        "dotdec",
        "twoline",
        intro=[
            "Hankkeen hallinnoijana toimi kuntayhtymä ennen hyvinvointialueen aloitusta; toiminta siirtyy 1.1.2023 Lapin hyvinvointialueelle.",
            f"{org(f, 'organisation/lapin-amk')} arvioi etäfysioterapian asiakastyytyväisyyden. Kotiharjoitteet julkaistiin Terveyskylässä.",
        ],
        ttitles=["Kustannukset koko hankeajalta (euroa)"],
    )


def id26() -> tuple[Facts, str]:
    f = base(
        26,
        "pirkanmaa",
        "county/08",
        "fi",
        "md",
        "status-report",
        "status-report",
        "valmiusprosentti-kynnys",
        2025,
        "2025-08-29",
        "Pirkanmaan ensihoidon kotihoitoreitit",
        "tilannekatsaus",
        ["Tampere", "Nokia", "Ylöjärvi", "Sastamala"],
        "organisation/tamk",
        "service/kanta",
        start="2024-02-01",
        end="2026-01-31",
        parts=[("Reitti 1", "Hoito kotona ilman kuljetusta"), ("Reitti 2", "Ohjaus kotihoidon iltatiimille")],
    )
    std(
        f,
        26,
        ["schedule", "output-scope", "staff"],
        ["budget", "actual"],
        ["staff-costs", "materials", "expert-services"],
        gstart=16,
    )
    return f, report(
        f,
        "Tilannekatsaus elokuu 2025",
        "md",
        "fields",
        "pct",
        "matrix",
        "md",
        "dot",
        "dash",
        intro=[
            f"{org(f, 'organisation/tamk')} simuloi hoitoreitit ensihoitajien kanssa. Hoitotiedot kirjataan Kanta-palveluihin."
        ],
        ttitles=["Kustannukset hankkeen alusta (€)"],
        lights_title="Toteutumisaste osa-alueittain",
    )


def id27() -> tuple[Facts, str]:
    f = base(
        27,
        "pohjois_pohjanmaa",
        "county/19",
        "fi",
        "html",
        "board-minutes",
        "board-minutes",
        "dynasty-html-pykala",
        2024,
        "2024-04-23",
        "Pohjois-Pohjanmaan sote-keskusten jalkautuva ohjaus",
        "hallituksen_poytakirja",
        ["Oulu", "Kuusamo", "Raahe", "Ylivieska"],
        "organisation/oamk",
        "service/palvelutietovaranto",
        start="2023-01-01",
        end="2025-12-31",
        parts=[("Kärki 1", "Ohjaus kirjastoissa"), ("Kärki 2", "Ohjaus kauppakeskuksissa")],
    )
    std(
        f,
        27,
        ["schedule", "costs", "staff", "risks"],
        ["budget", "actual", "forecast"],
        ["staff-costs", "premises", "communication-services"],
        kind="annual",
        year=2024,
        gstart=9,
        money=[(1650000, "granted")],
    )
    _vals, key = SCALES["badge"]
    body = [
        '<div class="pk-otsikko">Aluehallitus · Pöytäkirja 23.4.2024</div>',
        f'<h2 class="asia">§ 88 {f.name}, väliraportti</h2>',
        '<div class="valmistelija">Valm. kehittämisjohtaja</div>',
        f"<p>{f.name} toteutetaan kunnissa {munis(f, ', ', ' ja ')}. {org(f, 'organisation/oamk')} tekee hankkeen arvioinnin."
        " Palvelujen tiedot päivitetään Palvelutietovarantoon.</p>",
        *head_lines(f, "htmltable"),
        f'<p class="selite">{key}</p>',
        *light_lines(f, "badge", "transposed", "html"),
    ]
    body += cost_lines(f, f.tables[0], "html", "sp", "<h3>Talousarvio ja toteuma 2024, ennuste 31.12.2024</h3>")
    body += ["<h3>Tavoitteet</h3>"] + [f"<p>{t} – <b>{goal_word(s, 'fi')}</b></p>" for t, s in f.goals]
    body += [
        '<p class="ehdotus">Ehdotus: Aluehallitus merkitsee väliraportin tiedoksi.</p>',
        '<p class="paatos">Päätös: Ehdotus hyväksyttiin.</p>',
    ]
    return f, _html(f, body, "Aluehallitus 23.4.2024")


def id28() -> tuple[Facts, str]:
    f = base(
        28,
        "pohjanmaa",
        "county/17",
        "sv",
        "csv",
        "status-report",
        "status-report",
        "en-rad-per-omrade-och-delprojekt",
        2024,
        "2024-10-31",
        "Österbottens digitala stöd för närståendevårdare",
        "statusexport",
        ["Vasa", "Jakobstad", "Närpes", "Korsholm"],
        "organisation/novia",
        "service/omaolo",
        start="2023-09-01",
        end="2025-08-31",
        parts=[("Delprojekt A", "Digital dagbok"), ("Delprojekt B", "Videokaffe för närståendevårdare")],
    )
    std(
        f,
        28,
        ["schedule", "costs", "output-quality", "staff"],
        ["budget", "actual", "utilisation-percent"],
        ["own-staff-costs", "software", "service-purchases"],
        gstart=4,
        money=[(780000, "granted")],
    )
    vals, key = SCALES["sv3"]
    rows = ["Projekt;Delprojekt;Område;Läge;Kommentar"]
    rows += [
        f"{f.name};{short(u)};{lab(DIMS, d, 'sv')};{vals[c]};" for u in units(f) for d, c in f.lights[u].items()
    ]
    out = [
        f"# {f.name}",
        *head_lines(f, "fields"),
        f"{org(f, 'organisation/novia')} utvärderar videokaffet. Symptombedömningar görs i Omaolo.",
        f"# Läge per delprojekt ({key})",
        *rows,
    ]
    out += ["# Kostnader sedan start (euro)", *cost_lines(f, f.tables[0], "semi", "plain", "")[2:-1]]
    out += ["# Mål;Bedömning"] + [f"{t};{goal_word(s, 'sv')}" for t, s in f.goals]
    return f, "\n".join(out) + "\n"


def id29() -> tuple[Facts, str]:
    f = base(
        29,
        "varsinais_suomi",
        "county/05",
        "en",
        "tsv",
        "status-report",
        "status-report",
        "en-tsv-moons-matrix",
        2025,
        "2025-06-30",
        "Turku Archipelago Telepharmacy",
        "half_year_status",
        ["Kemiönsaari", "Parainen", "Kustavi"],
        "organisation/turku-amk",
        "service/kanta",
        start="2024-06-01",
        end="2026-05-31",
        parts=[("Pilot 1", "Ferry-borne medicine deliveries"), ("Pilot 2", "Pharmacist video counselling")],
    )
    std(
        f,
        29,
        ["schedule", "costs", "risks", "benefits"],
        ["period-budget", "period-actual"],
        ["staff-costs", "service-purchases", "travel"],
        kind="period",
        year=2025,
        gstart=2,
        money=[(610000, "granted")],
    )
    _vals, key = SCALES["moons"]
    out = ["section\tkey\tvalue"] + [
        f"facts\t{k}\t{v}" for k, v in (line.split(": ", 1) for line in head_lines(f, "fields"))
    ]
    out += [
        f"facts\tPartner role\t{org(f, 'organisation/turku-amk')} evaluates the video counselling",
        "facts\tRecords\tprescriptions are read from the Kanta services",
        f"status key\t\t{key}",
    ]
    out += ["status\t" + line for line in light_lines(f, "moons", "matrix", "tab")[2:]]
    out += ["costs Jan-Jun 2025\t" + line for line in cost_lines(f, f.tables[0], "tab", "plain", "")[2:-1]]
    out += [f"objective\t{t}\t{goal_word(s, 'en')}" for t, s in f.goals]
    return f, "\n".join(out) + "\n"


def id30() -> tuple[Facts, str]:
    f = Facts(
        n=30,
        area="kainuu",
        kind="not-about-project",
        family="not-about-project",
        template="w30-koulukirjasto-valot",
        ext="txt",
        lang="fi",
        county=None,
        name="",
        year=2024,
        document_date="2024-05-06",
        suffix="koulukirjaston_tilannekatsaus",
        about=False,
        munis=["municipality/kajaani"],
    )
    text = """KAJAANIN LUKION KIRJASTON PERUSKORJAUS – TILANNEKATSAUS 6.5.2024

Kajaanin kaupungin sivistystoimi korjaa lukion kirjaston ja hankkii uudet hyllyt. Hanketta rahoittaa
opetus- ja kulttuuriministeriön yleisten kirjastojen avustus.

Tilanne (vihreä = suunnitelmassa, keltainen = poikkeama)
  Aikataulu ........ keltainen
  Kustannukset ..... vihreä
  Henkilöstö ....... vihreä

Kustannukset (euroa)     Budjetti   Toteuma
  Hyllyt ja kalusteet      84 000    61 200
  Purku ja asennus         36 000    35 400
  Yhteensä                120 000    96 600

Tavoitteet
  - Kirjasto avataan opiskelijoille elokuussa 2024 – kesken
  - Lukunurkkaus on esteetön – toteutunut
"""
    return f, text


def id31() -> tuple[Facts, str]:
    f = Facts(
        n=31,
        area="satakunta",
        kind="not-about-project",
        family="not-about-project",
        template="w30-talousarvio-palvelualueet",
        ext="html",
        lang="fi",
        county=None,
        name="",
        year=2025,
        document_date="2025-01-31",
        suffix="talousarvion_toteuma",
        about=False,
        munis=[],
    )
    text = """<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Talousarvion toteutuminen 12/2024</title></head><body>
<h1>Talousarvion toteutuminen 1.1.–31.12.2024</h1>
<p>Hyvinvointialueen palvelualueiden toteutuma verrattuna talousarvioon. Värit: vihreä = alle talousarvion, keltainen = enintään 2 % yli,
punainen = yli 2 % yli.</p>
<table><tr><th>Palvelualue</th><th>Talousarvio, M€</th><th>Toteuma, M€</th><th>Tila</th></tr>
<tr><td>Perhe- ja sosiaalipalvelut</td><td>212,4</td><td>219,8</td><td>punainen</td></tr>
<tr><td>Ikääntyneiden palvelut</td><td>288,0</td><td>286,1</td><td>vihreä</td></tr>
<tr><td>Sairaalapalvelut</td><td>402,7</td><td>409,9</td><td>keltainen</td></tr></table>
<h2>Strategiset tavoitteet</h2>
<ul><li>Talous on tasapainossa vuoden 2026 loppuun mennessä</li><li>Henkilöstön sairauspoissaolot vähenevät</li></ul>
</body></html>
"""
    return f, text


def id32() -> tuple[Facts, str]:
    """Cut off in the cost table: the rows after the cut and the goals are not in the gold."""
    f = base(
        32,
        "kymenlaakso",
        "county/10",
        "fi",
        "md",
        "status-report",
        "status-report",
        "katkennut-tilastonakyma",
        2025,
        "2025-03-14",
        "Kymenlaakson mielenterveyden matalan kynnyksen tuki",
        "valiraportti",
        ["Kotka", "Kouvola", "Pyhtää"],
        "organisation/xamk",
        "service/mielenterveystalo",
        start="2024-01-01",
        end="2025-12-31",
        parts=[("Palvelupolku 1", "Walk-in-vastaanotto"), ("Palvelupolku 2", "Nuorten chat-palvelu")],
    )
    std(
        f,
        32,
        ["schedule", "costs", "staff"],
        ["budget", "actual"],
        ["own-staff-costs", "service-purchases", "software", "premises"],
        gstart=4,
        money=[(700000, "granted")],
    )
    text = report(
        f,
        "Väliraportti 1/2025",
        "md",
        "bold",
        "plus",
        "matrix",
        "md",
        "sp",
        "dash",
        intro=[
            f"{org(f, 'organisation/xamk')} kouluttaa chat-päivystäjät. Asiakkaita ohjataan Mielenterveystalon omahoitoon."
        ],
        ttitles=["Kustannukset hankkeen alusta (€)"],
    )
    cut = text.index("| Ohjelmistot")
    text = text[: cut + 9]
    t = f.tables[0]
    t.rows = t.rows[:2]
    f.goals = []
    f.warning = ["truncated"]
    return f, text


def id33() -> tuple[Facts, str]:
    """UTF-8 text decoded once as cp1252 and saved again (mojibake): the ingest should warn."""
    f = base(
        33,
        "keski_suomi",
        "county/15",
        "fi",
        "csv",
        "status-report",
        "status-report",
        "mojibake-vienti",
        2024,
        "2024-04-30",
        "Keski-Suomen SoTe-asiointi verkossa",
        "kuukausiraportti",
        ["Jyväskylä", "Saarijärvi", "Viitasaari"],
        "organisation/jamk",
        "service/suomi-fi-tunnistus",
        start="2023-06-01",
        end="2025-05-31",
    )
    std(
        f,
        33,
        ["schedule", "costs", "staff", "risks"],
        ["budget", "actual"],
        ["staff-costs", "software", "expert-services"],
        gstart=23,
        lights_units=[f.name],
        money=[(830000, "granted")],
    )
    vals, key = SCALES["slv"]
    rows = (
        [
            f"Hanke;{f.name}",
            f"Hyvinvointialue;{county(f)}",
            f"Kunnat;{munis(f)}",
            "Toteutusaika;1.6.2023-31.5.2025",
            f"Rahoittaja;{org(f, 'organisation/stm')}",
            f"Myönnetty avustus;{num(830000, 'plain')}",
            f"Kumppani;{org(f, 'organisation/jamk')} testaa asiointipalvelun käytettävyyden",
            "Tunnistautuminen;Suomi.fi-tunnistus",
            "",
            f"Tilanne;{key}",
        ]
        + [f"{lab(DIMS, d, 'fi')};{vals[c]}" for d, c in f.lights[f.name].items()]
        + [""]
    )
    rows += [*cost_lines(f, f.tables[0], "semi", "plain", "")[2:-1], ""]
    rows += ["Tavoite;Arvio"] + [f"{t};{goal_word(s, 'fi')}" for t, s in f.goals]
    good = "\n".join(rows) + "\n"
    return f, good.encode("utf-8").decode("cp1252", errors="replace")


def id34() -> tuple[Facts, str]:
    f = base(
        34,
        "etela_karjala",
        "county/11",
        "fi",
        "txt",
        "status-report",
        "status-report",
        "ohjausryhma-sarkaimet-plusmiinus",
        2023,
        "2023-06-12",
        "Etelä-Karjalan omaishoidon tukikeskus",
        "ohjausryhman_muistio",
        ["Lappeenranta", "Luumäki", "Taipalsaari", "Savitaipale"],
        "organisation/lab",
        "service/lahella-fi",
        start="2022-09-01",
        end="2024-08-31",
        parts=[("Tukimuoto 1", "Intervallijaksot"), ("Tukimuoto 2", "Vertaisryhmät")],
    )
    f.coimpl = ["municipality/luumaki"]
    std(
        f,
        34,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual", "committed"],
        ["own-staff-costs", "premises", "travel", "materials"],
        gstart=5,
        money=[(540000, "granted")],
    )
    return f, report(
        f,
        f"Ohjausryhmän muistio 12.6.2023 – {f.name}",
        "txt",
        "fields",
        "plus",
        "matrix",
        "tab",
        "sp",
        "paren",
        intro=[
            "Luumäen kunta toimii osatoteuttajana.",
            f"{org(f, 'organisation/lab')} ohjaa vertaisryhmien vetäjien koulutuksen."
            " Ryhmät ilmoitetaan Lähellä.fi-palvelussa.",
        ],
        ttitles=["Talous 31.5.2023 (euroa)"],
    )


def id35() -> tuple[Facts, str]:
    f = base(
        35,
        "pohjois_karjala",
        "county/14",
        "fi",
        "md",
        "innokyla-tab",
        "innokyla-tab",
        "tulokset-valilehti-md",
        2025,
        "2025-10-03",
        "Siun sote -alueen kotikuntoutuksen arviointijakso",
        "tulokset_valilehti",
        ["Joensuu", "Kontiolahti", "Liperi", "Nurmes"],
        "organisation/karelia",
        "service/omaolo",
        start=None,
        end=None,
    )
    f.tab_of = f.name
    std(
        f,
        35,
        ["schedule", "costs", "benefits", "output-quality"],
        ["budget", "actual"],
        ["own-staff-costs", "travel", "materials"],
        gstart=31,
        lights_units=[f.name],
        money=[(250000, "total")],
    )
    f.funder = None
    f.funder_org = False
    vals, key = SCALES["score"]
    out = [
        f"[Innokylä](#) › Toimintamallit › {f.name} › **Tulokset**",
        "",
        f"# {f.name}",
        "",
        "Viimeksi muokattu 3.10.2025",
        "",
        "Välilehdet: Perustiedot | Kuvaus | Arviointi | **Tulokset**",
        "",
        "## Toteuttajat",
        "",
        f"{county(f)} · {munis(f)}",
        "",
        f"**Rahoitus:** Ei erillisrahoitusta. Mallin kustannukset ovat {num(250000, 'sp')} euroa vuodessa.",
        "",
        f"{org(f, 'organisation/karelia')} mittasi asiakkaiden toimintakyvyn ennen ja jälkeen jakson. Alkukartoitus tehdään Omaolossa.",
        "",
        "## Tulosten arvosanat",
        "",
        key,
        "",
    ] + [f"- {lab(DIMS, d, 'fi')}: {vals[c]}/10" for d, c in f.lights[f.name].items()]
    out += ["", *cost_lines(f, f.tables[0], "md", "sp", "## Kustannukset 2024")[0:]]
    f.tables[0].kind = "annual"
    f.tables[0].year = 2024
    out += ["## Tulokset tavoitteittain", "", *goal_lines(f, "num")]
    return f, "\n".join(out) + "\n"


def id36() -> tuple[Facts, str]:
    f = base(
        36,
        "lounais_suomi",
        "county/05",
        "en",
        "html",
        "county-page",
        "county-page",
        "en-county-page-cards-hash",
        2025,
        "2025-11-20",
        "Salo Region Youth Work Ability Path",
        "project_page",
        ["Salo", "Somero", "Loimaa"],
        "organisation/turku-amk",
        "service/tarmoa",
        start="2024-10-01",
        end="2026-09-30",
        parts=[("Path 1", "Outreach youth work"), ("Path 2", "Work try-outs with employers")],
    )
    std(
        f,
        36,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual", "utilisation-percent"],
        ["staff-costs", "service-purchases", "travel"],
        gstart=3,
        money=[(690000, "granted")],
    )
    vals = {"g": "[###]", "y": "[##-]", "r": "[#--]"}
    body = [
        f"<h1>{f.name}</h1>",
        *head_lines(f, "html"),
        f"<p>{org(f, 'organisation/turku-amk')} coaches the employers who offer work try-outs. Young people are guided to Tarmoa for peer support.</p>",
        "<p>Progress bars: [###] = on plan, [##-] = minor deviation, [#--] = serious deviation.</p>",
    ]
    for u in units(f):
        body.append(f'<section class="card"><h3>{u}</h3>')
        body += [
            f'<p class="row"><span>{lab(DIMS, d, "en")}</span> <code>{vals[c]}</code></p>'
            for d, c in f.lights[u].items()
        ]
        body.append("</section>")
    body += cost_lines(f, f.tables[0], "html", "en", "<h2>Costs since the start (EUR)</h2>")
    body += ["<h2>Objectives</h2>"] + [
        f'<section class="card"><p>{t}</p><p class="verdict">{goal_word(s, "en")}</p></section>'
        for t, s in f.goals
    ]
    return f, _html(f, body)


def id37() -> tuple[Facts, str]:
    f = base(
        37,
        "kanta_hame",
        "county/07",
        "fi",
        "txt",
        "status-report",
        "status-report",
        "laatikkoraportti-ascii-plus-ruudut",
        2022,
        "2022-11-30",
        "Riihimäen seudun lääkehoidon turvallisuus",
        "tilanneraportti",
        ["Riihimäki", "Hausjärvi", "Loppi"],
        "organisation/hamk",
        "service/kanta",
        start="2022-03-01",
        end="2023-12-31",
    )
    std(
        f,
        37,
        ["schedule", "costs", "output-quality", "staff"],
        ["budget", "actual", "deviation"],
        ["staff-costs", "expert-services", "materials"],
        kind="annual",
        year=2022,
        gstart=20,
        lights_units=[f.name],
        money=[(330000, "granted")],
    )
    box = {"g": "[x] [ ] [ ]", "y": "[ ] [x] [ ]", "r": "[ ] [ ] [x]"}
    out = [
        "+" + "-" * 70 + "+",
        f"| TILANNERAPORTTI 11/2022{' ' * 46}|",
        "+" + "-" * 70 + "+",
        *head_lines(f, "dots"),
        "",
        f"{org(f, 'organisation/hamk')} kouluttaa lääkehoidon vastuuhoitajat. Lääkitystiedot tarkistetaan Kanta-palveluista.",
        "",
        "Tilannekuva: rasti sarakkeessa VIHREÄ / KELTAINEN / PUNAINEN (vihreä = suunnitelmassa, muut = poikkeama)",
        "",
        f"{'Osa-alue':<20}VIHREÄ KELTAINEN PUNAINEN",
    ]
    out += [f"{lab(DIMS, d, 'fi'):<20}{box[c]}" for d, c in f.lights[f.name].items()] + [""]
    out += cost_lines(f, f.tables[0], "txt", "sp", "Talous 2022 (euroa)")
    out += ["Tavoitteet", *goal_lines(f, "statusfirst")]
    return f, "\n".join(out) + "\n"


def id38() -> tuple[Facts, str]:
    f = base(
        38,
        "helsinki",
        "county/90",
        "sv",
        "md",
        "final-report",
        "final-report",
        "slutrapport-sv-hjartan",
        2025,
        "2025-12-01",
        "Helsingfors svenskspråkiga familjecenter",
        "slutrapport",
        ["Helsingfors"],
        "organisation/arcada",
        "service/omaperhe-fi",
        start="2023-01-01",
        end="2025-10-31",
        parts=[
            ("Insats 1", "Familjerådgivning på svenska"),
            ("Insats 2", "Gruppverksamhet för blivande föräldrar"),
        ],
    )
    std(
        f,
        38,
        ["schedule", "costs", "output-scope", "benefits"],
        ["granted", "actual", "utilisation-percent"],
        ["staff-costs", "premises", "communication-services"],
        gstart=5,
        money=[(920000, "granted"), (48700, "returned")],
    )
    f.extra_orgs = ["organisation/folkhalsan"]
    f.partners.append("organisation/folkhalsan")
    vals = {"g": "💚", "y": "💛", "r": "❤️"}
    key = "💚 = enligt plan, 💛 = avvikelse som följs upp, ❤️ = allvarlig avvikelse"
    out = [
        f"# Slutrapport: {f.name}",
        "",
        *head_lines(f, "bold"),
        "",
        f"Samfundet Folkhälsan leder grupperna för blivande föräldrar och {org(f, 'organisation/arcada')} utvärderar rådgivningen. Tjänsterna finns i OmaPerhe.fi.",
        "",
        "## Slutläge",
        "",
        key,
        "",
    ]
    out += [
        f"- **{u}**: " + " · ".join(f"{lab(DIMS, d, 'sv')} {vals[c]}" for d, c in f.lights[u].items())
        for u in units(f)
    ]
    out += ["", *cost_lines(f, f.tables[0], "md", "nb", "## Kostnader under hela projekttiden (euro)")]
    out += ["## Måluppfyllelse", "", *goal_lines(f, "dash")]
    return f, "\n".join(out) + "\n"
