"""Tables laid out with whitespace only (no ruling lines): a header row whose cells name a goal
column and a result or status column ("Mål   Resultat   Bedömning"), then rows of text fragments
that each fall under one header cell. Rows are told apart by the vertical gap between lines; a bold
line alone in the first column between rows is a section row. The table ends at the first line that
does not fit the columns (it crosses a column edge) or at the end of the page."""
from __future__ import annotations

import statistics

import regex as re

from pipeline.readers.pdf_layout import Line, join_lines
from pipeline.schema import BBox, Block, Cell

_GOAL_HEADER = re.compile(r"^\s*(?:(?:över|del|effekt|verksamhets)?mål(?:sättning(?:ar)?)?|aktivitet(?:er)?)\s*$", re.IGNORECASE)
_SAME_ROW = 2.5      # points: fragments whose tops differ less than this are on one visual line
_EDGE = 4.0          # points of slack at a column's left edge


def _visual_rows(lines: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        if rows and abs(ln.top - rows[-1][0].top) < _SAME_ROW:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [sorted(r, key=lambda ln: ln.x0) for r in rows]


def _column(ln: Line, starts: list[float]) -> int | None:
    """The column a fragment falls under, or None when it crosses into the next column."""
    j = max((k for k, x in enumerate(starts) if ln.x0 >= x - _EDGE), default=None)
    if j is None:
        return None
    if j + 1 < len(starts) and ln.x1 > starts[j + 1] + _EDGE:
        return None
    return j


def whitespace_tables(lines: list[Line], body: float) -> tuple[list[Line], list[tuple[float, Block]]]:
    """(the lines not in a whitespace table, [(top, table block)]) for the lines of one page."""
    from pipeline.tables import column_roles

    body_lines = [ln for ln in lines if not ln.furniture]
    if not any(_GOAL_HEADER.match(ln.text) for ln in body_lines):
        return lines, []  # no fragment that could head a goal column: not worth sorting the page
    rows = _visual_rows(body_lines)
    used: set[int] = set()
    tables: list[tuple[float, Block]] = []
    i = 0
    while i < len(rows):
        header = rows[i]
        roles = column_roles(tuple(Cell(text=ln.text.strip()) for ln in header)) if len(header) >= 2 else {}
        if "goal" not in roles or not ({"result", "status"} & set(roles)) or len(roles) < len(header) - 1:
            i += 1
            continue
        starts = [ln.x0 for ln in header]
        body_rows, j = [], i + 1
        while j < len(rows):
            cols = [_column(ln, starts) for ln in rows[j]]
            if any(c is None for c in cols):
                break
            if j > i + 1 and rows[j][0].top - rows[j - 1][0].top > body * 3.0:
                break  # a wide gap: the table has ended ("Kumla 5/3 2024" under it is a signature)
            body_rows.append((rows[j], cols))
            j += 1
        table = _build(header, body_rows, body)
        if table is None:
            i += 1
            continue
        block, consumed = table
        tables.append((header[0].top, block))
        used |= {id(ln) for ln in header} | {id(ln) for row, _ in consumed for ln in row}
        i = i + 1 + len(consumed)
    return [ln for ln in lines if id(ln) not in used], tables


def _build(header: list[Line], body_rows: list[tuple[list[Line], list[int]]], body: float):
    """The table block from the visual rows under the header, or None when fewer than two rows."""
    n = len(header)
    gaps = [b[0][0].top - a[0][0].top for a, b in zip(body_rows, body_rows[1:])]
    step = min((g for g in gaps if g >= body * 0.95), default=body * 1.3)
    step = statistics.median([g for g in gaps if g <= step * 1.15]) if gaps else step
    out: list[list[list[str]]] = []
    kinds: list[str] = []
    consumed = []
    previous_top = None
    for row, cols in body_rows:
        lone_bold = len(row) == 1 and cols[0] == 0 and row[0].bold
        gap = row[0].top - previous_top if previous_top is not None else None
        if lone_bold and (gap is None or gap > step * 1.3):
            out.append([[row[0].text.strip()]] + [[] for _ in range(n - 1)])
            kinds.append("section")
        elif not out or kinds[-1] == "section" or gap is None or gap > step * 1.3:
            cells: list[list[str]] = [[] for _ in range(n)]
            for ln, c in zip(row, cols):
                cells[c].append(ln.text.strip())
            out.append(cells)
            kinds.append("row")
        else:
            for ln, c in zip(row, cols):
                out[-1][c].append(ln.text.strip())
        consumed.append((row, cols))
        previous_top = row[0].top
    if sum(1 for k in kinds if k == "row") < 2:
        return None
    header_cells = tuple(Cell(text=ln.text.strip()) for ln in header)
    rows = (header_cells,) + tuple(tuple(Cell(text=join_lines(c)) for c in cells) for cells in out)
    every = header + [ln for row, _ in consumed for ln in row]
    bbox = BBox(x0=min(ln.x0 for ln in every), top=min(ln.top for ln in every),
                x1=max(ln.x1 for ln in every), bottom=max(ln.bottom for ln in every))
    text = "\n".join(" | ".join(c.text for c in r) for r in rows)
    return Block(kind="table", text=text, page=header[0].page, bbox=bbox, rows=rows), consumed
