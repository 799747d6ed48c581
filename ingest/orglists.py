"""Names in a list after a cue ("osatoteuttajina toimivat Eura, Huittinen, Porin petu ja Posa"),
and places named where the work is done rather than as parties ("Kuhmossa", "Hyvinkäälle").

A list of parties names each by a capitalised item; no head word or legal form is needed,
the list's place after a role cue says what its items are. Kept apart from the name forms of
``orgnames``, which this reads with.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.orgnames import analyses, base_word, capitalised, is_genitive, words

#: Items of one list read at most: a longer "list" is no list of names but noise.
_MAX_ITEMS = 40
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\bja\b|\bsekä\b)\s*")


def list_names(text: str, start: int) -> list[tuple[str, int, int]]:
    """Capitalised items of a list that begins after ``start`` ("… toimivat Eura, Huittinen ja Posa").

    An item is a name when every word of it is capitalised (up to four words); the
    list ends at the first item that is not, or at a bracket.
    """
    stop = len(text)
    for mark in ("(", ")", ":", ". "):
        at = text.find(mark, start)
        if at >= 0:
            stop = min(stop, at)
    segment = text[start:stop]
    out: list[tuple[str, int, int]] = []
    pos = 0
    items = []
    for m in _LIST_SPLIT.finditer(segment):
        items.append((segment[pos : m.start()], start + pos))
        pos = m.end()
    items.append((segment[pos:], start + pos))
    for n, (item, offset) in enumerate(items[:_MAX_ITEMS]):
        ws = words(item)
        if n == 0:
            while ws and not capitalised(ws[0].text):
                ws = ws[1:]  # the verb before the list: "toimivat Eura"
        if not ws:
            if n == 0:
                continue
            break
        if len(ws) > 6:
            if n == 0:
                continue
            break  # prose, not a list item: the list has ended
        # A name: every word capitalised (up to four), or a place's genitive and one more
        # word ("Porin perusturva", "Porin petu").
        named = len(ws) <= 4 and all(capitalised(w.text) or w.text.isdigit() for w in ws)
        named = named or (len(ws) == 2 and capitalised(ws[0].text) and is_genitive(ws[0].text))
        if not named or item[ws[-1].end :].strip(" .") or any(w.text.endswith("-") for w in ws):
            continue
        name = " ".join([w.text for w in ws[:-1]] + [base_word(ws[-1].text)])
        out.append((name, offset + ws[0].start, offset + ws[-1].end))
    return out


#: Local cases of a place: in, into, out of; at, to, from ("Kuhmossa", "Hyvinkäälle", "Keravalla").
_INSIDE_CASES = frozenset(
    {"sisaolento", "sisatulento", "sisaeronto", "ulkoolento", "ulkotulento", "ulkoeronto"}
)


def place_where(surface: str) -> bool:
    """A place name in a local case, inner or outer ("Kuhmossa", "Kuhmoon", "Hyvinkäälle",
    "Keravalla"): the place where something happens, not a party doing it."""
    found = analyses(surface.split()[-1].split(":", 1)[0]) if surface.split() else ()
    return bool(found) and any(cls == "paikannimi" and case in _INSIDE_CASES for _, cls, case in found)
