"""A web page's chrome: what a site puts around the content of every page.

A county's or Innokylä's page saved from a browser carries the site's banner,
navigation, search, cookie and consent dialogs, asides and footer around the
content. Their words name other counties, organisations and services and are no
fact of the page's project, so the HTML reader leaves them out. They are found by
element and ARIA role, as HTML defines them, never by their words: a <header> or
<footer> belongs to the site only outside <article>, <section> and <main>.
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


def chrome(root: Tag) -> list[Tag]:
    """The elements of a page's chrome under ``root``: site header and footer, navigation,
    asides, search, dialogs and consent banners.

    A <header> or <footer> is the site's only when no <article>, <section> or <main>
    holds it (inside those it is the content's own title or byline, as HTML defines);
    an <aside> or a landmark role (banner, navigation, contentinfo, complementary,
    search, dialog) is chrome wherever it stands. The walk is a stack, not recursion,
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
        if (
            role in _CHROME_ROLES
            or name in ("aside", "dialog", "nav")
            or (name in ("header", "footer") and not sectioned)
            or str(tag.get("aria-modal") or "").lower() == "true"
            or any(_CONSENT.search(w) for w in words if w)
        ):
            found.append(tag)
            continue
        inner = sectioned or name in _SECTIONING
        stack.extend((child, inner) for child in tag.children if isinstance(child, Tag))
    return found


__all__ = ["chrome"]
