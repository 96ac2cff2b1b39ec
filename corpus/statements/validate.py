"""Validate train.jsonl, dev.jsonl and test.jsonl and print counts per status and style.

    python3 corpus/statements/validate.py      # exits 1 on any problem

Standard library only. Checks the schema, the label sets, that the style
agrees with the fields, that narrative results carry no status words, and
that no goal occurs in both files (the test split must stay disjoint).
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRAIN_FILES = tuple(sorted(p.name for p in HERE.glob("train*.jsonl")))
FILES = TRAIN_FILES + ("dev.jsonl", "test.jsonl")
FIELDS = ("id", "goal", "result", "status_field", "status", "style", "note")
STATUSES = ("fulfilled", "partial", "not_fulfilled", "unknown")
STYLES = ("verdict", "explicit", "narrative", "hard", "list", "cell", "field", "unknown")
# Narrative results must be read from what happened, so these may not occur.
STATUS_WORDS = re.compile(
    r"uppfyll|uppnå|delvis|bedöm|\bmålet\b|\bmålsättning|\bnått|\bnådde|pågå|påbörja|"
    r"till viss del|i viss mån|fullt ut|genomfört\b|\bklart?\b|halvvägs|\bej\b",
    re.IGNORECASE)


def norm(text):
    return re.sub(r"\W+", " ", text.lower()).strip()


def check(path, errors):
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        if tuple(rec) != FIELDS:
            errors.append(f"{where}: fields {tuple(rec)} != {FIELDS}")
            continue
        for key in ("id", "goal", "status", "style", "note"):
            if not isinstance(rec[key], str) or not rec[key].strip():
                errors.append(f"{where}: {key} must be a non-empty string")
        for key in ("result", "status_field"):
            if rec[key] is not None and (not isinstance(rec[key], str) or not rec[key].strip()):
                errors.append(f"{where}: {key} must be null or a non-empty string")
        if rec["status"] not in STATUSES:
            errors.append(f"{where}: bad status {rec['status']!r}")
        if rec["style"] not in STYLES:
            errors.append(f"{where}: bad style {rec['style']!r}")
        if rec["style"] == "field" and rec["status_field"] is None:
            errors.append(f"{where}: style field needs a status_field")
        if rec["style"] == "unknown" and rec["status"] != "unknown":
            errors.append(f"{where}: style unknown must have status unknown")
        if rec["style"] == "narrative":
            if rec["status_field"] is not None or rec["result"] is None:
                errors.append(f"{where}: narrative needs prose and no status_field")
            elif STATUS_WORDS.search(rec["result"]):
                errors.append(f"{where}: narrative result has a status word: "
                              f"{STATUS_WORDS.search(rec['result']).group(0)!r}")
        if rec["result"] is None and rec["status_field"] is None and rec["status"] != "unknown":
            errors.append(f"{where}: no result and no field must be unknown")
        records.append(rec)
    ids = [r["id"] for r in records]
    prefix = path.stem.replace("_", "") + "-"
    if len(set(ids)) != len(ids) or not all(i.startswith(prefix) for i in ids):
        errors.append(f"{path.name}: ids must be unique and start with {prefix!r}")
    goals = collections.Counter(norm(r["goal"]) for r in records)
    errors.extend(f"{path.name}: duplicate goal {g!r}" for g, c in goals.items() if c > 1)
    return records


def table(records):
    n = len(records)
    status = collections.Counter(r["status"] for r in records)
    style = collections.Counter(r["style"] for r in records)
    fields = sum(r["status_field"] is not None for r in records)
    nulls = sum(r["result"] is None for r in records)
    print(f"  items {n}; with status_field {fields} ({fields / n:.0%}); result null {nulls}")
    print("  status: " + ", ".join(f"{s} {status[s]} ({status[s] / n:.0%})" for s in STATUSES))
    print("  style:  " + ", ".join(f"{s} {style[s]} ({style[s] / n:.0%})" for s in STYLES))
    cross = collections.Counter((r["style"], r["status"]) for r in records)
    print("  style x status: " + "; ".join(
        f"{st} " + "/".join(str(cross[(st, s)]) for s in STATUSES) for st in STYLES)
        + "   (F/P/N/U)")


def main():
    errors = []
    data = {name: check(HERE / name, errors) for name in FILES}
    held_out = {norm(r["result"]) for name in ("dev.jsonl", "test.jsonl") for r in data[name] if r["result"]}
    for name in TRAIN_FILES:
        for r in data[name]:
            if r["result"] and norm(r["result"]) in held_out:
                errors.append(f"{name} {r['id']}: result also in dev.jsonl or test.jsonl")
    dev_goals = {norm(r["goal"]) for r in data["dev.jsonl"]}
    for r in data["test.jsonl"]:
        if norm(r["goal"]) in dev_goals:
            errors.append(f"test.jsonl {r['id']}: goal also in dev.jsonl")
    dev_results = {norm(r["result"]) for r in data["dev.jsonl"] if r["result"]}
    for r in data["test.jsonl"]:
        if r["result"] and len(r["result"]) > 40 and norm(r["result"]) in dev_results:
            errors.append(f"test.jsonl {r['id']}: result also in dev.jsonl")
    for name, records in data.items():
        print(name)
        table(records)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
