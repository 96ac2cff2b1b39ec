"""Numeric targets: a goal's target ("öka med minst 20 procent", "minst 30 program per år")
against the result's outcome ("ökade med 12 procent", "34 program"), by the annotation
conventions of corpus/statements/README.md: at or above the target is fulfilled; moving
towards it but short is partial; no change or the wrong direction is not_fulfilled.
An explicit verdict in the text always comes first; this is read only when there is none.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex as re

_NUM = r"(\d{1,3}(?:[ \u00a0]\d{3})*(?:[,.]\d+)?|\d+(?:[,.]\d+)?)"
_APPROX = r"(?:omkring|cirka|ca\.?|drygt|knappt|ungefär|nästan|runt|över|hela)?\s*"
_INCREASE_TARGET = re.compile(r"\b(?:öka|höja|växa)\w*\s+(?:med\s+)?(?:minst\s+|åtminstone\s+)?" + _NUM + r"\s*(?:procent|%)", re.I)
_LEVEL_TARGET = re.compile(r"\b(?:minst|åtminstone|öka\w*\s+till|uppgå\s+till|nå)\s+" + _NUM + r"\s*(procent|%|\p{L}+)", re.I)
_INCREASE_OUTCOME = re.compile(
    r"\b(?:ökade|ökat|ökning(?:en)?(?:\s+(?:var|blev|stannade\s+vid|landade\s+på))?|steg|stigit|växte|vuxit)\s+"
    r"(?:\p{L}+\s+){0,3}?(?:med\s+)?" + _APPROX + _NUM + r"\s*(?:procent|%)", re.I)
_DECLINE = re.compile(r"\b(?:minskade|minskat|sjönk|sjunkit|gick\s+(?:ned|ner|tillbaka)|backade|tappade)\b", re.I)
_FLAT = re.compile(r"\b(?:samma\s+nivå|oförändrad\w*|precis\s+som|ingen\s+ökning|stått\s+still|står\s+still)\b", re.I)


@dataclass(frozen=True)
class Target:
    kind: str          # "increase" (by a percentage) or "level" (reach a number of a unit)
    value: float
    unit: str | None
    text: str


def _number(raw: str) -> float:
    return float(raw.replace("\u00a0", "").replace(" ", "").replace(",", "."))


def goal_target(goal: str | None) -> Target | None:
    if not goal:
        return None
    m = _INCREASE_TARGET.search(goal)
    if m:
        return Target("increase", _number(m.group(1)), "procent", m.group(0))
    m = _LEVEL_TARGET.search(goal)
    if m:
        unit = m.group(2).lower()
        return Target("level", _number(m.group(1)), "procent" if unit == "%" else unit, m.group(0))
    return None


def compare(goal: str | None, result: str | None) -> tuple[str, str, int, int] | None:
    """(label, rule id, start, end of the outcome in `result`), or None when it cannot be told."""
    target = goal_target(goal)
    if target is None or not result:
        return None
    if target.kind == "increase":
        m = _INCREASE_OUTCOME.search(result)
        if m:
            value = _number(m.group(1))
            label = "fulfilled" if value >= target.value else "partial"
            return label, "target.met" if label == "fulfilled" else "target.short", m.start(), m.end()
        for pattern, rule in ((_DECLINE, "target.decline"), (_FLAT, "target.flat")):
            m = pattern.search(result)
            if m:
                return "not_fulfilled", rule, m.start(), m.end()
        return None
    stem = re.escape(target.unit[:5])
    m = re.search(_NUM + r"\s*(?:" + (r"procent|%" if target.unit == "procent" else stem + r"\p{L}*") + r")", result, re.I)
    if not m:
        return None
    value = _number(m.group(1))
    if value >= target.value:
        return "fulfilled", "target.met", m.start(), m.end()
    flat = _FLAT.search(result) or _DECLINE.search(result)
    return ("not_fulfilled", "target.flat", m.start(), m.end()) if flat else ("partial", "target.short", m.start(), m.end())
