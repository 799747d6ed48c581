"""A sentence legend whose marks are a remark's absence and its presence ('"Ei huomautettavaa" tarkoittaa, että …;
huomautus tarkoittaa poikkeamaa, jota …'), the remark's cell opening with the mark and going on after a colon
(issue 13, stop 40, L12; test29 ib03, ib36; tune u1009, u1010). Invented text."""

from __future__ import annotations

from hankegraafi.ingest import lightvalues
from hankegraafi.ingest.lightsweep import rating_value


def _under(legend: str, cells: list[str]) -> list[str | None]:
    token = lightvalues.LEGEND.set(lightvalues.document_legend([legend]))
    try:
        return [rating_value(cell) for cell in cells]
    finally:
        lightvalues.LEGEND.reset(token)


def test_the_absence_of_a_remark_is_on_plan_a_remark_a_deviation() -> None:
    legend = (
        '"Ei huomautettavaa" tarkoittaa, että osa-alue etenee hankesuunnitelman mukaisesti; huomautus tarkoittaa'
        " poikkeamaa, jota ohjausryhmä seuraa."
    )
    assert lightvalues.document_legend([legend]) == {"ei huomautettavaa": "on-plan", "huomautus": "deviation"}
    cells = ["Ei huomautettavaa", "Huomautus: ostopalvelut ylittyvät noin 8 % syksyn aikana"]
    assert _under(legend, cells) == ["on-plan", "deviation"]


def test_an_article_and_a_relative_clause_are_no_part_of_the_mark_or_its_meaning() -> None:
    legend = (
        '"No findings" means that the area goes as the project plan says; a finding recorded is a deviation'
        " which the audit team checks again in spring."
    )
    assert lightvalues.document_legend([legend]) == {"no findings": "on-plan", "finding recorded": "deviation"}
    cells = ["no findings", "finding recorded: travel costs above the estimate this autumn"]
    assert _under(legend, cells) == ["on-plan", "deviation"]


def test_a_negated_mark_gives_no_mark_of_its_last_words() -> None:
    legend = "”Inga anmärkningar” betyder att området följer planen; en anmärkning betyder en avvikelse som ska rättas."
    meant = lightvalues.document_legend([legend])
    assert meant.get("inga anmärkningar") == "on-plan"
    assert "anmärkningar" not in meant  # the negation's tail would rate a remark on plan


def test_the_same_words_in_prose_rate_nothing() -> None:
    legend = '"Ei huomautettavaa" tarkoittaa, että osa-alue etenee suunnitelman mukaisesti; huomautus tarkoittaa poikkeamaa.'
    assert _under(legend, ["Palautteissa ei ollut huomautettavaa chatin aukioloajoista."]) == [None]
