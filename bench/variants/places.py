"""Where a document names its project and how it gives the project's parts.

``name_place``: the project's name in a form field (the form of stop 31), in a title with the report's
kind and year, in a running page header repeated on every page, in an e-mail's subject, in a web page's
heading under its breadcrumb, in a table's caption, only in the first sentence ("X -hanke on …"), or
in a Swedish title. Every place but the field drops the name field, so the name stands only there.

``parts_form``: a report of one part names it in a head field (stop 31's form) or says at its head
that it is about the part ("Tämä raportti koskee osahanketta X"); a report of the whole lists its
parts under headings, in a numbered list, in a table "Osa | Nimi | Budjetti" or in a sentence
("Hanke koostuu kolmesta osahankkeesta: …"). The forms are those of real status reports and project
pages (their layouts learnt with the search tool, no text taken); the gold follows from the spec.
"""

from __future__ import annotations

import random
from typing import Any

from bench.variants.spec import THEMES, Spec

Block = tuple[Any, ...]

NAME_PLACES = (
    "field",
    "title-kind-year",
    "page-header",
    "email",
    "breadcrumb",
    "caption",
    "first-sentence",
    "title-sv",
)
PARTS_FORMS = ("field", "part-head", "headings", "numbered", "table", "prose")
#: The parts_form values whose document is a report of the whole that lists its parts.
LISTING = ("headings", "numbered", "table", "prose")


def running_header(spec: Spec) -> str:
    """The line a page-header document repeats at the top of every page."""
    return f"{spec.name} | Tilanneraportti 1/{spec.year}"


def listed_parts(spec: Spec) -> list[tuple[str, int]]:
    """(name, budget) of the three parts a listing document names, drawn from the spec's seed."""
    rng = random.Random(spec.seed * 7 + 3)
    names = rng.sample([t for t in THEMES if t not in (spec.name, spec.part)], 3)
    return [(name, rng.randrange(10, 80) * 10_000) for name in names]


def opening(
    spec: Spec, v: dict[str, str], name_field: tuple[str, str], fields: list, basics: str
) -> list[Block]:
    """The document's head: its title, the name wherever ``name_place`` puts it, and the head fields."""
    place, name, year = v["name_place"], spec.name, spec.year
    title = f"Tilanneraportti 1/{year}"
    head = [("heading", 2, basics), ("fields", fields)]
    if place == "field":
        return [("title", title), ("heading", 2, basics), ("fields", [name_field, *fields])]
    if place == "title-kind-year":
        rng = random.Random(spec.seed)
        shown = (
            f"Tilanneraportti {year}: {name}" if rng.random() < 0.5 else f"{name} – tilanneraportti 1/{year}"
        )
        return [("title", shown), *head]
    if place == "page-header":
        return [("running", running_header(spec)), ("title", title), *head]
    if place == "email":
        mail = [
            "Lähettäjä: Hankekoordinaattori <hankekoordinaattori@example.fi>",
            f"Lähetetty: 15.8.{year} 9.42",
            "Vastaanottaja: Ohjausryhmä <ohjausryhma@example.fi>",
            f"Aihe: {name}: tilanneraportti 1/{year}",
        ]
        return [
            ("lines", mail),
            ("para", "Hei, ohessa hankkeen tilanneraportti kaudelta. Terveisin koordinaattori"),
            *head,
        ]
    if place == "breadcrumb":
        return [("lines", [f"Etusivu > Hankkeet > {name}"]), ("title", name), ("para", title), *head]
    if place == "caption":
        return [
            ("title", title),
            ("heading", 2, basics),
            ("para", f"Taulukko 1. {name}: perustiedot"),
            ("fields", fields),
        ]
    if place == "first-sentence":
        return [
            ("title", title),
            ("para", f"{name} -hanke on vuosina 2022–2025 toteutettava kehittämishanke."),
            *head,
        ]
    # title-sv: a Swedish-language report's title
    return [("title", f"Lägesrapport 1/{year}: {name}"), *head]


def part_head(spec: Spec) -> Block:
    """A sentence at a part's report's head that says which part it is about."""
    return ("para", f"Tämä tilanneraportti koskee hankkeen osahanketta {spec.part}.")


def part_blocks(spec: Spec, v: dict[str, str], amount: Any) -> list[Block]:
    """The whole's parts listed in the form ``parts_form`` gives (nothing for a field or a part's head)."""
    form = v["parts_form"]
    if form not in LISTING:
        return []
    parts = listed_parts(spec)
    if form == "headings":
        out: list[Block] = [("heading", 2, "Osahankkeet")]
        for i, (name, _b) in enumerate(parts, start=1):
            out += [("heading", 3, f"Osahanke {i}: {name}"), ("para", "Osahankkeen toimet etenivät kaudella.")]
        return out
    if form == "numbered":
        return [("para", "Hanke koostuu seuraavista osahankkeista:"), ("olist", [name for name, _b in parts])]
    if form == "table":
        rows = [[str(i), name, amount(budget)] for i, (name, budget) in enumerate(parts, start=1)]
        return [("heading", 2, "Osahankkeet"), ("table", ["Osa", "Nimi", "Budjetti (€)"], rows, "parts")]
    names = [name for name, _b in parts]
    return [("para", f"Hanke koostuu kolmesta osahankkeesta: {names[0]}, {names[1]} ja {names[2]}.")]


def gold_parts(spec: Spec, v: dict[str, str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The listed parts as gold projects (sub-projects of the whole) and their budgets as money (estimates)."""
    form = v["parts_form"]
    if form not in LISTING:
        return [], []
    projects, money = [], []
    for i, (name, budget) in enumerate(listed_parts(spec), start=1):
        aliases = [f"Osahanke {i}: {name}"] if form == "headings" else []
        projects.append(
            {
                "name": name,
                "aliases": aliases,
                "county": spec.county,
                "level": "sub-project",
                "part_of": spec.name,
            }
        )
        if form == "table":
            money.append({"project": name, "amount": budget, "what": "estimate"})
    return projects, money
