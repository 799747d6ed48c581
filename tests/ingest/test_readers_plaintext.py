"""Plain text laid out with spaces and dotted leaders reads as the tab-separated exports do."""

from __future__ import annotations

from hankegraafi.ingest.plaintext import join_hyphenated, tabulate
from hankegraafi.ingest.readers import read_bytes

FIXED_WIDTH = """VÄLIRAPORTTI 2022

Hankkeen nimi ........... Kotona Kainuussa
Raportointijakso ........ 1.1.2022 - 30.6.2022

Kustannuslaji          Myönnetty      Toteutunut
Palvelujen ostot       100 000,00     40 000,00
Yhteensä               100 000,00     40 000,00

Hanke eteni suunnitellusti.
"""


def test_fixed_width_text_becomes_tab_separated() -> None:
    doc = read_bytes(FIXED_WIDTH.encode(), file_name="valiraportti.txt", max_bytes=100_000)
    assert "Hankkeen nimi\tKotona Kainuussa" in doc.lines
    assert "Raportointijakso\t1.1.2022 - 30.6.2022" in doc.lines
    assert "Kustannuslaji\tMyönnetty\tToteutunut" in doc.lines
    assert "Palvelujen ostot\t100 000,00\t40 000,00" in doc.lines
    assert "Hanke eteni suunnitellusti." in doc.lines


def test_a_text_with_a_gap_or_two_and_a_tab_separated_export_stay_as_they_are() -> None:
    prose = ["Otsikko", "Yksi rivi,   jossa on väli.", "Toinen rivi."]
    assert tabulate(prose) == prose
    export = ["Tila\tKäynnissä", "A   B", "C   D", "E   F"]
    assert tabulate(export) == export


def test_a_table_aligned_with_spaces_inside_a_tab_separated_export_gets_tabs() -> None:
    lines = [
        "Hanke\tX",
        "Laji   Budjetti   Toteuma",
        "Ostot   100   90",
        "Yhteensä   100   90",
        "Teksti   jatkuu.",
    ]
    assert tabulate(lines) == [
        "Hanke\tX",
        "Laji\tBudjetti\tToteuma",
        "Ostot\t100\t90",
        "Yhteensä\t100\t90",
        "Teksti\tjatkuu.",
    ]


def test_a_form_head_with_dotted_leaders_above_a_tab_separated_table_gets_tabs() -> None:
    lines = [
        "LÄGESRAPPORT 2/2024",
        "Projekt .......... Närvård i skärgården",
        "Period ........... 1.5.2024 - 31.8.2024",
        "Innehåll ..........",
        "Dimension\tGrön\tGul",
        "Tidtabell\t[X]\t[ ]",
    ]
    assert tabulate(lines) == [
        "LÄGESRAPPORT 2/2024",
        "Projekt\tNärvård i skärgården",
        "Period\t1.5.2024 - 31.8.2024",
        "Innehåll ..........",  # a table of contents' leader with no value stays text
        "Dimension\tGrön\tGul",
        "Tidtabell\t[X]\t[ ]",
    ]


def test_rows_that_leave_cells_blank_keep_their_columns() -> None:
    """A mark under the third of the colour columns stays the third cell, not the row's second
    (plaintext._aligned_to_columns)."""
    lines = [
        "Liikennevalot",
        "                  Vihreä   Keltainen   Punainen",
        "Aikataulu           X",
        "Kustannukset                   X",
        "Henkilöstö                                X",
    ]
    assert tabulate(lines)[1:] == [
        "\tVihreä\tKeltainen\tPunainen",  # the header's corner is an empty cell (stop 40), as the rows' labels
        "Aikataulu\tX",
        "Kustannukset\t\tX",
        "Henkilöstö\t\t\tX",
    ]
    # Rows with every cell keep them as they were.
    full = [
        "Kululaji      Budjetti   Toteuma",
        "Matkakulut     4 000      3 100",
        "Ohjelmistot    9 000      8 800",
    ]
    assert tabulate(full) == [
        "Kululaji\tBudjetti\tToteuma",
        "Matkakulut\t4 000\t3 100",
        "Ohjelmistot\t9 000\t8 800",
    ]


def test_a_markdown_table_without_outer_pipes_gets_them() -> None:
    # GitHub-flavoured Markdown lets a table leave out its outer pipes; the delimiter row makes it a table.
    text = (
        "## Kulut 2025\n\n"
        "Kululaji | Budjetti | Toteuma\n"
        ":--- | ---: | ---:\n"
        "Matkakulut | 4 000 | 3 100\n"
        "Yhteensä | 4 000 | 3 100\n\n"
        "Toimitusjohtaja | talousjohtaja hyväksyi kulut.\n"
    )
    doc = read_bytes(text.encode(), file_name="kulut.md", max_bytes=100_000)
    assert "| Kululaji | Budjetti | Toteuma |" in doc.lines
    assert "| :--- | ---: | ---: |" in doc.lines
    assert "| Matkakulut | 4 000 | 3 100 |" in doc.lines
    assert "| Yhteensä | 4 000 | 3 100 |" in doc.lines
    # A pipe in a line after the table's blank line is text, and a header whose pipes do not match
    # the rule's is no table.
    assert "Toimitusjohtaja | talousjohtaja hyväksyi kulut." in doc.lines
    assert tabulate(["Etusivu | Hankkeet", "--- | --- | ---", "a | b | c"])[:2] == [
        "Etusivu | Hankkeet",
        "--- | --- | ---",
    ]


def test_indented_lines_with_dotted_leaders_count_as_laid_out() -> None:
    # Only the leader lines lay the text out, each indented under its caption: they count as the
    # unindented ones do (the count had matched the leader on the line with its indent and found none).
    lines = [
        "Osatavoitteiden eteneminen",
        "    - Chat avataan kaikille ............ toteutunut",
        "    - Ajanvaraus verkossa iltaisin ..... kesken",
        "    - Etäkonsultaatio .................. siirtyy vuodelle 2026",
    ]
    assert tabulate(lines)[1:] == [
        "    - Chat avataan kaikille\ttoteutunut",
        "    - Ajanvaraus verkossa iltaisin\tkesken",
        "    - Etäkonsultaatio\tsiirtyy vuodelle 2026",
    ]


def test_a_box_drawn_table_is_read_as_a_markdown_table() -> None:
    """Box characters frame a table's cells ("│ Aikataulu │ vihreä │", rules "├──┼──┤"), or ASCII
    "+----+" rules frame pipe rows: the rows become pipe rows without padding, inner rules delimiter
    rows, the frame's edges empty lines, one line for one (test23 s45, tune u811). Invented text."""
    from hankegraafi.ingest.plaintext import box_frames

    drawn = [
        "┌────────┬───────┐",
        "│ Osa-alue │ Väri  │",
        "├────────┼───────┤",
        "│ Aikataulu │ vihreä │",
        "└────────┴───────┘",
    ]
    assert box_frames(drawn) == ["", "| Osa-alue | Väri |", "|---|---|", "| Aikataulu | vihreä |", ""]
    ascii_frame = ["+------+-----+", "| a    | 1 2 |", "+======+=====+", "| b    | 3   |", "+------+-----+"]
    assert box_frames(ascii_frame) == ["", "| a | 1 2 |", "|---|---|", "| b | 3 |", ""]


def test_a_stroke_in_running_text_or_a_lone_rule_is_no_frame() -> None:
    lines = ["Etusivu │ Hankkeet │ Kotihoito", "────────────", "Teksti jatkuu."]
    from hankegraafi.ingest.plaintext import box_frames

    assert box_frames(lines) == lines


def test_markdown_comments_and_footnote_marks_are_not_shown() -> None:
    """A rendered Markdown file shows neither an HTML comment (an old light, dropped goals) nor a
    footnote's reference as text beside an amount (test25 l45). Lines stay one for one. Invented."""
    text = (
        "| Aikataulu | vihreä <!-- edellinen arvio: punainen --> |\n<!-- Pudotetut tavoitteet:\n- Etäryhmät\n-->\n"
        "Budjetti 312 000[^2] euroa\n\n[^2]: Sisältää arvonlisäveron.\n"
    )
    lines = read_bytes(text.encode(), file_name="katsaus.md", max_bytes=10**6).lines
    assert lines[:5] == ["| Aikataulu | vihreä |", "", "", "", "Budjetti 312 000 euroa"]
    assert lines[6] == "[^2]: Sisältää arvonlisäveron."  # the note itself is text
    plain = read_bytes(text.encode(), file_name="katsaus.txt", max_bytes=10**6).lines
    assert "<!--" in plain[0]  # a text file shows its comment as written


def test_a_quoted_sheet_cell_with_line_breaks_keeps_its_record() -> None:
    """A CSV cell in quotes may hold line breaks (a status, then its explanation): the record stays one
    line, the lines it ran over come as empty lines after its block of rows (test25 l46). Invented."""
    text = 'Tavoite;Tila\nRyhmät alkavat;"Toteutunut.\nKolme ryhmää."\nEtäneuvonta;"Kesken."\n\nLoppu;x;y\n'
    lines = read_bytes(text.encode(), file_name="seuranta.csv", max_bytes=10**6).lines
    assert lines[:5] == [
        "Tavoite;Tila",
        'Ryhmät alkavat;"Toteutunut. Kolme ryhmää."',
        'Etäneuvonta;"Kesken."',
        "",
        "",
    ]
    assert lines[5] == "Loppu;x;y"  # the file's own line number again after the block


def test_a_markdown_file_keeps_its_heading_levels() -> None:
    lines = read_bytes(b"# Raportti\n\n## Tavoitteet\n- Yksi\n", file_name="r.md", max_bytes=10**6)
    assert lines.headings == {1: 1, 3: 2}


def test_a_quote_left_open_over_an_empty_line_is_a_stray_one() -> None:
    """A comment cell whose closing quote is missing must not swallow the tables below it (test25 l75)."""
    text = 'Comment,"As planned\n\nArea,Rating\nSchedule,green\n"Staff\ncosts",96000\n'
    lines = read_bytes(text.encode(), file_name="seuranta.csv", max_bytes=10**6).lines
    assert lines[:4] == ['Comment,"As planned', "", "Area,Rating", "Schedule,green"]
    assert lines[4] == '"Staff costs",96000'


def test_words_a_pdf_broke_at_line_ends_are_whole_again() -> None:
    """Text copied from a justified PDF keeps the typesetter's breaks (test25 l47's class; invented text)."""
    lines = join_hyphenated(
        [
            "Aikataulu: vihreä. Kustannukset: kel-",
            "tainen, koska hankinta aikaistui.",
            "Läget: tidtabellen följer planen, personalen av-",
            "viker något.",
            "Omat henkilöstö-",
            "kustannukset   420 000   388 900",
            "Sosiaali-",
            "ja terveysministeriö myönsi avustuksen.",  # the writer's hyphen before "ja"
            "Hanke jatkaa palvelu-",
            "uudistusta.",  # two equal vowels: Finnish keeps the hyphen
            "Yhteistyö Etelä-",
            "Karjalan kanssa.",  # an upper-case start is a word of its own
            "Kustannuslaji   Jakson   Käyttö-",
            "                budjetti aste %",  # indented: a table's head wrapped in its columns
        ]
    )
    assert lines == [
        "Aikataulu: vihreä. Kustannukset: keltainen, koska hankinta aikaistui.",
        "Läget: tidtabellen följer planen, personalen avviker något.",
        "Omat henkilöstökustannukset   420 000   388 900",
        "Sosiaali-",
        "ja terveysministeriö myönsi avustuksen.",
        "Hanke jatkaa palvelu-uudistusta.",
        "Yhteistyö Etelä-",
        "Karjalan kanssa.",
        "Kustannuslaji   Jakson   Käyttö-",
        "                budjetti aste %",
    ]


def test_a_row_of_cells_over_a_row_of_cells_is_not_joined() -> None:
    """A PDF's table head wrapped in its cells ("Käyttö-" over "aste %") stays two rows: the tables'
    reader puts a wrapped head together by its columns."""
    rows = ["Kululaji\tBudjetti\tKäyttö-", "\t\taste %"]
    assert join_hyphenated(rows) == rows


def test_a_query_tools_printout_is_a_table() -> None:
    """psql's "a | b" over "---+---" with "(N rows)" under it (test27 i42's class; invented figures)."""
    text = (
        "Hei,\n\nalla tulosteet.\n\n=> SELECT ulottuvuus, arvio FROM arviot;\n"
        "  ulottuvuus  | arvio\n--------------+---------\n aikataulu    | vihreä\n riskit       | punainen\n(2 rows)\n"
    )
    lines = read_bytes(text.encode(), file_name="kysely.txt", max_bytes=100_000).lines
    at = next(n for n, line in enumerate(lines) if line.startswith("| ulottuvuus"))
    assert [cell.strip() for cell in lines[at].strip("|").split("|")] == ["ulottuvuus", "arvio"]
    assert lines[at + 1] == "| --- | --- |"
    assert [cell.strip() for cell in lines[at + 3].strip("|").split("|")] == ["riskit", "punainen"]
    assert lines[at + 4] == "(2 rows)"  # the printout's count ends the table


def test_names_an_office_export_escaped_read_as_the_names() -> None:
    """SharePoint and Excel escape a column name's characters as _xHHHH_ (test27 i18's class)."""
    text = (
        '"Title","Aikataulu_x0020_tila","Henkil_x00f6_st_x00f6__x0020_tila"\n"Pilotti 1","Vihreä","Keltainen"\n'
    )
    lines = read_bytes(text.encode(), file_name="lista.csv", max_bytes=100_000).lines
    assert lines[0] == '"Title","Aikataulu tila","Henkilöstö tila"'
    assert read_bytes(b"a_x0007_b x_x0041", file_name="t.txt", max_bytes=100).lines == ["a_x0007_b x_x0041"]
