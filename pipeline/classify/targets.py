"""Numeric targets: a goal's target ("öka med minst 20 procent", "från 5,2 till 6,0 lån per
invånare", "minst 30 timmar i veckan") against the result's outcome ("ökade med 12 procent",
"landade på 6,3", "från 18 till 24 öppettimmar"), by the annotation conventions of
corpus/statements/README.md: at or beyond the target is fulfilled; moving towards it but short is
partial; no change or the wrong direction is not_fulfilled.

The patterns are data with ids (lexicon/targets.json). An explicit verdict in the text always
comes first; this is read only when there is none. When the outcome cannot be told for certain
(figures in a negated sentence, several percentages about different things, a share of units
"elva av fjorton" for a target that is not a percentage) nothing is decided here.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex as re

from pipeline.lexicon import load

_NUM = r"(\d{1,3}(?:[ \u00a0]\d{3}(?!\d))+(?:[,.]\d+)?|\d+(?:[,.]\d+)?)"
_APPROX = r"(?:omkring\s+|cirka\s+|ca\.?\s+|drygt\s+|knappt\s+|ungefär\s+|nästan\s+|runt\s+|över\s+|hela\s+)?"
_YEAR = re.compile(r"(?:19|20)\d\d")
_NEG = re.compile(r"\b(?:inte|ej|icke|aldrig|inget|ingen|inga)\b", re.I)
_CONTRAST = re.compile(r"\b(?:men|medan|dock|däremot|samtidigt)\b", re.I)
_SENTENCE = re.compile(r"[^.!?;\n]+(?:[.!?;]+|\n|$)")
# a word after a number that is not its unit ("20 per tillfälle", "5 000 i år")
_NOT_UNIT = {"per", "i", "av", "under", "om", "till", "på", "för", "från", "varje", "och", "eller", "år", "vid",
             "med", "mot", "jämfört", "som", "än", "st", "stycken"}
_ENDINGS = ("arna", "erna", "orna", "na", "ar", "er", "or", "en", "et", "n", "a", "e", "r")


@dataclass(frozen=True)
class Target:
    kind: str              # increase / decrease (by a percentage), double, level, from_to, increase_any
    value: float | None    # the target (a percentage for increase/decrease, a level otherwise)
    base: float | None     # where it started, for "från A till B"
    unit: str | None       # "timmar", "procent" … or None
    text: str
    rule: str


@dataclass(frozen=True)
class _Compiled:
    goal: tuple[tuple[str, str, re.Pattern], ...]
    outcome: dict[str, tuple[str, re.Pattern]]


@lru_cache(maxsize=1)
def _patterns() -> _Compiled:
    data = load("targets")
    words = "|".join(sorted(data["number_words"], key=len, reverse=True))
    numw = r"(\d+|" + words + r")"
    share = "(" + _NUM[1:-1] + "|" + "|".join(w.replace(" ", r"\s+") for w in data["share_words"]) + ")"

    def compile_(pattern: str) -> re.Pattern:
        return re.compile(pattern.replace("{NUMW}", numw).replace("{SHARE}", share).replace("{NUM}", _NUM)
                          .replace("{APPROX}", _APPROX), re.I | re.V1)

    ids = [e["id"] for e in data["goal"] + data["outcome"]]
    if len(ids) != len(set(ids)):
        raise ValueError("targets.json: duplicate pattern id")
    return _Compiled(tuple((e["id"], e["kind"], compile_(e["pattern"])) for e in data["goal"]),
                     {e["id"]: (e["kind"], compile_(e["pattern"])) for e in data["outcome"]})


def _number(raw: str) -> float:
    data = load("targets")
    word = " ".join(raw.lower().split())
    for table in ("number_words", "share_words"):
        if word in data[table]:
            return float(data[table][word])
    return float(raw.replace("\u00a0", "").replace(" ", "").replace(",", "."))


def _is_year(raw: str) -> bool:
    return bool(_YEAR.fullmatch(raw))


def _stem(word: str) -> str:
    word = word.lower()
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _unit(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    if word in ("procent", "%"):
        return "procent"
    return None if word in _NOT_UNIT or len(word) < 3 else word


def _same_unit(unit: str, word: str) -> bool:
    """"timmar" ~ "öppettimmar", "besökare" ~ "besök": one stem starts or ends the other."""
    if unit == "procent":
        return word.lower() in ("procent", "%")
    a, b = _stem(unit), _stem(word)
    return min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a))


def goal_target(goal: str | None) -> Target | None:
    if not goal:
        return None
    for rule, kind, pattern in _patterns().goal:
        m = pattern.search(goal)
        if not m:
            continue
        if kind == "from_to":
            a, b = m.group(1), m.group(2)
            if _is_year(a) and _is_year(b):
                continue  # "från 2019 till 2023" is a period, not a target
            after = re.match(r"\s*(procent\b|%|\p{L}+)", goal[m.end():])
            unit = "procent" if "procent" in m.group(0) or "%" in m.group(0) else _unit(after.group(1) if after else None)
            return Target("from_to", _number(b), _number(a), unit, m.group(0), rule)
        if kind in ("increase", "decrease"):
            return Target(kind, _number(m.group(1)), None, "procent", m.group(0), rule)
        if kind == "double":
            return Target("increase", 100.0, None, "procent", m.group(0), rule)
        if kind == "level":
            if _is_year(m.group(1)):
                continue
            return Target("level", _number(m.group(1)), None, _unit(m.group(2)), m.group(0), rule)
        if kind == "increase_any":
            return Target("increase_any", None, None, None, m.group(0), rule)
    return None


def _change(result: str) -> tuple[float, float, int, int, str] | None:
    """A before/after pair in the result ("från 310 till 455", "112 000 …, mot 119 000"): (before,
    after, start, end, id)."""
    pats = _patterns().outcome
    for rule in ("outcome.from_to", "outcome.against"):
        for m in pats[rule][1].finditer(result):
            first, second = m.group(1), m.group(2)
            if _is_year(first) or _is_year(second):
                continue
            before, after = (_number(first), _number(second)) if rule == "outcome.from_to" else (_number(second), _number(first))
            return before, after, m.start(), m.end(), rule
    m = pats["outcome.series"][1].search(result)
    if m:  # "5,2 – 5,0 – 4,8": the first against the last
        values = re.findall(_NUM, m.group(0))
        if not any(_is_year(v) for v in values):
            return _number(values[0]), _number(values[-1]), m.start(), m.end(), "outcome.series"
    lines = list(pats["outcome.year_line"][1].finditer(result))
    if len(lines) >= 2:  # "2022: 410" on lines of their own
        return _number(lines[0].group(1)), _number(lines[-1].group(1)), lines[0].start(), lines[-1].end(), "outcome.year_line"
    return None


def _first(result: str, rule: str):
    return _patterns().outcome[rule][1].search(result)


def _percent(target: float, result: str, rising: bool) -> tuple[str, str, int, int] | None:
    """An increase (rising) or decrease target in percent against the outcome. A result that
    reports a rise and, with a contrast, no change or a fall ("Utlånen ökade med 7 procent …
    Besöken ligger kvar") speaks of two things and is left to the other rules."""
    pats = _patterns().outcome
    if _CONTRAST.search(result) or len(_SENTENCE.findall(result)) > 1:
        moved = _first(result, "outcome.increase_pct" if rising else "outcome.decrease_pct")
        if moved and (_first(result, "outcome.flat") or _first(result, "outcome.decline" if rising else "outcome.increase_pct")):
            return None
    ours, theirs = ("outcome.increase_pct", "outcome.decrease_pct") if rising else ("outcome.decrease_pct", "outcome.increase_pct")
    for rule in (ours, "outcome.pct_more") if rising else (ours,):
        m = pats[rule][1].search(result)
        if m:
            value = _number(m.group(1))
            return ("fulfilled", "target.met", m.start(), m.end()) if value >= target else ("partial", "target.short", m.start(), m.end())
    if rising:
        m = _first(result, "outcome.doubled")
        if m:
            return ("fulfilled", "target.met", m.start(), m.end()) if target <= 100 else ("partial", "target.short", m.start(), m.end())
    change = _change(result)
    if change and change[0] > 0:
        before, after, start, end, _ = change
        moved = (after - before) / before * 100 * (1 if rising else -1)
        if moved >= target:
            return "fulfilled", "target.met", start, end
        if moved > 0:
            return "partial", "target.short", start, end
        return ("not_fulfilled", "target.flat", start, end) if moved == 0 else ("not_fulfilled", "target.decline", start, end)
    m = pats[theirs][1].search(result)
    if m:
        return "not_fulfilled", "target.decline", m.start(), m.end()
    for rule, rule_id in (("outcome.decline" if rising else "outcome.increase_pct", "target.decline"), ("outcome.flat", "target.flat")):
        m = _first(result, rule)
        if m:
            return "not_fulfilled", rule_id, m.start(), m.end()
    return None


def _values(target: Target, result: str) -> list[tuple[float, int, int]] | None:
    """The outcome figures in the result that speak of the target's quantity, or None when the
    result mixes in what cannot be read (a share of units, figures in a negated sentence only)."""
    fraction = _first(result, "outcome.fraction")
    if fraction:
        part, whole = _number(fraction.group(1)), _number(fraction.group(2))
        if target.unit == "procent" and 0 < part <= whole:
            return [(part / whole * 100, fraction.start(), fraction.end())]
        return None  # "elva av fjorton skolor": coverage, read by the cues
    skip: set[int] = set()
    change = _change(result)
    if change:  # the starting figure of "från 18 till 24" or "23, jämfört med 12" is not the outcome
        m = re.search(_NUM, result[change[2]:change[3]]) if change[4] == "outcome.from_to" else None
        skip.add(change[2] + m.start() if m else -1)
        if change[4] == "outcome.against":
            last = list(re.finditer(_NUM, result[change[2]:change[3]]))[-1]
            skip.add(change[2] + last.start())
    values = []
    for sentence in _SENTENCE.finditer(result):
        if _NEG.search(sentence.group(0)):
            continue  # "Inte alla skolor har kommit upp i 20 timmar"
        for m in re.finditer(_NUM + r"(?:\s*(procent\b|%|\p{L}+))?", sentence.group(0)):
            start = sentence.start() + m.start()
            raw, word = m.group(1), m.group(2)
            if start in skip or _is_year(raw):
                continue
            if target.unit:
                if not word or not _same_unit(target.unit, word):
                    continue
            elif word and word.lower() in ("procent", "%"):
                continue
            values.append((_number(raw), start, sentence.start() + m.end()))
    if not values and change and not target.unit:
        values = [(change[1], change[2], change[3])]
    return values


def _level(target: Target, result: str) -> tuple[str, str, int, int] | None:
    values = _values(target, result)
    if not values:
        return None
    above = [v for v in values if v[0] >= target.value]
    first = values[0]
    if len(above) == len(values):
        return "fulfilled", "target.met", first[1], first[2]
    if above:
        if target.unit == "procent":
            return None  # several percentages, likely of different things
        return "partial", "target.mixed", first[1], first[2]
    best = max(values, key=lambda v: v[0])
    if len(values) > 1 and len({v[0] for v in values}) == 1:
        return "not_fulfilled", "target.flat", first[1], first[2]  # "14 det första året och 14 det andra"
    if target.base is not None and best[0] <= target.base:
        return "not_fulfilled", "target.below_start", best[1], best[2]
    for rule, rule_id in (("outcome.flat", "target.flat"), ("outcome.decline", "target.decline")):
        m = _first(result, rule)
        if m:
            return "not_fulfilled", rule_id, m.start(), m.end()
    return "partial", "target.short", best[1], best[2]


def _any_increase(result: str) -> tuple[str, str, int, int] | None:
    """An increase with no figure ("Antalet låntagare ska öka") against a measured change; a result
    that contrasts two things ("… ökade, medan övriga ligger kvar") is left to the other rules."""
    if _CONTRAST.search(result) or _first(result, "outcome.fraction"):
        return None  # "ökade på tre av fyra filialer": coverage, read by the cues
    m = _first(result, "outcome.increase_pct") or _first(result, "outcome.pct_more")
    if m:
        return ("fulfilled", "target.met", m.start(), m.end()) if _number(m.group(1)) > 0 else None
    change = _change(result)
    if change:
        before, after, start, end, _ = change
        if after > before:
            return "fulfilled", "target.met", start, end
        return ("not_fulfilled", "target.flat", start, end) if after == before else ("not_fulfilled", "target.decline", start, end)
    m = _first(result, "outcome.flat")
    return ("not_fulfilled", "target.flat", m.start(), m.end()) if m else None


def compare(goal: str | None, result: str | None) -> tuple[str, str, int, int] | None:
    """(label, rule id, start, end of the outcome in `result`), or None when it cannot be told."""
    target = goal_target(goal)
    if target is None or not result:
        return None
    if target.kind in ("increase", "decrease", "increase_any"):
        found = _any_increase(result) if target.kind == "increase_any" else \
            _percent(target.value, result, target.kind == "increase")
        return found or _no_baseline(result)
    return _level(target, result)


def _no_baseline(result: str) -> tuple[str, str, int, int] | None:
    """A change was the goal, and the result gives one figure with nothing to compare it with
    ("Under året gjordes 18 400 e-boklån."): the change cannot be told, so unknown."""
    if _CONTRAST.search(result) or _first(result, "outcome.fraction") or _first(result, "outcome.change_word"):
        return None
    figures = [m for m in re.finditer(_NUM, result) if not _is_year(m.group(1))]
    if len(figures) != 1:
        return None
    m = figures[0]
    return "unknown", "target.no_baseline", m.start(), m.end()
