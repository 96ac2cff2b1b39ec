"""Enrich: document metadata (title, plan period, date, signatory, municipality).

Each value is chosen among candidates by where it stands: a date on a line of
its own or after "Datum:" is the document's date, a date inside prose is an
event; a period next to "biblioteksplan" is the plan period, one after "nya"
or "nästa" is the next plan.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex as re

from pipeline.lexicon import load
from pipeline.municipality import find_municipality
from pipeline.schema import DocumentMeta, FollowUp, Layout, PlanPeriod, Signatory

_LEX = load("metadata")
_MONTHS = _LEX["months"]
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = [
    ("iso", re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\d-])")),
    ("dotted_iso", re.compile(r"(?<![\d.])((?:19|20)\d\d)\.(\d{2})\.(\d{2})(?![\d.])")),
    ("words", re.compile(r"(?<!\d)(\d{1,2})(?::[ae])?\s+(" + _MONTH_ALT + r")\.?,?\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)),
    ("slash", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:\s*-\s*|\s+|/)((?:19|20)\d\d)(?!\d)")),
    ("dotted", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)")),
    ("slash_yy", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})-(\d\d)(?![\d-])")),  # "13/2-24"
]
_DATE_LABEL = re.compile(_LEX["date_labels"] + r"\s*:?\s*(?:den\s+)?$", re.IGNORECASE)  # "Upprättad den 16 januari 2024"
_BYLINE = re.compile(r"[·|•,–—]\s*(?:den\s+)?$")
_SEPARATOR = re.compile(r"^\s*[·|•–—]")
_PAGE_DATE = re.compile(r"(?<!\p{L})" + _LEX["page_date_labels"] + r"\s*:?\s*$", re.IGNORECASE)
_DISTRUST = re.compile(_LEX["distrust_date_context"], re.IGNORECASE)
_DECISION = re.compile(_LEX["decision_date_context"], re.IGNORECASE)
_OWN_DECISION = re.compile(_LEX["own_decision_line"], re.IGNORECASE)
_ROLE = re.compile(r"(?<!\p{L})" + _LEX["roles"] + r"(?!\p{L})", re.IGNORECASE)
_NAME = re.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}")
_PERIOD = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:-|–|—|/|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.?|tom|och)\s*((?:19|20)\d\d|\d\d)(?![\d-])",
    re.IGNORECASE)
_PLAN_CUE = re.compile(_LEX["plan_cues"], re.IGNORECASE)
_NEXT_PLAN = re.compile(_LEX["next_plan_cues"], re.IGNORECASE)
_PREVIOUS_PLAN = re.compile(_LEX["previous_plan_cues"], re.IGNORECASE)


@dataclass(frozen=True)
class DateHit:
    iso: str
    start: int
    end: int
    text: str


def find_dates(text: str) -> list[DateHit]:
    """Every valid calendar date written in one of the Swedish municipal formats."""
    hits = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            try:
                if kind in ("iso", "dotted_iso"):
                    d = dt.date(int(a), int(b), int(c))
                elif kind == "words":
                    d = dt.date(int(c), _MONTHS[b.lower()], int(a))
                elif kind == "slash_yy":
                    d = dt.date(2000 + int(c), int(b), int(a))
                else:
                    d = dt.date(int(c), int(b), int(a))
            except ValueError:
                continue
            hits.append(DateHit(d.isoformat(), m.start(), m.end(), m.group(0)))
    hits.sort(key=lambda h: h.start)
    return hits


def _lines(layout: Layout) -> list[tuple[int, str, bool]]:
    """(block index, line, furniture) for every text line, tables excluded."""
    out = []
    for i, block in enumerate(layout.blocks):
        if block.kind in ("table", "rule"):
            continue
        for line in block.text.split("\n"):
            if line.strip():
                out.append((i, " ".join(line.split()), block.furniture))
    return out


def _date(layout: Layout) -> tuple[str | None, str | None]:
    lines = _lines(layout)
    # a letterhead laid out as a table: "Datum: 2024-02-13" in one of its cells
    labelled_cells = [(i, " ".join(c.text.split()), block.furniture) for i, block in enumerate(layout.blocks)
                      if block.kind == "table" for row in block.rows for c in row
                      if any(_DATE_LABEL.search(c.text[:h.start]) for h in find_dates(c.text))]
    # … or a label cell beside its value: "Datum | 19 april 2024"
    labelled_cells += [(i, f"{' '.join(a.text.split())}: {' '.join(b.text.split())}", block.furniture)
                       for i, block in enumerate(layout.blocks) if block.kind == "table" for row in block.rows
                       for a, b in zip(row, row[1:]) if a.text.strip() and (_DATE_LABEL.search(a.text.strip())
                                                                            or _PAGE_DATE.search(a.text.strip()))
                       and find_dates(b.text)]
    # … or a label over its value: "Datum | Diarienummer" above "2024-04-22 | KFN 2024/31"
    labelled_cells += [(i, f"{' '.join(a.text.split())}: {' '.join(b.text.split())}", block.furniture)
                       for i, block in enumerate(layout.blocks) if block.kind == "table" and len(block.rows) >= 2
                       for top, below in zip(block.rows, block.rows[1:]) for a, b in zip(top, below)
                       if a.text.strip() and len(a.text.split()) <= 3 and _DATE_LABEL.search(a.text.strip())
                       and not find_dates(a.text) and find_dates(b.text)]
    lines = labelled_cells + lines
    best: tuple[float, int, DateHit] | None = None
    n = len(lines)
    for pos, (_, line, furniture) in enumerate(lines):
        for hit in find_dates(line):
            before = line[:hit.start]
            if not before.strip() and pos > 0:  # "<dt>Beslutsdatum</dt><dd>2025-02-06</dd>": the label above
                above = lines[pos - 1][1]
                if _DATE_LABEL.search(above) or _PAGE_DATE.search(above):
                    before = above + " "
            words = len(line.split())
            score = 0.0
            if _PAGE_DATE.search(before):
                score -= 4  # "Senast uppdaterad: 2024-04-02" dates the web page, not the follow-up
            elif _DATE_LABEL.search(before):
                score += 4
            after = line[hit.end:]
            field = (not after.strip() or _SEPARATOR.match(after)) and (
                _BYLINE.search(before) or (len(before.split()) <= 5 and not re.search(r"\d", before)))
            # a short line only when it stands alone, not a wrapped sentence's tail ("… undertecknades\n2021-09-15.")
            wrapped = pos > 0 and lines[pos - 1][0] == lines[pos][0] and not before.strip() and \
                not re.search(r"[.!?:]\s*$", lines[pos - 1][1]) and lines[pos - 1][1][-1:].isalpha()
            if (words <= 8 and not wrapped) or field:
                # a short line, or the date as one field of a byline ("Kultur och fritid · den 11 mars 2022",
                # "Kultur- och fritidsnämnden 9 april 2024 · Dnr KFN 2024/51")
                score += 3
            if pos < 4 or pos >= n - 4:
                score += 1
            own = re.split(r"[·|•]", before)[-1]  # "Tyresö bibliotek · Fastställd av nämnden 2024-02-27": one field
            if _DECISION.search(before) or (_OWN_DECISION.match(own) and not _PLAN_CUE.search(line)):
                score += 3  # "Uppföljningen behandlades av nämnden den 16 maj 2024"
            elif _DISTRUST.search(before):
                score -= 4
            if furniture:
                score -= 1
            if score >= 3 and (best is None or score > best[0]):
                best = (score, pos, hit)
    if best is None:
        return None, None
    return best[2].iso, best[2].text


def _period(layout: Layout, title: str | None) -> PlanPeriod | None:
    best: tuple[float, int, PlanPeriod] | None = None
    order = 0
    texts = ([title] if title else []) + [line for _, line, furniture in _lines(layout) if not furniture]
    for k, text in enumerate(texts):
        for m in _PERIOD.finditer(text):
            start, end_raw = int(m.group(1)), m.group(2)
            end = int(end_raw) if len(end_raw) == 4 else int(str(start)[:2] + end_raw)
            joiner = text[m.end(1):m.start(2)].strip().lower()
            if not 1 <= end - start <= 10:
                continue
            before = text[max(0, m.start() - 60):m.start()]
            score = 0.0
            if k == 0 and title:
                score += 4
            if _PLAN_CUE.search(before):
                score += 3
            if joiner == "och" and not re.search(r"åren\s*$", before):
                continue  # "mellan 2016 och 2019" is a statistics range
            if joiner == "/" and not _PLAN_CUE.search(before):
                continue  # "Dnr KFN 2020/2021" unless the plan is named
            if _NEXT_PLAN.search(before) or _PREVIOUS_PLAN.search(before):
                score -= 6
            order += 1
            if best is None or score > best[0]:
                best = (score, order, PlanPeriod(start=start, end=end, evidence=m.group(0)))
    if best is None or best[0] < 0:
        return None
    return best[2]


def _title(layout: Layout) -> str | None:
    body = [b for b in layout.blocks if not b.furniture and b.kind != "rule"]
    headings = [b for b in body if b.kind == "heading"]
    top = [b for b in headings if b.level <= 1] or headings
    for block in top[:1]:
        return " ".join(block.text.split())
    for block in body[:3]:
        text = " ".join(block.text.split())
        if len(text.split()) <= 15 and re.search(r"uppföljning|biblioteksplan", text, re.IGNORECASE):
            return text
    return layout.meta.get("title")


def _signatory(layout: Layout) -> Signatory | None:
    lines = [line for _, line, furniture in _lines(layout) if not furniture]
    tail = lines[-8:]
    for k in range(len(tail) - 1, -1, -1):
        line = tail[k]
        role = _ROLE.search(line)
        if not role:
            continue
        short = len(line.split()) <= 6
        name = None
        after = _NAME.search(line, role.end())
        before = _NAME.search(line[:role.start()])
        if after and after.start() - role.end() <= 2:
            name = after.group(0)
        elif before and short:
            name = before.group(0)
        elif k > 0 and short and _NAME.fullmatch(tail[k - 1].strip(" ,")):
            name = tail[k - 1].strip(" ,")
        if short or name:
            return Signatory(name=name, role=role.group(0)[0].upper() + role.group(0)[1:])
    return None


def enrich(followup: FollowUp, layout: Layout) -> FollowUp:
    """A new FollowUp with document metadata filled in from the Layout."""
    title = _title(layout)
    date, date_evidence = _date(layout)
    furniture = [b.text for b in layout.blocks if b.furniture]
    body = [b.text for b in layout.blocks if not b.furniture]
    texts = list(layout.meta.values()) + furniture + body
    meta = DocumentMeta(
        title=title,
        municipality=find_municipality(texts),
        plan_period=_period(layout, title),
        date=date,
        date_evidence=date_evidence,
        signatory=_signatory(layout),
    )
    return followup.model_copy(update={"document": meta})
