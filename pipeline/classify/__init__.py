"""Classify: give every goal a status with confidence, evidence and method.

Classifiers sit behind one small interface, so the rule-based one can be
swapped for (or combined with) a trained model without touching the stages
around it:

    class Classifier(Protocol):
        name: str
        def status(self, result: str | None, field: str | None, goal: str | None = None) -> Status: ...
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Protocol

import regex as re

from pipeline.colour import COLOUR_WORDS, colour_status
from pipeline.lexicon import load
from pipeline.schema import FollowUp, Span, Status, Summary

CONFIDENCE_SYMBOL = 0.85  # as a colour word read through the legend (colour.colour_status)


class Classifier(Protocol):
    name: str

    def status(self, result: str | None, field: str | None, goal: str | None = None) -> Status:
        """Status of one goal from its result text, its separate status field and the goal's own
        text (read for numeric targets); any may be None."""
        ...


_DEFAULT: Classifier | None = None


def default_classifier() -> Classifier:
    """Rules plus the trained model (models/status/), loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        from pipeline.classify.combined import StatusClassifier
        _DEFAULT = StatusClassifier()
    return _DEFAULT


def _is_colour(field) -> bool:
    """A status field that is a colour: a fill with no words, or a colour word ("Grön")."""
    if field is None:
        return False
    text = field.text.strip().lower()
    return (field.colour is not None and not text) or text in COLOUR_WORDS


def _colour_status(fill, word: str | None, legend, result: str | None, classifier: Classifier) -> Status:
    label, confidence, evidence, method = colour_status(fill, legend, colour=word)
    if label is None:
        fallback = classifier.status(result, None)
        reason = f"the colour {evidence} is not in the legend; read the result text instead"
        return fallback.model_copy(update={"reason": reason, "confidence": min(fallback.confidence, 0.5)})
    return Status(label=label, confidence=confidence, evidence=evidence, method=method, source="colour",
                  reason=None if method != "colour:default" else "no legend: usual traffic-light meaning")


def _legend_label(meaning: str, classifier: Classifier) -> str | None:
    """What a legend entry means: as a status word ("delvis uppfyllt"), else read as a sentence
    ("Röd betyder att arbetet inte har påbörjats")."""
    status = classifier.status(None, meaning)
    if status.label == "unknown" and status.method == "rule:no_result":
        # a definition is read by its words alone: the trained model knows results, not legends
        words = getattr(classifier, "rules", classifier)
        status = words.status(meaning, None)
        if not status.method.startswith("rule:"):
            return None  # no status words in it ("Röd = målet är")
    return status.label


# a status field or a verdict in the result text decides over the indicator table
_OWN_VERDICT = ("rule:field.", "rule:explicit.", "rule:list.")
# … except an inference about what the text lacks: the indicator table is the measure it lacked
_NOT_A_VERDICT = ("rule:explicit.perception_unmeasured",)


def _indicator_status(goal, status: Status, classifier: Classifier, legend) -> Status:
    """The goal's indicator rows where the text gave no verdict of its own: the rows' own status
    cells (a word or a colour, through the legend) if they have them, else target against outcome."""
    from pipeline.classify.targets import indicator_status

    marked = [ind for ind in goal.indicators if ind.status or ind.colour]
    if marked:
        labels = []
        for ind in marked:
            word = COLOUR_WORDS.get((ind.status or "").strip().lower())
            if word or (ind.colour is not None and not (ind.status or "").strip()):
                label = colour_status(None if word else ind.colour, legend, colour=word)[0]
            else:
                label = classifier.status(None, ind.status).label
            if label is not None and label != "unknown":
                labels.append(label)
        if labels:
            label = labels[0] if len(set(labels)) == 1 else "partial"
            return Status(label=label, confidence=0.85, method="rule:indicator.status_column", source="indicators",
                          evidence="; ".join(f"{ind.name}: {ind.status or 'färg'}" for ind in marked),
                          reason="no verdict in the text; the indicator rows' own status")
    found = indicator_status(goal.text, goal.indicators)
    if found is None:
        return status
    label, rule, evidence = found
    return Status(label=label, confidence=0.85, evidence=evidence, method=f"rule:{rule}", source="indicators",
                  reason="no verdict in the text; the indicator table's target against its outcome")


_FROM_PROSE = ("model:", "rule:cue.")


@lru_cache(maxsize=1)
def _after_period_pattern() -> re.Pattern:
    return re.compile(load("status_patterns")["after_period"]["pattern"], re.IGNORECASE)


def after_period(followup: FollowUp) -> FollowUp:
    """Statuses against the plan period, once it is known (metadata comes after classification): a
    goal the prose reports met by an event dated after the period's last year ("öppnar för allmänheten
    den 16 mars 2024" in a follow-up of 2020–2023) is not met within the period. Only statuses read from
    the prose change; a status field, a colour or the text's own verdict stands (lexicon
    status_patterns.json, "after_period")."""
    period = followup.document.plan_period if followup.document else None
    if period is None:
        return followup
    spec = load("status_patterns")["after_period"]
    pattern = _after_period_pattern()
    sections = []
    for section in followup.sections:
        goals = []
        for goal in section.goals:
            status, result = goal.status, goal.result.text if goal.result else ""
            late = None
            if status is not None and status.label == "fulfilled" and status.method.startswith(_FROM_PROSE):
                late = next((m for m in pattern.finditer(result) if int(m.group("year")) > period.end), None)
            if late is not None:
                goal = goal.model_copy(update={"status": Status(
                    label="not_fulfilled", confidence=0.8, evidence=late.group(0),
                    evidence_span=Span(start=late.start(), end=late.end()), method=f"rule:{spec['id']}",
                    source="result_text",
                    reason=f"met only after the plan period ({period.start}–{period.end}); the prose read {status.label}")})
            goals.append(goal)
        sections.append(section.model_copy(update={"goals": tuple(goals)}))
    out = followup.model_copy(update={"sections": tuple(sections)})
    return out.model_copy(update={"summary": summarize(out)})


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
        e.model_copy(update={"label": _legend_label(e.text, classifier)}) for e in followup.legend
    )
    # one batch per document: the spaCy pipeline and the model run over all goals at once
    goals = [g for section in followup.sections for g in section.goals]
    glyphs = {e.symbol: e for e in legend if e.symbol and e.label}
    # a status cell that is only a glyph of the document's symbol legend ("◐" with "◐ delvis uppfyllt")
    symbolic = {i: glyphs[g.status_field.text.strip()] for i, g in enumerate(goals)
                if g.status_field is not None and g.status_field.text.strip() in glyphs}
    plain = [i for i, g in enumerate(goals) if not _is_colour(g.status_field) and i not in symbolic]
    items = [(goals[i].result.text if goals[i].result else None,
              goals[i].status_field.text if goals[i].status_field else None, goals[i].text) for i in plain]
    batch = classifier.statuses(items) if hasattr(classifier, "statuses") else [classifier.status(*it) for it in items]
    decided = dict(zip(plain, batch))
    for i, entry in symbolic.items():
        decided[i] = Status(label=entry.label, confidence=CONFIDENCE_SYMBOL, evidence=entry.symbol, method="legend:symbol",
                            source="colour", reason=f"the symbol {entry.symbol} means \"{entry.text}\" in the legend")
    for i, status in decided.items():
        if goals[i].indicators and (not status.method.startswith(_OWN_VERDICT) or status.method in _NOT_A_VERDICT):
            decided[i] = _indicator_status(goals[i], status, classifier, legend)
    for i, goal in enumerate(goals):
        if i in decided:
            continue
        field = goal.status_field
        result = goal.result.text if goal.result else None
        word = COLOUR_WORDS.get(field.text.strip().lower()) if field.text.strip() else None
        decided[i] = _colour_status(None if word else field.colour, word, legend, result, classifier)
    sections, k = [], 0
    for section in followup.sections:
        updated = []
        for goal in section.goals:
            updated.append(goal.model_copy(update={"status": decided[k]}))
            k += 1
        sections.append(section.model_copy(update={"goals": tuple(updated)}))
    out = followup.model_copy(update={"sections": tuple(sections), "legend": legend})
    return out.model_copy(update={"summary": summarize(out)})
