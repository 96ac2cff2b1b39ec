#!/usr/bin/env python3
"""Check the corpus against its gold files.

    python3 corpus/src/check.py        # from the repository root (any cwd works)

For every gold file in corpus/gold/, decodes its document with the document's
own encoding (texts.py; the seed is UTF-8), drops the Markdown markers ** and _,
normalises whitespace, and checks that

- every gold goal text and every paragraph of its result occurs in the text, in
  document order (section title, goal, result parts, next goal ...);
- every gold section title stands on a line of its own (a heading), once the
  Markdown #, a leading number ("2.3 ") and ** are taken off;
- no label ("Mål 3 –", "Resultat:", ...) is left at the start of a gold text;
- the bytes match the declared encoding and line ends (BOM, CRLF/LF, a cp1252
  byte that Latin-1 would misread, Latin-1 that is not valid UTF-8);
- the municipality code is a real SCB code (kommunlankod.csv) named in the
  text, or, when it is null, that no municipality is named; the plan period
  and the date are written in the text;
- documents/ and gold/ are exactly what build.py renders from texts.py, and the
  seed copy still has its recorded SHA-256.

Prints one line per document and the status counts; exits 1 on any failure.
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
from build import document_bytes, gold_bytes  # noqa: E402
from texts import DOCS, SEED  # noqa: E402

SPECS = {d["file"]: d for d in DOCS}
# The repository's own copy first; the shared one beside the repository otherwise.
KOMMUNLANKOD_CANDIDATES = [CORPUS.parent / "pipeline" / "data" / "kommunlankod.csv",
                           CORPUS.parent.parent / "shared" / "data" / "kommunlankod.csv"]
STATUSES = ("fulfilled", "partial", "not_fulfilled", "unknown")
LABEL_PREFIX = re.compile(r"^(övergripande mål|mål|delmål|målsättning|resultat|uppföljning|utfall|"
                          r"kommentar|måluppfyllelse|bedömning|status)(\s*[\d.]+)?\s*[:–-]", re.I)
HEADING_PREFIX = re.compile(r"^\s*#*\s*")  # the Markdown marks; a section number stays, as printed
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


def ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def plain(text: str) -> str:
    """The text as the gold sees it: no Markdown ** or _ markers, whitespace normalised."""
    return ws(text.replace("**", "").replace("_", ""))


def load_kommuner() -> dict[str, str]:
    for path in KOMMUNLANKOD_CANDIDATES:
        if path.exists():
            rows = path.read_text(encoding="utf-8").split("\n")
            return dict(r.split(",", 1) for r in rows if re.match(r"\d{4},", r))
    return {}


def byte_checks(raw: bytes, spec: dict) -> tuple[str, list[str]]:
    """Decode as declared; return (text, problems)."""
    problems = []
    encoding = spec["encoding"]
    has_bom = raw.startswith(b"\xef\xbb\xbf")
    if (encoding == "utf-8-sig") != has_bom:
        problems.append(f"BOM {'missing' if not has_bom else 'unexpected'}")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as e:
        return "", [f"does not decode as {encoding}: {e}"]
    if encoding == "cp1252" and not re.search(rb"[\x80-\x9f]", raw):
        problems.append("cp1252 text without any byte that Latin-1 would misread")
    if encoding == "iso-8859-1":
        try:
            raw.decode("utf-8")
            problems.append("Latin-1 text is also valid UTF-8")
        except UnicodeDecodeError:
            pass
    crlf = raw.count(b"\r\n")
    bare_lf = len(re.findall(rb"(?<!\r)\n", raw))
    bare_cr = len(re.findall(rb"\r(?!\n)", raw))
    if spec["newline"] == "\r\n" and (bare_lf or bare_cr or not crlf):
        problems.append(f"expected CRLF only: {crlf} CRLF, {bare_lf} bare LF, {bare_cr} bare CR")
    if spec["newline"] == "\n" and (crlf or bare_cr):
        problems.append(f"expected LF only: {crlf} CRLF, {bare_cr} bare CR")
    return text, problems


def date_forms(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    month = MONTHS[m - 1]
    return [iso, f"{d} {month} {y}", f"{d}/{m} {y}", f"{d} {month[:3]} {y}", f"{d}.{m}.{y}"]


def content_checks(gold: dict, text: str, kommuner: dict[str, str]) -> tuple[int, int, int, list[str]]:
    """(goals found, results found, results in gold, problems)."""
    problems = []
    flat = plain(text)
    headings = {plain(HEADING_PREFIX.sub("", line)) for line in text.splitlines()}
    cursor, section, goals_ok, results_ok, results_all = 0, None, 0, 0, 0
    for g in gold["goals"]:
        if g["status"] not in STATUSES:
            problems.append(f"bad status {g['status']!r}")
        if g["section"] != section:
            section = g["section"]
            if section is not None:
                if plain(section) not in headings:
                    problems.append(f"section is not a heading line: {section!r}")
                pos = flat.find(plain(section), cursor)
                if pos < 0:
                    problems.append(f"section not found before its goals: {section!r}")
                else:
                    cursor = pos + len(plain(section))
        for what, needle in [("goal", g["goal"])] + [("result", p) for p in
                                                      (g["result"] or "").split("\n") if p]:
            if LABEL_PREFIX.match(needle):
                problems.append(f"label left in gold {what}: {needle[:50]!r}")
            n = plain(needle)
            pos = flat.find(n, cursor)
            if pos < 0:
                where = "out of order" if n in flat else "not found"
                problems.append(f"{what} {where}: {needle[:60]!r}")
                ok = False
            else:
                cursor = pos + len(n)
                ok = True
            if what == "goal":
                goals_ok += ok
                part_ok = True
            else:
                part_ok = part_ok and ok
        if g["result"] is not None:
            results_all += 1
            results_ok += part_ok

    code = gold["municipality_code"]
    if code is not None:
        name = kommuner.get(code) if kommuner else code
        if name is None:
            problems.append(f"unknown kommunkod {code}")
        elif kommuner and name not in text:
            problems.append(f"{name} ({code}) not named in the text")
    elif kommuner:
        named = sorted({n for n in kommuner.values() if re.search(rf"\b{re.escape(n)}\b", text)})
        if named:
            problems.append(f"code is null but the text names {named}")
    if gold["plan_period"]:
        a, b = gold["plan_period"]
        if not re.search(rf"{a}\s*(–|-|till)\s*{b}", text):
            problems.append(f"plan period {a}-{b} not written in the text")
    if gold["date"] and not any(f in flat for f in date_forms(gold["date"])):
        problems.append(f"date {gold['date']} not written in the text")
    return goals_ok, results_ok, results_all, problems


def main() -> int:
    kommuner = load_kommuner()
    failures = 0
    totals: Counter = Counter()
    gold_files = sorted((CORPUS / "gold").glob("*.json"))
    documents = sorted(p.name for p in (CORPUS / "documents").iterdir() if p.is_file())
    expected = sorted([SEED["file"]] + list(SPECS))
    print(f"{'document':58} {'goals':>7} {'results':>7}  F/P/N/U    encoding")
    for name in sorted(set(documents) | {p.name[:-5] for p in gold_files} | set(expected)):
        problems = []
        doc_path, gold_path = CORPUS / "documents" / name, CORPUS / "gold" / (name + ".json")
        if name not in expected:
            problems.append("not described in texts.py (nor the seed)")
        if not doc_path.exists() or not gold_path.exists():
            problems.append("document or gold file missing: run corpus/src/build.py")
            print(f"{name[:58]:58}")
            for p in problems:
                print(f"    FAIL {p}")
            failures += 1
            continue
        raw, gold_raw = doc_path.read_bytes(), gold_path.read_bytes()
        gold = json.loads(gold_raw.decode("utf-8"))
        spec = SPECS.get(name, SEED if name == SEED["file"] else None)
        if spec is SEED:
            if hashlib.sha256(raw).hexdigest() != SEED["sha256"]:
                problems.append("seed document differs from the recorded copy")
            if hashlib.sha256(gold_raw).hexdigest() != SEED["gold_sha256"]:
                problems.append("seed gold differs from the recorded copy")
        elif spec is not None:
            if raw != document_bytes(spec):
                problems.append("document differs from what build.py renders (edited by hand?)")
            if gold_raw != gold_bytes(spec):
                problems.append("gold differs from what build.py writes (edited by hand?)")
        if gold.get("source") != name:
            problems.append(f"gold source is {gold.get('source')!r}")
        text, byte_problems = byte_checks(raw, spec or {"encoding": "utf-8", "newline": "\n"})
        problems += byte_problems
        g_ok, r_ok, r_all, more = content_checks(gold, text, kommuner)
        problems += more
        counts = Counter(g["status"] for g in gold["goals"])
        totals.update(counts)
        totals["documents"] += 1
        enc = (spec or {}).get("encoding", "?") + (" CRLF" if b"\r\n" in raw else " LF")
        fpnu = "/".join(str(counts[s]) for s in STATUSES)
        print(f"{name[:58]:58} {g_ok:3}/{len(gold['goals']):<3} {r_ok:3}/{r_all:<3}  "
              f"{fpnu:10} {enc}")
        for p in problems:
            print(f"    FAIL {p}")
        failures += bool(problems)
    if not kommuner:
        print("note: kommunlankod.csv not found; municipality names were not checked")
    n = sum(totals[s] for s in STATUSES)
    print(f"{totals['documents']} documents, {n} goals: "
          + ", ".join(f"{totals[s]} {s}" for s in STATUSES))
    print("all checks passed" if not failures else f"{failures} document(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
