"""Rule-based status classifier over lexicon/status_rules.json.

Order of evidence, strongest first:
1. a separate status field (Måluppfyllelse, a Status column): field and explicit rules;
2. explicit statements in the result text ("Målet är inte helt uppfyllt"):
   the earliest decides, so an explanation after the status cannot overturn it;
3. weighted cues in prose ("pågår", "lades ned", "har införts");
4. otherwise unknown, with the reason.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex as re

from pipeline.lexicon import load
from pipeline.schema import Status

CONFIDENCE = {"field": 0.95, "explicit": 0.9, "unknown_statement": 0.8, "no_result": 0.9, "no_words": 0.4}


@dataclass(frozen=True)
class Rule:
    id: str
    tier: str
    label: str | None
    pattern: re.Pattern
    weight: float = 1.0


@dataclass(frozen=True)
class Hit:
    rule: Rule
    start: int
    end: int
    text: str


def load_rules(name: str = "status_rules") -> list[Rule]:
    data = load(name)
    macros = data.get("macros", {})
    rules = []
    seen = set()
    for entry in data["rules"]:
        if entry["id"] in seen:
            raise ValueError(f"{name}.json: duplicate rule id {entry['id']!r}")
        seen.add(entry["id"])
        pattern = entry["pattern"]
        for key, value in macros.items():
            pattern = pattern.replace("{" + key + "}", value)
        try:
            compiled = re.compile(pattern, re.IGNORECASE | re.VERSION1)
        except re.error as exc:
            raise ValueError(f"{name}.json: rule {entry['id']!r} has a bad pattern: {exc}") from exc
        rules.append(Rule(entry["id"], entry["tier"], entry.get("label"), compiled, float(entry.get("weight", 1.0))))
    return rules


STATUS_SENTENCE_WORDS = 7
_SENTENCE_END = re.compile(r"[.!?;\n]")


def _sentence_words(text: str, at: int) -> int:
    """Words in the sentence around offset `at`."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    return len(text[start:end.start() if end else len(text)].split())


def _hits(rules: list[Rule], text: str) -> list[Hit]:
    """Non-overlapping matches: earlier first, then longer, then rule order."""
    found = []
    for order, rule in enumerate(rules):
        for m in rule.pattern.finditer(text, overlapped=False):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), order, Hit(rule, m.start(), m.end(), m.group(0))))
    found.sort(key=lambda t: t[:3])
    chosen: list[Hit] = []
    taken_until = -1
    for start, _, _, hit in found:
        if start >= taken_until:
            chosen.append(hit)
            taken_until = hit.end
    return chosen


class RuleClassifier:
    name = "rules"

    def __init__(self, rules: list[Rule] | None = None):
        rules = rules if rules is not None else load_rules()
        self.field_rules = [r for r in rules if r.tier in ("field", "explicit")]
        self.explicit_rules = [r for r in rules if r.tier == "explicit"]
        self.cue_rules = [r for r in rules if r.tier == "cue"]

    # -- tiers
    def _explicit(self, rules: list[Rule], text: str, source: str) -> Status | None:
        hits = [h for h in _hits(rules, text) if h.rule.label is not None]  # outlook, condition: neutral
        # A short sentence that states the status ("Delvis uppfyllt.") outranks status words
        # inside a longer explanation; otherwise the earliest statement decides.
        short = [h for h in hits if _sentence_words(text, h.start) <= STATUS_SENTENCE_WORDS]
        for hit in short[:1] or hits[:1]:
            if hit.rule.label == "unknown":
                conf, reason = CONFIDENCE["unknown_statement"], "the text says the goal has not been assessed"
            else:
                conf, reason = CONFIDENCE["field" if source == "status_field" else "explicit"], None
            return Status(label=hit.rule.label, confidence=conf, evidence=hit.text.strip(),
                          method=f"rule:{hit.rule.id}", source=source, reason=reason)
        return None

    def _cues(self, text: str) -> Status | None:
        hits = [h for h in _hits(self.cue_rules, text)]
        score = {"fulfilled": 0.0, "partial": 0.0, "not_fulfilled": 0.0}
        for h in hits:
            score[h.rule.label] += h.rule.weight
        f, p, n = score["fulfilled"], score["partial"], score["not_fulfilled"]
        if n >= 1 and n > f + p:
            label = "not_fulfilled"
        elif p >= 1:
            label = "partial"
        elif f > 0 and n >= 1:
            label = "partial"  # done in part, not done in part
        elif f > 0 and f >= p:
            label = "fulfilled"
        elif n > 0:
            label = "not_fulfilled"
        elif p > 0:
            label = "partial"
        else:
            return None
        deciding = [h for h in hits if h.rule.label == label] or hits
        top = max(deciding, key=lambda h: h.rule.weight)
        total = f + p + n
        margin = score[label] / total if total else 0.0
        confidence = round(min(0.8, 0.45 + 0.3 * margin + 0.05 * min(len(deciding), 3)), 2)
        evidence = "; ".join(dict.fromkeys(h.text.strip() for h in deciding))
        return Status(label=label, confidence=confidence, evidence=evidence,
                      method=f"rule:{top.rule.id}", source="result_text",
                      reason="no explicit status; weighed the wording of the result")

    # -- interface
    def status(self, result: str | None, field: str | None) -> Status:
        if field and field.strip():
            decided = self._explicit(self.field_rules, field, "status_field")
            if decided:
                return decided
        if result and result.strip():
            decided = self._explicit(self.explicit_rules, result, "result_text") or self._cues(result)
            if decided:
                return decided
            return Status(label="unknown", confidence=CONFIDENCE["no_words"], evidence=None,
                          method="rule:none", source="result_text",
                          reason="the result says nothing that assesses the goal")
        return Status(label="unknown", confidence=CONFIDENCE["no_result"], evidence=None,
                      method="rule:no_result", source="none", reason="no result is given for the goal")
