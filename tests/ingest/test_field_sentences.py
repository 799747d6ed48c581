"""A field whose value is running text (sentences) names no organisation: the funder field of a page that
says what was granted ("Rahoitus: Hankkeelle on myönnetty 850 000 euroa. …", sv "Finansiering: Projektet har
beviljats …"), an administrator's heading read as a field over a sentence.

Invented texts (tuning documents u510, u525, u526 pin the same class in whole documents).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _parties(text: str, name: str) -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return sorted((p.role, p.organisation.label) for q in x.projects for p in q.participations)


def test_a_funder_field_of_sentences_names_no_funder() -> None:
    fi = (
        "<html><body><h1>Kuvalan kotiutuksen tuki</h1><p>Kainuun hyvinvointialueen hanke 2024–2025.</p>"
        "<p><b>Rahoitus:</b> Hankkeelle on myönnetty 850 000 euroa. Loppu katetaan talousarviosta.</p></body></html>"
    )
    assert [role for role, _ in _parties(fi, "r.html")] == []
    sv = (
        "# Trygg hemkomst i Kuvby\n\nEtt projekt inom Västra Nylands välfärdsområde 2024–2025.\n\n"
        "**Finansiering:** Projektet har beviljats 600 000 euro. Resten täcks av den egna budgeten.\n"
    )
    assert [role for role, _ in _parties(sv, "r.md")] == []


def test_a_funder_field_naming_a_party_still_names_it() -> None:
    fi = (
        "<html><body><h1>Kuvalan kotiutuksen tuki</h1><p>Kainuun hyvinvointialueen hanke 2024–2025.</p>"
        "<p><b>Rahoittaja:</b> Sosiaali- ja terveysministeriö</p></body></html>"
    )
    assert ("funder", "Sosiaali- ja terveysministeriö") in _parties(fi, "r.html")
