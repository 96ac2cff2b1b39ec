"""Municipality and its SCB kommunkod, from the names a text uses.

"Ale kommun", "Linköpings kommuns", "Malmö stad", "Göteborgs Stad",
"Region Gotland", "ESKILSTUNA KOMMUN", "Kommun: Mora" are strong evidence; a bare name in a
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


@lru_cache(maxsize=1)
def _lookup() -> tuple[dict[str, str], dict[str, str], set[str]]:
    """(name or alias, lower-cased -> code) for suffixed mentions, the same for bare names, ambiguous names."""
    lex = load("metadata")
    named: dict[str, str] = {}
    for entry in table():
        named[entry.name.lower()] = entry.code
        if entry.name[-1] not in "sxzSXZ":
            named[entry.name.lower() + "s"] = entry.code  # genitive: Linköpings kommun
    bare = dict(named)
    for code, aliases in lex["municipality_aliases"].items():
        for alias in aliases:
            named[alias.lower()] = code
            stem = re.sub(r"\s+(?:kommuns?|stads?)$", "", alias, flags=re.IGNORECASE)
            named[stem.lower()] = code  # "Falu" of "Falu kommun"
    ambiguous = {n.lower() for n in lex["municipality_ambiguous_bare_names"]}
    return named, bare, ambiguous


_WORD = r"\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)?"
_SUFFIXED = re.compile(r"(?<!\p{L})((?:" + _WORD + r"\s+){0,2}" + _WORD + r")\s+(kommuns?|stads?|KOMMUNS?|STADS?|Stads?)(?!\p{L})")
_LABELLED = re.compile(r"(?im)^\W*(?:kommun|kommunnamn|kommunens\s+namn|huvudman)\s*:\s*(" + _WORD + r"(?:\s" + _WORD + r")?)")
_REGION = re.compile(r"(?<!\p{L})(Region\s+" + _WORD + r"|REGION\s+" + _WORD + r")(?!\p{L})")
_DATELINE = re.compile(r"(?m)^\W*(" + _WORD + r"(?:\s" + _WORD + r")?)(?:,\s*|\s+)(?:den\s+)?(?:\d{1,2}(?:[/.]\d{1,2}|\s+\p{L}+)[\s./-]*\d{2,4}|\d{4}-\d{2}-\d{2}\b)")
_BARE = re.compile(r"(?<![.!?:•]\s)(?<!^)(?<![\p{L}\n])(" + _WORD + r"(?:\s" + _WORD + r")?)(?!\p{L})(?!\s+(?i:kommun|stad))", re.MULTILINE)


def _resolve(candidate: str, names: dict[str, str]) -> tuple[str, str] | None:
    """(code, matched name) for the longest tail of `candidate` that names a municipality."""
    words = candidate.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        code = names.get(tail.lower())
        if code:
            return code, tail
    return None


WEIGHTS = {"strong": 3.0, "dateline": 2.0, "bare": 0.5}


def find_municipality(texts: list[str]) -> Municipality | None:
    """The municipality the document is about. `texts` are in reading order (headers first)."""
    named, bare, ambiguous = _lookup()
    score: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    evidence: dict[str, tuple[float, str]] = {}
    total = sum(len(t) for t in texts) or 1
    offset = 0

    def add(code: str, kind: str, at: int, words: str) -> None:
        early = 2.0 if offset + at < max(400, total // 10) else 1.0
        score[code] += WEIGHTS[kind] * early
        first.setdefault(code, offset + at)
        if WEIGHTS[kind] > evidence.get(code, (0.0, ""))[0]:
            evidence[code] = (WEIGHTS[kind], words)

    for text in texts:
        for m in _SUFFIXED.finditer(text):
            hit = _resolve(m.group(1), named)
            if hit:
                add(hit[0], "strong", m.start(), f"{hit[1]} {m.group(2)}")
        for m in _LABELLED.finditer(text):  # "Kommun: Mora"
            hit = _resolve(m.group(1), named)
            if hit:
                add(hit[0], "strong", m.start(), m.group(0).strip())
        for m in _REGION.finditer(text):
            hit = named.get(m.group(1).lower())
            if hit:
                add(hit, "strong", m.start(), m.group(1))
        for m in _DATELINE.finditer(text):
            hit = _resolve(m.group(1), bare)
            if hit:
                add(hit[0], "dateline", m.start(), m.group(0).strip())
        for m in _BARE.finditer(text):
            hit = _resolve(m.group(1), bare)
            if hit and hit[1].lower() not in ambiguous:
                add(hit[0], "bare", m.start(), hit[1])
        offset += len(text) + 1
    if not score:
        return None
    code = max(score, key=lambda c: (score[c], -first[c]))
    if score[code] < 1.0:
        return None
    entry = by_code(code)
    return Municipality(name=entry.name, code=entry.code, county_code=entry.county_code, evidence=evidence[code][1])
