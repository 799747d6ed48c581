"""Regular expressions for contact details that must never be published.

The two patterns, joined as ``CONTACT_PATTERN``, are written into the SPARQL
of ``hgsh:NoContactDetailsShape`` in ``hankegraafi-shapes.ttl`` (a test keeps
them equal), so ingest can redact with exactly what validation rejects. They use no
backslashes and no look-around, so Python ``re``, XPath regex (SPARQL REGEX)
and Rust ``regex`` (Oxigraph) read them the same way.
"""

from __future__ import annotations

import re

_SPACE = "[ \u00a0\u202f]"  # space, no-break space, narrow no-break space
_SEP = "[ \u00a0\u202f-]"

#: An e-mail address, also the "name(at)domain.fi" spelling. Use case-insensitively.
EMAIL_PATTERN = "[a-z0-9äöå._%+-]+(@|[ ]?[(]at[)][ ]?)[a-z0-9-]+([.][a-z0-9-]+)*[.][a-z]{2,}"

# A national number starts with the trunk 0 and an area code of 1-3 digits,
# "(06)" in brackets or "040" bare; the digit run must not continue a number
# ("105 040 123 €" is an amount), hence the left context: start of text, or a
# non-digit followed by optional spaces. An international number is +358 or
# 00358, optionally "(0)", then the area code.
_NATIONAL = "(^|[^0-9 \u00a0\u202f])" + _SPACE + "*[(]?0[1-9][0-9]{0,2}[)]?"
_INTERNATIONAL = "(^|[^0-9])([+]|00)358" + _SEP + "?([(]0[)]" + _SEP + "?)?[1-9][0-9]{0,2}"
# The subscriber number: 5-8 digits in one run, or 2-4 groups of 2-4 digits.
_SUBSCRIBER = "([0-9]{5,8}|[0-9]{2,4}(" + _SEP + "[0-9]{2,4}){1,3})"
# The number ends at the end of text or a non-digit, but not at "-digit":
# "0201256-6" is a business ID (Y-tunnus), not a phone number.
_END = "($|[^0-9-]|-$|-[^0-9])"

#: A Finnish phone number: "040 123 4567", "+358 40 1234567", "(06) 123 4567".
PHONE_PATTERN = "(" + _NATIONAL + "|" + _INTERNATIONAL + ")" + _SEP + "?" + _SUBSCRIBER + _END

#: Either of the two: the pattern of ``hgsh:NoContactDetailsShape``. Use case-insensitively.
CONTACT_PATTERN = EMAIL_PATTERN + "|" + PHONE_PATTERN

_EMAIL = re.compile(EMAIL_PATTERN, re.IGNORECASE)
_PHONE = re.compile(PHONE_PATTERN)


def has_email(text: str) -> bool:
    """True if ``text`` holds something that reads as an e-mail address."""
    return _EMAIL.search(text) is not None


def has_phone(text: str) -> bool:
    """True if ``text`` holds something that reads as a Finnish phone number."""
    return _PHONE.search(text) is not None


def has_contact_details(text: str) -> bool:
    """True if ``text`` holds an e-mail address or a phone number."""
    return has_email(text) or has_phone(text)
