"""The corpus's gold annotations are consistent with its documents and vocabularies.

These tests check the *annotations*, not the ingest: a goal, project name or tab owner
named in the gold is in the document's text as the project's reader gives it, every
vocabulary key exists, tables are well formed, and the held-out split keeps the sizes
issue 13 asks for. A typo in the gold would otherwise show up as an ingest error.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hankegraafi.ingest.readers import read_document

CORPUS = Path(__file__).resolve().parent
VOCAB = CORPUS.parents[2] / "ontology" / "vocab"
#: The sets: each a folder of the corpus. test2/ is the second held-out set, written after
#: the ingest had been tuned to tune/ (and measured on test/), by someone who never read
#: how the ingest reads; nobody tunes on it either. test3/ is the third held-out set, written
#: blind on 2026-12-03 (before anyone tuned on it) in layouts of none of the earlier sets;
#: test4/ the fourth, written blind the same evening in layouts of none of the other four; test5/
#: the fifth, written blind later that night, mostly in variants of the mainstream families; test6/
#: the sixth, written blind on 2026-12-04 in layouts of none of the others, mainstream families again;
#: test7/ the seventh, written blind the same day as a development set, in layouts of none of the others;
#: test8/ the eighth, written blind in stop 30 and held out, in layouts of none of the others;
#: test9/ the ninth, written blind in stop 30 as a development set, in layouts of none of the others;
#: test10/ the tenth, written blind in stop 31 as a development set, in layouts of none of the others;
#: test11/ the eleventh, written blind in stop 31 and held out, in layouts of none of the others;
#: test12/ the twelfth, written blind in stop 32 as a development set, in layouts of none of the others;
#: test13/ the thirteenth, written blind in stop 32 and held out, in layouts of none of the others;
#: test14/ the fourteenth, written blind in stop 33 as a development set, in layouts of none of the others;
#: test15/ the fifteenth, written blind in stop 33 and held out, in layouts of none of the others;
#: test16/ a probe set, written blind in stop 33 (helper W13): each document one class of form a
#: commit of the stop claims to read, in another wording, area, language or format;
#: test17/ the seventeenth, written blind in stop 34 (helper W14) as a development set, in layouts of none of the others;
#: test18/ the eighteenth, written blind in stop 34 (helper W15) and held out, in layouts of none of the others;
#: test19/ a probe set, written blind in stop 34 (helper W16): each document one class of form a
#: commit of the stop claims to read, in another wording, area, language or format;
#: test20/ the twentieth, written blind in stop 35 (helper W17) and held out, in layouts of none of the others;
#: test21/ a probe set, written blind in stop 35 (helper W18): each document one class of form a
#: commit of the stop claims to read, in another wording, area, language or format;
#: test20 is a development set from stop 36 on (its forms were read by none of our rules);
#: test22/ the twenty-second, written blind in stop 36 (helper W19) and held out, in layouts of none of the others;
#: test23/ a development set, written blind in stop 36 (helper W20): forms none of the layout tables
#: listed, then one document per class a commit of the stop claims to read;
#: test24/ the twenty-fourth, written blind in stop 37 (helper W21) and held out, in layouts of none of the others;
#: test25/ a development set, written blind in stop 37 (helper W22): forms none of the layout, probe
#: and forms tables listed, then one document per class a commit of the stop claims to read;
#: test22 and test24 are development sets from stop 38 on (their last held-out figures: stop 37's end);
#: test26/ the twenty-sixth, written blind in stop 38 (helper W23) and held out, in layouts of none of the others;
#: test27/ a development set, written blind in stop 38 (helper W24): forms none of the layout, probe
#: and forms tables listed, then one document per class a commit of the stop claims to read;
#: test26 is a development set from stop 39 on (its last held-out figures: stop 38's end);
#: test28/ the twenty-eighth, written blind in stop 39 (helper W25) and held out, in layouts of none of the others;
#: test29/ a development set, written blind in stop 39 (helper W26): forms none of the layout, probe
#: and forms tables listed, then one document per class a commit of the stop claims to read;
#: test28 is a development set from stop 40 on (its last held-out figures: stop 39's end);
#: test30/ the thirtieth, written blind in stop 40 (helper W27) and held out, in layouts of none of the others;
#: test31/ a development set, written blind in stop 40 (helper W28): forms none of the layout, probe and forms
#: tables listed, then one document per class a commit of the stop claims to read;
#: test30 is a development set from stop 41 on (its last held-out figures: stop 40's end);
#: test32/ the thirty-second, written blind in stop 41 (helper W29) and held out, in layouts of none of the others;
#: test33/ a development set, written blind in stop 41 (helper W30): breadth, then probes of the stop's classes.
#: test32 is a development set from stop 42 on (its last held-out figures: stop 41's end);
#: test34/ the thirty-fourth, written blind in stop 42 (helper W31) and held out, in layouts of none of the others.
#: test34 is a development set from stop 43 on (its last held-out figures: stop 42's end).
#: test35/ the thirty-fifth, written blind in stop 43 (helper W32) and held out, in layouts of none of the others.
#: test35 is a development set from stop 44 on (its last held-out figures: stop 43's end);
#: test36/ the thirty-sixth, written blind in stop 44 (helper W33) and held out, in layouts of none of the others.
#: test36 is a development set from stop 45 on (its last held-out figures: stop 44's end).
#: test37/ the thirty-seventh, written blind in stop 45 (helper W34) and held out, in layouts of none of the others.
#: test37 is a development set from stop 46 on (its last held-out figures: stop 45's end).
#: test38/ the thirty-eighth, written blind in stop 46 (helper W35) and held out, in layouts of none of the others.
#: test38 is a development set from stop 47 on (its last held-out figures: stop 46's end).
#: test39/ the thirty-ninth, written blind in stop 47 (helper W36) and held out, in layouts of none of the others.
#: test39 is a development set from stop 48 on (its last held-out figures: stop 47's end).
#: test40/ the fortieth, written blind in stop 48 (helper W37) and held out, in layouts of none of the others.
#: test40 is a development set from stop 49 on (its last held-out figures: stop 48's end).
#: test41/ the forty-first, written blind in stop 49 (helper W38) and held out, in layouts of none of the others.
#: test41 is a development set from stop 50 on (its last held-out figures: stop 49's end).
#: test42/ the forty-second, written blind in stop 50 (helper W39) and held out, in layouts of none of the others.
#: test42 is a development set from stop 51 on (its last held-out figures: stop 50's end).
#: test43/ the forty-third, written blind in stop 51 (helper W40) and held out, in layouts of none of the others.
#: test43 is a development set from stop 52 on (its last held-out figures: stop 51's end).
#: test44/ the forty-fourth, written blind in stop 52 (helper W41) and held out, in layouts of none of the others.
#: test44 is a development set from stop 53 on (its last held-out figures: stop 52's end).
#: test45/ the forty-fifth, written blind in stop 53 (helper W42) and held out, in layouts of none of the others.
#: test45 is a development set from stop 54 on (its last held-out figures: stop 53's end).
#: test46/ the forty-sixth, written blind in stop 54 (helper W43) and held out, in layouts of none of the others.
#: test46 is a development set from stop 55 on (its last held-out figures: stop 54's end).
#: test47/ the forty-seventh, written blind in stop 55 (helper W44) and held out, in layouts of none of the others.
#: test47 is a development set from stop 56 on (its last held-out figures: stop 55's end).
#: test48/ the forty-eighth, written blind in stop 56 (helper W45) and held out, in layouts of none of the others.
#: test48 is a development set from stop 57 on (its last held-out figures: stop 56's end).
#: test49/ the forty-ninth, written blind in stop 57 (helper W46) and held out, in layouts of none of the others.
#: test50/ the fiftieth, written blind in stop 57 (helper W47) beside test49 as a development set, for breadth.
SETS = (
    "test",
    "tune",
    "test2",
    "test3",
    "test4",
    "test5",
    "test6",
    "test7",
    "test8",
    "test9",
    "test10",
    "test11",
    "test12",
    "test13",
    "test14",
    "test15",
    "test16",
    "test17",
    "test18",
    "test19",
    "test20",
    "test21",
    "test22",
    "test23",
    "test24",
    "test25",
    "test26",
    "test27",
    "test28",
    "test29",
    "test30",
    "test31",
    "test32",
    "test33",
    "test34",
    "test35",
    "test36",
    "test37",
    "test38",
    "test39",
    "test40",
    "test41",
    "test42",
    "test43",
    "test44",
    "test45",
    "test46",
    "test47",
    "test48",
    "test49",
    "test50",
)
GOLDS = sorted(path for folder in SETS for path in CORPUS.glob(f"{folder}/*.gold.json"))

KINDS = {
    "innokyla-page",
    "innokyla-tab",
    "project-plan",
    "status-report",
    "final-report",
    "county-page",
    "board-minutes",
    "not-about-project",
}
LEVELS = {"project", "investment", "sub-project", "toimintamalli"}
GOAL_STATUSES = {"achieved", "partly-achieved", "not-achieved", "moved-later", "unfinished", "unknown"}
LIGHTS = {"schedule", "costs", "output-quality", "output-scope", "staff", "risks", "benefits"}
COST_KEYS = {
    "service-purchases",
    "expert-services",
    "financial-administration-services",
    "communication-services",
    "other-service-purchases",
    "own-staff-costs",
    "staff-costs",
    "volunteer-staff-costs",
    "other-costs",
    "travel",
    "materials",
    "premises",
    "software",
    "phone-and-ict-equipment",
    "investment-costs",
    "indirect-costs",
    "total",
    "ei-valintaa",
}
COLUMNS = {
    "budget",
    "granted",
    "actual",
    "committed",
    "forecast",
    "utilisation-percent",
    "deviation",
    "period-budget",
    "period-actual",
    "estimate",
}
TABLE_KINDS = {"cumulative", "annual", "period", "estimate"}
MONEY = {"granted", "applied", "estimate", "total", "returned"}
DATE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")


@cache
def vocabulary_keys() -> frozenset[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in VOCAB.glob("*.ttl"))
    return frozenset(re.findall(r"<https://w3id\.org/hankegraafi/vocab/([a-z0-9-]+/[a-z0-9-]+)>", text))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def document_text(path: Path) -> str:
    return _norm("\n".join(read_document(path, max_bytes=50_000_000).lines))


@cache
def page_text(path: Path) -> str:
    """An HTML page's whole text, its title and the parts the reader leaves out as the page's chrome
    included: a name printed only in a title bar or a breadcrumb is in the document (test41 ol01, ol09),
    whether or not the ingest reads it there. Other formats: what the reader gives."""
    if path.suffix.lower() not in (".html", ".htm"):
        return document_text(path)
    return _norm(BeautifulSoup(path.read_bytes(), "html.parser").get_text(" "))


#: "Investointi 1: X" as the gold composes a part's name; the document may print the
#: name on the line after the part's label or after a dash ("Investering 1 – X").
PART = re.compile(r"^(\w+ \d+): (.+)$")


def _spellings(name: str) -> list[str]:
    """The name and, for a numbered part "Label N: X", its label-then-name spellings."""
    part = PART.match(name)
    if not part:
        return [name]
    label, rest = part.groups()
    return [name, f"{label} {rest}", f"{label} – {rest}", f"{label} - {rest}"]


def _keys(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [k for v in value for k in _keys(v)]
    return [str(value)]


def _ids(path: Path) -> str:
    """The document's number; test5 numbers its documents v01… as test3 does, so its ids say the set."""
    number = path.name.split("_")[0]
    return f"test5-{number}" if path.parent.name == "test5" else number


def test_every_document_has_gold_and_every_gold_a_document() -> None:
    for folder in SETS:
        docs = {p.name for p in (CORPUS / folder).iterdir() if not p.name.endswith(".gold.json")}
        golds = {p.name.removesuffix(".gold.json") for p in (CORPUS / folder).glob("*.gold.json")}
        assert docs == golds, folder


def test_split_sizes_and_layouts_of_issue_13() -> None:
    layouts: dict[str, set[str]] = {"test": set(), "tune": set()}
    counts = {"test": 0, "tune": 0}
    for path in GOLDS:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["set"] == path.parent.name
        if gold["set"] not in layouts:
            continue
        layouts[gold["set"]].add(gold["layout"])
        counts[gold["set"]] += 1
    assert counts["test"] >= 20 and len(layouts["test"]) >= 9
    # Eight layouts were test-only when the test set was first measured; in session 24 tuning
    # documents were written in five of them from the README's descriptions (never from the test
    # documents), after the test set's figures were known: the test set now measures unseen
    # documents in those layouts, test2 unseen layouts (README, "Held-out discipline").
    assert len(layouts["test"] - layouts["tune"]) >= 3
    assert counts["tune"] >= 22 and len(layouts["tune"]) >= 10
    assert counts["test"] + counts["tune"] >= 40 and len(layouts["test"] | layouts["tune"]) >= 15


def test_second_held_out_set_is_broad_and_mostly_new() -> None:
    """test2: at least 20 documents in 12 layouts, 6 of them in neither test/ nor tune/,
    two documents to refuse, Swedish among them, dated over 2022–2025."""
    earlier: set[str] = set()
    layouts: set[str] = set()
    refused = 0
    years: set[str] = set()
    for path in GOLDS:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["set"] != "test2":
            if gold["set"] in ("test", "tune"):
                earlier.add(gold["layout"])
            continue
        layouts.add(gold["layout"])
        refused += not gold["about_project"]
        years.add((gold["dates"]["document_date"] or "")[:4])
    documents = [p.name.removesuffix(".gold.json") for p in GOLDS if p.parent.name == "test2"]
    assert len(documents) >= 20 and len(layouts) >= 12
    assert len(layouts - earlier) >= 6, sorted(layouts & earlier)
    assert refused >= 2
    assert {"2022", "2023", "2024", "2025"} <= years
    assert {Path(d).suffix for d in documents} == {".txt", ".html", ".pdf", ".docx"}
    assert any("_sv" in d for d in documents)


def _held_out_set(name: str) -> tuple[list[str], set[str], set[str], set[str], int, set[str]]:
    """A held-out set's documents, layouts, the layouts of every other set, its counties, how many
    it refuses and its documents' years."""
    earlier: set[str] = set()
    layouts: set[str] = set()
    counties: set[str] = set()
    refused = 0
    years: set[str] = set()
    for path in GOLDS:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["set"] != name:
            earlier.add(gold["layout"])
            continue
        layouts.add(gold["layout"])
        refused += not gold["about_project"]
        counties.update([gold["county"]] if gold["county"] else [])
        years.add((gold["dates"]["document_date"] or "")[:4])
    documents = [p.name.removesuffix(".gold.json") for p in GOLDS if p.parent.name == name]
    return documents, layouts, earlier, counties, refused, years


def test_third_held_out_set_is_broad_and_new() -> None:
    """test3: at least 16 documents, every layout in none of test/, tune/ and test2/, ten
    counties, two documents to refuse, Swedish among them, all four formats, 2022–2025."""
    documents, layouts, earlier, counties, refused, years = _held_out_set("test3")
    assert len(documents) >= 16 and not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 10 and refused >= 2
    assert {"2022", "2023", "2024", "2025"} <= years
    assert {Path(d).suffix for d in documents} <= {".txt", ".html", ".pdf", ".docx"}
    assert any("_sv" in d for d in documents)


@pytest.mark.parametrize("path", GOLDS, ids=_ids)
def test_gold_is_well_formed_and_matches_its_document(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    doc = path.with_name(path.name.removesuffix(".gold.json"))
    assert gold["document"] == doc.name
    assert gold["kind"] in KINDS and gold["layout"].count("/") == 2
    assert gold["about_project"] is (gold["kind"] != "not-about-project")
    assert set(gold["expect_warning"]) <= {"truncated", "encoding"}
    for value in gold["dates"].values():
        assert value is None or DATE.match(value)

    keys = (
        _keys(gold["dependency_entities"])
        + _keys(gold["organisations"])
        + gold["municipalities"]
        + _keys(gold["funder"])
        + _keys(gold["county"])
        + [p["county"] for p in gold["projects"] if p["county"]]
    )
    unknown = [k for k in keys if not k.startswith("name:") and k not in vocabulary_keys()]
    assert not unknown, unknown
    assert all(k.startswith("municipality/") for k in gold["municipalities"])

    text = document_text(doc)
    names = {p["name"] for p in gold["projects"]}
    for project in gold["projects"]:
        assert project["level"] in LEVELS
        assert project["part_of"] is None or project["level"] != "project" or project["part_of"] in names
        spelled = [v for n in [project["name"], *project["aliases"]] for v in _spellings(_norm(n))]
        # A name the text only inflects ("Kestävän kasvun hankkeen") is given in its base form.
        assert any(n in text or n[:-2] in text for n in spelled) or any(n in page_text(doc) for n in spelled), (
            project["name"]
        )
    if gold["tab_of"]:
        assert gold["kind"] == "innokyla-tab" and _norm(gold["tab_of"]) in text
    for opening, status in gold["goals"]:
        assert _norm(opening) in text, opening
        assert status in GOAL_STATUSES
    for project, lights in gold["traffic_lights"].items():
        assert project in names
        assert set(lights) - {"progress"} <= LIGHTS
        assert all(v in ("on-plan", "deviation") for k, v in lights.items() if k != "progress")
    for table in gold["cost_cells"]:
        assert table["project"] in names and table["kind"] in TABLE_KINDS
        # The measurement keys a cell by unit and year too: a table without them cannot be read.
        assert table["unit"] in ("EUR", "person-day") and "year" in table, sorted(table)
        assert set(table["columns"]) <= COLUMNS
        for row in table["rows"]:
            assert row[0] in COST_KEYS and len(row) == len(table["columns"]) + 1
    for item in gold["money"]:
        assert item["project"] in names and item["what"] in MONEY and item["amount"] > 0
    if not gold["about_project"]:
        assert not (gold["projects"] or gold["county"] or gold["organisations"] or gold["goals"])


def test_fourth_held_out_set_is_broad_and_new() -> None:
    """test4: 20 documents in at least 15 layouts, none of them in another set, twelve
    areas, two documents to refuse, three Swedish ones, dated 2022–2025, in every format
    the issue names (HTML, plain text and Markdown, PDF, DOCX, CSV)."""
    documents, layouts, earlier, counties, refused, years = _held_out_set("test4")
    assert len(documents) == 20 and len(layouts) >= 15
    # The tuning document u96 (stop 27) was written in w20's layout after test4 had been
    # measured: w20 no longer measures a layout nobody tuned to. No other layout may follow.
    assert layouts & earlier <= {"not-about-project/tyopaikkailmoitus/txt"}, sorted(layouts & earlier)
    assert len(counties) >= 12 and refused >= 2
    assert {"2022", "2023", "2024", "2025"} <= years
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) >= 3


def _gold_counts(golds: list[dict]) -> dict[str, int]:
    """Gold items of a set per fact category."""
    return {
        "projects": sum(len(g["projects"]) for g in golds),
        "counties": sum(bool(p["county"]) for g in golds for p in g["projects"]),
        "municipalities": sum(len(g["municipalities"]) for g in golds),
        "organisations": sum(len(g["organisations"]) for g in golds),
        "dependencies": sum(len(g["dependency_entities"]) for g in golds),
        "money": sum(len(g["money"]) for g in golds),
        "cost cells": sum(len(r) - 1 for g in golds for t in g["cost_cells"] for r in t["rows"]),
        "lights": sum(len(v) for g in golds for v in g["traffic_lights"].values()),
        "goals": sum(len(g["goals"]) for g in golds),
    }


def _mainstream_set(
    which: str, *, layouts_at_least: int, areas: int, mainstream: int, items: int
) -> list[dict]:
    """What the blind sets aimed at the mainstream families share: 20 documents in layouts of no
    other set, two or more to refuse, three Swedish, 2022–2025, every format the issue names, the
    mainstream documents and the gold items per category asked; the set's golds."""
    documents, layouts, earlier, counties, refused, years = _held_out_set(which)
    assert len(documents) == 20 and len(layouts) >= layouts_at_least
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= areas and refused >= 2
    assert {"2022", "2023", "2024", "2025"} <= years
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) >= 3
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS if p.parent.name == which]
    assert sum(g["kind"] != "not-about-project" for g in golds) >= mainstream
    counts = _gold_counts(golds)
    assert min(counts.values()) >= items, counts
    return golds


def _every_category_and_both_warnings(golds: list[dict]) -> None:
    """Every project document carries facts of every category; one is cut off, one mis-encoded."""
    assert sum(g["kind"] == "not-about-project" for g in golds) == 2
    assert {w for g in golds for w in g["expect_warning"]} == {"truncated", "encoding"}
    categories = ("projects", "municipalities", "organisations", "dependency_entities", "money")
    categories += ("cost_cells", "traffic_lights", "goals")
    for gold in golds:
        if gold["about_project"]:
            assert all(gold[c] for c in categories), gold["document"]


def test_fifth_held_out_set_is_broad_new_and_mainstream() -> None:
    """test5: 20 documents in at least 15 layouts, none of them in another set, fifteen areas,
    two documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at
    least 14 documents in the mainstream families (Innokylä pages and tabs, plans and reports,
    county pages and minutes), and at least 25 gold items in every fact category."""
    _mainstream_set("test5", layouts_at_least=15, areas=15, mainstream=14, items=25)


def test_sixth_held_out_set_is_broad_new_and_mainstream() -> None:
    """test6: 20 documents in 20 layouts, none of them in another set, sixteen areas, two
    documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at least
    16 documents in the mainstream families, every project document with facts of every
    category, and at least 30 gold items in every category."""
    golds = _mainstream_set("test6", layouts_at_least=20, areas=16, mainstream=16, items=30)
    _every_category_and_both_warnings(golds)


def test_seventh_set_is_broad_new_and_mainstream() -> None:
    """test7: 20 documents in 20 layouts, none of them in another set, sixteen areas, two
    documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at least
    16 documents in the mainstream families, every project document with facts of every
    category, and at least 30 gold items in every category."""
    golds = _mainstream_set("test7", layouts_at_least=20, areas=16, mainstream=16, items=30)
    _every_category_and_both_warnings(golds)


def test_eighth_set_is_broad_new_and_mainstream() -> None:
    """test8: 20 documents in 20 layouts, none of them in another set, sixteen areas, two
    documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at least
    16 documents in the mainstream families, every project document with facts of every
    category, and at least 30 gold items in every category."""
    golds = _mainstream_set("test8", layouts_at_least=20, areas=16, mainstream=16, items=30)
    _every_category_and_both_warnings(golds)


def test_ninth_set_is_broad_new_and_mainstream() -> None:
    """test9: 20 documents in 20 layouts, none of them in another set, sixteen areas, two
    documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at least
    16 documents in the mainstream families, every project document with facts of every
    category, at least 30 gold items in every category, and weighted to what blind sets showed
    read worst: 40 goals, 40 lights and 150 cost cells at least."""
    golds = _mainstream_set("test9", layouts_at_least=20, areas=16, mainstream=16, items=30)
    _every_category_and_both_warnings(golds)
    counts = _gold_counts(golds)
    assert counts["goals"] >= 40 and counts["lights"] >= 40 and counts["cost cells"] >= 150, counts


def test_eleventh_set_is_broad_new_and_mainstream() -> None:
    """test11 (held out): 20 documents in 20 layouts, none of them in another set, sixteen areas, two
    documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at least
    16 documents in the mainstream families, every project document with facts of every
    category, at least 30 gold items in every category, and as many goals, lights and cost cells
    as its author wrote (51, 62 and 175)."""
    golds = _mainstream_set("test11", layouts_at_least=20, areas=16, mainstream=16, items=30)
    _every_category_and_both_warnings(golds)
    counts = _gold_counts(golds)
    assert counts["goals"] >= 51 and counts["lights"] >= 62 and counts["cost cells"] >= 175, counts


def test_tenth_set_is_broad_new_and_mainstream() -> None:
    """test10: 20 documents in 20 layouts, none of them in another set, sixteen areas, two
    documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at least
    16 documents in the mainstream families, every project document with facts of every
    category, at least 30 gold items in every category, and as test9 weighted to what blind sets
    showed read worst: 40 goals, 40 lights and 150 cost cells at least."""
    golds = _mainstream_set("test10", layouts_at_least=20, areas=16, mainstream=16, items=30)
    _every_category_and_both_warnings(golds)
    counts = _gold_counts(golds)
    assert counts["goals"] >= 40 and counts["lights"] >= 40 and counts["cost cells"] >= 150, counts


def test_twelfth_set_is_broad_new_and_mainstream() -> None:
    """test12: 20 documents in 20 layouts, none of them in another set, sixteen areas, two
    documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at least
    16 documents in the mainstream families, every project document with facts of every
    category, at least 30 gold items in every category, and as many units, goals, lights and
    cost cells as its author wrote (48 projects and parts, 58 goals, 78 lights, 218 cost cells)."""
    golds = _mainstream_set("test12", layouts_at_least=20, areas=16, mainstream=16, items=30)
    _every_category_and_both_warnings(golds)
    counts = _gold_counts(golds)
    assert counts["projects"] >= 48 and counts["goals"] >= 58, counts
    assert counts["lights"] >= 78 and counts["cost cells"] >= 218, counts


def test_thirteenth_set_is_broad_new_and_mainstream() -> None:
    """test13 (held out): 20 documents in 20 layouts, none of them in another set, sixteen areas, two
    documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at least 16
    documents in the mainstream families, every project document with facts of every category, at
    least 30 gold items in every category, and as many units, goals, lights and cost cells as its
    author wrote (49 projects and parts, 61 goals, 77 lights, 275 cost cells)."""
    golds = _mainstream_set("test13", layouts_at_least=20, areas=16, mainstream=16, items=30)
    _every_category_and_both_warnings(golds)
    counts = _gold_counts(golds)
    assert counts["projects"] >= 49 and counts["goals"] >= 61, counts
    assert counts["lights"] >= 77 and counts["cost cells"] >= 275, counts


def test_fourteenth_set_is_broad_new_and_mainstream() -> None:
    """test14: 20 documents in 20 layouts, none of them in another set, sixteen areas, two
    documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at least 16
    documents in the mainstream families, every project document with facts of every category, at
    least 30 gold items in every category, and as many units, goals, lights and cost cells as its
    author wrote (35 projects and parts, 54 goals, 86 lights, 228 cost cells)."""
    golds = _mainstream_set("test14", layouts_at_least=20, areas=16, mainstream=16, items=30)
    _every_category_and_both_warnings(golds)
    counts = _gold_counts(golds)
    assert counts["projects"] >= 35 and counts["goals"] >= 54, counts
    assert counts["lights"] >= 86 and counts["cost cells"] >= 228, counts


def test_fifteenth_set_is_broad_new_and_mainstream() -> None:
    """test15 (held out): 20 documents in 20 layouts, none of them in another set, sixteen areas, two
    documents to refuse, three Swedish ones, 2022–2025, every format the issue names; at least 16
    documents in the mainstream families, every project document with facts of every category, at
    least 30 gold items in every category, and as many units, goals, lights and cost cells as its
    author wrote (37 projects and parts, 47 goals, 89 lights, 243 cost cells)."""
    golds = _mainstream_set("test15", layouts_at_least=20, areas=16, mainstream=16, items=30)
    _every_category_and_both_warnings(golds)
    counts = _gold_counts(golds)
    assert counts["projects"] >= 37 and counts["goals"] >= 47, counts
    assert counts["lights"] >= 89 and counts["cost cells"] >= 243, counts


def test_sixteenth_set_probes_the_claimed_classes_in_new_layouts() -> None:
    """test16 (a probe set, no 30 items per category): at least 16 documents, each in a layout of
    its own (prefixed w13-) that no other set has, about a project, in Finnish and Swedish, in text
    formats and in PDF and DOCX, each carrying the facts of the class it probes (at least one of
    lights, cost cells, goals, money or a project's parts)."""
    documents, layouts, earlier, counties, refused, _years = _held_out_set("test16")
    assert len(documents) >= 16 and len(layouts) == len(documents)
    assert all(layout.split("/")[1].startswith("w13-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert refused == 0 and len(counties) >= 14
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) >= 5
    for path in GOLDS:
        if path.parent.name == "test16":
            gold = json.loads(path.read_text(encoding="utf-8"))
            probed = gold["traffic_lights"] or gold["cost_cells"] or gold["goals"] or gold["money"]
            assert probed or len(gold["projects"]) > 1, gold["document"]


def test_seventeenth_set_is_broad_new_and_mainstream() -> None:
    """test17: 18 documents in 18 layouts, none of them in another set (every template part w14-),
    sixteen areas, two documents to refuse, three Swedish ones, 2022–2025, every format the issue
    names; 16 documents in the mainstream families, every project document with facts of every
    category, at least 25 gold items in every category, and as many units, goals, lights and cost
    cells as its author wrote (31 projects and parts, 49 goals, 87 lights, 215 cost cells)."""
    documents, layouts, earlier, counties, refused, years = _held_out_set("test17")
    assert len(documents) == 18 and len(layouts) == 18
    assert not layouts & earlier, sorted(layouts & earlier)
    assert all(layout.split("/")[1].startswith("w14-") for layout in layouts), sorted(layouts)
    assert len(counties) >= 16 and refused == 2
    assert {"2022", "2023", "2024", "2025"} <= years
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) >= 3
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS if p.parent.name == "test17"]
    assert sum(g["kind"] != "not-about-project" for g in golds) >= 16
    _every_category_and_both_warnings(golds)
    counts = _gold_counts(golds)
    assert min(counts.values()) >= 25, counts
    assert counts["projects"] >= 31 and counts["goals"] >= 49, counts
    assert counts["lights"] >= 87 and counts["cost cells"] >= 215, counts


def test_eighteenth_set_is_broad_new_and_mainstream() -> None:
    """test18 (held out): 18 documents in 18 layouts (prefixed w15-), none of them in another set,
    sixteen areas, two documents to refuse, three Swedish ones, 2022–2025, every format the issue
    names; 16 documents in the mainstream families, every project document with facts of every
    category, at least 25 gold items in every category, and as many units, goals, lights and cost
    cells as its author wrote (34 projects and parts, 51 goals, 96 lights, 258 cost cells)."""
    documents, layouts, earlier, counties, refused, years = _held_out_set("test18")
    assert len(documents) == 18 and len(layouts) == 18
    assert all(layout.split("/")[1].startswith("w15-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 16 and refused == 2
    assert {"2022", "2023", "2024", "2025"} <= years
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) >= 3
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS if p.parent.name == "test18"]
    assert sum(g["kind"] != "not-about-project" for g in golds) >= 16
    _every_category_and_both_warnings(golds)
    counts = _gold_counts(golds)
    assert min(counts.values()) >= 25, counts
    assert counts["projects"] >= 34 and counts["goals"] >= 51, counts
    assert counts["lights"] >= 96 and counts["cost cells"] >= 258, counts


def test_nineteenth_set_probes_the_claimed_classes_in_new_layouts() -> None:
    """test19 (a probe set of stop 34's claimed classes, no 30 items per category): at least 50
    documents, each in a layout of its own (prefixed w16-) that no other set has, about a project,
    in Finnish, Swedish and English, in every format, from at least 14 counties, each carrying the
    facts of the class it probes (lights, cost cells, goals, money, a project's parts, a tab page's
    model, or a warning)."""
    documents, layouts, earlier, counties, refused, _years = _held_out_set("test19")
    assert len(documents) >= 50 and len(layouts) == len(documents)
    assert all(layout.split("/")[1].startswith("w16-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert refused == 0 and len(counties) >= 14
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) >= 5 and sum("_en_" in d for d in documents) >= 5
    for path in GOLDS:
        if path.parent.name == "test19":
            gold = json.loads(path.read_text(encoding="utf-8"))
            probed = gold["traffic_lights"] or gold["cost_cells"] or gold["goals"] or gold["money"]
            assert probed or len(gold["projects"]) > 1 or gold["tab_of"] or gold["expect_warning"], gold[
                "document"
            ]


def test_twentieth_set_is_broad_new_and_mainstream() -> None:
    """test20 (held out in stop 35, development from stop 36): 20 documents in 20 layouts (prefixed w17-), none of them in another set,
    eighteen areas, two documents to refuse, three Swedish ones, 2022–2025, every format the issue
    names; 18 documents in the mainstream families, every project document with facts of every
    category, at least 30 gold items in every category, and as many units, goals, lights and cost
    cells as its author wrote (34 projects and parts, 52 goals, 98 lights, 305 cost cells)."""
    golds = _mainstream_set("test20", layouts_at_least=20, areas=18, mainstream=18, items=30)
    assert all(g["layout"].split("/")[1].startswith("w17-") for g in golds), sorted(g["layout"] for g in golds)
    _every_category_and_both_warnings(golds)
    counts = _gold_counts(golds)
    assert counts["projects"] >= 34 and counts["goals"] >= 52, counts
    assert counts["lights"] >= 98 and counts["cost cells"] >= 305, counts


def test_twenty_first_set_probes_the_claimed_classes_in_new_layouts() -> None:
    """test21 (a probe set of stop 35's claimed classes, no 30 items per category): at least 100
    documents, each in a layout of its own (prefixed w18-) that no other set has, about a project,
    in Finnish, Swedish and English, in every format, from at least 20 counties, each carrying the
    facts of the class it probes (lights, cost cells, goals, money, a project's parts or its
    dependencies)."""
    documents, layouts, earlier, counties, refused, _years = _held_out_set("test21")
    assert len(documents) >= 100 and len(layouts) == len(documents)
    assert all(layout.split("/")[1].startswith("w18-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert refused == 0 and len(counties) >= 20
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) >= 30 and sum("_en_" in d for d in documents) >= 35
    for path in GOLDS:
        if path.parent.name == "test21":
            gold = json.loads(path.read_text(encoding="utf-8"))
            probed = gold["traffic_lights"] or gold["cost_cells"] or gold["goals"] or gold["money"]
            assert probed or len(gold["projects"]) > 1 or gold["dependency_entities"], gold["document"]


def test_twenty_second_set_is_broad_new_and_mainstream() -> None:
    """test22 (written blind in stop 36 by W19, held out until stop 37): 20 documents in 20 layouts, none of them in
    another set (every template part w19-), nineteen areas, two documents to refuse, three Swedish ones,
    2022–2025, every format the issue names; 18 documents in the mainstream families, every project
    document with facts of every category, at least 25 gold items in every category, and as many units,
    goals, lights and cost cells as its author wrote (35 projects and parts, 55 goals, 101 lights,
    268 cost cells)."""
    golds = _mainstream_set("test22", layouts_at_least=20, areas=18, mainstream=18, items=25)
    _every_category_and_both_warnings(golds)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test22")
    assert all(layout.split("/")[1].startswith("w19-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("q") for d in documents)
    counts = _gold_counts(golds)
    assert counts["projects"] >= 35 and counts["goals"] >= 55, counts
    assert counts["lights"] >= 101 and counts["cost cells"] >= 268, counts
    assert counts["municipalities"] >= 61 and counts["money"] >= 26, counts


def test_twenty_third_set_is_broad_new_and_written_blind() -> None:
    """test23 (a development set, written blind in stop 36 by W20: breadth first, then probes of the
    stop's claimed classes): at least 94 documents, each in a layout of its own (prefixed w20-) that no
    other set has, all 21 wellbeing services counties and Helsinki (and Åland), two refusals, 2022–2025,
    every format, a third Swedish or English; every category at least 30 gold items, and as many units,
    goals, lights and cost cells as its author wrote."""
    documents, layouts, earlier, counties, refused, years = _held_out_set("test23")
    assert len(documents) >= 94 and len(layouts) == len(documents)
    assert all(layout.split("/")[1].startswith("w20-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert refused == 2 and len(counties) >= 22
    assert {"2022", "2023", "2024", "2025"} <= years
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) + sum("_en_" in d for d in documents) >= len(documents) // 3
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS if p.parent.name == "test23"]
    counts = _gold_counts(golds)
    assert min(counts.values()) >= 30, counts
    assert counts["projects"] >= 157 and counts["goals"] >= 219, counts
    assert counts["lights"] >= 409 and counts["cost cells"] >= 601, counts
    assert sum(bool(g["expect_warning"]) for g in golds) == 4, "s50, s51, s53, s78 are cut"


def test_twenty_fourth_set_is_broad_new_and_mainstream() -> None:
    """test24 (written blind in stop 37 by W21, held out until stop 37): 20 documents in 20 layouts, none of them in
    another set (every template part w21-), eighteen areas, two documents to refuse, three Swedish ones,
    2022–2025, every format the issue names; 18 documents in the mainstream families, every project
    document with facts of every category, at least 25 gold items in every category, and as many units,
    goals, lights and cost cells as its author wrote (35 projects and parts, 54 goals, 88 lights,
    301 cost cells)."""
    golds = _mainstream_set("test24", layouts_at_least=20, areas=18, mainstream=18, items=25)
    _every_category_and_both_warnings(golds)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test24")
    assert all(layout.split("/")[1].startswith("w21-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("r") for d in documents)
    counts = _gold_counts(golds)
    assert counts["projects"] >= 35 and counts["goals"] >= 54, counts
    assert counts["lights"] >= 88 and counts["cost cells"] >= 301, counts
    assert counts["municipalities"] >= 73 and counts["money"] >= 26, counts
    assert counts["organisations"] >= 42 and counts["dependencies"] >= 37, counts


def test_twenty_fifth_set_is_broad_new_and_written_blind() -> None:
    """test25 (a development set, written blind in stop 37 by W22: breadth first, then probes of the
    stop's claimed classes): at least 95 documents, each in a layout of its own (prefixed w22-) that no
    other set has, all 21 wellbeing services counties, Helsinki and Åland, 3 refusals, 2022–2025,
    every format, a third Swedish or English; every category at least 30 gold items, and as many units,
    goals, lights and cost cells as its author wrote."""
    documents, layouts, earlier, counties, refused, years = _held_out_set("test25")
    assert len(documents) >= 95 and len(layouts) == len(documents)
    assert all(layout.split("/")[1].startswith("w22-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert refused == 3 and len(counties) >= 23
    assert {"2022", "2023", "2024", "2025"} <= years
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) + sum("_en_" in d for d in documents) >= len(documents) // 3
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS if p.parent.name == "test25"]
    counts = _gold_counts(golds)
    assert min(counts.values()) >= 30, counts
    assert counts["projects"] >= 154 and counts["goals"] >= 296, counts
    assert counts["lights"] >= 392 and counts["cost cells"] >= 994, counts
    assert sum(bool(g["expect_warning"]) for g in golds) == 1, "l39 cut"


def test_twenty_sixth_set_is_broad_new_and_mainstream() -> None:
    """test26 (written blind in stop 38 by W23, held out until stop 38): 20 documents in 20 layouts, none of them in
    another set (every template part w23-), eighteen areas, two documents to refuse, three Swedish ones,
    2022–2025, every format the issue names; 18 documents in the mainstream families, every project
    document with facts of every category, at least 25 gold items in every category, and as many units,
    goals, lights and cost cells as its author wrote (32 projects and parts, 53 goals, 100 lights,
    276 cost cells)."""
    golds = _mainstream_set("test26", layouts_at_least=20, areas=18, mainstream=18, items=25)
    _every_category_and_both_warnings(golds)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test26")
    assert all(layout.split("/")[1].startswith("w23-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("o") for d in documents)
    counts = _gold_counts(golds)
    assert counts["projects"] >= 32 and counts["goals"] >= 53, counts
    assert counts["lights"] >= 100 and counts["cost cells"] >= 276, counts
    assert counts["municipalities"] >= 75 and counts["money"] >= 39, counts
    assert counts["organisations"] >= 47 and counts["dependencies"] >= 36, counts


def test_twenty_seventh_set_is_broad_new_and_written_blind() -> None:
    """test27 (a development set, written blind in stop 38 by W24: breadth first, then probes of the
    stop's claimed classes): at least 111 documents, each in a layout of its own (prefixed w24-) that no
    other set has, all 21 wellbeing services counties, Helsinki and Åland, 1 refusal(s), 2022–2025,
    every format, a third Swedish or English; every category at least 30 gold items, and as many units,
    goals, lights and cost cells as its author wrote."""
    documents, layouts, earlier, counties, refused, years = _held_out_set("test27")
    assert len(documents) >= 111 and len(layouts) == len(documents)
    assert all(layout.split("/")[1].startswith("w24-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert refused == 1 and len(counties) >= 23
    assert {"2022", "2023", "2024", "2025"} <= years
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) + sum("_en_" in d for d in documents) >= len(documents) // 3
    assert all(d.startswith("i") for d in documents)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS if p.parent.name == "test27"]
    counts = _gold_counts(golds)
    assert min(counts.values()) >= 30, counts
    assert counts["projects"] >= 162 and counts["goals"] >= 367, counts
    assert counts["lights"] >= 525 and counts["cost cells"] >= 1120, counts
    assert sum(bool(g["expect_warning"]) for g in golds) == 1, "i51 cut"


def test_twenty_eighth_set_is_broad_new_and_mainstream() -> None:
    """test28 (written blind in stop 39 by W25, held out until stop 39): 20 documents in 20 layouts, none of them in
    another set (every template part w25-), eighteen areas, two documents to refuse, three Swedish ones,
    2022–2025, every format the issue names; 18 documents in the mainstream families, every project
    document with facts of every category, at least 25 gold items in every category, and as many units,
    goals, lights and cost cells as its author wrote (44 projects and parts, 48 goals, 108 lights,
    262 cost cells)."""
    golds = _mainstream_set("test28", layouts_at_least=20, areas=18, mainstream=18, items=25)
    _every_category_and_both_warnings(golds)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test28")
    assert all(layout.split("/")[1].startswith("w25-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("ob") for d in documents)
    counts = _gold_counts(golds)
    assert counts["projects"] >= 44 and counts["goals"] >= 48, counts
    assert counts["lights"] >= 108 and counts["cost cells"] >= 262, counts
    assert counts["municipalities"] >= 58 and counts["money"] >= 27, counts
    assert counts["organisations"] >= 39 and counts["dependencies"] >= 36, counts


def test_twenty_ninth_set_is_broad_new_and_written_blind() -> None:
    """test29 (a development set, written blind in stop 39 by W26: breadth first, then probes of the
    stop's claimed classes): at least 94 documents, each in a layout of its own (prefixed w26-) that no
    other set has, all 21 wellbeing services counties, Helsinki and Åland, 1 refusal, 2022–2025,
    every format, a third Swedish or English; every category at least 30 gold items, and as many units,
    goals, lights and cost cells as its author wrote."""
    documents, layouts, earlier, counties, refused, years = _held_out_set("test29")
    assert len(documents) >= 94 and len(layouts) == len(documents)
    assert all(layout.split("/")[1].startswith("w26-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert refused == 1 and len(counties) >= 23
    assert {"2022", "2023", "2024", "2025"} <= years
    assert {Path(d).suffix for d in documents} >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv"}
    assert sum("_sv_" in d for d in documents) + sum("_en_" in d for d in documents) >= len(documents) // 3
    assert all(d.startswith("ib") for d in documents)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS if p.parent.name == "test29"]
    counts = _gold_counts(golds)
    assert min(counts.values()) >= 30, counts
    assert counts["projects"] >= 143 and counts["goals"] >= 275, counts
    assert counts["lights"] >= 476 and counts["cost cells"] >= 830, counts
    assert sum(bool(g["expect_warning"]) for g in golds) == 2, "ib26 and ib83 are cut"


def test_thirtieth_set_is_broad_new_and_mainstream() -> None:
    """test30 (written blind in stop 40 by W27, held out until stop 40): 20 documents in 20 layouts, none of them in
    another set (every template part w27-), eighteen areas, two documents to refuse, three Swedish ones,
    2022–2025, every format the issue names; 18 documents in the mainstream families, every project
    document with facts of every category, at least 25 gold items in every category, and as many units,
    goals, lights and cost cells as its author wrote (38 projects and parts, 42 goals, 94 lights,
    216 cost cells)."""
    golds = _mainstream_set("test30", layouts_at_least=20, areas=18, mainstream=18, items=25)
    _every_category_and_both_warnings(golds)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test30")
    assert all(layout.split("/")[1].startswith("w27-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("oc") for d in documents)
    counts = _gold_counts(golds)
    assert counts["projects"] >= 38 and counts["goals"] >= 42, counts
    assert counts["lights"] >= 94 and counts["cost cells"] >= 216, counts
    assert counts["municipalities"] >= 67 and counts["money"] >= 26, counts
    assert counts["organisations"] >= 48 and counts["dependencies"] >= 48, counts


def test_thirty_first_set_is_broad_new_and_written_blind() -> None:
    """test31 (a development set, written blind in stop 40 by W28: breadth first, then probes of the
    stop's claimed classes): at least 108 documents, each in a layout of its own (prefixed w28-) that no
    other set has, all 21 wellbeing services counties, Helsinki and Åland, 3 refusals, 2022–2025,
    every format (and the workbooks, decks, .tsv and .eml of this stop's readers), a third Swedish or English;
    every category at least 30 gold items, and as many units, goals, lights and cost cells as its author
    wrote."""
    documents, layouts, earlier, counties, refused, years = _held_out_set("test31")
    assert len(documents) >= 108 and len(layouts) == len(documents)
    assert all(layout.split("/")[1].startswith("w28-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert refused == 3 and len(counties) >= 23
    assert {"2022", "2023", "2024", "2025"} <= years
    suffixes = {Path(d).suffix for d in documents}
    assert suffixes >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv", ".xlsx", ".pptx", ".eml"}, suffixes
    assert sum("_sv_" in d for d in documents) + sum("_en_" in d for d in documents) >= len(documents) // 3
    assert all(d.startswith("ic") for d in documents)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS if p.parent.name == "test31"]
    counts = _gold_counts(golds)
    assert min(counts.values()) >= 30, counts
    assert counts["projects"] >= 158 and counts["goals"] >= 273, counts
    assert counts["lights"] >= 487 and counts["cost cells"] >= 924, counts
    assert sorted(w for g in golds for w in g["expect_warning"]) == ["encoding", "truncated"], "ic66, ic65"


def test_thirty_second_set_is_broad_new_and_mainstream() -> None:
    """test32 (written blind in stop 41 by W29, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w29-), eighteen areas with Helsinki and Åland, two documents to refuse,
    three Swedish and one English, 2022–2025, every format of the readers (workbook, deck and e-mail too);
    18 documents in the mainstream families, at least 25 gold items in every category, and as many units,
    goals, lights and cost cells as its author wrote (29 projects and parts, 43 goals, 73 lights, 211 cost
    cells). Unlike test30, two project documents carry no lights and one no sum: as its author wrote them."""
    golds = _mainstream_set("test32", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test32")
    assert all(layout.split("/")[1].startswith("w29-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("od") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".xlsx", ".pptx", ".eml", ".tsv"}
    assert sorted(w for g in golds for w in g["expect_warning"]) == ["encoding", "truncated"]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 29 and counts["goals"] >= 43, counts
    assert counts["lights"] >= 73 and counts["cost cells"] >= 211, counts
    assert counts["municipalities"] >= 59 and counts["money"] >= 27, counts
    assert counts["organisations"] >= 43 and counts["dependencies"] >= 48, counts


def test_thirty_fourth_set_is_broad_new_and_mainstream() -> None:
    """test34 (written blind in stop 42 by W31, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w31-), eighteen areas with Helsinki and Åland, two documents to refuse,
    three Swedish and one English, every format of the readers; 18 documents in the mainstream families, at
    least 25 gold items in every category, and as many units, goals, lights and cost cells as its author wrote
    (48 projects and parts, 59 goals, 89 lights, 248 cost cells). No document is cut short or mis-encoded, so
    no gold expects a warning."""
    golds = _mainstream_set("test34", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test34")
    assert all(layout.split("/")[1].startswith("w31-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("oe") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 48 and counts["goals"] >= 59, counts
    assert counts["lights"] >= 89 and counts["cost cells"] >= 248, counts
    assert counts["municipalities"] >= 79 and counts["money"] >= 26, counts
    assert counts["organisations"] >= 52 and counts["dependencies"] >= 54, counts


def test_thirty_third_set_is_broad_new_and_written_blind() -> None:
    """test33 (a development set, written blind in stop 41 by W30: breadth first, then probes of the
    stop's claimed classes): each document in a layout of its own (prefixed w30-) that no other set has,
    the 21 wellbeing services counties with Helsinki (22 areas), two refusals, 2022–2025, every format of the
    readers, Swedish and English too; every category at least 50 gold items, and as many units, goals, lights and
    cost cells as its author wrote (78 documents: 50 breadth, 28 probes)."""
    documents, layouts, earlier, counties, refused, years = _held_out_set("test33")
    assert len(documents) >= 78 and len(layouts) == len(documents)
    assert all(layout.split("/")[1].startswith("w30-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert refused >= 2 and len(counties) >= 22
    assert {"2022", "2023", "2024", "2025"} <= years
    suffixes = {Path(d).suffix for d in documents}
    assert suffixes >= {".txt", ".md", ".html", ".pdf", ".docx", ".csv", ".xlsx", ".pptx", ".eml"}, suffixes
    assert all(d.startswith("id") for d in documents)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS if p.parent.name == "test33"]
    counts = _gold_counts(golds)
    assert min(counts.values()) >= 50, counts
    assert counts["lights"] >= 443 and counts["cost cells"] >= 846, counts
    assert counts["projects"] >= 164 and counts["goals"] >= 224, counts


def test_thirty_fifth_set_is_broad_new_and_mainstream() -> None:
    """test35 (written blind in stop 43 by W32, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w32-), eighteen areas with Helsinki and Åland, two documents to refuse,
    three Swedish and one English, every format of the readers; 18 documents in the mainstream families, at
    least 25 gold items in every category, and as many units, goals, lights and cost cells as its author wrote
    (50 projects and parts, 51 goals, 95 lights, 213 cost cells). No document is cut short or mis-encoded, so
    no gold expects a warning."""
    golds = _mainstream_set("test35", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test35")
    assert all(layout.split("/")[1].startswith("w32-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("of") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 50 and counts["goals"] >= 51, counts
    assert counts["lights"] >= 95 and counts["cost cells"] >= 213, counts
    assert counts["municipalities"] >= 69 and counts["money"] >= 26, counts
    assert counts["organisations"] >= 46 and counts["dependencies"] >= 57, counts


def test_thirty_sixth_set_is_broad_new_and_mainstream() -> None:
    """test36 (written blind in stop 44 by W33, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w33-), eighteen areas with Helsinki, two documents to refuse, three
    Swedish and one English, every format of the readers; 18 documents in the mainstream families, at least 25
    gold items in every category, and as many units, goals, lights and cost cells as its author wrote (44
    projects and parts, 50 goals, 94 lights, 190 cost cells). No gold expects a warning."""
    golds = _mainstream_set("test36", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test36")
    assert all(layout.split("/")[1].startswith("w33-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("og") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 44 and counts["goals"] >= 50, counts
    assert counts["lights"] >= 94 and counts["cost cells"] >= 190, counts
    assert counts["municipalities"] >= 69 and counts["money"] >= 26, counts
    assert counts["organisations"] >= 52 and counts["dependencies"] >= 73, counts


def test_thirty_seventh_set_is_broad_new_and_mainstream() -> None:
    """test37 (written blind in stop 45 by W34, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w34-), eighteen areas with Helsinki and Åland, two documents to refuse,
    three Swedish and one English, every format of the readers; 18 documents in the mainstream families, at
    least 25 gold items in every category, and as many units, goals, lights and cost cells as its author wrote
    (40 projects and parts, 52 goals, 101 lights, 217 cost cells). No gold expects a warning."""
    golds = _mainstream_set("test37", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test37")
    assert all(layout.split("/")[1].startswith("w34-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("oh") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 40 and counts["goals"] >= 52, counts
    assert counts["lights"] >= 101 and counts["cost cells"] >= 217, counts
    assert counts["municipalities"] >= 81 and counts["money"] >= 26, counts
    assert counts["organisations"] >= 39 and counts["dependencies"] >= 57, counts


def test_thirty_eighth_set_is_broad_new_and_mainstream() -> None:
    """test38 (written blind in stop 46 by W35, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w35-), eighteen areas with Helsinki and Åland, two documents to refuse,
    three Swedish and one English, every format of the readers; 18 documents in the mainstream families, at
    least 25 gold items in every category, and as many units, goals, lights and cost cells as its author wrote
    (45 projects and parts, 49 goals, 84 lights, 195 cost cells). No gold expects a warning."""
    golds = _mainstream_set("test38", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test38")
    assert all(layout.split("/")[1].startswith("w35-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("oi") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 45 and counts["goals"] >= 49, counts
    assert counts["lights"] >= 84 and counts["cost cells"] >= 195, counts
    assert counts["municipalities"] >= 56 and counts["money"] >= 25, counts
    assert counts["organisations"] >= 41 and counts["dependencies"] >= 51, counts


def test_thirty_ninth_set_is_broad_new_and_mainstream() -> None:
    """test39 (written blind in stop 47 by W36, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w36-), eighteen areas with Helsinki and Åland, two documents to refuse,
    three Swedish and one English, every format of the readers; 18 documents in the mainstream families, at
    least 25 gold items in every category, and as many units, goals, lights and cost cells as its author wrote
    (38 projects and parts, 54 goals, 88 lights, 253 cost cells). No gold expects a warning."""
    golds = _mainstream_set("test39", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test39")
    assert all(layout.split("/")[1].startswith("w36-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("oj") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 38 and counts["goals"] >= 54, counts
    assert counts["lights"] >= 88 and counts["cost cells"] >= 253, counts
    assert counts["municipalities"] >= 70 and counts["money"] >= 28, counts
    assert counts["organisations"] >= 39 and counts["dependencies"] >= 52, counts


def test_fortieth_set_is_broad_new_and_mainstream() -> None:
    """test40 (written blind in stop 48 by W37, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w37-), eighteen areas with Helsinki, two documents to refuse, three
    Swedish and one English, every format of the readers; 18 documents in the mainstream families, at least
    25 gold items in every category, and as many units, goals, lights and cost cells as its author wrote
    (30 projects and parts, 49 goals, 74 lights, 194 cost cells). No gold expects a warning."""
    golds = _mainstream_set("test40", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test40")
    assert all(layout.split("/")[1].startswith("w37-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("ok") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 30 and counts["goals"] >= 49, counts
    assert counts["lights"] >= 74 and counts["cost cells"] >= 194, counts
    assert counts["municipalities"] >= 60 and counts["money"] >= 26, counts
    assert counts["organisations"] >= 41 and counts["dependencies"] >= 58, counts


def test_forty_first_set_is_broad_new_and_mainstream() -> None:
    """test41 (written blind in stop 49 by W38, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w38-), eighteen areas with Helsinki and Åland, two documents to refuse,
    three Swedish and one English, every format of the readers; 18 documents in the mainstream families, at
    least 25 gold items in every category, and as many units, goals, lights and cost cells as its author
    wrote (42 projects and parts, 58 goals, 77 lights, 222 cost cells). No gold expects a warning."""
    golds = _mainstream_set("test41", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test41")
    assert all(layout.split("/")[1].startswith("w38-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("ol") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 42 and counts["goals"] >= 58, counts
    assert counts["lights"] >= 77 and counts["cost cells"] >= 222, counts
    assert counts["municipalities"] >= 83 and counts["money"] >= 29, counts
    assert counts["organisations"] >= 43 and counts["dependencies"] >= 59, counts


def test_forty_second_set_is_broad_new_and_mainstream() -> None:
    """test42 (written blind in stop 50 by W39, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w39-), eighteen areas with Helsinki, two documents to refuse, three
    Swedish and one English, every format of the readers; 18 documents in the mainstream families, at least
    19 gold items in every category, and as many units, goals, lights and cost cells as its author wrote
    (31 projects and parts, 55 goals, 79 lights, 244 cost cells). No gold expects a warning."""
    golds = _mainstream_set("test42", layouts_at_least=20, areas=18, mainstream=18, items=19)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test42")
    assert all(layout.split("/")[1].startswith("w39-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("om") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 31 and counts["goals"] >= 55, counts
    assert counts["lights"] >= 79 and counts["cost cells"] >= 244, counts
    assert counts["municipalities"] >= 67 and counts["money"] >= 19, counts
    assert counts["organisations"] >= 39 and counts["dependencies"] >= 59, counts


def test_forty_third_set_is_broad_new_and_mainstream() -> None:
    """test43 (written blind in stop 51 by W40, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w40-), eighteen areas with Helsinki, two documents to refuse, three
    Swedish and one English, every format of the readers; half of the documents in the forms officers use
    most, half in forms no earlier set has; at least 21 gold items in every category, and as many units,
    goals, lights and cost cells as its author wrote (35 projects and parts, 62 goals, 57 lights, 223 cost
    cells). No gold expects a warning."""
    golds = _mainstream_set("test43", layouts_at_least=20, areas=18, mainstream=18, items=21)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test43")
    assert all(layout.split("/")[1].startswith("w40-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("on") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 35 and counts["goals"] >= 62, counts
    assert counts["lights"] >= 57 and counts["cost cells"] >= 223, counts
    assert counts["municipalities"] >= 62 and counts["money"] >= 21, counts
    assert counts["organisations"] >= 39 and counts["dependencies"] >= 56, counts


def test_forty_fourth_set_is_broad_new_and_mainstream() -> None:
    """test44 (written blind in stop 52 by W41, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w41-), eighteen areas with Helsinki, two documents to refuse, three
    Swedish and one English, every format of the readers; half of the documents in the forms officers use
    most, half in forms no earlier set has; at least 24 gold items in every category, and as many units,
    goals, lights and cost cells as its author wrote (37 projects and parts, 70 goals, 87 lights, 255 cost
    cells). No gold expects a warning."""
    golds = _mainstream_set("test44", layouts_at_least=20, areas=18, mainstream=18, items=24)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test44")
    assert all(layout.split("/")[1].startswith("w41-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("oo") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 37 and counts["goals"] >= 70, counts
    assert counts["lights"] >= 87 and counts["cost cells"] >= 255, counts
    assert counts["municipalities"] >= 96 and counts["money"] >= 24, counts
    assert counts["organisations"] >= 39 and counts["dependencies"] >= 63, counts


def test_forty_fifth_set_is_broad_new_and_mainstream() -> None:
    """test45 (written blind in stop 53 by W42, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w42-), eighteen areas with Helsinki, two documents to refuse, three
    Swedish and one English, every format of the readers; half of the documents in the forms officers use
    most, half in forms no earlier set has; at least 25 gold items in every category, and as many units,
    goals, lights and cost cells as its author wrote (35 projects and parts, 66 goals, 72 lights, 245 cost
    cells). No gold expects a warning."""
    golds = _mainstream_set("test45", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test45")
    assert all(layout.split("/")[1].startswith("w42-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("op") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 35 and counts["goals"] >= 66, counts
    assert counts["lights"] >= 72 and counts["cost cells"] >= 245, counts
    assert counts["municipalities"] >= 58 and counts["money"] >= 25, counts
    assert counts["organisations"] >= 33 and counts["dependencies"] >= 53, counts


def test_forty_sixth_set_is_broad_new_and_mainstream() -> None:
    """test46 (written blind in stop 54 by W43, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w43-), eighteen areas with Helsinki, two documents to refuse, three
    Swedish and one English, every format of the readers; half of the documents in the forms officers use
    most, half in forms no earlier set has; at least 19 gold items in every category (19 sums), and as many
    units, goals, lights and cost cells as its author wrote (33 projects and parts, 60 goals, 63 lights, 204
    cost cells). No gold expects a warning."""
    golds = _mainstream_set("test46", layouts_at_least=20, areas=18, mainstream=18, items=19)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test46")
    assert all(layout.split("/")[1].startswith("w43-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("oq") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 33 and counts["goals"] >= 60, counts
    assert counts["lights"] >= 63 and counts["cost cells"] >= 204, counts
    assert counts["municipalities"] >= 49 and counts["money"] >= 19, counts
    assert counts["organisations"] >= 32 and counts["dependencies"] >= 51, counts


def test_forty_seventh_set_is_broad_new_and_mainstream() -> None:
    """test47 (written blind in stop 55 by W44, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w44-), eighteen areas with Helsinki, two documents to refuse, three
    Swedish and one English, every format of the readers; half of the documents in the forms officers use
    most, half in forms no earlier set has; at least 22 gold items in every category (22 sums), and as many
    units, goals, lights and cost cells as its author wrote (31 projects and parts, 59 goals, 85 lights, 244
    cost cells). No gold expects a warning."""
    golds = _mainstream_set("test47", layouts_at_least=20, areas=18, mainstream=18, items=22)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test47")
    assert all(layout.split("/")[1].startswith("w44-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("or") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 31 and counts["goals"] >= 59, counts
    assert counts["lights"] >= 85 and counts["cost cells"] >= 244, counts
    assert counts["municipalities"] >= 55 and counts["money"] >= 22, counts
    assert counts["organisations"] >= 32 and counts["dependencies"] >= 53, counts


def test_forty_eighth_set_is_broad_new_and_mainstream() -> None:
    """test48 (written blind in stop 56 by W45, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w45-), eighteen areas with Helsinki, two documents to refuse, three
    Swedish and one English, every format of the readers; half of the documents in the forms officers use
    most, half in forms no earlier set has; at least 25 gold items in every category (25 sums), and as many
    units, goals, lights and cost cells as its author wrote (34 projects and parts, 67 goals, 90 lights, 298
    cost cells). No gold expects a warning."""
    golds = _mainstream_set("test48", layouts_at_least=20, areas=18, mainstream=18, items=25)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test48")
    assert all(layout.split("/")[1].startswith("w45-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("os") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 34 and counts["goals"] >= 67, counts
    assert counts["lights"] >= 90 and counts["cost cells"] >= 298, counts
    assert counts["municipalities"] >= 75 and counts["money"] >= 25, counts
    assert counts["organisations"] >= 33 and counts["dependencies"] >= 63, counts


def test_forty_ninth_set_is_broad_new_and_mainstream() -> None:
    """test49 (written blind in stop 57 by W46, held out): 20 documents in 20 layouts, none of them in
    another set (every template part w46-), eighteen areas with Helsinki, two documents to refuse, three
    Swedish and one English, every format of the readers; half of the documents in the forms officers use
    most, half in forms no earlier set has; at least 26 gold items in every category (26 sums), and as many
    units, goals, lights and cost cells as its author wrote (28 projects and parts, 75 goals, 102 lights, 311
    cost cells). No gold expects a warning."""
    golds = _mainstream_set("test49", layouts_at_least=20, areas=18, mainstream=18, items=26)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test49")
    assert all(layout.split("/")[1].startswith("w46-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("ot") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 28 and counts["goals"] >= 75, counts
    assert counts["lights"] >= 102 and counts["cost cells"] >= 311, counts
    assert counts["municipalities"] >= 98 and counts["money"] >= 26, counts
    assert counts["organisations"] >= 39 and counts["dependencies"] >= 64, counts


def test_fiftieth_set_is_broad_new_and_mainstream() -> None:
    """test50 (written blind in stop 57 by W47, a development set from the start): 20 documents in 20 layouts,
    none of them in another set (every template part w47-), eighteen areas with Helsinki, two documents to
    refuse, three Swedish and one English, every format of the readers; six documents in the forms officers use
    most, twelve in new forms; at least 26 gold items in every category (31 projects and parts, 60 goals, 89
    lights, 252 cost cells). No gold expects a warning."""
    golds = _mainstream_set("test50", layouts_at_least=20, areas=18, mainstream=18, items=26)
    documents, layouts, earlier, counties, _refused, _years = _held_out_set("test50")
    assert all(layout.split("/")[1].startswith("w47-") for layout in layouts), sorted(layouts)
    assert not layouts & earlier, sorted(layouts & earlier)
    assert len(counties) >= 18 and all(d.startswith("ou") for d in documents)
    assert {Path(d).suffix for d in documents} >= {".pdf", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".tsv"}
    assert not [w for g in golds for w in g["expect_warning"]]
    counts = _gold_counts(golds)
    assert counts["projects"] >= 31 and counts["goals"] >= 60, counts
    assert counts["lights"] >= 89 and counts["cost cells"] >= 252, counts
    assert counts["municipalities"] >= 71 and counts["money"] >= 26, counts
    assert counts["organisations"] >= 42 and counts["dependencies"] >= 69, counts
