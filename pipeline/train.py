"""`malkoll train` and `malkoll evaluate`: the status model and its measurement.

Training data: corpus/statements/train*.jsonl, dev.jsonl and test.jsonl (labelled result
statements, see corpus/statements/README.md). The model is three spaCy textcats
(bag of words and bigrams; exclusive classes), one per view of the text (lemmas
plus one token per status rule that fired, the words a negation governs and the
goal's kind; the same with word beginnings and endings; the word forms), whose
probabilities are averaged (classify/nlp.py, VIEWS); trained with a fixed seed. The number of epochs is chosen by grouped
cross-validation (each training file, written by one writer to one brief, and
dev held out in turn; rules + model scored on the held-out group), then the
final model learns from train and dev for that many epochs. The test split is never used here. Place-name and
year placeholders ({ORT}, {ÅR}) are filled with varied values, and years and
numbers are masked before the model sees a text, so it cannot learn them.
Train items that are near-duplicates (difflib ratio ≥ 0.85) of a dev or test
item are dropped.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.classify.nlp import MODEL_DIR, VIEWS, model_text, view_docs, view_text

LABELS = ("fulfilled", "partial", "not_fulfilled", "unknown")
DATA_DIR = Path("corpus/statements")
MODEL_VERSION = "1"
NEAR_DUPLICATE = 0.85


@dataclass(frozen=True)
class Statement:
    id: str
    result: str | None
    field: str | None
    status: str
    goal: str | None = None

    @property
    def text(self) -> str:
        """The model's input: the status field (if any) and the result text."""
        return " ".join(p for p in (self.field, self.result) if p)


def load_split(path: Path, seed: int = 0) -> list[Statement]:
    """Statements of one split, placeholders filled deterministically."""
    from pipeline.municipality import table

    rng = random.Random(f"{seed}:{path.name}")
    places = [e.name for e in table()]
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row["status"] not in LABELS:
            raise ValueError(f"{path}: {row.get('id')}: unknown status {row['status']!r}")

        place, year = rng.choice(places), str(rng.randint(2014, 2026))  # one place and year per statement

        def fill(text: str | None) -> str | None:
            return None if text is None else text.replace("{ORT}", place).replace("{ÅR}", year)

        out.append(Statement(row["id"], fill(row.get("result")), fill(row.get("status_field")), row["status"],
                             fill(row.get("goal"))))
    return out


def drop_near_duplicates(train: list[Statement], others: list[Statement]) -> tuple[list[Statement], int]:
    """Train items too close to any dev/test item go, so the splits measure generalisation."""
    kept, dropped = [], 0
    other_texts = [o.text.lower() for o in others if o.text]
    for item in train:
        text = item.text.lower()
        if text and any(difflib.SequenceMatcher(None, text, o, autojunk=False).quick_ratio() >= NEAR_DUPLICATE
                        and difflib.SequenceMatcher(None, text, o, autojunk=False).ratio() >= NEAR_DUPLICATE
                        for o in other_texts):
            dropped += 1
            continue
        kept.append(item)
    return kept, dropped


def macro_f1(pairs: list[tuple[str, str]]) -> tuple[float, dict[str, dict[str, float]]]:
    per = {}
    for label in LABELS:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[label] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": tp + fn}
    present = [v["f1"] for v in per.values() if v["support"]]
    return (sum(present) / len(present) if present else 0.0), per


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


MIN_OBSERVED = 8


def rule_confidence(items: list[Statement]) -> dict[str, float]:
    """Confidence per deciding rule: the Wilson lower bound (95 %) of its precision on train and dev,
    at most the rule tier's default. A rule seen fewer than MIN_OBSERVED times gets 0.85, so a
    confidence of 0.9 or more is only given by rules measured to earn it."""
    from pipeline.classify.rules import CONFIDENCE, RuleClassifier

    rules = RuleClassifier()
    seen: Counter = Counter()
    right: Counter = Counter()
    for s in items:
        status = rules.status(s.result, s.field, s.goal)
        if status.method.startswith(("rule:field.", "rule:explicit.", "rule:list.", "rule:target.")):
            seen[status.method] += 1
            right[status.method] += status.label == s.status
    out = {}
    for method, n in sorted(seen.items()):
        if n < MIN_OBSERVED:
            out[method] = 0.85
            continue
        p, z = right[method] / n, 1.96
        lower = (p + z * z / (2 * n) - z * ((p * (1 - p) + z * z / (4 * n)) / n) ** 0.5) / (1 + z * z / n)
        ceiling = CONFIDENCE["field"] if method.startswith("rule:field.") else CONFIDENCE["explicit"]
        out[method] = round(min(ceiling, lower), 2)
    return out


def _write_lemmas(out_dir: Path, items: list[Statement]) -> None:
    """The part of spacy-lookups-data's Swedish lemma table the pipeline needs: every form of every
    lemma in the training texts and the status lexicon. The full table costs about 250 MB of memory;
    this one a few MB. Forms outside it keep their own spelling, as unseen words do anyway."""
    import gzip

    from pipeline.classify.nlp import LEMMAS_FILE, full_lemma_table
    from pipeline.lexicon import load

    full = full_lemma_table()
    words = set()
    for s in items:
        words.update(w.strip(".,;:!?()\"'").lower() for w in f"{s.text} {s.goal or ''}".split())
    words.update(w.lower() for w in load("model_features")["goal_words"])
    lexicon = load("status_patterns")
    for spec in lexicon["token_sets"].values():
        for values in spec.values():
            words.update(v.lower() for v in values)
    for phrases in lexicon["phrases"].values():
        for phrase in phrases:
            words.update(phrase.lower().split())
    lemmas = {full.get(w, w) for w in words} | words
    subset = {form: lemma for form, lemma in sorted(full.items()) if lemma in lemmas}
    data = json.dumps(subset, ensure_ascii=False, sort_keys=True).encode("utf-8")
    with gzip.GzipFile(out_dir / LEMMAS_FILE, "wb", mtime=0) as fh:  # mtime 0: the same bytes every time
        fh.write(data)


def train(data_dir: Path = DATA_DIR, out_dir: Path = MODEL_DIR, seed: int = 0, epochs: int = 8,
          limit: int | None = None, features: str = "lemmas+rules+goal", model_config: dict | None = None,
          views: tuple[str, ...] | None = None) -> dict:
    """Train the status model; the epoch count is chosen by grouped cross-validation (each training
    file and dev held out in turn); the final model learns from all of them. Writes out_dir."""
    from pipeline.classify import nlp as engine

    engine.FULL_LEMMAS["on"] = True
    engine.status_nlp.cache_clear()
    try:
        return _train(data_dir, out_dir, seed, epochs, limit, features, model_config,
                      views or (VIEWS if features == VIEWS[0] else (features,)))
    finally:
        engine.FULL_LEMMAS["on"] = False
        engine.status_nlp.cache_clear()
        engine.status_model.cache_clear()


def _fit(items: list[Statement], inputs: dict[str, str], epochs: int, seed: int, config: dict, on_epoch=None,
         view: str = VIEWS[0]):
    """A textcat trained on `items` (model input text of `view` by id) for `epochs` epochs, fixed
    seed; on_epoch(epoch, nlp, loss) after each epoch."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("sv")
    textcat = nlp.add_pipe("textcat", config=config)
    for label in LABELS:
        textcat.add_label(label)
    docs = view_docs(nlp, view, [inputs[s.id] for s in items])
    examples = [Example.from_dict(doc, {"cats": {lab: float(lab == s.status) for lab in LABELS}})
                for doc, s in zip(docs, items)]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        if on_epoch:
            on_epoch(epoch, nlp, losses.get("textcat", 0.0))
    return nlp


def _train(data_dir: Path, out_dir: Path, seed: int, epochs: int, limit: int | None, features: str,
           model_config: dict | None, views: tuple[str, ...]) -> dict:
    import spacy

    from pipeline.classify.combined import decide
    from pipeline.classify.rules import RuleClassifier

    train_files = sorted(data_dir.glob("train*.jsonl"))  # train.jsonl, train_b.jsonl, …
    groups = {path.stem: [s for s in load_split(path, seed) if s.text] for path in train_files}
    dev_items = [s for s in load_split(data_dir / "dev.jsonl", seed) if s.text]
    test_path = data_dir / "test.jsonl"
    held_out = dev_items + ([s for s in load_split(test_path, seed) if s.text] if test_path.exists() else [])
    dropped = 0
    for name in groups:
        groups[name], n = drop_near_duplicates(groups[name], held_out)
        dropped += n
    if limit:  # a quick run (tests): two groups, a slice of each
        train_items = [s for items in groups.values() for s in items][:limit]
        groups = {"train": train_items}
        dev_items = dev_items[:max(8, limit // 3)]
    groups["dev"] = dev_items
    train_items = [s for name, items in groups.items() if name != "dev" for s in items]
    everything = [s for items in groups.values() for s in items]
    composed = {s.id: model_text(s.text, features, s.goal) for s in everything}
    inputs = {view: {s.id: view_text(view, s.text, s.goal, composed[s.id]) for s in everything} for view in views}
    rules = RuleClassifier()
    rule_status = {s.id: rules.status(s.result, s.field, s.goal) for s in everything}
    limited = {s.id: rules.scope_limited(s.result) for s in everything}
    config = {"model": model_config or {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                                        "ngram_size": 2, "no_output_layer": False, "length": 65536}}

    # Grouped cross-validation: each file (one writer, one brief) is held out in turn, so the epoch
    # count is the one that generalises to new writers, not the one that suits one small dev split.
    scores: dict[int, dict[str, float]] = {e: {} for e in range(1, epochs + 1)}
    losses: dict[int, list[float]] = {e: [] for e in range(1, epochs + 1)}
    for name, held in groups.items():
        rest = [s for other, items in groups.items() if other != name for s in items]
        cats: dict[int, dict[str, dict[str, float]]] = {e: {s.id: {} for s in held} for e in range(1, epochs + 1)}

        def collect(epoch, nlp, loss, held=held, view=None):
            for s, doc in zip(held, nlp.pipe(view_docs(nlp, view, [inputs[view][s.id] for s in held]))):
                for label, p in doc.cats.items():  # the views' probabilities, averaged
                    cats[epoch][s.id][label] = cats[epoch][s.id].get(label, 0.0) + p / len(views)
            losses[epoch].append(loss / len(views))

        for view in views:
            _fit(rest, inputs[view], epochs, seed, config, lambda e, nlp, loss, view=view: collect(e, nlp, loss, view=view),
                 view)
        for epoch in range(1, epochs + 1):
            pairs = []
            for s in held:
                label, prob = max(cats[epoch][s.id].items(), key=lambda kv: kv[1])
                pairs.append((s.status, decide(rule_status[s.id], label, prob, "model", limited[s.id]).label))
            scores[epoch][name] = round(macro_f1(pairs)[0], 4)
    history = [{"epoch": e, "cv_macro_f1": round(sum(f.values()) / len(f), 4), "folds": f,
                "loss": round(sum(losses[e]) / len(groups), 4)} for e, f in scores.items()]
    best = max(history, key=lambda h: (h["cv_macro_f1"], -h["epoch"]))
    pipes = [_fit(everything, inputs[view], best["epoch"], seed, config, view=view) for view in views]
    nlp = pipes[0]

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    meta = {
        "name": "status",
        "version": MODEL_VERSION,
        "spacy_version": spacy.__version__,
        "labels": list(LABELS),
        "seed": seed,
        "config": {"model": config["model"], "epochs": epochs, "dropout": 0.2,
                   "batch_size": 16, "chosen_epoch": best["epoch"], "features": features, "views": list(views),
                   "ensemble": "one textcat per view, probabilities averaged; the first view in this folder, "
                               "the others in views/<view>/ (pipeline/classify/nlp.py, VIEWS)",
                   "epoch_choice": "grouped cross-validation: each training file and dev held out in turn; "
                                   "macro-F1 of rules + model on the held-out group, mean over groups",
                   "input": "lower case; years → ÅR, numbers → N" + ("; lemmas; one token per rule that fired" if features != "words" else "")
                   + ("; words a negation governs marked inte_…; the goal's kind as mål_… tokens; how the prose cues pull as regel_blandat / regel_mening_blandat / regel_sista_… (lexicon/model_features.json)"
                      if features == "lemmas+rules+goal" else "")},
        "data": {path.stem: _sha(path) for path in train_files + [data_dir / "dev.jsonl"]},
        "train_items": len(train_items), "dev_items": len(dev_items),
        "final_model_trained_on": "train+dev",
        "train_dropped_near_duplicates": dropped,
        "train_labels": dict(Counter(s.status for s in train_items)),
        # dev_macro_f1: the dev group of the cross-validation (rules + a model that never saw dev)
        "metrics": {"cv_macro_f1": best["cv_macro_f1"], "dev_macro_f1": best["folds"]["dev"], "history": history},
    }
    meta["rule_confidence"] = rule_confidence(everything)
    nlp.meta.update(meta)  # spaCy's own meta.json (lang, pipeline) carries ours too
    nlp.to_disk(out_dir)
    import shutil
    shutil.rmtree(out_dir / "views", ignore_errors=True)  # no view of an earlier model stays behind
    (out_dir / "views").mkdir()
    for view, pipe in zip(views[1:], pipes[1:]):
        pipe.meta.update({"name": f"status_{view}", "version": MODEL_VERSION, "description": f"view {view!r} of models/status"})
        pipe.to_disk(out_dir / "views" / view)
    _write_lemmas(out_dir, everything)
    return json.loads((out_dir / "meta.json").read_text(encoding="utf-8"))


def evaluate(split: str = "test", data_dir: Path = DATA_DIR, classifier=None, seed: int = 0) -> dict:
    """Status classifier (rules + model) on one split: per-class figures, confusion, methods, calibration."""
    from pipeline.classify import default_classifier

    classifier = classifier or default_classifier()
    items = load_split(Path(data_dir) / f"{split}.jsonl", seed)
    statuses = classifier.statuses([(s.result, s.field, s.goal) for s in items]) if hasattr(classifier, "statuses") \
        else [classifier.status(s.result, s.field, s.goal) for s in items]
    pairs = [(s.status, st.label) for s, st in zip(items, statuses)]
    score, per = macro_f1(pairs)
    confusion = {g: {p: sum(1 for a, b in pairs if a == g and b == p) for p in LABELS} for g in LABELS}
    methods = Counter()
    method_ok = Counter()
    for (gold, pred), st in zip(pairs, statuses):
        family = "model" if st.method.startswith("model:") else ("rule+model" if "+model:" in st.method else
                                                                 st.method.split(".")[0])
        methods[family] += 1
        method_ok[family] += gold == pred
    sure = [(g, p) for (g, p), st in zip(pairs, statuses) if st.confidence >= 0.9]
    return {
        "split": split, "items": len(items), "classifier": getattr(classifier, "name", type(classifier).__name__),
        "accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 4) if pairs else 0.0,
        "macro_f1": round(score, 4), "per_class": per, "confusion": confusion,
        "methods": {m: {"decided": n, "correct": method_ok[m]} for m, n in methods.most_common()},
        "confidence_ge_0_9": {"items": len(sure), "accuracy": round(sum(g == p for g, p in sure) / len(sure), 4) if sure else None},
        "errors": [{"id": s.id, "gold": g, "predicted": p, "method": st.method, "text": s.text[:160]}
                   for s, (g, p), st in zip(items, pairs, statuses) if g != p],
    }


def render_evaluation(r: dict, errors: bool = False) -> str:
    lines = [f"split {r['split']}: {r['items']} statements, classifier {r['classifier']}",
             f"{'label':<15} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
    for label, v in r["per_class"].items():
        lines.append(f"{label:<15} {v['precision']:>9.3f} {v['recall']:>7.3f} {v['f1']:>6.3f} {v['support']:>8}")
    lines.append(f"macro-F1 {r['macro_f1']:.4f} · accuracy {r['accuracy']:.4f}")
    lines.append("confusion (rows gold, columns predicted): " + " ".join(f"{lab[:4]:>5}" for lab in LABELS))
    for gold, row in r["confusion"].items():
        lines.append(f"  {gold:<15} " + " ".join(f"{row[p]:>5}" for p in LABELS))
    lines.append("decided by: " + ", ".join(f"{m} {v['decided']} ({v['correct']} right)" for m, v in r["methods"].items()))
    c = r["confidence_ge_0_9"]
    lines.append(f"confidence ≥ 0.9: {c['items']} statements, accuracy {c['accuracy']}")
    if errors:
        lines += [f"  {e['id']}: gold {e['gold']}, got {e['predicted']} ({e['method']}): {e['text']}" for e in r["errors"]]
    return "\n".join(lines)
