"""Evaluate FollowUps against gold annotations (the gold format of ../shared/eval/README.md).

The matching follows ../shared/eval/score.py (normalised texts, 85 % similarity,
one-to-one), so `malkoll eval` and the tests agree with the team's scorer
without depending on a folder outside the repository.
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.schema import FollowUp

MATCH = 0.85


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[\*_#>`]+", " ", text)
    text = text.replace("\u00ad", "")
    text = re.sub(r"(\w)-\s+(\w)", r"\1\2", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def match_goals(gold: list[str], pred: list[str]) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(map(norm, gold)):
        for j, p in enumerate(map(norm, pred)):
            s = similarity(g, p)
            if s >= MATCH:
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


@dataclass
class Scores:
    counts: Counter = field(default_factory=Counter)
    mismatches: list[str] = field(default_factory=list)

    def ratio(self, a: str, b: str) -> float:
        return self.counts[a] / self.counts[b] if self.counts[b] else 0.0

    @property
    def figures(self) -> dict[str, float]:
        p, r = self.ratio("matched", "pred"), self.ratio("matched", "gold")
        return {
            "documents": self.counts["documents"],
            "goal_precision": round(p, 4),
            "goal_recall": round(r, 4),
            "goal_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "result_match": round(self.ratio("result_ok", "matched"), 4),
            "section_match": round(self.ratio("section_ok", "matched"), 4),
            "status_accuracy": round(self.ratio("status_ok", "matched"), 4),
            "period_accuracy": round(self.ratio("period_ok", "documents"), 4),
            "date_accuracy": round(self.ratio("date_ok", "documents"), 4),
            "municipality_accuracy": round(self.ratio("municipality_ok", "documents"), 4),
        }


def score_document(gold: dict, doc: FollowUp | None, scores: Scores) -> None:
    name = gold["source"]
    pred = []
    if doc is not None:
        for section in doc.sections:
            for goal in section.goals:
                pred.append((section.title, goal.text, goal.result.text if goal.result else None,
                             goal.status.label if goal.status else None))
    golds = gold["goals"]
    matches = match_goals([g["goal"] for g in golds], [p[1] for p in pred])
    c = scores.counts
    c["documents"] += 1
    c["gold"] += len(golds)
    c["pred"] += len(pred)
    c["matched"] += len(matches)
    for i, j in matches:
        g, (section, _, result, status) = golds[i], pred[j]
        if similarity(norm(g["result"]), norm(result)) >= MATCH:
            c["result_ok"] += 1
        else:
            scores.mismatches.append(f"{name}: result differs for {g['goal'][:50]!r}: {norm(result)[:70]!r}")
        if similarity(norm(g["section"]), norm(section)) >= 0.9:
            c["section_ok"] += 1
        if g["status"] == status:
            c["status_ok"] += 1
        else:
            scores.mismatches.append(f"{name}: status {status} != gold {g['status']} for {norm(g['result'])[:70]!r}")
    matched_g = {i for i, _ in matches}
    matched_p = {j for _, j in matches}
    scores.mismatches += [f"{name}: missed goal {norm(g['goal'])[:70]!r}" for i, g in enumerate(golds) if i not in matched_g]
    scores.mismatches += [f"{name}: extra goal {norm(p[1])[:70]!r}" for j, p in enumerate(pred) if j not in matched_p]
    d = doc.document if doc else None
    period = [d.plan_period.start, d.plan_period.end] if d and d.plan_period else None
    code = d.municipality.code if d and d.municipality else None
    for key, want, got in (("period", gold.get("plan_period"), period),
                           ("date", gold.get("date"), d.date if d else None),
                           ("municipality", gold.get("municipality_code"), code)):
        if doc is not None and want == got:
            c[key + "_ok"] += 1
        else:
            scores.mismatches.append(f"{name}: {key} {got!r} != gold {want!r}")


def evaluate(gold_dir: Path, docs_dir: Path, process) -> Scores:
    """Run `process(path) -> FollowUp` on every annotated document and score it."""
    scores = Scores()
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        try:
            doc = process(Path(docs_dir) / gold["source"])
        except Exception as exc:  # noqa: BLE001 - a failed document scores zero, and says why
            scores.mismatches.append(f"{gold['source']}: failed: {exc}")
            doc = None
        score_document(gold, doc, scores)
    return scores
