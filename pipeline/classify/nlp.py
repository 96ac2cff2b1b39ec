"""The one adapter to spaCy. Nothing else in the package imports spaCy.

One pipeline, loaded once per process: `spacy.blank("sv")` with the lookup
lemmatizer from spacy-lookups-data (no download at run time) and a Matcher
built from lexicon/status_patterns.json. Texts go in, our own `Hit` records
come out (rule id, label, tier, weight, character offsets); spaCy objects
never leave this module. The trained status model (models/status/) is loaded
here too, and its predictions come out as plain (label, probability) pairs.
"""
from __future__ import annotations

import itertools
import re as stdre
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.lexicon import load

_ANY = stdre.compile(r"^ANY\{(\d+),(\d+)\}$")


@dataclass(frozen=True)
class Rule:
    id: str
    tier: str
    label: str | None
    weight: float
    at_start: bool
    whole: bool
    opener: bool


@dataclass(frozen=True)
class Hit:
    rule: Rule
    start: int          # character offsets in the text
    end: int
    text: str


def _with_period(words: list[str]) -> list[str]:
    """Each word also with a full stop: the Swedish tokenizer keeps "mån." and "del." whole
    (abbreviation exceptions), so a phrase at the end of a sentence would not match."""
    return sorted(set(words) | {w + "." for w in words if w[-1:].isalpha()})


def _element(name: str, data: dict) -> list[list[dict]]:
    """Alternative token-pattern pieces for one sequence element."""
    optional = name.endswith("?")
    name = name.rstrip("?")
    m = _ANY.match(name)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        # spelled out (k wildcard tokens for each k) rather than a {lo,hi} operator: the Matcher's
        # quantifier does not give back a token to a following multi-word phrase
        return [[{} for _ in range(k)] for k in range(lo, hi + 1)]
    if name in data["token_sets"]:
        spec = data["token_sets"][name]
        alts = [[{attr: {"IN": _with_period(values) if attr == "LOWER" else values}}] for attr, values in spec.items()]
    elif name in data["phrases"]:
        alts = [[{"LOWER": {"IN": _with_period([w])}} for w in phrase.split()] for phrase in data["phrases"][name]]
    elif name.islower() or not name.isalpha():
        alts = [[{"LOWER": {"IN": _with_period([name])}}]]
    else:
        raise ValueError(f"status_patterns.json: unknown element {name!r}")
    if optional:
        if len(alts) == 1 and len(alts[0]) == 1:
            return [[dict(alts[0][0], OP="?")]]
        alts = alts + [[]]
    return alts


def _patterns(sequence: list[str], data: dict) -> list[list[dict]]:
    out = []
    for combo in itertools.product(*(_element(name, data) for name in sequence)):
        pattern = [tok for piece in combo for tok in piece]
        if pattern and any(tok for tok in pattern):
            out.append(pattern)
    return out


class StatusNLP:
    """The spaCy pipeline and the status Matcher."""

    def __init__(self, patterns: str = "status_patterns"):
        import spacy
        from spacy.matcher import Matcher

        self.nlp = spacy.blank("sv")
        self.nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        self.nlp.initialize()  # loads the lookup tables from spacy-lookups-data, offline
        data = load(patterns)
        self.rules: dict[str, Rule] = {}
        self.matcher = Matcher(self.nlp.vocab)
        for entry in data["rules"]:
            if entry["id"] in self.rules:
                raise ValueError(f"{patterns}.json: duplicate rule id {entry['id']!r}")
            rule = Rule(entry["id"], entry["tier"], entry.get("label"), float(entry.get("weight", 1.0)),
                        bool(entry.get("at_start")), bool(entry.get("whole")), bool(entry.get("opener")))
            self.rules[rule.id] = rule
            patterns_ = _patterns(entry["sequence"], data)
            if not patterns_:
                raise ValueError(f"{patterns}.json: rule {rule.id!r} has an empty sequence")
            self.matcher.add(rule.id, patterns_, greedy="LONGEST")

    def _doc(self, text: str):
        # lower-cased so the case-sensitive lookup lemmatizer sees "Uppfyllda" as "uppfyllda"
        lowered = text.lower()
        return self.nlp(lowered if len(lowered) == len(text) else text)

    def hits(self, text: str, tiers: tuple[str, ...]) -> list[Hit]:
        """Every rule match of the given tiers, with character offsets into `text`."""
        doc = self._doc(text)
        words = [t.i for t in doc if not t.is_punct and not t.is_space]
        first, last = (words[0], words[-1] + 1) if words else (0, 0)
        out = []
        for match_id, start, end in self.matcher(doc):
            rule = self.rules[self.nlp.vocab.strings[match_id]]
            if rule.tier not in tiers:
                continue
            if rule.at_start and start != first:
                continue
            if rule.whole and end != last:
                continue
            if rule.opener and end < len(doc) and not (doc[end].is_punct or doc[end].lower_ == "sedan"):
                continue  # "Klart." or "Klart sedan 2019", not "Klart att …"
            span = doc[start:end]
            out.append(Hit(rule, span.start_char, span.end_char, text[span.start_char:span.end_char]))
        return out


@lru_cache(maxsize=1)
def status_nlp() -> StatusNLP:
    return StatusNLP()


# ------------------------------------------------------------------ the trained model

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "status"
_YEAR = stdre.compile(r"\b(?:19|20)\d\d\b")
_NUMBER = stdre.compile(r"\b\d+(?:[.,]\d+)?\b")


def model_text(text: str) -> str:
    """What the model sees: lower case, years and numbers masked, so it cannot learn them."""
    return _NUMBER.sub("N", _YEAR.sub("ÅR", text.lower()))


class StatusModel:
    """spaCy textcat (exclusive classes) trained by `malkoll train`, read from models/status/."""

    def __init__(self, path: Path = MODEL_DIR):
        import json

        import spacy

        self.path = Path(path)
        self.nlp = spacy.load(self.path)
        self.meta = json.loads((self.path / "meta.json").read_text(encoding="utf-8"))
        self.name = f"model:status-{self.meta.get('version', '0')}"

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        out = []
        for doc in self.nlp.pipe((model_text(t) for t in texts), batch_size=256):
            label, prob = max(doc.cats.items(), key=lambda kv: kv[1])
            out.append((label, float(prob)))
        return out


@lru_cache(maxsize=1)
def status_model() -> StatusModel | None:
    """The trained model, or None when models/status/ holds none."""
    if not (MODEL_DIR / "meta.json").exists():
        return None
    return StatusModel(MODEL_DIR)
