"""Rule-based status classifier over lexicon/status_patterns.json (spaCy Matcher, via classify/nlp.py).

Order of evidence, strongest first:
1. a separate status field (Måluppfyllelse, a Status column): field and explicit rules;
2. explicit statements in the result text ("Målet är inte helt uppfyllt"):
   the earliest decides, so an explanation after the status cannot overturn it;
3. weighted cues in prose ("pågår", "lades ned", "har införts");
4. otherwise unknown, with the reason.
"""
from __future__ import annotations

from functools import lru_cache

import dataclasses

import regex as re

from pipeline.classify.nlp import Hit, status_nlp
from pipeline.classify.targets import compare, goal_target
from pipeline.lexicon import load
from pipeline.schema import Span, Status

ORDER: dict[str, int] = {}

CONFIDENCE = {"field": 0.95, "explicit": 0.9, "unknown_statement": 0.8, "no_result": 0.9, "no_words": 0.4}


STATUS_SENTENCE_WORDS = 7
_SENTENCE_END = re.compile(r"[.!?;\n]")


_GOAL_SUBJECT = re.compile(r"\b(?:målet|delmålet|målsättningen|målen|delmålen)\b(?!\s+(?:om|på|för|att)\b)", re.IGNORECASE)


def _sentence_start(text: str, at: int) -> int:
    ends = list(_SENTENCE_END.finditer(text, 0, at))
    return ends[-1].end() if ends else 0


def _sentence_words(text: str, at: int) -> int:
    """Words in the sentence around offset `at`."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    return len(text[start:end.start() if end else len(text)].split())


_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _measure_dropped() -> dict:
    spec = load("status_patterns")["measure_dropped"]
    return {"id": spec["id"], "result": re.compile(spec["result"], re.I), "goal": re.compile(spec["goal_measures"], re.I)}


@lru_cache(maxsize=1)
def _reason_clause() -> re.Pattern:
    return re.compile(load("status_patterns")["start_planned"]["reason_clause"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _trial() -> dict:
    spec = load("status_patterns")["trial_stopped"]
    return {"id": spec["id"], **{k: re.compile(spec[k], re.I) for k in ("trial", "stopped", "still_works")}}


@lru_cache(maxsize=1)
def _perception() -> dict:
    spec = load("status_patterns")["perception"]
    return {"id": spec["id"], "pending_id": spec["pending_id"],
            **{k: re.compile(spec[k], re.I) for k in ("goal", "evidence", "pending", "pending_goal")}}


@lru_cache(maxsize=1)
def _inquiry() -> dict:
    spec = load("status_patterns")["inquiry_done"]
    return {"id": spec["id"], **{k: re.compile(spec[k], re.I) for k in ("goal", "goal_blockers", "result", "blockers")}}


def _echoes(word: str, stems: set[str], spec: dict) -> bool:
    """`word` is a participle of one of the goal's verbs ("startad" for "ska startas")."""
    for ending in spec["participle_endings"]:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    else:
        return False
    return any(word.startswith(stem) and len(word) - len(stem) <= 2 for stem in stems)


def _goal_verb_stems(goal: str, spec: dict) -> set[str]:
    """Stems of the verbs a goal puts after ska/skall: "ska fastställas" → fastställ, "ska rustas
    upp" → upprust, "ska uppdatera" → uppdater."""
    words = _WORDS.findall(goal.lower())
    stems = set()
    for i, word in enumerate(words):
        if word not in ("ska", "skall"):
            continue
        for j in range(i + 1, min(i + 6, len(words))):
            verb = words[j]
            if verb.endswith("as") and len(verb) > 4:
                stem = verb[:-2]
            elif verb.endswith("a") and len(verb) > 3 and verb not in spec["not_verbs"]:
                stem = verb[:-1]
            else:
                continue
            if verb[:-2] + "a" in spec["not_verbs"] or len(stem) < 3:
                continue
            particle = words[j + 1] if j + 1 < len(words) and words[j + 1] in spec["particles"] else ""
            stems |= {particle + stem, stem}  # "ska rustas upp" → upprust, rust; "ska startas på" → (på)start
            if verb.endswith("as"):
                break
    return stems


_FIGURE = re.compile(r"\d+|\p{L}+")


@lru_cache(maxsize=1)
def _proportion_spec() -> tuple[frozenset[str], dict[str, int]]:
    """The proportion rules' ids, and numbers in words (the targets lexicon's, and the words for none)."""
    words = {w: int(n) for w, n in load("targets")["number_words"].items()} | {"noll": 0, "inga": 0, "ingen": 0, "inget": 0}
    return frozenset(load("status_patterns")["proportion_rules"]["ids"]), words


def _proportion(hits: list[Hit]) -> list[Hit]:
    """Hits of the proportion rules (lexicon "proportion_rules") with the label their figures give:
    "4 av 4" fulfilled, "0 av 3" not_fulfilled, "100 %" fulfilled, "0 %" not_fulfilled."""
    ids, words = _proportion_spec()
    out = []
    for hit in hits:
        if hit.rule.id in ids:
            text = hit.text.lower()
            figures = [int(t) if t.isdigit() else words.get(t) for t in _FIGURE.findall(text)]
            figures = [f for f in figures if f is not None]
            label = None
            if (" av " in f" {text} ") and len(figures) >= 2:
                part, whole = figures[0], figures[1]
                label = None if part > whole or whole == 0 else "fulfilled" if part == whole else "not_fulfilled" if part == 0 else "partial"
            elif ("%" in text or "procent" in text) and figures:
                label = "fulfilled" if figures[0] >= 100 else "not_fulfilled" if figures[0] == 0 else "partial"
            if label and label != hit.rule.label:
                hit = dataclasses.replace(hit, rule=dataclasses.replace(hit.rule, label=label))
        out.append(hit)
    return out


def proportion_labelled(hits: list[Hit]) -> list[tuple[Hit, bool]]:
    """(hit, is a proportion rule) with each proportion rule's label read from its figures."""
    ids = _proportion_spec()[0]
    return [(h, h.rule.id in ids) for h in _proportion(hits)]


_NOTHING = re.compile(r"\s*:?\s*(?:(?:inget|ingenting|inga|ingen|inte\s+något)(?:\s+\p{L}+){0,4}|[-–—])\s*(?:[.!]|$|\n)",
                      re.IGNORECASE)
# an item of an itemised list and its status: "Finsk skyltning – klar", "ABF: tecknat", "- Ramper: klart"
_ITEM = re.compile(r"^\s*(?:[-–•*]\s+|\d{1,2}[.)]\s+)?(?P<item>[^:–—|;\n]{2,80}?)\s*(?::|\s[–—-])\s+(?P<status>[^:;|\n]{1,40}?)\s*[.!]?\s*$")
_ITEM_SPLIT = re.compile(r"\s*(?:;|\||\n)\s*")
_ASIDE = re.compile(r"\s*\([^()\n]{1,80}\)")  # a reason in brackets after an item's status
_ITEM_SENTENCES = re.compile(r"(?<=[.!])\s+(?=\p{Lu})")
_ITEM_SHARE = re.compile(r"(\d{1,4})\s+av\s+(\d{1,4})(?:\s+\p{L}+){0,2}")
# "Hamburgsund: ingen cirkel, trots att vi har annonserat": a line per place or part, told in words
_ITEM_MISSING = re.compile(r"\b(?:inga|ingen|inget|inte|ej|aldrig|saknas|saknar)\b", re.IGNORECASE)
_ITEM_UNSETTLED = re.compile(r"\b(?:inga|ingen|inget|inte|ej|aldrig|saknas|saknar|utreds|planeras|ska|flyttad\w*|"
                             r"skjut\w*|uppskjut\w*|väntar|återstår|senare)\b", re.IGNORECASE)
_NAMED_ITEM = re.compile(r"^\s*(?:[-–•*]\s+)?(?P<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*:\s+(?P<text>\S.*)$")
_IN_NAMED_PLACE = re.compile(r"\s+(?:i|på)\s+([A-ZÅÄÖ]\p{Ll}+(?:-[A-ZÅÄÖ]?\p{Ll}+)?)\b(?!\s+kommun)")
_CAPITALISED = re.compile(r"\b[A-ZÅÄÖ]\p{Ll}+\b")
_JUDGED_AS = re.compile(r"\s+(?:som|vara|till)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?]")
_NOT_ONLY = re.compile(r"(?<!\p{L})(?:inte|ej|icke)\s+$", re.IGNORECASE)
_REACHED = re.compile(r"(?:^|\s)(?:nått|nådde)(?:\s+(?:inte|ej|aldrig))?$", re.I)
_AFTER_REACHED = re.compile(r"\s+(\p{L}+)(?:\s+([\p{L}\d%]+))?(?:\s+([\p{L}\d%]+))?")
_DETERMINERS = {"de", "den", "det", "sina", "sitt", "sin", "våra", "vårt", "vår"}
_NUMBER_WORDS = set(load("targets")["number_words"])
_NOT_OBJECTS = {"genom", "under", "i", "på", "med", "redan", "för", "och", "men", "trots", "tack", "efter", "sedan",
                "inom", "till", "både", "även", "också", "helt", "delvis", "nästan", "inte", "ej"}
_GOAL_OBJECTS = {"målet", "målen", "målvärdet", "målnivån", "målsättningen", "ända", "hela", "dit", "fram", "upp", "hit"}


def _reached_someone(hit: Hit, text: str) -> bool:
    """"har inte nått familjerna", "har nått ut till skolorna": "nå" with an object that is not the
    goal speaks of reaching people, not of meeting the goal."""
    if not hit.rule.id.startswith("explicit.") or not _REACHED.search(hit.text):
        return False
    before = text[max(0, hit.start - 40):hit.start].lower()
    if re.search(r"\bmål(?:et|en|värdet|nivån|sättningen)\b", before):
        return False  # "Målet är nått genom …": the goal is what was reached
    m = _AFTER_REACHED.match(text, hit.end)
    if not m or m.group(1).lower() in _GOAL_OBJECTS | _NOT_OBJECTS:
        return False
    rest = [w.lower() for w in m.groups()[1:] if w]
    # "nådde inte de tio procenten", "nådde inte sina 500 besökare": the target's figure is what was reached
    return not (m.group(1).lower() in _DETERMINERS and any(
        w[0].isdigit() or w in _NUMBER_WORDS or w.startswith(("procent", "mål")) or w == "%" for w in rest))


def _resolve(found: list[Hit]) -> list[Hit]:
    """Non-overlapping hits: earlier first, then longer, then rule order."""
    found = sorted(found, key=lambda h: (h.start, -(h.end - h.start), ORDER.get(h.rule.id, 0)))
    chosen: list[Hit] = []
    taken_until = -1
    for hit in found:
        if hit.start >= taken_until:
            chosen.append(hit)
            taken_until = hit.end
    return chosen


class RuleClassifier:
    """Status from the rules of lexicon/status_patterns.json, matched by spaCy (classify/nlp.py)."""

    name = "rules"

    def __init__(self):
        self.nlp = status_nlp()
        ORDER.update({rule_id: n for n, rule_id in enumerate(self.nlp.rules)})

    # -- tiers
    def _list(self, text: str) -> Status | None:
        """An activity list ("Genomfört: … Pågår: … Ej påbörjat: …") is judged by its headings."""
        # a heading with nothing under it ("Kvarstår: Inget.", "Pågår: –") lists nothing of its kind
        every = _resolve(self.nlp.hits(text, ("list",)))
        hits = [h for h in every if not _NOTHING.match(text, h.end)]
        labels = {h.rule.label for h in hits}
        if len(every) < 2 and not (every and "\n" in text.strip()):
            return None
        label = "partial" if len(labels) > 1 else next(iter(labels), None)
        if label is None:
            return None
        first = hits[0]
        method = "rule:explicit.mixed_list" if len(labels) > 1 else f"rule:{first.rule.id}"
        if label == "partial" and any(h.rule.label == "fulfilled" for h in every if h not in hits):
            label, method = "not_fulfilled", "rule:list.nothing_done"  # "Genomfört: Inga åtgärder. Kvarstår: …"
        return Status(label=label, confidence=CONFIDENCE["explicit"], evidence="; ".join(h.text for h in hits),
                      evidence_span=Span(start=first.start, end=first.end), method=method, source="result_text")

    def _items(self, text: str, goal: str | None = None) -> Status | None:
        """An itemised list where every item carries its own status ("Finsk sagostund – klar; finsk
        skyltning – klar; samråd – ej påbörjat"), each read like a status field: all done is
        fulfilled, nothing done not fulfilled, anything between partial. Steps aside when an item's
        status cannot be read."""
        parts = [p for p in _ITEM_SPLIT.split(text.strip()) if p.strip()]
        if len(parts) < 2:
            # "Ny belysning – klar. Nya hyllor – klara. Ny ventilation – inte budgeterad.": one item a sentence
            parts = [p for p in _ITEM_SENTENCES.split(text.strip()) if p.strip()]
            if len(parts) < 2 or not all(_ITEM.match(_ASIDE.sub("", p)) for p in parts):
                return None
        labels = []
        spec = load("status_patterns")["echo"]
        stems = _goal_verb_stems(goal, spec) if goal else set()
        for part in parts:
            m = _ITEM.match(_ASIDE.sub("", part))  # "Vårutställning: inställd (ingen lokal under ombyggnaden)"
            if m is None or len(m.group("status").split()) > 4:
                return None
            words = _WORDS.findall(m.group("status").lower())
            share = _ITEM_SHARE.fullmatch(m.group("status").strip())
            if share:  # "läsombud på gruppboenden: 2 av 6 boenden"
                some, whole = int(share.group(1)), int(share.group(2))
                if 0 < whole and some <= whole:
                    labels.append("fulfilled" if some == whole else "not_fulfilled" if some == 0 else "partial")
                    continue
                return None
            if words and _echoes(words[0], stems, spec) and not set(words) & set(spec["blockers"]):
                labels.append("fulfilled")  # "Ekbacken: startad i februari" for "Bokcirklar ska startas på boendena"
                continue
            status = self._explicit(("field", "explicit"), m.group("status"), "status_field")
            if status is None or status.label == "unknown":
                return None
            labels.append(status.label)
        label = labels[0] if len(set(labels)) == 1 else "partial"
        method = "rule:list.item_statuses"
        preparation = load("status_patterns")["preparation_items"]
        done = [_ITEM.match(_ASIDE.sub("", p)).group("item").strip().lower() for p, lab in zip(parts, labels) if lab == "fulfilled"]
        if label == "partial" and "partial" not in labels and done and all(d.startswith(tuple(preparation["words"])) for d in done):
            # "Förstudie: klar | Lokalförslag: avslaget | Vidare arbete: avbrutet": only the preparation was done
            label, method = "not_fulfilled", f"rule:{preparation['id']}"
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        return Status(label=label, confidence=CONFIDENCE["explicit"], evidence=text[start:end],
                      evidence_span=Span(start=start, end=end), method=method,
                      source="result_text", reason=f"each item of the list has its status: {', '.join(labels)}")

    def _named_items(self, text: str) -> Status | None:
        """A line per place or part, told in words ("Grebbestad: en cirkel som träffas varje månad" /
        "Hamburgsund: ingen cirkel"): some lines saying it is missing and others not is partial, all
        of them saying so is not fulfilled. Steps aside when no line says anything is missing, or when
        a line has a verdict of another kind (not assessed)."""
        lines = [line for line in text.split("\n") if line.strip()]
        items = [m for m in map(_NAMED_ITEM.match, lines) if m]
        if len(items) < 2 or len(items) * 2 < len(lines):
            return None
        labels = []
        for m in items:
            line = m.group("text")
            found = {h.rule.label for h in _resolve(self.nlp.hits(line, ("explicit", "cue"))) if h.rule.label}
            if found == {"not_fulfilled"} or (not found and _ITEM_MISSING.search(line)):
                labels.append("not_fulfilled")
            elif found == {"fulfilled"} or (not found and not _ITEM_UNSETTLED.search(line)):
                labels.append("done")
            elif found == {"partial"}:
                labels.append("partial")
            else:
                return None  # "Kameror: utreds", "flyttad till nästa plan", a verdict of another kind
        if "not_fulfilled" not in labels:
            return None
        label = "not_fulfilled" if set(labels) == {"not_fulfilled"} else "partial"
        first = items[0]
        start = text.find(first.group(0).strip())
        end = len(text.rstrip())
        return Status(label=label, confidence=CONFIDENCE["explicit"], evidence=text[start:end],
                      evidence_span=Span(start=start, end=end), method="rule:list.named_items", source="result_text",
                      reason="a line per place or part: " + ", ".join(f"{m.group('name')} {lab}" for m, lab in zip(items, labels)))

    def _explicit(self, tiers: tuple[str, ...], text: str, source: str) -> Status | None:
        hits = [h for h in _proportion(_resolve(self.nlp.hits(text, tiers)))
                if h.rule.label is not None and not _reached_someone(h, text)  # outlook, condition: neutral
                and not (h.rule.id == "explicit.not_assessed" and _JUDGED_AS.match(text, h.end))]
        # ("ingen av dem bedömdes som lämplig" judges the premises: it is not "not assessed")
        # A short sentence that states the status ("Delvis uppfyllt.") outranks status words
        # inside a longer explanation; otherwise the earliest statement decides.
        short = [h for h in hits if _sentence_words(text, h.start) <= STATUS_SENTENCE_WORDS]
        # then a verdict on the goal itself ("… men målet bedöms som delvis uppnått") over status
        # words about one of its parts ("antalet program har inte nått målnivån")
        on_goal = [h for h in hits if h.rule.label != "unknown"
                   and _GOAL_SUBJECT.search(text, _sentence_start(text, h.start), h.start + 1)]
        for hit in short[:1] or on_goal[:1] or hits[:1]:
            if hit.rule.label == "unknown":
                conf, reason = CONFIDENCE["unknown_statement"], "the text says the goal has not been assessed"
            else:
                conf, reason = CONFIDENCE["field" if source == "status_field" else "explicit"], None
            return Status(label=hit.rule.label, confidence=conf, evidence=hit.text.strip(),
                          evidence_span=Span(start=hit.start, end=hit.end),
                          method=f"rule:{hit.rule.id}", source=source, reason=reason)
        return None

    def _cues(self, text: str) -> Status | None:
        all_hits = _proportion(_resolve(self.nlp.hits(text, ("cue",))))
        contrast = any(h.rule.label is None for h in all_hits)  # "men", "dock" between clauses
        hits = [h for h in all_hits if h.rule.label is not None]
        score = {"fulfilled": 0.0, "partial": 0.0, "not_fulfilled": 0.0}
        for h in hits:
            score[h.rule.label] += h.rule.weight
        f, p, n = score["fulfilled"], score["partial"], score["not_fulfilled"]
        if contrast and f > 0 and n + p > 0:
            label = "partial"  # "… har genomförts, men … har inte …": done in part
        elif n >= 1 and n > f + p:
            label = "not_fulfilled"
        elif p >= 1:
            label = "partial"
        elif f > 0 and n > 0:
            label = "partial"  # done in part, not done in part ("… har genomförts, men … inte …")
        elif f > 0 and f >= p:
            label = "fulfilled"
        elif n > 0:
            label = "not_fulfilled"
        elif p > 0:
            label = "partial"
        else:
            return None
        deciding = [h for h in hits if h.rule.label == label] or hits
        top = max(deciding, key=lambda h: h.rule.weight)
        total = f + p + n
        margin = score[label] / total if total else 0.0
        confidence = round(min(0.8, 0.45 + 0.3 * margin + 0.05 * min(len(deciding), 3)), 2)
        evidence = "; ".join(dict.fromkeys(h.text.strip() for h in deciding))
        return Status(label=label, confidence=confidence, evidence=evidence,
                      evidence_span=Span(start=top.start, end=top.end),
                      method=f"rule:{top.rule.id}", source="result_text",
                      reason="no explicit status; weighed the wording of the result")

    def _goal_verb_done(self, goal: str | None, result: str) -> Status | None:
        """"Fastställt" for "Låneregler ska fastställas": the goal's verb as a participle, alone or with a
        time or place, says the goal was met (lexicon status_patterns.json, "echo")."""
        if not goal:
            return None
        spec = load("status_patterns")["echo"]
        words = _WORDS.findall(result.lower())
        if not words or len(words) > spec["max_words"] or set(words) & set(spec["blockers"]):
            return None
        if any(h.rule.label not in (None, "fulfilled") for h in self.nlp.hits(result, ("cue",))):
            return None
        if _echoes(words[0], _goal_verb_stems(goal, spec), spec):
            m = _WORDS.search(result)
            return Status(label="fulfilled", confidence=CONFIDENCE["explicit"], evidence=m.group(0),
                          evidence_span=Span(start=m.start(), end=m.end()), method=f"rule:{spec['id']}",
                          source="result_text", reason="the result is the goal's own verb, done")
        return None

    def _inquiry_done(self, goal: str | None, result: str) -> Status | None:
        """"Biblioteket ska utreda möjligheten …" and "Utredningen genomfördes 2019 och visade att …": the
        goal is the inquiry, and it was made (lexicon status_patterns.json, "inquiry_done")."""
        if not goal:
            return None
        spec = _inquiry()
        asks = spec["goal"].search(goal) and not spec["goal_blockers"].search(goal)
        m = spec["result"].search(result) if asks else None
        if m is None or spec["blockers"].search(result):
            return None
        return Status(label="fulfilled", confidence=CONFIDENCE["explicit"], evidence=m.group(0),
                      evidence_span=Span(start=m.start(), end=m.end()), method=f"rule:{spec['id']}",
                      source="result_text", reason="the goal is an inquiry, and the inquiry was made")

    def _perception_unmeasured(self, goal: str | None, result: str) -> Status | None:
        """A goal about what people feel or think, and a result that asked no one (lexicon
        status_patterns.json, "perception"): the result does not assess the goal."""
        if not goal:
            return None
        spec = _perception()
        if not spec["goal"].search(goal) or spec["evidence"].search(result):
            return None
        return Status(label="unknown", confidence=CONFIDENCE["unknown_statement"], evidence=None,
                      method=f"rule:{spec['id']}", source="result_text",
                      reason="the goal is about what people experience, and the result reports no survey or measure of it")

    def _named_place(self, goal: str | None, result: str, decided: Status | None) -> Status | None:
        """"Målet är uppfyllt i Hindås" when the goal names more places, or another one: a verdict for
        one named place is partial (the place is capitalised, which the matcher's lower-cased text
        cannot see, so this reads the original text)."""
        if decided is None or decided.method != "rule:explicit.met" or decided.evidence_span is None:
            return None
        m = _IN_NAMED_PLACE.match(result, decided.evidence_span.end)
        if m is None:
            return None
        place = m.group(1)
        named = set(_CAPITALISED.findall(goal or "")[1:]) if goal else set()
        if place in named and len(named) == 1:
            return None  # "Meröppet ska införas i Hindås": the goal's one place
        return decided.model_copy(update={"label": "partial", "method": "rule:explicit.met_in_named_place",
                                          "evidence": result[decided.evidence_span.start:m.end()].strip(),
                                          "evidence_span": Span(start=decided.evidence_span.start, end=m.end())})

    def _measurement_pending(self, goal: str | None, result: str, decided: Status | None) -> Status | None:
        """"Pågår. Frågorna är inlagda i nästa års ungdomsenkät" for a goal about what people know or
        feel: the progress word is about the survey still to come, so the goal is not yet assessed."""
        if decided is None or decided.method != "rule:explicit.opener_partial" or not goal:
            return None
        spec = _perception()
        m = spec["pending"].search(result, decided.evidence_span.end if decided.evidence_span else 0)
        if m is None or not (spec["goal"].search(goal) or spec["pending_goal"].search(goal)):
            return None
        return Status(label="unknown", confidence=CONFIDENCE["unknown_statement"], evidence=m.group(0),
                      evidence_span=Span(start=m.start(), end=m.end()), method=f"rule:{spec['pending_id']}",
                      source="result_text",
                      reason="the goal is about what people know or experience, and its survey is still to come")

    def _start_planned(self, result: str) -> Status | None:
        """The work's start is still to come and nothing says anything was done or is under way
        (lexicon status_patterns.json, "start_planned")."""
        spec = load("status_patterns")["start_planned"]
        hits = _resolve(self.nlp.hits(result, ("cue",)))
        planned = [h for h in hits if h.rule.id == spec["cue"] and not _reason_clause().search(result[:h.start])]
        if not planned or any(h.rule.label in spec["blocked_by"] for h in hits):
            return None
        h = planned[0]
        return Status(label="not_fulfilled", confidence=CONFIDENCE["explicit"], evidence=h.text,
                      evidence_span=Span(start=h.start, end=h.end), method=f"rule:{spec['id']}",
                      source="result_text", reason="the work has not started: its start is still planned")

    def _trial_stopped(self, result: str) -> Status | None:
        """A trial that was then stopped, with nothing said to work after it (lexicon status_patterns.json,
        "trial_stopped")."""
        spec = _trial()
        trial = spec["trial"].search(result)
        stopped = spec["stopped"].search(result, trial.end()) if trial else None
        if stopped is None or spec["still_works"].search(result, stopped.end()):
            return None
        return Status(label="not_fulfilled", confidence=CONFIDENCE["explicit"], evidence=result[trial.start():stopped.end()],
                      evidence_span=Span(start=trial.start(), end=stopped.end()), method=f"rule:{spec['id']}",
                      source="result_text", reason="a trial was made and then stopped")

    def _measurement_dropped(self, goal: str | None, result: str) -> Status | None:
        """The measurement was put off or never made, and the goal was not itself to measure
        (lexicon status_patterns.json, "measure_dropped"): the result does not assess the goal."""
        spec = _measure_dropped()
        m = spec["result"].search(result)
        if m is None or (goal and spec["goal"].search(goal)):
            return None
        return Status(label="unknown", confidence=CONFIDENCE["unknown_statement"], evidence=m.group(0),
                      evidence_span=Span(start=m.start(), end=m.end()), method=f"rule:{spec['id']}",
                      source="result_text", reason="the measurement that would assess the goal was not made")

    # -- interface
    def _target(self, goal: str | None, result: str) -> Status | None:
        """A numeric target in the goal against the outcome in the result (classify/targets.py)."""
        hit = compare(goal, result)
        if hit is None:
            return None
        label, rule_id, start, end = hit
        return Status(label=label, confidence=CONFIDENCE["explicit"], evidence=result[start:end],
                      evidence_span=Span(start=start, end=end), method=f"rule:{rule_id}", source="result_text",
                      reason=f"the goal's target ({goal_target(goal).text}) against the outcome")

    def scope_limited(self, result: str | None) -> bool:
        """The result restricts what was done ("bara på huvudbiblioteket", "alla utom ett", "först under
        planens sista år"): a cue marked limits_scope, unless what it restricts is a failure in the
        same clause ("Bara enstaka turer har ställts in" limits what failed, not what was done)."""
        if not result:
            return False
        hits = self.nlp.hits(result, ("cue",))
        failures = [h for h in hits if h.rule.label == "not_fulfilled"]

        def restricts_failure(limiter: Hit) -> bool:
            return any(f.start >= limiter.end and not _CLAUSE_END.search(result, limiter.end, f.start) for f in failures)

        return any(h.rule.limits_scope and not restricts_failure(h) and not _NOT_ONLY.search(result, 0, h.start)
                   for h in hits)  # "inte bara hälften utan samtliga": not a limit

    def status(self, result: str | None, field: str | None, goal: str | None = None) -> Status:
        if field and field.strip():
            decided = self._explicit(("field", "explicit"), field, "status_field")
            if decided:
                return decided
        if result and any(c.isalnum() for c in result):
            decided = self._list(result) or self._items(result, goal) or self._explicit(("explicit",), result, "result_text")
            decided = self._named_place(goal, result, decided) or decided
            decided = (self._measurement_pending(goal, result, decided) or decided
                       or self._target(goal, result) or self._goal_verb_done(goal, result) or self._inquiry_done(goal, result)
                       or self._perception_unmeasured(goal, result) or self._measurement_dropped(goal, result)
                       or self._start_planned(result) or self._trial_stopped(result) or self._named_items(result)
                       or self._cues(result))
            if decided:
                return decided
            return Status(label="unknown", confidence=CONFIDENCE["no_words"], evidence=None,
                          method="rule:none", source="result_text",
                          reason="the result says nothing that assesses the goal")
        reason = "no result is given for the goal" if not (result and result.strip()) else \
            f"the result is only {result.strip()!r}, no text"  # "–" in a table cell
        return Status(label="unknown", confidence=CONFIDENCE["no_result"], evidence=None,
                      method="rule:no_result", source="none", reason=reason)
