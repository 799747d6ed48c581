"""Project names, parts and organisations: a generator of the family, its gold known by construction (N24, stop 52).

Each document is a small status report, plan or project card of one invented project, with its county named, its
partners listed, and in some documents two numbered parts. The axes an author varies independently:

- ``position``: where the name stands: the title line alone, the title with the report's kind after or before it,
  a name field (every label of the ``document-field`` concept ``name``, fi/sv/en, hidden labels too: ``label``),
  the same field as a row of a two-column table, the first heading after a letterhead, only the document's own
  title outside its body (HTML <title>, an e-mail's Subject, a DOCX's core title), a table's caption, a breadcrumb.
- ``form``: the name plain, quoted, with its acronym after or before it, with the county in it, long (a subtitle
  after a dash), with the project's word ("-hanke", "projektet", "project").
- ``org``: how each partner is named: a vocabulary organisation by its preferred or alternative label in any
  language, a municipality as "Vaasan kaupunki" / "Vasa stad" / "City of Vaasa" / "Municipality of Vaasa" /
  bare; ``org_place``: in a field, a list under a heading, a table of partners, a sentence.
- ``county``: the county by its preferred or alternative label of any language (a brand added to counties.ttl
  later is generated too), in a letterhead or a field.
- ``parts``: none, or two parts by every word of the ``project-part`` vocabulary, as headings or table rows.
- ``format`` and ``markup``: frame.FORMATS and frame.TABLE_MARKUPS; ``lang``: fi, sv, en.
- ``kind_word``: at the position ``title``, every fourth document writes the kind after the project's bare word
  ("Hankkeen tilanneraportti 2/2024", "Projektets lägesrapport 2/2024", "Project status report 2/2024"; R19-28).

Negatives (``shape``): a document whose partners field says none are named yet, or names only people's roles
(no organisation), and titles that are no name (the report's kind and date, minutes' heading): they count in
precision.

    python -m tests.ingest.families.names --n 300 [--details]
"""

from __future__ import annotations

import functools
import random
import sys
from typing import Any

from tests.ingest.families import frame

CATEGORIES = ("project name", "organisations", "county")
LANGS = ("fi", "sv", "en")

#: Invented project names per language: (name, acronym). No place, organisation or service of a vocabulary.
TOPICS: dict[str, list[tuple[str, str]]] = {
    "fi": [
        ("Kotihoidon yöpartio", "YÖPA"),
        ("Ikäihmisten etäkuntoutus", "ETKU"),
        ("Omaishoitajien tukiverkko", "OTVE"),
        ("Nuorten matalan kynnyksen hyvinvointipiste", "NUPPI"),
        ("Kotiutumisen sujuva ketju", "KOSKE"),
        ("Perheiden varhainen tuki", "PEVATU"),
        ("Monialainen kuntoutustiimi", "MOKU"),
        ("Päihdetyön liikkuva yksikkö", "PÄLY"),
        ("Asiakasohjauksen yhteinen ovi", "AYO"),
        ("Muistihoitajan etävastaanotto", "MUISTE"),
    ],
    "sv": [
        ("Nattpatrull i hemvården", "NATTPA"),
        ("Distansrehabilitering för äldre", "DIREHA"),
        ("Stöd för närståendevårdare", "STÖNÄ"),
        ("Lågtröskelpunkt för unga", "LÅGUN"),
        ("Smidig utskrivning hem", "SMUH"),
        ("Tidigt stöd för familjer", "TISTÖ"),
        ("Mångprofessionellt rehabiliteringsteam", "MORET"),
        ("Gemensam dörr till klientstyrning", "GEDÖ"),
    ],
    "en": [
        ("Night patrol in home care", "NIPA"),
        ("Remote rehabilitation for older people", "RROP"),
        ("Support network for family carers", "SUNFAC"),
        ("Low-threshold wellbeing point for young people", "LOWY"),
        ("Smooth discharge chain", "SMODI"),
        ("Early support for families", "ESF"),
        ("Multiprofessional rehabilitation team", "MURT"),
        ("One door to client guidance", "ODCG"),
    ],
}

#: A subtitle after a dash (the "long" form).
SUBTITLES = {
    "fi": ["yhdenvertaiset palvelut koko alueelle", "asiakkaan arki edellä", "kotona pidempään"],
    "sv": ["jämlika tjänster i hela området", "klientens vardag först", "längre hemma"],
    "en": ["equal services across the region", "the client's everyday life first", "longer at home"],
}

#: Part names (invented) per language.
PART_NAMES = {
    "fi": [("Etätiimi", "Laajennus"), ("Kotiutustiimi", "Etäseuranta"), ("Palveluohjaus", "Vertaistuki")],
    "sv": [
        ("Distansteam", "Utvidgning"),
        ("Utskrivningsteam", "Distansuppföljning"),
        ("Servicehandledning", "Kamratstöd"),
    ],
    "en": [
        ("Remote team", "Extension"),
        ("Discharge team", "Remote follow-up"),
        ("Service guidance", "Peer support"),
    ],
}

KINDS = {
    "fi": [
        "Tilanneraportti 2/2024",
        "Väliraportti 1.1.–30.6.2024",
        "Hankesuunnitelma 2023",
        "Loppuraportti 2025",
    ],
    "sv": ["Lägesrapport 2/2024", "Mellanrapport 1.1–30.6.2024", "Projektplan 2023", "Slutrapport 2025"],
    "en": [
        "Status report 2/2024",
        "Interim report 1 Jan – 30 Jun 2024",
        "Project plan 2023",
        "Final report 2025",
    ],
}

#: The document's body around the facts: invented, naming no place or organisation.
BODY = {
    "fi": (
        "Yleistilanne",
        "Hanke on edennyt suunnitelman mukaisesti. Toimintamallia on kokeiltu kahdessa tiimissä ja palaute on "
        "ollut myönteistä.",
    ),
    "sv": (
        "Allmänt",
        "Projektet har framskridit enligt planen. Modellen har prövats i två team och responsen har varit positiv.",
    ),
    "en": (
        "General",
        "The project has progressed as planned. The model has been piloted in two teams and the feedback has been "
        "positive.",
    ),
}

PARTNER_HEADS = {
    "fi": ["Yhteistyökumppanit", "Toteuttajat ja kumppanit", "Osatoteuttajat"],
    "sv": ["Samarbetspartner", "Genomförare och partner", "Delgenomförare"],
    "en": ["Partners", "Partners and co-implementers", "Co-implementers"],
}
SENTENCE = {
    "fi": "Hanke toteutetaan yhteistyössä seuraavien kanssa: {}.",
    "sv": "Projektet genomförs i samarbete med {}.",
    "en": "The project is carried out in cooperation with {}.",
}
AND = {"fi": "ja", "sv": "och", "en": "and"}
NONE_YET = {
    "fi": "ei vielä nimetty",
    "sv": "inte ännu utsedda",
    "en": "not yet named",
}
ROLES_ONLY = {
    "fi": ["hankepäällikkö", "kehittäjäsairaanhoitaja", "palveluesimies"],
    "sv": ["projektledare", "utvecklingsskötare", "serviceförman"],
    "en": ["project manager", "development nurse", "service supervisor"],
}
COUNTY_FIELD = {"fi": "Hyvinvointialue", "sv": "Välfärdsområde", "en": "Wellbeing services county"}
CRUMB = {"fi": "Etusivu › Hankkeet › {}", "sv": "Startsida › Projekt › {}", "en": "Home › Projects › {}"}
CAPTION = {
    "fi": "Taulukko 1. {}: kustannukset 2024",
    "sv": "Tabell 1. {}: kostnader 2024",
    "en": "Table 1. {}: costs 2024",
}
COSTS = {
    "fi": [
        ["Kustannuslaji", "Budjetti", "Toteuma"],
        ["Henkilöstökulut", "120 000", "80 000"],
        ["Yhteensä", "120 000", "80 000"],
    ],
    "sv": [
        ["Kostnadsslag", "Budget", "Utfall"],
        ["Personalkostnader", "120 000", "80 000"],
        ["Totalt", "120 000", "80 000"],
    ],
    "en": [
        ["Cost type", "Budget", "Actual"],
        ["Staff costs", "120 000", "80 000"],
        ["Total", "120 000", "80 000"],
    ],
}
PROJECT_WORD = {"fi": "{} -hanke", "sv": "Projektet {}", "en": "{} project"}
#: The project's bare word before the report's kind (position "title", axis ``kind_word``).
BARE_WORD = {"fi": "Hankkeen ", "sv": "Projektets ", "en": "Project "}
COUNTY_IN = {"fi": "{} {}", "sv": "{} i {}", "en": "{} in {}"}

POSITIONS = (
    "title",
    "title+kind",
    "kind+title",
    "field",
    "field-table",
    "heading-after-letterhead",
    "subject-only",
    "caption",
    "breadcrumb",
)
FORMS = ("plain", "quoted", "acronym-after", "acronym-before", "with-county", "long", "project-word")
ORG_PLACES = ("field", "list", "table", "sentence")


# --- the vocabularies ---------------------------------------------------------------------------


@functools.cache
def _org_labels() -> list[frame.VocabLabel]:
    return frame.labels("organisation")


@functools.cache
def _name_labels() -> list[frame.VocabLabel]:
    return frame.labels("document-field", keys=["name"], hidden=True)


@functools.cache
def _part_words(lang: str) -> list[frame.VocabLabel]:
    """The part words of ``lang``, each as one part is numbered: not a plural ("Työpaketit" beside "Työpaketti")."""
    words = [x for x in frame.labels("project-part", hidden=True) if x.lang == lang]
    texts = {x.text for x in words}
    return [
        x for x in words if not (x.text.endswith("t") and (x.text[:-1] in texts or x.text[:-2] + "ti" in texts))
    ]


@functools.cache
def _county_labels() -> list[frame.VocabLabel]:
    return frame.labels("county")


@functools.cache
def _county_regions() -> dict[str, dict[str, str]]:
    """County key → the region's name in fi (locative), sv, en, for "X in North Savo"; from the labels."""
    out: dict[str, dict[str, str]] = {}
    for label in frame.labels("county", hidden=True):
        forms = out.setdefault(label.key, {})
        if label.lang == "fi" and label.kind == "hidden" and label.text.endswith(" hyvinvointialueella"):
            forms["fi"] = label.text
        if label.lang == "sv" and label.kind == "hidden" and label.text.startswith("Välfärdsområdet i "):
            forms.setdefault("sv", label.text[len("Välfärdsområdet i ") :])
        if label.lang == "en" and label.kind == "pref" and label.text.endswith(" wellbeing services county"):
            forms["en"] = label.text[: -len(" wellbeing services county")]
    return {k: v for k, v in out.items() if len(v) == 3}


@functools.cache
def _voikko() -> Any:
    try:
        from libvoikko import Voikko

        return Voikko("fi")
    except Exception:  # no Voikko: only the vocabulary's own genitives
        return None


_GRADATION = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("ht", "hd"),
    ("nt", "nn"),
    ("lt", "ll"),
    ("rt", "rr"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("k", ""),
    ("t", "d"),
    ("p", "v"),
)


def _genitive(name: str, hidden: list[str]) -> str | None:
    """The Finnish genitive of a municipality's name: its hidden label in -n, else a candidate Voikko confirms."""
    for text in hidden:
        if text.endswith("n") and not text.endswith(("ssa", "ssä")):
            return text
    voikko = _voikko()
    if voikko is None or " " in name:
        return None
    candidates = [name + "n"]
    if name.endswith("nen"):
        candidates.append(name[:-3] + "sen")
    if name.endswith("i"):
        stem = name[:-1]
        candidates.append(stem + "en")
        for strong, weak in _GRADATION:
            at = stem.rfind(strong)
            if at >= 0 and at + len(strong) >= len(stem) - 1:
                candidates.append(stem[:at] + weak + stem[at + len(strong) :] + "en")
    for candidate in candidates:
        if any(
            a.get("SIJAMUOTO") == "omanto" and a.get("BASEFORM", "").casefold() == name.casefold()
            for a in voikko.analyze(candidate)
        ):
            return candidate
    return None


@functools.cache
def _municipalities() -> list[tuple[str, dict[str, str], str | None]]:
    """(key, name by language, fi genitive or None) of every municipality of the vocabulary."""
    names: dict[str, dict[str, str]] = {}
    hidden: dict[str, list[str]] = {}
    for label in frame.labels("municipality", hidden=True):
        if label.kind == "pref":
            names.setdefault(label.key, {})[label.lang] = label.text
        elif label.lang == "fi":
            hidden.setdefault(label.key, []).append(label.text)
    return [(key, n, _genitive(n["fi"], hidden.get(key, []))) for key, n in names.items() if "fi" in n]


# --- one document -------------------------------------------------------------------------------


def _name(rng: random.Random, lang: str, form: str, county: str) -> tuple[str, list[str]]:
    """The name as written and the gold's (name, aliases)."""
    topic, acronym = frame.pick(rng, TOPICS[lang])
    if form == "quoted":
        return frame.pick(rng, ['"{}"', "”{}”", "«{}»", "“{}”"]).format(topic), [topic]
    if form == "acronym-after":
        return f"{topic} ({acronym})", [topic, acronym, f"{topic} ({acronym})"]
    if form == "acronym-before":
        sep = frame.pick(rng, [" – ", " - ", ": "])
        return f"{acronym}{sep}{topic}", [topic, acronym, f"{acronym}{sep}{topic}"]
    if form == "with-county":
        full = COUNTY_IN[lang].format(topic, _county_regions()[county][lang])
        return full, [full]
    if form == "long":
        full = f"{topic} – {frame.pick(rng, SUBTITLES[lang])}"
        return full, [full]
    if form == "project-word":
        written = PROJECT_WORD[lang].format(topic)
        return written, [topic, written]
    return topic, [topic]


ORG_FORMS = ("vocab-pref", "vocab-alt", "municipality-fi", "municipality-sv", "municipality-en")


def _org(rng: random.Random, lang: str, form: str, used: set[str]) -> tuple[str, str]:
    """One partner named in ``form``: (text, gold key)."""
    if form.startswith("vocab-"):
        kind = form[len("vocab-") :]
        label = frame.pick(
            rng,
            [
                x
                for x in _org_labels()
                if x.kind == kind and x.key not in used and (x.lang == lang or rng.random() < 0.3)
            ],
        )
        return label.text, f"organisation/{label.key}"
    fi_form = form == "municipality-fi"
    key, names, genitive = frame.pick(
        rng, [m for m in _municipalities() if m[0] not in used and (m[2] or not fi_form)]
    )
    if fi_form:
        return f"{genitive} {frame.pick(rng, ['kaupunki', 'kunta'])}", f"municipality/{key}"
    if form == "municipality-sv":
        return f"{names.get('sv', names['fi'])} {frame.pick(rng, ['stad', 'kommun'])}", f"municipality/{key}"
    head = frame.pick(rng, ["City", "Municipality", "Town", "the City", "the Municipality"])
    return f"{head} of {names.get('en', names['fi'])}", f"municipality/{key}"


def _join(items: list[str], lang: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {AND[lang]} {items[-1]}"


def generate(rng: random.Random, index: int) -> frame.Doc:
    lang = frame.pick(rng, LANGS)
    position = frame.pick(rng, POSITIONS)
    fmt = (
        frame.pick(rng, ("html", "eml", "docx"))
        if position == "subject-only"
        else frame.pick(rng, frame.FORMATS)
    )
    markup = frame.pick(rng, frame.TABLE_MARKUPS)
    form = frame.pick(rng, FORMS)
    county = frame.pick(rng, sorted(_county_regions()))
    written, names = _name(rng, lang, form, county)
    kind = frame.pick(rng, KINDS[lang])
    county_label = frame.pick(
        rng, [x for x in _county_labels() if x.key == county and (x.lang == lang or rng.random() < 0.2)]
    )
    shape = frame.pick(rng, ("partners", "partners", "partners", "no-partners-yet", "roles-only"))
    parts = frame.pick(rng, ("none", "none", "headings", "table"))
    axes = {
        "lang": lang,
        "position": position,
        "format": fmt,
        "markup": markup,
        "form": form,
        "county": f"{county_label.lang}-{county_label.kind}",
        "shape": shape,
        "parts": parts,
    }
    blocks: list[frame.Block] = []
    subject = kind
    letterhead = ("para", county_label.text)
    fields: list[tuple[str, str]] = []
    if position == "title":
        # Every fourth draw writes the kind after the project's bare word ("Hankkeen tilanneraportti 2/2024",
        # "Project status report 2/2024"; R19-28): the index decides, no draw, so the other documents stay as drawn.
        bare = index % 4 == 1
        axes["kind_word"] = "bare" if bare else "none"
        blocks += [("title", written), letterhead, ("para", BARE_WORD[lang] + kind.lower() if bare else kind)]
    elif position == "title+kind":
        blocks += [("title", f"{written} – {kind.lower() if lang != 'en' else kind}"), letterhead]
    elif position == "kind+title":
        blocks += [("title", f"{kind}: {written}"), letterhead]
    elif position in ("field", "field-table"):
        label = frame.pick(rng, [x for x in _name_labels() if x.lang == lang or rng.random() < 0.15])
        axes["label"] = f"{label.lang}:{label.text}"
        blocks += [("title", kind), letterhead]
        fields.append((label.text, written))
    elif position == "heading-after-letterhead":
        blocks += [letterhead, ("para", kind), ("title", written)]
    elif position == "subject-only":
        subject = written
        blocks += [("title", kind), letterhead]
    elif position == "caption":
        blocks += [("title", kind), letterhead]
    elif position == "breadcrumb":
        blocks += [("para", CRUMB[lang].format(written)), ("title", kind), letterhead]
    if position not in ("field", "field-table"):
        axes["label"] = "-"
    if rng.random() < 0.5:
        fields.append((COUNTY_FIELD[lang], county_label.text))
    orgs: list[str] = []
    org_place = frame.pick(rng, ORG_PLACES)
    axes["org_place"] = org_place
    head = frame.pick(rng, PARTNER_HEADS[lang])
    partner_blocks: list[frame.Block] = []
    if shape == "partners":
        org_form = frame.pick(rng, ORG_FORMS)
        axes["org"] = org_form
        picked: list[tuple[str, str]] = []
        for _ in range(rng.randint(1, 3)):
            picked.append(_org(rng, lang, org_form, {key for _, key in picked}))
        orgs = [key for _, key in picked]
        texts = [text for text, _ in picked]
        if org_place == "field":
            fields.append((head, ", ".join(texts)))
        elif org_place == "list":
            partner_blocks += [("heading", head), ("list", texts, False)]
        elif org_place == "table":
            role = {"fi": "Rooli", "sv": "Roll", "en": "Role"}[lang]
            member = {"fi": "osatoteuttaja", "sv": "delgenomförare", "en": "co-implementer"}[lang]
            partner_blocks += [
                ("heading", head),
                ("table", [[head, role], *([t, member] for t in texts)], None),
            ]
        else:
            partner_blocks.append(("para", SENTENCE[lang].format(_join(texts, lang))))
    else:
        axes["org"] = "-"
        value = NONE_YET[lang] if shape == "no-partners-yet" else ", ".join(ROLES_ONLY[lang])
        fields.append((head, value))
    if fields:
        blocks.append(("fields", fields))
    blocks += partner_blocks  # the partners' own section, then the report's body (the parts' table under it)
    blocks += [("heading", BODY[lang][0]), ("para", BODY[lang][1])]
    projects = [frame.project(names[0], names[1:], county=f"county/{county}")]
    if parts != "none":
        word = frame.pick(rng, _part_words(lang))
        axes["part_word"] = f"{word.lang}:{word.text}"
        first, second = frame.pick(rng, PART_NAMES[lang])
        for n, part in ((1, first), (2, second)):
            title = f"{word.text} {n}: {part}"
            projects.append(
                frame.project(
                    title,
                    [part, f"{word.text} {n}"],
                    county=f"county/{county}",
                    level="investment" if word.key == "investment" else "sub-project",
                    part_of=names[0],
                )
            )
        if parts == "headings":
            for n, part in ((1, first), (2, second)):
                blocks += [("heading", f"{word.text} {n}: {part}"), ("para", BODY[lang][1])]
        else:
            budget = COSTS[lang][0][1]
            rows = [
                [word.text, budget],
                [f"{word.text} 1: {first}", "60 000"],
                [f"{word.text} 2: {second}", "60 000"],
            ]
            blocks.append(("table", rows, None))
    else:
        axes["part_word"] = "-"
    caption = CAPTION[lang].format(written) if position == "caption" else None
    blocks.append(("table", COSTS[lang], caption))
    name = f"n{index:04d}_{lang}_{kind.split()[0].lower()}.{fmt}"
    municipalities = [o for o in orgs if o.startswith("municipality/")]
    gold = frame.gold(
        name,
        f"families/names/{position}/{fmt}",
        projects=projects,
        county=f"county/{county}",
        organisations=[o for o in orgs if o != f"county/{county}"],
        municipalities=municipalities,
    )
    styles = ["table"] if position == "field-table" else [s for s in frame.FIELD_STYLES if s != "table"]
    field_style = frame.pick(rng, styles)
    axes["field_style"] = field_style
    content = frame.render(blocks, fmt, markup=markup, field_style=field_style, subject=subject)
    return frame.Doc(name, content, gold, axes)


def cli(argv: list[str] | None = None) -> int:
    return frame.main(generate, CATEGORIES, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(cli())
