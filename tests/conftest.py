from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "documents" / "uppfoljning-biblioteksplan-2016-2020.md"


@pytest.fixture
def write(tmp_path):
    """Write a document (str or bytes) into tmp_path and return its path."""
    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path
    return _write


def norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None


def check_fixture(path: Path, spec: dict):
    """Process a fixture and compare it with its expected.json entry; returns the FollowUp (or None on error)."""
    from pipeline import process
    from pipeline.errors import PipelineError

    if spec.get("error"):
        with pytest.raises(PipelineError) as err:
            process(path)
        assert err.value.stage == "read"
        assert spec["error"].lower() in err.value.message.lower() and path.name in err.value.message
        return None
    doc = process(path)
    got = [{"section": s.title, "goal": g.text, "result": norm(g.result.text) if g.result else None,
            "status": g.status.label} for s in doc.sections for g in s.goals]
    want = [{"section": g["section"], "goal": norm(g["goal"]), "result": norm(g["result"]), "status": g["status"]}
            for g in spec["goals"]]
    assert got == want
    for goal in doc.goals():
        for text in spec.get("must_not_contain", []):
            assert text not in goal.text and (goal.result is None or text not in goal.result.text)
    return doc
