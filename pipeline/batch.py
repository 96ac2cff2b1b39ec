"""Batch: many documents, one manifest. Wraps the pure `process` from outside.

One bad file never stops a batch: its error (type, message, stage, page) goes
into the manifest and the rest go on.
"""
from __future__ import annotations

import sys
from collections import Counter
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from pipeline import __version__
from pipeline.errors import PipelineError
from pipeline.output import output_name, write_followup, write_manifest
from pipeline.stages import process
from pipeline.readers import supported_suffixes
from pipeline.schema import ErrorInfo, FollowUp, Manifest, ManifestEntry


def collect(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and supported files inside folders (recursively), in a stable order."""
    out: list[Path] = []
    suffixes = set(supported_suffixes())
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
                              and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            out.append(path)
    seen, unique = set(), []
    for p in out:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


@dataclass
class Outcome:
    source: Path
    followup: FollowUp | None = None
    error: ErrorInfo | None = None


def run_one(path: Path) -> Outcome:
    """process() with errors turned into data. Top-level so it pickles for process pools."""
    try:
        if not path.exists():
            raise PipelineError("read", f"{path}: no such file", kind="FileNotFound")
        return Outcome(path, followup=process(path))
    except PipelineError as exc:
        return Outcome(path, error=ErrorInfo(type=exc.kind, message=exc.message, stage=exc.stage, page=exc.page))


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, enabled: bool | None = None):
        self.total, self.done = total, 0
        self.enabled = sys.stderr.isatty() if enabled is None else enabled

    def step(self, name: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name[:40]:40}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 90 + "\r")
            sys.stderr.flush()


def run_batch(paths: list[Path], out_dir: Path, jobs: int = 1,
              progress: Progress | None = None, executor: Executor | None = None,
              on_outcome: Callable[[Outcome], None] | None = None) -> Manifest:
    """Process `paths`, write one JSON per document and manifest.json into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    progress = progress or Progress(len(paths), enabled=False)
    if executor is None and jobs > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            outcomes = _collect_outcomes(pool.map(run_one, paths, chunksize=4), progress)
    elif executor is not None:
        outcomes = _collect_outcomes(executor.map(run_one, paths), progress)
    else:
        outcomes = _collect_outcomes(map(run_one, paths), progress)
    progress.close()
    taken: set[str] = set()
    entries = []
    for outcome in outcomes:
        entries.append(_write(outcome, out_dir, taken))
        if on_outcome:
            on_outcome(outcome)
    manifest = Manifest(pipeline_version=__version__, documents=tuple(entries))
    write_manifest(manifest, out_dir)
    return manifest


def _collect_outcomes(results: Iterable[Outcome], progress: Progress) -> list[Outcome]:
    out = []
    for outcome in results:
        progress.step(outcome.source.name)
        out.append(outcome)
    return out


def _write(outcome: Outcome, out_dir: Path, taken: set[str]) -> ManifestEntry:
    source = str(outcome.source)
    if outcome.followup is None:
        return ManifestEntry(source=source, status="error", error=outcome.error)
    f = outcome.followup
    try:
        name = output_name(f, taken)
        write_followup(f, out_dir, name)
    except PipelineError as exc:
        return ManifestEntry(source=source, status="error", sha256=f.source.sha256,
                             error=ErrorInfo(type=exc.kind, message=exc.message, stage=exc.stage))
    except (OSError, ValueError) as exc:
        return ManifestEntry(source=source, status="error", sha256=f.source.sha256,
                             error=ErrorInfo(type=type(exc).__name__, message=str(exc), stage="write"))
    counts = Counter(g.status.label for g in f.goals() if g.status)
    return ManifestEntry(
        source=source, status="ok", output=name, sha256=f.source.sha256,
        municipality_code=f.document.municipality.code if f.document.municipality else None,
        goals=len(f.goals()), statuses=dict(counts), warnings=f.warnings,
    )
