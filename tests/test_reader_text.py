"""Text and Markdown reader: encodings, line ends, blocks and the source map."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import PipelineError
from pipeline.readers import read
from pipeline.readers.text import decode, parse

SAMPLE = "Mål: Läsfrämjande – för alla ”barn”.\nResultat: Målet är uppfyllt.\n"


@pytest.mark.parametrize("encoding,prefix,expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
    ("cp1252", b"", "cp1252"),
    ("utf-16-le", b"\xff\xfe", "utf-16"),
])
def test_decode_detects_encoding(encoding, prefix, expected):
    text, name = decode(prefix + SAMPLE.encode(encoding))
    assert name == expected
    assert text == SAMPLE


def test_decode_latin1_without_windows_characters():
    text, name = decode("Mål: åäö ÅÄÖ é\n".encode("latin-1"))
    assert name == "latin-1"
    assert text == "Mål: åäö ÅÄÖ é\n"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_do_not_change_blocks(newline):
    text = "# Rubrik\n\nMål: Ett mål.\nResultat: Uppfyllt.\n".replace("\n", newline)
    blocks = parse(text, markdown=True)
    assert [b.kind for b in blocks] == ["heading", "paragraph"]
    assert blocks[1].text == "Mål: Ett mål.\nResultat: Uppfyllt."


def test_binary_data_is_refused(write):
    path = write("trasig.txt", b"\x00\x01\x02binary\x00" * 20)
    with pytest.raises(PipelineError) as err:
        read(path)
    assert err.value.stage == "read"
    assert "trasig.txt" in err.value.message and "binary" in err.value.message


def test_empty_file_is_refused(write):
    with pytest.raises(PipelineError, match="empty"):
        read(write("tom.md", "  \n\n"))


def test_unsupported_suffix_names_file_and_suffix(write):
    with pytest.raises(PipelineError) as err:
        read(write("plan.odt", "x"))
    assert "plan.odt" in err.value.message and ".odt" in err.value.message


def test_markdown_block_kinds_and_levels():
    text = (
        "# Titel\n\nInledning\n===\n\n## Avsnitt\n\n- **Mål:** Ett mål.\n  - Utfall: Gjort.\n\n"
        "| År | Utlån |\n|---|---|\n| 2019 | 100 |\n\n---\n\n1. Numrerad\n"
    )
    blocks = parse(text, markdown=True)
    assert [(b.kind, b.level) for b in blocks] == [
        ("heading", 1), ("heading", 1), ("heading", 2), ("list_item", 0), ("list_item", 1),
        ("table", 0), ("rule", 0), ("list_item", 0),
    ]
    assert blocks[3].text == "Mål: Ett mål." and blocks[3].style.bold
    assert [c.text for c in blocks[5].rows[1]] == ["2019", "100"]
    assert blocks[7].text == "1. Numrerad"  # ordered markers carry goal and section numbers


def test_setext_headings_in_plain_text():
    blocks = parse("BARN OCH UNGA\n-------------\n\nText här.\n", markdown=False)
    assert blocks[0].kind == "heading" and blocks[0].text == "BARN OCH UNGA" and blocks[0].level == 2


def test_source_map_points_back_into_the_text():
    text = "Intro.\r\n\r\n- **Mål:** Biblioteket ska\r\n  vara öppet.\r\n"
    block = parse(text, markdown=True)[1]
    i = block.text.index("Biblioteket")
    j = block.text.index("öppet") + len("öppet")
    span = block.source_span(i, j)
    assert text[span.start:span.end] == "Biblioteket ska\r\n  vara öppet"


def test_tab_separated_table_with_section_lines_is_one_table():
    text = ("ÖSTERSUNDS KOMMUN\t\t\tPROTOKOLLSUTDRAG\n\nBilaga 1\n\n"
            "Nr\tMål\tUppföljning\tBedömning\n\nLäsning\n"
            "1.1\tAlla barn ska få besök.\tSamtliga har fått besök.\tUppfyllt\n"
            "1.2\tBokcirklar ska startas.\t\tEj bedömt\n\nSamverkan\n"
            "2.1\tEtt gemensamt system ska införas.\tAvtalet är klart.\tDelvis uppfyllt\n\n"
            "Justerandes sign\t\tUtdragsbestyrkande\n")
    blocks = parse(text, markdown=False)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = [[c.text for c in r] for r in tables[0].rows]
    assert rows == [["Nr", "Mål", "Uppföljning", "Bedömning"], ["Läsning", "", "", ""],
                    ["1.1", "Alla barn ska få besök.", "Samtliga har fått besök.", "Uppfyllt"],
                    ["1.2", "Bokcirklar ska startas.", "", "Ej bedömt"], ["Samverkan", "", "", ""],
                    ["2.1", "Ett gemensamt system ska införas.", "Avtalet är klart.", "Delvis uppfyllt"]]
    cell = tables[0].rows[2][1]
    assert text[cell.span.start:cell.span.end] == "Alla barn ska få besök."
    assert blocks[-1].kind == "paragraph" and "Justerandes" in blocks[-1].text


def test_tab_aligned_letterhead_lines_are_not_a_table():
    text = "KOMMUN\t\tPROTOKOLL\nNämnden\t\tDatum\t2023-03-23\n\nText om planen.\n"
    assert all(b.kind != "table" for b in parse(text, markdown=False))


def test_form_feed_pages_lose_their_running_header_and_page_numbers(tmp_path):
    page1 = "Ljungby kommun   Uppföljning\r\n\r\nUPPFÖLJNING\r\n===========\r\n\r\n2. Lärande\r\n----------\r\n\r\nMål 2.1  Ett lärcentrum ska finnas.\r\n\r\n    Redovisning: Lärcentrum öppnade 2018. Studievägledare från\r\n\r\n            Sida 1 av 2\r\n"
    page2 = "Ljungby kommun   Uppföljning\r\n\r\n    vuxenutbildningen finns på plats.\r\n\r\n            Sida 2 av 2\r\n"
    path = tmp_path / "paged.txt"
    path.write_bytes((page1 + "\f" + page2).encode("utf-8"))
    layout = read(path)
    body = [b.text for b in layout.blocks if not b.furniture]
    assert not any("Sida" in t for t in body) and sum("Ljungby kommun" in t for t in body) == 1
    assert "2. Lärande" in [b.text for b in layout.blocks if b.kind == "heading"]
    from pipeline import process
    goal = process(path).goals()[0]
    assert goal.result.text.split() == "Lärcentrum öppnade 2018. Studievägledare från vuxenutbildningen finns på plats.".split()


def test_text_indented_under_a_bullet_is_a_paragraph_of_its_own():
    text = ("Område 1: Barn\n\n* Alla förskolor ska ha boklådor.\n    Uppfyllt. Boklådor byts varannan månad.\n\n"
            "* Barn ska kunna låna böcker på samiska på alla\n  skolbibliotek.\n    Inte uppfyllt. Depositioner saknas.\n\n"
            "* Fler lån av e-böcker.\n    Vet inte ännu.\n\nMvh Anna\n")
    blocks = parse(text, markdown=False)
    assert [(b.kind, b.text) for b in blocks[1:5]] == [
        ("list_item", "Alla förskolor ska ha boklådor."), ("paragraph", "Uppfyllt. Boklådor byts varannan månad."),
        ("list_item", "Barn ska kunna låna böcker på samiska på alla\nskolbibliotek."),
        ("paragraph", "Inte uppfyllt. Depositioner saknas.")]
    from pipeline.readers.text import read_text
    from pipeline.segment import segment
    layout = read_text(Path("x.txt"), text.encode("utf-8"), "0" * 64)
    assert [(g.text, g.result.text) for g in segment(layout).goals()] == [
        ("Alla förskolor ska ha boklådor.", "Uppfyllt. Boklådor byts varannan månad."),
        ("Barn ska kunna låna böcker på samiska på alla skolbibliotek.", "Inte uppfyllt. Depositioner saknas."),
        ("Fler lån av e-böcker.", "Vet inte ännu.")]
