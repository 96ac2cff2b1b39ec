"""The one adapter to spaCy. Nothing else in the package imports spaCy.

One pipeline, loaded once per process: `spacy.blank("sv")` with the lookup
lemmatizer from spacy-lookups-data (no download at run time) and a Matcher
built from lexicon/status_patterns.json. Texts go in, our own `Hit` records
come out (rule id, label, tier, weight, character offsets); spaCy objects
never leave this module. The trained status model (models/status/) is loaded
here too, and its predictions come out as plain (label, probability) pairs.
"""
from __future__ import annotations

import re as stdre
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.lexicon import load

_ANY = stdre.compile(r"^ANY\{(\d+),(\d+)\}$")
CACHE_SIZE = 4096  # texts whose analysis (hits, lemmas, sentences) is kept; emptied when full


@dataclass(frozen=True)
class Rule:
    id: str
    tier: str
    label: str | None
    weight: float
    at_start: bool
    whole: bool
    opener: bool
    strict_opener: bool = False
    limits_scope: bool = False  # a cue that restricts what was done ("bara", "utom", "först sista året")


@dataclass(frozen=True)
class Hit:
    rule: Rule
    start: int          # character offsets in the text
    end: int
    text: str


@dataclass(frozen=True)
class Step:
    """One element of a rule's sequence: a named vocabulary (or literal), or a gap of lo..hi tokens."""

    name: str | None
    lo: int = 0
    hi: int = 0
    optional: bool = False


def _steps(sequence: list[str], known: set[str]) -> tuple[Step, ...]:
    steps = []
    for raw in sequence:
        optional = raw.endswith("?")
        name = raw.rstrip("?")
        m = _ANY.match(name)
        if m:
            steps.append(Step(None, int(m.group(1)), int(m.group(2))))
        elif name in known or name.islower() or not name.isalpha():
            steps.append(Step(name, optional=optional))
        else:
            raise ValueError(f"status_patterns.json: unknown element {name!r}")
    return tuple(steps)


class StatusNLP:
    """The spaCy pipeline, PhraseMatchers for the vocabularies, and the rule sequences over them.

    Every token set, phrase list and literal word of the patterns file is added to a
    PhraseMatcher (on LOWER, or on LEMMA for sets that list lemmas); a rule's sequence is
    then matched over the vocabulary hits of a text, with gaps of lo..hi tokens.
    """

    def __init__(self, patterns: str = "status_patterns"):
        import spacy
        from spacy.matcher import PhraseMatcher

        self.nlp = spacy.blank("sv")
        lemmatizer = self.nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        table = lemma_table()
        if table is None:
            self.nlp.initialize()  # the full Swedish table from spacy-lookups-data (about 250 MB in memory)
        else:
            from spacy.lookups import Lookups
            lookups = Lookups()
            lookups.add_table("lemma_lookup", table)
            lemmatizer.initialize(lookups=lookups)
        lookup = lemmatizer.lookups.get_table("lemma_lookup")
        for form, lemma in load("model_features")["lemma_overrides"].items():
            lookup[form] = lemma  # closed-class words the table reads as other words ("har" → hare)
        self._lookup = lookup
        data = load(patterns)
        self.lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        vocab: dict[str, list[str]] = {}
        self.shapes: dict[str, set[str]] = {}  # token sets on SHAPE ("dddd" for a year)
        for name, spec in data["token_sets"].items():
            vocab[name] = spec.get("LOWER", [])
            if spec.get("SHAPE"):
                self.shapes[name] = set(spec["SHAPE"])
            if spec.get("LEMMA"):
                self.lemma.add(name, [self.nlp(w) for w in spec["LEMMA"]])
        self.opener_followers = frozenset(data.get("opener_followers", ()))
        for name, phrases in data["phrases"].items():
            vocab[name] = phrases
        self.rules: dict[str, Rule] = {}
        self.sequences: dict[str, tuple[Step, ...]] = {}
        self.required: dict[str, frozenset[str]] = {}  # the named steps a rule cannot match without
        self._cache: dict[str, list[Hit]] = {}
        for entry in data["rules"]:
            if entry["id"] in self.rules:
                raise ValueError(f"{patterns}.json: duplicate rule id {entry['id']!r}")
            rule = Rule(entry["id"], entry["tier"], entry.get("label"), float(entry.get("weight", 1.0)),
                        bool(entry.get("at_start")), bool(entry.get("whole")), bool(entry.get("opener")),
                        bool(entry.get("strict_opener")), bool(entry.get("limits_scope")))
            steps = _steps(entry["sequence"], set(vocab) | set(data["token_sets"]))
            if not any(st.name for st in steps):
                raise ValueError(f"{patterns}.json: rule {rule.id!r} has no words")
            self.rules[rule.id] = rule
            self.sequences[rule.id] = steps
            self.required[rule.id] = frozenset(st.name for st in steps if st.name and not st.optional)
            for st in steps:
                if st.name and st.name not in vocab:
                    vocab[st.name] = [st.name]  # a literal word
        # each rule is tried only when the last word it cannot do without is in the text
        self.by_word: dict[str, list[str]] = {}
        for rule_id, need in self.required.items():
            last = next(st.name for st in reversed(self.sequences[rule_id]) if st.name and not st.optional) if need else None
            self.by_word.setdefault(last, []).append(rule_id)
        self.order = {rule_id: k for k, rule_id in enumerate(self.sequences)}
        for name, phrases in vocab.items():
            docs = []
            for phrase in phrases:
                plain = self.nlp.make_doc(phrase)
                docs.append(plain)
                dotted = self.nlp.make_doc(phrase + ".")
                if phrase[-1:].isalpha() and len(dotted) == len(plain):
                    docs.append(dotted)  # the tokenizer keeps "mån." whole: match it too
            if docs:
                self.lower.add(name, docs)

    def _doc(self, text: str):
        # lower-cased so the case-sensitive lookup lemmatizer sees "Uppfyllda" as "uppfyllda"
        lowered = text.lower()
        return self.nlp(lowered if len(lowered) == len(text) else text)

    def _match(self, steps: tuple[Step, ...], k: int, pos: int, found: dict, n: int, stops: set[int]):
        """Ends of every match of steps[k:] starting at token `pos`. Gaps never cross a sentence end."""
        if k == len(steps):
            yield pos
            return
        step = steps[k]
        if step.name is None:
            for gap in range(step.lo, step.hi + 1):
                if pos + gap > n or any(i in stops for i in range(pos, pos + gap)):
                    break
                yield from self._match(steps, k + 1, pos + gap, found, n, stops)
            return
        if step.optional:
            yield from self._match(steps, k + 1, pos, found, n, stops)
        for end in found.get(step.name, {}).get(pos, ()):
            yield from self._match(steps, k + 1, end, found, n, stops)

    def hits(self, text: str, tiers: tuple[str, ...]) -> list[Hit]:
        """Every rule match of the given tiers (the longest per start), with character offsets into `text`."""
        return [h for h in self._analysed(text)[0] if h.rule.tier in tiers]

    def word_lemmas(self, text: str) -> list[str]:
        """Lemmas of the words of a short text by the lookup table alone (no matching): what the
        goal's kind is read from. Years are ÅR, other numbers N."""
        out = []
        for m in _WORD.finditer(text.lower()):
            word = m.group(0)
            out.append("ÅR" if _YEAR.fullmatch(word) else "N" if _NUMBER.fullmatch(word) else self._lookup.get(word, word))
        return out

    def lemmas(self, text: str) -> str:
        """The text as lemmas, years as ÅR and other numbers as N (the model's words)."""
        return self._analysed(text)[1]

    def sentences(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """The sentences of a text as (start, end, lemmas), split where the rules' gaps stop
        (. ! ? ; : and line breaks)."""
        return self._analysed(text)[2]

    def _analysed(self, text: str) -> tuple[list[Hit], str, tuple]:
        cached = self._cache.get(text)
        if cached is None:
            cached = self._analyse(text)
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = cached
        return cached

    def _analyse(self, text: str) -> tuple[list[Hit], str, tuple]:
        """One spaCy pass per text: the hits of every tier (classify asks for tiers one at a
        time) and the lemmas the model reads. The tokens are read once into plain lists."""
        doc = self._doc(text)
        toks = [(t.text, t.lemma_ or t.lower_, t.is_punct, t.is_space, t.shape_, t.lower_, t.idx) for t in doc]
        n = len(toks)
        lemmas = " ".join(
            "ÅR" if _YEAR.fullmatch(word) else "N" if _NUMBER.fullmatch(word) else lemma
            for word, lemma, _, space, _, _, _ in toks if not space)
        found: dict[str, dict[int, set[int]]] = {}
        for matcher in (self.lower, self.lemma):
            for key, start, end in matcher(doc):
                found.setdefault(self.nlp.vocab.strings[key], {}).setdefault(start, set()).add(end)
        for name, shapes in self.shapes.items():
            for i, tok in enumerate(toks):
                if tok[4] in shapes:
                    found.setdefault(name, {}).setdefault(i, set()).add(i + 1)
        words = [i for i, tok in enumerate(toks) if not tok[2] and not tok[3]]
        stops = {i for i, tok in enumerate(toks) if tok[0] in (".", "!", "?", ";", ":") or "\n" in tok[0]}
        sentences, begin = [], 0
        for i in sorted(stops | {n - 1}) if n else ():
            part = [k for k in range(begin, i + 1) if not toks[k][3]]
            content = [k for k in part if not toks[k][2]]
            if content:
                lemma_words = ["ÅR" if _YEAR.fullmatch(toks[k][0]) else "N" if _NUMBER.fullmatch(toks[k][0]) else toks[k][1]
                               for k in part]
                sentences.append((toks[content[0]][6], toks[part[-1]][6] + len(toks[part[-1]][0]), " ".join(lemma_words)))
            begin = i + 1
        first, last = (words[0], words[-1] + 1) if words else (0, n)  # "–" alone is all punctuation
        out = []
        candidates = [r for word in found.keys() | {None} for r in self.by_word.get(word, ())]
        for rule_id in sorted(candidates, key=self.order.__getitem__):
            if not self.required[rule_id] <= found.keys():
                continue  # a word the rule cannot do without is not in the text
            steps, rule = self.sequences[rule_id], self.rules[rule_id]
            head = next(st for st in steps if st.name)
            if steps[0].name and not steps[0].optional:
                starts = sorted(found.get(head.name, {}))
                if rule.at_start:
                    starts = [first] if first in found.get(head.name, {}) else []
            else:
                starts = [first] if rule.at_start else range(n)
            for start in starts:
                if rule.at_start and start != first:
                    continue
                ends = [e for e in self._match(steps, 0, start, found, n, stops) if e > start]
                if rule.whole:
                    ends = [e for e in ends if e == last]
                if rule.opener:
                    # "Klart.", "Klart sedan 2019", "Invigt hösten 2020", not "Klart att …" nor a list heading
                    # "Klart: …"; nor "Genomfört 2019." (one year of a goal for every year, often)
                    ends = [e for e in ends if e >= n or (toks[e][2] and toks[e][0] != ":") or toks[e][5] in self.opener_followers]
                if rule.strict_opener:
                    # "Ja." is a verdict; "Ja, på fyra filialer av fem" is not
                    ends = [e for e in ends if e >= n or toks[e][0] in (".", "!")]
                if ends:
                    stop = max(ends) - 1
                    start_char, end_char = toks[start][6], toks[stop][6] + len(toks[stop][0])
                    out.append(Hit(rule, start_char, end_char, text[start_char:end_char]))
        return out, lemmas, tuple(sentences)


LEMMAS_FILE = "lemmas.json.gz"


FULL_LEMMAS = {"on": False}  # training reads the full table, so a model never depends on the previous one's subset


def lemma_table() -> dict[str, str] | None:
    """The trained model's lemma table (a subset of spacy-lookups-data's Swedish table, written by
    `malkoll train`), or None to use the full table."""
    import gzip
    import json

    path = MODEL_DIR / LEMMAS_FILE
    if FULL_LEMMAS["on"] or not path.exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def full_lemma_table() -> dict[str, str]:
    """spacy-lookups-data's Swedish lookup table, form -> lemma (training only: it is large)."""
    import gzip
    import json
    from importlib import resources

    with gzip.open(resources.files("spacy_lookups_data").joinpath("data/sv_lemma_lookup.json.gz").open("rb"), "rt",
                   encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def status_nlp() -> StatusNLP:
    return StatusNLP()


# ------------------------------------------------------------------ the trained model

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "status"
_YEAR = stdre.compile(r"\b(?:19|20)\d\d\b")
_NUMBER = stdre.compile(r"\b\d+(?:[.,]\d+)?\b")
_WORD = stdre.compile(r"\d+(?:[.,]\d+)?|\w+")


def model_text(text: str, features: str = "words", goal: str | None = None) -> str:
    """What the model sees: lower case, years and numbers masked, so it cannot learn them.

    features="lemmas+rules" gives lemmas instead of word forms and appends one token per rule
    that fired ("regel_cue_ongoing"), so the model learns how much each rule is worth.
    features="lemmas+rules+goal" also marks the words a negation governs ("inte_alla") and
    appends the goal's kind ("mål_samtliga", "mål_utreda"), by lexicon/model_features.json.
    """
    masked = _NUMBER.sub("N", _YEAR.sub("ÅR", text.lower()))
    if features == "words" or not masked.strip():
        return masked
    engine = status_nlp()
    return _compose(engine, text, engine.lemmas(text), features, goal, 0, len(text))


def _compose(engine: "StatusNLP", text: str, lemmas: str, features: str, goal: str | None, start: int, end: int) -> str:
    """Lemmas (negation scope marked and the goal's kind added for "lemmas+rules+goal") followed by
    one token per rule that fired between `start` and `end` of `text`."""
    from pipeline.classify.rules import proportion_labelled  # rules builds on this module; imported late

    # a proportion rule's token carries the label its figures give ("0 av 4" → …_not_fulfilled), since
    # the model sees every number masked as N
    fired = " ".join(sorted({"regel_" + h.rule.id.replace(".", "_") + (f"_{h.rule.label}" if proportion else "")
                             for h, proportion in proportion_labelled(engine.hits(text, ("explicit", "cue")))
                             if start <= h.start < end}))
    if features == "lemmas+rules+goal":
        lemmas = f"{_negation_scope(lemmas)} {_goal_kind(goal)}".strip()
        fired = f"{fired} {_polarity(engine, text, start, end)}".strip()
    return f"{lemmas} {fired}".strip()


def _polarity(engine: "StatusNLP", text: str, start: int, end: int) -> str:
    """How the prose cues between `start` and `end` lie (lexicon model_features.json): both ways
    ("regel_blandat"), one sentence each way ("regel_mening_blandat"), and the last sentence's way."""
    cues = [h for h in engine.hits(text, ("cue",)) if start <= h.start < end]
    out = []
    if {h.rule.label for h in cues} >= {"fulfilled", "not_fulfilled"}:
        out.append("regel_blandat")
    ways = []
    for a, b, _ in engine.sentences(text):
        if a < start or a >= end:
            continue
        labels = {h.rule.label for h in cues if a <= h.start < b}
        ways.append("p" if labels == {"fulfilled"} else "n" if labels == {"not_fulfilled"} else "m" if labels else "o")
    if len(ways) > 1:
        if "p" in ways and "n" in ways:
            out.append("regel_mening_blandat")
        out.append("regel_sista_" + ways[-1])
    return " ".join(out)


# The status model is an ensemble of bag-of-words textcats, one per view of the same text; their
# probabilities are averaged. Views (the first is the main one, in models/status/ itself; the others
# in models/status/views/<view>/):
#   "lemmas+rules+goal"  lemmas, negation scope, the rules that fired, the goal's kind (model_text);
#   "affix"              the same plus the first five and last four letters of every long word, so
#                        compounds share their parts ("skolbiblioteken" and "folkbibliotek": suf_blio…);
#   "words"              the word forms as written (lower case, numbers masked) plus the rule and goal tokens.
# Grouped cross-validation over the training files and dev: one view 0.913, the three averaged 0.920
# (better on 12 of the 16 held-out groups).
VIEWS = ("lemmas+rules+goal", "affix", "words")
AFFIX_MIN = 7


def view_text(view: str, text: str, goal: str | None = None, composed: str | None = None) -> str:
    """The model input of one view; `composed` is the text's "lemmas+rules+goal" input if known."""
    if view not in VIEWS[1:]:
        return composed if composed is not None else model_text(text, view, goal)
    composed = composed if composed is not None else model_text(text, VIEWS[0], goal)
    tokens = composed.split()
    if view == "affix":
        extra = []
        for token in tokens:
            word = token.replace("inte_", "")
            if token.startswith(("regel_", "mål_")) or len(token) < AFFIX_MIN or not word.isalpha():
                continue
            extra += ["suf_" + word[-4:], "pre_" + word[:5]]
        return " ".join(tokens + extra)
    marks = [t for t in tokens if t.startswith(("regel_", "mål_"))]
    return " ".join([model_text(text, "words")] + marks).strip()


def view_docs(nlp, view: str, texts):
    """The Docs a view's textcat reads, built the same way in training and in use. The lemma views
    are tokens already, joined by spaces, so they are split on spaces (cheaper than the tokenizer);
    the word forms go through the tokenizer ("besök." → besök .)."""
    from spacy.tokens import Doc

    if view == "words":
        return [nlp.make_doc(text) for text in texts]
    return [Doc(nlp.vocab, words=text.split()) for text in texts]


@lru_cache(maxsize=1)
def _features_spec() -> tuple[frozenset, frozenset, int, frozenset]:
    spec = load("model_features")
    return frozenset(spec["negators"]), frozenset(spec["scope_ends"]), int(spec["scope"]), frozenset(spec["goal_words"])


def _negation_scope(lemmas: str) -> str:
    """"har inte alla skola fått" → "har inte inte_alla inte_skola inte_fått": the words a negation
    governs, up to `scope` words or the end of the clause."""
    negators, ends, width, _ = _features_spec()
    out, scope = [], 0
    for token in lemmas.split():
        if token in ends:
            scope = 0
        if scope:
            out.append("inte_" + token)
            scope -= 1
        else:
            out.append(token)
        if token in negators:
            scope = width
    return " ".join(out)


def _goal_kind(goal: str | None) -> str:
    if not goal or not goal.strip():
        return ""
    words = _features_spec()[3]
    kinds = {"mål_" + t for t in status_nlp().word_lemmas(goal) if t in words}
    kinds |= {"mål_" + name for name, pattern in _goal_patterns().items() if pattern.search(goal)}
    return " ".join(sorted(kinds))


@lru_cache(maxsize=1)
def _goal_patterns() -> dict:
    import regex

    return {name: regex.compile(p, regex.I) for name, p in load("model_features").get("goal_patterns", {}).items()}


class StatusModel:
    """spaCy textcat (exclusive classes) trained by `malkoll train`, read from models/status/."""

    def __init__(self, path: Path = MODEL_DIR):
        import json

        import spacy

        self.path = Path(path)
        self.nlp = spacy.load(self.path)
        self.meta = json.loads((self.path / "meta.json").read_text(encoding="utf-8"))
        self.name = f"model:status-{self.meta.get('version', '0')}"
        self.features = self.meta.get("config", {}).get("features", "words")
        # the main pipeline reads the first view; the others (if any) sit in views/<view>/
        self.views = list(self.meta.get("config", {}).get("views") or [self.features])
        self.pipes = [self.nlp] + [spacy.load(self.path / "views" / view) for view in self.views[1:]]

    def _cats(self, inputs: list[list[str]]) -> list[dict[str, float]]:
        """Averaged probabilities of the views; inputs[k] is the list of texts of view k."""
        out: list[dict[str, float]] = [{} for _ in inputs[0]]
        for pipe, view, texts in zip(self.pipes, self.views, inputs):
            for acc, doc in zip(out, pipe.pipe(view_docs(pipe, view, texts), batch_size=256)):
                for label, p in doc.cats.items():
                    acc[label] = acc.get(label, 0.0) + p / len(self.pipes)
        return out

    def _inputs(self, text: str, goal: str | None, composed: str | None = None) -> list[str]:
        if composed is None:
            composed = model_text(text, self.views[0], goal)
        return [composed] + [view_text(view, text, goal, composed) for view in self.views[1:]]

    def predict(self, texts: list[str], goals: list[str | None] | None = None) -> list[tuple[str, float]]:
        """(label, probability) per text (with its goal, for a model that reads goals); an empty
        text is unknown with probability 0."""
        goals = goals or [None] * len(texts)
        per_text = [self._inputs(t, g) for t, g in zip(texts, goals)]
        keep = [i for i, views in enumerate(per_text) if views[0].strip()]
        out: list[tuple[str, float]] = [("unknown", 0.0)] * len(texts)
        if not keep:
            return out
        cats = self._cats([[per_text[i][k] for i in keep] for k in range(len(self.pipes))])
        for i, c in zip(keep, cats):
            label, prob = max(c.items(), key=lambda kv: kv[1])
            out[i] = (label, float(prob))
        return out

    def evidence(self, text: str, label: str, goal: str | None = None) -> tuple[int, int] | None:
        """The sentence of `text` that speaks most for `label` (character offsets), by the same model
        read sentence by sentence; the whole text when it is one sentence."""
        if self.features == "words" or not text.strip():
            return None
        engine = status_nlp()
        sentences = engine.sentences(text)
        if len(sentences) <= 1:
            return (sentences[0][0], sentences[0][1]) if sentences else None
        inputs = [self._inputs(text[a:b], goal, _compose(engine, text, lem, self.features, goal, a, b))
                  for a, b, lem in sentences]
        scores = [c[label] for c in self._cats([[views[k] for views in inputs] for k in range(len(self.pipes))])]
        best = max(range(len(sentences)), key=lambda k: scores[k])
        return sentences[best][0], sentences[best][1]


@lru_cache(maxsize=1)
def status_model() -> StatusModel | None:
    """The trained model, or None when models/status/ holds none."""
    if not (MODEL_DIR / "meta.json").exists():
        return None
    return StatusModel(MODEL_DIR)
