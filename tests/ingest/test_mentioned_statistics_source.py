"""A party named as the source the figures come from, or sent a report for information, is only mentioned (stop 47, D1).

"Statistiken om barnskyddsanmälningar kommer från THL" (test27 i14), "Bakgrundsuppgifterna kommer från statistik
från THL" (test23 s75), "The statistics on youth services come from THL's …" (test27 i06): the party is a source of
background knowledge, no organisation of the document (the corpus convention). The cues are the vocabulary's
(mention-cue/source in ontology/vocab/kinds.ttl). A party that collects data itself works (tune u1519), and data a
service gives is not a statistic's source. Invented sentences.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.facts.mentioned import mentioned_only


@pytest.mark.parametrize(
    ("sentence", "only"),
    [
        ("Uppgifterna om väntetiderna i hela landet kommer från Institutet för hälsa och välfärd.", True),
        ("Bakgrundsuppgifterna kommer från statistik från THL.", True),
        ("The national figures on dental visits come from Kela's statistics.", True),
        ("Luvut ovat peräisin THL:n tilastoista.", True),
        ("The Finnish Institute for Health and Welfare collects the data on the visits.", False),
        ("The data come from the Omaolo symptom checker.", False),
        ("Sjukskötarstuderande kommer från Yrkeshögskolan Novia.", False),
        # R12-9: the gap stays in one clause, and "uppgift" alone is also a task.
        ("Uppgifterna i projektet kommer från Yrkeshögskolan Novia, som utbildar personalen.", False),
        (
            "The figures improved in spring; the two new therapists come from Tampere University of Applied Sciences.",
            False,
        ),
        ("The numbers of home visits grew by a third, and the funding comes from the Ministry.", False),
        # Sent for information (tune u1516): an informed body.
        ("Lägesrapporten skickas för kännedom till Ålands landskapsregering.", True),
        ("The note is sent to the Government of Åland for information.", True),
        # R12-11: "for information" as a noun's attribute is no copy sent.
        (
            "Tampere University of Applied Sciences develops the tools for information sharing between the teams.",
            False,
        ),
        ("Xamk trains the staff for information security in home visits.", False),
    ],
)
def test_the_source_of_the_figures_is_only_mentioned(sentence: str, only: bool) -> None:
    assert mentioned_only(sentence) is only
