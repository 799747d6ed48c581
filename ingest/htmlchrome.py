"""A web page's chrome: what a site puts around the content of every page.

A county's or Innokylä's page saved from a browser carries the site's banner,
navigation, search, cookie and consent dialogs, asides and footer around the
content. Their words name other counties, organisations and services and are no
fact of the page's project, so the HTML reader leaves them out. They are found by
element and ARIA role, as HTML defines them, never by their words: a <header> or
<footer> belongs to the site only outside <article>, <section> and <main>.

An <aside> is a list of other pages ("Muita hankkeita", "Katso myös") unless it is the
page's fact box: its entries are label–value pairs (a <dl>, or paragraphs and rows
"Rahoittaja: X") or a table of its own words (a status box: the dimensions as headers, their
ratings below), which state the page's own facts (funder, programme, municipalities, grant, lights)
and are read. Told by form, not by the labels' words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bs4 is imported by the HTML reader when a page is read, not at start
    from bs4 import Tag

#: ARIA landmark roles of a site's chrome, and of dialogs (cookie and consent banners).
_CHROME_ROLES = {"banner", "navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
#: Sectioning elements inside which a <header> or <footer> belongs to the content (HTML's rule).
_SECTIONING = {"article", "section", "main", "aside", "nav"}
#: Class or id words by which consent tools mark their banners (markup, not the banner's text).
_CONSENT = re.compile(r"(?:^|[-_])(?:cookie|cookies|consent|gdpr|cookiebot|onetrust)(?:$|[-_])", re.I)


#: A label and its value on one line: a short label (at most five words) before a colon.
_LABELLED = re.compile(r"^[^:\n]{1,40}:\s*\S")
#: The entries of a fact box: the blocks that hold a label and its value.
_ENTRIES = ("p", "li", "tr", "div")


def fact_box(aside: Tag) -> bool:
    """An <aside> whose entries are label–value pairs: the page's fact box, not a list of other pages.

    A <dl> of two or more terms is one, and a table of two or more rows whose cells are mostly not
    links (a list of other pages is links; test24 r10's status box, dropped with its lights, was a
    table); otherwise two or more entries (paragraphs, items, rows), at least two thirds of them
    "label: value" with a label of at most five words.
    """
    if len(aside.find_all("dt")) >= 2:
        return True
    for table in aside.find_all("table"):
        cells = [c for row in table.find_all("tr")[:50] for c in row.find_all(["td", "th"], recursive=False)]
        said = [c for c in cells if c.get_text(strip=True) or c.find(True)]
        linked = [c for c in said if c.find("a") is not None]
        if len(table.find_all("tr", limit=2)) >= 2 and said and 2 * len(linked) < len(said):
            return True
    texts = [e.get_text(" ", strip=True) for e in aside.find_all(_ENTRIES) if not e.find(_ENTRIES)]
    texts = [t for t in texts if t]
    pairs = [t for t in texts if _LABELLED.match(t) and len(t.split(":", 1)[0].split()) <= 5]
    if len(pairs) >= 2 and 3 * len(pairs) >= 2 * len(texts):
        return True
    marked, fields = _marked_pairs(aside)
    return fields >= 2 and 3 * marked >= 2 * len(texts)


#: Elements that mark a label without a colon: bold text, a small heading, a term.
_LABEL_TAGS = ("strong", "b", "h3", "h4", "h5", "h6", "dt", "th")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _marked_pairs(aside: Tag) -> tuple[int, int]:
    """The entries of ``aside`` stated as a marked label and its value with no colon, and how many of their labels
    name a document field (fields.ttl: Rahoittaja, Toteutuspaikka, Finansiär ...): the label element first in its
    block and the value after it ("<p><strong>Rahoittaja</strong><br>STM</p>", test38 oi01), or the block right
    after it ("<div><h3>Toteutuspaikka</h3><p>Saarijärvi, …</p></div>", test34 oe01). A label has at most five
    words; a value is text, not mostly links (bold names over "Read more" links are a list of other pages). Bold
    titles of other projects, news headings or people's names over their descriptions name no field (R12-5); a field
    label written twice, or two headings that label no value (the aside's and a card's own title), make cards of other
    projects, not this page's box (R12-5b)."""
    from bs4 import NavigableString, Tag

    from hankegraafi.ingest.labels import match_field

    count = 0
    keys: list[str] = []
    labels: set[int] = set()
    for label in aside.find_all(_LABEL_TAGS, limit=200):
        said = label.get_text(" ", strip=True)
        if not said or len(said.split()) > 5 or said.endswith(":"):
            continue
        before = label.previous_sibling
        while isinstance(before, NavigableString) and not before.strip():
            before = before.previous_sibling
        if before is not None and label.name in ("strong", "b"):
            continue  # bold words inside a sentence, not a block's label
        after: list[Tag | NavigableString] = []
        for sibling in label.next_siblings:
            if isinstance(sibling, Tag) and sibling.name in _LABEL_TAGS:
                break
            if isinstance(sibling, (Tag, NavigableString)):
                after.append(sibling)
        text = " ".join(s.get_text(" ", strip=True) if isinstance(s, Tag) else s.strip() for s in after).strip()
        links = [a for s in after if isinstance(s, Tag) for a in ([s] if s.name == "a" else s.find_all("a"))]
        linked = sum(len(a.get_text(" ", strip=True)) for a in links)
        if any(isinstance(s, Tag) and s.find(_LABEL_TAGS) is not None for s in after):
            continue  # a title over labelled entries (a card's own name), no label itself
        if text and 2 * linked < len(text):
            count += 1
            labels.add(id(label))
            if match_field(said, marked=True) is not None:
                keys.append(said.casefold())
    titles = [h for h in aside.find_all(_HEADINGS, limit=50) if id(h) not in labels and h.get_text(strip=True)]
    # Cards of other projects (R12-5b): a label written twice, or the aside's heading and a card's own title.
    return count, 0 if len(set(keys)) < len(keys) or len(titles) >= 2 else len(keys)


def chrome(root: Tag) -> list[Tag]:
    """The elements of a page's chrome under ``root``: site header and footer, navigation,
    asides, search, dialogs and consent banners.

    A <header> or <footer> is the site's only when no <article>, <section> or <main>
    holds it (inside those it is the content's own title or byline, as HTML defines);
    an <aside> or a role="complementary" (but a fact box: :func:`fact_box`) or a landmark role (banner, navigation,
    contentinfo, complementary, search, dialog) is chrome wherever it stands. The walk is a stack, not recursion,
    and does not enter what it has found (pages nest thousands deep).
    """
    from bs4 import Tag

    found: list[Tag] = []
    stack: list[tuple[Tag, bool]] = [
        (child, root.name in _SECTIONING) for child in root.children if isinstance(child, Tag)
    ]
    while stack:
        tag, sectioned = stack.pop()
        name = tag.name
        role = str(tag.get("role") or "").strip().lower()
        classes: object = tag.get("class") or []
        listed: list[str] = [str(c) for c in classes] if isinstance(classes, list) else [str(classes)]
        words = [str(tag.get("id") or ""), *listed]
        aside = name == "aside" or role == "complementary"  # the element and the role HTML maps it to
        if (
            (role in _CHROME_ROLES and not (aside and fact_box(tag)))
            or name in ("dialog", "nav")
            or (aside and not fact_box(tag))
            or (name in ("header", "footer") and not sectioned)
            or str(tag.get("aria-modal") or "").lower() == "true"
            or any(_CONSENT.search(w) for w in words if w)
        ):
            # but the key of the page's marks, in a footer, the contentinfo landmark or an aside (R21-23)
            found += _unlegended(tag) if name == "footer" or role == "contentinfo" or aside else [tag]
            continue
        inner = sectioned or name in _SECTIONING
        stack.extend((child, inner) for child in tag.children if isinstance(child, Tag))
    return found


#: A footer's block read as a legend is short: a longer text is the site's.
_LEGEND_LONGEST = 400


def _legend(text: str) -> bool:
    """The text is a key of the page's light marks, no link in it: two marks or more, each with what it means, one
    meaning on plan and one a deviation ("Nuolet: ⬆ = etenee suunnitellusti, ➡ = pieni poikkeama, ⬇ = …")."""
    from hankegraafi.ingest.lightvalues import legend_meanings, legend_pairs

    if not text or len(text) > _LEGEND_LONGEST:
        return False
    pairs = legend_pairs(text)
    # As the document's legend reads it: a grade the vocabulary lacks takes its value by its place (R21-23).
    return len(pairs) >= 2 and set(legend_meanings(pairs).values()) >= {"on-plan", "deviation"} and _tells(text)


def _unlegended(block: Tag, depth: int = 0) -> list[Tag]:
    """What of a page's <footer> (its contentinfo, an aside) is the site's: all of it, but a block that keys the page's light marks
    (test47 or06: a status page's arrows ⬆ / ➡ / ⬇ per investment, keyed only in "<footer><small>Nuolet: ⬆ =
    etenee suunnitellusti, …</small></footer>"). The class: a report printed as a web page puts the key of its
    marks at its foot, as a paper report does under its table; the key has no link. The footer's other blocks
    (an address, the site's links) stay chrome; a footer without such a key, or a long or deep one, is chrome
    whole, as before."""
    from bs4 import Tag

    text = block.get_text(" ", strip=True)
    if len(text) > _FOOTER_LONGEST or depth > 4:
        return [block]
    if block.find(_BLOCKS) is None and _legend(_unlinked(block)):
        return block.find_all("a")  # the key stays; a link after it ("Lue lisää seurannasta") is the site's
    kids = [c for c in block.children if isinstance(c, Tag)]
    held = any(d.find(_BLOCKS) is None and _legend(_unlinked(d)) for d in block.find_all(True, limit=60))
    return [t for c in kids for t in _unlegended(c, depth + 1)] if kids and held else [block]


#: Elements that hold blocks of their own: a key is one block, its footer's other blocks (an address) the site's.
_BLOCKS = (
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "table",
    "section",
    "address",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
)


def _unlinked(block: Tag) -> str:
    """The block's text without its links' words: a key of marks with a link after it ("… K = kritisk avvikelse.
    <a>Mer om uppföljningen</a>") is a key still; a list of links is no key whatever its words."""
    return " ".join(t.strip() for t in block.find_all(string=True) if t.strip() and _outside_links(t, block))


def _outside_links(text: object, block: Tag) -> bool:
    """The string stands in no link inside ``block``."""
    parent = getattr(text, "parent", None)
    while parent is not None and parent is not block:
        if parent.name == "a":
            return False
        parent = parent.parent
    return not (parent is block and block.name == "a")


def keys_beside(soup: Tag, main: Tag) -> list[str]:
    """The keys of the page's marks that stand outside its marked content (<main>), in its footer, the
    contentinfo landmark or an aside: the reader, which reads only the marked content, reads these too.

    The class (R21-23's, outside <main>): a status page keys its table's letters or symbols at the foot of the
    page or in a sidebar ("<aside><p>J = i enlighet med planen, F = avvikande</p></aside>"); without the key
    the marks rate nothing. A block is a key as :func:`_unlegended` keeps one; the rest stays the site's."""
    out: list[str] = []
    landmarks = ("contentinfo", "complementary")
    for box in soup.find_all(lambda t: t.name in ("footer", "aside") or t.get("role") in landmarks, limit=20):
        if box is main or main in box.parents or box in main.parents:
            continue
        if len(box.get_text(" ", strip=True)) > _FOOTER_LONGEST:
            continue
        for block in [box, *box.find_all(True, limit=60)]:
            if block.find(_BLOCKS) is None and _legend(said := _unlinked(block)):
                out.append(said)
    return list(dict.fromkeys(out))


def _tells(key: str) -> bool:
    """The key explains a mark the vocabulary does not ("J", "F"): one of symbols that say themselves ("✅ …
    · ⚠️ … · ❌ …", test44 oo09) adds nothing, and its line of ticks would read as a list of goals met."""
    from hankegraafi.ingest.lightvalues import legend_meanings, legend_pairs, value_of

    marks = legend_meanings(legend_pairs(key))
    return any(value_of(mark) is None and mark.strip("\ufe0f") not in _SAYS_ITSELF for mark in marks)


#: Signs a reader takes by themselves beside a dimension, as the vocabulary's symbols: a warning, a tick, a cross.
_SAYS_ITSELF = frozenset("⚠✓✔✗✘")


#: A footer longer than this is the site's whole (a key of marks is a line or two).
_FOOTER_LONGEST = 4_000


__all__ = ["chrome", "fact_box", "keys_beside"]
