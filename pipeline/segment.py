"""Segment a Layout into sections, goals and results.

Works on blocks only; labels and their roles come from lexicon/labels.json.
The walk is a small state machine: a goal label opens a goal, a result label
opens its result, unlabelled paragraphs continue whatever is open, and a
heading, a rule or the closing block (date, signature) ends it.

    draft = segment(layout)      # FollowUp with statuses still None
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from pipeline import __version__
from pipeline.colour import legend_entries
from pipeline.labels import (
    _CLOSING, _DATE_ONLY, _END_PUNCT, _LETTERS, _NUMBERED, _TOC_HEADING, _TOC_LINE, Label, Unit, _is_caps, _is_closing, _units, _words,
    heading_like, match_label,
)
from pipeline.lexicon import load
from pipeline.schema import FollowUp, Goal, Indicator, Layout, Provenance, Result, Section, SourceInfo, Span, StatusField
from pipeline.tables import TableGoal, column_roles, goals_from_table, indicators_from_table

# ------------------------------------------------------------------ drafts


_GOAL_VERB = re.compile(r"\b(?:ska|skall)\b", re.IGNORECASE)


_LABEL_TAIL = " \t\n-–—:."  # what may trail a goal label on its own line


def _collapse(text: str) -> str:
    return " ".join(text.split())


# "Aktivitet 2: …", "Insats 3 – …", "Åtgärd 4. …": an item numbered by a word of its own, in a
# document whose goals carry no Mål label (read only before a result label, see _orphan_is_goal)
_ITEM_PREFIX = re.compile(r"^\s*\p{Lu}\p{Ll}{2,20}\s+(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})\s*[:.–-]\s+(?=\p{Lu})")


# a goal code: "A1 Fler besök …", "1a Ökad läsning …", "B2. Minst fyra program …"
_CODE_PREFIX = re.compile(r"^\s*(?P<num>\p{Lu}\d{1,2}[a-z]?|\d{1,2}[a-z])[.):]?\s+(?=\p{Lu})")


def _numbered_start(unit: Unit) -> bool:
    """The paragraph opens with a number, a goal code or an item word and number ("2) Biblioteken …",
    "A1 Fler besök …", "Insats 3 –")."""
    first = unit.text.strip().split("\n", 1)[0]
    return bool(_NUMBERED.match(first) or _ITEM_PREFIX.match(first) or _CODE_PREFIX.match(first))


@dataclass
class _Piece:
    unit: Unit
    start: int        # offset in block.text
    end: int

    @property
    def text(self) -> str:
        return _collapse(self.unit.block.text[self.start:self.end])


@dataclass
class _GoalDraft:
    label: Label | None
    pieces: list[_Piece] = field(default_factory=list)
    result: list[_Piece] = field(default_factory=list)
    result_rule: str | None = None
    status_field: tuple[str, _Piece] | None = None
    from_heading: bool = False
    table: TableGoal | None = None
    indicators: list = field(default_factory=list)
    overview: TableGoal | None = None  # this goal's row in an overview table, for its status

    @property
    def has_result(self) -> bool:
        return bool(self.result) or self.result_rule is not None


_BRACKET_STATUS = re.compile(r"\[\s*([^\[\]\n]{2,40}?)\s*\]\s*$")


def _printed(text: str, title: str) -> str:
    """A section title as printed: with the number or area label before it ("1. Läsfrämjande",
    "Fokusområde 2 – Digital kompetens"), which the annotation keeps; the number is also kept apart."""
    line, flat = " ".join(text.split()), " ".join(title.split())
    k = line.find(flat) if flat else -1
    return line[:k + len(flat)].strip() if k > 0 else title


@dataclass
class _SectionDraft:
    title: str | None
    number: str | None
    level: int
    unit: Unit | None
    goals: list[_GoalDraft] = field(default_factory=list)


class _Segmenter:
    def __init__(self, layout: Layout):
        self.layout = layout
        self.units = _units(layout.blocks)
        self.sections: list[_SectionDraft] = [_SectionDraft(None, None, 0, None)]
        self.goal: _GoalDraft | None = None
        self.mode = "none"          # none | goal_text | goal | result | closed | toc
        self.orphan: Unit | None = None
        self.orphans: list[Unit] = []  # the unlabelled paragraphs since the last label
        self.labels = [
            match_label(u.text, bold=u.block.style.bold, heading=u.kind == "heading") if u.kind != "table" else None
            for u in self.units
        ]
        # the document's title ("# Uppföljning") is not a result label
        self.labelled_results = any(lab and lab.role not in ("goal", "section", "indicator")
                                    and not (u.kind == "heading" and u.block.level <= 1) for u, lab in zip(self.units, self.labels))
        self.has_goal_labels = any(lab and lab.role == "goal" for lab in self.labels)
        self.skip: set[int] = set()
        self.closing_from = self._closing_start()
        self.result_labels = any(lab is not None and lab.role == "result" for lab in self.labels)
        # status values printed on their own right under goal headings ("Uppfyllt", "Ej bedömt" badges):
        # a layout when it recurs, not a one-word result
        self.badges = sum(1 for k, u in enumerate(self.units) if k and u.kind == "paragraph"
                          and (self.units[k - 1].kind == "heading" or _NUMBER_START.match(self.units[k - 1].text.strip())
                               or (self.labels[k - 1] is not None and self.labels[k - 1].role == "goal"))
                          and _STATUS_VALUE.match(u.text.strip()))
        self.numbered_pairs = sum(1 for k in range(len(self.units)) if self._numbered_pair(k))
        self.nested_goals = sum(1 for k in range(len(self.units)) if self._has_nested_items(k))
        self.nested_level: int | None = None  # the list level of goals whose results are nested items

    def _closing_start(self) -> int:
        n = len(self.units)
        i = n
        while i > 0 and _is_closing(self.units[i - 1]):
            prev = self.labels[i - 2] if i >= 2 else None
            if prev and not self.units[i - 2].text[prev.rest:].strip():
                break  # "Resultat:" on its own line owns the next paragraph
            i -= 1
        return i

    # -- helpers
    def _next_label(self, i: int) -> Label | None:
        for j in range(i + 1, min(i + 3, len(self.units))):
            if self.units[j].kind == "table":
                return None
            return self.labels[j]
        return None

    def _value_below(self, i: int) -> tuple[Unit, int] | None:
        """The next unit as a label's value when it is a short unlabelled paragraph (at most four
        words, no full sentence); it is then skipped by the walk."""
        if i + 1 >= len(self.units) or self.labels[i + 1] is not None:
            return None
        nxt = self.units[i + 1]
        text = nxt.text.strip()
        if nxt.kind not in ("paragraph", "list_item") or not text or _words(text) > 4 or "\n" in text:
            return None
        self.skip.add(i + 1)
        return nxt, 0

    def _next_label_role(self, i: int) -> str | None:
        label = self._next_label(i)
        return label.role if label else None

    def _open_section(self, title: str, number: str | None, level: int, unit: Unit) -> None:
        self.goal = None
        self.mode = "none"
        self.orphan = None
        self.orphans = []
        self.sections.append(_SectionDraft(title, number, level, unit))

    def _open_goal(self, label: Label | None, unit: Unit, start: int, from_heading: bool = False) -> None:
        if (self.goal and self.goal.from_heading and not self.goal.has_result and label and label.role == "goal"
                and self.goal.label and self.goal.label.id != label.id):
            # "## Mål 1: Läsning" followed by "Delmål 1.1": the heading was a section
            g = self.sections[-1].goals.pop()
            title = " ".join(p.text for p in g.pieces)
            self.sections.append(_SectionDraft(title, g.label.number if g.label else None, 3, g.pieces[0].unit))
        self.goal = _GoalDraft(label=label, from_heading=from_heading)
        self.sections[-1].goals.append(self.goal)
        text = unit.block.text[unit.start + start:unit.end]
        verdict = _TRAILING_STATUS.match(text.strip())
        if verdict and text.strip().startswith(("[", "(")):
            # "### Mål 1.1 [Uppfyllt]": the heading holds the verdict; the goal's words come next
            at = unit.start + start + (len(text) - len(text.lstrip()))
            self.goal.status_field = ("Status", _Piece(unit, at + verdict.start(1), at + verdict.end(1)))
            self.mode = "goal_text"
        elif text.strip() and _STATUS_VALUE.match(text.strip()) and label is not None and label.role == "goal":
            # "MÅL 1.1" over a badge "Uppfyllt" (a slide): the verdict; the goal's words come next
            self.goal.status_field = ("Status", self._piece(unit, start))
            self.mode = "goal_text"
        elif text.strip(_LABEL_TAIL):
            self.goal.pieces.append(self._piece(unit, start))
            self.mode = "goal"
        else:  # nothing after the label but its dash or colon ("Delmål 3 –"): the goal's words come next
            self.mode = "goal_text"
        self.orphan = None
        self.orphans = []

    @staticmethod
    def _piece(unit: Unit, start: int = 0) -> _Piece:
        a, b = unit.start + start, unit.end
        text = unit.block.text
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return _Piece(unit, a, b)

    def _start_result(self, unit: Unit, start: int, rule: str) -> None:
        assert self.goal is not None
        self.goal.result_rule = rule
        if unit.text[start:].strip():
            self.goal.result.append(self._piece(unit, start))
        self.mode = "result"

    # -- the walk
    def run(self) -> list[_SectionDraft]:
        for i, unit in enumerate(self.units):
            if i >= self.closing_from:
                break
            if i in self.skip:
                continue  # taken as the value of the label above it
            self.step(i, unit, self.labels[i])
        return self.sections

    def step(self, i: int, unit: Unit, label: Label | None) -> None:
        text = unit.text.strip()
        if unit.kind == "rule":
            if self.mode == "result":
                self.mode = "closed"
            return
        if unit.kind == "table":
            self._table(unit)
            return
        if self.mode == "toc":
            if unit.kind == "heading" or label or (heading_like(unit) and self._next_label(i)) or not heading_like(unit):
                self.mode = "none"
            else:
                return
        if _TOC_LINE.search(text) and heading_like(Unit(unit.index, unit.block, unit.start, unit.end - len(_TOC_LINE.search(text).group(0)))):
            return
        if unit.kind == "heading":
            self._heading(i, unit, label)
            return
        if label:
            self._labelled(i, unit, label)
            return
        if self.mode == "goal_text":
            self.goal.pieces.append(self._piece(unit))
            self.mode = "goal"
            return
        if self._bold_goal_statement(i, unit, text) or self._numbered_goal_item(i, unit, text) or self._nested_item_goal(i):
            # "**1. Biblioteket ska ge alla barn en bra start.**" then prose, in a follow-up with no Mål labels
            m = re.match(r"^\s*\(?(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+", unit.text)
            label = Label("goal.bold_statement", "goal", "", m.group(1) if m else None, m.end() if m else 0)
            self._open_goal(label, unit, label.rest, from_heading=True)
            return
        if self._item_with_bracketed_status(unit):
            return
        hl = heading_like(unit)
        if hl and _TOC_HEADING.match(text):
            self._open_section(text, None, 1, unit)
            self.mode = "toc"
            return
        if hl and self._accept_heading(i, hl):
            kind, number, title, level = hl
            self._open_section(_printed(unit.text, title), number, level + 1, unit)
            return
        if self.mode == "result" and self.goal is not None:
            first_line = text.split("\n", 1)[0]
            if any(p.search(text) for _, p in _CLOSING) or (self.goal.result and unit.kind == "paragraph"
                                                            and _DATE_ONLY.match(first_line) and _words(first_line) <= 6) or (
                    self.goal.result and "\n" not in text and _words(text) <= 6 and not _END_PUNCT.search(text)
                    and _NOT_GOAL_HEADING.match(text)):  # "Sammanfattning och nästa steg" on a line of its own
                # "Arvika 8 nov. 2022" on its own after the last result: the signature begins
                self.mode = "closed"
                return
            self.goal.result.append(self._piece(unit))
            self.orphan = unit
            self.orphans.append(unit)
            return
        if (self.mode == "goal" and self.goal is not None and self.goal.status_field is None and not self.goal.result
                and unit.kind == "paragraph" and _STATUS_VALUE.match(text) and self.badges >= 2):
            # "### Mål 6. …" then a badge "Ej bedömt" before any prose: the verdict, not the result
            self.goal.status_field = ("Status", self._piece(unit))
            return
        if self.mode == "goal" and self.goal is not None and (self.goal.from_heading or not self.labelled_results):
            self._start_result(unit, 0, "result.implicit_prose")
            return
        if (self.mode == "goal" and self.goal is not None and len(self.goal.pieces) == 1 and _words(text) <= 40
                and unit.kind == "paragraph" and self._next_label_role(i) in ("result", "assessment", "status", "indicator")):
            # "Barn och unga ska läsa mer." / "Biblioteket ska särskilt nå …" / "Resultat: …": the goal goes on
            self.goal.pieces.append(self._piece(unit))
            return
        self.orphan = unit
        self.orphans.append(unit)

    def _accept_heading(self, i: int, hl: tuple) -> bool:
        nxt = self._next_label(i)
        leads_to_goal = nxt is not None and nxt.role in ("goal", "section")
        if hl[0] == "short":
            return leads_to_goal or self._bracketed_item(self.units[i + 1] if i + 1 < len(self.units) else None) is not None
        if hl[0] in ("caps", "numbered") and _is_caps(hl[2]) and len(_LETTERS.findall(hl[2])) >= 4 and self.mode == "result":
            return True  # "II. VUXNA", "SAMMANFATTNING" on a line of its own: a heading even after a result
        return leads_to_goal or self.mode not in ("result", "goal_text")

    def _heading(self, i: int, unit: Unit, label: Label | None) -> None:
        text = unit.text.strip()
        if label and label.role == "goal":
            self._open_goal(label, unit, label.rest, from_heading=True)
            return
        if label and label.role in ("result", "assessment", "status") and self.goal is not None and not self.goal.has_result:
            self.goal.result_rule = label.id
            self.mode = "result"
            return
        if _TOC_HEADING.match(text):
            self._open_section(text, None, unit.block.level, unit)
            self.mode = "toc"
            return
        if (label is None or label.role in ("result", "assessment")) and self._result_subheading(i, unit, text):
            # "Resultat och analys:" then "### Genomförda aktiviteter" / "### Kvarstående": the result's own parts
            if self.mode == "goal":
                self._start_result(unit, 0, "result.subheading")
            else:
                self.goal.result.append(self._piece(unit))
            return
        number = None
        m = _NUMBERED.match(text)
        if m:
            number, text = m.group("num"), m.group("title").strip()
        elif label and label.role == "section":
            # "## Målområde 1: Läsning" is the section "Läsning", as the same label in a paragraph
            number, text = label.number, unit.text[label.rest:].strip() or text
        if label is None and self._goal_statement_heading(i, unit, text):
            # "## Läsfrämjande" then "### Biblioteket ska nå fler barn": the subheading is the goal itself
            start = unit.text.find(text) if text else 0
            self._open_goal(Label("goal.heading_statement", "goal", "", number, max(start, 0)), unit, max(start, 0),
                            from_heading=True)
            return
        self._open_section(_printed(unit.text, text), number, unit.block.level, unit)

    def _bracketed_item(self, unit: Unit | None):
        """(number match, first line end, bracket match) of a numbered goal line whose result follows on the
        next lines and ends in a bracketed status, in a follow-up with no labels; else None."""
        if unit is None or self.has_goal_labels or self.labelled_results or unit.kind not in ("list_item", "paragraph"):
            return None
        text = unit.block.text[unit.start:unit.end]
        number = re.match(r"^\s*\(?(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+", text)
        bracket = _BRACKET_STATUS.search(text)
        newline = text.find("\n")
        if not number or not bracket or newline < 0 or bracket.start() <= newline or len(bracket.group(1).split()) > 5:
            return None
        return (number, newline, bracket) if _GOAL_VERB.search(text[number.end():newline]) else None

    def _item_with_bracketed_status(self, unit: Unit) -> bool:
        """"1.<TAB>Biblioteket ska …" with its result on the next line, ending in "[Delvis uppfyllt]", in a
        follow-up with no labels: the first line is the goal, the rest the result, the bracket the status."""
        found = self._bracketed_item(unit)
        if found is None:
            return False
        number, newline, bracket = found
        base = unit.start
        goal = _GoalDraft(label=Label("goal.unlabelled", "goal", "", number.group(1), number.end()))
        goal.pieces.append(self._piece(Unit(unit.index, unit.block, base + number.end(), base + newline)))
        goal.result.append(self._piece(Unit(unit.index, unit.block, base + newline + 1, base + bracket.start())))
        goal.result_rule = "result.line_after_goal"
        goal.status_field = ("Status", _Piece(unit, base + bracket.start(1), base + bracket.end(1)))
        goal.label = None
        self.sections[-1].goals.append(goal)
        self.goal, self.mode, self.orphan, self.orphans = goal, "closed", None, []
        return True

    def _numbered_goal_item(self, i: int, unit: Unit, text: str) -> bool:
        """"1. Biblioteket ska …" as a list item, then a paragraph under it ("**Uppfyllt.** Skrivarverkstäder
        har hållits …"), in a follow-up with no labels: the item is the goal, the paragraph its result.
        Items that follow one another with no paragraph between (a list of the plan's goals) are not."""
        if not self._numbered_pair(i):
            return False
        # a goal verb, unless numbered goals each followed by their paragraph are this document's layout
        # ("1.2 Litteratursamtal för vuxna i alla stadsdelar." in a <dl> of goals)
        return self.numbered_pairs >= 3 or bool(_GOAL_VERB.search(text))

    def _nested_item_goal(self, i: int) -> bool:
        """A list item with items nested under it ("<ol><li>Biblioteken ska … <ul><li>…</li></ul>"), where
        that is the document's layout (two or more such items) and nothing is labelled: the item is the
        goal, the nested items its result."""
        if self.nested_goals < 2:
            return False
        unit = self.units[i]
        if self._has_nested_items(i):
            self.nested_level = unit.block.level
            return True
        # an item at the goals' own level with nothing under it: a goal with no result
        return (unit.kind == "list_item" and self.nested_level is not None and unit.block.level <= self.nested_level
                and self.labels[i] is None and self.goal is not None and self.mode in ("goal", "result"))

    def _has_nested_items(self, i: int) -> bool:
        unit = self.units[i]
        nxt = self.units[i + 1] if i + 1 < len(self.units) else None
        return (unit.kind == "list_item" and nxt is not None and nxt.kind == "list_item"
                and nxt.block.level > unit.block.level and not self.has_goal_labels and not self.labelled_results
                and self.labels[i] is None and _words(unit.text) <= 40)

    def _numbered_pair(self, i: int) -> bool:
        """Unit i is a numbered list item or paragraph ("1.1 …", at most 40 words) followed by an unnumbered,
        unlabelled paragraph, and is not one of a run of numbered items, in a follow-up with no labels."""
        unit = self.units[i]
        text = unit.text.strip()
        numbered = bool(_NUMBER_START.match(text))
        if not (unit.kind == "list_item" or (unit.kind == "paragraph" and numbered)) or _words(text) > 40:
            return False
        if self.has_goal_labels or self.labelled_results or self.labels[i] is not None:
            return False
        prev = self.units[i - 1] if i > 0 else None
        nxt = self.units[i + 1] if i + 1 < len(self.units) else None
        sibling = prev is not None and prev.kind == unit.kind and (unit.kind == "list_item" or _NUMBER_START.match(prev.text.strip()))
        return (nxt is not None and nxt.kind == "paragraph" and self.labels[i + 1] is None
                and not _NUMBER_START.match(nxt.text.strip()) and not sibling)

    def _bold_goal_statement(self, i: int, unit: Unit, text: str) -> bool:
        """A paragraph set wholly in bold that states a goal ("… ska …", at most two lines), followed by
        prose that is not bold, in a document whose goals carry no label: the goal, its prose the result."""
        style = unit.block.style
        if unit.kind not in ("paragraph", "list_item") or not (style.bold or style.quote) or text.count("\n") > 1:
            return False  # (a bold item of Word's numbered list is a goal statement too)
        if _words(text) > 40 or not _GOAL_VERB.search(text) or self.has_goal_labels:
            return False
        nxt = self.units[i + 1] if i + 1 < len(self.units) else None
        # a goal quoted from the plan ("> Biblioteket ska …") marks the goal as bold does
        label = self.labels[i + 1] if nxt is not None else None
        if label is not None and label.role in ("result", "assessment", "status"):
            return True  # "Bedömning: Ej påbörjat …" right under the goal
        return (nxt is not None and nxt.kind in ("paragraph", "list_item") and not nxt.block.style.bold
                and not nxt.block.style.quote and label is None)

    def _result_subheading(self, i: int, unit: Unit, text: str) -> bool:
        """A short, unnumbered subheading under an open goal, below the section's level and followed by
        prose, not by a label: a part of the goal's result ("Genomförda aktiviteter", "Det här återstår")."""
        section = self.sections[-1] if self.sections else None
        if self.goal is None or self.goal.table is not None or self.mode not in ("goal", "result"):
            return False
        if section is None or section.unit is None or unit.block.level <= section.level:
            return False
        if not text or _words(text) > 5 or _GOAL_VERB.search(text) or _NUMBERED.match(text) or _TOC_HEADING.match(text):
            return False
        if text.rstrip().endswith(".") or _NOT_GOAL_HEADING.match(text):
            return False  # a sentence ("Längre öppettider i Söråker."), or "Sammanfattning": not a part's title
        goal_heading = self.goal.pieces[0].unit.block if self.goal.from_heading and self.goal.pieces else None
        if goal_heading is not None and goal_heading.kind == "heading" and goal_heading.level == unit.block.level:
            return False  # the goal's own heading level: the next goal
        nxt = i + 1 < len(self.units) and self.units[i + 1]
        if not nxt or nxt.kind in ("heading", "table", "rule"):
            return False
        label = self.labels[i + 1]
        return label is None or label.role not in ("goal", "section")

    def _goal_statement_heading(self, i: int, unit: Unit, text: str) -> bool:
        """A subheading that is a goal statement (a "ska" sentence of five words or more) under a
        section heading of a higher level, and not followed by labelled goals of its own."""
        section = self.sections[-1] if self.sections else None
        if section is None or section.unit is None or section.level >= unit.block.level:
            return False
        nxt = self._next_label(i)
        right_after = i + 1 < len(self.labels) and (
            (self.labels[i + 1] is not None and self.labels[i + 1].role in ("result", "assessment", "status"))
            or (self.badges >= 2 and self.units[i + 1].kind == "paragraph" and _STATUS_VALUE.match(self.units[i + 1].text.strip())))
        # a short "### 2. Meröppet ska införas." is a goal too when its result label comes right after it
        # a statement ("Fler barn läser varje dag."): a "ska" sentence, or a sentence with its full stop,
        # which a section title does not have
        if _words(text) < (3 if right_after else 5) or not (_GOAL_VERB.search(text) or text.rstrip().endswith(".")):
            return False
        return nxt is None or nxt.role not in ("goal", "section")

    def _labelled(self, i: int, unit: Unit, label: Label) -> None:
        rest = unit.text[label.rest:].strip()
        if label.role == "goal":
            self._open_goal(label, unit, label.rest)
            return
        if label.role == "section":
            self._open_section(_printed(unit.text, rest) if rest else label.label, label.number, 2, unit)
            return
        if label.role == "indicator":
            # "Indikator: Antal utlån per invånare" under the goal: how it is measured, not its text
            if self.goal is not None and self.goal.table is None and rest:
                piece = self._piece(unit, label.rest)
                self.goal.indicators.append(Indicator(name=piece.text, provenance=_provenance(
                    self.layout, [piece], label.id)))
                if self.mode == "goal_text":
                    self.mode = "goal"
            return
        if self.goal is None or (self.goal.has_result and (label.role == "result" and self._orphan_is_goal() or (
                label.role in ("status", "assessment") and (self.mode == "closed" and self._orphan_is_goal()
                                                            or self._second_status_after_numbered()))
                or self._parent_item(unit))):
            if self.orphan is None or (_CAPTION.match(self.orphan.text.strip()) and not _GOAL_VERB.search(self.orphan.text)):
                self.orphans = []
                return  # a result with no goal before it (or only a table's caption): nothing to attach it to
            self._adopt_orphan()
        self._labelled_rest(i, unit, label, rest)
        self.orphans = []

    def _labelled_rest(self, i: int, unit: Unit, label: Label, rest: str) -> None:
        goal = self.goal
        verdict = _OPENING_VERDICT.match(unit.block.text, unit.start + label.rest, unit.end) \
            if label.role in ("result", "assessment") else None
        if verdict and goal.status_field is None and verdict.end() < unit.end:
            # "Bedömning: [Ej uppnått] Besöken minskade …": the bracket is the verdict, the rest the result
            goal.status_field = (label.label, _Piece(unit, verdict.start(1), verdict.end(1)))
            label = Label(label.id, label.role, label.label, label.number, verdict.end() - unit.start)
            rest = unit.text[label.rest:].strip()
        short = _words(rest) <= 8
        if label.role == "result":
            if goal.has_result and self.mode != "closed":
                if rest:
                    goal.result.append(self._piece(unit, label.rest))
                self.mode = "result"
            else:
                self._start_result(unit, label.rest, label.id)
        elif (label.role == "status" and short) or goal.has_result or (
                label.role == "assessment" and self.result_labels and _STATUS_VALUE.match(rest)):
            # ("Bedömning: Ej mätbar" where the other goals have a "Resultat:" is the verdict, not a result;
            # where Bedömning is the only label, its words are the result: "Samlad bedömning: Uppnått.")
            value = self._value_below(i) if not rest else None
            # "<dt>Bedömning</dt><dd>Uppfyllt</dd>": a label alone on its line, its value the next short block
            goal.status_field = (label.label, self._piece(*value) if value else self._piece(unit, label.rest))
            if self.mode == "result":
                self.mode = "closed"
        else:
            self._start_result(unit, label.rest, label.id)

    def _orphan_is_goal(self) -> bool:
        """The paragraph before a second result label is a new, unlabelled goal ("1.2 Biblioteket ska …"):
        a numbered paragraph the result took in, or any paragraph after a status line closed the goal."""
        if self.orphan is None or self.goal is None:
            return False
        if self.mode == "closed" and all(p.unit is not self.orphan for p in self.goal.result):
            # "1.2 Biblioteket ska …" after the last goal's "Status: Gul" closed it: a new goal
            return True
        if len(self.goal.result) < 2:
            return False
        text = self.orphan.text.strip()
        return self.goal.result[-1].unit is self.orphan and (_numbered_start(self.orphan) or bool(re.match(r"^\d", text)))

    def _parent_item(self, unit: Unit) -> bool:
        """"* Biblioteket ska …" with "    * Status: …" and "    * Resultat: …" under it, as the goal before
        it had: an unlabelled list item that labelled sub-items hang under is the next goal."""
        orphan, goal = self.orphan, self.goal
        if orphan is None or goal is None or not goal.pieces or orphan.kind != "list_item" or unit.kind != "list_item":
            return False
        first = goal.pieces[0].unit
        return (first.kind == "list_item" and first.block.level == orphan.block.level < unit.block.level
                and any(p.unit is orphan for p in goal.result))

    def _second_status_after_numbered(self) -> bool:
        """"2) Biblioteken ska …" taken into the last goal's result, then a second "Måluppfyllelse:" for
        that goal: the numbered paragraph began a new goal (a layout that puts the status first)."""
        if self.mode != "result" or self.goal is None or self.goal.status_field is None:
            return False
        inside = {id(p.unit) for p in self.goal.result[1:]}
        return any(id(u) in inside and _numbered_start(u) for u in self.orphans)

    def _adopt_orphan(self) -> None:
        # the goal starts at the last numbered one of the unlabelled paragraphs before the label
        # ("4) Biblioteket ska …" / "Arbetet ska ske i samverkan …"), else it is the last of them
        units = self.orphans if self.orphan in self.orphans else [self.orphan]
        starts = [k for k, u in enumerate(units) if _numbered_start(u)]
        if not starts and self.mode == "closed" and all(u.kind == "list_item" for u in units):
            starts = list(range(len(units)))  # goals in an auto-numbered Word list: the numbers are not text
        chosen = units[starts[-1] if starts else len(units) - 1:]
        if self.mode == "closed" and len(starts) > 1:
            # "3.2 Skolbibliotekarierna ska …" with no follow-up, then "3.3 … / Uppföljning: …" after the
            # last goal's status line: each numbered paragraph before the last is a goal with no result
            taken = {id(p.unit) for p in (self.goal.result if self.goal else [])}
            for a, b in zip(starts, starts[1:]):
                if all(id(u) not in taken for u in units[a:b]):
                    self._open_unlabelled(units[a:b])
        if self.goal and self.goal.result:
            self.goal.result = [p for p in self.goal.result if all(p.unit is not u for u in chosen)]
        self._open_unlabelled(chosen)

    def _open_unlabelled(self, units: list[Unit]) -> None:
        """A goal with no label: the first unit (its number stripped) and the units after it."""
        unit = units[0]
        m = re.match(r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+", unit.text) or _ITEM_PREFIX.match(unit.text) \
            or _CODE_PREFIX.match(unit.text)
        number = (m.group("num") if m.re in (_ITEM_PREFIX, _CODE_PREFIX) else m.group(0).strip().rstrip(".)")) if m else None
        label = Label("goal.unlabelled", "goal", "", number, m.end() if m else 0)
        self._open_goal(label, unit, label.rest)
        self.goal.label = None
        self.goal.pieces.extend(self._piece(u) for u in units[1:])

    def _key_value_table(self, unit: Unit) -> bool:
        """A table of two columns whose left cells are labels, one goal per table ("Mål 1 | Barnbibliotekarier
        ska …" / "Resultat | Besök har gjorts …" / "Bedömning | Uppfyllt"): read as the labelled paragraphs
        it lays out."""
        block = unit.block
        rows = block.rows
        if len(rows) < 2 or any(len(r) != 2 for r in rows):
            return False
        if "\n".join(" | ".join(c.text for c in r) for r in rows) != block.text:
            return False  # cell offsets in the block text are read from that layout
        labels = []
        for r in rows:
            key = " ".join(r[0].text.split()).rstrip(":")
            label = match_label(key + ":") if key else None
            labels.append(label if label is not None and not key[label.rest - 1:].strip(" :") else None)
        roles = [lab.role if lab else None for lab in labels]
        if roles[0] != "goal" or not ({"result", "assessment", "status"} & set(roles[1:])):
            return False
        pos, cells = 0, []
        for r in rows:
            start = pos + len(r[0].text) + 3
            cells.append(Unit(unit.index, block, start, start + len(r[1].text)))
            pos = start + len(r[1].text) + 1
        goal = _GoalDraft(label=labels[0])
        goal.pieces.append(self._piece(cells[0]))
        has_result = "result" in roles
        for role, label, cell in zip(roles[1:], labels[1:], cells[1:]):
            text = cell.text.strip()
            if not text:
                continue
            if role == "result" or (role == "assessment" and not has_result and _words(text) > 8):
                goal.result.append(self._piece(cell))
                goal.result_rule = label.id
            elif role in ("status", "assessment") and goal.status_field is None:
                goal.status_field = (label.label, self._piece(cell))
        self.sections[-1].goals.append(goal)
        self.goal, self.mode, self.orphan, self.orphans = goal, "closed", None, []
        return True

    def _table(self, unit: Unit) -> None:
        if self._key_value_table(unit):
            return
        # an activity table is the goals only where no goal is open and no goal is labelled anywhere
        goals = goals_from_table(unit.block, unit.index,
                                 activities=not self.has_goal_labels and (self.goal is None or self.mode in ("none", "closed")))
        if goals is not None and self.has_goal_labels and "result" not in column_roles(unit.block.rows[0]):
            goals = None  # "Mål | Bedömning" overview of goals labelled in the text: a summary, not goals
        if goals is None:
            indicators = indicators_from_table(unit.block, unit.index, self.layout.sha256)
            if indicators and self.goal is not None and self.goal.table is None:
                self.goal.indicators.extend(indicators)  # "Mål 3. …" then its Indikator | Målvärde | Utfall table
            if self.mode == "result":
                self.mode = "closed"
            return
        for item in goals:
            if item.section is not None:
                m = _NUMBERED.match(item.section)  # a section row "A. Barn och unga" or "2. Vuxna"
                self._open_section(item.section, m.group("num") if m else None, 2, unit)
                continue
            draft = _GoalDraft(label=None, table=item)
            self.sections[-1].goals.append(draft)
        self.goal = None
        self.mode = "none"


# ------------------------------------------------------------------ building records


def _provenance(layout: Layout, pieces: list[_Piece], rule: str | None) -> Provenance:
    spans = [p.unit.block.source_span(p.start, p.end) for p in pieces]
    spans = [s for s in spans if s is not None]
    pages = sorted({page for p in pieces for page in (p.unit.block.pages or (p.unit.block.page,)) if page is not None})
    bbox = pieces[0].unit.block.bbox if pieces and len({p.unit.index for p in pieces}) == 1 else None
    return Provenance(
        source_sha256=layout.sha256,
        pages=tuple(pages),
        bbox=bbox,
        span=Span(start=spans[0].start, end=spans[-1].end) if spans else None,
        blocks=tuple(sorted({p.unit.index for p in pieces})),
        paragraphs=tuple(sorted({p.unit.block.source_index for p in pieces if p.unit.block.source_index is not None})),
        rule=rule,
    )


def _stems(text: str) -> set[str]:
    return {w[:5].lower() for w in re.findall(r"\p{L}{4,}", text)}


def _same_goals(rows: list[_GoalDraft], goals: list[_GoalDraft]) -> bool:
    """The overview's rows name the goals that follow, in order ("Språksamarbete med förskolor" and
    "Biblioteken ska samarbeta med förskolorna …" share a word stem): most rows do."""
    shared = 0
    for row, goal in zip(rows, goals):
        text = " ".join(p.text for p in goal.pieces) if goal.table is None else (goal.table.goal.text if goal.table.goal else "")
        shared += bool(_stems(row.table.goal.text) & _stems(text))
    return shared >= 0.6 * len(rows)


def _overview_tables(drafts: list[_SectionDraft]) -> list[_SectionDraft]:
    """A table of goals with no result column, followed by as many goals or more stated in the text
    ("| Nr | Mål i korthet | Bedömning |" then "### 1. Biblioteken ska …" / "Resultat: …"), is an
    overview of those goals, not goals of its own. When the counts agree, its status cells are the
    statuses of the goals in the text that have none (by order)."""
    tables: dict[int, list[_GoalDraft]] = {}
    for section in drafts:
        for g in section.goals:
            if g.table is not None and g.table.goal is not None and g.table.block is not None:
                tables.setdefault(g.table.block, []).append(g)
    for block, rows in tables.items():
        if len(rows) < 2 or any(g.table.result is not None and g.table.result.text.strip() for g in rows):
            continue
        later = [g for section in drafts for g in section.goals
                 if (g.table is None and g.pieces and g.pieces[0].unit.index > block)
                 or (g.table is not None and g.table.block is not None and g.table.block > block)]
        if len(later) < len(rows) or not _same_goals(rows, later[:len(rows)]):
            continue
        dropped = {id(g) for g in rows}
        for section in drafts:
            section.goals = [g for g in section.goals if id(g) not in dropped]
        if len(later) == len(rows):
            for row, goal in zip(rows, later):
                own = goal.status_field is not None or (goal.table is not None and goal.table.status is not None)
                if not own and row.table.status is not None:
                    goal.overview = row.table
    return drafts


_OPENING_VERDICT = re.compile(r"\s*\[\s*([^\[\]\n]{2,30}?)\s*\]\s*")
_NUMBER_START = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+\p{Lu}")
_NOT_GOAL_HEADING = re.compile(load("labels")["not_goal_headings"]["pattern"], re.IGNORECASE)
_STATUS_VALUE = re.compile(load("labels")["status_value"]["pattern"], re.IGNORECASE)
_CAPTION = re.compile(load("labels")["captions"]["pattern"], re.IGNORECASE)
_TRAILING_STATUS = re.compile(load("labels")["trailing_status"]["pattern"], re.IGNORECASE)


def _trailing_status(draft: _GoalDraft) -> None:
    """"Biblioteket ska … varje vecka. (Uppfyllt)": the bracketed verdict leaves the goal text and becomes
    its status field (lexicon labels.json, "trailing_status")."""
    if draft.status_field is not None or not draft.pieces:
        return
    last = draft.pieces[-1]
    m = _TRAILING_STATUS.search(last.unit.block.text, last.start, last.end)
    if m is None or m.end() < last.end - 1:
        return
    draft.status_field = ("Status", _Piece(last.unit, m.start(1), m.end(1)))
    end = m.start()
    while end > last.start and last.unit.block.text[end - 1].isspace():
        end -= 1
    if end > last.start:
        draft.pieces[-1] = _Piece(last.unit, last.start, end)
    else:
        draft.pieces.pop()


def _goal_record(layout: Layout, draft: _GoalDraft, gid: str) -> Goal | None:
    if draft.table is not None:
        record = draft.table.to_goal(layout, gid)
        if record is not None and record.status_field is None and draft.overview is not None:
            row = draft.overview.to_goal(layout, gid)  # the goal's row in an overview table (_overview_tables)
            record = record.model_copy(update={"status_field": row.status_field if row is not None else None})
        return record
    _trailing_status(draft)
    text = " ".join(p.text for p in draft.pieces).strip()
    if not text:
        return None
    label = draft.label
    result = None
    if draft.result:
        result = Result(
            text="\n".join(p.text for p in draft.result),
            provenance=_provenance(layout, draft.result, draft.result_rule),
        )
    status_field = None
    if draft.status_field:
        name, piece = draft.status_field
        status_field = StatusField(label=name, text=piece.text, provenance=_provenance(layout, [piece], None))
    elif draft.overview is not None:  # the goal's row in an overview table (_overview_tables)
        row = draft.overview.to_goal(layout, gid)
        status_field = row.status_field if row is not None else None
    return Goal(
        id=gid,
        label=label.label if label and label.label else None,
        number=label.number if label else None,
        text=text,
        result=result,
        status_field=status_field,
        indicators=tuple(draft.indicators),
        provenance=_provenance(layout, draft.pieces, label.id if label else "goal.unlabelled"),
    )


def _goal_titles(drafts: list[_SectionDraft]) -> list[_SectionDraft]:
    """Subheadings that each title one unlabelled goal ("## Perspektiv 1 – Läsande barn" / "### Bebisar
    och böcker" / "> Alla föräldrar … ska få …"), as every one of their siblings does, are the goals'
    titles: the goals belong to the heading above them. Numbered subheadings ("### 1.1 Bokbussen")
    and subheadings with labelled goals stay sections."""
    out: list[_SectionDraft] = []
    i = 0
    while i < len(drafts):
        parent = drafts[i]
        out.append(parent)
        j = i + 1
        while j < len(drafts) and drafts[j].level > parent.level:
            j += 1
        children = drafts[i + 1:j]
        if (parent.title is not None and not parent.goals and len(children) >= 2
                and len({c.level for c in children}) == 1
                and all(c.number is None and not _NUMBER_START.match(c.title or "") and len(c.goals) == 1
                        and (c.goals[0].label is None or not c.goals[0].label.label) and c.goals[0].table is None
                        and c.goals[0].pieces and c.goals[0].pieces[0].unit is not c.unit for c in children)):
            parent.goals = [c.goals[0] for c in children]
            i = j
            continue
        i += 1
    return out


def segment(layout: Layout) -> FollowUp:
    """Sections, goals and results of a Layout. Statuses are left for classify."""
    drafts = _goal_titles(_overview_tables(_Segmenter(layout).run()))
    sections, n = [], 0
    for draft in drafts:
        goals = []
        for g in draft.goals:
            record = _goal_record(layout, g, f"g{n + 1}")
            if record is not None:
                n += 1
                goals.append(record)
        if draft.title is None and not goals:
            continue
        prov = _provenance(layout, [_Piece(draft.unit, draft.unit.start, draft.unit.end)], "section.heading") if draft.unit else None
        sections.append(Section(title=draft.title, number=draft.number, level=max(draft.level, 1), goals=tuple(goals), provenance=prov))
    return FollowUp(
        pipeline_version=__version__,
        legend=legend_entries(layout),
        source=SourceInfo(path=layout.source, name=layout.source.replace("\\", "/").rsplit("/", 1)[-1],
                          sha256=layout.sha256, format=layout.format, encoding=layout.encoding),
        sections=tuple(sections),
        warnings=layout.warnings,
    )
