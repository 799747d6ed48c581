"""Goals and their verdict: a seeded generator of the family (G9, stop 52), gold known by construction.

Each document is a small invented status report (or plan) whose goals section varies every axis an author
varies on their own: the goal form (a numbered list, bullets, a table with a verdict column, "Tavoite N:"
paragraphs, the verdict on the line below, goals under a part's heading, goals tagged with their part), the
verdict (every goal-status label of ontology/vocab/status.ttl in the document's language, as printed, in lower
case, with a remark, with a measured share, with the year it moved to, negated), the section heading (every
label of the goals and goal-results sections of ontology/vocab/fields.ttl), the table's column heads (the
goal-column scheme of ontology/vocab/kinds.ttl), the separator between a goal and its verdict and the markup
(plain text, Markdown, HTML, CSV with ',' and ';', TSV, DOCX). A vocabulary line added later is drawn too.

Negatives (no goal, or no verdict, must be read): a plan's goals without verdicts (every status unknown), a list
of next tasks with dates, a feedback grid, a light table with its words.

    python -m tests.ingest.families.goals --n 300 [--seed 52] [--show AXIS=VALUE]

prints recall and precision of goals and goals + status per axis value (scored by
scripts/measure_extraction.py's own match_goals).
"""

from __future__ import annotations

import argparse
import functools
import html
import importlib.util
import io
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

REPO = Path(__file__).resolve().parents[3]
VOCAB = REPO / "ontology" / "vocab"
HGV = "https://w3id.org/hankegraafi/vocab/"
HG = Namespace("https://w3id.org/hankegraafi/ontology#")
LANGS = ("fi", "sv", "en")
STATUSES = ("achieved", "partly-achieved", "not-achieved", "moved-later", "unfinished")


# --- the vocabularies -------------------------------------------------------------------------------


@functools.cache
def _graph(*names: str) -> Graph:
    g = Graph()
    for name in names:
        g.parse(VOCAB / name, format="turtle")
    return g


def _labels(g: Graph, concept: URIRef) -> list[tuple[str, str, str]]:
    """(kind, lang, label) of every pref/alt/hidden label of ``concept``, sorted."""
    out = set()
    for kind, prop in (("pref", SKOS.prefLabel), ("alt", SKOS.altLabel), ("hidden", SKOS.hiddenLabel)):
        for o in g.objects(concept, prop):
            if isinstance(o, Literal) and o.language in LANGS:
                out.add((kind, o.language, str(o)))
    return sorted(out)


@functools.cache
def verdict_labels() -> dict[str, dict[str, list[tuple[str, str]]]]:
    """status -> lang -> [(kind, label)] from the goal-status scheme."""
    g = _graph("status.ttl")
    out: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for status in STATUSES:
        per: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGS}
        for kind, lang, label in _labels(g, URIRef(f"{HGV}goal-status/{status}")):
            per[lang].append((kind, label))
        out[status] = per
    return out


@functools.cache
def section_labels() -> dict[str, list[tuple[str, str, str]]]:
    """section (goals, goal-results) -> [(kind, lang, label)] from fields.ttl."""
    g = _graph("fields.ttl")
    return {s: _labels(g, URIRef(f"{HGV}document-section/{s}")) for s in ("goals", "goal-results")}


@functools.cache
def column_heads() -> dict[str, list[str]]:
    """lang -> the verdict column's heads: the goal-column labels and the plain words of their cues."""
    g = _graph("kinds.ttl")
    out: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for concept in g.subjects(SKOS.inScheme, URIRef(f"{HGV}goal-column")):
        for _kind, lang, label in _labels(g, concept):
            out[lang].add(label)
        for cue in g.objects(concept, HG.cue):
            if not isinstance(cue, Literal) or cue.language not in LANGS:
                continue
            for group in re.findall(r"\(\?:([^()]*)\)\\b", str(cue)):
                for word in group.split("|"):
                    if re.fullmatch(r"[a-zåäö]+", word):
                        out[cue.language].add(word.capitalize())
    return {lang: sorted(v) for lang, v in out.items()}


# --- the document's parts ------------------------------------------------------------------------------

GOALS = {
    "fi": [
        "Kotiin vietävä kuntoutus alkaa kolmen päivän kuluessa kotiutuksesta",
        "Jokaisessa kunnassa on nimetty omaishoidon ohjaaja",
        "Nuorten odotusaika keskusteluapuun lyhenee alle viikkoon",
        "Iltavastaanotto avataan kahdelle terveysasemalle",
        "Kaatumisten määrä ikäihmisten kotona vähenee neljänneksellä",
        "Perheneuvolan ajanvaraus avautuu verkossa",
        "Sosiaaliohjaaja jalkautuu kylätaloille kerran kuussa",
        "Lääkehoidon etäseuranta kattaa 200 asiakasta",
        "Palveluohjauksen yhteinen puhelinnumero otetaan käyttöön",
        "Vertaisryhmä kokoontuu verkossa joka viikko",
        "Asiakaspalautteen keskiarvo nousee yli neljän",
        "Päihdetyön matalan kynnyksen piste aukeaa keskustaan",
    ],
    "sv": [
        "Hemrehabilitering inleds inom tre dagar efter utskrivningen",
        "Varje kommun har en namngiven handledare för närståendevård",
        "Väntetiden till samtalsstöd för unga blir kortare än en vecka",
        "Kvällsmottagning öppnas vid två hälsostationer",
        "Antalet fall i hemmet minskar med en fjärdedel",
        "Familjerådgivningens tidsbokning öppnar på nätet",
        "Socialhandledaren besöker byarna en gång i månaden",
        "Distansuppföljning av läkemedel för 200 klienter",
    ],
    "en": [
        "Home rehabilitation starts within three days of discharge",
        "Every municipality has a named carer support adviser",
        "Young people wait less than a week for counselling",
        "An evening clinic opens at two health stations",
        "Falls at home among older clients drop by a quarter",
        "Family counselling appointments can be booked online",
        "A social adviser visits the village halls once a month",
        "Remote medication follow-up covers 200 clients",
    ],
}
PROJECTS = {
    "fi": ["Kuvitteellinen kotikuntoutushanke", "Lähellä arjessa -hanke", "Sujuvat palvelupolut -hanke"],
    "sv": ["Projektet Trygg vardag", "Projektet Nära hemmet", "Projektet Smidig vård"],
    "en": ["The Close to Home project", "The Everyday Safety project", "The Smooth Pathways project"],
}
REPORT = {"fi": "Tilanneraportti", "sv": "Lägesrapport", "en": "Status report"}
PLAN = {"fi": "Hankesuunnitelma", "sv": "Projektplan", "en": "Project plan"}
NAME_FIELD = {"fi": "Hankkeen nimi", "sv": "Projektets namn", "en": "Project name"}
INTRO = {
    "fi": ("Yleistä", "Hanke eteni kaudella pääosin suunnitellusti."),
    "sv": ("Allmänt", "Projektet framskred under perioden i huvudsak enligt plan."),
    "en": ("Summary", "The project went on mostly as planned in the period."),
}
NEXT = {
    "fi": ("Seuraavat toimenpiteet", ["Ohjausryhmän kokous 12.3.", "Loppuraportin luonnos toukokuussa"]),
    "sv": ("Nästa steg", ["Styrgruppens möte 12.3.", "Utkast till slutrapport i maj"]),
    "en": ("Next steps", ["Steering group meeting on 12 March", "Draft final report in May"]),
}
GOAL_HEAD = {"fi": "Tavoite", "sv": "Mål", "en": "Goal"}
GOAL_WORD = {"fi": "Tavoite", "sv": "Mål", "en": "Goal"}
VERDICT_LINE = {"fi": "Tilanne", "sv": "Läge", "en": "Status"}
PART_WORDS = {
    "fi": ["Osakokonaisuus", "Osio", "Hankeosa"],
    "sv": ["Delprojekt", "Delhelhet"],
    "en": ["Work package", "Project part"],
}
PART_NAMES = {
    "fi": ["Kotiutuksen tuki", "Etäpalvelut"],
    "sv": ["Stöd vid utskrivning", "Distanstjänster"],
    "en": ["Discharge support", "Remote services"],
}
REMARK = {
    "fi": "koska rekrytointi viivästyi",
    "sv": "eftersom rekryteringen drog ut",
    "en": "as hiring took longer",
}
SHARE_WORD = {"fi": "tavoitteesta", "sv": "av målet", "en": "of the target"}
YEAR_TO = {"fi": "vuodelle", "sv": "till", "en": "to"}
NEGATION = {"fi": "Ei", "sv": "Inte", "en": "Not"}
# Negative documents: a task list with dates, a feedback grid, a light table (their words, no goal).
FEEDBACK = {
    "fi": (
        "Asiakaspalaute",
        ("Palaute", "Vastaus"),
        [
            ("Ajanvaraus oli helppo", "Kiitos, välitetty tiimille"),
            ("Odotus puhelimessa oli pitkä", "Lisäämme päivystäjän"),
        ],
    ),
    "sv": (
        "Kundrespons",
        ("Respons", "Svar"),
        [
            ("Tidsbokningen var enkel", "Tack, vidarebefordrat"),
            ("Lång väntan i telefon", "Vi lägger till en jourhavande"),
        ],
    ),
    "en": (
        "Client feedback",
        ("Feedback", "Reply"),
        [
            ("Booking was easy", "Thanks, passed to the team"),
            ("Long wait on the phone", "We add a second person on call"),
        ],
    ),
}
LIGHTS = {
    "fi": (
        "Tilannekuva",
        ("Osa-alue", "Arvio"),
        [("Aikataulu", "Vihreä"), ("Kustannukset", "Keltainen"), ("Henkilöstö", "Punainen")],
    ),
    "sv": (
        "Lägesbild",
        ("Område", "Bedömning"),
        [("Tidtabell", "Grön"), ("Kostnader", "Gul"), ("Personal", "Röd")],
    ),
    "en": (
        "Status at a glance",
        ("Area", "Rating"),
        [("Schedule", "Green"), ("Costs", "Amber"), ("Staff", "Red")],
    ),
}

FORMS = (
    "numbered",
    "bullets",
    "table",
    "labelled",
    "next-line",
    "under-parts",
    "part-tagged",
    "sentence",
    "verdict-first",
)
MARKUPS = ("txt", "md", "html", "csv-comma", "csv-semicolon", "tsv", "docx")
TABLE_MARKUPS = ("md-padded", "md-bare", "html", "tab", "aligned", "csv")
SEPARATORS = (" – ", " - ", " -- ", ": ", " — ", " | ", " ... ", ", ", "; ", " / ", " → ", " [...]")
VERDICT_FORMS = (
    "as-printed",
    "lower",
    "remark",
    "bracket",
    "share",
    "year",
    "negated",
    "not-yet-moved",
    "participle",
)
#: The past participle of a goal's own verb (its present passive, sv -s, en a verb): the verdict "done" in the goal's
#: words ("… julkaistaan" | "Julkaistu 3/2025"), in part with a count of the whole after it.
PARTICIPLES = {
    "Iltavastaanotto avataan kahdelle terveysasemalle": "Avattu",
    "Palveluohjauksen yhteinen puhelinnumero otetaan käyttöön": "Otettu käyttöön",
    "Kvällsmottagning öppnas vid två hälsostationer": "Öppnad",
    "An evening clinic opens at two health stations": "Opened",
}
OUT_OF = {"fi": "{n} kohteessa {m}:sta", "sv": "{n} av {m}", "en": "{n} of {m}"}
NOT_YET = {"fi": "ei vielä", "sv": "inte ännu", "en": "not yet"}
NEGATIVES = ("plan", "tasks", "feedback", "lights")


@dataclass
class Doc:
    name: str
    data: bytes
    goals: list[tuple[str, str]]
    axes: dict[str, str]
    verdicts: list[dict[str, str]] = field(default_factory=list)  # per goal: the verdict's own axes


# --- verdicts -----------------------------------------------------------------------------------------


_NEGATABLE = {
    "fi": re.compile(r"^(?:\w+(?:nut|nyt|ttu|tty|tu|ty))$", re.I),
    "sv": re.compile(r"^(?:\w+(?:tt|t|d))$", re.I),
    "en": re.compile(r"^(?:\w+ed|met|done|reached)$", re.I),
}


def _verdict(
    rng: random.Random, status: str, lang: str, form: str, goal: str = ""
) -> tuple[str, str, str, str]:
    """(text, expected status, label, verdict form) of one verdict."""
    labels = verdict_labels()[status][lang] or verdict_labels()[status]["fi"]
    kind, label = rng.choice(labels)
    if form == "participle" and goal in PARTICIPLES and status in ("achieved", "partly-achieved"):
        word = PARTICIPLES[goal]
        if status == "achieved":
            return f"{word} {rng.choice(('3/2025', '11/2024'))}", status, f"participle:{word}", form
        shown = OUT_OF[lang].format(n=rng.choice((3, 9)), m=12)
        return f"{word} {shown}", status, f"participle:{word}", form
    if form == "participle":
        form = "as-printed"
    if form == "not-yet-moved":
        moved = [lab for _k, lab in verdict_labels()["moved-later"][lang]]
        if status == "moved-later" and moved:
            base = rng.choice(moved)
            year = rng.choice((2025, 2026))
            tail = (
                f"{base.lower()} {year}"
                if re.search(r"\b(?:to|till|vuodelle|until|for)$", base, re.I)
                else (f"{base.lower()} {YEAR_TO[lang]} {year}")
            )
            return f"{NOT_YET[lang]}, {tail}", status, f"not-yet:{base}", form
        form = "as-printed"
    if form == "negated":
        achieved = [lab for _k, lab in verdict_labels()["achieved"][lang] if _NEGATABLE[lang].match(lab)]
        if achieved:
            base = rng.choice(achieved)
            return f"{NEGATION[lang]} {base.lower()}", "not-achieved", f"{NEGATION[lang]} {base}", form
        form = "as-printed"
    if form == "year" and status != "moved-later":
        form = "as-printed"
    if form == "share" and status not in ("achieved", "partly-achieved"):
        form = "as-printed"
    year = rng.choice((2025, 2026, 2027))
    if re.search(r"\b(?:to|till|vuodelle|until|for)$", label, re.I):
        form = "year"  # a label that ends in its preposition is said with the year it names
    if form == "lower":
        text = label.lower()
    elif form == "remark":
        text = f"{label}, {REMARK[lang]}"
    elif form == "bracket":
        text = f"{label} ({REMARK[lang]})"
    elif form == "share":
        share = rng.choice((64, 100, 112)) if status == "achieved" else rng.choice((40, 55, 72))
        text = rng.choice((f"{label}: {share} %", f"{label} ({share} % {SHARE_WORD[lang]})"))
    elif form == "year":
        ends_with_to = re.search(r"\b(?:to|till|vuodelle|until|for)$", label, re.I)
        text = f"{label} {year}" if ends_with_to else f"{label} {YEAR_TO[lang]} {year}"
    else:
        text = label
    return text, status, f"{kind}:{label}", form


# --- layouts ------------------------------------------------------------------------------------------


def _rows_to_table(rows: list[list[str]], markup: str) -> list[str]:
    if markup == "md-padded":
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
        lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
        return lines
    if markup == "md-bare":
        lines = ["|" + "|".join(r) + "|" for r in rows]
        lines.insert(1, "|" + "|".join("---" for _ in rows[0]) + "|")
        return lines
    if markup == "tab":
        return ["\t".join(r) for r in rows]
    if markup == "aligned":
        w = max(len(r[0]) for r in rows) + 4
        return [r[0].ljust(w) + "  ".join(r[1:]) for r in rows]
    if markup == "csv":
        return [";".join(r) for r in rows]
    raise ValueError(markup)


@dataclass
class Block:
    """One section of a document: a heading and its body as lines, list items or a table."""

    heading: str
    lines: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    ordered: bool = False
    table: list[list[str]] | None = None
    table_markup: str = "md-padded"
    subheads: list[tuple[str, list[str]]] | None = None  # (sub-heading, items) under parts


def _joined(goal: str, sep: str, verdict: str) -> str:
    """A goal and its verdict after the separator ("X – uppnått", "X [toteutunut]"); the goal alone without one."""
    if not verdict:
        return goal
    return f"{goal} [{verdict}]" if sep == " [...]" else f"{goal}{sep}{verdict}"


def _goal_block(
    rng: random.Random,
    lang: str,
    axes: dict[str, str],
    goals: list[tuple[str, str]],
    judged: bool,
    verdicts: list[dict[str, str]],
) -> tuple[Block, list[tuple[str, str]]]:
    form = axes["form"]
    sep = axes["separator"]
    pairs = []  # (goal text, verdict text)
    expected = []
    for text, status in goals:
        if judged:
            vform = rng.choice(VERDICT_FORMS)
            if form == "verdict-first":
                vform = rng.choice(("as-printed", "lower"))
            vtext, want, label, vform = _verdict(rng, status, lang, vform, text)
            verdicts.append({"verdict": want, "verdict form": vform, "verdict label": f"{lang}/{label}"})
        else:
            vtext, want = "", "unknown"
        pairs.append((text, vtext))
        expected.append((text, want))
    heading = axes["heading label"]
    block = Block(heading=heading)
    if form == "table":
        block.table = (
            [[GOAL_HEAD[lang], axes["column head"]]] + [[g, v] for g, v in pairs]
            if judged
            else [[GOAL_HEAD[lang]]] + [[g] for g, _v in pairs]
        )
        block.table_markup = axes["table markup"]
    elif form == "numbered":
        block.items = [_joined(g, sep, v) for g, v in pairs]
        block.ordered = True
    elif form == "bullets":
        block.items = [_joined(g, sep, v) for g, v in pairs]
    elif form == "verdict-first":
        block.items = [f"{v}: {g}" if v else g for g, v in pairs]
    elif form == "labelled":
        for i, (g, v) in enumerate(pairs, 1):
            block.lines.append(f"{GOAL_WORD[lang]} {i}: {g}")
            if v:
                block.lines.append(f"{VERDICT_LINE[lang]}: {v}")
            block.lines.append("")
    elif form == "next-line":
        for g, v in pairs:
            block.lines.append(g)
            if v:
                block.lines.append(f"{VERDICT_LINE[lang]}: {v}")
            block.lines.append("")
    elif form == "sentence":
        block.items = [f"{g}. {VERDICT_LINE[lang]}: {v}." if v else f"{g}." for g, v in pairs]
    elif form in ("under-parts", "part-tagged"):
        word = rng.choice(PART_WORDS[lang])
        codes = ["A", "B"] if rng.random() < 0.5 else ["1", "2"]
        half = (len(pairs) + 1) // 2
        groups = [pairs[:half], pairs[half:]]
        if form == "under-parts":
            block.subheads = [
                (f"{word} {codes[k]}: {PART_NAMES[lang][k]}", [_joined(g, sep, v) for g, v in grp])
                for k, grp in enumerate(groups)
            ]
        else:
            wants = dict(expected)
            tag = rng.choice(("code", "word"))
            axes["part tag"] = tag
            expected = []
            for k, grp in enumerate(groups):
                prefix = codes[k] if tag == "code" else f"{word} {codes[k]}"
                for g, v in grp:
                    block.items.append(f"{prefix}: {_joined(g, sep, v)}")
                    expected.append((f"{prefix}: {g}", wants[g]))
    return block, expected


def _render(blocks: list[Block], title: list[str], markup: str) -> tuple[bytes, str]:
    if markup in ("txt", "md"):
        out = [*list(title), ""]
        for b in blocks:
            out += [f"## {b.heading}" if markup == "md" else b.heading, ""]
            out += b.lines
            for i, item in enumerate(b.items, 1):
                out.append(f"{i}. {item}" if b.ordered else f"- {item}")
            for sub, items in b.subheads or []:
                out += [f"### {sub}" if markup == "md" else sub]
                out += [f"- {it}" for it in items] + [""]
            if b.table:
                tm = (
                    ("tab" if b.table_markup == "html" else b.table_markup)
                    if markup == "txt"
                    else ("md-padded" if b.table_markup != "md-bare" else "md-bare")
                )
                out += _rows_to_table(b.table, tm)
            out.append("")
        return "\n".join(out).encode(), "md" if markup == "md" else "txt"
    if markup == "html":
        e = html.escape
        out = [
            "<!DOCTYPE html>",
            "<html><head><meta charset='utf-8'><title>" + e(title[0]) + "</title></head><body>",
        ]
        out.append(f"<h1>{e(title[0])}</h1>")
        out += [f"<p>{e(t)}</p>" for t in title[1:]]
        for b in blocks:
            out.append(f"<h2>{e(b.heading)}</h2>")
            para = [ln for ln in b.lines]
            chunk: list[str] = []
            for ln in [*para, ""]:
                if ln:
                    chunk.append(e(ln))
                elif chunk:
                    out.append("<p>" + "<br>".join(chunk) + "</p>")
                    chunk = []
            if b.items:
                tag = "ol" if b.ordered else "ul"
                out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b.items) + f"</{tag}>")
            for sub, items in b.subheads or []:
                out.append(f"<h3>{e(sub)}</h3><ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
            if b.table:
                head, *rows = b.table
                out.append(
                    "<table><thead><tr>"
                    + "".join(f"<th>{e(c)}</th>" for c in head)
                    + "</tr></thead><tbody>"
                    + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                    + "</tbody></table>"
                )
        out.append("</body></html>")
        return "\n".join(out).encode(), "html"
    if markup in ("csv-comma", "csv-semicolon", "tsv"):
        delim = {"csv-comma": ",", "csv-semicolon": ";", "tsv": "\t"}[markup]
        import csv

        buf = io.StringIO()
        w = csv.writer(buf, delimiter=delim, lineterminator="\n")
        for t in title:
            w.writerow([t])
        for b in blocks:
            w.writerow([])
            w.writerow([b.heading])
            for ln in b.lines:
                if ln:
                    w.writerow(ln.split(": ", 1) if ": " in ln and len(ln.split(": ", 1)[0]) < 14 else [ln])
            for i, item in enumerate(b.items, 1):
                w.writerow([f"{i}. {item}" if b.ordered else f"- {item}"])
            for sub, items in b.subheads or []:
                w.writerow([sub])
                for it in items:
                    w.writerow([f"- {it}"])
            for r in b.table or []:
                w.writerow(r)
        return buf.getvalue().encode(), "tsv" if markup == "tsv" else "csv"
    if markup == "docx":
        import datetime as dt

        from tests.ingest.corpus.generate import binaries_common as bc

        d = bc.docx_document("G9", dt.datetime(2026, 12, 7, 10, 0))
        d.add_heading(title[0], level=1)
        for t in title[1:]:
            d.add_paragraph(t)
        for b in blocks:
            d.add_heading(b.heading, level=2)
            for ln in b.lines:
                if ln:
                    d.add_paragraph(ln)
            for item in b.items:
                d.add_paragraph(item, style="List Number" if b.ordered else "List Bullet")
            for sub, items in b.subheads or []:
                d.add_heading(sub, level=3)
                for it in items:
                    d.add_paragraph(it, style="List Bullet")
            if b.table:
                bc.table(d, [tuple(r) for r in b.table])
        raw = io.BytesIO()
        d.save(raw)
        return raw.getvalue(), "docx"
    raise ValueError(markup)


def document(seed: int, i: int) -> Doc:
    """The i-th document of the family for ``seed``."""
    rng = random.Random(f"{seed}/{i}")
    lang = rng.choice(LANGS)
    negative = rng.choice(NEGATIVES) if rng.random() < 0.2 else None
    axes: dict[str, str] = {"lang": lang, "markup": rng.choice(MARKUPS), "negative": negative or "-"}
    section = rng.choice(("goals", "goal-results")) if negative != "plan" else "goals"
    heads = [lab for _k, lg, lab in section_labels()[section] if lg == lang] or [
        lab for _k, _l, lab in section_labels()[section]
    ]
    axes["heading"] = section
    axes["heading label"] = rng.choice(heads)
    axes["form"] = rng.choice(FORMS)
    axes["separator"] = rng.choice(SEPARATORS)
    axes["table markup"] = rng.choice(TABLE_MARKUPS)
    axes["column head"] = rng.choice(column_heads()[lang])
    project = rng.choice(PROJECTS[lang])
    judged = negative != "plan"
    title = [(PLAN if not judged else REPORT)[lang] + " 2/2025", f"{NAME_FIELD[lang]}: {project}"]
    n = rng.randint(2, 4)
    texts = rng.sample(GOALS[lang], n)
    statuses = [rng.choice(STATUSES) for _ in texts]
    verdicts: list[dict[str, str]] = []
    blocks: list[Block] = []
    intro_h, intro_t = INTRO[lang]
    blocks.append(Block(heading=intro_h, lines=[intro_t]))
    expected: list[tuple[str, str]] = []
    if negative in (None, "plan"):
        goal_block, expected = _goal_block(
            rng, lang, axes, list(zip(texts, statuses, strict=True)), judged, verdicts
        )
        position = rng.choice(("middle", "last"))
        axes["position"] = position
        # An axis the form does not use is no axis of the document (its figure would mix in the other forms').
        if axes["form"] != "table":
            axes.pop("table markup")
            axes.pop("column head")
        elif axes["markup"] == "md":
            axes["table markup"] = "md-bare" if axes["table markup"] == "md-bare" else "md-padded"
        elif axes["markup"] != "txt":
            axes["table markup"] = (
                f"{axes['markup']} (native)"  # the file's own table: an HTML, DOCX, CSV table
            )
        elif axes["table markup"] == "html":
            axes["table markup"] = "tab"  # a plain text has no HTML table: written with tabs
        if axes["form"] in ("table", "labelled", "next-line", "sentence", "verdict-first") or not judged:
            axes.pop("separator")
        if position == "middle":
            blocks.append(goal_block)
        next_h, next_items = NEXT[lang]
        blocks.append(Block(heading=next_h, items=list(next_items)))
        if position == "last":
            blocks.append(goal_block)
    else:
        for k in ("form", "separator", "table markup", "column head", "heading", "heading label"):
            axes.pop(k)
        if negative == "tasks":
            next_h, next_items = NEXT[lang]
            blocks.append(
                Block(
                    heading=next_h,
                    items=list(next_items) + [f"{t} ({rng.choice(('3/2025', '6/2025'))})" for t in texts[:1]],
                )
            )
        elif negative == "feedback":
            h, cols, rows = FEEDBACK[lang]
            blocks.append(
                Block(
                    heading=h,
                    table=[list(cols)] + [list(r) for r in rows],
                    table_markup=axes.get("table markup", "tab"),
                )
            )
        elif negative == "lights":
            h, cols, rows = LIGHTS[lang]
            blocks.append(Block(heading=h, table=[list(cols)] + [list(r) for r in rows], table_markup="tab"))
    data, ext = _render(blocks, title, axes["markup"])
    return Doc(name=f"g9_{seed}_{i:04d}_{lang}.{ext}", data=data, goals=expected, axes=axes, verdicts=verdicts)


# --- scoring -------------------------------------------------------------------------------------------


@functools.cache
def _measure() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "measure_extraction", REPO / "scripts" / "measure_extraction.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("measure_extraction", module)
    spec.loader.exec_module(module)
    return module


def read_goals(doc: Doc) -> list[tuple[str, str]]:
    from hankegraafi.ingest.extract import extract
    from hankegraafi.ingest.readers import read_bytes

    x = extract(read_bytes(doc.data, file_name=doc.name, max_bytes=10_000_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


@dataclass
class Tally:
    correct: int = 0
    extracted: int = 0
    annotated: int = 0
    status_correct: int = 0

    def add(self, other: Tally) -> None:
        self.correct += other.correct
        self.extracted += other.extracted
        self.annotated += other.annotated
        self.status_correct += other.status_correct

    def figures(self) -> tuple[float, float, float, float]:
        def pct(a: int, b: int) -> float:
            return 100.0 * a / b if b else 100.0

        return (
            pct(self.correct, self.annotated),
            pct(self.correct, self.extracted),
            pct(self.status_correct, self.annotated),
            pct(self.status_correct, self.extracted),
        )


def score(doc: Doc, read: list[tuple[str, str]]) -> tuple[Tally, list[bool]]:
    """The document's tally and, per expected goal, whether its goal and verdict were read."""
    m = _measure()
    plain = m.match_goals(read, doc.goals, status=False)
    judged = m.match_goals(read, doc.goals, status=True)
    missed = {d.rsplit(" (", 1)[0] for d in judged.missed}
    per_goal = [f"{d}" not in missed for d, _s in doc.goals]
    return Tally(plain.correct, plain.extracted, plain.annotated, judged.correct), per_goal


def run(n: int, seed: int = 52, show: str | None = None) -> dict[str, dict[str, Tally]]:
    per: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for i in range(n):
        doc = document(seed, i)
        read = read_goals(doc)
        tally, per_goal = score(doc, read)
        for axis, value in doc.axes.items():
            if axis in ("heading label", "column head"):
                value = f"{doc.axes['lang']}/{value}"
            per[axis][value].add(tally)
        per["all"]["all"].add(tally)
        for v, ok in zip(doc.verdicts, per_goal, strict=False):
            for axis, value in v.items():
                per[axis][value].add(Tally(1, 1, 1, int(ok)))
        if (
            show
            and (
                show == "all"
                or any(f"{a}={v}" == show for a, v in doc.axes.items())
                or any(f"{a}={v}" == show for vv in doc.verdicts for a, v in vv.items())
            )
            and (tally.status_correct < tally.annotated or tally.correct < tally.extracted)
        ):
            print(f"--- {doc.name} {doc.axes}")
            print(doc.data.decode("utf-8", "replace") if not doc.name.endswith("docx") else "(docx)")
            print("  expected:", doc.goals)
            print("  read:    ", read)
    return per


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=52)
    ap.add_argument("--show", help="print the failing documents of AXIS=VALUE (or 'all')")
    ap.add_argument("--all-values", action="store_true", help="print every verdict label, not only the failing")
    args = ap.parse_args(argv)
    per = run(args.n, args.seed, args.show)
    print(f"{'axis':16} {'value':52} {'goals R':>8} {'P':>6} {'+status R':>10} {'P':>6}  n")
    for axis in sorted(per, key=lambda a: (a != "all", a)):
        for value, t in sorted(per[axis].items()):
            r, p, sr, sp = t.figures()
            if axis == "verdict label" and not args.all_values and sr == 100.0:
                continue
            print(f"{axis:16} {value[:52]:52} {r:8.1f} {p:6.1f} {sr:10.1f} {sp:6.1f}  {t.annotated}")


if __name__ == "__main__":
    main()
