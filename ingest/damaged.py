"""Reading damaged documents: text in the wrong encoding, and the part of a document cut short.

Kept apart from the readers (ingest/readers.py), which call these when a file
is not whole: each function returns what can be read and says what was wrong,
so that the reader warns instead of refusing the document or garbling it.

The classes of damage, in every format (text, Markdown, HTML, PDF, DOCX) unless said:
stray cp1252/latin-1 bytes in a UTF-8 text or page (read as cp1252 there); a whole text
in an 8-bit encoding (decoded by the letters Finnish and Swedish have); text encoded
twice ("Ã¤" for "ä", "â€“" for "–": repaired); replacement characters U+FFFD left by
an earlier conversion (kept, with a warning: the letters are lost); a text cut in the
middle of a sentence, a word, a table row or a list; and a PDF or page cut off in its
bytes. Every warning about an encoding says "mis-encoded"; every one about a cut says
"cut short" or "truncated".
"""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from collections import Counter
from pathlib import Path

from hankegraafi.ingest.namecuts import _CLOSING as CLOSING  # one list of closings (N6 owns it)

#: The csv module refuses a field over 131 072 characters by default: a document's one long line (a pasted
#: description, a sheet's cell) then raised out of the extraction (facts/delimited reads every row with it) and
#: the document was not ingested, or read here as cut short (red team R15-5). The reader already bounds a
#: document's size (``max_bytes``), so a field may be as long as a document. Set here, where the readers first
#: import csv's users.
csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))

HTML_END = re.compile(rb"</\s*(?:body|html)\s*>", re.I)
_SENTENCE_END = re.compile(r"""[.!?:;)\]"'”»…%€]$""")
_OPEN_END = re.compile(
    r"(?:[,(/&+]|\w[-–]|\s[-–]|\b(?:ja|sekä|tai|eli|että|jotta|kun|koska|mutta|vaikka|jos|kuin|joka|jonka|jotka"
    r"|sillä|och|samt|eller|att|men|medan|eftersom|som|om|när|då|för|med|av|and|or|the|of|to|but|while|because"
    r"|which|that|with|for|by|as))$",
    re.I,
)
_LIST_ITEM = re.compile(r"^\s*(?:[-•·*–]|\d{1,2}[.)]|\(?[a-zåäö]\))\s")
#: "Lisätietoja: …", "Kuva: …", "Päivitetty 2.1.2025": a field's value needs no full stop.
_FIELD = re.compile(r"^\W*[\w][\w ./()-]{0,40}:\s*\S")
#: A page's number alone on its line: "3", "3/5", "Sivu 3 (5)", "- 3 -", "Page 3 of 5".
_PAGE_MARK = re.compile(r"\W*(?:(?:sivu|sida|page|s\.)\s*)?\d{1,3}(?:\s*(?:/|\(|of|av)\s*\d{1,3}\)?)?\W*", re.I)
#: The first cell of a table's total row, which a page may write with fewer cells than the rows above.
_TOTAL = re.compile(r"^\W*(?:yhteensä|kaikki yhteensä|summa|totalt|sammanlagt|total)\b", re.I)
#: A footer or a navigation line: three or more items joined by middle dots or bars, or items joined
#: by a spaced middle dot, which running text does not use ("… uutiskirjeen. Peru tilaus · Kymenlaakson
#: hyvinvointialue, Kotka": an e-mail's footer, test25 l14).
_CHROME = re.compile(r"^[^·|•]+(?:\s[·|•]\s[^·|•]+){2,}$|^[^·]+(?:\s·\s[^·]+)+$")
_SEPARATORS = (":", "=>", "->", "→", "...", "…")


def _empty_field(last: str) -> bool:
    """A field left empty after any separator: "Lisätietoja: -", "10. Lisätietoja => -", "Muuta\t–".

    Read from the line's end, not by a pattern searched from every tab: a separator-then-spaces
    pattern tried at each of 60 000 tabs had taken 36 s of CPU (quadratic backtracking).
    """
    text = last.rstrip()
    if not text or text[-1] not in "-–—":
        return False
    before = text[:-1].rstrip(" ")
    return before.endswith("\t") or before.rstrip().endswith(_SEPARATORS)


#: A whole date or a whole number at the end of a row: "Viimeksi muokattu 27.01.2025".
_WHOLE_DATE_END = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}$")
#: A number cut inside its thousands ("41 0" under "351 204"): its last group is short.
_SHORT_GROUP = re.compile(r"^\d{1,3}(?: \d{3})* \d{1,2}$")
_WHOLE_GROUPS = re.compile(r"^\d{1,3}(?: \d{3})+$")
#: A contact or address line (an e-mail, a web address, a phone number) ends as it likes.
_CONTACT = re.compile(r"@|https?://|\bwww\.|\b(?:puh|p|tel|tfn|phone)\b\.?\s*[+\d]|\+358", re.I)


def _cells(line: str) -> int:
    """The number of tab-separated cells of a line, empty cells at its end included."""
    return line.rstrip(" ").strip("\n").count("\t") + 1


def _stands_apart(lines: list[str]) -> bool:
    """Whether the last filled line follows an empty line while the three filled lines above it stand together.

    A table whose every row is set apart by an empty line (some readers write one) keeps its rows: then the
    last line is compared with them as before.
    """
    filled = [k for k, line in enumerate(lines) if line.strip()][-4:]
    if len(filled) < 4:
        return False
    return filled[3] - filled[2] > 1 and filled[2] - filled[1] == 1 and filled[1] - filled[0] == 1


def _delimited_end(rows: list[str]) -> str | None:
    """Whether a delimited export's last row is whole, from the rows as the ``csv`` module parses them.

    A trailing delimiter is an empty last cell (Excel writes one for every empty cell at a row's
    end), not a sentence left open; the row is cut only when it has fewer cells than the rows
    above it or its last cell opens a quote that never closes. "whole", "cut" or None (the rows
    are not one delimited table: the text's other signs decide).
    """
    tail = rows[-4:]
    for delimiter in (";", ",", "\t", "|"):
        if not all(delimiter in row for row in tail[:-1]):
            continue
        try:
            parsed = list(csv.reader(tail, delimiter=delimiter, strict=True))
        except csv.Error:
            return "cut"  # a quoted cell left open at the end
        widths = [len(fields) for fields in parsed]
        if len(set(widths[:-1])) == 1 and widths[0] >= 2:
            return "whole" if widths[-1] >= widths[0] else "cut"
    return None


def cut_short(lines: list[str], cells: list[int] | None = None, *, delimited: bool = False) -> str | None:
    """How the text's last line shows the document was cut short, or None when it ends as texts do.

    A heading, a signature, a date, a page number, a contact line, a field or a list
    item ends without a full stop, so only plain signs count: a last line ending in a
    comma, a hyphen or a conjunction; a table row with fewer cells than the rows above
    it; the last item of a list whose other items end with a full stop; a last
    sentence of eight or more words with no end punctuation after prose that had one;
    or a last line that goes on from a sentence left open on the line before it
    ("… osaksi kotihoidon" / "perustoimintaa Oulussa ja Raah").

    ``cells``: the cell counts of the last three rows as the source wrote them, when the
    reader's lines lost empty cells at their ends (a text export's trailing tabs); an empty
    list when the source cannot show them at all (a PDF's empty last column is no gap): a
    row is then cut by its open end only, not by its number of cells.

    A page number or a running header or footer (a line of two or more words that stands
    more than once) after the text is not where the text ends: it is looked past.
    """
    # Each line's stripped text, its filled lines and how often each stands, once: looking past
    # repeated last lines one at a time had counted every line again per step (16 000 repeated
    # lines: 28 s of CPU, quadratic).
    stripped = [line.strip() for line in lines]
    filled = [k for k, text in enumerate(stripped) if text]
    stands = Counter(text for text in stripped if text)
    end, left = len(lines), len(filled)
    while left > 3:
        tail = stripped[filled[left - 1]]
        running = len(tail.split()) >= 2 and stands[tail] > 1
        if not (_PAGE_MARK.fullmatch(tail) or running):
            break
        end, left = filled[left - 1], left - 1
    if end < len(lines):
        lines, cells = lines[:end], (None if cells else cells)
    rows = [line for line in lines if line.strip()]
    if len(rows) < 3:
        return None
    last = rows[-1].strip()
    if not re.search(r"\w", last) or _empty_field(last):
        return None  # "-" under a heading or after a label: a section left empty, not a cut
    if _CHROME.match(last):
        return None  # a page's footer or navigation, not the text's last sentence
    if any(CLOSING.match(row) for row in rows[-6:-1]):
        return None  # a message's signature after its closing ("Best regards," / name / office)
    # A last line an empty line sets apart from a table whose rows stand together may be no row of that table
    # (a key "Merkit: + = …" or a sum "Återbetalas till SHM<TAB>63 721,75 €" under it): a table's signs may
    # then say it is whole, not that it is cut; the other signs decide (test48 os13, test50 ou07).
    apart = _stands_apart(lines)
    end_of_table = _delimited_end(rows) if delimited else None
    if end_of_table == "whole" or (end_of_table == "cut" and not apart):
        return "in the middle of a table row" if end_of_table == "cut" else None
    piped = [r.strip() for r in rows[-3:]]
    markdown = all(r.startswith("|") for r in piped) and all(r.endswith("|") for r in piped[:2])
    if markdown and (not piped[2].endswith("|") or piped[2].count("|") < piped[1].count("|")) and not apart:
        return "in the middle of a table row"  # a Markdown table's row without its closing cells
    table = [_cells(r) for r in rows[-3:]]
    if table[0] == table[1] >= 2 and 2 <= table[2] <= table[1]:
        kept = cells if cells and len(cells) == 3 and cells[0] == cells[1] else table
        short = cells != [] and kept[2] < kept[1] and not _TOTAL.match(last)  # a total row is written short
        short = short and not _WHOLE_DATE_END.search(last)  # a dated line after the table
        above, below = rows[-2].split("\t")[-1].strip(), last.split("\t")[-1].strip()
        broken = table[2] == table[1] and _SHORT_GROUP.match(below) and _WHOLE_GROUPS.match(above)
        # a last cell that is one word is an answer, not a sentence left open: "Kan anhöriga …?<TAB>Ja" ("ja" is
        # also Finnish "and"; tune u1004), "Nej", "Och" as a name
        open_end = _OPEN_END.search(last) and len(below.split()) >= 2
        if not (short or broken or open_end) or not apart:
            return "in the middle of a table row" if short or broken or open_end else None
    if _OPEN_END.search(last) and ("\t" not in last or len(last.split("\t")[-1].split()) >= 2):
        return "in the middle of a sentence"  # but a row's last cell of one word is an answer ("…?<TAB>Ja")
    if _LIST_ITEM.match(last):
        items = list(itertools.takewhile(lambda r: bool(_LIST_ITEM.match(r)), reversed(rows[:-1])))
        if (
            len(items) >= 2
            and all(_SENTENCE_END.search(r.rstrip()) for r in items)
            and not _SENTENCE_END.search(last)
        ):
            return "in the middle of a list item"
        return None
    if re.search(r"(?:\d|€|euroa?|kpl|%|\|)$", last, re.I) or _FIELD.match(last) or _CONTACT.search(last):
        return None  # a sum, a date, a page number, a closed table row, a field or a contact line
    # A last line of eight or more words without an end: cut, when the prose before it ended its
    # sentences or there was no prose to go by (a report of tables and short lines whose one
    # paragraph at the end stops mid-word). A heading or a name of that length is rare.
    prose = [r for r in rows[:-1] if len(r.split()) >= 8 and not re.search(r"[\t|]", r)]
    if (
        len(last.split()) >= 8
        and not _SENTENCE_END.search(last)
        and not re.search(r"[\t|]", last)
        and sum(1 for r in prose if _SENTENCE_END.search(r.rstrip())) >= len(prose) / 2
    ):
        return "in the middle of a sentence"
    at = max(k for k, line in enumerate(lines) if line.strip())
    before = lines[at - 1].strip() if at else ""
    if (
        len(before.split()) >= 6
        and not re.search(r"[\t|]", before)  # a table row wrapped onto the next line is no sentence
        and not _LIST_ITEM.match(before)  # nor a list item, which needs no full stop
        and not _SENTENCE_END.search(before)
        and last[:1].islower()
        and not _SENTENCE_END.search(last)
    ):
        return "in the middle of a sentence"  # a wrapped sentence whose last part is cut
    return None


def utf8_with_stray_bytes(data: bytes, where: Path, warnings: list[str] | None) -> str | None:
    """``data`` as UTF-8 with each invalid byte read as cp1252, or None when it is not UTF-8 at all.

    It is UTF-8 when it has valid multi-byte sequences, at least one for every ten
    stray bytes: a text in an 8-bit encoding forms one only by chance (a capital
    with a grave accent before a typographic quote), among many stray bytes.
    A multi-byte sequence cut off at the very end means the text was cut short.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    valid = sum(1 for c in text if c > "\x7f" and not "\udc80" <= c <= "\udcff")
    if valid == 0 or valid < stray // 10:
        return None
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    for char in text:
        if "\udc80" <= char <= "\udcff":
            byte = ord(char) - 0xDC00
            offsets.append(position)
            decoded = bytes([byte]).decode("cp1252", errors="replace")
            out.append(decoded)
            position += 1
        else:
            out.append(char)
            position += len(char.encode("utf-8"))
    # A multi-byte sequence cut off at the very end: its lead byte and 0-2 continuation bytes.
    tail = 0
    for k in (1, 2, 3):
        if k <= len(data) and data[-k] >= 0xC0 and all(0x80 <= b < 0xC0 for b in data[len(data) - k + 1 :]):
            tail = k if set(range(len(data) - k, len(data))) <= set(offsets) else 0
            break
    if tail:
        del out[-tail:]
        offsets = offsets[:-tail]
        if warnings is not None:
            warnings.append(
                f"{where.name}: the text ends in the middle of a UTF-8 character: the document may be cut "
                "short; what is there was read (katkennut dokumentti / avbrutet dokument)"
            )
    if offsets and warnings is not None:
        shown = ", ".join(str(o) for o in offsets[:10]) + (
            f" … ({len(offsets)} in all)" if len(offsets) > 10 else ""
        )
        warnings.append(
            f"{where.name}: not valid UTF-8 at byte offset{'s' if len(offsets) > 1 else ''} {shown}; "
            "read as cp1252 there, the rest as UTF-8 (virheellisiä merkkejä / felaktiga tecken)"
        )
    return "".join(out)


def _lines_named(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10]) + (
        f" … ({len(numbers)} in all)" if len(numbers) > 10 else ""
    )
    return f"line{'s' if len(numbers) > 1 else ''} {shown}"


def _as_cp1252(char: str) -> int | None:
    """The byte a cp1252 decoder turned into ``char`` (latin-1 for the five bytes cp1252 leaves undefined)."""
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char) if 0x80 <= ord(char) <= 0x9F else None


#: UTF-8 of a Latin-1 letter or sign (lead byte C2/C3) or of general punctuation and the euro sign
#: (E2 80-82), read as cp1252: "Ã¤" for "ä", "Â§" for "§", "â€“" for "–", "â‚¬" for "€". Any other
#: pair of characters is left alone: a word in capitals before a quote is not mojibake.
_TWICE = re.compile(
    "[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â[€‚][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â‚¬"
)


def _undo_twice(match: re.Match[str]) -> str:
    raw = [_as_cp1252(c) for c in match.group()]
    if any(b is None for b in raw):
        return match.group()
    try:
        return bytes(b for b in raw if b is not None).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def repair_twice_encoded(lines: list[str], where: Path, warnings: list[str]) -> list[str]:
    """``lines`` with text encoded twice (UTF-8 read as cp1252 and saved as UTF-8 again) put right.

    Found inside an otherwise good file of any format: a paragraph pasted from a file
    an older tool had mis-read. Only the sequences of Finnish, Swedish and common
    punctuation are undone, each checked to be valid UTF-8; the warning names the lines.
    """
    out: list[str] = []
    changed: list[int] = []
    count = 0
    for number, line in enumerate(lines, start=1):
        fixed, n = _TWICE.subn(_undo_twice, line)
        for _ in range(2):  # encoded three times over ("ÃƒÂ¤"): undone a layer at a time
            fixed, again = _TWICE.subn(_undo_twice, fixed) if n else (fixed, 0)
            if not again:
                break
        if n and fixed != line:
            changed.append(number)
            count += n
        out.append(fixed)
    if changed:
        warnings.append(
            f"{where.name}: mis-encoded text: {count} character{'s' if count > 1 else ''} encoded twice over "
            f"(UTF-8 read as cp1252, such as 'Ã¤' for 'ä') on {_lines_named(changed)}; repaired "
            "(väärin koodattua tekstiä korjattu / felkodad text rättad)"
        )
    return out


#: A question mark inside a word ("Ty?t? jatkuvat syksyll?"): a letter an encoder without it wrote
#: as "?". Not in a web address ("?id=3"), and only when it happens twice or more in the text.
_LOST_LETTER = re.compile(r"(?<![\w/=&?])[A-Za-zÅÄÖåäö]+\?+[a-zåäö]+\b(?![=/])")


def replacement_characters(lines: list[str], where: Path, warnings: list[str]) -> None:
    """Warn of replacement characters: U+FFFD, or "?" inside words, for letters an earlier conversion lost."""
    for least, count_in, what in (
        (
            1,
            lambda line: line.count("\ufffd"),
            ("replacement character (U+FFFD)", "replacement characters (U+FFFD)"),
        ),
        (2, lambda line: len(_LOST_LETTER.findall(line)), ("", "words with a letter written as '?'")),
    ):
        found = [n for n, line in enumerate(lines, start=1) if count_in(line)]
        count = sum(count_in(lines[n - 1]) for n in found)
        if count >= least:
            warnings.append(
                f"{where.name}: mis-encoded text: {count} {what[count > 1]} on {_lines_named(found)}: letters "
                "lost in an earlier conversion of the text, read as they are (kadonneita merkkejä / förlorade tecken)"
            )


def _source_cells(data: bytes) -> list[int] | None:
    """The tab-separated cells of a text's last three rows as written, empty cells at the end kept."""
    raw = [row.rstrip(b"\r \x0c") for row in data.split(b"\n") if row.strip()][-3:]
    return [row.count(b"\t") + 1 for row in raw] if len(raw) == 3 and all(b"\t" in r for r in raw) else None


def check_text(lines: list[str], kind: str, where: Path, warnings: list[str], data: bytes = b"") -> list[str]:
    """The read lines with text encoded twice repaired, and warnings of lost letters and of a cut end.

    Run on the lines of every format; a cut is looked for only when the reader has not
    already found the bytes cut off (a PDF without its end, a page without </html>).
    ``data``: the file's bytes, for a text export's empty cells at the ends of its rows.
    """
    lines = repair_twice_encoded(lines, where, warnings)
    replacement_characters(lines, where, warnings)
    if not any("cut short" in w or "truncated" in w for w in warnings):
        cells = _source_cells(data) if kind == "text" else [] if kind == "pdf" else None
        ending = cut_short(lines, cells, delimited=where.suffix.lower() in (".csv", ".tsv"))
        if ending:
            warnings.append(
                f"{where.name}: the text ends {ending}: the document may be cut short; what is there was read "
                "(katkennut dokumentti / avbrutet dokument)"
            )
    return lines


_WESTERN = ("cp1252", "iso8859_15", "latin_1", "cp850", "mac_roman")
_NORDIC = "äöåÄÖÅéü"
_ODD = "‰∂ÃÂ¤¦¨ŠšŽžŒœŸ†‡•˜™√∫≈≠ªºƒ"


def decode_western(data: bytes, where: Path, warnings: list[str] | None) -> str | None:
    """``data`` (not UTF-8) in the Western 8-bit encoding that reads best, with a warning; None if none does.

    charset-normalizer alone takes short Finnish texts in cp1252 for Mac Roman ("P‰ij‰t-H‰me"),
    so each candidate that decodes is scored by the letters Finnish and Swedish text has and the
    symbols it never has. The encoding is a guess: the warning says so.
    """
    best: tuple[int, int, str, str] | None = None
    for rank, encoding in enumerate(_WESTERN):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = sum(text.count(c) for c in _NORDIC) - 5 * sum(text.count(c) for c in _ODD)
        score -= 5 * len(re.findall(r"[\x80-\x9f]", text))
        if best is None or (score, -rank) > (best[0], best[1]):
            best = (score, -rank, encoding, text)
    if best is None:
        return None
    if warnings is not None and re.search(rb"[\x80-\xff]", data):
        warnings.append(
            f"{where.name}: mis-encoded text: not valid UTF-8; the whole text was read as {best[2]}, "
            "the 8-bit encoding its letters fit best (merkistö arvattu / teckenkodning gissad)"
        )
    return best[3]


def warn_html_cut(data: bytes, where: Path, warnings: list[str]) -> None:
    """A page that opens ``<html>`` or ``<body>`` and ends without closing them may be cut short: say so."""
    if re.search(rb"<\s*(?:body|html)\b", data[:65536], re.I) and not HTML_END.search(data[-4096:]):
        warnings.append(
            f"{where.name}: the HTML ends without </body> or </html>: the page may be cut short; "
            "what is there was read (katkennut sivu / avbruten sida)"
        )


#: Code point categories that text holds no character of: controls (but tab, line ends and form
#: feed), unassigned, private-use and surrogate code points. Binary data read as UTF-16 is full of them.
_NOT_TEXT = frozenset({"Cc", "Cn", "Co", "Cs"})


def utf16_without_bom(data: bytes, where: Path, warnings: list[str] | None) -> str | None:
    """``data`` read as UTF-16 when it is UTF-16 text saved without its byte-order mark, else None.

    A tool that writes "Unicode" text without a BOM leaves a NUL beside every Latin letter, and
    such a file was refused as binary. Decided by decoding, not by where the NULs stand: the bytes
    must decode in a byte order with no error into characters that text holds (:data:`_NOT_TEXT`
    none), and most of them Latin, as the Finnish and Swedish documents read here are: UTF-8 text
    with a stray NUL, or Latin text read in the wrong byte order, decodes into ideographs and
    other scripts' signs without an error.
    """
    if len(data) % 2:
        return None
    best: tuple[int, str, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if any(c not in "\t\n\r\x0c" and unicodedata.category(c) in _NOT_TEXT for c in set(text)):
            continue
        latin = sum(1 for c in text if c < "\u0250")
        if 2 * latin > len(text) and (best is None or latin > best[0]):
            best = (latin, encoding, text)
    if best is None:
        return None
    if warnings is not None:
        warnings.append(
            f"{where.name}: UTF-16 text ({best[1].upper()}) without a byte-order mark: read as such "
            "(merkistö arvattu / teckenkodning gissad)"
        )
    return best[2]


__all__ = [
    "HTML_END",
    "check_text",
    "cut_short",
    "decode_western",
    "repair_twice_encoded",
    "replacement_characters",
    "utf8_with_stray_bytes",
    "utf16_without_bom",
    "warn_html_cut",
]
