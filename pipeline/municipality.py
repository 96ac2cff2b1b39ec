"""Municipality and its SCB kommunkod, from the names a text uses.

"Ale kommun", "Linköpings kommuns", "Malmö stad", "Göteborgs Stad",
"Region Gotland", "ESKILSTUNA KOMMUN" are strong evidence; a bare name in a
dateline ("Kalmar den 27/1 2022") is good evidence; a bare name in prose is
weak. Mentions near the top of the document count double. The table ships
with the package (pipeline/data/kommunlankod.csv).
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex as re

from pipeline.lexicon import load
from pipeline.schema import Municipality


@dataclass(frozen=True)
class Entry:
    code: str
    name: str
    county_code: str
    county: str


@lru_cache(maxsize=1)
def table() -> tuple[Entry, ...]:
    """All 290 municipalities, in SCB code order."""
    counties: dict[str, str] = {}
    out = []
    with resources.files("pipeline").joinpath("data/kommunlankod.csv").open(encoding="utf-8") as fh:
        for code, name in csv.reader(fh):
            if len(code) == 2:
                counties[code] = name
            elif len(code) == 4:
                out.append(Entry(code, name, code[:2], counties.get(code[:2], "")))
    return tuple(out)


def by_code(code: str) -> Entry | None:
    return next((e for e in table() if e.code == code), None)


def _genitive(name: str) -> str:
    return name if name[-1] in "sxzSXZ" else name + "s"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, str]]:
    """(strong, dateline, bare) patterns with one named alternative per form, and form -> code."""
    lex = load("metadata")
    aliases = lex["municipality_aliases"]
    ambiguous = set(lex["municipality_ambiguous_bare_names"])
    forms: dict[str, str] = {}
    strong = []
    for entry in table():
        names = {entry.name, _genitive(entry.name)}
        for name in sorted(names):
            for suffix in ("kommun", "kommuns", "stad", "stads", "Stad", "Stads", "KOMMUN", "STAD"):
                forms[f"{name} {suffix}"] = entry.code
            forms[f"{name.upper()} KOMMUN"] = entry.code
            forms[f"{name.upper()}S KOMMUN"] = entry.code
        for alias in aliases.get(entry.code, []):
            forms[alias] = entry.code
            forms[alias.upper()] = entry.code
    strong_alts = sorted(forms, key=len, reverse=True)
    strong = re.compile(r"(?<!\p{L})(?:" + "|".join(re.escape(f) for f in strong_alts) + r")(?!\p{L})")
    bare_names = {e.name: e.code for e in table()}
    for name, code in list(bare_names.items()):
        forms[name] = code
    alts = "|".join(re.escape(n) for n in sorted(bare_names, key=len, reverse=True))
    dateline = re.compile(r"(?m)^\W*(" + alts + r")(?:,\s*|\s+)(?:den\s+)?\d{1,2}(?:[/.]\d{1,2}|\s+\p{L}+)[\s./-]*\d{2,4}")
    safe = "|".join(re.escape(n) for n in sorted(bare_names, key=len, reverse=True) if n not in ambiguous)
    bare = re.compile(r"(?<![.!?:]\s)(?<!^)(?<!\p{L})(" + safe + r")s?(?!\p{L})(?!\s+(?i:kommun|stad))", re.MULTILINE)
    return strong, dateline, bare, forms


WEIGHTS = {"strong": 3.0, "dateline": 2.0, "bare": 0.5}


def find_municipality(texts: list[str]) -> Municipality | None:
    """The municipality the document is about. `texts` are in reading order (headers first)."""
    strong, dateline, bare, forms = _patterns()
    score: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    evidence: dict[str, str] = {}
    total = sum(len(t) for t in texts) or 1
    offset = 0
    for text in texts:
        for kind, pattern in (("strong", strong), ("dateline", dateline), ("bare", bare)):
            for m in pattern.finditer(text):
                form = m.group(1) if kind != "strong" else m.group(0)
                code = forms.get(form) or forms.get(form.rstrip("s"))
                if code is None:
                    continue
                early = 2.0 if offset + m.start() < max(400, total // 10) else 1.0
                score[code] += WEIGHTS[kind] * early
                if code not in first or offset + m.start() < first[code]:
                    first[code] = offset + m.start()
                if kind != "bare" or code not in evidence:
                    evidence.setdefault(code, m.group(0).strip())
                    if kind == "strong" and not evidence[code].endswith(("kommun", "kommuns", "stad", "Stad", "KOMMUN")):
                        evidence[code] = m.group(0).strip()
        offset += len(text) + 1
    if not score:
        return None
    code = max(score, key=lambda c: (score[c], -first[c]))
    if score[code] < 1.0:
        return None
    entry = by_code(code)
    return Municipality(name=entry.name, code=entry.code, county_code=entry.county_code, evidence=evidence[code])
