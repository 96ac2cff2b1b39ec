"""Word and HTML readers: one fixture per feature (built by tests/fixtures/{docx,html}/build.py).

Expectations are in each folder's expected.json: goals, results, sections and
statuses, text that must never reach a goal (headers, menus, footers), the
municipality, the error a broken file must raise, or the warning an empty one
must carry.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import process
from pipeline.readers import read

from conftest import check_fixture

ROOT = Path(__file__).parent / "fixtures"
CASES = [(folder, name, spec) for folder in ("docx", "html") if (ROOT / folder / "expected.json").exists()
         for name, spec in sorted(json.loads((ROOT / folder / "expected.json").read_text(encoding="utf-8")).items())]


def test_fixtures_exist():
    assert {folder for folder, _, _ in CASES} == {"docx", "html"}


@pytest.mark.parametrize("folder,name,spec", CASES, ids=[f"{f}/{n}" for f, n, _ in CASES])
def test_fixture(folder, name, spec):
    doc = check_fixture(ROOT / folder / name, spec)
    if doc is None:
        return
    if "municipality_code" in spec:
        code = doc.document.municipality.code if doc.document.municipality else None
        assert code == spec["municipality_code"]
    if spec.get("warning"):
        assert any(spec["warning"].lower() in w.lower() for w in doc.warnings)
    for goal in doc.goals():
        assert goal.provenance.span is not None or goal.provenance.blocks


def test_word_provenance_has_paragraph_index_and_span():
    path = ROOT / "docx" / "headings_styles.docx"
    layout = read(path)
    doc = process(path)
    goal = doc.goals()[0]
    assert goal.provenance.paragraphs and goal.provenance.span
    assert layout.text[goal.provenance.span.start:goal.provenance.span.end] == goal.text


def test_word_header_and_footer_are_furniture():
    layout = read(ROOT / "docx" / "header_footer.docx")
    assert any(b.furniture for b in layout.blocks)
    assert not any(b.furniture for b in layout.blocks[:3])


@pytest.mark.parametrize("name", ["shading_legend_table.docx", "shading_legend_text.docx"])
def test_word_shading_is_read_through_the_legend(name):
    doc = process(ROOT / "docx" / name)
    coloured = [g.status for g in doc.goals() if g.status.source == "colour"]
    assert len(coloured) >= 4
    assert all(s.method.startswith("legend:") for s in coloured)


def test_html_boilerplate_is_furniture_and_meta_is_kept():
    layout = read(ROOT / "html" / "page_export.html")
    assert layout.meta.get("title")
    body = " ".join(b.text for b in layout.blocks if not b.furniture)
    furniture = " ".join(b.text for b in layout.blocks if b.furniture)
    assert "cookie" not in body.lower() and "cookie" in furniture.lower()


def test_a_fact_box_inside_the_content_dates_the_follow_up(tmp_path):
    page = tmp_path / "sida.html"
    page.write_text(
        "<html><body><main><h1>Biblioteksplan 2020–2022 – måluppfyllelse</h1>"
        "<aside class='fact-box'><dl><dt>Beslutad av</dt><dd>Kultur- och fritidsnämnden</dd>"
        "<dt>Beslutad</dt><dd>2023-02-07</dd><dt>Diarienummer</dt><dd>KFN 2020/0045</dd></dl></aside>"
        "<h2>Läsning</h2><p><strong>Mål:</strong> Alla barn ska få en bok.</p><p><strong>Resultat:</strong> Gjort.</p>"
        "<p class='sv-updated'>Sidan uppdaterades 2023-02-14</p></main></body></html>", encoding="utf-8")
    layout = read(page)
    assert "Beslutad" not in " ".join(b.text for b in layout.blocks if not b.furniture)
    doc = process(page)
    assert doc.document.date == "2023-02-07" and [g.text for g in doc.goals()] == ["Alla barn ska få en bok."]


def test_an_old_cms_page_of_bare_text_and_br_in_a_layout_table(tmp_path):
    page = tmp_path / "gammal.html"
    page.write_text(
        "<html><body><table id='layout'><tr><td id='leftmenu'><ul class='menu'><li><a href='/'>Bibliotek</a></li>"
        "<li><a href='/x'>Öppettider</a></li></ul></td><td id='content'><div class='maincontent'>"
        "<h1>Uppföljning av biblioteksplanen 2018&ndash;2021</h1>Planen har följts upp.<br /><br />"
        "<b>Barn och ungdomar</b><br />M&aring;l 1: Alla förskolor ska få bokpåsar.<br />"
        "Utfall: Genomfört. Bokpåsar har levererats varje termin.<br /><br />"
        "<b>Mål 2:</b> Skolbiblioteken ska bemannas.<br />Utfall: Uppfyllt på <i>fyra</i> av sju skolor.<br />"
        "<br />Köping 14/3-2022<br /></div></td></tr></table></body></html>", encoding="utf-8")
    doc = process(page)
    assert [(s.title, g.text, g.result.text) for s in doc.sections for g in s.goals] == [
        ("Barn och ungdomar", "Alla förskolor ska få bokpåsar.", "Genomfört. Bokpåsar har levererats varje termin."),
        ("Barn och ungdomar", "Skolbiblioteken ska bemannas.", "Uppfyllt på fyra av sju skolor.")]
    assert doc.document.date == "2022-03-14"


def test_goals_in_a_definition_list_with_status_icons(tmp_path):
    page = tmp_path / "dl.html"
    page.write_text(
        "<html><body><main><h1>Uppföljning</h1><ul><li>Grön – målet är uppnått</li><li>Gul – målet är delvis uppnått</li>"
        "<li>Röd – målet är inte uppnått</li></ul><h2>1. Läsfrämjande</h2><dl>"
        "<dt><span>1.1</span> Barn ska möta litteratur redan under sitt första år.</dt>"
        "<dd><img src='g.svg' alt='Grön'> Babyträffar har hållits varje vecka.</dd>"
        "<dt><span>1.2</span> Litteratursamtal för vuxna i alla stadsdelar.</dt>"
        "<dd><img src='y.svg' alt='Gul'> Samtal har startats i tre stadsdelar.</dd>"
        "<dt><span>1.3</span> En skrivarverkstad för unga.</dt>"
        "<dd><img src='r.svg' alt='Röd'> Verkstaden ställdes in.</dd></dl></main></body></html>", encoding="utf-8")
    doc = process(page)
    assert [(g.text, g.result.text, g.status.label) for g in doc.goals()] == [
        ("Barn ska möta litteratur redan under sitt första år.", "Babyträffar har hållits varje vecka.", "fulfilled"),
        ("Litteratursamtal för vuxna i alla stadsdelar.", "Samtal har startats i tre stadsdelar.", "partial"),
        ("En skrivarverkstad för unga.", "Verkstaden ställdes in.", "not_fulfilled")]


def test_goal_cards_with_a_status_dot_before_the_title(tmp_path):
    page = tmp_path / "kort.html"
    cards = "".join(
        f"<article class='card'><div class='card__head'><span class='dot' title='{status}'></span>"
        f"<h3>{goal}</h3></div><p>{result}</p></article>"
        for status, goal, result in (("Uppnått", "Fler barn läser varje dag.", "Andelen steg från 54 till 71 procent."),
                                     ("Delvis uppnått", "Längre öppettider i Söråker.", "En kväll i veckan har lagts till."),
                                     ("Ej bedömt", "Fler använder studieplatserna.", "Besöksräknaren har varit trasig.")))
    page.write_text(f"<html><body><main><h1>Måluppfyllelse</h1><h2>Läsning</h2><div class='grid'>{cards}</div>"
                    "</main></body></html>", encoding="utf-8")
    doc = process(page)
    assert [(g.text, g.status_field.text if g.status_field else None, g.status.label) for g in doc.goals()] == [
        ("Fler barn läser varje dag.", "Uppnått", "fulfilled"), ("Längre öppettider i Söråker.", "Delvis uppnått", "partial"),
        ("Fler använder studieplatserna.", "Ej bedömt", "unknown")]


def test_goals_as_list_items_with_their_results_nested_under_them(tmp_path):
    page = tmp_path / "ol.html"
    page.write_text(
        "<html><body><nav><ol><li><a href='/'>Start</a></li></ol></nav><main><h1>Uppföljning</h1><h2>Läsning</h2>"
        "<ol><li>Biblioteken ska arbeta med högläsning på förskolorna.<ul><li>140 pedagoger har utbildats.</li>"
        "<li>Målet bedöms som uppfyllt.</li></ul></li>"
        "<li>Ett nytt bibliotek ska öppna i Nacka stad.</li>"
        "<li>Läsecirklar ska etableras på två bibliotek.<ul><li>En cirkel startade men lades ner.</li></ul></li></ol>"
        "<p>Senast uppdaterad: 2025-03-03</p></main></body></html>", encoding="utf-8")
    doc = process(page)
    assert [(g.text, g.result.text if g.result else None) for g in doc.goals()] == [
        ("Biblioteken ska arbeta med högläsning på förskolorna.", "140 pedagoger har utbildats.\nMålet bedöms som uppfyllt."),
        ("Ett nytt bibliotek ska öppna i Nacka stad.", None),
        ("Läsecirklar ska etableras på två bibliotek.", "En cirkel startade men lades ner.")]


def test_table_footer_notes_are_not_goals(tmp_path):
    page = tmp_path / "tfoot.html"
    page.write_text(
        "<html><body><main><h1>Måluppfyllelse</h1><table><caption>Tabell 1. Måluppfyllelse</caption>"
        "<thead><tr><th>Mål</th><th>Resultat</th><th>Status</th></tr></thead>"
        "<tfoot><tr><td colspan='3'>Status: U = uppfyllt, D = delvis uppfyllt, E = ej uppfyllt.</td></tr>"
        "<tr><td colspan='3'>Källa: verksamhetsberättelser 2019–2022.</td></tr></tfoot>"
        "<tbody><tr><td>Bokpåsar ska delas ut till alla familjer.</td><td>Bokpåsar delas ut vid varje träff.</td><td>U</td></tr>"
        "<tr><td>Meröppet ska införas.</td><td>Infört i Mariannelund.</td><td>D</td></tr></tbody></table>"
        "</main></body></html>", encoding="utf-8")
    doc = process(page)
    assert [g.text for g in doc.goals()] == ["Bokpåsar ska delas ut till alla familjer.", "Meröppet ska införas."]
    assert "Källa" in " ".join(b.text for b in read(page).blocks)


def test_undeclared_latin1_page_is_decoded_as_latin1():
    layout = read(ROOT / "html" / "undeclared_latin1.html")
    assert layout.encoding in ("latin-1", "cp1252")
    assert "Mål" in layout.text


def test_html_rowspan_keeps_columns_aligned_and_the_status_covers_every_row():
    from bs4 import BeautifulSoup

    from pipeline.readers.html import _table

    html = ("<table><tr><th>Område</th><th>Mål</th><th>Resultat</th><th>Status</th></tr>"
            "<tr><td rowspan='2'>Läsning</td><td>Ett mål.</td><td>Gjort.</td><td rowspan='2'>Delvis</td></tr>"
            "<tr><td>Två mål.</td><td>Pågår.</td></tr></table>")
    block = _table(BeautifulSoup(html, "lxml").find("table"))
    assert [[c.text for c in r] for r in block.rows[1:]] == [["Läsning", "Ett mål.", "Gjort.", "Delvis"],
                                                             ["", "Två mål.", "Pågår.", ""]]
    assert [c.merged for c in block.rows[2]] == [True, False, False, True]
    # in a real page: the Måluppfyllelse cell with rowspan="2" is the status of both goals
    doc = process(ROOT / "html" / "table.html")
    second = doc.goals()[1]
    assert second.status_field is not None and second.status_field.text == "Uppfyllt"
    assert second.status.source == "status_field" and second.status.label == "fulfilled"


def test_a_goal_cell_merged_over_several_rows_collects_their_results():
    from bs4 import BeautifulSoup

    from pipeline.readers.html import _table
    from pipeline.tables import goals_from_table

    html = ("<table><tr><th>Mål</th><th>Aktivitet</th><th>Resultat</th><th>Status</th></tr>"
            "<tr><td rowspan='2'>Ett mål.</td><td>A</td><td>Gjort A.</td><td rowspan='2'>Delvis</td></tr>"
            "<tr><td>B</td><td>Ej gjort B.</td></tr>"
            "<tr><td>Två mål.</td><td>C</td><td>Klart.</td><td>Uppfyllt</td></tr></table>")
    rows = goals_from_table(_table(BeautifulSoup(html, "lxml").find("table")))
    assert [(r.goal.text, r.result.text, r.status.text) for r in rows] == [
        ("Ett mål.", "Gjort A.\n\nEj gjort B.", "Delvis"), ("Två mål.", "Klart.", "Uppfyllt")]


@pytest.mark.parametrize("value,rgb", [
    ("#2e7d32", (46, 125, 50)), ("#0A0", (0, 170, 0)), ("rgb(198, 40, 40)", (198, 40, 40)),
    ("rgba(249,168,37,0.8)", (249, 168, 37)), ("green", (0, 128, 0)), ("Gold !important", (255, 215, 0)),
    ("#ffffff", None), ("white", None), ("transparent", None), ("var(--status-ok)", None), (None, None),
])
def test_css_colours_of_html_status_cells(value, rgb):
    from pipeline.readers.html import _css_colour
    assert _css_colour(value) == rgb


def test_word_status_cells_with_a_coloured_dot_are_read_through_the_legend(tmp_path):
    import docx
    from docx.shared import RGBColor

    document = docx.Document()
    document.add_heading("Uppföljning av biblioteksplan 2020–2023", level=1)
    document.add_paragraph("Teckenförklaring: Grön – uppnått, Gul – delvis uppnått, Röd – ej uppnått")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Mål", "Kommentar", "Status")):
        cell.text = text
    for goal, comment, colour in (("Alla skolor ska ha bokprat.", "Bokprat har hållits.", RGBColor(0x2E, 0x7D, 0x32)),
                                  ("Filialerna ska ha kvällsöppet.", "Har inte kunnat ordnas.", RGBColor(0xC6, 0x28, 0x28)),
                                  ("Bokbussen ska få ny turlista.", "Arbetet pågår.", None)):
        row = table.add_row().cells
        row[0].text, row[1].text = goal, comment
        run = row[2].paragraphs[0].add_run("●")
        if colour is not None:
            run.font.color.rgb = colour
    path = tmp_path / "uppfoljning.docx"
    document.save(path)
    goals = process(path).goals()
    assert [g.status.label for g in goals] == ["fulfilled", "not_fulfilled", "partial"]
    assert [g.status.method for g in goals[:2]] == ["legend:word", "legend:word"]
    assert goals[2].status_field is None or goals[2].status_field.text == "●"  # a black dot says nothing


def test_html_table_cells_keep_their_lists_and_paragraphs_in_order():
    from bs4 import BeautifulSoup

    from pipeline.readers.html import _table

    html = ("<table><tr><th>Mål</th><th>Resultat</th></tr>"
            "<tr><td>Läsfestivalen ska hållas varje år.</td><td><p>Festivalen har hållits:</p>"
            "<ul><li>2022, 900 besökare</li><li>2023, <b>1 400</b> besökare</li></ul><p>Den ställdes in 2024.</p></td></tr>"
            "<tr><td>Ett mål.</td><td>Gjort <ul><li>på två filialer</li></ul></td></tr>"
            "<tr><td>Två mål.</td><td><p>Första stycket.</p><p>Andra stycket.</p></td></tr></table>")
    block = _table(BeautifulSoup(html, "lxml").find("table"))
    assert [r[1].text for r in block.rows[1:]] == [
        "Festivalen har hållits:\n2022, 900 besökare\n2023, 1 400 besökare\nDen ställdes in 2024.",
        "Gjort\npå två filialer",
        "Första stycket.\n\nAndra stycket."]


def test_an_accordion_s_titles_and_hidden_panels_are_content(tmp_path):
    page = ("<html><body><main><h1>Uppföljning av biblioteksplan</h1><h2>Läsning</h2>"
            "<div class='accordion'><h3><button aria-expanded='false' aria-controls='p1'>Mål 1.1 Fler barn ska läsa.</button></h3>"
            "<div id='p1' hidden><p><strong>Resultat:</strong> Klart.</p><p><strong>Bedömning:</strong> Uppfyllt</p></div></div>"
            "<div class='accordion'><h3><button aria-controls='p2'>Mål 1.2 Alla skolor ska få besök.</button></h3>"
            "<div id='p2' hidden><p><strong>Resultat:</strong> Hälften av skolorna.</p></div></div>"
            "<span aria-hidden='true'>▼</span></main></body></html>")
    path = tmp_path / "accordion.html"
    path.write_text(page, encoding="utf-8")
    doc = process(path)
    assert [(g.text, g.result.text if g.result else None) for g in doc.goals()] == [
        ("Fler barn ska läsa.", "Klart."), ("Alla skolor ska få besök.", "Hälften av skolorna.")]
    assert "▼" not in " ".join(b.text for b in read(path).blocks if not b.furniture)


def test_accordions_whose_titles_are_the_goals(tmp_path):
    page = tmp_path / "dragspel.html"
    page.write_text(
        "<html><body><main><h1>Så gick det med biblioteksplanen 2020–2023</h1><h2>Läsa och lära</h2>"
        "<details><summary>Alla barn i förskoleklass ska få en bok av biblioteket.</summary>"
        "<div><p>Vi har nått målet. Varje höst har barnen fått välja en bok.</p></div></details>"
        "<details><summary>En skrivarverkstad för unga ska hållas varje termin.</summary>"
        "<div><p>Verkstaden ställdes in när kursledaren blev sjuk och har inte tagits upp igen.</p></div></details>"
        "<p>Uppföljningen sammanställdes av biblioteket i maj 2024 och godkändes av kultur- och fritidsnämnden "
        "den 11 juni 2024.</p></main></body></html>", encoding="utf-8")
    doc = process(page)
    assert [(g.text, g.result.text) for g in doc.goals()] == [
        ("Alla barn i förskoleklass ska få en bok av biblioteket.", "Vi har nått målet. Varje höst har barnen fått välja en bok."),
        ("En skrivarverkstad för unga ska hållas varje termin.",
         "Verkstaden ställdes in när kursledaren blev sjuk och har inte tagits upp igen.")]
    assert doc.document.date == "2024-06-11"  # the closing decision line, not part of the last result
