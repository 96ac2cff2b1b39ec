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
