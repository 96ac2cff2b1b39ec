"""The unit of batch work: a pure function `path -> FollowUp`.

    read ─▶ segment ─▶ classify ─▶ enrich ─▶ statuses against the plan period

Each stage's failure is re-raised as a PipelineError that names the stage.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.classify import Classifier, after_period, classify
from pipeline.errors import PipelineError
from pipeline.metadata import enrich
from pipeline.readers import read
from pipeline.schema import FollowUp
from pipeline.segment import segment


def _stage(name: str, fn, *args):
    try:
        return fn(*args)
    except PipelineError:
        raise
    except Exception as exc:  # a bug or a hostile input: report it as data, with the stage
        raise PipelineError(name, f"{type(exc).__name__}: {exc}", kind=type(exc).__name__) from exc


def process(path: str | Path, classifier: Classifier | None = None) -> FollowUp:
    """Read, segment, classify and enrich one follow-up document."""
    path = Path(path)
    layout = _stage("read", read, path)
    draft = _stage("segment", segment, layout)
    classified = _stage("classify", classify, draft, classifier)
    followup = _stage("enrich", enrich, classified, layout)
    followup = _stage("classify", after_period, followup)  # the period is known only now
    if not followup.goals():
        warning = f"no goals found: {path.name} does not look like a library-plan follow-up (Mål/Resultat)"
        followup = followup.model_copy(update={"warnings": followup.warnings + (warning,)})
    return followup
