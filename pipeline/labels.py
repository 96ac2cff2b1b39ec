"""Labels and lines: what the segmenter reads off a block before it walks the document.

Which label opens a text ("Mål 1.2:", "Resultat", "Delmål 3 -"), from lexicon/labels.json;
where a paragraph splits into units (a labelled line starts a new one); which paragraphs read
as headings (numbered, in capitals, short title lines); which lines are the closing block
(date, signature) or a table of contents.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex as re

from pipeline.lexicon import load
from pipeline.schema import Block

# ------------------------------------------------------------------ labels


@dataclass(frozen=True)
class Label:
    id: str
    role: str          # goal | result | assessment | status | section
    label: str         # as printed
    number: str | None
    rest: int          # offset of the text after the label


def _label_regex() -> re.Pattern:
    alts = []
    for n, entry in enumerate(load("labels")["labels"]):
        alts.append(f"(?P<l{n}>{entry['pattern']})")
    return re.compile(
        r"^[ \t]*(?:\d{1,3}[.)][ \t]+)?(?P<label>" + "|".join(alts) + r")(?!\w)"
        r"(?:[ \t]+(?:nr\.?[ \t]*)?(?P<num>(?:(?-i:\p{Lu})\.?)?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?)(?!\w|\.\d))?"  # "1.2", "3a", "A1"
        r"(?:[ \t]+(?:för[ \t]+|år[ \t]+)?(?P<year>(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)(?!\w))?"
        r"[ \t]*(?P<sep>[:.)=]|(?<=[\s\d])[-–—](?=\s)|(?=\s)|$)[ \t]*",
        re.IGNORECASE | re.VERSION1,
    )


_LABEL_RE = _label_regex()
_ENTRIES = load("labels")["labels"]
_UPPER_START = re.compile(r"^[\"'”«(]?\p{Lu}")
_LOWER_START = re.compile(r"^\s*\p{Ll}")
_LETTERS = re.compile(r"\p{L}")


def _is_caps(text: str) -> bool:
    letters = _LETTERS.findall(text)
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def match_label(text: str, *, bold: bool = False, heading: bool = False) -> Label | None:
    """The label that opens `text`, if any ("Mål 1.2:", "Resultat", "Delmål 3 -")."""
    m = _LABEL_RE.match(text)
    if not m:
        return None
    n = next(int(k[1:]) for k, v in m.groupdict().items() if k.startswith("l") and k[1:].isdigit() and v is not None)
    entry = _ENTRIES[n]
    role = entry["role"]
    rest = text[m.end():]
    sep, num = m.group("sep"), m.group("num")
    if sep in (".", ")") and not num:
        return None  # "mål. Underlaget …" is the end of a sentence; "Mål 4." has its number
    if not sep:  # no punctuation after the label: alone on its line, numbered, bold or before a capitalised statement
        first_line = rest.split("\n", 1)[0]
        if first_line.strip() and not (num or (bold and not _LOWER_START.match(rest))
                                       or (_UPPER_START.match(rest) and not _is_caps(text))):
            return None  # a bold "Uppföljning av biblioteksplanen" is a title, not a label
    if heading and role in ("result", "assessment", "status") and rest.strip():
        return None  # "Uppföljning av biblioteksplan 2020" is a title, not a result label
    if heading and role == "goal" and not (sep or num) and rest.strip():
        return None
    return Label(id=entry["id"], role=role, label=m.group("label").strip(), number=num, rest=m.end())


# ------------------------------------------------------------------ units


@dataclass(frozen=True)
class Unit:
    """A block, or the part of a paragraph block that starts at a labelled line."""

    index: int        # block index
    block: Block
    start: int        # offset in block.text
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start:self.end]

    @property
    def kind(self) -> str:
        return self.block.kind


def _units(blocks: tuple[Block, ...]) -> list[Unit]:
    units = []
    for i, block in enumerate(blocks):
        if block.furniture:
            continue
        if block.kind not in ("paragraph", "list_item") or "\n" not in block.text:
            units.append(Unit(i, block, 0, len(block.text)))
            continue
        # Lines that start with a label start a unit of their own ("Mål: …\nResultat: …").
        cuts = [0]
        pos = block.text.index("\n") + 1
        previous = block.text[:pos - 1]
        signature = False
        for line in block.text[pos:].split("\n"):
            # a dateline after a finished sentence starts the closing, a unit per line:
            # "… har gjorts.\nLund den 18 februari 2025\nHelena Bergh, kultur- och fritidschef"
            signature = signature or (_DATE_ONLY.match(line.strip()) is not None and _SENTENCE_DONE.search(previous) is not None)
            # a label inside a wrapped paragraph starts its line with a capital: "Resultat: …"
            if signature or (line[:1].isupper() and match_label(line)) or (_is_heading_line(line) and _is_heading_line(previous)):
                cuts.append(pos)
            pos += len(line) + 1
            previous = line
        cuts.append(len(block.text))
        for a, b in zip(cuts, cuts[1:]):
            units.append(Unit(i, block, a, b - 1 if b < len(block.text) else b))
    return units


# ------------------------------------------------------------------ heading-like paragraphs

# "2.1 Läsfrämjande", and with a full stop or bracket after it "IV. Tillgänglighet", "B) Vuxnas lärande"
_NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}(?=[.)]?[ \t])|(?:X{0,2}(?:IX|IV|VI{0,3}|I{1,3})|X{1,2}|\p{Lu})(?=[.)][ \t]))"
                       r"[.)]?[ \t]+(?P<title>\p{Lu}[^\n]*)$")
_TOC_LINE = re.compile(r"(?:\.{3,}|…|\s{2,}|\t)\s*\d{1,3}\s*$")
_DATE_ONLY = re.compile(r"^[\p{L} ,]*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,4}(?::[ae])?[-/. ]\p{L}*[-/. ]{0,2}\d{2,4})\s*$")  # "Arvika 8 nov. 2022", "Skövde 2025-01-15"
_END_PUNCT = re.compile(r"[.!?:;,]\s*$")
_SENTENCE_DONE = re.compile(r"[.!?]\s*$")
_TOC_HEADING = re.compile(load("labels")["toc_headings"], re.IGNORECASE)
_CLOSING = [(c["id"], re.compile(c["pattern"], re.IGNORECASE)) for c in load("labels")["closing"]]


def _words(text: str) -> int:
    return len(text.split())


def _is_heading_line(line: str) -> bool:
    """A numbered heading line inside a paragraph: "2. Läsfrämjande" above "2.1 Barn och unga"."""
    line = line.strip()
    m = _NUMBERED.match(line)
    return bool(m) and _words(line) <= 10 and not _END_PUNCT.search(line)


def heading_like(unit: Unit) -> tuple[str, str | None, str, int] | None:
    """(kind, number, title, level) when a paragraph reads as a heading."""
    text = unit.text.strip()
    if "\n" in text or not text or len(text) > 90 or _words(text) > 12:
        return None
    m = _NUMBERED.match(text)
    if m and _words(m.group("title")) <= 10 and not _END_PUNCT.search(text):
        num = m.group("num")
        return ("numbered", num, m.group("title").strip(), num.count(".") + 1)
    if unit.kind != "paragraph" or _END_PUNCT.search(text) or _DATE_ONLY.match(text):
        return None
    if _is_caps(text):
        return ("caps", None, text, 1)
    if _UPPER_START.match(text) and _words(text) <= 8:
        return ("short", None, text, 2)
    return None


def _is_closing(unit: Unit) -> bool:
    """Date lines, names and roles of the signature block."""
    text = unit.text.strip()
    if unit.kind not in ("paragraph",) or not text or match_label(text):
        return False
    if any(p.search(text) for _, p in _CLOSING):
        return True
    if _words(text) > 8:
        return False
    return not _END_PUNCT.search(text) or bool(_DATE_ONLY.match(text.rstrip(".")))
