"""Which light dimension a label or a sentence names, from the ``light-dimension`` vocabulary.

A dimension (``ontology/vocab/status.ttl``: Aikataulu, Kustannukset, Riskit … with their
Swedish and English labels and hidden variants) is named by its label, by a label with words
about it ("Aikataulu ja eteneminen"), by a longer label in other words whose one known word
tells it ("Tulosten laatu", "Riskitaso"), or by the word a sentence starts with
("Riskit arvioitiin …"). ``ingest/lighttext.py`` pairs these with values.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.labels import match_light, tables

#: A coloured symbol says the value by itself.
LEAD = re.compile(r"^[\s●○•◉▲■◆⚠️✓✔✅❌⛔🟢🟡🟠🔴🟩🟨🟧🟥💚*_\-–:]+")
#: Words that may stand before the dimension: "Hankkeen edistyminen", "Liikennevalo Aikataulu".
PREFIX = re.compile(r"^(?:liikennevalo\w*|trafikljus\w*|hankkeen|projektets|projektin|tila|läge)\s+", re.I)


def dimension_of(text: str) -> str | None:
    """The light dimension a label names ("Aikataulu", "🟢 Aikataulu", "Hankkeen edistyminen", "Tidsplan")."""
    label = PREFIX.sub("", LEAD.sub("", text.strip()))
    if not label or len(label) > 50:
        return None
    found = match_light(label)
    if found is None:
        # "Aikataulu ja eteneminen", "Henkilöstö (resurssit)": the dimension, then words about it.
        head = re.split(r"\s*\(|\s+(?:ja|sekä|och|and|&)\s+", label, maxsplit=1)[0]
        found = match_light(head) if head != label and head else None
    return found


def _stems() -> list[tuple[str, str]]:
    """(stem, dimension) of every one-word label: the form a sentence inflects ("aikataulun", "riskien")."""
    out: list[tuple[str, str]] = []
    for key, labels in tables().lights.items():
        for label in labels:
            low = label.lower()
            if " " in low or len(low) < 5:
                continue
            out.append((low[: max(5, len(low) - 4)], key))
    return sorted(set(out), key=lambda s: -len(s[0]))


def _one_word_labels() -> list[tuple[str, str, str]]:
    """(label, stem, dimension) of every one-word label of the vocabulary ("riskit", "riski", risks)."""
    out: set[tuple[str, str, str]] = set()
    for key, labels in tables().lights.items():
        for label in labels:
            low = label.lower()
            if " " not in low and len(low) >= 5 and low.isalpha():
                out.add((low, low[: max(5, len(low) - 4)], key))
    return sorted(out, key=lambda s: -len(s[1]))


def loose_dimension(text: str) -> str | None:
    """The dimension a label in other words is about, when one of its words is a dimension's word.

    A template's label need not be the vocabulary's: a known word heads or starts a longer label
    ("Tulosten laatu", "Resultatens kvalitet", "Kustannusten kehitys", "Valmiusaste jakson
    lopussa") or a compound ("Riskitaso", "Kokonaisvalmiusaste"). The label has five words at
    most and names one dimension only. Such a label is no proof of a light by itself ("Henkilöstön
    koulutus" heads a section), so its value must say itself (:func:`strict_value`).
    """
    label = PREFIX.sub("", LEAD.sub("", text.strip())).strip(" :*_")
    words = re.findall(r"[^\W\d_]+", label.lower())
    if not words or len(words) > 5 or len(label) > 50:
        return None
    known = _one_word_labels()
    found = {
        key
        for word in words
        for full, stem, key in known
        if word.startswith(stem) or (len(word) > len(full) and word.endswith(full))
    }
    return found.pop() if len(found) == 1 else None


def dimension_in_sentence(sentence: str) -> str | None:
    """The dimension a sentence is about: its first word (or the word before "osalta") inflects a label."""
    words = re.findall(r"[\wåäöÅÄÖ-]+", sentence.lower())[:4]
    if not words:
        return None
    candidates = [words[0]]
    if "osalta" in words[1:3]:
        candidates.append(words[words.index("osalta") - 1])
    for word in candidates:
        for stem, key in _stems():
            if word.startswith(stem) and key != "progress":
                return key
    return None


__all__ = ["LEAD", "PREFIX", "dimension_in_sentence", "dimension_of", "loose_dimension"]
