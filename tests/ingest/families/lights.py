"""A generator of traffic-light documents, the gold known by construction (stop 52, L9).

Each document is a small invented status report of one project with its lights written in one form, drawn
independently along the axes a real author varies:

- ``dim_label``: which label of the ``light-dimension`` vocabulary names the dimension (prefLabel, altLabel or
  hiddenLabel, fi / sv / en; every label of ontology/vocab/status.ttl, so a label added there is drawn too);
- ``token``: how the value is written: a colour word of the ``light-value`` vocabulary (its one-word hidden
  labels, fi / sv / en), a coloured symbol (its one-character hidden labels), the value's own pref/alt label,
  a letter or a number a key explains, a percentage of the plan done with a threshold line; in the "lines"
  layout, check boxes a key explains ("[x] Aikataulu" under "rasti = …, tyhjä = …": ``box-key``, stop 54), or
  the place of a cross among three boxes a key of places explains ("Aikataulu: [ ][x][ ]", stop 55);
- ``key``: where the key of letters, numbers or percentages stands (none, above, below, the document's end);
- ``layout``: a light per table row, a matrix of parts × dimensions (parts as columns or as rows), "Dimension:
  token" lines, a sentence per dimension; ``part_head``: how a matrix names its parts (whole, "Osio 2: X"; by the
  key alone, "2" or "B"; by word and key, "Osio 2"; the shorter two with the parts listed above the matrix);
- ``format`` (md, txt, eml, html, docx, csv, tsv) and ``table_markup`` (a text format's table: pipe padded or
  bare, tsv, csv ',' or ';', space- or tab-aligned; a csv file's delimiter), ``fields`` (how the wrapper's fields
  are written): tests/ingest/families/frame.py's;
- ``lang``: the language of the document around the lights.

Negatives (``layout`` = ``negative-*``) are documents of the same wrapper with NO light: a feedback grid of
grades, a task list with statuses (or a to-do list of check boxes with its key), a schedule field with dates,
colour words in other senses, a risk register.

The runner prints precision and recall of "traffic lights" per axis value, scored by measure_extraction's own
measure_document (the project's or part's name, the dimension, the value), and "traffic lights, unit aside"
(without the name): ``python -m tests.ingest.families.lights --n 300 [--details] [--show 17]``, or with a
worktree's code ``wtrun.py WT tests/ingest/families/run.py lights --n 300``.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from functools import cache

from tests.ingest.families import frame

LANGS = ("fi", "sv", "en")

# --- the vocabularies -----------------------------------------------------------------------------------------


@cache
def dimension_labels() -> dict[str, list[frame.VocabLabel]]:
    """Every label (pref, alt, hidden; fi, sv, en) of each dimension but progress (a percentage, not a light)."""
    out: dict[str, list[frame.VocabLabel]] = {}
    for label in frame.labels("light-dimension", hidden=True):
        if label.key != "progress":
            out.setdefault(label.key, []).append(label)
    return out


@cache
def colour_words() -> dict[str, dict[str, list[str]]]:
    """lang -> value -> the one-word hidden labels of the value (the colours)."""
    out: dict[str, dict[str, list[str]]] = {lang: {"on-plan": [], "deviation": []} for lang in LANGS}
    for label in frame.labels("light-value", hidden=True):
        if label.kind == "hidden" and " " not in label.text and label.text.isalpha():
            out[label.lang][label.key].append(label.text)
    return out


@cache
def symbols() -> dict[str, list[str]]:
    """value -> the one-character hidden labels without a language (the coloured symbols)."""
    from hankegraafi.ontology import registry

    return {
        c.key: sorted(t for t in c.hidden.get("", ()) if len(t) <= 2) for c in registry.scheme("light-value")
    }


@cache
def meanings() -> dict[str, dict[str, list[str]]]:
    """lang -> value -> the value's pref and alt labels (a key's meanings, a value written in words)."""
    out: dict[str, dict[str, list[str]]] = {lang: {"on-plan": [], "deviation": []} for lang in LANGS}
    for label in frame.labels("light-value"):
        out[label.lang][label.key].append(label.text)
    return out


@cache
def part_words() -> dict[str, list[str]]:
    """lang -> the words that start a part (the project-part vocabulary but work packages: no part)."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for label in frame.labels("project-part", hidden=True):
        if label.key != "work-package":
            out[label.lang].append(label.text)
    return out


TOPICS = {
    "fi": [
        "Kotihoidon etäkäynnit",
        "Perhekeskuksen chat",
        "Nuorten mielenterveyspolku",
        "Ikäihmisten arjen tuki",
        "Digitaalinen palveluohjaus",
        "Päihdetyön matalan kynnyksen palvelut",
    ],
    "sv": [
        "Distansbesök i hemvården",
        "Familjecentrets chatt",
        "Ungas väg till stöd",
        "Äldres vardag hemma",
        "Digital servicehandledning",
    ],
    "en": [
        "Remote home care visits",
        "Family centre chat",
        "Youth mental health pathway",
        "Everyday support at home",
        "Digital service guidance",
    ],
}
#: Where the project is (fi, sv, en) and its county.
REGIONS = [
    ("Pohjois-Savossa", "i Norra Savolax", "in North Savo", "Pohjois-Savon hyvinvointialue"),
    ("Kainuussa", "i Kajanaland", "in Kainuu", "Kainuun hyvinvointialue"),
    ("Satakunnassa", "i Satakunta", "in Satakunta", "Satakunnan hyvinvointialue"),
    ("Lapissa", "i Lappland", "in Lapland", "Lapin hyvinvointialue"),
    ("Pohjanmaalla", "i Österbotten", "in Ostrobothnia", "Pohjanmaan hyvinvointialue"),
    ("Länsi-Uudellamaalla", "i Västra Nyland", "in West Uusimaa", "Länsi-Uudenmaan hyvinvointialue"),
]
PART_TOPICS = {
    "fi": ["Kotiutustiimi", "Etäryhmät", "Digitaalinen vastaanotto", "Kotikuntoutus", "Palveluohjaus"],
    "sv": ["Hemrehabilitering", "Distansgrupper", "Digital mottagning", "Servicehandledning"],
    "en": ["Discharge team", "Remote groups", "Digital reception", "Home rehabilitation"],
}
WRAP = {
    "fi": dict(
        title="Tilanneraportti",
        name="Hanke",
        org="Organisaatio",
        period="Raportointikausi",
        summary="Yhteenveto",
        text="Hanke eteni kaudella, ja kokeilut jatkuivat kaikissa kunnissa.",
        head=["Liikennevalot", "Tilannearvio", "Arvio osa-alueittain", "Hankkeen tila"],
        dimcol=["Osa-alue", "Ulottuvuus", "Kohde"],
        valcol=["Tila", "Arvio", "Liikennevalo"],
        goals="Tavoitteet",
        goal="Palvelu on käytössä kaikissa kunnissa.",
    ),
    "sv": dict(
        title="Lägesrapport",
        name="Projekt",
        org="Organisation",
        period="Rapportperiod",
        summary="Sammanfattning",
        text="Projektet framskred under perioden och försöken fortsatte.",
        head=["Trafikljus", "Lägesbedömning", "Bedömning per område", "Projektets läge"],
        dimcol=["Område", "Dimension"],
        valcol=["Läge", "Bedömning", "Status"],
        goals="Mål",
        goal="Tjänsten används i alla kommuner.",
    ),
    "en": dict(
        title="Status report",
        name="Project",
        org="Organisation",
        period="Reporting period",
        summary="Summary",
        text="The project progressed in the period and the pilots went on.",
        head=["Traffic lights", "Status assessment", "Status by area", "Project status"],
        dimcol=["Area", "Dimension"],
        valcol=["Status", "Rating", "RAG"],
        goals="Goals",
        goal="The service is in use in every municipality.",
    ),
}
#: Colour words inflected in a sentence: lang -> colour (the vocabulary's label, lower case) -> the forms.
SENTENCE_FORMS = {
    "fi": {
        "vihreä": ["vihreällä", "vihreä"],
        "keltainen": ["keltaisella", "keltainen"],
        "punainen": ["punaisella", "punainen"],
        "oranssi": ["oranssilla", "oranssi"],
    },
    "sv": {},
    "en": {},
}
SENTENCE = {
    "fi": ["{d} on {v}.", "{d} ovat {v}, koska kausi oli vaativa.", "Tilannekuva: {d} on {v}."],
    "sv": ["{d} är {v}.", "Läget för {d_low} är {v}."],
    "en": ["{d} is {v}.", "{d} are {v} this period.", "The light for {d_low} is {v}."],
}
KEY_WORD = {"fi": "Selite", "sv": "Förklaring", "en": "Key"}
THRESHOLD = {
    "fi": "Prosentit: vähintään {t} % = {on}, alle {t} % = {dev}.",
    "sv": "Procent: minst {t} % = {on}, under {t} % = {dev}.",
    "en": "Percentages: {t} % or more = {on}, below {t} % = {dev}.",
}
LAYOUTS = ("rows", "matrix-parts-columns", "matrix-parts-rows", "lines", "sentence")
NEGATIVES = (
    "negative-feedback-grid",
    "negative-task-list",
    "negative-schedule-field",
    "negative-colour-senses",
    "negative-risk-register",
)
TOKENS = ("colour", "symbol", "value-label", "letter-key", "number-key", "percent-threshold")
#: The file formats, and a text format's table markups (frame.TABLE_MARKUPS); csv's delimiter is its markup.
FORMATS = ("md", "txt", "eml", "html", "docx", "csv", "tsv")


def _pick(rnd: random.Random, seq):
    return seq[rnd.randrange(len(seq))]


def _dimension(rnd: random.Random, key: str, lang: str, prose: bool = False) -> tuple[str, str]:
    """A label of the dimension: the document's language four times in five, any other in the rest. In prose
    no form's label ("Liikennevalo Riskit", "Liikenneval. Riskit": a field's, not a sentence's subject)."""
    labels = [lb for lb in dimension_labels()[key] if not (prose and lb.text.lower().startswith("liikenneval"))]
    own = [lb for lb in labels if lb.lang == lang]
    label = _pick(rnd, own if own and rnd.random() < 0.8 else labels)
    return label.text, f"{label.kind}-{label.lang}"


def _token_scheme(rnd: random.Random, token: str, lang: str) -> tuple[dict[str, list[str]], list[str] | None]:
    """The written forms per value (on-plan / deviation) and the key's lines (None: no key needed)."""
    means = meanings()[lang]
    colours = colour_words()[lang]
    if token == "colour":
        return {v: [w.lower() if rnd.random() < 0.7 else w for w in ws] for v, ws in colours.items()}, None
    if token == "symbol":
        return symbols(), None
    if token == "value-label":
        return means, None
    if token in ("letter-key", "number-key") and rnd.random() < 0.5:  # the key says the colours
        on, dev, dev2 = colours["on-plan"][0], *rnd.sample(colours["deviation"], 2)
    else:
        on, dev, dev2 = (
            _pick(rnd, means["on-plan"]),
            _pick(rnd, means["deviation"]),
            _pick(rnd, means["deviation"]),
        )
    if token in ("letter-key", "number-key"):
        codes = (
            _pick(rnd, [("A", "B", "C"), ("V", "K", "P"), ("G", "A", "R"), ("X", "Y", "Z")])
            if token == "letter-key"
            else _pick(rnd, [("1", "2", "3"), ("3", "2", "1"), ("0", "1", "2")])
        )
        sep = _pick(rnd, [" = ", ": ", " – "])
        lines = [f"{codes[0]}{sep}{on}", f"{codes[1]}{sep}{dev}", f"{codes[2]}{sep}{dev2}"]
        joined = _pick(rnd, ["lines", "one"])
        key = [f"{KEY_WORD[lang]}: " + "; ".join(lines)] if joined == "one" else [f"{KEY_WORD[lang]}:", *lines]
        return {"on-plan": [codes[0]], "deviation": [codes[1], codes[2]]}, key
    # percent-threshold
    t = _pick(rnd, [80, 90, 95, 100])
    ons = [f"{p} %" for p in range(t, 101, 5)]
    devs = [f"{p} %" for p in range(max(0, t - 50), t, 5)]
    return {"on-plan": ons, "deviation": devs}, [THRESHOLD[lang].format(t=t, on=on.lower(), dev=dev.lower())]


#: A key of check boxes (lightboxes): what a tick means, what an empty box means ({t} the tick, {e} the empty box).
BOX_KEY = {
    "fi": ["Selite: rasti = {on}, tyhjä = {dev}", "{t} = {on}, {e} = {dev}", "Rasti = {on}"],
    "sv": ["Förklaring: {t} = {on}, {e} = {dev}", "Kryss = {on}, tom ruta = {dev}"],
    "en": ["Key: {t} = {on}, {e} = {dev}", "Checked = {on}; unchecked = {dev}"],
}


def _boxes(
    rnd: random.Random, lang: str, rated: list[tuple[str, str]]
) -> tuple[list[str], list[tuple], str, str]:
    """The lights as check boxes before (or after) each dimension, one a line, and the key's block and place:
    a tick means on plan, or (one key in four) a deviation."""
    tick, empty = _pick(
        rnd, [("[x]", "[ ]"), ("[X]", "[ ]"), ("☑", "☐"), ("☒", "☐"), ("[×]", "[ ]"), ("[v]", "[ ]")]
    )
    means = meanings()[lang]
    on, dev = _pick(rnd, means["on-plan"]), _pick(rnd, means["deviation"]).split(",")[0]
    flipped = rnd.random() < 0.25
    key = _pick(rnd, BOX_KEY[lang]).format(
        t=tick, e=empty, on=dev if flipped else on, dev=on if flipped else dev
    )
    ticked = "deviation" if flipped else "on-plan"
    after = rnd.random() < 0.25
    items = [
        f"{label} {tick if v == ticked else empty}" if after else f"{tick if v == ticked else empty} {label}"
        for label, v in rated
    ]
    place, token = _pick(rnd, ("above", "below", "end")), "box-key"
    if rnd.random() < 0.4:  # drawn last: the other box documents keep their draws
        (items, key), token = _places(rnd, lang, rated), "box-places"
    return items, [("para", key)], place, token


#: A key of the place of a cross among three boxes (lightboxrows): {on} the first place's meaning, {dev} and
#: {dev2} the second's and the third's.
PLACE_KEY = {
    "fi": [
        "Merkintä: rasti ensimmäisessä ruudussa = {on}, toisessa ruudussa = {dev}, kolmannessa ruudussa = {dev2}",
        "[x][ ][ ] = {on}; [ ][x][ ] = {dev}; [ ][ ][x] = {dev2}",
    ],
    "sv": ["Kryss i första rutan = {on}, i andra rutan = {dev}, i tredje rutan = {dev2}"],
    "en": ["First box = {on}, second box = {dev}, third box = {dev2}", "(x) ( ) ( ) = {on}"],
}


def _places(rnd: random.Random, lang: str, rated: list[tuple[str, str]]) -> tuple[list[str], str]:
    """The lights as the place of a cross among three boxes after each dimension ("Aikataulu: [ ][x][ ]") and
    the key of the places: the first is on plan, the second and the third deviations."""
    means = meanings()[lang]
    on, dev, dev2 = (_pick(rnd, means[v]).split(",")[0] for v in ("on-plan", "deviation", "deviation"))
    key = _pick(rnd, PLACE_KEY[lang])
    cross, empty = ("(x)", "( )") if key.startswith("(x)") else ("[x]", "[ ]")
    sep = _pick(rnd, [": ", "  ", " "])
    items = []
    for label, value in rated:
        at = 0 if value == "on-plan" else rnd.choice((1, 2))
        items.append(label + sep + "".join(cross if i == at else empty for i in range(3)))
    return items, key.format(on=on, dev=dev, dev2=dev2)


def generate(rnd: random.Random, index: int) -> frame.Doc:
    """Document ``index``: a status report of one project whose lights are written in one drawn form."""
    lang = _pick(rnd, LANGS)
    w = WRAP[lang]
    region = _pick(rnd, REGIONS)
    name = f"{_pick(rnd, TOPICS[lang])} {region[LANGS.index(lang)]}"
    layout = _pick(rnd, LAYOUTS) if rnd.random() < 0.85 else _pick(rnd, NEGATIVES)
    fmt = _pick(rnd, FORMATS)
    markup = (
        _pick(rnd, frame.TABLE_MARKUPS)
        if fmt in ("md", "txt", "eml")
        else _pick(rnd, ("csv-comma", "csv-semicolon"))
        if fmt == "csv"
        else "-"
    )
    fields = _pick(rnd, frame.FIELD_STYLES)
    token = _pick(rnd, TOKENS)
    if layout == "sentence":
        token = _pick(rnd, ("colour", "value-label")) if lang == "fi" else "colour"
    forms, key = _token_scheme(rnd, token, lang)
    key_at = "none" if key is None else _pick(rnd, ("above", "below", "end"))
    title = f"{w['title']}: {name}" if rnd.random() < 0.5 else w["title"]
    head = [
        ("title", title),
        ("fields", [(w["name"], name), (w["org"], region[3]), (w["period"], "1.1.–30.6.2024")]),
        ("heading", w["summary"]),
        ("para", w["text"]),
    ]
    tail = [("heading", w["goals"]), ("list", [w["goal"]], True)]
    negative = layout.startswith("negative")
    axes = {
        "lang": lang,
        "layout": layout,
        "format": fmt,
        "table_markup": markup,
        "fields": fields,
        "token": "-" if negative else token,
        "key": "-" if negative else key_at,
        "dim_label": "-",
        "part_head": "-",
    }
    projects = [frame.project(name)]
    lights: dict[str, dict[str, str]] = {}
    if negative:
        blocks = head + _negative(rnd, layout, lang) + tail
    else:
        dims = rnd.sample(sorted(dimension_labels()), rnd.randint(2, 6))
        named = {d: _dimension(rnd, d, lang, prose=layout == "sentence") for d in dims}
        axes["dim_label"] = Counter(kind for _, kind in named.values()).most_common(1)[0][0]
        values = {d: _pick(rnd, ("on-plan", "on-plan", "deviation")) for d in dims}
        body: list[tuple] = [("heading", _pick(rnd, w["head"]))]
        key_blocks = [("para", line) for line in key or ()]
        if key_at == "above":
            body += key_blocks
        if layout == "rows":
            rows = [(_pick(rnd, w["dimcol"]), _pick(rnd, w["valcol"]))]
            rows += [(named[d][0], _pick(rnd, forms[values[d]])) for d in dims]
            body.append(("table", rows))
            lights[name] = values
        elif layout.startswith("matrix"):
            word = _pick(rnd, part_words()[lang])
            topics = rnd.sample(PART_TOPICS[lang], 2)
            keys = _pick(rnd, [("1", "2"), ("A", "B")])
            parts = [f"{word} {k}: {t}" for k, t in zip(keys, topics, strict=True)]
            projects += [
                frame.project(p, [t, f"{word} {k}"], level="sub-project", part_of=name)
                for k, p, t in zip(keys, parts, topics, strict=True)
            ]
            # the matrix names a part whole, by its key alone ("A", "2") or by its word and key ("Osio 2"):
            # the two shorter forms with the parts listed above it
            head_form = _pick(rnd, ("whole", "key", "word-key"))
            axes["part_head"] = head_form
            heads = {"whole": parts, "key": list(keys), "word-key": [f"{word} {k}" for k in keys]}[head_form]
            if head_form != "whole":
                body = [("list", parts), *body]
            grid = {p: {d: _pick(rnd, ("on-plan", "on-plan", "deviation")) for d in dims} for p in parts}
            cell = {(p, d): _pick(rnd, forms[v]) for p in parts for d, v in grid[p].items()}
            if layout == "matrix-parts-columns":
                rows = [(_pick(rnd, w["dimcol"] + [""]), *heads)]
                rows += [(named[d][0], *(cell[p, d] for p in parts)) for d in dims]
            else:
                rows = [(word, *(named[d][0] for d in dims))] + [
                    (h, *(cell[p, d] for d in dims)) for p, h in zip(parts, heads, strict=True)
                ]
            body.append(("table", rows))
            lights.update(grid)
        elif layout == "lines":
            sep = _pick(rnd, [": ", " – ", " - "])
            items = [f"{named[d][0]}{sep}{_pick(rnd, forms[values[d]])}" for d in dims]
            as_list = rnd.random() < 0.5
            if key is None and rnd.random() < 0.3:  # drawn last: the other documents keep their draws
                items, key_blocks, key_at, boxed = _boxes(rnd, lang, [(named[d][0], values[d]) for d in dims])
                axes["token"], axes["key"] = boxed, key_at
                body += key_blocks if key_at == "above" else []
            body += [("list", items)] if as_list else [("para", item) for item in items]
            lights[name] = values
        else:  # sentence
            text = []
            for d in dims:
                v = _pick(rnd, forms[values[d]])
                v = _pick(rnd, SENTENCE_FORMS[lang].get(v.lower(), [v]))
                label = named[d][0]
                text.append(_pick(rnd, SENTENCE[lang]).format(d=label, d_low=label.lower(), v=v.lower()))
            body.append(("para", " ".join(text)))
            lights[name] = values
        if key_at == "below":
            body += key_blocks
        blocks = head + body + tail + (key_blocks if key_at == "end" else [])
    file_name = f"l{index:04d}_{layout}.{fmt}"
    content = frame.render(
        blocks, fmt, markup=markup if markup != "-" else "pipe-padded", field_style=fields, subject=title
    )
    gold = frame.gold(file_name, f"families/lights/{layout}", projects=projects, traffic_lights=lights)
    return frame.Doc(file_name, content, gold, axes)


def _negative(rnd: random.Random, kind: str, lang: str) -> list[tuple]:
    """A part of a report where no light stands, in the forms that look like one."""
    if kind == "negative-feedback-grid":
        head = {
            "fi": ("Kysymys", "Hyvä", "Tyydyttävä", "Heikko"),
            "sv": ("Fråga", "Bra", "Nöjaktig", "Svag"),
            "en": ("Question", "Good", "Fair", "Poor"),
        }[lang]
        qs = {
            "fi": ["Sain apua nopeasti", "Ohjeet olivat selkeät"],
            "sv": ["Jag fick hjälp snabbt", "Anvisningarna var tydliga"],
            "en": ["I got help quickly", "The guidance was clear"],
        }[lang]
        return [
            ("heading", {"fi": "Asiakaspalaute", "sv": "Kundrespons", "en": "Client feedback"}[lang]),
            (
                "table",
                [
                    head,
                    *[(q, str(rnd.randint(5, 40)), str(rnd.randint(1, 9)), str(rnd.randint(0, 4))) for q in qs],
                ],
            ),
        ]
    if kind == "negative-task-list":
        head = {
            "fi": ("Tehtävä", "Vastuu", "Tila"),
            "sv": ("Uppgift", "Ansvar", "Läge"),
            "en": ("Task", "Owner", "Status"),
        }[lang]
        done = {
            "fi": ["valmis", "kesken", "aloittamatta"],
            "sv": ["klar", "pågår", "ej påbörjad"],
            "en": ["done", "ongoing", "not started"],
        }[lang]
        tasks = {
            "fi": ["Koulutusmateriaali", "Viestintäsuunnitelma", "Kyselyn laatiminen"],
            "sv": ["Utbildningsmaterial", "Kommunikationsplan", "Enkät"],
            "en": ["Training material", "Communication plan", "Survey"],
        }[lang]
        table = [head, *[(t, "Projektipäällikkö", _pick(rnd, done)) for t in tasks]]
        if rnd.random() < 0.5:  # drawn last: a to-do list of check boxes and their key (lightboxes' negative)
            return _box_todo(rnd, lang)
        return [("heading", {"fi": "Tehtävät", "sv": "Uppgifter", "en": "Tasks"}[lang]), ("table", table)]
    if kind == "negative-schedule-field":
        rows = {
            "fi": [("Aikataulu", "1.3.2024–31.12.2025"), ("Budjetti", "450 000 €"), ("Henkilöstö", "3 htv")],
            "sv": [("Tidsplan", "1.3.2024–31.12.2025"), ("Budget", "450 000 €"), ("Personal", "3 årsverken")],
            "en": [
                ("Schedule", "1 March 2024 – 31 December 2025"),
                ("Budget", "EUR 450,000"),
                ("Staff", "3 FTE"),
            ],
        }[lang]
        return [
            ("heading", {"fi": "Perustiedot", "sv": "Grunduppgifter", "en": "Basic facts"}[lang]),
            ("table", [("", ""), *rows]),
        ]
    if kind == "negative-colour-senses":
        text = {
            "fi": "Hanke tukee vihreää siirtymää. Punainen Risti järjestää vapaaehtoiset, ja keltainen linja 4 kulkee "
            "palvelukeskukselle. Aikataulu on julkaistu verkkosivuilla.",
            "sv": "Projektet stöder den gröna omställningen. Röda Korset ordnar frivilliga och den gula linjen går "
            "till servicecentret. Tidsplanen finns på webbplatsen.",
            "en": "The project supports the green transition. The Red Cross organises volunteers and the yellow line "
            "runs to the service centre. The schedule is published on the website.",
        }[lang]
        return [("heading", {"fi": "Yhteistyö", "sv": "Samarbete", "en": "Cooperation"}[lang]), ("para", text)]
    # negative-risk-register
    head = {
        "fi": ("Riski", "Todennäköisyys", "Vaikutus"),
        "sv": ("Risk", "Sannolikhet", "Konsekvens"),
        "en": ("Risk", "Likelihood", "Impact"),
    }[lang]
    risks = {
        "fi": ["Rekrytointi viivästyy", "Järjestelmätoimittaja vaihtuu"],
        "sv": ["Rekryteringen försenas", "Leverantören byts"],
        "en": ["Recruitment is late", "The supplier changes"],
    }[lang]
    return [
        ("heading", {"fi": "Riskienhallinta", "sv": "Riskhantering", "en": "Risk management"}[lang]),
        ("table", [head, *[(r, str(rnd.randint(1, 3)), str(rnd.randint(1, 3))) for r in risks]]),
    ]


def _box_todo(rnd: random.Random, lang: str) -> list[tuple]:
    """A to-do list of check boxes and its key: tasks, no dimensions (one starts with one), no light."""
    tasks = {
        "fi": ["Ohjausryhmä koottu", "Aikataulu päivitetty ohjausryhmälle", "Kyselyn laatiminen"],
        "sv": ["Styrgruppen tillsatt", "Tidsplanen uppdaterad för styrgruppen", "Enkät"],
        "en": ["Steering group set up", "Schedule updated for the board", "Survey drafted"],
    }[lang]
    key = {"fi": "[x] = tehty, [ ] = kesken", "sv": "[x] = klar, [ ] = pågår", "en": "[x] = done, [ ] = open"}
    if rnd.random() < 0.3:  # drawn last: rows of three boxes, a key of places that rates nothing (lightboxrows)
        places = {
            "fi": "rasti ensimmäisessä ruudussa = keväällä, toisessa = syksyllä, kolmannessa = ensi vuonna",
            "sv": "kryss i första rutan = på våren, i andra rutan = på hösten",
            "en": "first box = spring, second box = autumn, third box = next year",
        }
        crosses = [rnd.randrange(3) for _ in tasks]
        rows = ["".join("[x]" if i == at else "[ ]" for i in range(3)) for at in crosses]
        return [
            ("heading", {"fi": "Tehtävät", "sv": "Uppgifter", "en": "Tasks"}[lang]),
            ("para", places[lang]),
            ("list", [f"{t}: {row}" for t, row in zip(tasks, rows, strict=True)]),
        ]
    return [
        ("heading", {"fi": "Tehtävät", "sv": "Uppgifter", "en": "Tasks"}[lang]),
        ("para", key[lang]),
        ("list", [f"{_pick(rnd, ['[x]', '[ ]'])} {t}" for t in tasks]),
    ]


def cli(argv: list[str] | None = None) -> int:
    return frame.main(generate, ["traffic lights", "traffic lights, unit aside"], argv, __doc__)


if __name__ == "__main__":
    sys.exit(cli())
