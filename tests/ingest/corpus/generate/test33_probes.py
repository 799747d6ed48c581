"""test33's probes: documents in new areas, wording and formats for the classes this stop's ingest and
ontology commits claim (read from their messages only; see ../test33_forms.md, part "probe")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import test33_text as text
from binaries_common import docx_document, save
from binaries_common import table as docx_table
from test33_model import CATS, DIMS, Facts, table
from test33_render import cell, goal_word, lab, num, short, units
from test33_text import base, head_lines, org, std

#: The time stamp of every zip entry (as test33_binaries.py).
ZIP_TIME = (2026, 12, 6, 2, 0, 0)

#: A writer of a binary document, or the text of a text document.
Content = str | Callable[[Path], None]


# ----------------------------------------------------------------------------------------------------
# e90e3990: legend items whose marks are phrases joined before one '=' (and counts out of a whole)


def id51() -> tuple[Facts, Content]:
    """A deck whose status table uses the legend 'toimii sovitusti = suunnitelmassa; vaatii seurantaa ja
    vaatii korjausta = poikkeama': the marks share their first word ('vaatii'), so only the whole phrase
    tells the levels apart."""
    f = base(
        51,
        "pohjois_savo",
        "county/13",
        "fi",
        "pptx",
        "status-report",
        "status-report",
        "pptx-fraasiselite-yhteinen-alkusana",
        2025,
        "2025-10-21",
        "Ylä-Savon kotihoidon lääkeautomaatit",
        "ohjausryhman_diat",
        ["Iisalmi", "Kiuruvesi", "Lapinlahti", "Sonkajärvi"],
        "organisation/savonia",
        "service/kanta",
        start="2024-09-01",
        end="2026-08-31",
        parts=[("Osatehtävä 1", "Automaattien hankinta"), ("Osatehtävä 2", "Annosjakelun siirto apteekkiin")],
    )
    std(
        f,
        51,
        ["schedule", "costs", "staff", "risks"],
        ["budget", "actual"],
        ["phone-and-ict-equipment", "staff-costs", "service-purchases"],
        gstart=20,
    )
    word = {"g": "toimii sovitusti", "y": "vaatii seurantaa", "r": "vaatii korjausta"}
    legend = "Selite: toimii sovitusti = suunnitelmassa; vaatii seurantaa ja vaatii korjausta = poikkeama"

    def write(out: Path) -> None:
        from test33_binaries import _deck, _save_zip, _slide_table

        prs = _deck(dt.datetime(2025, 10, 21, 9, 0, 0))
        s1 = prs.slides.add_slide(prs.slide_layouts[1])
        s1.shapes.title.text = f.name
        s1.placeholders[1].text = "\n".join(head_lines(f, "fields"))
        s2 = prs.slides.add_slide(prs.slide_layouts[5])
        s2.shapes.title.text = "Tilanne lokakuu 2025"
        us = units(f)
        dims = list(f.lights[us[0]])
        _slide_table(
            s2,
            [["Osa-alue", *[short(u) for u in us]]]
            + [[lab(DIMS, d, "fi"), *[word[f.lights[u][d]] for u in us]] for d in dims],
        )
        box = s2.shapes.add_textbox(*[int(x) for x in (457200, 5029200, 8229600, 457200)])
        box.text_frame.text = legend
        s3 = prs.slides.add_slide(prs.slide_layouts[5])
        s3.shapes.title.text = "Talous hankkeen alusta (€)"
        t = f.tables[0]
        _slide_table(
            s3,
            [["Kustannuslaji", "Budjetti", "Toteuma"]]
            + [[lab(CATS, k, "fi"), *[num(v, "sp") for v in vals]] for k, vals in t.rows],
        )
        s4 = prs.slides.add_slide(prs.slide_layouts[1])
        s4.shapes.title.text = "Tavoitteet"
        s4.placeholders[1].text = "\n".join(f"{t_} – {goal_word(s, 'fi').lower()}" for t_, s in f.goals)
        s4.notes_slide.notes_text_frame.text = f"{org(f, 'organisation/savonia')} kouluttaa kotihoidon hoitajat automaattien käyttöön; lääkitystiedot Kanta-palveluista."
        _save_zip(prs, out, "2025-10-21T09:00:00Z")

    return f, write


def id52() -> tuple[Facts, Content]:
    """Lights as counts of milestones met out of those due ('3/3', '2/3', '1/3'), keyed by one legend
    line whose deviation marks are two counts joined by 'ja' before one '='."""
    f = base(
        52,
        "etela_savo",
        "county/12",
        "fi",
        "html",
        "county-page",
        "county-page",
        "virstanpylvasmaarat-selite",
        2024,
        "2024-12-12",
        "Pieksämäen seudun perhesosiaalityön tiimimalli",
        "hankesivu",
        ["Pieksämäki", "Kangasniemi", "Joroinen"],
        "organisation/diak",
        "service/omaperhe-fi",
        start="2024-01-01",
        end="2025-12-31",
    )
    std(
        f,
        52,
        ["schedule", "costs", "staff", "output-scope", "benefits"],
        ["budget", "actual", "utilisation-percent"],
        ["staff-costs", "travel", "expert-services"],
        gstart=24,
        lights_units=[f.name],
    )
    word = {"g": "3/3", "y": "2/3", "r": "1/3"}
    body = [
        f"<h1>{f.name}</h1>",
        *head_lines(f, "htmltable"),
        f"<p>{org(f, 'organisation/diak')} ohjaa tiimien työnohjauksen. Perheet löytävät palvelut OmaPerhe.fi-palvelusta.</p>",
        "<h2>Virstanpylväät osa-alueittain</h2>",
        "<p>Luku kertoo, montako osa-alueen kolmesta syksyn virstanpylväästä saavutettiin. 3/3 = suunnitelmassa; 2/3 ja 1/3 = poikkeama.</p>",
        "<table><tr><th>Osa-alue</th><th>Virstanpylväät</th></tr>",
    ]
    body += [
        f"<tr><td>{lab(DIMS, d, 'fi')}</td><td>{word[c]}</td></tr>" for d, c in f.lights[f.name].items()
    ] + ["</table>"]
    body += text.cost_lines(f, f.tables[0], "html", "sp", "<h2>Kustannukset hankkeen alusta</h2>")
    body += (
        ["<h2>Tavoitteet</h2>", "<ul>"]
        + [f"<li>{t}: {goal_word(s, 'fi').lower()}</li>" for t, s in f.goals]
        + ["</ul>"]
    )
    return f, text._html(f, body)


def id53() -> tuple[Facts, Content]:
    """Negative: a glossary of terms joined by 'och' before '=' ('hemrehabilitering och bedömningsperiod =
    tjänster i hemmet') stands above the lights, whose own key is a plain one-word legend."""
    f = base(
        53,
        "pohjanmaa",
        "county/17",
        "sv",
        "txt",
        "status-report",
        "status-report",
        "ordlista-foljt-av-ljus",
        2025,
        "2025-04-15",
        "Sydösterbottens hemrehabilitering",
        "lagesrapport",
        ["Närpes", "Kaskö", "Kristinestad"],
        "organisation/novia",
        "service/omaolo",
        start="2024-04-01",
        end="2026-03-31",
    )
    std(
        f,
        53,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual"],
        ["staff-costs", "travel", "materials"],
        gstart=5,
        lights_units=[f.name],
    )
    vals = text.COLOUR["sv"]
    out = [
        f"LÄGESRAPPORT 4/2025 – {f.name.upper()}",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/novia')} utvärderar rehabiliteringsperioderna. Klienterna gör en symtombedömning i Omaolo.",
        "",
        "ORDLISTA",
        "  hemrehabilitering och bedömningsperiod = tjänster som ges i klientens hem",
        "  närstående och anhöriga = personer som stöder klienten utan lön",
        "  gul och orange kort = kort som klienten får av fysioterapeuten",
        "",
        "LÄGE (grön = enligt plan, gul = avvikelse, röd = allvarlig avvikelse)",
    ]
    out += [f"  {lab(DIMS, d, 'sv')}: {vals[c]}" for d, c in f.lights[f.name].items()] + [""]
    out += text.cost_lines(f, f.tables[0], "txt", "sp", "KOSTNADER SEDAN START (euro)")
    out += ["MÅL", *text.goal_lines(f, "dash")]
    return f, "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------
# 73a92302: the English name of the Future Health and Social Services Centres programme in the singular


def _programme(f: Facts) -> None:
    """The programme is the dependency and names its funder (STM), which the document does not name."""
    f.programmes.append("programme/tulevaisuuden-sote-keskus")
    f.funder_org = False


def id54() -> tuple[Facts, Content]:
    """An English deck whose only funding line is a slide footer 'Funded by the Future Health and Social
    Services Centre programme' (singular); the ministry is not named."""
    f = base(
        54,
        "kanta_hame",
        "county/07",
        "en",
        "pptx",
        "status-report",
        "status-report",
        "pptx-en-programme-footer",
        2023,
        "2023-06-08",
        "Forssa Region One-Stop Health Desk",
        "board_deck",
        ["Forssa", "Humppila", "Jokioinen", "Tammela"],
        "organisation/hamk",
        "service/omaolo",
        start="2021-03-01",
        end="2023-10-31",
        parts=[("Sprint 1", "Walk-in desk at the health centre"), ("Sprint 2", "Phone triage for all ages")],
    )
    std(
        f,
        54,
        ["schedule", "costs", "staff"],
        ["budget", "actual"],
        ["staff-costs", "software", "communication-services"],
        gstart=1,
    )
    _programme(f)
    f.money = [(f.name, f.money[0][1], "granted")]
    vals, key = text.SCALES["en"]
    footer = "Funded by the Future Health and Social Services Centre programme"

    def write(out: Path) -> None:
        from test33_binaries import _deck, _save_zip, _slide_table

        prs = _deck(dt.datetime(2023, 6, 8, 9, 0, 0))

        def foot(slide) -> None:
            box = slide.shapes.add_textbox(457200, 6309360, 8229600, 320040)
            box.text_frame.text = footer

        s1 = prs.slides.add_slide(prs.slide_layouts[1])
        s1.shapes.title.text = f.name
        lines = [ln for ln in head_lines(f, "fields") if not ln.startswith("Funder")]
        s1.placeholders[1].text = "\n".join(lines)
        foot(s1)
        s2 = prs.slides.add_slide(prs.slide_layouts[5])
        s2.shapes.title.text = "Status by sprint"
        us = units(f)
        dims = list(f.lights[us[0]])
        _slide_table(
            s2,
            [["Area", *[short(u) for u in us]]]
            + [[lab(DIMS, d, "en"), *[vals[f.lights[u][d]] for u in us]] for d in dims],
        )
        box = s2.shapes.add_textbox(457200, 5029200, 8229600, 457200)
        box.text_frame.text = key
        foot(s2)
        s3 = prs.slides.add_slide(prs.slide_layouts[5])
        s3.shapes.title.text = "Costs since the start (EUR)"
        t = f.tables[0]
        _slide_table(
            s3,
            [["Cost category", "Budget", "Actual"]]
            + [[lab(CATS, k, "en"), *[num(v, "en") for v in vals_]] for k, vals_ in t.rows],
        )
        foot(s3)
        s4 = prs.slides.add_slide(prs.slide_layouts[1])
        s4.shapes.title.text = "Objectives"
        s4.placeholders[1].text = "\n".join(f"{t_}: {goal_word(s, 'en').lower()}" for t_, s in f.goals)
        s4.notes_slide.notes_text_frame.text = (
            f"{org(f, 'organisation/hamk')} evaluates the desk with client interviews."
        )
        foot(s4)
        _save_zip(prs, out, "2023-06-08T09:00:00Z")

    return f, write


def id55() -> tuple[Facts, Content]:
    """An English e-mail: the programme in the singular and the possessive ('the Future Health and Social
    Services Centre programme's grant of €412,000'), the ministry not named."""
    f = base(
        55,
        "lappi",
        "county/21",
        "en",
        "eml",
        "final-report",
        "final-report",
        "eml-en-programme-possessive",
        2023,
        "2023-11-02",
        "Kemi-Tornio Social Counselling at Pharmacies",
        "closing_mail",
        ["Kemi", "Tornio", "Keminmaa"],
        "organisation/lapin-amk",
        "service/palvelutietovaranto",
        start="2021-01-01",
        end="2023-10-31",
    )
    std(
        f,
        55,
        ["schedule", "costs", "output-quality", "benefits"],
        ["granted", "actual"],
        ["staff-costs", "premises", "travel"],
        gstart=6,
        lights_units=[f.name],
    )
    _programme(f)
    grant = f.money[0][1]
    vals, key = text.SCALES["tick"]
    t = f.tables[0]
    body = [
        "Dear steering group,",
        "",
        f"{f.name} closed on 31 October 2023. The project was carried out in {text.munis(f, ', ', ' and ')} ({text.county(f)}), and the",
        f"Future Health and Social Services Centre programme's grant of €{num(grant, 'en')} covered its costs.",
        f"{org(f, 'organisation/lapin-amk')} interviewed the pharmacy clients; the counselling points are listed in the Finnish Service Catalogue.",
        "",
        f"Closing status ({key})",
    ]
    body += [f"  {lab(DIMS, d, 'en')}: {vals[c]}" for d, c in f.lights[f.name].items()]
    body += ["", "Costs 1.1.2021-31.10.2023 (EUR)", "  Category | Granted | Actual"]
    body += [
        "  " + " | ".join([lab(CATS, k, "en"), *[cell(v, c, "en") for v, c in zip(vs, t.columns, strict=True)]])
        for k, vs in t.rows
    ]
    body += ["", "Objectives"] + [f"  - {t_}: {goal_word(s, 'en').lower()}" for t_, s in f.goals]
    body += ["", "Kind regards,", "Project coordinator"]
    head = [
        "From: Project coordinator <coordinator@example.invalid>",
        "To: Steering group <sg@example.invalid>",
        "Subject: Closing summary",
        "Date: Thu, 02 Nov 2023 15:20:00 +0200",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"; format=flowed',
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    return f, "\n".join(head) + "\n" + "\n".join(body) + "\n"


def id56() -> tuple[Facts, Content]:
    """Negative: a new 'Future Health and Social Services Centre' BUILDING (a place) is named; the project
    is funded by the ministry's own grant, and the programme is not named."""
    f = base(
        56,
        "pohjois_savo",
        "county/13",
        "en",
        "html",
        "county-page",
        "county-page",
        "en-county-page-centre-building",
        2025,
        "2025-03-03",
        "Iisalmi Family Centre Outreach",
        "news_page",
        ["Iisalmi", "Vieremä", "Sonkajärvi"],
        "organisation/savonia",
        "service/omaperhe-fi",
        start="2024-08-01",
        end="2026-07-31",
    )
    std(
        f,
        56,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual", "committed"],
        ["staff-costs", "premises", "materials"],
        gstart=5,
        lights_units=[f.name],
    )
    vals, key = text.SCALES["moons"]
    body = (
        [
            f"<h1>{f.name}: the first half-year</h1>",
            '<p class="date">3 March 2025</p>',
            "<p>The outreach team moved in January into the new Future Health and Social Services Centre building on the market square of Iisalmi, "
            "where the family centre now shares the ground floor with the health station.</p>",
            *head_lines(f, "html"),
            f"<p>{org(f, 'organisation/savonia')} trains the outreach workers. Families find the services in OmaPerhe.fi.</p>",
            f"<p>{key}</p>",
            "<ul>",
        ]
        + [f"<li>{lab(DIMS, d, 'en')} {vals[c]}</li>" for d, c in f.lights[f.name].items()]
        + ["</ul>"]
    )
    body += text.cost_lines(f, f.tables[0], "html", "en", "<h2>Costs since the start (EUR)</h2>")
    body += (
        ["<h2>Objectives</h2>", "<ul>"]
        + [f"<li>{t}: {goal_word(s, 'en').lower()}</li>" for t, s in f.goals]
        + ["</ul>"]
    )
    return f, text._html(f, body)


# ----------------------------------------------------------------------------------------------------
# ca1849ef: label lookup on a wide .tsv of short cells (the facts must come out as before, only faster)


def id57() -> tuple[Facts, Content]:
    """A wide TSV of 30 short cells a row: the cost block gives the year's budget, twelve monthly actuals,
    the year's actual and the next year's budget (the months are no columns); lights coded one letter a
    month with the current month's code in a column of its own."""
    f = base(
        57,
        "keski_suomi",
        "county/15",
        "fi",
        "tsv",
        "status-report",
        "status-report",
        "levea-kuukausitaulukko-30-solua",
        2024,
        "2025-01-20",
        "Jämsän seudun sosiaaliohjauksen työparit",
        "kuukausiseuranta",
        ["Jämsä", "Kuhmoinen", "Luhanka"],
        "organisation/jamk",
        "service/suomi-fi-viestit",
        start="2023-08-01",
        end="2025-07-31",
    )
    cats = ["staff-costs", "travel", "materials", "premises", "software"]
    f.tables.append(text.auto_table(f.name, 571, "annual", 2024, ["budget", "actual"], cats))
    next_year = {k: [v[0] * 0.6] for k, v in f.tables[0].rows if k != "total"}
    f.tables.append(table(f.name, "annual", 2025, ["budget"], next_year))
    f.money.append((f.name, text.consistent(f, 900000, "granted"), "granted"))
    text.auto_lights(f, 57, ["schedule", "costs", "staff", "risks", "benefits"], [f.name])
    text.goals(f, 26)
    months = [
        "tammi",
        "helmi",
        "maalis",
        "huhti",
        "touko",
        "kesä",
        "heinä",
        "elo",
        "syys",
        "loka",
        "marras",
        "joulu",
    ]
    rows = ["\t".join(["Hanke", f.name] + [""] * 28)]
    for line in head_lines(f, "fields")[1:]:
        k, v = line.split(": ", 1)
        rows.append("\t".join([k, v] + [""] * 28))
    rows.append("\t".join(["Kumppani", f"{org(f, 'organisation/jamk')} kouluttaa työparit", *[""] * 28]))
    rows.append("\t".join(["Kutsut", "Suomi.fi-viestit", *[""] * 28]))
    rows.append("\t".join([""] * 30))
    rows.append(
        "\t".join(
            [
                "TILANNE 2024",
                "V = vihreä (suunnitelmassa), K = keltainen ja P = punainen (poikkeama); nykytila = joulukuu",
                *[""] * 28,
            ]
        )
    )
    rows.append("\t".join(["Osa-alue", *months, "nykytila", *[""] * 16]))
    for d, c in f.lights[f.name].items():
        code = {"g": "V", "y": "K", "r": "P"}[c]
        hist = ["V"] * 9 + [code] * 3
        rows.append("\t".join([lab(DIMS, d, "fi"), *hist, code, *[""] * 16]))
    rows.append("\t".join([""] * 30))
    t = f.tables[0]
    rows.append(
        "\t".join(
            [
                "KUSTANNUKSET 2024 (€)",
                "Budjetti 2024",
                *[f"{m} tot." for m in months],
                "Toteuma 2024",
                "Budjetti 2025",
                *[""] * 14,
            ]
        )
    )
    sums = [0.0] * 12
    for k, (b, a) in t.rows:
        if k == "total":
            share = sums
        else:
            share = [round(a / 12 / 100) * 100] * 11
            share.append(a - sum(share))
            sums = [x + y for x, y in zip(sums, share, strict=True)]
        rows.append(
            "\t".join(
                [
                    lab(CATS, k, "fi"),
                    num(b, "plain"),
                    *[num(x, "plain") for x in share],
                    num(a, "plain"),
                    num(b * 0.6, "plain"),
                    *[""] * 14,
                ]
            )
        )
    rows.append("\t".join([""] * 30))
    for t_, s in f.goals:
        rows.append("\t".join(["Tavoite", t_, goal_word(s, "fi"), *[""] * 27]))
    return f, "\n".join(rows) + "\n"


# ----------------------------------------------------------------------------------------------------
# 2a61d590: Excel's separator note on a CSV's first line is no row


def id58() -> tuple[Facts, Content]:
    """A CSV that begins with a byte-order mark and then Excel's note 'sep=;' (the note after the BOM);
    the project's name is the first real row's value."""
    f = base(
        58,
        "satakunta",
        "county/06",
        "fi",
        "csv",
        "status-report",
        "status-report",
        "bom-ja-sep-rivi",
        2025,
        "2025-05-05",
        "Pohjois-Satakunnan mielenterveyskuntoutujien asumisvalmennus",
        "asumisvalmennus_seuranta",
        ["Kankaanpää", "Jämijärvi", "Karvia", "Siikainen"],
        "organisation/samk",
        "service/mielenterveystalo",
        start="2024-05-01",
        end="2026-04-30",
        parts=[("Valmennuslinja 1", "Oma koti -valmennus"), ("Valmennuslinja 2", "Tukiasuntojen verkosto")],
    )
    std(
        f,
        58,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual", "committed"],
        ["staff-costs", "premises", "travel"],
        gstart=11,
    )
    vals, key = text.SCALES["badge"]
    rows = ["\ufeffsep=;"] + [";".join(line.split(": ", 1)) for line in head_lines(f, "fields")]
    rows.append(f"Kumppanin tehtävä;{org(f, 'organisation/samk')} kouluttaa asumisvalmentajat")
    rows += ["", f"Tilanne;{key}", "Osa-alue;" + ";".join(short(u) for u in units(f))]
    dims = list(f.lights[units(f)[0]])
    rows += [";".join([lab(DIMS, d, "fi"), *[vals[f.lights[u][d]] for u in units(f)]]) for d in dims]
    rows += ["", *text.cost_lines(f, f.tables[0], "semi", "plain", "")[2:-1]]
    rows += ["", "Tavoite;Toteutuminen"] + [f"{t};{goal_word(s, 'fi')}" for t, s in f.goals]
    return f, "\n".join(rows) + "\n"


def id59() -> tuple[Facts, Content]:
    """An English CSV whose first line is Excel's note for a PIPE separator ('sep=|'), cells split by '|',
    amounts with comma thousands (safe inside pipe-separated cells)."""
    f = base(
        59,
        "pirkanmaa",
        "county/08",
        "en",
        "csv",
        "status-report",
        "status-report",
        "en-sep-pipe-note",
        2024,
        "2024-11-29",
        "Valkeakoski Lakeside Day Rehabilitation",
        "status_export",
        ["Valkeakoski", "Akaa", "Urjala"],
        "organisation/tamk",
        "service/omaolo",
        start="2023-11-01",
        end="2025-10-31",
    )
    std(
        f,
        59,
        ["schedule", "costs", "output-quality", "staff"],
        ["budget", "actual", "forecast"],
        ["staff-costs", "premises", "service-purchases"],
        kind="annual",
        year=2024,
        gstart=2,
        lights_units=[f.name],
    )
    vals, key = text.SCALES["en"]
    rows = ["sep=|"] + ["|".join(line.split(": ", 1)) for line in head_lines(f, "fields")]
    rows.append(f"Partner role|{org(f, 'organisation/tamk')} evaluates the day rehabilitation groups")
    rows += ["", f"Status|{key}"] + [f"{lab(DIMS, d, 'en')}|{vals[c]}" for d, c in f.lights[f.name].items()]
    t = f.tables[0]
    rows += ["", "Cost category|Budget 2024|Actual Jan-Oct|Forecast 2024"]
    rows += ["|".join([lab(CATS, k, "en"), *[num(v, "en") for v in vs]]) for k, vs in t.rows]
    rows += ["", "Objective|Achievement"] + [f"{t_}|{goal_word(s, 'en')}" for t_, s in f.goals]
    return f, "\n".join(rows) + "\n"


# ----------------------------------------------------------------------------------------------------
# 320888a2: a key that names only the value on plan; the grid's other values are deviations


def id60() -> tuple[Facts, Content]:
    """Swedish: 'Endast "i fas" räknas som enligt plan.' under a table whose other values ('något efter',
    'klart efter', 'osäkert') are listed nowhere else."""
    f = base(
        60,
        "vantaa_kerava",
        "county/04",
        "sv",
        "md",
        "status-report",
        "status-report",
        "endast-ett-varde-enligt-plan",
        2025,
        "2025-09-19",
        "Kervo hemvårdens nattpatrull",
        "lagesrapport",
        ["Kervo", "Vanda"],
        "organisation/arcada",
        "service/kanta",
        start="2024-10-01",
        end="2026-09-30",
        parts=[("Delprojekt 1", "Nattpatrullens besök"), ("Delprojekt 2", "Trygghetstelefonens svar")],
    )
    std(
        f,
        60,
        ["schedule", "costs", "staff", "risks"],
        ["budget", "actual"],
        ["staff-costs", "travel", "phone-and-ict-equipment"],
        gstart=8,
    )
    word = {"g": "i fas", "y": "något efter", "r": "klart efter"}
    us = units(f)
    out = [
        f"# Lägesrapport september 2025: {f.name}",
        "",
        *head_lines(f, "bold"),
        "",
        f"{org(f, 'organisation/arcada')} utbildar nattpatrullens personal. Besöken dokumenteras i Kanta-tjänsterna.",
        "",
        "## Läge per delprojekt",
        "",
        "| Område | " + " | ".join(short(u) for u in us) + " |",
        "|---|" + "---|" * len(us),
    ]
    for d in f.lights[us[0]]:
        out.append(f"| {lab(DIMS, d, 'sv')} | " + " | ".join(word[f.lights[u][d]] for u in us) + " |")
    out += ["", 'Endast "i fas" räknas som enligt plan.', ""]
    out += text.cost_lines(f, f.tables[0], "md", "nb", "## Kostnader sedan start (euro)")
    out += ["## Mål", "", *text.goal_lines(f, "paren")]
    return f, "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------
# 3512f6db: a PDF page of two text columns read one after the other


#: A goal's verdict as the verb of a sentence.
VERB = {
    "achieved": "toteutui",
    "partly-achieved": "toteutui osittain",
    "not-achieved": "ei toteutunut",
    "moved-later": "siirtyi myöhemmäksi",
    "unfinished": "jäi kesken",
}


def id61() -> tuple[Facts, Content]:
    """A one-page PDF project card: the left column flowing prose wrapped at the column's width (the
    name, the municipalities, the partner, the goals and their outcome in sentences), the right column
    label/value facts and the lights; the cost table full width below both."""
    f = base(
        61,
        "etela_karjala",
        "county/11",
        "fi",
        "pdf",
        "final-report",
        "final-report",
        "pdf-kaksi-palstaa-hankekortti",
        2025,
        "2025-06-30",
        "Imatran seudun nuorten päihdetyön jalkautuva malli",
        "hankekortti",
        ["Imatra", "Ruokolahti", "Rautjärvi"],
        "organisation/lab",
        "service/mielenterveystalo",
        start="2023-07-01",
        end="2025-05-31",
    )
    std(
        f,
        61,
        ["schedule", "costs", "staff", "benefits"],
        ["granted", "actual"],
        ["staff-costs", "travel", "materials"],
        gstart=10,
        lights_units=[f.name],
    )
    g = f.goals
    prose = (
        f"{f.name} vei päihdetyön nuorten luo kouluille ja kauppakeskuksiin kunnissa {text.munis(f, ', ', ' ja ')}. "
        f"{org(f, 'organisation/lab')} koulutti jalkautuvat työntekijät ja arvioi mallin. Nuoria ohjattiin myös Mielenterveystalon omahoitoon. "
        f"Hankkeen ensimmäinen tavoite oli, että {g[0][0][0].lower() + g[0][0][1:]}; se {VERB[g[0][1]]}. "
        f"Toinen tavoite oli, että {g[1][0][0].lower() + g[1][0][1:]}; se {VERB[g[1][1]]}. "
        f"Kolmas tavoite oli, että {g[2][0][0].lower() + g[2][0][1:]}; se {VERB[g[2][1]]}."
    )
    f.goals = [(t[0].lower() + t[1:], s) for t, s in g]
    right = [
        ln
        for ln in head_lines(f, "fields")
        if not ln.startswith(("Hankkeen nimi", "Kunnat", "Yhteistyö", "Hyödynn"))
    ]
    vals = text.COLOUR["fi"]
    right += ["", "Lopputilanne (vihreä = suunnitelmassa):"] + [
        f"{lab(DIMS, d, 'fi')}: {vals[c]}" for d, c in f.lights[f.name].items()
    ]

    def write(out: Path) -> None:
        import textwrap

        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas as pdfcanvas

        c = pdfcanvas.Canvas(str(out), pagesize=A4, invariant=1)
        _w, h = A4
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, h - 50, "Hankekortti 6/2025")
        y0 = h - 80
        c.setFont("Helvetica", 9.5)
        y = y0
        for line in textwrap.wrap(prose, 52):
            c.drawString(40, y, line)
            y -= 13
        yr = y0
        for line in right:
            for piece in textwrap.wrap(line, 44) or [""]:
                c.drawString(320, yr, piece)
                yr -= 13
        y = min(y, yr) - 20
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, y, "Kustannukset koko hankeajalta (euroa)")
        y -= 16
        c.setFont("Helvetica", 9.5)
        t = f.tables[0]
        for row in [["Kustannuslaji", "Myönnetty", "Toteutunut"]] + [
            [lab(CATS, k, "fi"), *[num(v, "sp") for v in vs]] for k, vs in t.rows
        ]:
            for x, cell_ in zip((40, 260, 380), row, strict=True):
                c.drawString(x, y, cell_)
            y -= 13
        c.showPage()
        c.save()

    return f, write


# ----------------------------------------------------------------------------------------------------
# 040fe022: each sum after its column's word (one sentence; category lines over lines of sums)


def id62() -> tuple[Facts, Content]:
    """A Swedish e-mail whose whole cost table is ONE sentence: caption, colon, items parted by semicolons,
    each a category and its sums after their column words ('personalkostnader budget 280 000, utfall …')."""
    f = base(
        62,
        "lansi_uusimaa",
        "county/03",
        "sv",
        "eml",
        "status-report",
        "status-report",
        "eml-kostnader-i-en-mening",
        2024,
        "2024-10-08",
        "Lojo tvåspråkiga barnrådgivning",
        "lagesmejl",
        ["Lojo", "Raseborg", "Sjundeå"],
        "organisation/novia",
        "service/omaperhe-fi",
        start="2024-01-01",
        end="2025-12-31",
    )
    std(
        f,
        62,
        ["schedule", "costs", "staff"],
        ["budget", "actual"],
        ["staff-costs", "travel", "premises"],
        kind="annual",
        year=2024,
        gstart=5,
        lights_units=[f.name],
        money=[(720000, "granted")],
    )
    t = f.tables[0]
    items = "; ".join(
        f"{lab(CATS, k, 'sv').lower() if k != 'total' else 'totalt'} budget {num(b, 'sp')}, utfall {num(a, 'sp')}"
        for k, (b, a) in t.rows
    )
    vals = text.COLOUR["sv"]
    body = [
        "Hej alla,",
        "",
        f"här kommer läget för {f.name} ({text.county(f)}; Lojo, Raseborg och Sjundeå).",
        f"{org(f, 'organisation/novia')} utvärderar rådgivningen på båda språken, och familjerna hittar den i OmaPerhe.fi.",
        f"Projektet får {num(f.money[0][1], 'sp')} euro i statsunderstöd från {org(f, 'organisation/stm')} för 1.1.2024–31.12.2025.",
        "",
        "Läge (grön = enligt plan, gul och röd = avvikelse): "
        + ", ".join(f"{lab(DIMS, d, 'sv').lower()} {vals[c]}" for d, c in f.lights[f.name].items())
        + ".",
        "",
        f"Kostnader 2024 (euro, utfall 1–9/2024): {items}.",
        "",
        "Målen:",
    ]
    body += [f"- {t_}: {goal_word(s_, 'sv').lower()}" for t_, s_ in f.goals]
    body += ["", "Hälsningar", "Projektkoordinatorn"]
    head = [
        "From: Projektkoordinator <koordinator@example.invalid>",
        "To: Styrgrupp <styrgrupp@example.invalid>",
        "Subject: =?utf-8?q?L=C3=A4get_i_oktober?=",
        "Date: Tue, 08 Oct 2024 09:30:00 +0300",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    return f, "\n".join(head) + "\n" + "\n".join(body) + "\n"


def id63() -> tuple[Facts, Content]:
    """Finnish text: each cost category on a line of its own over a line of its sums after their words
    joined by ' – ' ('suunniteltu 240 000 – toteutunut 171 300 – sidottu 12 000'); near-misses: counts in the
    same shape ('Asiakkaat' over 'tavoite 300 – toteutunut 284')."""
    f = base(
        63,
        "pohjois_pohjanmaa",
        "county/19",
        "fi",
        "txt",
        "status-report",
        "status-report",
        "kustannusrivit-sanojen-jalkeen-viivat",
        2025,
        "2025-02-11",
        "Raahen seudun kotiin vietävä suun terveydenhuolto",
        "tilannekirje",
        ["Raahe", "Siikajoki", "Pyhäjoki"],
        "organisation/oamk",
        "service/omaolo",
        start="2024-03-01",
        end="2026-02-28",
    )
    std(
        f,
        63,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual", "committed"],
        ["staff-costs", "materials", "travel"],
        gstart=15,
        lights_units=[f.name],
    )
    vals, key = text.SCALES["valo"]
    out = [
        f"TILANNEKIRJE 1/2025 – {f.name}",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/oamk')} kouluttaa suuhygienistit kotikäynneille. Ajanvaraus tehdään Omaolossa.",
        "",
        "TILANNE",
        key,
    ] + [f"{lab(DIMS, d, 'fi')}: {vals[c]}" for d, c in f.lights[f.name].items()]
    out += [
        "",
        "ASIAKASMÄÄRÄT 2024",
        "Asiakkaat",
        "tavoite 300 – toteutunut 284",
        "Kotikäynnit",
        "tavoite 900 – toteutunut 812",
        "",
        "KUSTANNUKSET HANKKEEN ALUSTA (euroa)",
    ]
    for k, (b, a, c) in f.tables[0].rows:
        out += [
            lab(CATS, k, "fi"),
            f"suunniteltu {num(b, 'sp')} – toteutunut {num(a, 'sp')} – sidottu {num(c, 'sp')}",
        ]
    out += ["", "TAVOITTEET", *text.goal_lines(f, "dash")]
    return f, "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------
# 3ced9f74: the sum a basic-data row states under a grant's or an application's label


def id64() -> tuple[Facts, Content]:
    """An English XLSX whose basic-data rows give the sums as numbers without a unit under 'State grant'
    and 'Grant applied for', one with a note in the next cell; near-misses: 'Grant decision | 2024' (a
    year) and 'Grant instalments | 3' (a count)."""
    f = base(
        64,
        "kainuu",
        "county/20",
        "en",
        "xlsx",
        "status-report",
        "status-report",
        "xlsx-en-grant-rows-no-unit",
        2025,
        "2025-08-15",
        "Kuhmo Remote Physiotherapy for Farmers",
        "basic_data_sheet",
        ["Kuhmo", "Sotkamo", "Ristijärvi"],
        "organisation/kamk",
        "service/terveyskyla",
        start="2024-09-01",
        end="2026-08-31",
    )
    std(
        f,
        64,
        ["schedule", "costs", "staff", "risks"],
        ["budget", "actual", "utilisation-percent"],
        ["staff-costs", "travel", "software"],
        gstart=4,
        lights_units=[f.name],
    )
    grant = f.money[0][1]
    applied = grant + 60000
    f.money.append((f.name, applied, "applied"))
    vals, key = text.SCALES["en"]

    def write(out: Path) -> None:
        from test33_binaries import _save_zip, _workbook

        wb = _workbook(dt.datetime(2025, 8, 15, 10, 0, 0))
        ws = wb.active
        ws.title = "Basic data"
        for line in head_lines(f, "fields"):
            k, v = line.split(": ", 1)
            if k.startswith("Government grant"):
                continue
            ws.append([k, v])
        ws.append(["Grant applied for", applied])
        ws.append(["State grant", grant, "decision of the Ministry of Social Affairs and Health"])
        ws.append(["Grant decision", 2024])
        ws.append(["Grant instalments", 3])
        ws.append(
            [
                "Partner role",
                f"{org(f, 'organisation/kamk')} films the exercise videos, published in Terveyskylä",
            ]
        )
        st = wb.create_sheet("Status")
        st.append(["Status", key])
        for d, c in f.lights[f.name].items():
            st.append([lab(DIMS, d, "en"), vals[c]])
        co = wb.create_sheet("Costs")
        t = f.tables[0]
        co.append(["Cost category", "Budget", "Actual", "Utilisation %"])
        for k, vs in t.rows:
            co.append([lab(CATS, k, "en"), int(vs[0]), int(vs[1]), f"{int(vs[2])} %"])
        go = wb.create_sheet("Objectives")
        go.append(["Objective", "Achievement"])
        for t_, s_ in f.goals:
            go.append([t_, goal_word(s_, "en")])
        _save_zip(wb, out, "2025-08-15T10:00:00Z")

    return f, write


def id65() -> tuple[Facts, Content]:
    """A Swedish CSV card: the grant in a basic-data row as 'Beviljat understöd;430 000 (STM, beslut
    12.3.2024)' (a note after the sum) and the applied sum as 'Ansökt belopp;470000' (no unit)."""
    f = base(
        65,
        "pohjanmaa",
        "county/17",
        "sv",
        "csv",
        "status-report",
        "status-report",
        "csv-sv-understodsrader-med-not",
        2024,
        "2024-06-14",
        "Jakobstadsnejdens mobila munhälsa",
        "projektkort",
        ["Jakobstad", "Pedersöre", "Nykarleby", "Larsmo"],
        "organisation/novia",
        "service/suomi-fi-viestit",
        start="2024-03-01",
        end="2026-02-28",
    )
    std(
        f,
        65,
        ["schedule", "costs", "staff"],
        ["budget", "actual"],
        ["staff-costs", "materials", "phone-and-ict-equipment"],
        gstart=7,
        lights_units=[f.name],
    )
    grant = f.money[0][1]
    f.money.append((f.name, grant + 40000, "applied"))
    vals = text.COLOUR["sv"]
    rows = [
        ";".join(line.split(": ", 1))
        for line in head_lines(f, "fields")
        if not line.startswith(("Beviljat", "Finansiär"))
    ]
    rows += [
        f"Ansökt belopp;{grant + 40000}",
        f"Beviljat understöd;{num(grant, 'sp')} (STM, beslut 12.3.2024)",
        f"Samarbete;{org(f, 'organisation/novia')} utbildar munhygienisterna",
        "",
        "Läge;grön = enligt plan, gul/röd = avvikelse",
    ]
    rows += [f"{lab(DIMS, d, 'sv')};{vals[c]}" for d, c in f.lights[f.name].items()]
    rows += ["", *text.cost_lines(f, f.tables[0], "semi", "plain", "")[2:-1], "", "Mål;Bedömning"]
    rows += [f"{t_};{goal_word(s_, 'sv')}" for t_, s_ in f.goals]
    return f, "\n".join(rows) + "\n"


# ----------------------------------------------------------------------------------------------------
# 0d3c4077: a goals heading with a comma's aside or a genitive before its label


def id66() -> tuple[Facts, Content]:
    """Swedish Markdown: the goals under '3 Delprojektens mål, läget i december' (a genitive AND an aside)
    after a numbered '2 Kostnader' section; a negative '4 Enkätens resultat' lists findings, no goals."""
    f = base(
        66,
        "ita_uusimaa",
        "county/01",
        "sv",
        "md",
        "status-report",
        "status-report",
        "numrerade-avsnitt-genitiv-och-komma",
        2024,
        "2024-12-18",
        "Lovisanejdens närståendevårdarstöd",
        "arsrapport",
        ["Lovisa", "Lappträsk", "Mörskom"],
        "organisation/arcada",
        "service/lahella-fi",
        start="2024-01-01",
        end="2025-12-31",
        parts=[("Delprojekt 1", "Avlösning i hemmet"), ("Delprojekt 2", "Kamratgrupper")],
    )
    std(
        f,
        66,
        ["schedule", "costs", "staff"],
        ["budget", "actual"],
        ["staff-costs", "travel", "service-purchases"],
        kind="annual",
        year=2024,
        gstart=2,
    )
    out = [
        f"# Årsrapport 2024: {f.name}",
        "",
        "## 1 Grunduppgifter",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/arcada')} utvärderar avlösningen. Kamratgrupperna annonseras på Lähellä.fi.",
        "",
        "### Läge",
        "",
    ]
    out += [*text.light_lines(f, "sv3", "matrix", "md"), ""]
    out += ["## 2 Kostnader", "", *text.cost_lines(f, f.tables[0], "md", "sp", "Budget och utfall 2024 (euro)")]
    out += ["## 3 Delprojektens mål, läget i december", ""] + [
        f"- {t_} – {goal_word(s_, 'sv').lower()}" for t_, s_ in f.goals
    ]
    out += [
        "",
        "## 4 Enkätens resultat",
        "",
        "- Närståendevårdarna gav avlösningen vitsordet 4,4 av 5",
        "- Två av tre deltagare vill fortsätta i kamratgruppen",
        "",
    ]
    return f, "\n".join(out) + "\n"


def id67() -> tuple[Facts, Content]:
    """English DOCX: the goals under the heading 'Goals of the pilots, status at closing' (an of-phrase
    and an aside); negative: 'Findings of the client survey' with statements, no goals."""
    f = base(
        67,
        "paijat_hame",
        "county/09",
        "en",
        "docx",
        "final-report",
        "final-report",
        "docx-en-goals-of-the-pilots-heading",
        2025,
        "2025-12-03",
        "Heinola Mobile Memory Clinic",
        "closing_report",
        ["Heinola", "Hartola", "Sysmä"],
        "organisation/lab",
        "service/omaolo",
        start="2023-10-01",
        end="2025-09-30",
        parts=[("Pilot 1", "Memory nurse visits"), ("Pilot 2", "Remote neurologist consultations")],
    )
    std(
        f,
        67,
        ["schedule", "costs", "output-quality"],
        ["granted", "actual"],
        ["staff-costs", "travel", "expert-services"],
        gstart=7,
    )

    def write(out: Path) -> None:
        d = docx_document("Project office", dt.datetime(2025, 12, 3, 11, 0, 0))
        d.add_heading(f"{f.name}: closing report", level=1)
        for line in head_lines(f, "fields"):
            d.add_paragraph(line)
        d.add_paragraph(
            f"{org(f, 'organisation/lab')} evaluated the pilots. Clients did a memory self-test in Omaolo before the visit."
        )
        d.add_heading("Status at closing", level=2)
        d.add_paragraph("Green = as planned, amber and red = deviation.")
        us = units(f)
        dims = list(f.lights[us[0]])
        docx_table(
            d,
            [("Area", *[short(u) for u in us])]
            + [(lab(DIMS, dm, "en"), *[text.COLOUR["en"][f.lights[u][dm]] for u in us]) for dm in dims],
        )
        d.add_heading("Costs over the whole project (EUR)", level=2)
        t = f.tables[0]
        docx_table(
            d,
            [("Cost category", "Granted", "Actual")]
            + [(lab(CATS, k, "en"), *[num(v, "en") for v in vs]) for k, vs in t.rows],
        )
        d.add_heading("Goals of the pilots, status at closing", level=2)
        for t_, s_ in f.goals:
            d.add_paragraph(f"{t_} – {goal_word(s_, 'en').lower()}", style="List Bullet")
        d.add_heading("Findings of the client survey", level=2)
        for line in [
            "Most clients preferred a visit at home to a visit at the clinic",
            "Relatives valued the written summary",
        ]:
            d.add_paragraph(line, style="List Bullet")
        save(d, out, ZIP_TIME)

    return f, write


# ----------------------------------------------------------------------------------------------------
# e2264cae: a part's key before a goal is the part's, not the goal's words


def id68() -> tuple[Facts, Content]:
    """Finnish HTML: each goal opened by its part's key and a dash, the verdict after a colon ('Osio 2 –
    <goal>: toteutui'), the parts 'Osio N: …' named above."""
    f = base(
        68,
        "kymenlaakso",
        "county/10",
        "fi",
        "html",
        "county-page",
        "county-page",
        "osioavain-tavoitteen-edessa",
        2025,
        "2025-05-30",
        "Kouvolan nuorten työkykypolku",
        "hankesivu",
        ["Kouvola", "Iitti", "Hamina"],
        "organisation/xamk",
        "service/tarmoa",
        start="2024-06-01",
        end="2026-05-31",
        parts=[
            ("Osio 1", "Etsivä nuorisotyö"),
            ("Osio 2", "Työkokeilut yrityksissä"),
            ("Osio 3", "Terveystarkastukset"),
        ],
    )
    std(
        f,
        68,
        ["schedule", "costs", "staff"],
        ["budget", "actual"],
        ["staff-costs", "service-purchases", "travel"],
        gstart=12,
    )
    verb = {
        "achieved": "toteutui",
        "partly-achieved": "toteutui osittain",
        "not-achieved": "ei toteutunut",
        "moved-later": "siirtyi",
        "unfinished": "jäi kesken",
    }
    body = [
        f"<h1>{f.name}</h1>",
        *head_lines(f, "htmltable"),
        f"<p>{org(f, 'organisation/xamk')} valmentaa työkokeilupaikkojen ohjaajat. Nuoret ohjataan vertaistukeen Tarmoa-palveluun.</p>",
        "<h2>Tilanne</h2>",
        *text.light_lines(f, "valo", "transposed", "html"),
    ]
    body += text.cost_lines(f, f.tables[0], "html", "sp", "<h2>Kustannukset hankkeen alusta</h2>")
    body += ["<h2>Tavoitteet</h2>", "<p>"]
    body += [f"Osio {i} – {t_}: {verb[s_]}<br>" for i, (t_, s_) in enumerate(f.goals, 1)] + ["</p>"]
    return f, text._html(f, body)


def id69() -> tuple[Facts, Content]:
    """Swedish fixed-width text: trials named once as 'Försök A/B/C: …', then goals keyed by the trials'
    letters alone ('A  <goal> – uppnått'), in order A, B, C; the goals themselves begin with capitals."""
    f = base(
        69,
        "lansi_uusimaa",
        "county/03",
        "sv",
        "txt",
        "status-report",
        "status-report",
        "bokstavsnycklar-fore-malen",
        2023,
        "2023-10-30",
        "Hangö och Raseborgs hemsjukhus",
        "styrgruppspm",
        ["Hangö", "Raseborg", "Ingå"],
        "organisation/novia",
        "service/kanta",
        start="2022-11-01",
        end="2024-10-31",
        parts=[
            ("Försök A", "Kvällsbesök"),
            ("Försök B", "Distansuppföljning"),
            ("Försök C", "Läkemedelsautomat"),
        ],
    )
    std(
        f,
        69,
        ["schedule", "costs", "staff"],
        ["budget", "actual"],
        ["staff-costs", "travel", "phone-and-ict-equipment"],
        gstart=3,
    )
    f.goals = [
        ("Alla kvällsbesök dokumenteras samma dag", "achieved"),
        ("Bara en tredjedel av klienterna behöver åka till jouren", "partly-achieved"),
        ("Cirka hälften av doserna ges av automaten", "moved-later"),
    ]
    out = [
        f"PROMEMORIA, STYRGRUPPEN 30.10.2023 – {f.name}",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/novia')} utvärderar försöken. Journaluppgifterna går till Kanta-tjänsterna.",
        "",
        "LÄGE",
    ]
    out += [*text.light_lines(f, "hash", "transposed", "txt"), ""]
    out += text.cost_lines(f, f.tables[0], "txt", "sp", "KOSTNADER SEDAN START (euro)")
    out += ["MÅL PER FÖRSÖK"] + [
        f"{'ABC'[i]}  {t_} – {goal_word(s_, 'sv').lower()}" for i, (t_, s_) in enumerate(f.goals)
    ]
    return f, "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------
# f826e38c: parts that one sentence enumerates by word, key and colon


def id70() -> tuple[Facts, Content]:
    """A Finnish e-mail whose parts are named once, in one sentence, by a word no vocabulary holds ('Toimi
    1: …, Toimi 2: … ja Toimi 3: …'); near-miss: the indicators enumerated the same way ('Mittari 1: …')."""
    f = base(
        70,
        "etela_pohjanmaa",
        "county/16",
        "fi",
        "eml",
        "status-report",
        "status-report",
        "eml-toimet-yhdessa-lauseessa",
        2025,
        "2025-11-07",
        "Kuusiokuntien ikäihmisten liikkumisen tuki",
        "tilanneviesti",
        ["Alavus", "Ähtäri", "Kuortane", "Soini"],
        "organisation/seamk",
        "service/omaolo",
        start="2024-09-01",
        end="2026-08-31",
        parts=[
            ("Toimi 1", "Kotijumppa videoyhteydellä"),
            ("Toimi 2", "Kyläkuljetukset liikuntaryhmiin"),
            ("Toimi 3", "Kaatumisten ehkäisyn kartoitus"),
        ],
    )
    std(
        f,
        70,
        ["schedule", "costs", "staff"],
        ["budget", "actual"],
        ["staff-costs", "travel", "service-purchases"],
        gstart=8,
    )
    vals = text.COLOUR["fi"]
    p = f.part_names()
    body = [
        "Hei,",
        "",
        f"{f.name} etenee kunnissa {text.munis(f, ', ', ' ja ')}. Hankkeen toimet ovat {p[0]}, {p[1]} ja {p[2]}.",
        "Vaikutuksia seurataan kolmella mittarilla: Mittari 1: kaatumiset, Mittari 2: liikuntaryhmien kävijät ja Mittari 3: kotona asumisen kuukaudet.",
        f"{org(f, 'organisation/seamk')} arvioi kotijumpan vaikutukset. Kaatumisriski arvioidaan Omaolossa.",
        f"Hanketta rahoittaa {org(f, 'organisation/stm')} {num(f.money[0][1], 'sp')} euron valtionavustuksella; hanke kestää 1.9.2024–31.8.2026 ({text.county(f)}).",
        "",
        "Tilanne toimittain (vihreä = suunnitelmassa, keltainen ja punainen = poikkeama):",
    ]
    for u in units(f):
        body.append(
            f"- {short(u)}: "
            + ", ".join(f"{lab(DIMS, d, 'fi').lower()} {vals[c]}" for d, c in f.lights[u].items())
        )
    body += ["", "Kustannukset hankkeen alusta (euroa):"] + [
        "  " + line for line in text.cost_lines(f, f.tables[0], "txt", "sp", "")[2:-1]
    ]
    body += (
        ["", "Tavoitteet:"]
        + [f"- {t_} ({goal_word(s_, 'fi').lower()})" for t_, s_ in f.goals]
        + ["", "Terveisin", "Hankekoordinaattori"]
    )
    head = [
        "From: Hankekoordinaattori <koordinaattori@example.invalid>",
        "To: Ohjausryhma <or@example.invalid>",
        "Subject: Tilanneviesti marraskuu",
        "Date: Fri, 07 Nov 2025 12:00:00 +0200",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    return f, "\n".join(head) + "\n" + "\n".join(body) + "\n"


def id71() -> tuple[Facts, Content]:
    """An English county page: 'The project runs in three lanes: Lane I: …, Lane II: … and Lane III: ….'
    (roman keys, an English word no vocabulary holds as a part word); near-miss: 'Phase 1: …, Phase 2: …'."""
    f = base(
        71,
        "keski_suomi",
        "county/15",
        "en",
        "html",
        "county-page",
        "county-page",
        "en-lanes-roman-in-one-sentence",
        2024,
        "2024-04-26",
        "Jyväskylä Night-Time Social Work",
        "project_page",
        ["Jyväskylä", "Muurame", "Laukaa"],
        "organisation/jamk",
        "service/suomi-fi-viestit",
        start="2023-09-01",
        end="2025-08-31",
        parts=[
            ("Lane I", "Night social worker on call"),
            ("Lane II", "Shelter coordination"),
            ("Lane III", "Morning follow-up calls"),
        ],
    )
    std(
        f,
        71,
        ["schedule", "costs", "staff"],
        ["budget", "actual", "utilisation-percent"],
        ["staff-costs", "premises", "travel"],
        gstart=3,
    )
    p = f.part_names()
    _vals, key = text.SCALES["en"]
    body = [
        f"<h1>{f.name}</h1>",
        f"<p>The project runs in three lanes: {p[0]}, {p[1]} and {p[2]}. It was planned in two steps, Phase 1: mapping the night-time calls "
        "and Phase 2: piloting the model.</p>",
        *[ln for ln in head_lines(f, "html") if "<dt>Parts</dt>" not in ln],
        f"<p>{org(f, 'organisation/jamk')} evaluates the night work. Follow-up messages go out through Suomi.fi Messages.</p>",
        f"<p>{key}</p>",
        *text.light_lines(f, "en", "transposed", "html"),
    ]
    body += text.cost_lines(f, f.tables[0], "html", "en", "<h2>Costs since the start (EUR)</h2>")
    body += (
        ["<h2>Objectives</h2>", "<ul>"]
        + [f"<li>{t_}: {goal_word(s_, 'en').lower()}</li>" for t_, s_ in f.goals]
        + ["</ul>"]
    )
    return f, text._html(f, body)


# ----------------------------------------------------------------------------------------------------
# 77c01a50: a union or foundation named by one compound on 'liitto' / 'säätiö' that the dictionary knows


def id72() -> tuple[Facts, Content]:
    """Finnish memo: 'Aivoliitto kouluttaa …' at a sentence's start and 'yhteistyössä Kuntoutussäätiön kanssa'
    (inflected), both partners; negatives: 'Avioliitto ja avoliitto …' (dictionary compounds on 'liitto' that
    are no parties) and 'Kuntaliitos …'."""
    f = base(
        72,
        "kanta_hame",
        "county/07",
        "fi",
        "md",
        "status-report",
        "status-report",
        "liitto-saatio-yhdyssanat",
        2025,
        "2025-01-28",
        "Hämeenlinnan afasiakuntoutuksen etäryhmät",
        "ohjausryhman_muistio",
        ["Hämeenlinna", "Hattula", "Janakkala"],
        "",
        "service/terveyskyla",
        start="2024-02-01",
        end="2026-01-31",
    )
    std(
        f,
        72,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual", "committed"],
        ["staff-costs", "software", "expert-services"],
        gstart=14,
        lights_units=[f.name],
    )
    vals, key = text.SCALES["badge"]
    out = [
        f"# Ohjausryhmän muistio 28.1.2025: {f.name}",
        "",
        *[ln for ln in head_lines(f, "fields") if not ln.startswith("Yhteistyö")],
        "",
        "## Kumppanit",
        "",
        "Aivoliitto kouluttaa ryhmien ohjaajat ja tuottaa harjoitusmateriaalin. Ryhmien vaikutuksia arvioidaan yhteistyössä Kuntoutussäätiön kanssa.",
        "Harjoitukset julkaistaan Terveyskylässä.",
        "",
        "Taustaksi kirjattiin, että avioliitto ja avoliitto ovat kuntoutujien yleisimmät perhemuodot ja että puoliso on usein ryhmässä mukana. "
        "Kuntaliitos ei koske hankkeen kuntia.",
        "",
        "## Tilanne",
        "",
        key,
    ] + [f"- {lab(DIMS, d, 'fi')}: {vals[c]}" for d, c in f.lights[f.name].items()]
    out += ["", *text.cost_lines(f, f.tables[0], "md", "sp", "## Kustannukset hankkeen alusta (€)")]
    out += ["## Tavoitteet", "", *text.goal_lines(f, "dash")]
    f.partners = ["name:aivoliitto", "name:kuntoutussäätiö"]
    return f, "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------
# e9341731: the project plan named whole as the on-plan cue ('följer projektplanen', 'in line with the
# project plan'); its negation a deviation


def id73() -> tuple[Facts, Content]:
    """Swedish text: a key of made-up status words explained by the plan: '"rullar" = följer projektplanen;
    "hackar" och "står still" = följer inte projektplanen'."""
    f = base(
        73,
        "varsinais_suomi",
        "county/05",
        "sv",
        "txt",
        "status-report",
        "status-report",
        "projektplanen-som-nyckel",
        2025,
        "2025-04-04",
        "Åboland skärgårdens hemservice på distans",
        "lagesrapport",
        ["Pargas", "Kimitoön"],
        "organisation/novia",
        "service/kanta",
        start="2024-04-01",
        end="2026-03-31",
        parts=[("Delprojekt 1", "Distansbesök"), ("Delprojekt 2", "Båtburen hemvård")],
    )
    std(
        f,
        73,
        ["schedule", "costs", "staff", "risks"],
        ["budget", "actual"],
        ["staff-costs", "travel", "phone-and-ict-equipment"],
        gstart=2,
    )
    word = {"g": "rullar", "y": "hackar", "r": "står still"}
    out = [
        f"LÄGESRAPPORT VÅREN 2025 – {f.name}",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/novia')} utvärderar distansbesöken. Uppgifterna sparas i Kanta-tjänsterna.",
        "",
        'LÄGE ("rullar" = följer projektplanen; "hackar" och "står still" = följer inte projektplanen)',
    ]
    for u in units(f):
        out.append(f"  {u}")
        out += [f"    {lab(DIMS, d, 'sv')}: {word[c]}" for d, c in f.lights[u].items()]
    out += ["", *text.cost_lines(f, f.tables[0], "txt", "sp", "KOSTNADER SEDAN START (euro)")]
    out += ["MÅL", *text.goal_lines(f, "dash")]
    return f, "\n".join(out) + "\n"


def id74() -> tuple[Facts, Content]:
    """English Markdown: each light a sentence ('Schedule is in line with the project plan.', 'Costs are not
    in line with the project plan.'), no colours at all."""
    f = base(
        74,
        "etela_savo",
        "county/12",
        "en",
        "md",
        "status-report",
        "status-report",
        "en-in-line-with-plan-sentences",
        2024,
        "2024-09-27",
        "Mikkeli Hospital-at-Home for Children",
        "status_note",
        ["Mikkeli", "Hirvensalmi", "Mäntyharju"],
        "organisation/xamk",
        "service/terveyskyla",
        start="2024-01-01",
        end="2025-12-31",
    )
    std(
        f,
        74,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual", "committed"],
        ["staff-costs", "travel", "materials"],
        gstart=6,
        lights_units=[f.name],
    )
    f.lights[f.name] = {"schedule": "g", "costs": "y", "staff": "g", "benefits": "r"}
    sent = {
        "g": "{d} is in line with the project plan.",
        "y": "{d} is not in line with the project plan.",
        "r": "{d} is not in line with the project plan.",
    }
    out = [
        f"# {f.name}: status note, September 2024",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/xamk')} trains the paediatric nurses. Families get care instructions in Terveyskylä.",
        "",
        "## Status",
        "",
    ]
    out += [
        sent[c]
        .format(d=lab(DIMS, d, "en"))
        .replace("Costs is", "Costs are")
        .replace("Benefits is", "Benefits are")
        for d, c in f.lights[f.name].items()
    ] + [""]
    out += text.cost_lines(f, f.tables[0], "md", "en", "## Costs since the start (EUR)")
    out += ["## Objectives", "", *text.goal_lines(f, "dash")]
    return f, "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------
# defe7f02: a verdict of reaching said of named places, another place not yet or later: reached in part


def id75() -> tuple[Facts, Content]:
    """Finnish HTML: 'toteutui Kajaanissa ja Sotkamossa, Kuhmossa vasta ensi vuonna' (partly); negatives:
    'toteutui kaikissa kunnissa, loppuraportti valmistuu syksyllä' and 'toteutui Kajaanissa, Sotkamossa ja
    Kuhmossa' (every place reached: achieved)."""
    f = base(
        75,
        "kainuu",
        "county/20",
        "fi",
        "html",
        "county-page",
        "county-page",
        "tavoitteet-paikkakunnittain",
        2025,
        "2025-03-26",
        "Kainuun neuvolan perhevalmennus verkossa",
        "hankesivu",
        ["Kajaani", "Sotkamo", "Kuhmo"],
        "organisation/kamk",
        "service/omaperhe-fi",
        start="2024-01-01",
        end="2025-12-31",
    )
    std(
        f,
        75,
        ["schedule", "costs", "staff"],
        ["budget", "actual"],
        ["staff-costs", "software", "communication-services"],
        gstart=0,
        lights_units=[f.name],
    )
    f.goals = [
        ("Perhevalmennus on tarjolla verkossa", "partly-achieved"),
        ("Jokainen neuvola käyttää samaa valmennusaineistoa", "achieved"),
        ("Isät osallistuvat valmennukseen", "achieved"),
    ]
    verdicts = [
        "toteutui Kajaanissa ja Sotkamossa, Kuhmossa vasta ensi vuonna",
        "toteutui kaikissa kunnissa, loppuraportti valmistuu syksyllä",
        "toteutui Kajaanissa, Sotkamossa ja Kuhmossa",
    ]
    vals, key = text.SCALES["valo"]
    body = (
        [
            f"<h1>{f.name}</h1>",
            *head_lines(f, "htmltable"),
            f"<p>{org(f, 'organisation/kamk')} tuottaa valmennusvideot. Aineisto julkaistaan OmaPerhe.fi-palvelussa.</p>",
            f"<p>{key}</p>",
            "<ul>",
        ]
        + [f"<li>{lab(DIMS, d, 'fi')}: {vals[c]}</li>" for d, c in f.lights[f.name].items()]
        + ["</ul>"]
    )
    body += text.cost_lines(f, f.tables[0], "html", "sp", "<h2>Kustannukset hankkeen alusta</h2>")
    body += (
        ["<h2>Tavoitteet</h2>", "<ol>"]
        + [f"<li>{t_} ({v})</li>" for (t_, _s), v in zip(f.goals, verdicts, strict=True)]
        + ["</ol>"]
    )
    return f, text._html(f, body)


def id76() -> tuple[Facts, Content]:
    """English: 'achieved in Loviisa and Porvoo; Sipoo follows in the spring' (partly), in a table's verdict
    column; negative: 'achieved in all three municipalities; the evaluation report is due in June'."""
    f = base(
        76,
        "ita_uusimaa",
        "county/01",
        "en",
        "md",
        "final-report",
        "final-report",
        "en-verdicts-by-place",
        2025,
        "2025-11-20",
        "East Uusimaa Dementia Day Care at Home",
        "final_summary",
        ["Porvoo", "Loviisa", "Sipoo"],
        "organisation/laurea",
        "service/omaolo",
        start="2023-09-01",
        end="2025-08-31",
    )
    std(
        f,
        76,
        ["schedule", "costs", "output-quality", "benefits"],
        ["granted", "actual"],
        ["staff-costs", "travel", "service-purchases"],
        gstart=0,
        lights_units=[f.name],
        money=[(1, "granted"), (1, "returned")],
    )
    f.goals = [
        ("Day care is offered at home in every municipality", "partly-achieved"),
        ("Relatives get a weekly respite afternoon", "achieved"),
    ]
    verdicts = [
        "achieved in Loviisa and Porvoo; Sipoo follows in the spring",
        "achieved in all three municipalities; the evaluation report is due in June",
    ]
    vals, key = text.SCALES["tick"]
    out = [
        f"# {f.name}: final summary",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/laurea')} evaluated the home day care. Relatives filled in a strain questionnaire in Omaolo.",
        "",
        "## Closing status",
        "",
        key,
    ] + [f"- {lab(DIMS, d, 'en')}: {vals[c]}" for d, c in f.lights[f.name].items()]
    out += ["", *text.cost_lines(f, f.tables[0], "md", "en", "## Costs over the project (EUR)")]
    out += ["## Objectives", "", "| Objective | Verdict |", "|---|---|"] + [
        f"| {t_} | {v} |" for (t_, _s), v in zip(f.goals, verdicts, strict=True)
    ]
    return f, "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------
# ff1d6e12: spaces of other widths (em, en, ideographic, line separator) read as spaces


def id77() -> tuple[Facts, Content]:
    """Finnish text whose label/value pairs and table columns are separated by runs of EM and EN spaces
    (U+2003, U+2002), thousands by a narrow no-break space (U+202F, kept as grouping), one paragraph broken
    by a LINE SEPARATOR (U+2028)."""
    f = base(
        77,
        "pohjois_karjala",
        "county/14",
        "fi",
        "txt",
        "status-report",
        "status-report",
        "em-valit-sarakkeina",
        2024,
        "2024-10-22",
        "Nurmeksen ja Valtimon kotihoidon etälääkäri",
        "tilanneraportti",
        ["Nurmes", "Juuka", "Lieksa"],
        "organisation/karelia",
        "service/kanta",
        start="2024-01-01",
        end="2025-12-31",
    )
    std(
        f,
        77,
        ["schedule", "costs", "staff", "risks"],
        ["budget", "actual", "utilisation-percent"],
        ["staff-costs", "software", "travel"],
        gstart=1,
        lights_units=[f.name],
    )
    em, en_, nn = "\u2003", "\u2002", "\u202f"
    vals = text.COLOUR["fi"]
    out = [f"TILANNERAPORTTI 10/2024{em * 3}{f.name}", ""]
    out += [ln.replace(": ", ":" + em * 4, 1) for ln in head_lines(f, "fields")]
    out += [
        "",
        f"{org(f, 'organisation/karelia')} kouluttaa etälääkärin työparit.\u2028Lääkitystiedot tarkistetaan Kanta-palveluista.",
        "",
        f"TILANNE{em * 2}(vihreä = suunnitelmassa, keltainen ja punainen = poikkeama)",
    ]
    out += [f"{lab(DIMS, d, 'fi')}{em * 5}{vals[c]}" for d, c in f.lights[f.name].items()]
    out += [
        "",
        "KUSTANNUKSET HANKKEEN ALUSTA (euroa)",
        f"Kustannuslaji{em * 4}Budjetti{en_ * 6}Toteuma{en_ * 6}Käyttöaste",
    ]
    for k, vs in f.tables[0].rows:
        out.append(
            f"{lab(CATS, k, 'fi')}{em * 4}{num(vs[0], 'sp').replace(' ', nn)}{en_ * 6}{num(vs[1], 'sp').replace(' ', nn)}{en_ * 6}{int(vs[2])} %"
        )
    out += ["", "TAVOITTEET"] + [f"{t_}{em * 3}{goal_word(s_, 'fi')}" for t_, s_ in f.goals]
    return f, "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------
# 80a5f9dc: a lights matrix naming the sentence-enumerated parts by word and key only


def id78() -> tuple[Facts, Content]:
    """Finnish Markdown: one sentence names the parts in a word of the document's own ('Juonne 1: … ja
    Juonne 2: …'); the lights matrix names them by word and key only ('| Osa-alue | Juonne 1 | Juonne 2 |')."""
    f = base(
        78,
        "lappi",
        "county/21",
        "fi",
        "md",
        "status-report",
        "status-report",
        "juonteet-lauseessa-matriisi-avaimin",
        2025,
        "2025-06-12",
        "Itä-Lapin nuorten mielenterveyden etätuki",
        "valiraportti",
        ["Kemijärvi", "Salla", "Savukoski", "Pelkosenniemi"],
        "organisation/lapin-amk",
        "service/mielenterveystalo",
        start="2024-08-01",
        end="2026-07-31",
        parts=[("Juonne 1", "Koulujen etävastaanotto"), ("Juonne 2", "Vanhempien vertaisryhmät")],
    )
    std(
        f,
        78,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual"],
        ["staff-costs", "software", "travel"],
        gstart=4,
    )
    p = f.part_names()
    vals, key = text.SCALES["plus"]
    us = units(f)
    out = [
        f"# Väliraportti 1/2025: {f.name}",
        "",
        *[ln for ln in head_lines(f, "fields") if not ln.startswith("Osakokonaisuudet")],
        "",
        f"Hanke etenee kahdessa juonteessa, jotka ovat {p[0]} ja {p[1]}.",
        f"{org(f, 'organisation/lapin-amk')} arvioi etävastaanoton. Nuoria ohjataan Mielenterveystalon omahoito-ohjelmiin.",
        "",
        "## Tilanne",
        "",
        key,
        "",
        "| Osa-alue | Juonne 1 | Juonne 2 |",
        "|---|---|---|",
    ]
    out += [
        f"| {lab(DIMS, d, 'fi')} | " + " | ".join(vals[f.lights[u][d]] for u in us) + " |"
        for d in f.lights[us[0]]
    ]
    out += ["", *text.cost_lines(f, f.tables[0], "md", "sp", "## Kustannukset hankkeen alusta (€)")]
    out += ["## Tavoitteet", "", *text.goal_lines(f, "dash")]
    return f, "\n".join(out) + "\n"


PROBES = [globals()[f"id{n}"] for n in range(51, 79)]
