"""The funder field labelled "Funding" in English as "Rahoitus" in Finnish, and a funder field that holds a sum
(stop 48, D2).

Invented text. fields.ttl had "Rahoitus" and "Finansiering" but not the English "Funding" (test21 p18, test36 og08,
test32 od14, test31 ic26: the ministry such a field names was no funder). A funder field whose value begins with a sum
("Rahoitus: 450 000 euroa", "Funding: EUR 450,000") names the money, not who gives it: no funder, as before the
English label (the Finnish one read "450 000 euroa …" as an organisation).
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.labels import match_field
from hankegraafi.ingest.readers import read_bytes


def _funder(field: str) -> str | None:
    text = (
        "KAINUUN HYVINVOINTIALUE\nSteering group memo 3 April 2024\n\nProject: Home Rehabilitation Online\n"
        f"Project period: 1 January 2024 - 31 December 2025\n{field}\n\nThe project went according to plan.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="memo.txt", max_bytes=100_000))
    funder = x.projects[0].funder
    if funder is None:
        return None
    return str(funder.iri).rsplit("/", 1)[-1] if funder.linked else f"name:{funder.label}"


@pytest.mark.parametrize(
    ("field", "funder"),
    [
        ("Funding: Ministry of Social Affairs and Health", "stm"),
        ("Rahoitus: sosiaali- ja terveysministeriö", "stm"),
        ("Rahoitus: 450 000 euroa, sosiaali- ja terveysministeriö", "stm"),
        ("Funding: EUR 450,000 for 2024-2025", None),
        ("Rahoitus: 450 000 euroa vuosille 2024-2025", None),
        ("Finansiering: € 300 000", None),
        ("Rahoitus: 2 100 000 euroa (Suomen kestävän kasvun ohjelma)", "stm"),  # the programme's authority
    ],
)
def test_the_funder_field_names_the_funder_not_the_sum(field: str, funder: str | None) -> None:
    assert _funder(field) == funder


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Funding", "funder"),
        ("Funding programme", "programme"),
        # Labels near a funder label are not it: "Funder of the operating model" was left out of the vocabulary
        # because "Name of the operating model" matched it (and "Verksamhetsmodellens finansiär" the name too).
        ("Name of the operating model", None),
        ("Verksamhetsmodellens namn", None),
    ],
)
def test_the_labels_name_their_fields(label: str, field: str | None) -> None:
    assert match_field(label, marked=True) == field
