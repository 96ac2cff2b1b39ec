"""From positioned text lines to Layout blocks, whichever engine read the page.

Pure functions over `Line` records: page furniture (running headers, footers,
page numbers), column order, paragraphs from line spacing, headings from font
size and weight, words hyphenated at line ends, and paragraphs that run over
a page break.
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field, replace

import regex as re

from pipeline.schema import BBox, Block, Style


@dataclass(frozen=True)
class Line:
    text: str
    page: int
    x0: float
    x1: float
    top: float          # top-down page coordinates
    bottom: float
    size: float
    bold: bool          # the whole line is bold
    bold_start: bool    # the line starts in bold (a bold label)
    page_height: float
    page_width: float
    furniture: bool = False


@dataclass
class Item:
    """A block under construction: a paragraph of lines, or a finished table block."""

    lines: list[Line] = field(default_factory=list)
    table: Block | None = None

    @property
    def page(self) -> int:
        return self.table.page if self.table else self.lines[0].page


_PAGE_NO = re.compile(r"^\W*(?:sida|s\.|page)?\s*\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|/|of)\s*\d{1,3})?\W*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_END = re.compile(r"[.!?:…]\s*$")
_SUSPENDED = re.compile(r"^(?:och|eller|samt|respektive|resp\.|till|som|men|&)\b")
_LOWER = re.compile(r"^\p{Ll}")


def mark_furniture(lines: list[Line], pages: int) -> list[Line]:
    """Running headers and footers: in the top or bottom margin, and repeated or a page number."""
    def in_margin(line: Line) -> bool:
        return line.bottom < line.page_height * 0.09 or line.top > line.page_height * 0.91

    margin = [ln for ln in lines if in_margin(ln)]
    repeated = Counter(_DIGITS.sub("#", ln.text.strip().lower()) for ln in margin)
    out = []
    for ln in lines:
        key = _DIGITS.sub("#", ln.text.strip().lower())
        if in_margin(ln) and (_PAGE_NO.match(ln.text) or (pages > 1 and repeated[key] >= 2)):
            ln = replace(ln, furniture=True)
        out.append(ln)
    return out


_FOOTNOTE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|\d{1,2}(?=\s+\p{Lu}))\s*\S")


def mark_footnotes(lines: list[Line], body: float) -> list[Line]:
    """Footnotes: lines in the lower part of a page, in a smaller font than the body, from the first
    that starts with a note mark ("¹ Andelen beräknas …", "2 Beläggningen …") to the page's end. They
    are kept for metadata as furniture, never read into a goal or a result."""
    out = list(lines)
    by_page: dict[int, list[int]] = {}
    for k, ln in enumerate(out):
        if not ln.furniture:
            by_page.setdefault(ln.page, []).append(k)
    for on_page in by_page.values():
        start = next((k for k in on_page if out[k].top > out[k].page_height * 0.6 and out[k].size <= body - 1.0
                      and _FOOTNOTE.match(out[k].text)), None)
        if start is None:
            continue
        for k in on_page:
            ln = out[k]
            if ln.top >= out[start].top - 1 and ln.size <= body - 1.0:
                out[k] = replace(ln, furniture=True)
    return out


def column_order(lines: list[Line]) -> list[Line]:
    """Lines of one page in reading order: top to bottom, two columns one after the other."""
    if not lines:
        return lines
    width = lines[0].page_width
    mid = width / 2
    left = [ln for ln in lines if ln.x1 <= mid + 8 and not ln.furniture]
    right = [ln for ln in lines if ln.x0 >= mid - 8 and not ln.furniture]
    by_pos = sorted(lines, key=lambda ln: (round(ln.top, 0), ln.x0))
    # a column has lines one under the other: four year cells side by side on one row are not a column
    if len({round(ln.top) for ln in left}) < 4 or len({round(ln.top) for ln in right}) < 4:
        return by_pos
    # the columns' vertical extent; full-width lines above and below it keep their place
    top = min(min(ln.top for ln in left), min(ln.top for ln in right))
    # a title and an introduction across the page above the columns (a short title line may sit wholly
    # on one side): the columns begin below the last full-width line before both have started
    overlap = max(min(ln.top for ln in left), min(ln.top for ln in right))
    heads = [ln.top for ln in lines if not ln.furniture and ln not in left and ln not in right and ln.top < overlap]
    if heads:
        top = min((ln.top for ln in left + right if ln.top > max(heads)), default=top)
    bottom = max(max(ln.bottom for ln in left), max(ln.bottom for ln in right))
    inside = [ln for ln in lines if top - 1 <= ln.top <= bottom and (ln in left or ln in right)]
    if len(inside) < 0.6 * len([ln for ln in lines if top <= ln.top <= bottom]):
        return by_pos
    crossing = [ln for ln in lines if top <= ln.top <= bottom and ln not in left and ln not in right and not ln.furniture]
    if len(crossing) > max(2, 0.15 * len(inside)):
        return by_pos  # lines across the middle between the "columns": one column of short and long lines
    above = [ln for ln in by_pos if ln.top < top - 1 or (ln not in inside and ln.top <= bottom and ln.bottom < top)]
    below = [ln for ln in by_pos if ln not in inside and ln not in above]
    left_in = sorted((ln for ln in inside if ln in left), key=lambda ln: ln.top)
    right_in = sorted((ln for ln in inside if ln in right and ln not in left_in), key=lambda ln: ln.top)
    return above + left_in + right_in + below


def body_size(lines: list[Line]) -> float:
    sizes = Counter()
    for ln in lines:
        if not ln.furniture:
            sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _is_heading(line: Line, body: float) -> bool:
    text = line.text.strip()
    words = len(text.split())
    if words == 0 or words > 16 or _END.search(text):
        return False
    if _LOWER.match(text) or (text.endswith(")") and (text.startswith("(") or "(" not in text)):
        return False  # "uppfyllt)", "(Uppfyllt)": the end of a wrapped line, not a heading
    return line.size >= body + 1.5 or (line.bold and line.size >= body - 0.5)


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as text with "\\n", hyphenated words joined, suspended hyphens kept."""
    out = ""
    for text in lines:
        text = text.strip()
        if not out:
            out = text
        elif (out.endswith("-") and len(out) > 2 and out[-2].isalpha() and _LOWER.match(text)
              and not _SUSPENDED.match(text) and not out[-3:-1].isupper()):
            out = out[:-1] + text
        else:
            out = out + "\n" + text
    return out


def _line_step(gaps: list[float], body: float) -> float:
    """The distance from one line to the next inside a paragraph: the smallest cluster of gaps, not
    their median — on a page whose paragraphs are mostly one or two lines, most gaps are paragraph
    gaps, and the median would merge every paragraph into the next."""
    if not gaps:
        return body * 1.3
    candidates = sorted(g for g in gaps if g >= body * 0.95)
    close = [g for g in candidates if g <= candidates[0] * 1.15] if candidates else []
    return statistics.median(close) if len(close) >= 2 else statistics.median(gaps)


def paragraphs(lines: list[Line], body: float) -> list[Item]:
    """Group consecutive lines of one page into paragraphs and headings."""
    items: list[Item] = []
    gaps = [b.top - a.top for a, b in zip(lines, lines[1:]) if 0 < b.top - a.top < 3 * body and abs(a.size - b.size) < 0.5]
    step = _line_step(gaps, body)
    for line in lines:
        prev = items[-1].lines[-1] if items and items[-1].lines else None
        new = (
            prev is None
            or line.furniture != prev.furniture
            or abs(line.size - prev.size) >= 1.0
            or line.top - prev.top > step * 1.3
            or (line.top < prev.top - 2                    # back up: next column, unless the sentence
                and (_END.search(prev.text) or not _LOWER.match(line.text.strip())))  # goes on there
            or (_is_heading(line, body) != _is_heading(prev, body)   # unless a heading's sentence goes on
                and not (_LOWER.match(line.text.strip()) and abs(line.size - prev.size) < 0.5 and line.bold == prev.bold
                         and line.top - prev.top <= step * 1.3))
            or (line.bold_start and not prev.bold              # a bold label starts a paragraph
                and not _LOWER.match(line.text.strip()))       # ("uppfyllt)" ends a bold verdict)
            or (prev.furniture and line.furniture)
        )
        if new:
            items.append(Item(lines=[line]))
        else:
            items[-1].lines.append(line)
    return items


def _bbox(lines: list[Line]) -> BBox:
    return BBox(x0=min(ln.x0 for ln in lines), top=min(ln.top for ln in lines),
                x1=max(ln.x1 for ln in lines), bottom=max(ln.bottom for ln in lines))


def merge_page_breaks(items: list[Item], body: float) -> list[Item]:
    """A paragraph cut by a page break continues in the first body paragraph of the next page."""
    out: list[Item] = []
    for item in items:
        prev = next((x for x in reversed(out) if x.table is not None or not x.lines[0].furniture), None)
        if (prev is not None and prev.table is None and item.table is None and not item.lines[0].furniture
                and item.page == prev.page + 1 and not _is_heading(prev.lines[0], body)
                and not _is_heading(item.lines[0], body) and not item.lines[0].bold_start
                and abs(item.lines[0].size - prev.lines[-1].size) < 0.5
                and not _END.search(prev.lines[-1].text) and prev is _last_body(out, prev.page)
                and item is _first_body(items, item.page)):
            prev.lines.extend(item.lines)
            continue
        out.append(item)
    return out


def _last_body(items: list[Item], page: int) -> Item | None:
    return next((x for x in reversed(items) if x.page == page and (x.table or not x.lines[0].furniture)), None)


def _first_body(items: list[Item], page: int) -> Item | None:
    return next((x for x in items if x.page == page and (x.table or not x.lines[0].furniture)), None)


def to_blocks(items: list[Item], body: float) -> list[Block]:
    """Finished Layout blocks. Heading levels rank the heading font sizes, largest first."""
    sizes = sorted({round(it.lines[0].size) for it in items if it.table is None and _is_heading(it.lines[0], body)}, reverse=True)
    blocks = []
    for item in items:
        if item.table is not None:
            blocks.append(item.table)
            continue
        first = item.lines[0]
        pages = tuple(sorted({ln.page for ln in item.lines}))
        text = join_lines([ln.text for ln in item.lines])
        heading = _is_heading(first, body) and not first.furniture
        level = sizes.index(round(first.size)) + 1 if heading and round(first.size) in sizes else 0
        blocks.append(Block(
            kind="heading" if heading else "paragraph", text=text, level=level,
            style=Style(bold=first.bold_start, font_size=round(first.size, 1)),
            page=first.page, pages=pages if len(pages) > 1 else (), bbox=_bbox([ln for ln in item.lines if ln.page == first.page]),
            furniture=first.furniture,
        ))
    return blocks
