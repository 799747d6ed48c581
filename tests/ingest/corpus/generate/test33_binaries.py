"""Write the development set test33 (invented text, see ../README.md and ../test33_forms.md).

test33/ was written blind in stop 41 by helper W30: first a breadth batch in forms none of the earlier
layout, probe and forms tables lists, then probes of the classes the stop's commits claim (read from their
messages only). No ingest code and no document of any set was read. Every document is rendered from one
record of facts (test33_model.Facts), and its gold is read off the same record. The text documents come
from test33_text.py, the DOCX, XLSX, PPTX and PDF documents from this file. Run with
``.venv/bin/python tests/ingest/corpus/generate/test33_binaries.py``; the outputs are committed, so the
script is needed only to change them. Two runs write the same bytes (fixed core properties and zip time
stamps; reportlab's invariant mode).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import test33_text as text
from binaries_common import docx_document, pdf, save, table
from test33_model import CATS, COLS, DIMS, Facts
from test33_probes import PROBES
from test33_render import auto_lights, cell, goal_word, lab, num, short, units
from test33_text import LABELS, SCALES, base, head_lines, org, std

TEST33 = Path(__file__).resolve().parent.parent / "test33"
ZIP_TIME = (2026, 12, 6, 2, 0, 0)


def _shade(cell_, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell_._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


FILL = {"g": "00B050", "y": "FFC000", "r": "FF0000"}


def id39() -> tuple[Facts, Callable[[Path], None]]:
    """DOCX whose cost table has a two-row head: the years merged over their Budjetti / Toteuma columns."""
    f = base(
        39,
        "varsinais_suomi",
        "county/05",
        "fi",
        "docx",
        "status-report",
        "status-report",
        "docx-vuosiotsakkeet-yhdistetty",
        2025,
        "2025-02-17",
        "Vakka-Suomen kotihoidon yöpartio",
        "vuosiraportti",
        ["Uusikaupunki", "Laitila", "Pyhäranta"],
        "organisation/turku-amk",
        "service/kanta",
        start="2024-01-01",
        end="2025-12-31",
        parts=[("Osahanke 1", "Yöpartion käynnit"), ("Osahanke 2", "Turvapuhelinten etävastaus")],
    )
    auto_lights(f, 39, ["schedule", "costs", "staff", "risks"])
    cats = ["staff-costs", "travel", "phone-and-ict-equipment", "service-purchases"]
    t24 = text.auto_table(f.name, 391, "annual", 2024, ["budget", "actual"], cats)
    t25 = text.auto_table(f.name, 392, "annual", 2025, ["budget", "actual"], cats)
    t25.rows = [(k, [v[0], 0.0]) for k, v in t25.rows]
    t25.columns = ["budget"]
    t25.rows = [(k, [v[0]]) for k, v in t25.rows]
    f.tables += [t24, t25]
    f.money.append((f.name, 1320000, "granted"))
    text.goals(f, 28)

    def write(out: Path) -> None:
        d = docx_document("Kehittämisyksikkö", dt.datetime(2025, 2, 17, 8, 0, 0))
        d.add_heading(f"{f.name} – vuosiraportti 2024", level=1)
        table(d, [("Tieto", "Sisältö")] + [tuple(line.split(": ", 1)) for line in head_lines(f, "fields")])
        d.add_paragraph(
            f"{org(f, 'organisation/turku-amk')} kouluttaa yöpartion hoitajat. Käyntikirjaukset tallentuvat Kanta-palveluihin."
        )
        d.add_heading("Tilannevalot", level=2)
        d.add_paragraph("Vihreä = suunnitelmassa, keltainen = lievä poikkeama, punainen = vakava poikkeama.")
        us = units(f)
        dims = list(f.lights[us[0]])
        table(
            d,
            [("Osa-alue", *[short(u) for u in us])]
            + [(lab(DIMS, dm, "fi"), *[text.COLOUR["fi"][f.lights[u][dm]] for u in us]) for dm in dims],
        )
        d.add_heading("Talous: toteuma 2024 ja talousarvio 2025 (euroa)", level=2)
        grid = d.add_table(rows=2, cols=4)
        grid.style = "Table Grid"
        top = grid.rows[0].cells
        top[0].text = "Kustannuslaji"
        a = top[1].merge(top[2])
        a.text = "2024"
        top[3].text = "2025"
        sub = grid.rows[1].cells
        sub[1].text, sub[2].text, sub[3].text = "Budjetti", "Toteuma", "Budjetti"
        top[0].merge(sub[0])
        for (k, v24), (_k, v25) in zip(t24.rows, t25.rows, strict=False):
            cells = grid.add_row().cells
            cells[0].text = lab(CATS, k, "fi")
            cells[1].text, cells[2].text, cells[3].text = (
                num(v24[0], "sp"),
                num(v24[1], "sp"),
                num(v25[0], "sp"),
            )
        d.add_heading("Tavoitteet", level=2)
        table(d, [("Tavoite", "Toteutuminen")] + [(t, goal_word(s, "fi")) for t, s in f.goals])
        save(d, out, ZIP_TIME)

    return f, write


def id40() -> tuple[Facts, Callable[[Path], None]]:
    """Swedish DOCX whose lights are only the shading of empty cells, keyed by shaded cells with words."""
    f = base(
        40,
        "pohjanmaa",
        "county/17",
        "sv",
        "docx",
        "status-report",
        "status-report",
        "docx-skuggade-tomma-celler",
        2024,
        "2024-11-05",
        "Österbottens familjehem i närområdet",
        "lagesrapport",
        ["Vasa", "Malax", "Kristinestad"],
        "organisation/novia",
        "service/omaperhe-fi",
        start="2023-11-01",
        end="2025-10-31",
    )
    std(
        f,
        40,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual", "utilisation-percent"],
        ["staff-costs", "service-purchases", "travel"],
        gstart=6,
        lights_units=[f.name],
        money=[(590000, "granted")],
    )

    def write(out: Path) -> None:
        d = docx_document("Utvecklingsenheten", dt.datetime(2024, 11, 5, 9, 0, 0))
        d.add_heading(f"Lägesrapport hösten 2024: {f.name}", level=1)
        for line in head_lines(f, "fields"):
            d.add_paragraph(line)
        d.add_paragraph(
            f"{org(f, 'organisation/novia')} utbildar familjehemmen. Familjerna hittar tjänsterna i OmaPerhe.fi."
        )
        d.add_heading("Läge", level=2)
        key = d.add_table(rows=1, cols=6)
        key.style = "Table Grid"
        for i, (c, w) in enumerate([("g", "enligt plan"), ("y", "avvikelse"), ("r", "allvarlig avvikelse")]):
            _shade(key.rows[0].cells[2 * i], FILL[c])
            key.rows[0].cells[2 * i + 1].text = w
        grid = d.add_table(rows=1, cols=2)
        grid.style = "Table Grid"
        grid.rows[0].cells[0].text, grid.rows[0].cells[1].text = "Område", "Läge"
        for dm, c in f.lights[f.name].items():
            cells = grid.add_row().cells
            cells[0].text = lab(DIMS, dm, "sv")
            _shade(cells[1], FILL[c])
        d.add_heading("Kostnader sedan projektstarten (euro)", level=2)
        t = f.tables[0]
        table(
            d,
            [(LABELS["sv"]["cat"], *[lab(COLS, c, "sv") for c in t.columns])]
            + [
                (lab(CATS, k, "sv"), *[cell(v, c, "sp") for v, c in zip(vals, t.columns, strict=False)])
                for k, vals in t.rows
            ],
        )
        d.add_heading("Mål", level=2)
        for t_, s in f.goals:
            d.add_paragraph(f"{t_}: {goal_word(s, 'sv').lower()}", style="List Bullet")
        save(d, out, ZIP_TIME)

    return f, write


def id41() -> tuple[Facts, Callable[[Path], None]]:
    """English DOCX final report: ticks in a table, bold verdicts after em dashes in a numbered list."""
    f = base(
        41,
        "pohjois_pohjanmaa",
        "county/19",
        "en",
        "docx",
        "final-report",
        "final-report",
        "docx-en-final-ticks",
        2025,
        "2025-11-14",
        "Oulu Arc Home Dialysis Support",
        "final_report",
        ["Oulu", "Kempele", "Liminka", "Muhos"],
        "organisation/oamk",
        "service/terveyskyla",
        start="2023-03-01",
        end="2025-09-30",
        parts=[
            ("Module 1", "Nurse-assisted home dialysis"),
            ("Module 2", "Remote monitoring of dialysis patients"),
        ],
    )
    std(
        f,
        41,
        ["schedule", "costs", "output-quality", "benefits"],
        ["granted", "actual", "deviation"],
        ["staff-costs", "phone-and-ict-equipment", "travel", "expert-services"],
        gstart=5,
        money=[(1480000, "granted"), (37200, "returned")],
    )
    vals, key = SCALES["tick"]

    def write(out: Path) -> None:
        d = docx_document("Project office", dt.datetime(2025, 11, 14, 10, 0, 0))
        d.add_heading(f"{f.name}: final report", level=1)
        for line in head_lines(f, "fields"):
            d.add_paragraph(line)
        d.add_paragraph(
            f"{org(f, 'organisation/oamk')} evaluated the patients' experience. Training videos for patients are in Terveyskylä."
        )
        d.add_heading("Status at closing", level=2)
        d.add_paragraph(key)
        us = units(f)
        dims = list(f.lights[us[0]])
        table(
            d,
            [("", *[lab(DIMS, dm, "en") for dm in dims])]
            + [(u, *[vals[f.lights[u][dm]] for dm in dims]) for u in us],
        )
        d.add_heading("Costs over the whole project (EUR)", level=2)
        t = f.tables[0]
        table(
            d,
            [("Cost category", "Granted", "Actual", "Actual minus granted")]
            + [
                (lab(CATS, k, "en"), *[cell(v, c, "en") for v, c in zip(vals_, t.columns, strict=False)])
                for k, vals_ in t.rows
            ],
        )
        d.add_heading("Objectives", level=2)
        for t_, s in f.goals:
            p = d.add_paragraph(style="List Number")
            p.add_run(f"{t_} — ")
            p.add_run(goal_word(s, "en")).bold = True
        save(d, out, ZIP_TIME)

    return f, write


def id42() -> tuple[Facts, Callable[[Path], None]]:
    """Finnish DOCX RRF plan of 2023: per investment an estimate table whose years are columns."""
    f = base(
        42,
        "kainuu",
        "county/20",
        "fi",
        "docx",
        "project-plan",
        "project-plan",
        "docx-rrf-investoinnit-vuosisarakkeet",
        2023,
        "2023-03-10",
        "Kainuun sote-keskuksen etäpalvelut",
        "rrf_hankesuunnitelma",
        ["Kajaani", "Suomussalmi", "Hyrynsalmi", "Puolanka"],
        "organisation/kamk",
        "service/omaolo",
        start="2023-05-01",
        end="2025-12-31",
        parts=[
            ("Investointi 2", "Hoitotakuun vahvistaminen etävastaanotoilla"),
            ("Investointi 4", "Omaolon laajentaminen"),
        ],
        part_level="investment",
    )
    auto_lights(f, 42, ["schedule", "risks"], [f.name])
    for i, u in enumerate(units(f)):
        for j, y in enumerate([2024, 2025]):
            f.tables.append(
                text.auto_table(
                    u,
                    420 + 10 * i + j,
                    "estimate",
                    y,
                    ["estimate"],
                    ["own-staff-costs", "software", "phone-and-ict-equipment"],
                )
            )
    est = sum(t.rows[-1][1][0] for t in f.tables)
    f.money += [(f.name, int(est), "estimate")]
    text.goals(f, 2, plan=True)
    vals, key = SCALES["lvl"]

    def write(out: Path) -> None:
        d = docx_document("Valmistelija", dt.datetime(2023, 3, 10, 12, 0, 0))
        d.add_heading(f"Hankesuunnitelma: {f.name}", level=1)
        d.add_paragraph("Valtionavustushaku 2023: sote-keskusten investoinnit")
        for line in head_lines(f, "fields"):
            d.add_paragraph(line)
        d.add_paragraph(
            f"{org(f, 'organisation/kamk')} suunnittelee etävastaanottojen koulutuksen. Oirearvio tehdään Omaolossa."
        )
        d.add_heading("Valmiuden arvio", level=2)
        d.add_paragraph(key)
        table(
            d, [("Osa-alue", "Taso")] + [(lab(DIMS, dm, "fi"), vals[c]) for dm, c in f.lights[f.name].items()]
        )
        for i, u in enumerate(units(f)):
            d.add_heading(f"Kustannusarvio: {u}", level=2)
            a, b = f.tables[2 * i], f.tables[2 * i + 1]
            table(
                d,
                [("Kustannuslaji", "2024, €", "2025, €")]
                + [
                    (lab(CATS, k, "fi"), num(v1[0], "sp"), num(v2[0], "sp"))
                    for (k, v1), (_k, v2) in zip(a.rows, b.rows, strict=False)
                ],
            )
        d.add_paragraph(f"Kustannusarvio yhteensä {num(est, 'sp')} euroa.")
        d.add_heading("Tavoitteet", level=2)
        for t_, _s in f.goals:
            d.add_paragraph(t_, style="List Bullet")
        save(d, out, ZIP_TIME)

    return f, write


# ----------------------------------------------------------------------------------------------------
# workbooks


def _workbook(created: dt.datetime):
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = "Hanketoimisto"
    wb.properties.lastModifiedBy = "Hanketoimisto"
    wb.properties.created = created
    wb.properties.modified = created
    return wb


def _save_zip(obj, out: Path, modified: str) -> None:
    raw = io.BytesIO()
    obj.save(raw)
    raw.seek(0)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + modified.encode(), data)
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)


def id43() -> tuple[Facts, Callable[[Path], None]]:
    """Finnish XLSX with one sheet a part, the sheet named by the part: its lights and cost table there."""
    f = base(
        43,
        "keski_pohjanmaa",
        "county/18",
        "fi",
        "xlsx",
        "status-report",
        "status-report",
        "xlsx-valilehti-per-osahanke",
        2024,
        "2024-08-31",
        "Keski-Pohjanmaan vammaispalvelujen asumisen tuki",
        "seurantataulukko",
        ["Kokkola", "Toholampi", "Veteli", "Halsua"],
        "organisation/centria",
        "service/lahella-fi",
        start="2023-09-01",
        end="2025-08-31",
        parts=[("Osahanke 1", "Tuettu asuminen"), ("Osahanke 2", "Päivätoiminnan uudistus")],
    )
    std(
        f,
        43,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual"],
        ["staff-costs", "premises", "materials"],
        gstart=13,
        per_part_tables=True,
        money=[(870000, "granted")],
    )

    def write(out: Path) -> None:
        wb = _workbook(dt.datetime(2024, 8, 31, 12, 0, 0))
        ws = wb.active
        ws.title = "Perustiedot"
        for line in head_lines(f, "fields"):
            ws.append(line.split(": ", 1))
        ws.append(["Kumppanin tehtävä", f"{org(f, 'organisation/centria')} arvioi asumisen tuen"])
        ws.append(["Ilmoitukset", "Päivätoiminnan ryhmät julkaistaan Lähellä.fi-palvelussa"])
        ws.append(
            [
                "Tilannevalot",
                "vihreä = suunnitelmassa, keltainen = lievä poikkeama, punainen = vakava poikkeama",
            ]
        )
        for i, u in enumerate(units(f)):
            sh = wb.create_sheet(short(u)[:31])
            sh.append([u])
            sh.append([])
            sh.append(["Osa-alue", "Tila"])
            for dm, c in f.lights[u].items():
                sh.append([lab(DIMS, dm, "fi"), text.COLOUR["fi"][c]])
            sh.append([])
            sh.append(["Kustannuslaji", "Budjetti (€)", "Toteuma (€)"])
            for k, vals in f.tables[i].rows:
                sh.append([lab(CATS, k, "fi"), *[int(v) for v in vals]])
        g = wb.create_sheet("Tavoitteet")
        g.append(["Tavoite", "Toteutuminen"])
        for t_, s in f.goals:
            g.append([t_, goal_word(s, "fi")])
        _save_zip(wb, out, "2024-08-31T12:00:00Z")

    return f, write


def id44() -> tuple[Facts, Callable[[Path], None]]:
    """Swedish XLSX whose cost sheet has years merged over Budget / Utfall columns (two annual tables)."""
    f = base(
        44,
        "lansi_uusimaa",
        "county/03",
        "sv",
        "xlsx",
        "status-report",
        "status-report",
        "xlsx-sammanslagna-arsrubriker",
        2025,
        "2025-12-02",
        "Västnyländsk mobil mentalvård",
        "uppfoljning",
        ["Raseborg", "Ingå", "Sjundeå", "Kyrkslätt"],
        "organisation/arcada",
        "service/mielenterveystalo",
        start="2024-01-01",
        end="2025-12-31",
    )
    auto_lights(f, 44, ["schedule", "costs", "staff", "output-quality"], [f.name])
    cats = ["staff-costs", "travel", "premises", "expert-services"]
    f.tables += [
        text.auto_table(f.name, 441 + i, "annual", y, ["budget", "actual"], cats)
        for i, y in enumerate([2024, 2025])
    ]
    f.money.append((f.name, 1010000, "granted"))
    text.goals(f, 8)

    def write(out: Path) -> None:
        wb = _workbook(dt.datetime(2025, 12, 2, 9, 0, 0))
        ws = wb.active
        ws.title = "Projekt"
        for line in head_lines(f, "fields"):
            ws.append(line.split(": ", 1))
        ws.append(
            [
                "Samarbete",
                f"{org(f, 'organisation/arcada')} handleder det mobila teamet; klienterna får självhjälp i Mielenterveystalo",
            ]
        )
        ws.append([])
        ws.append(["Läge (grön = enligt plan, gul/röd = avvikelse)"])
        for dm, c in f.lights[f.name].items():
            ws.append([lab(DIMS, dm, "sv"), text.COLOUR["sv"][c]])
        k = wb.create_sheet("Kostnader")
        k.append(["Kostnadsslag", "2024", None, "2025", None])
        k.merge_cells("B1:C1")
        k.merge_cells("D1:E1")
        k.append([None, "Budget", "Utfall", "Budget", "Utfall"])
        for (key, a), (_k, b) in zip(f.tables[0].rows, f.tables[1].rows, strict=False):
            k.append([lab(CATS, key, "sv"), int(a[0]), int(a[1]), int(b[0]), int(b[1])])
            for col in "BCDE":
                k[f"{col}{k.max_row}"].number_format = '# ##0 "€"'
        m = wb.create_sheet("Mål")
        m.append(["Mål", "Bedömning"])
        for t_, s in f.goals:
            m.append([t_, goal_word(s, "sv")])
        _save_zip(wb, out, "2025-12-02T09:00:00Z")

    return f, write


def id45() -> tuple[Facts, Callable[[Path], None]]:
    """English XLSX: lights from a data-validation list, amounts stored in euros but shown in thousands
    by the number format '#,##0.0,"k"' (the cell's value is the amount)."""
    f = base(
        45,
        "paijat_hame",
        "county/09",
        "en",
        "xlsx",
        "status-report",
        "status-report",
        "xlsx-en-validation-thousands-format",
        2024,
        "2024-12-20",
        "Lahti Region Wellbeing Coaching for Shift Workers",
        "status_workbook",
        ["Lahti", "Hollola", "Asikkala"],
        "organisation/lab",
        "service/omaolo",
        start="2024-01-01",
        end="2025-12-31",
        parts=[("Track 1", "Night-shift sleep coaching"), ("Track 2", "Back pain prevention")],
    )
    std(
        f,
        45,
        ["schedule", "costs", "staff"],
        ["budget", "actual", "forecast"],
        ["staff-costs", "expert-services", "software"],
        gstart=6,
        kind="annual",
        year=2024,
        money=[(740000, "granted")],
    )
    vals, key = SCALES["en"]

    def write(out: Path) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        wb = _workbook(dt.datetime(2024, 12, 20, 14, 0, 0))
        ws = wb.active
        ws.title = "Status"
        for line in head_lines(f, "fields"):
            ws.append(line.split(": ", 1))
        ws.append(["Partner role", f"{org(f, 'organisation/lab')} runs the coaching groups"])
        ws.append(["Self-assessment", "Omaolo"])
        ws.append([])
        ws.append(["Status scale", key])
        dv = DataValidation(type="list", formula1='"On track,Some concerns,Off track"', allow_blank=True)
        ws.add_data_validation(dv)
        ws.append(["Track", *[lab(DIMS, dm, "en") for dm in f.lights[units(f)[0]]]])
        for u in units(f):
            ws.append([u, *[vals[c] for c in f.lights[u].values()]])
            for col in "BCD":
                dv.add(f"{col}{ws.max_row}")
        ws.append([])
        ws.append(["Costs 2024 (kEUR)"])
        t = f.tables[0]
        ws.append(["Cost category", "Budget 2024", "Actual Jan-Nov", "Forecast 2024"])
        for k, v in t.rows:
            ws.append([lab(CATS, k, "en"), *[int(x) for x in v]])
            for col in "BCD":
                ws[f"{col}{ws.max_row}"].number_format = '#,##0.0,"k"'
        ws.append([])
        ws.append(["Objective", "Achievement"])
        for t_, s in f.goals:
            ws.append([t_, goal_word(s, "en")])
        _save_zip(wb, out, "2024-12-20T14:00:00Z")

    return f, write


# ----------------------------------------------------------------------------------------------------
# decks


def _deck(created: dt.datetime):
    from pptx import Presentation

    prs = Presentation()
    core = prs.core_properties
    core.author = "Hanketoimisto"
    core.last_modified_by = "Hanketoimisto"
    core.created = created
    core.modified = created
    core.revision = 1
    return prs


def _slide_table(slide, rows: list[list[str]], top: float = 1.6):
    from pptx.util import Inches, Pt

    shape = slide.shapes.add_table(
        len(rows), len(rows[0]), Inches(0.4), Inches(top), Inches(9.2), Inches(0.3 * len(rows))
    )
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            shape.table.cell(r, c).text = value
            for p in shape.table.cell(r, c).text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(11)
    return shape.table


def id46() -> tuple[Facts, Callable[[Path], None]]:
    """Finnish deck whose lights are the fill of empty table cells, keyed by a legend table of filled
    cells beside words."""
    f = base(
        46,
        "etela_pohjanmaa",
        "county/16",
        "fi",
        "pptx",
        "status-report",
        "status-report",
        "pptx-taulukkosolujen-taytto",
        2025,
        "2025-05-21",
        "Lakeuden kotiin vietävä päihdekuntoutus",
        "ohjausryhman_diat",
        ["Seinäjoki", "Ilmajoki", "Kurikka", "Lapua"],
        "organisation/seamk",
        "service/kanta",
        start="2024-05-01",
        end="2026-04-30",
        parts=[("Osio 1", "Kotikatkaisuhoito"), ("Osio 2", "Kuntoutuksen jälkiseuranta")],
    )
    std(
        f,
        46,
        ["schedule", "costs", "staff", "risks"],
        ["budget", "actual", "utilisation-percent"],
        ["staff-costs", "travel", "service-purchases"],
        gstart=10,
        money=[(960000, "granted")],
    )

    def write(out: Path) -> None:
        from pptx.dml.color import RGBColor

        prs = _deck(dt.datetime(2025, 5, 21, 8, 0, 0))
        s1 = prs.slides.add_slide(prs.slide_layouts[1])
        s1.shapes.title.text = f.name
        s1.placeholders[1].text = "\n".join(
            [
                *head_lines(f, "fields"),
                f"{org(f, 'organisation/seamk')} arvioi kotikatkaisuhoidon; hoitotiedot Kanta-palveluihin.",
            ]
        )
        s2 = prs.slides.add_slide(prs.slide_layouts[5])
        s2.shapes.title.text = "Tilannekuva 5/2025"
        us = units(f)
        dims = list(f.lights[us[0]])
        tb = _slide_table(
            s2,
            [["Osa-alue", *[short(u) for u in us]]] + [[lab(DIMS, dm, "fi"), *["" for _ in us]] for dm in dims],
        )
        for r, dm in enumerate(dims, 1):
            for c, u in enumerate(us, 1):
                tb.cell(r, c).fill.solid()
                tb.cell(r, c).fill.fore_color.rgb = RGBColor.from_string(FILL[f.lights[u][dm]])
        legend = _slide_table(
            s2, [["", "suunnitelmassa", "", "lievä poikkeama", "", "vakava poikkeama"]], top=4.6
        )
        for i, c in enumerate("gyr"):
            legend.cell(0, 2 * i).fill.solid()
            legend.cell(0, 2 * i).fill.fore_color.rgb = RGBColor.from_string(FILL[c])
        s3 = prs.slides.add_slide(prs.slide_layouts[5])
        s3.shapes.title.text = "Talous hankkeen alusta (€)"
        t = f.tables[0]
        _slide_table(
            s3,
            [["Kustannuslaji", *[lab(COLS, c, "fi") for c in t.columns]]]
            + [
                [lab(CATS, k, "fi"), *[cell(v, c, "sp") for v, c in zip(vals, t.columns, strict=False)]]
                for k, vals in t.rows
            ],
        )
        s4 = prs.slides.add_slide(prs.slide_layouts[1])
        s4.shapes.title.text = "Tavoitteet"
        s4.placeholders[1].text = "\n".join(f"{t_}: {goal_word(s, 'fi').lower()}" for t_, s in f.goals)
        _save_zip(prs, out, "2025-05-21T08:00:00Z")

    return f, write


def id47() -> tuple[Facts, Callable[[Path], None]]:
    """English deck whose slides say 'see notes': the lights stand only in the slides' speaker notes."""
    f = base(
        47,
        "kymenlaakso",
        "county/10",
        "en",
        "pptx",
        "status-report",
        "status-report",
        "pptx-en-speaker-notes-lights",
        2024,
        "2024-06-18",
        "Kotka Harbour Health Kiosk",
        "board_deck",
        ["Kotka", "Hamina", "Pyhtää"],
        "organisation/xamk",
        "service/omaolo",
        start="2023-09-01",
        end="2025-08-31",
    )
    std(
        f,
        47,
        ["schedule", "costs", "staff", "benefits"],
        ["budget", "actual"],
        ["staff-costs", "premises", "materials"],
        gstart=8,
        lights_units=[f.name],
        money=[(450000, "granted")],
    )
    word = {"g": "green", "y": "amber", "r": "red"}

    def write(out: Path) -> None:
        prs = _deck(dt.datetime(2024, 6, 18, 13, 0, 0))
        s1 = prs.slides.add_slide(prs.slide_layouts[1])
        s1.shapes.title.text = f.name
        s1.placeholders[1].text = "\n".join(head_lines(f, "fields"))
        s2 = prs.slides.add_slide(prs.slide_layouts[1])
        s2.shapes.title.text = "Status June 2024"
        s2.placeholders[1].text = "Status by area: see speaker notes"
        notes = [f"{lab(DIMS, dm, 'en')} is {word[c]}." for dm, c in f.lights[f.name].items()]
        s2.notes_slide.notes_text_frame.text = (
            "Green means on plan, amber and red mean a deviation. " + " ".join(notes)
        )
        s3 = prs.slides.add_slide(prs.slide_layouts[5])
        s3.shapes.title.text = "Costs since the start (EUR)"
        t = f.tables[0]
        _slide_table(
            s3,
            [["Cost category", "Budget", "Actual"]]
            + [[lab(CATS, k, "en"), *[num(v, "en") for v in vals]] for k, vals in t.rows],
        )
        s4 = prs.slides.add_slide(prs.slide_layouts[1])
        s4.shapes.title.text = "Objectives"
        s4.placeholders[1].text = "\n".join(f"{t_} – {goal_word(s, 'en').lower()}" for t_, s in f.goals)
        s4.notes_slide.notes_text_frame.text = (
            f"{org(f, 'organisation/xamk')} evaluates the kiosk. Visitors start with the Omaolo symptom check."
        )
        _save_zip(prs, out, "2024-06-18T13:00:00Z")

    return f, write


# ----------------------------------------------------------------------------------------------------
# PDFs


def _pdf_writer(f: Facts, pages: list[list[str]], columns: list[int], head: str) -> Callable[[Path], None]:
    def write(out: Path) -> None:
        pdf(out, pages, columns, lambda n, t: [(40, head)], lambda n, t: [(500, f"{n}/{t}")])

    return write


def id48() -> tuple[Facts, Callable[[Path], None]]:
    """Finnish PDF: lights as 'S / L / V' letters after dotted leaders on a second page, the cost table
    with the category's full label wrapped over two lines."""
    f = base(
        48,
        "vantaa_kerava",
        "county/04",
        "fi",
        "pdf",
        "status-report",
        "status-report",
        "pdf-pistejohteet-slv",
        2024,
        "2024-09-16",
        "Keravan ja Vantaan perhesosiaalityön etäpalvelut",
        "tilanneraportti",
        ["Vantaa", "Kerava"],
        "organisation/laurea",
        "service/suomi-fi-viestit",
        start="2023-10-01",
        end="2025-09-30",
        parts=[("Toimenpide 1", "Videotapaamiset"), ("Toimenpide 2", "Sähköinen asiointi")],
    )
    std(
        f,
        48,
        ["schedule", "costs", "staff"],
        ["budget", "actual", "committed"],
        ["staff-costs", "software", "expert-services"],
        gstart=24,
        money=[(810000, "granted")],
    )
    vals, key = SCALES["slv"]
    p1 = [
        f"!{f.name}",
        "!Tilanneraportti 2/2024",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/laurea')} arvioi videotapaamisten toimivuuden.",
        "Ajanvarausmuistutukset lähetetään Suomi.fi-viesteillä.",
    ]
    p2 = ["!Tilannevalot", key, ""]
    for u in units(f):
        p2.append(u)
        p2 += [
            f"    {lab(DIMS, dm, 'fi')} {'.' * (40 - len(lab(DIMS, dm, 'fi')))} {vals[c]}"
            for dm, c in f.lights[u].items()
        ]
    p2 += ["", "!Kustannukset hankkeen alusta (€)", "#Kustannuslaji|Budjetti|Toteuma|Sidottu"]
    t = f.tables[0]
    p2 += ["#" + "|".join([lab(CATS, k, "fi"), *[num(v, "sp") for v in vals_]]) for k, vals_ in t.rows]
    p2 += ["", "!Tavoitteet"] + [
        f"{i}. {t_} – {goal_word(s, 'fi').lower()}" for i, (t_, s) in enumerate(f.goals, 1)
    ]
    return f, _pdf_writer(f, [p1, p2], [40, 260, 360, 460], "Vantaan ja Keravan hyvinvointialue")


def id49() -> tuple[Facts, Callable[[Path], None]]:
    """Swedish PDF status report: period table, lights as 'hash' bars, goals with verdicts in brackets."""
    f = base(
        49,
        "keski_uusimaa",
        "county/02",
        "sv",
        "pdf",
        "status-report",
        "status-report",
        "pdf-sv-period-hashstaplar",
        2025,
        "2025-07-08",
        "Mellersta Nylands stöd för unga vuxna",
        "lagesrapport",
        ["Träskända", "Tusby", "Nurmijärvi"],
        "organisation/arcada",
        "service/mielenterveystalo",
        start="2024-08-01",
        end="2026-07-31",
    )
    std(
        f,
        49,
        ["schedule", "costs", "staff", "risks"],
        ["period-budget", "period-actual"],
        ["staff-costs", "service-purchases", "travel"],
        kind="period",
        year=2025,
        gstart=1,
        lights_units=[f.name],
        money=[(520000, "granted")],
    )
    vals, key = SCALES["hash"]
    p = [
        f"!{f.name}: lägesrapport 1.1–30.6.2025",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/arcada')} utbildar handledarna. Unga vuxna hänvisas till Mielenterveystalo.",
        "",
        "!Läge",
        key,
    ]
    p += [f"{lab(DIMS, dm, 'sv')} {vals[c]}" for dm, c in f.lights[f.name].items()]
    t = f.tables[0]
    p += ["", "!Kostnader under perioden (euro)", "#Kostnadsslag|Periodens budget|Periodens utfall"]
    p += ["#" + "|".join([lab(CATS, k, "sv"), *[num(v, "sp") for v in vals_]]) for k, vals_ in t.rows]
    p += ["", "!Mål"] + [f"- {t_} [{goal_word(s, 'sv').lower()}]" for t_, s in f.goals]
    return f, _pdf_writer(f, [p], [40, 260, 400], "Mellersta Nylands välfärdsområde")


def id50() -> tuple[Facts, Callable[[Path], None]]:
    """English PDF final report of 2023 with faces as words ('happy / neutral / sad' spelled out)."""
    f = base(
        50,
        "pohjois_karjala",
        "county/14",
        "en",
        "pdf",
        "final-report",
        "final-report",
        "pdf-en-final-2023-face-words",
        2023,
        "2023-12-12",
        "Joensuu Region Digital Social Work",
        "final_report",
        ["Joensuu", "Outokumpu", "Polvijärvi"],
        "organisation/karelia",
        "service/suomi-fi-tunnistus",
        start="2021-10-01",
        end="2023-09-30",
    )
    std(
        f,
        50,
        ["schedule", "costs", "output-quality", "benefits"],
        ["granted", "actual", "utilisation-percent"],
        ["staff-costs", "software", "travel"],
        gstart=9,
        lights_units=[f.name],
        money=[(660000, "granted"), (42900, "returned")],
    )
    word = {"g": "happy face", "y": "neutral face", "r": "sad face"}
    p = [
        f"!{f.name}",
        "!Final report, 12 December 2023",
        "",
        *head_lines(f, "fields"),
        "",
        f"{org(f, 'organisation/karelia')} evaluated the chat service. Clients log in with Suomi.fi identification.",
        "",
        "!Closing status",
        "A happy face means as planned; a neutral or sad face means a deviation.",
    ]
    p += [f"{lab(DIMS, dm, 'en')}: {word[c]}" for dm, c in f.lights[f.name].items()]
    t = f.tables[0]
    p += ["", "!Costs over the project (EUR)", "#Cost category|Granted|Actual|Utilisation %"]
    p += [
        "#"
        + "|".join([lab(CATS, k, "en"), *[cell(v, c, "en") for v, c in zip(vals_, t.columns, strict=False)]])
        for k, vals_ in t.rows
    ]
    p += ["", "!Objectives"] + [
        f"{i}. {t_}: {goal_word(s, 'en').lower()}" for i, (t_, s) in enumerate(f.goals, 1)
    ]
    return f, _pdf_writer(f, [p], [40, 260, 360, 460], "North Karelia Wellbeing Services County")


BINARY = [id39, id40, id41, id42, id43, id44, id45, id46, id47, id48, id49, id50]


def documents() -> list[tuple[Facts, object]]:
    """Every document of the set: (facts, text or a writer of the binary file)."""
    out: list[tuple[Facts, object]] = []
    for name in sorted(n for n in dir(text) if re.fullmatch(r"id\d\d", n)):
        out.append(getattr(text, name)())
    out += [fn() for fn in BINARY]
    out += [fn() for fn in PROBES]
    return out


def main() -> None:
    TEST33.mkdir(exist_ok=True)
    for facts, content in documents():
        path = TEST33 / facts.filename
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            content(path)  # type: ignore[operator]
        gold = facts.gold("test33")
        path.with_name(path.name + ".gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
