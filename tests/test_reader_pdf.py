"""PDF reader: one fixture per layout feature (built by tests/fixtures/pdf/build.py).

Each fixture's expectations are in tests/fixtures/pdf/expected.json: the goals,
results, sections and statuses a correct reading gives, text that must never
reach a goal or result (page furniture), or the error a file must raise.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import process
from pipeline.errors import PipelineError
from pipeline.readers import read

from conftest import check_fixture, norm

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture(name):
    doc = check_fixture(FIXTURES / name, EXPECTED[name])
    for goal in doc.goals() if doc else []:
        assert goal.provenance.pages and (goal.provenance.bbox or goal.provenance.blocks)


def test_furniture_is_kept_for_metadata():
    layout = read(FIXTURES / "furniture.pdf")
    furniture = [b.text for b in layout.blocks if b.furniture]
    assert any("Sida" in t for t in furniture)
    assert process(FIXTURES / "furniture.pdf").document.municipality is not None


def test_colour_status_says_where_it_came_from():
    doc = process(FIXTURES / "colour_legend_rgb.pdf")
    methods = {g.status.method for g in doc.goals() if g.status.source == "colour"}
    assert methods == {"legend:swatch"}
    assert {e.label for e in doc.legend} >= {"fulfilled", "partial", "not_fulfilled"}


def test_no_legend_falls_back_with_lower_confidence():
    doc = process(FIXTURES / "colour_no_legend.pdf")
    coloured = [g.status for g in doc.goals() if g.status.source == "colour"]
    assert coloured and all(s.method == "colour:default" and s.confidence < 0.7 for s in coloured)


def test_goal_over_page_break_lists_both_pages():
    doc = process(FIXTURES / "page_break.pdf")
    assert any(len(g.provenance.pages) == 2 for g in doc.goals())


@pytest.mark.parametrize("name", sorted(n for n, spec in EXPECTED.items() if not spec.get("error")))
def test_pdfplumber_engine_agrees(name, monkeypatch):
    """The fast path (pdfium geometry + pdfplumber's table algorithm) and pdfplumber's own
    parser give the same goals, results and statuses."""
    fast = process(FIXTURES / name)
    monkeypatch.setenv("MALKOLL_PDF_ENGINE", "pdfplumber")
    slow = process(FIXTURES / name)
    def key(doc):
        return [(s.title, g.text, norm(g.result.text) if g.result else None, g.status.label)
                for s in doc.sections for g in s.goals]
    assert key(fast) == key(slow)


def test_unknown_engine_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("MALKOLL_PDF_ENGINE", "ocr")
    with pytest.raises(PipelineError, match="MALKOLL_PDF_ENGINE"):
        process(FIXTURES / "labels_bold.pdf")


def test_a_damaged_pdf_is_a_clear_error(tmp_path):
    path = tmp_path / "trasig.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    with pytest.raises(PipelineError) as err:
        process(path)
    assert err.value.stage == "read" and "trasig.pdf" in err.value.message and "PDF" in err.value.message


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_status_cell_merged_over_two_rows_is_the_status_of_both(tmp_path, monkeypatch, engine):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    path = tmp_path / "merged.pdf"
    data = [["Mål", "Resultat", "Status"],
            ["Alla förskolor ska få besök.", "Samtliga förskolor har fått besök.", "Uppfyllt"],
            ["Alla skolor ska få bokprat.", "Bokprat har hållits i alla skolor.", ""],
            ["Meröppet ska införas.", "Meröppet har inte införts.", "Ej uppfyllt"]]
    table = Table(data, colWidths=[180, 220, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (2, 1), (2, 2))]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    if engine == "pdfplumber":
        monkeypatch.setenv("MALKOLL_PDF_ENGINE", "pdfplumber")
    doc = process(path)
    assert [(g.status_field.text if g.status_field else None, g.status.label) for g in doc.goals()] == [
        ("Uppfyllt", "fulfilled"), ("Uppfyllt", "fulfilled"), ("Ej uppfyllt", "not_fulfilled")]


def _line(text, x0, x1, top):
    from pipeline.readers.pdf_layout import Line
    return Line(text=text, page=1, x0=x0, x1=x1, top=top, bottom=top + 10, size=10, bold=False, bold_start=False,
                page_height=842, page_width=595)


def test_short_lines_beside_a_row_of_table_cells_are_not_two_columns():
    """Short bold lines on the left ("Bedömning: Se tabellen ovan.") and one row of year cells on the
    right are one column of text: the page keeps its top-to-bottom order."""
    from pipeline.readers.pdf_layout import column_order
    lines = [_line("Inledningen går över hela sidans bredd och fortsätter här.", 57, 538, 100),
             _line("Den fortsätter på en rad till över hela bredden av sidan.", 57, 538, 112)]
    lines += [_line(y, x, x + 30, 140) for y, x in (("2021", 300), ("2022", 360), ("2023", 420), ("2024", 480))]
    for k in range(6):
        lines.append(_line(f"Mål {k + 1}. Ett kort mål.", 57, 250, 170 + 40 * k))
        lines.append(_line("Bedömning: Se tabellen ovan.", 57, 220, 185 + 40 * k))
        lines.append(_line("En lång rad text som går över mitten av sidan och vidare åt höger.", 57, 538, 198 + 40 * k))
    assert column_order(lines) == sorted(lines, key=lambda ln: (round(ln.top), ln.x0))


def test_two_real_columns_are_read_one_after_the_other():
    from pipeline.readers.pdf_layout import column_order
    left = [_line(f"vänster {k}", 57, 290, 100 + 14 * k) for k in range(8)]
    right = [_line(f"höger {k}", 305, 538, 100 + 14 * k) for k in range(8)]
    assert [ln.text for ln in column_order(left + right)] == [ln.text for ln in left + right]


def test_a_title_and_introduction_above_two_columns_come_first():
    from pipeline.readers.pdf_layout import column_order
    title = _line("Så gick det", 57, 200, 60)                       # short: wholly on the left side
    intro = [_line("En inledning som går över hela sidans bredd och förklarar.", 57, 520, 80 + 14 * k) for k in range(2)]
    left = [_line(f"vänster {k}", 57, 290, 130 + 14 * k) for k in range(8)]
    right = [_line(f"höger {k}", 305, 538, 121 + 14 * k) for k in range(8)]
    assert [ln.text for ln in column_order(right + left + intro + [title])] == \
        [ln.text for ln in [title] + intro + left + right]


@pytest.mark.parametrize("text, heading", [
    ("Barn och unga", True), ("uppfyllt)", False), ("(Uppfyllt)", False), ("Mål (del 2)", True),
])
def test_the_end_of_a_wrapped_line_is_not_a_heading(text, heading):
    from pipeline.readers.pdf_layout import Line, _is_heading
    line = Line(text=text, page=1, x0=57, x1=200, top=100, bottom=110, size=10, bold=True, bold_start=True,
                page_height=842, page_width=595)
    assert _is_heading(line, 10.0) == heading


@pytest.mark.parametrize("gaps, step", [
    ([21.0, 21.0, 14.0, 21.0, 14.0, 21.0, 21.0], 14.0),   # most paragraphs one or two lines: not the median
    ([14.0, 14.2, 13.9, 14.1, 21.0, 14.0], 14.0),        # the usual page
    ([21.0, 21.0, 21.0], 21.0),                           # one paragraph per line: nothing smaller to go by
    ([], 13.0),                                           # no gaps: 1.3 × the body size
])
def test_the_line_step_is_the_smallest_cluster_of_gaps(gaps, step):
    from pipeline.readers.pdf_layout import _line_step

    assert _line_step(gaps, 10.0) == pytest.approx(step, abs=0.15)


def test_a_table_row_broken_over_a_page_is_joined_cell_by_cell():
    from pipeline.readers.pdf import _continues_row, _join_cells
    from pipeline.schema import Cell

    last = tuple(Cell(text=t) for t in ("3.2", "Biblioteket ska samverka\nmed kulturskolan om minst",
                                        "Samarbetet har gett konserter, men inte", "Delvis\nuppfyllt"))
    rest = tuple(Cell(text=t) for t in ("", "en gemensam föreställning per termin.", "varje termin.", ""))
    assert _continues_row(last, rest)
    joined = [" ".join(_join_cells(a, b).text.split()) for a, b in zip(last, rest)]
    assert joined == ["3.2", "Biblioteket ska samverka med kulturskolan om minst en gemensam föreställning per termin.",
                      "Samarbetet har gett konserter, men inte varje termin.", "Delvis uppfyllt"]
    # a new row under a section cell merged down the page is not a continuation
    done = tuple(Cell(text=t) for t in ("Läsning", "Alla barn ska få en bok.", "Klart.", ""))
    new = tuple(Cell(text=t) for t in ("", "Bokcirklar ska startas.", "Sju av elva filialer.", ""))
    assert not _continues_row(done, new)


def test_a_table_laid_out_with_whitespace_only(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "luft.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    c.setFont("Helvetica", 10)
    c.drawString(56, y, "Teckenförklaring: Uppfyllt, Delvis, Ej uppfyllt.")
    y -= 30
    c.setFont("Helvetica-Bold", 10)
    for x, t in ((56, "Mål"), (266, "Resultat"), (500, "Status")):
        c.drawString(x, y, t)
    y -= 24
    c.drawString(56, y, "Läsfrämjande")
    c.setFont("Helvetica", 10)
    rows = [(["Varje barn ska få tre besök", "från biblioteket."], ["Besöken genomfördes till 2021.", "Därefter bara i centrum."], "Delvis"),
            (["En läsfestival ska ordnas", "vartannat år."], ["Festivalen hölls 2021 och 2023."], "Uppfyllt")]
    for goal, result, status in rows:
        y -= 22
        c.drawString(500, y, status)
        for k in range(max(len(goal), len(result))):
            if k < len(goal):
                c.drawString(56, y - 12 * k, goal[k])
            if k < len(result):
                c.drawString(266, y - 12 * k, result[k])
        y -= 12 * (max(len(goal), len(result)) - 1)
    y -= 30
    c.drawString(56, y, "Nästa biblioteksplan gäller 2024–2027 och antogs av kommunfullmäktige i december 2023.")
    c.save()
    doc = process(path)
    assert [(s.title, g.text, g.result.text, g.status.label) for s in doc.sections for g in s.goals] == [
        ("Läsfrämjande", "Varje barn ska få tre besök från biblioteket.", "Besöken genomfördes till 2021. Därefter bara i centrum.",
         "partial"),
        ("Läsfrämjande", "En läsfestival ska ordnas vartannat år.", "Festivalen hölls 2021 och 2023.", "fulfilled")]


def test_footnotes_at_the_foot_of_a_page_are_not_part_of_a_result(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "fotnot.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, 780, "Mål: Ett grupprum ska kunna bokas.")
    c.setFont("Helvetica", 10)
    y = 760
    words = "Resultat: Ett grupprum har inretts och beläggningen var 68 procent.² Efterfrågan är störst på kvällen och"
    c.drawString(56, y, words)
    for k in range(40):
        y -= 14
        c.drawString(56, y, "rummet är ofta fullbokat flera veckor i förväg av föreningar och studieförbund och" if k < 39 else
                     "ett andra rum planeras i samband med")
    c.setFont("Helvetica", 7.5)
    c.drawString(56, 70, "¹ Andelen beräknas på antalet folkbokförda barn.")
    c.drawString(56, 60, "² Beläggningen avser bokad tid i förhållande till öppettiderna.")
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(56, 800, "ombyggnaden av entréplanet.")
    c.save()
    goal = process(path).goals()[0]
    assert "Beläggningen avser" not in goal.result.text and "Andelen beräknas" not in goal.result.text
    assert goal.result.text.endswith("ombyggnaden av entréplanet.")


def test_a_heading_sentence_that_goes_on_over_two_lines_is_one_block():
    from pipeline.readers.pdf_layout import Line, paragraphs

    def big(text, top):
        return Line(text=text, page=1, x0=57, x1=500, top=top, bottom=top + 25, size=25, bold=True, bold_start=True,
                    page_height=842, page_width=595)
    items = paragraphs([big("Läsglädjen hos barn i mellanstadiet ska stimuleras genom", 100),
                        big("en årlig läsutmaning i samarbete med skolorna.", 130)], 18.0)
    assert len(items) == 1 and len(items[0].lines) == 2
