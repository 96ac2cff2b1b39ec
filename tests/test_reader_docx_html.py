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


def test_undeclared_latin1_page_is_decoded_as_latin1():
    layout = read(ROOT / "html" / "undeclared_latin1.html")
    assert layout.encoding in ("latin-1", "cp1252")
    assert "Mål" in layout.text
