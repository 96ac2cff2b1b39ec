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
_APPROX = (r"(?:omkring\s+|cirka\s+|ca\.?\s+|drygt\s+|knappt\s+|ungefär\s+|nästan\s+|runt\s+|över\s+|hela\s+"
           r"|i\s+snitt\s+|i\s+genomsnitt\s+|under\s+(?=\d|\p{L}+\b(?!\s+(?:år|året|perioden)\b)))?")
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
    kind: str              # increase / decrease (by a percentage), level, ceiling, from_to, increase_any, decrease_any
    value: float | None    # the target (a percentage for increase/decrease, a level otherwise)
    base: float | None     # where it started, for "från A till B"
    unit: str | None       # "timmar", "procent" … or None
    text: str
    rule: str


@dataclass(frozen=True)
class Change:
    """Two figures of the result read as before → after."""
    before: float
    after: float
    start: int             # the span of the change in the result
    end: int
    rule: str              # the outcome pattern (outcome.from_to …) or outcome.anchored
    before_at: int         # where the before figure starts (it is not the outcome)


# changes read first to last in time: the last figure is the outcome
TIME_ORDERED = ("outcome.series", "outcome.year_line", "outcome.anchored")


@dataclass(frozen=True)
class _Compiled:
    goal: tuple[tuple[str, str, re.Pattern], ...]
    outcome: dict[str, tuple[str, re.Pattern]]
    figure: re.Pattern     # a number in digits or words, and the word after it
    start: re.Pattern      # time anchors (lexicon targets.json "time_anchors")
    end: re.Pattern
    ordinal: re.Pattern


@lru_cache(maxsize=1)
def _patterns() -> _Compiled:
    data = load("targets")
    words = "|".join(sorted(data["number_words"], key=len, reverse=True))
    numw = r"(\d+|" + words + r")"
    share = ("(" + _NUM[1:-1] + "|" + "|".join(w.replace(" ", r"\s+") for w in data["share_words"])
             + r"|\b(?:" + words + r")(?!\p{L}))")

    numx = "(" + _NUM[1:-1] + r"|\b(?:" + words + r")(?!\p{L}))"
    # a figure as a figure: "en" and "ett" are articles far more often than numbers
    figure_words = "|".join(w for w in sorted(data["number_words"], key=len, reverse=True) if w not in ("en", "ett"))
    figure = "(" + _NUM[1:-1] + r"|\b(?:" + figure_words + r")(?!\p{L}))"

    def compile_(pattern: str) -> re.Pattern:
        return re.compile(pattern.replace("{NUMW}", numw).replace("{SHARE}", share).replace("{NUMX}", numx).replace("{NUMF}", figure)
                          .replace("{NUM}", _NUM).replace("{APPROX}", _APPROX), re.I | re.V1)

    ids = [e["id"] for e in data["goal"] + data["outcome"]]
    if len(ids) != len(set(ids)):
        raise ValueError("targets.json: duplicate pattern id")
    anchors = data["time_anchors"]
    ordinals = "|".join(anchors["ordinal"])
    return _Compiled(tuple((e["id"], e["kind"], compile_(e["pattern"])) for e in data["goal"]),
                     {e["id"]: (e["kind"], compile_(e["pattern"])) for e in data["outcome"]},
                     compile_(r"(?<![\d,.])" + figure + r"(?:\s*(procent\b|%|\p{L}+))?"),
                     compile_("|".join(anchors["start"])), compile_("|".join(anchors["end"])),
                     compile_(anchors["ordinal_pattern"].replace("{ORD}", ordinals)))


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


_ATTRIBUTE = re.compile(r"\s+(\p{Ll}+)")
_ATTRIBUTE_ENDINGS = ("nya", "iva", "ika", "na", "ade", "ida", "iga", "liga", "ala", "sta", "ska")


def _counted(word: str | None, text: str, end: int) -> str | None:
    """The word a figure counts: the word after it, or after an attribute in between ("57 aktiva
    låntagare", "12 nya lånekort"): a lower-case word with an adjective's ending."""
    if word and word.islower() and word.endswith(_ATTRIBUTE_ENDINGS) and word not in _NOT_UNIT:
        after = _ATTRIBUTE.match(text, end)
        if after and after.group(1) not in _NOT_UNIT:
            return after.group(1)
    return word


def _same_unit(unit: str, word: str) -> bool:
    """"timmar" ~ "öppettimmar", "besökare" ~ "besök": one stem starts or ends the other; "deltagare"
    ~ "barn": a generic count of people against a particular group (lexicon targets.json, "people_units")."""
    if unit == "procent":
        return word.lower() in ("procent", "%")
    people = load("targets")["people_units"]
    pair = {unit.lower(), word.lower()}
    if pair & set(people["generic"]) and pair <= set(people["generic"]) | set(people["particular"]):
        return True
    a, b = _stem(unit), _stem(word)
    return min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a))


_COMPOUND = re.compile(r"\s*,?\s*och\s+(?:nå|bli|få|ha|vara|erbjuda|locka)\b", re.I)
_GOAL_NEG = re.compile(r"\b(?:inte|ej|icke|aldrig)\b", re.I)
_NOT_DECREASE = re.compile(r"\b(?:ska|skall)\s+(?:inte|ej)\s+(?:minska|sjunka)\b", re.I)
_SCALE = {"miljoner": 1e6, "miljon": 1e6, "tusen": 1e3}


@lru_cache(maxsize=1024)  # a goal is read once per result it is followed up by
def goal_target(goal: str | None) -> Target | None:
    if not goal:
        return None
    for rule, kind, pattern in _patterns().goal:
        m = pattern.search(goal)
        if not m:
            continue
        if kind in ("increase_any", "decrease_any", "increase", "decrease") and _GOAL_NEG.search(m.group(0)):
            if kind == "decrease_any" and _NOT_DECREASE.search(m.group(0)):
                return Target("keep", None, None, None, m.group(0), rule)  # "Utlånen ska inte minska": a level to keep
            return None  # "Antalet stängda dagar ska inte öka": not a change to reach
        if kind in ("increase_any", "decrease_any") and _COMPOUND.match(goal, m.end()):
            return None  # "ska bli fler och nå nya grupper": the change is only part of the goal
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
        if kind in ("level", "ceiling"):
            if _is_year(m.group(1)):
                continue
            share = " ".join(m.group(1).lower().split()) in load("targets")["share_words"]
            unit = "procent" if share else _unit(_counted(m.group(2), goal, m.end()))
            value = _number(m.group(1))
            if unit in _SCALE:  # "minst 2,5 miljoner per år": the figure, in whatever is counted
                value, unit = value * _SCALE[unit], None
            return Target(kind, value, None, unit, m.group(0), rule)
        if kind == "increase_by":
            return Target(kind, _number(m.group(1)), None, _unit(m.group(2)), m.group(0), rule)
        if kind in ("increase_any", "decrease_any", "keep"):
            return Target(kind, None, None, None, m.group(0), rule)
    return None


def _anchors(text: str) -> list[tuple[int, int, float]]:
    """The time words of a phrase: (start, end, rank)."""
    pats = _patterns()
    found = []
    for m in pats.start.finditer(text):
        found.append((m.start(), m.end(), 0.0))
    for m in pats.end.finditer(text):
        found.append((m.start(), m.end(), 1e6))
    for m in pats.ordinal.finditer(text):
        found.append((m.start(), m.end(), float(load("targets")["time_anchors"]["ordinal"][(m.group(1) or m.group(2)).lower()])))
    for m in re.finditer(r"\b((?:19|20)\d\d)\b", text):
        found.append((m.start(), m.end(), float(m.group(1))))
    return found


def _nearest_rank(before: str, after: str) -> float | None:
    """The time word nearest the figure, after it or before it ("Vid planens start hade 1 460 ungdomar
    lånat minst en gång under året": the start, not "under året"); after it when both are as near."""
    ahead, behind = _anchors(after), _anchors(before)
    a = min(ahead) if ahead else None
    b = max(behind, key=lambda x: x[1]) if behind else None
    if a and b:
        return a[2] if len(after[:a[0]].split()) <= len(before[b[1]:].split()) else b[2]
    return a[2] if a else b[2] if b else None


_RESPECTIVELY = re.compile(r"\brespektive\b", re.I)
_COMPARISON = re.compile(r"\b(?:mot|jämfört\s+med|att\s+jämföra\s+med|i\s+nivå\s+med|än)\b|\(", re.I)
_GOAL_BEFORE = re.compile(r"\bmål\w*(?:\s+\p{L}+){0,2}\s*$", re.I)  # "målet var 70 procent"
_GOAL_AFTER = re.compile(r"(?:\s*procent|\s*%)?(?:\s+\p{L}+){0,3}?\s+(?:siktade|siktat|sikta|satt\s+upp|som\s+var\s+målet)\b", re.I)  # "de tusen vi siktade på"
_DIFFERENCE = re.compile(r"\s*(?:\p{L}+\s+)?(?:fler|färre|mer|mindre|högre|lägre|gånger|ggr)\b", re.I)  # "fyra timmar färre"


def _anchored(result: str) -> Change | None:
    """Figures placed in time by their own phrases ("6 120 vid periodens start och 6 080 vid dess
    slut", "46 arrangemang 2018 och 39 det senaste året", "År 2019 … 120. År 2023 … 185"): the
    earliest against the latest. Nothing when two figures share the earliest or the latest time,
    when years and ordinals are mixed, or when the figures are in different units."""
    figures = []
    for m in _patterns().figure.finditer(result):
        if _is_year(m.group(1)) or _DIFFERENCE.match(result, m.end(1)):
            continue  # a year is a time; "400 fler än" is a difference, not a level
        if _PART_FIGURE.search(result, max(0, m.start() - 25), m.start()):
            continue  # "med en topp på 79 barn sommaren 2023": one part, not the level of its time
        figures.append(m)
    if len(figures) < 2:
        return None
    placed, unplaced = [], []
    for i, m in enumerate(figures):
        sentence_start = max((e.end() for e in re.finditer(r"[.!?;\n]", result[:m.start()])), default=0)
        end = re.search(r"[.!?;\n]", result[m.end():])
        sentence_end = m.end() + end.start() if end else len(result)
        after = result[m.end(1):min(sentence_end, figures[i + 1].start() if i + 1 < len(figures) else sentence_end)]
        cut = _COMPARISON.search(after)
        if cut and i + 1 < len(figures) and figures[i + 1].start() < sentence_end:
            after = after[:cut.start()]  # "92 procent, nästan i nivå med förra året då andelen var 93": the time is the next figure's
        before = result[max(sentence_start, figures[i - 1].end() if i else sentence_start):m.start()]
        compared = [c for c in _COMPARISON.finditer(before) if c.group(0) != "("]
        if compared and i:
            before = before[compared[-1].end():]  # "… det senaste kvartalet, mot 48 procent {ÅR}": the time before "mot" is the last figure's
        lead = re.search(r"\b((?:19|20)\d\d)\s*[:=]\s*$", before)  # "2022: 350, 2023: 320": the year leads its figure
        rank = float(lead.group(1)) if lead else _nearest_rank(before, after)
        if _GOAL_BEFORE.search(before) or _GOAL_AFTER.match(after):
            continue  # "målet var 70 procent", "de tusen vi siktade på": the target, not a figure of a time
        if rank is not None:
            placed.append((rank, m))
        else:
            unplaced.append(m)
    if len(placed) == 1 and placed[0][0] == 0.0 and len(unplaced) == 1 and not _RESPECTIVELY.search(result):
        # "Besök 11 400 … Vid förra mätningen 12 100": beside the one figure placed earlier, the one
        # placed nowhere is the figure of now
        placed.append((1e6, unplaced[0]))
    ranks = [r for r, _ in placed]
    if len(set(ranks)) < 2:
        return None
    if any(1 <= r <= 9 for r in ranks) and any(1900 <= r <= 2100 for r in ranks):
        return None  # "2019" and "det andra året" cannot be ordered
    first, last = min(ranks), max(ranks)
    if ranks.count(first) > 1 or ranks.count(last) > 1:
        return None
    a = next(m for r, m in placed if r == first)
    b = next(m for r, m in placed if r == last)
    pct = [(m.group(2) or "").lower() in ("procent", "%") for m in (a, b)]
    if pct[0] != pct[1] and a.group(2) and b.group(2):
        return None  # "… andelen var 93.": a bare figure goes with the other's unit
    lo, hi = min(a.start(), b.start()), max(a.end(), b.end())
    return Change(_number(a.group(1)), _number(b.group(1)), lo, hi, "outcome.anchored", a.start())


def _change(result: str) -> Change | None:
    """A before/after pair in the result ("från 310 till 455", "112 000 …, mot 119 000", "27 400,
    vilket är 400 fler än …", figures placed in time)."""
    pats = _patterns().outcome
    for rule in ("outcome.from_to", "outcome.against", "outcome.against_bracketed"):
        for m in pats[rule][1].finditer(result):
            first, second = m.group(1), m.group(2)
            if _is_year(first) or _is_year(second):
                continue
            if rule == "outcome.from_to":
                return Change(_number(first), _number(second), m.start(), m.end(), rule, m.start(1))
            return Change(_number(second), _number(first), m.start(), m.end(), rule, m.start(2))
    m = pats["outcome.difference"][1].search(result)
    if m and not _is_year(m.group(1)):  # "27 400 medier, vilket är 400 fler än när planen antogs"
        level, diff = _number(m.group(1)), _number(m.group(2))
        sign = 1 if m.group(3).lower() in ("fler", "mer") else -1
        return Change(level - sign * diff, level, m.start(), m.end(), "outcome.difference", m.start(2))
    m = pats["outcome.series"][1].search(result)
    if m:  # "5,2 – 5,0 – 4,8": the first against the last
        values = list(re.finditer(_NUM, m.group(0)))
        if not any(_is_year(v.group(1)) for v in values):
            return Change(_number(values[0].group(1)), _number(values[-1].group(1)), m.start(), m.end(),
                          "outcome.series", m.start() + values[0].start())
    lines = list(pats["outcome.year_line"][1].finditer(result))
    if len(lines) >= 2:  # "2022: 410" on lines of their own
        return Change(_number(lines[0].group(1)), _number(lines[-1].group(1)), lines[0].start(), lines[-1].end(),
                      "outcome.year_line", lines[0].start(1))
    return _anchored(result)


def _first(result: str, rule: str):
    return _patterns().outcome[rule][1].search(result)


def _opposite(result: str, rising: bool):
    """A change the other way than `rising` says ("minskade", "en minskning med 3 procent")."""
    if rising:
        return _first(result, "outcome.decline") or _first(result, "outcome.decrease_pct")
    return _first(result, "outcome.increase_pct")


# four-letter beginnings of the goal's words that say nothing of its subject ("ska", "minst", "procent" …)
_GOAL_STOP = {"skal", "mins", "proc", "till", "unde", "inom", "från", "anta", "ande", "ökas", "höja"}


def _about_goal(matches: list, result: str, goal: str | None):
    """Of several figures about different things ("Utlånen ökade med 14 procent … barnutlånen ökade
    med 6 procent"), the one whose sentence speaks most of the goal's words (each word's first four
    letters, also inside compounds: "barn" in "barnutlånen"); None when none stands out."""
    stems = {w.lower()[:4] for w in re.findall(r"\p{L}{4,}", goal or "")} - _GOAL_STOP
    def score(m):
        start = max((e.end() for e in re.finditer(r"[.!?;]", result[:m.start()])), default=0)
        words = re.findall(r"\p{L}{4,}", result[start:m.start()].lower())
        return sum(1 for s in stems if any(s in w for w in words))
    ranked = sorted(((score(m), m) for m in matches), key=lambda x: -x[0])
    return ranked[0][1] if ranked[0][0] > ranked[1][0] else None


def _percent(target: float, result: str, rising: bool, goal: str | None = None) -> tuple[str, str, int, int] | None:
    """An increase (rising) or decrease target in percent against the outcome. A result that
    reports a rise and, with a contrast, no change or a fall ("Utlånen ökade med 7 procent …
    Besöken ligger kvar") speaks of two things and is left to the other rules."""
    pats = _patterns().outcome
    if _CONTRAST.search(result) or len(_SENTENCE.findall(result)) > 1:
        moved = _first(result, "outcome.increase_pct" if rising else "outcome.decrease_pct")
        if moved and (_first(result, "outcome.flat") or _opposite(result, rising)):
            return None
    ours, theirs = ("outcome.increase_pct", "outcome.decrease_pct") if rising else ("outcome.decrease_pct", "outcome.increase_pct")
    for rule in (ours, "outcome.pct_more") if rising else (ours,):
        found = list(pats[rule][1].finditer(result))
        m = found[0] if found else None
        signed = [x for x in pats["outcome.signed_pct"][1].finditer(result) if _number(x.group(2)) != _number(m.group(1))] if m else []
        if signed and len(found) == 1:
            return None  # "låg ökningen på 25 procent, men helåret slutade på +11 procent": two figures of the change
        if len({x.group(1) for x in found}) > 1:  # several percentages: the one about the goal's subject
            m = _about_goal(found, result, goal)
            if m is None:
                return None
        if m:
            value = _number(m.group(1))
            return ("fulfilled", "target.met", m.start(), m.end()) if value >= target else ("partial", "target.short", m.start(), m.end())
    signed = _signed(result, "outcome.signed_pct")
    if signed:  # "Facklitteratur vuxna: −4 %" line by line
        values = [v for v, _, _ in signed]
        start, end = signed[0][1], signed[-1][2]
        if all(v * (1 if rising else -1) <= 0 for v in values):
            return "not_fulfilled", "target.decline", start, end
        moved = [abs(v) for v in values]
        if all(v * (1 if rising else -1) > 0 for v in values):
            if min(moved) >= target:
                return "fulfilled", "target.met", start, end
            if max(moved) < target:
                return "partial", "target.short", start, end
        return None
    if rising:
        m = _first(result, "outcome.doubled")
        if m:
            return ("fulfilled", "target.met", m.start(), m.end()) if target <= 100 else ("partial", "target.short", m.start(), m.end())
    change = _change(result)
    if change and change.before > 0:
        moved = (change.after - change.before) / change.before * 100 * (1 if rising else -1)
        if moved >= target:
            return "fulfilled", "target.met", change.start, change.end
        flat = _affirmed(result, "outcome.flat")
        if moved > 0 and flat and moved < target / 4:  # "i stort sett oförändrat, 2 310 mot 2 290": the text calls it no change
            return "not_fulfilled", "target.flat", flat.start(), flat.end()
        if moved > 0:
            return "partial", "target.short", change.start, change.end
        return ("not_fulfilled", "target.flat" if moved == 0 else "target.decline", change.start, change.end)
    m = pats[theirs][1].search(result)
    if m:
        return "not_fulfilled", "target.decline", m.start(), m.end()
    for rule, rule_id in (("outcome.decline" if rising else "outcome.increase_pct", "target.decline"), ("outcome.flat", "target.flat")):
        m = _first(result, rule)
        if m:
            return "not_fulfilled", rule_id, m.start(), m.end()
    return None


# a shortfall the figures miss: an exception, or a time when it did not happen at all
_SHORTFALL = re.compile(r"\b(?:undantag|utom|förutom|bara|endast|enbart|övriga|(?:ställdes|ställts)\s+(?:\p{L}+\s+){0,3}?in|inställd\w*"
                        r"|uteblev|låg\s+nere|legat\s+nere|pausades|pausats|avbröts)\b", re.I)
_COVERAGE = re.compile(_NUM + r"\s*(?:procent|%)\s+av\b", re.I)
_CONCESSIVE = re.compile(r",\s*(?:trots\s+att|fast|även\s+om|och\s+det\s+trots\s+att|vilket)\b", re.I)
# hours of the day: "12–16", "10.00", "kl. 18" (both ends of a range 24 or less)
_CLOCK = re.compile(r"(?<=(?<!\d)(?:[01]?\d|2[0-4]))\s*[–—-]\s*(?:[01]?\d|2[0-4])(?:[.:]\d\d)?(?!\d)|[.:][0-5]\d(?!\d)")
_CLOCK_BEFORE = re.compile(r"(?:\b(?:kl\.?|klockan)\s*|(?<!\d)(?:[01]?\d|2[0-4])(?:[.:]\d\d)?\s*[–—-]\s*)$", re.I)
_FROM = re.compile(r"\bfrån\s+" + _APPROX + r"$", re.I)  # "ned från 83": where it started
_COMPARED = re.compile(r"\b(?:mål\w*(?:\s+(?:var|är|blev))?|än|mot|av|med|varav|jämfört\s+med|siktade\s+på)\s+" + _APPROX + r"$", re.I)  # "målet var 40", "än 30"
_PART_FIGURE = re.compile(r"\b(?:enskilda|enskilt|enskild|varav|som\s+mest|som\s+högst|bäst\s+besökta|mest\s+besökta|(?:en\s+)?topp(?:en)?\s+(?:på|med))\b", re.I)
_PER_YEAR = re.compile(r"\b(?:per|varje|om|i)\s+år(?:et)?\b|\bårligen\b|\bvarje\s+(?:termin|månad|vecka)\b", re.I)


def _signed(result: str, rule: str) -> list[tuple[float, int, int]]:
    """Changes written with a sign ("+610", "−4 %"): (value, start, end)."""
    out = []
    for m in _patterns().outcome[rule][1].finditer(result):
        value = _number(m.group(2))
        out.append((value if m.group(1) == "+" else -value, m.start(1), m.end()))
    return out


def _by(target: Target, result: str, goal: str) -> tuple[str, str, int, int] | None:
    """An increase by a number of units ("öka med 500 per år", "med minst 50 personer") against
    the increases given: signed figures ("+610, +540 och +505"), "ökade med 31", "31 nya …", or
    the difference of a change."""
    if _CONTRAST.search(result):
        return None
    signed = _signed(result, "outcome.signed")
    if signed:
        values = [v for v, _, _ in signed]
        start, end = signed[0][1], signed[-1][2]
    else:
        m = _first(result, "outcome.increase_by")
        if m:
            values, start, end = [_number(m.group(1) or m.group(2))], m.start(), m.end()
        else:
            change = _change(result)
            if not change:
                return None
            values, start, end = [change.after - change.before], change.start, change.end
    if all(v <= 0 for v in values):
        return ("not_fulfilled", "target.flat" if all(v == 0 for v in values) else "target.decline", start, end)
    met = [v for v in values if v >= target.value]
    if len(met) == len(values):
        return "fulfilled", "target.met", start, end
    if met:
        return "partial", "target.mixed", start, end
    return "partial", "target.short", start, end


def _values(target: Target, result: str, change: Change | None, every_year: bool = False) -> list[tuple[float, int, int]] | None:
    """The outcome figures in the result that speak of the target's quantity, or None when the
    result mixes in what cannot be read (a share of units, figures in a negated sentence only)."""
    if target.unit and target.unit != "procent" and _COVERAGE.search(result):
        return None  # "96 procent av invånarna har under fem kilometer": coverage, read by the cues
    of_total = _first(result, "outcome.of_total")
    if of_total and target.unit == "procent":  # "Av de 160 programpunkterna riktades 44 till unga"
        whole, part = _number(of_total.group(1)), _number(of_total.group(2))
        if 0 < part <= whole:
            return [(part / whole * 100, of_total.start(), of_total.end())]
    fraction = _first(result, "outcome.fraction")
    if fraction:
        part, whole = _number(fraction.group(1)), _number(fraction.group(2))
        if _LACKING.match(result, fraction.end()):
            part = whole - part  # "14 av 356 förstaklassare saknar lånekort": the others have one
        if target.unit == "procent" and 0 < part <= whole:
            return [(part / whole * 100, fraction.start(), fraction.end())]
        return None  # "elva av fjorton skolor": coverage, read by the cues
    values = []
    for sentence in _SENTENCE.finditer(result):
        negated = _NEG.search(sentence.group(0))
        if negated and not _CONCESSIVE.search(sentence.group(0), 0, negated.start()):
            continue  # "Inte alla skolor har kommit upp i 20 timmar"
        # "Andelen var 64 procent, trots att två klasser inte hann …": the negation is in the
        # concession after the figure, so only figures before it are read
        end = negated.start() if negated else len(sentence.group(0))
        listed = False  # "170 respektive 182": both figures are of the quantity the sentence is about
        counted = False  # a figure of the target's unit came earlier in this sentence
        for m in _patterns().figure.finditer(sentence.group(0), 0, end):
            was_listed, listed = listed, (m.group(2) or "").lower() == "respektive"
            start = sentence.start() + m.start()
            raw, word = m.group(1), m.group(2)
            text = sentence.group(0)
            if _is_year(raw) or (change and change.rule not in TIME_ORDERED and start == change.before_at) \
                    or _FROM.search(text[:m.start()]) or _CLOCK.match(text, m.start() + len(raw)) \
                    or _CLOCK_BEFORE.search(text[:m.start()]):
                continue  # a starting figure ("från 18 till 24", "ned från 83", "23, jämfört med 12"), a time of day ("öppet 12–16")
            if not raw[0].isdigit() and not target.unit:
                continue  # a number in words with no unit to tie it to the target
            if _PART_FIGURE.search(text, 0, m.start()):
                continue  # "Det största enskilda arrangemanget samlade 85 personer": one part, not the outcome
            if target.unit and not ((was_listed or listed) and target.unit != "procent"):
                # "Vårterminen 46 deltagare, hösten 29." / "…, medan filialen i skolan låg på sex.": a bare
                # figure after one of the target's unit in the same sentence is of the same quantity
                elliptic = counted and not word and target.unit != "procent" and not _COMPARED.search(text[:m.start()])
                if not elliptic and (not word or not (_same_unit(target.unit, word) or _same_unit(
                        target.unit, _counted(word, text, m.end()) or word))):
                    continue
            elif word and word.lower() in ("procent", "%"):
                continue
            values.append((_number(raw), start, sentence.start() + m.end()))
            counted = True
    if change and change.rule in TIME_ORDERED and not every_year:  # a level to reach: the last figure is the outcome
        if change.rule == "outcome.anchored":  # the latest figure, wherever the text puts it ("17 procent det sista
            # året, att jämföra med 9 procent när planen antogs")
            last = [v for v in values if v[0] == change.after and v[1] != change.before_at][:1]
        else:
            last = [v for v in values if v[1] <= change.end and v[2] >= change.end - 1] or \
                [v for v in values if change.start <= v[1] < change.end][-1:]
        if not last and change.rule == "outcome.anchored" and any(v[1] == change.before_at for v in values):
            # "Basåret låg vi på 5,1 lån per invånare. 2016 landade siffran på 6,3": the change's start was
            # of the target's unit, so its end is too
            last = [(change.after, change.start, change.end)]
        values = last or values
    if not values and change and (not target.unit or (target.unit != "procent" and change.rule == "outcome.from_to")):
        values = [(change.after, change.start, change.end)]  # "Lånen per invånare steg från 4,8 till 5,5"
    return values


_LACKING = re.compile(r"(?:\s+\p{L}+){0,2}?\s+(?:saknar|saknade|har\s+inte|hade\s+inte|har\s+ännu\s+inte|står\s+utan)\b", re.I)
_LOWER_TO = re.compile(r"(?:minska|sänka|sjunka|korta)\w*\s", re.I)
_RAISE_TO = re.compile(r"(?:öka|höja|utöka)\w*\s", re.I)
_PER_CAPITA = re.compile(r"\b(?:per|/)\s*(?:invånare|inv\b|capita)|\bper\s+person\b", re.I)


def _level(target: Target, result: str, goal: str) -> tuple[str, str, int, int] | None:
    """A level to reach ("minst 30 timmar") or not to exceed ("högst 5 procent"); a level for every
    year ("minst 30 program per år") is measured on every year given."""
    if _PER_CAPITA.search(target.text + goal[goal.find(target.text) + len(target.text):][:40]) \
            and not _PER_CAPITA.search(result):
        return None  # "minst 35 kronor per invånare" against "Mediebudgeten var 412 000 kronor": not comparable
    change = _change(result)
    values = _values(target, result, change, every_year=bool(_PER_YEAR.search(goal)))
    if values == [] and target.unit == "procent" and not change:
        return _no_baseline(result, "target.no_total")  # "19 förskolor har lånekort" for "minst 70 procent av förskolorna"
    if not values:
        return None
    ceiling = target.kind == "ceiling"
    if change and _RAISE_TO.match(target.text) and change.after < change.before:
        # "Öka … till en per månad" against "minskade från sex till fyra per år": the wrong way, whatever the units
        return "not_fulfilled", "target.decline", change.start, change.end
    met = [v for v in values if (v[0] <= target.value if ceiling else v[0] >= target.value)]
    first = values[0]
    if len(met) == len(values):
        fraction = _first(result, "outcome.fraction")
        # "… med ett undantag: i Hagfors blev det bara ett": a shortfall the figures miss; "Bara 14 av
        # 356 saknar lånekort" counts the shortfall itself
        if _SHORTFALL.search(result) and not (fraction and _LACKING.match(result, fraction.end())):
            return None
        return "fulfilled", "target.met", first[1], first[2]
    if met:
        if target.unit == "procent":
            return None  # several percentages, likely of different things
        return "partial", "target.mixed", first[1], first[2]
    best = (min if ceiling else max)(values, key=lambda v: v[0])
    if len(values) > 1 and len({v[0] for v in values}) == 1:
        return "not_fulfilled", "target.flat", first[1], first[2]  # "14 det första året och 14 det andra"
    if target.base is not None and best[0] <= target.base:
        return "not_fulfilled", "target.below_start", best[1], best[2]
    if change and change.after == best[0]:  # the outcome of a change: did it move towards the target?
        toward = change.after < change.before if ceiling else change.after > change.before
        if not toward:
            return ("not_fulfilled", "target.flat" if change.after == change.before else "target.decline",
                    change.start, change.end)
        return "partial", "target.short", best[1], best[2]
    for rule, rule_id in (("outcome.flat", "target.flat"), ("outcome.increase_pct" if ceiling else "outcome.decline", "target.decline")):
        m = _first(result, rule)
        if m:
            return "not_fulfilled", rule_id, m.start(), m.end()
    m = _affirmed(result, "outcome.rise") if _LOWER_TO.match(target.text) and not _CONTRAST.search(result) else None
    if m:  # "Minska väntetiden till högst två veckor" against "Väntetiden har ökat till fyra veckor"
        return "not_fulfilled", "target.decline", m.start(), m.end()
    return "partial", "target.short", best[1], best[2]


def _any_change(result: str, rising: bool) -> tuple[str, str, int, int] | None:
    """A change with no figure ("Antalet låntagare ska öka", "Kostnaden ska minska") against a
    measured change; a result that contrasts two things ("… ökade, medan övriga ligger kvar") is
    left to the other rules."""
    if _CONTRAST.search(result) or _first(result, "outcome.fraction"):
        return None  # "ökade på tre av fyra filialer": coverage, read by the cues
    ours = ("outcome.increase_pct", "outcome.pct_more") if rising else ("outcome.decrease_pct",)
    change = _change(result)
    went_our_way = any(_first(result, rule) for rule in ours) or (
        change is not None and (change.after - change.before) * (1 if rising else -1) > 0) or (
        rising and (_affirmed(result, "outcome.rise") or _first(result, "outcome.increase_by")))
    if went_our_way and (_opposite(result, rising) or _first(result, "outcome.flat")):
        return None  # "Antalet program ökade från 120 till 165 … besöken minskade", "300 nya följare på Instagram.
        # På Facebook har antalet legat still": two things, two ways
    for rule in ours:
        m = _first(result, rule)
        if m:
            return ("fulfilled", "target.met", m.start(), m.end()) if _number(m.group(1)) > 0 else None
    if change:
        moved = (change.after - change.before) * (1 if rising else -1)
        if moved > 0:
            return "fulfilled", "target.met", change.start, change.end
        return ("not_fulfilled", "target.flat" if moved == 0 else "target.decline", change.start, change.end)
    m = _first(result, "outcome.decrease_pct" if rising else "outcome.increase_pct")
    if m:
        return "not_fulfilled", "target.decline", m.start(), m.end()
    m = _first(result, "outcome.decline") if rising else None
    if m:  # "Fler vuxna ska låna" against "Utlånen har minskat varje år": the wrong way
        return "not_fulfilled", "target.decline", m.start(), m.end()
    if not rising:  # "Kostnaden ska minska" against "Minskat." or "Kostnaden har ökat", no figures
        down, up = _affirmed(result, "outcome.decline"), _affirmed(result, "outcome.rise")
        if down and not up:
            return "fulfilled", "target.met", down.start(), down.end()
        if up and not down:
            return "not_fulfilled", "target.rise", up.start(), up.end()
    m = _first(result, "outcome.flat")
    return ("not_fulfilled", "target.flat", m.start(), m.end()) if m else None


_NEGATED_BEFORE = re.compile(r"\b(?:inte|ej|aldrig|knappast)\s+(?:\p{L}+\s+)?$", re.I)


_NEGATED_AFTER = re.compile(r"\s+(?:inte|ej|aldrig|knappast)\b", re.I)


def _affirmed(result: str, rule: str):
    """The first match of an outcome pattern that no negation just before or after denies ("har inte
    ökat", "ökade inte")."""
    for m in _patterns().outcome[rule][1].finditer(result):
        if not _NEGATED_BEFORE.search(result[max(0, m.start() - 30):m.start()]) and not _NEGATED_AFTER.match(result, m.end()):
            return m
    return None


def _kept(result: str) -> tuple[str, str, int, int] | None:
    """A level to keep ("ska behålla sina öppettider") against a measured change: no decrease meets it."""
    if _CONTRAST.search(result):
        return None
    change = _change(result)
    if change:
        if change.after >= change.before:
            return "fulfilled", "target.kept", change.start, change.end
        return "not_fulfilled", "target.decline", change.start, change.end
    m = _first(result, "outcome.flat")
    if m:
        return "fulfilled", "target.kept", m.start(), m.end()
    m = _first(result, "outcome.decline")
    return ("not_fulfilled", "target.decline", m.start(), m.end()) if m else None


def compare(goal: str | None, result: str | None) -> tuple[str, str, int, int] | None:
    """(label, rule id, start, end of the outcome in `result`), or None when it cannot be told."""
    target = goal_target(goal)
    if target is None or not result:
        return None
    if target.kind == "keep":
        return _kept(result)
    if target.kind == "increase_by":
        return _by(target, result, goal) or _no_baseline(result)
    if target.kind in ("increase", "decrease", "increase_any", "decrease_any"):
        found = _any_change(result, target.kind == "increase_any") if target.kind.endswith("_any") else \
            _percent(target.value, result, target.kind == "increase", goal)
        return found or _no_baseline(result)
    return _level(target, result, goal)


def _no_baseline(result: str, rule_id: str = "target.no_baseline") -> tuple[str, str, int, int] | None:
    """A change was the goal, and the result gives one figure with nothing to compare it with
    ("Under året gjordes 18 400 e-boklån."): the change cannot be told, so unknown."""
    if _CONTRAST.search(result) or _first(result, "outcome.fraction") or _first(result, "outcome.change_word") \
            or _first(result, "outcome.increase_by"):  # "300 nya följare": a change after all
        return None
    flat = _first(result, "outcome.flat")
    if flat and rule_id == "target.no_baseline":
        return "not_fulfilled", "target.flat", flat.start(), flat.end()  # "1 210 både förra året och i år"
    figures = [m for m in re.finditer(_NUM, result) if not _is_year(m.group(1))]
    if len(figures) != 1:
        return None
    m = figures[0]
    return "unknown", rule_id, m.start(), m.end()


# ---------------------------------------------------------------- indicator tables

_LOWER_BETTER = re.compile(r"\b(?:minska\w*|sänk\w*|färre|lägre|kortare|högst|max\w*|understiga|väntetid\w*|kostnad(?:en|er|erna)?)\b", re.I)
_SIGNED = re.compile(r"^\s*([+−–-])\s?" + _NUM)
_YES_NO = {"ja": 1.0, "nej": 0.0, "uppfyllt": 1.0, "klart": 1.0, "genomfört": 1.0}


def _indicator_value(text: str | None) -> tuple[float, bool] | None:
    """A printed value as (number, signed): "1 347", "41 %", "+10 %", "−3 %", "Ja"/"Nej"."""
    if not text:
        return None
    word = text.strip().lower().rstrip(".")
    if word in _YES_NO:
        return _YES_NO[word], False
    m = _SIGNED.match(text)
    if m:
        value = _number(m.group(2))
        return (value if m.group(1) == "+" else -value), True
    m = re.search(_NUM, text)
    if not m or _is_year(m.group(1)):
        return None
    return _number(m.group(1)), False


def indicator_status(goal: str | None, indicators) -> tuple[str, str, str] | None:
    """(label, rule id, evidence) from a goal's indicator rows (target against outcome, by the
    annotation conventions of corpus/statements/README.md), or None when no row can be compared.
    Higher is better unless the goal or the indicator speaks of less (minska, högst, väntetid …);
    a signed target (+10 %) is a change that the outcome's change must reach."""
    labels, evidence = [], []
    for ind in indicators:
        target, outcome = _indicator_value(ind.target), _indicator_value(ind.outcome)
        if target is None or outcome is None:
            continue
        yes_no = (ind.target or "").strip().lower().rstrip(".") in _YES_NO  # "Ja" is the target whatever the goal says
        (t, signed), (o, _) = target, outcome
        lower = not yes_no and bool(_LOWER_BETTER.search(f"{goal or ''} {ind.name}")
                                    or re.match(r"\s*(?:högst|max|<|≤)", ind.target or "", re.I)
                                    or (t == 0 and not signed))  # a target of 0 ("Brister: 0") is a ceiling
        sign = -1 if lower else 1
        if sign * (o - t) >= 0:
            label = "fulfilled"
        elif signed and sign * o <= 0:
            label = "not_fulfilled"  # a change the wrong way, or none
        elif (ind.target or "").strip().lower().rstrip(".") in _YES_NO:
            label = "not_fulfilled"  # Ja / Nej: there is no way part of the way
        else:
            base = _indicator_value(ind.baseline)
            label = "partial" if base is None or sign * (o - base[0]) > 0 else "not_fulfilled"
        labels.append(label)
        evidence.append(f"{ind.name}: målvärde {ind.target}, utfall {ind.outcome}")
    if not labels:
        return None
    if len(set(labels)) == 1:
        label = labels[0]
    else:
        label = "partial"  # some reached, some not
    rule = {"fulfilled": "indicator.met", "partial": "indicator.short" if len(set(labels)) == 1 else "indicator.mixed",
            "not_fulfilled": "indicator.missed"}[label]
    return label, rule, "; ".join(evidence)
