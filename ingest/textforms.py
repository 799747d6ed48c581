"""One spelling for text that reads the same: what every reader's lines become before facts are read.

A person reading a document sees letters, not code points, and the same letters reach a
reader in several spellings that the fact readers, the vocabularies and the names' keys
(all written in composed letters without invisible characters) take for different words:

* **Decomposed letters** (Unicode NFD): ``a`` + U+0308 for ``ä``, as macOS exports, some PDF
  text layers and copy-paste from them write Finnish and Swedish. Made composed (NFC).
* **Format characters** (Unicode general category Cf): the soft hyphen (``&shy;`` of web pages
  that break long compounds, Word's optional hyphen), zero-width space and joiners, the word
  joiner, a byte-order mark inside the text (files joined together), the directional marks,
  embeddings, overrides and isolates, tag characters. None has a glyph: removed, so that
  ``hyvin&shy;vointi&shy;alue`` is the word a reader sees. The directional overrides also
  reorder what follows them when a page shows the value (U+202E made ``gnp.exe`` read
  ``exe.png``); a document in Finnish, Swedish or English never needs them.
* **Spaces of other widths** (em, en, thin, figure, ideographic, ogham; U+2028, U+2029, U+0085): a space, then
  collapsed with the others; a run of them met the readers' ``\\s``-patterns whole (stop 41). U+00A0 and U+202F,
  which group a sum's digits, stay.
* **Hyphens of other code points** (U+2010, U+2011 and a soft hyphen standing for one): the ASCII hyphen.
* **Latin typographic ligatures** (``ﬁ``, ``ﬂ``, ``ﬀ``…: a PDF font's glyph for two or three
  letters, whose Unicode decomposition is ``<compat>`` to those letters): the letters.

Measured on the bundled samples rewritten in each form (tests/reliability/test_text_forms.py):
before this, decomposed letters lost 7-20 % of a document's triples and soft hyphens or
zero-width spaces up to half (a project's name and its parts no longer matched their labels).

A file's name is a name, not text to read: a format character in it is shown as U+FFFD
(:func:`file_name_of`), as a control character is, so that it stays one name, tells where
something was, and cannot turn round the rest of a page or a terminal line.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from hankegraafi.xmlchars import marked


@lru_cache(maxsize=4096)
def _replacement(char: str) -> str | None:
    """What a character becomes in read text: ``""`` (a format character), its letters (a
    compatibility ligature), ``-`` (a hyphen of another code point), or None (kept)."""
    if char in _HYPHENS:
        return "-"
    if unicodedata.category(char) == "Cf":
        return ""
    if char in _ODD_SPACES:
        return " "
    if unicodedata.decomposition(char).startswith("<compat>") and "LIGATURE" in unicodedata.name(char, ""):
        return unicodedata.normalize("NFKC", char)
    return None


#: Space characters of other widths (em, en, thin, ideographic, ogham, medium mathematical) and the line and
#: paragraph separators: a space. The fact readers' patterns take ``\s`` for them but only U+0020 (and the
#: grouping spaces U+00A0, U+202F, kept) is collapsed, so a run of em spaces met ``\s*:?\s+``-shaped patterns
#: in time cubic in its length (stop 41, R2: 1600 em spaces in one line, 10.8 s).
_ODD_SPACES = frozenset(
    "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000\u2028\u2029\x85"
)


#: Hyphens of other code points: U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN (Word's Ctrl+Shift+-), which a name
#: holds where the vocabularies write U+002D ("Etelä\u2011Savon hyvinvointialue", "Mänttä\u2011Vilppula", "X \u2011hanke";
#: R19-26): the ASCII hyphen. (An en dash stays: between two words it is a range or a pair, "Kerava–Vantaa".)
_HYPHENS = frozenset("\u2010\u2011")
#: A soft hyphen where a hyphen is seen, not a break inside a word: between a lower-case letter and a capital
#: ("Etelä\u00adSavon") or after a space before a letter ("kuntoon \u00adhanke"). Elsewhere it is removed: inside a
#: word ("hyvin\u00advointi\u00adalue") and inside a word in capitals ("KUN\u00adTOON", R20's pin).
_SOFT_FOR_HYPHEN = re.compile(r"(?<=[a-zåäö])\u00ad(?=[A-ZÅÄÖ])|(?<= )\u00ad(?=[^\W\d_])")


#: A character an Office or SharePoint export escaped in a name as XML does ("Henkil_x00f6_st_x00f6_",
#: "Aikataulu_x0020_tila"): XmlConvert's _xHHHH_ (the BMP only; what a column's internal name holds).
_XML_NAME_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescaped(found: re.Match[str]) -> str:
    character = chr(int(found.group(1), 16))
    return character if character.isprintable() else found.group(0)


def as_read(text: str) -> str:
    """``text`` in the one spelling the fact readers read: composed letters (NFC), no format
    characters, ligatures as their letters, a SharePoint or Excel export's escaped names as the
    names they escape ("Henkil_x00f6_st_x00f6__x0020_tila": "Henkilöstö tila"; test27 i18). Text that
    is already so comes back as it is."""
    if "_x" in text:
        text = _XML_NAME_ESCAPE.sub(_unescaped, text)
    if text.isascii():
        return text
    if "\u00ad" in text:
        text = _SOFT_FOR_HYPHEN.sub("-", text)  # "Etelä\u00adSavon", "kuntoon \u00adhanke": a hyphen's place
    table = {ord(c): r for c in set(text) if c > "\x7f" and (r := _replacement(c)) is not None}
    if table:
        text = text.translate(table)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def file_name_of(path: Path) -> str:
    """The file name as text: bytes that are not UTF-8 (kept by the OS as surrogate escapes, which
    no RDF serialiser can write), control characters (no XML answer can hold them; a line break or
    tab, legal in a Linux name, would print a name across lines and fake another file's outcome
    line) and format characters (invisible, or turning round the text after them) become U+FFFD."""
    name = marked(os.fsencode(path.name).decode("utf-8", "replace")).translate(_ONE_LINE)
    if name.isascii():
        return name
    return "".join("\ufffd" if unicodedata.category(c) == "Cf" else c for c in name)


#: The controls XML allows (``marked`` keeps them) that a name on one line cannot hold.
_ONE_LINE = str.maketrans({"\n": "\ufffd", "\r": "\ufffd", "\t": "\ufffd"})


__all__ = ["as_read", "file_name_of"]
