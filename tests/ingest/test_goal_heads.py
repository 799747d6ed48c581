"""A goal on a line of its own (a heading, a labelled, outline- or bare-numbered line) judged by the first
words of the paragraph below it, or by a dash on its numbered line with its explanation below; a
definition list's label alone on its line; and a field whose value is a sentence, which names no party.

Invented texts (tuning documents u510–u514 pin the same classes in whole documents).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalheads import goal_head, opening_verdict
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kuvitteellinen hyvinvointialue\nLOPPURAPORTTI 2025\n\nHanke: Kuvitteellinen kotihoitohanke\n\n"


def _extract(body: str, name: str):
    if name.endswith(".html"):  # the head as the page's first paragraphs, the body inside the page
        head = "".join(f"<p>{line}</p>" for line in HEAD.split("\n") if line)
        text = f"<html><body>{head}{body}</body></html>"
    else:
        text = HEAD + body
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def goals(body: str, name: str = "r.txt") -> list[tuple[str, str]]:
    return sorted((g.description, g.status) for p in _extract(body, name).projects for g in p.goals)


def test_the_verdict_opening_a_paragraph() -> None:
    assert opening_verdict("Tavoite saavutettiin toukokuussa. Jono on nyt lyhyt.") == "achieved"
    assert opening_verdict("Toteutui osittain: kahdessa kunnassa kolmesta.") == "partly-achieved"
    assert opening_verdict("Ei toteutunut hankkeen aikana; työ jatkuu.") == "not-achieved"
    assert opening_verdict("Måluppfyllelse: Delvis uppnått. Två av tre kommuner.") == "partly-achieved"
    assert opening_verdict("Saavutettiinko tavoite: Kyllä") == "achieved"
    assert opening_verdict("Kotihoidon käynnit kirjataan mobiilisti.") is None


def test_the_goal_line() -> None:
    assert goal_head("Tavoite 2: Kotikäynnit kirjataan mobiilisti").goal == "Kotikäynnit kirjataan mobiilisti"
    assert goal_head("3.2 Yöpartio kattaa kaikki kylät").goal == "Yöpartio kattaa kaikki kylät"
    head = goal_head("2 Nattpatrull i hela Kuvby – Delvis uppnått")
    assert (head.goal, head.status) == ("Nattpatrull i hela Kuvby", "partly-achieved")
    assert goal_head("Yöpartio kävi kaikissa kylissä, mutta hoitajia puuttui.") is None
    assert goal_head("Toteutunut") is None


def test_goals_as_headings_judged_by_the_paragraph_below() -> None:
    body = (
        "<h2>Tavoitteet</h2>\n<h3>Tavoite 1: Yöpartio kattaa kaikki Kuvalan kylät</h3>\n"
        "<p>Tavoite saavutettiin toukokuussa 2024. Käyntejä oli 300.</p>\n"
        "<h3>Tavoite 2: Omaisille oma neuvontapuhelin</h3>\n<p>Toteutui osittain. Puhelin palvelee arkisin.</p>\n"
        "<h3>Tavoite 3: Lääkeannostelu robotilla</h3>\n<p>Ei toteutunut hankkeen aikana; hankinta raukesi.</p>\n"
    )
    assert goals(body, "r.html") == [
        ("Lääkeannostelu robotilla", "not-achieved"),
        ("Omaisille oma neuvontapuhelin", "partly-achieved"),
        ("Yöpartio kattaa kaikki Kuvalan kylät", "achieved"),
    ]


def test_numbered_goal_lines_with_the_verdict_below_or_after_a_dash() -> None:
    body = (
        "3 Tavoitteet\n3.1 Yöpartio kattaa kaikki kylät\nTavoite toteutui. Partio aloitti maaliskuussa.\n"
        "3.2 Omaisten neuvontapuhelin\nTavoite ei toteutunut.\n\n4 Viestintä\nTiedotteita julkaistiin.\n"
    )
    assert goals(body) == [
        ("Omaisten neuvontapuhelin", "not-achieved"),
        ("Yöpartio kattaa kaikki kylät", "achieved"),
    ]
    sv = (
        "3 Mål och måluppfyllelse\n1 Nattpatrull i hela Kuvby – Uppnått\nPatrullen startade i mars.\n"
        "2 Läkemedelsrobot i hemvården – Ej uppnått\nUpphandlingen avbröts.\n\n5 Ekonomi\n"
    )
    assert goals(sv) == [
        ("Läkemedelsrobot i hemvården", "not-achieved"),
        ("Nattpatrull i hela Kuvby", "achieved"),
    ]


def test_labelled_goals_with_a_question_of_achievement_and_a_definition_list() -> None:
    body = (
        "Tavoite: Yöpartio kattaa kaikki kylät\nSaavutettiinko tavoite: Kyllä\n\n"
        "Tavoite: Omaisten neuvontapuhelin\nSaavutettiinko tavoite: Osittain, vain arkisin\n"
    )
    assert goals(body) == [
        ("Omaisten neuvontapuhelin", "partly-achieved"),
        ("Yöpartio kattaa kaikki kylät", "achieved"),
    ]
    dl = (
        "<h2>Tavoitteet</h2><dl><dt>Tavoite</dt><dd>Yöpartio kattaa kaikki kylät</dd>"
        "<dt>Tilanne</dt><dd>Toteutunut</dd><dt>Tavoite</dt><dd>Omaisten neuvontapuhelin</dd>"
        "<dt>Tilanne</dt><dd>Kesken</dd></dl>"
    )
    assert goals(dl, "r.html") == [
        ("Omaisten neuvontapuhelin", "unfinished"),
        ("Yöpartio kattaa kaikki kylät", "achieved"),
    ]


def test_a_status_alone_on_its_line_is_no_label_of_the_line_after_it() -> None:
    body = (
        "<h2>Tavoitteet</h2><div><h3>Yöpartio kattaa kaikki kylät</h3><p>Toteutunut</p></div>"
        "<div><h3>Omaisten neuvontapuhelin palvelee iltaisin</h3><p>Osittain (40 %)</p></div>"
    )
    assert goals(body, "r.html") == [
        ("Omaisten neuvontapuhelin palvelee iltaisin", "partly-achieved"),
        ("Yöpartio kattaa kaikki kylät", "achieved"),
    ]


def test_a_field_whose_value_is_a_sentence_names_no_party() -> None:
    x = _extract(
        "<h2>Tavoitteet</h2><p>-</p><h2>Hankkeen hallinnointi</h2><p>Ohjausryhmä kokoontui kuusi kertaa.</p>",
        "r.html",
    )
    assert [p.organisation.label for p in x.projects[0].participations if p.role == "administrator"] == []
