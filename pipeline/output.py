"""Write: validate against the schema, then write atomically (no partial files)."""
from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from pipeline.errors import PipelineError
from pipeline.schema import FollowUp, Manifest


def to_json(model) -> str:
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def validate(followup: FollowUp) -> FollowUp:
    """Round-trip through the schema; every goal must carry a status."""
    checked = FollowUp.model_validate(followup.model_dump(mode="json"))
    missing = [g.id for g in checked.goals() if g.status is None]
    if missing:
        raise PipelineError("write", f"goals without status: {', '.join(missing)}")
    return checked


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def output_name(followup: FollowUp, taken: set[str]) -> str:
    """`<kommunkod>-<file stem>.json` (stem alone when no municipality), unique within a run."""
    stem = re.sub(r"[^\w.-]+", "_", Path(followup.source.name).stem).strip("_") or "dokument"
    muni = followup.document.municipality
    base = f"{muni.code}-{stem}" if muni else stem
    name, n = f"{base}.json", 2
    while name in taken:
        name, n = f"{base}-{n}.json", n + 1
    taken.add(name)
    return name


def write_followup(followup: FollowUp, out_dir: Path, name: str) -> Path:
    checked = validate(followup)
    path = out_dir / name
    write_atomic(path, to_json(checked))
    return path


def write_manifest(manifest: Manifest, out_dir: Path) -> Path:
    path = out_dir / "manifest.json"
    write_atomic(path, to_json(manifest))
    return path
