"""Classify: give every goal a status with confidence, evidence and method.

Classifiers sit behind one small interface, so the rule-based one can be
swapped for (or combined with) a trained model without touching the stages
around it:

    class Classifier(Protocol):
        name: str
        def status(self, result: str | None, field: str | None) -> Status: ...
"""
from __future__ import annotations

from collections import Counter
from typing import Protocol

from pipeline.colour import COLOUR_WORDS, colour_status
from pipeline.schema import FollowUp, Status, Summary


class Classifier(Protocol):
    name: str

    def status(self, result: str | None, field: str | None) -> Status:
        """Status of one goal from its result text and its separate status field (either may be None)."""
        ...


_DEFAULT: Classifier | None = None


def default_classifier() -> Classifier:
    """Rules plus the trained model (models/status/), loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        from pipeline.classify.combined import StatusClassifier
        _DEFAULT = StatusClassifier()
    return _DEFAULT


def _colour_status(fill, word: str | None, legend, result: str | None, classifier: Classifier) -> Status:
    label, confidence, evidence, method = colour_status(fill, legend, colour=word)
    if label is None:
        fallback = classifier.status(result, None)
        reason = f"the colour {evidence} is not in the legend; read the result text instead"
        return fallback.model_copy(update={"reason": reason, "confidence": min(fallback.confidence, 0.5)})
    return Status(label=label, confidence=confidence, evidence=evidence, method=method, source="colour",
                  reason=None if method != "colour:default" else "no legend: usual traffic-light meaning")


def summarize(followup: FollowUp) -> Summary:
    goals = followup.goals()
    counts = Counter(g.status.label for g in goals if g.status is not None)
    return Summary(
        sections=len(followup.sections),
        goals=len(goals),
        with_result=sum(1 for g in goals if g.result is not None),
        statuses={label: counts.get(label, 0) for label in ("fulfilled", "partial", "not_fulfilled", "unknown")},
    )


def classify(followup: FollowUp, classifier: Classifier | None = None) -> FollowUp:
    """A new FollowUp in which every goal has a status."""
    classifier = classifier or default_classifier()
    # the legend's meanings go through the same classifier as any status field
    legend = tuple(
        e.model_copy(update={"label": classifier.status(None, e.text).label}) for e in followup.legend
    )
    sections = []
    for section in followup.sections:
        goals = []
        for goal in section.goals:
            field = goal.status_field
            status = None
            result = goal.result.text if goal.result else None
            if field is not None and field.colour is not None and not field.text.strip():
                status = _colour_status(field.colour, None, legend, result, classifier)
            elif field is not None and field.text.strip().lower() in COLOUR_WORDS:
                status = _colour_status(None, COLOUR_WORDS[field.text.strip().lower()], legend, result, classifier)
            if status is None:
                status = classifier.status(goal.result.text if goal.result else None, field.text if field else None)
            goals.append(goal.model_copy(update={"status": status}))
        sections.append(section.model_copy(update={"goals": tuple(goals)}))
    out = followup.model_copy(update={"sections": tuple(sections), "legend": legend})
    return out.model_copy(update={"summary": summarize(out)})
