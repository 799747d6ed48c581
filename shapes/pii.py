"""Contact details that must never be published: the one definition ingest, shapes and pages share.

Why one module: ingest redacts with :func:`redact`, the published-output check
(``server/pages/rdfout.py``, ``dumps.py``) withholds with
:func:`has_contact_details`, and ``hgsh:NoContactDetailsShape`` rejects with
``CONTACT_PATTERN``. When these were three pattern sets, ingest let through what
the shape rejected (a whole document lost) and the pages published what neither
knew.

How text is read. The Python side first *folds* the text, one character at a
time so that every folded character still points at its place in the original:
NFKC (fullwidth ``＠``/``０``-``９``, small ``﹫``, ``．``, no-break spaces),
every dash (``‑`` ``–`` ``—`` ``−`` …) to ``-``, every space to `` ``, the
fraction and division slashes to ``/``, any decimal digit of any script to its
ASCII digit (so fullwidth and other digits *are* numbers), format characters
(zero-width space, soft hyphen) and combining marks dropped, lower case. One
grammar is then matched on the folded text.

The same grammar is rendered a second time as ``CONTACT_PATTERN`` for the
SHACL shape, which cannot fold: its character classes list the raw variants
instead (each of which folds to the Python class), it has no look-around and
no backslash (Python ``re`` in rdflib, Rust ``regex`` in Oxigraph and XPath
read it alike), and where it cannot say what Python says it says less: it has
no ``[at]``/``[dot]`` (a literal ``[`` needs a backslash), no bare `` at ``
(Python checks that one against English phrases), and it takes only listed
characters as the context of a number. So whatever the shape finds, the Python
side finds too (a property test checks it), and a document ingest redacted is
never rejected. The Python side is the authority; the shape is the safety net.

Written forms covered (see ``tests/shapes/test_contact_forms.py``):

* Finnish national numbers ``0`` + area code of 1-3 digits (``040``, ``050``,
  ``09``, ``(09)``, ``013``, ``0800``, ``0100``, ``020``, ``010`` …), then a
  subscriber part starting 1-9: one run of 5-8 digits, 2-4 groups of 2-4 digits,
  or dotted groups of 3-4 digits (``040.123.4567``; never ``5.12.2024``).
* ``+358``/``00358`` with optional ``(0)`` or a kept ``0``; other countries'
  ``+CC`` numbers whose last group is not three digits (so ``+1 234 567 €`` is
  an amount); separators space of any width, hyphen or dash of any kind,
  slash, dot (Finnish numbers), optionally spaced.
* E-mail addresses with ``@``, ``(at)``, ``[at]``, ``{at}``, ``(a)``, ``(ät)``,
  ``[ät]``, `` at ``/`` ät `` (bare: not after "available", "more" …, nor before
  ``www.``), spaces inside and around the brackets, ``(dot)``/``[dot]``/`` dot ``
  and ``(piste)`` for dots, an optional ``mailto:``.

Not a number: amounts (``105 040 123 €``, ``1 234 567``), dates and periods,
clock times, plan codes, business IDs (``0201256-6``), postal codes, decimal
numbers, diary numbers (``VN/1234/2022``): a number must not continue digits
on its left (through up to three separators) nor go on with ``-digit``,
``.digit``, ``,digit`` or ``/digit`` on its right.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

EMAIL_REPLACEMENT = "[sähköposti poistettu]"
PHONE_REPLACEMENT = "[puhelinnumero poistettu]"

# Raw characters the shape's classes accept beside the folded ASCII ones; each folds to it.
_SPACES = "\u00a0\u2007\u2009\u202f\u3000"  # no-break, figure, thin, narrow no-break, ideographic
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\uff0d"  # hyphen, non-breaking hyphen, dashes, minus
_SLASHES = "\u2044\u2215\uff0f"
_EXTRA_FOLD = {"\u2212": "-", "\u2044": "/", "\u2215": "/", "\u3002": ".", "\uff61": "."}


@dataclass(frozen=True)
class _Dialect:
    """How the grammar's symbols are written: for folded text (Python) or raw text (SHACL).

    Each class is (members, with a literal hyphen): members are characters or
    ``x-y`` ranges; the hyphen is put last so that it is never read as a range.
    """

    python: bool
    classes: dict[str, tuple[str, bool]]

    def lit(self, digits: str) -> str:
        """Literal digits: as such for folded text, each with its fullwidth form for raw text."""
        if self.python:
            return digits
        return "".join(f"[{ch}{chr(ord(ch) + 0xFEE0)}]" for ch in digits)

    def c(self, *names: str, negate: bool = False) -> str:
        """A bracket expression of the union of the named classes (or of all else, ``negate``)."""
        body = "".join(self.classes[n][0] for n in names)
        hyphen = any(self.classes[n][1] for n in names)
        if not self.python:
            assert not set(body) & set('\\[]^"'), body
        return "[" + ("^" if negate else "") + body + ("-" if hyphen else "") + "]"


_PYTHON = _Dialect(
    python=True,
    classes={
        "digit": ("0-9", False),
        "nz": ("1-9", False),
        "space": (" ", False),
        "dashslash": ("/", True),
        "hyphen": ("", True),
        "dot": (r"\.", False),
        "plus": (r"\+", False),
        "lp": (r"\(", False),
        "rp": (r"\)", False),
        "at": ("@", False),
        "letter": ("a-z", False),
        "fi": ("äöå", False),
        "local": ("._%+_", True),
        "skip": (r" ,\./", True),
    },
)
_SHAPE = _Dialect(
    python=False,
    classes={
        "digit": ("0-9\uff10-\uff19", False),
        "nz": ("1-9\uff11-\uff19", False),
        "space": (" " + _SPACES, False),
        "dashslash": (_DASHES + "/" + _SLASHES, True),
        "hyphen": ("", True),
        "dot": (".\u2024\uff0e", False),
        "plus": ("+\uff0b", False),
        "lp": ("(\uff08", False),
        "rp": (")\uff09", False),
        "at": ("@\uff20\ufe6b", False),
        "letter": ("a-z\uff41-\uff5a", False),
        "fi": ("äöå", False),
        "local": ("._%+_", True),
        "punct": (":;!?()'*>\uff1a", False),
        "skip": (" " + _SPACES + ",./" + _SLASHES + _DASHES, True),
    },
)


def _phone(d: _Dialect) -> str:
    """The phone-number grammar, with its left and right context, in dialect ``d``."""
    D, NZ, SP, DS, DOT = d.c("digit"), d.c("nz"), d.c("space"), d.c("dashslash"), d.c("dot")
    LP, RP, PLUS = d.c("lp"), d.c("rp"), d.c("plus")
    sep = f"({SP}?{DS}{SP}?|{SP})"  # between groups: a space, or a dash or slash, spaced or not
    sepo = f"({SP}?({DS}|{DOT}){SP}?|{SP})?"  # between a prefix and the rest: also a dot, or nothing
    area = f"{NZ}{D}{{0,2}}"
    dotted = f"{NZ}{D}{{2,3}}({DOT}{D}{{3,4}}){{1,2}}"  # dotted groups of 3-4, never a date: 123.4567
    subscriber = (
        f"({NZ}{D}{{4,7}}"  # one run: 1234567
        f"|{NZ}{D}{{1,3}}({sep}{D}{{2,4}}){{1,3}}"  # groups: 123 4567, 12 34 567
        f"|{dotted})"
    )
    zero = d.lit("0")
    # After a trunk prefix, a dot is followed by dotted groups only: "040.123.4567" is a
    # number, "02.843336" is the seconds of a timestamp ("09:41:02.843336").
    sep_nodot = f"({SP}?{DS}{SP}?|{SP})?"
    national = f"({LP}{zero}{area}{RP}|{zero}{area})"
    finnish = f"({PLUS}|{d.lit('00')}){d.lit('358')}{sepo}({LP}{zero}{RP}{sepo}|{zero})?{area}"
    other = (
        f"{PLUS}{NZ}{D}{{0,2}}{sepo}({LP}{zero}{RP}{sepo})?"
        f"({D}{{6,12}}|({D}{{1,4}}{sep}){{1,4}}({D}{{4,10}}|{D}{{1,2}}))"  # the last group is not 3 digits
    )
    core = f"({national}({sep_nodot}{subscriber}|{DOT}{dotted})|{finnish}{sepo}{subscriber}|{other})"
    if d.python:
        skip = d.c("skip")
        left = rf"(?<!\w)(?<!{D}{skip})(?<!{D}{skip}{{2}})(?<!{D}{skip}{{3}})"
        right = rf"(?!{D})(?![-.,/]{D})"
        return left + core + right
    skip, punct, letter = d.c("skip"), d.c("punct"), d.c("letter", "fi")
    quiet = d.c("space", "letter", "fi") + "|" + punct  # what may follow a number in the shape
    left = f"(^|{punct}|{letter}{skip}){skip}{{0,3}}"
    right = f"($|{quiet}|[-,./]($|{quiet}))"
    return left + core + right


_DOT_WORDS = ("dot", "piste")
_AT_WORDS = ("at", "ät", "@")


def _email(d: _Dialect) -> str:
    """The e-mail grammar in dialect ``d``; only the Python one knows square brackets and bare words."""
    SP, AT, LP, RP = d.c("space"), d.c("at"), d.c("lp"), d.c("rp")
    word = d.c("letter", "fi", "digit", "local")
    # Bounded (RFC 5321: 64 and 63) so that a long run of word characters costs linear time
    # even where the shape, having no look-behind, tries a match at each of its characters.
    label = d.c("letter", "fi", "digit", "hyphen") + "{1,63}"
    if d.python:
        opens, closes = r"[(\[{<]", r"[)\]}>]"
        ats = "|".join(_AT_WORDS)
    else:
        opens, closes = f"({LP}|[{{\uff5b])", f"({RP}|[}}\uff5d])"
        ats = "at|ät"
    bracketed_at = f"{opens}{SP}?({ats}|{AT}){SP}?{closes}"
    at = f"{SP}?({AT}|{bracketed_at}|{LP}a{RP}){SP}?"
    dot_in = f"{SP}?{opens}{SP}?({'|'.join(_DOT_WORDS)}){SP}?{closes}{SP}?"
    if d.python:
        at = f"({at}|(?P<bare> (at|ät) ))"
        dot_any = f"({d.c('dot')}|{dot_in}| dot )"
        mailto = "(?<![a-z0-9])mailto: ?"
    else:
        dot_any = f"({d.c('dot')}|{dot_in})"
        mailto = ""
    # A local part starts where a run of its characters starts, which keeps the search linear:
    # by look-behind in Python, by a consumed character in the shape (whose local part is bounded,
    # so that whatever it finds, Python's unbounded one finds from the same or an earlier start).
    if d.python:
        local = rf"({mailto}|(?<![a-z0-9äöå._%+_-])){word}+(({dot_in}| dot ){word}+){{0,4}}"
    else:
        local = f"(^|{d.c('letter', 'fi', 'digit', 'local', negate=True)}){word}{{1,64}}({dot_in}{word}{{1,64}}){{0,4}}"
    tld = d.c("letter") + "{2,}"
    return f"{local}{at}{label}({dot_any}{label}){{0,8}}{dot_any}{tld}"


#: The e-mail grammar as the SHACL shape writes it (raw text, flag "i").
EMAIL_PATTERN = _email(_SHAPE)
#: The phone grammar as the SHACL shape writes it (raw text).
PHONE_PATTERN = _phone(_SHAPE)
#: Either of the two: the pattern of ``hgsh:NoContactDetailsShape``. Use case-insensitively.
CONTACT_PATTERN = EMAIL_PATTERN + "|" + PHONE_PATTERN

_EMAIL = re.compile(_email(_PYTHON))
_PHONE = re.compile(_phone(_PYTHON))
_BARE_AT = re.compile(r" (at|ät) ")
# Words after which " at example.fi" is English prose about a web site, not an obfuscated address.
_PROSE_BEFORE_AT = frozenset(
    {
        *("available", "online", "more", "information", "found", "published", "here", "there", "read"),
        *("see", "look", "visit", "located", "accessible", "hosted", "viewed", "downloaded", "website"),
        *("site", "page", "us", "them", "is", "are", "was", "were", "be", "been"),
    }
)


@functools.cache
def _fold_char(ch: str) -> str:
    """What one character reads as when contact details are looked for (may be empty)."""
    out = []
    for c in unicodedata.normalize("NFKC", _EXTRA_FOLD.get(ch, ch)).lower():
        c = _EXTRA_FOLD.get(c, c)
        cat = unicodedata.category(c)
        if c.isspace() or cat == "Zs":
            out.append(" ")
        elif cat == "Pd":
            out.append("-")
        elif cat in ("Cf", "Mn", "Me"):
            continue
        elif c.isdecimal():
            out.append(str(unicodedata.decimal(c)))
        else:
            out.append(c)
    return "".join(out)


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` folded, and for each folded character the index of the character it came from."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    folded = [_fold_char(ch) for ch in text]
    lengths = list(map(len, folded))
    if lengths.count(1) == len(lengths):  # the common case (ä, ö, å): one character each
        return "".join(folded), list(range(len(text)))
    origin: list[int] = []
    for i, n in enumerate(lengths):
        origin.extend([i] * n)
    return "".join(folded), origin


def _bare_at_is_prose(m: re.Match[str]) -> bool:
    """A bare " at " that reads as English prose ("available at thl.fi"), not an address."""
    if m.group("bare") is None:
        return False
    before = m.string[m.start() : m.start("bare")].rsplit(".", 1)[-1]
    return before in _PROSE_BEFORE_AT or m.string.startswith("www.", m.end("bare"))


def _spans(
    folded: str, regex: re.Pattern[str], reject: Callable[[re.Match[str]], bool]
) -> list[tuple[int, int]]:
    """The matches of ``regex`` in ``folded`` that ``reject`` lets stand, as (start, end)."""
    spans = []
    pos = 0
    while (m := regex.search(folded, pos)) is not None:
        if reject(m):
            pos = m.start() + 1
            continue
        spans.append((m.start(), m.end()))
        pos = max(m.end(), m.start() + 1)
    return spans


#: The characters of a hexadecimal digest, as folded text writes them.
_HEX = frozenset("0123456789abcdef")
#: A run of this many hexadecimal characters is a digest or a key (a SHA-256, a stored answer's
#: IRI), not prose: no phone number is written as 16 letters and digits without a separator.
_DIGEST = 16


def _inside_digest(m: re.Match[str]) -> bool:
    """A number that is the head of a hexadecimal digest ("079049241a97f4c9…"), not a phone number.

    Digests start with digits about one time in ten in a way the phone grammar reads; a
    number followed by a letter is kept unless the whole unbroken run of hexadecimal
    characters around it is digest-long.
    """
    text, start, end = m.string, m.start(), m.end()
    if end >= len(text) or text[end] not in _HEX or not set(text[start:end]) <= _HEX:
        return False
    while start > 0 and text[start - 1] in _HEX:
        start -= 1
    while end < len(text) and text[end] in _HEX:
        end += 1
    return end - start >= _DIGEST


def find(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` holds contact details: (start, end, "email" | "phone"), in ``text``'s own indices."""
    folded, origin = fold(text)
    found: list[tuple[int, int, str]] = []
    for kind, regex, reject in (("email", _EMAIL, _bare_at_is_prose), ("phone", _PHONE, _inside_digest)):
        for start, end in _spans(folded, regex, reject):
            found.append((origin[start], origin[end - 1] + 1, kind))
    found.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in found:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(end, last[1]), last[2])
        else:
            merged.append((start, end, kind))
    return merged


def redact(text: str) -> str:
    """``text`` with every e-mail address and phone number replaced by a placeholder."""
    for _ in range(3):  # a replacement cannot build a new one, but make sure
        spans = find(text)
        if not spans:
            return text
        out = []
        pos = 0
        for start, end, kind in spans:
            out.append(text[pos:start])
            out.append(EMAIL_REPLACEMENT if kind == "email" else PHONE_REPLACEMENT)
            pos = end
        out.append(text[pos:])
        text = "".join(out)
    return text


def has_email(text: str) -> bool:
    """True if ``text`` holds something that reads as an e-mail address, in any written form."""
    return any(kind == "email" for _s, _e, kind in find(text))


def has_phone(text: str) -> bool:
    """True if ``text`` holds something that reads as a phone number, in any written form."""
    return any(kind == "phone" for _s, _e, kind in find(text))


def has_contact_details(text: str) -> bool:
    """True if ``text`` holds an e-mail address or a phone number: what pages and dumps withhold."""
    return bool(find(text))


def turtle_literal(pattern: str = CONTACT_PATTERN) -> str:
    """``pattern`` as it is written inside the shapes file: non-ASCII as ``\\uXXXX`` escapes."""
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch):04X}" for ch in pattern)
