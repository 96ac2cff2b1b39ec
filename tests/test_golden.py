"""Golden test for the seed document (the real follow-up the project was built from).

The full output is compared with tests/golden/. Regenerate on purpose only:
    MALKOLL_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
The run that regenerates fails, so the flag cannot be left on by accident.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline import process
from pipeline.output import to_json

from conftest import CORPUS, SEED

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("MALKOLL_REGEN_GOLDEN") == "1"


@pytest.fixture(scope="module")
def seed():
    return process(SEED)


def test_seed_figures(seed):
    with_goals = [s for s in seed.sections if s.goals]
    assert [s.title for s in with_goals] == ["Rum för lärande", "Rum för inspiration", "Rum för möten", "Rum för skapande"]
    assert len(seed.goals()) == 14
    assert seed.summary.statuses == {"fulfilled": 8, "partial": 4, "not_fulfilled": 2, "unknown": 0}
    d = seed.document
    assert (d.plan_period.start, d.plan_period.end) == (2016, 2020)
    assert d.date == "2020-06-09"
    assert d.signatory.role == "Bibliotekschef" and d.signatory.name == "Elisabeth Hallberg"
    assert d.municipality is None  # the seed does not name its municipality


def test_seed_matches_its_gold_annotation(seed):
    gold = json.loads((CORPUS / "gold" / (SEED.name + ".json")).read_text(encoding="utf-8"))
    got = [(s.title, g.text, g.result.text if g.result else None, g.status.label) for s in seed.sections for g in s.goals]
    want = [(g["section"], g["goal"], g["result"], g["status"]) for g in gold["goals"]]
    assert got == want


@pytest.mark.parametrize("name", [SEED.name])
def test_golden_output(name):
    doc = json.loads(to_json(process(CORPUS / "documents" / name)))
    doc["pipeline_version"] = "*"
    doc["source"]["path"] = name
    path = GOLDEN / f"{name}.json"
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if REGEN:
        path.write_text(text, encoding="utf-8")
        pytest.fail(f"regenerated {path.name}; unset MALKOLL_REGEN_GOLDEN and review the diff")
    assert path.exists(), f"no golden file {path}; run with MALKOLL_REGEN_GOLDEN=1 once, on purpose"
    assert json.loads(path.read_text(encoding="utf-8")) == doc
