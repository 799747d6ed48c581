"""test33's probes: documents in new areas, wording and formats for the classes this stop's ingest and
ontology commits claim (read from their messages only; see ../test33_forms.md, part "probe")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import test33_text as text
from test33_model import CATS, DIMS, Facts, table
from test33_render import cell, goal_word, lab, num, short, units
from test33_text import base, head_lines, org, std

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


PROBES = [id51, id52, id53, id54, id55, id56, id57, id58, id59]
