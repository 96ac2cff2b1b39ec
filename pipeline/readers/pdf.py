"""PDF reader: pypdfium2 for pages of flowing text, pdfplumber where tables are.

A page with ruling lines or filled rectangles (tables, colour-coded status,
legend swatches) goes to pdfplumber, the layout engine; every other page takes
the fast path through pdfium's text page, about two orders of magnitude
faster. Both paths produce the same `Line` records, and pdf_layout turns them
into blocks, so nothing downstream knows which engine read a page. Pages are
closed as soon as they are read.
"""
from __future__ import annotations

import ctypes
import io
import os
from pathlib import Path
import regex as re

from pipeline.colour import STATUS_SYMBOLS, only_symbols
from pipeline.errors import UnreadableFile
from pipeline.readers.pdf_layout import (
    Item, Line, body_size, column_order, join_lines, mark_footnotes, mark_furniture, merge_page_breaks, paragraphs, to_blocks,
)
from pipeline.readers.pdf_plumber import _plumber_page, is_bold_name
from pipeline.readers.pdf_whitespace import whitespace_tables
from pipeline.schema import BBox, Block, Cell, Layout, Swatch

# A page with this many vector paths is read by pdfplumber (tables, swatches, cell fills).
PATHS_FOR_LAYOUT_ENGINE = 3
# ------------------------------------------------------------------ fast path: pdfium


def _pdfium_lines(page, textpage, number: int, symbols: list[Swatch] | None = None) -> list[Line]:
    import pypdfium2.raw as raw

    width, height = page.get_width(), page.get_height()
    text = textpage.get_text_range()
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    ox, oy = ctypes.c_double(), ctypes.c_double()

    def bold(i: int) -> bool:
        weight = raw.FPDFText_GetFontWeight(textpage.raw, i)
        if weight > 0:
            return weight >= 600
        raw.FPDFText_GetFontInfo(textpage.raw, i, buf, 128, ctypes.byref(flags))
        return is_bold_name(buf.value.decode("latin-1", "replace"))

    lines: list[Line] = []
    for start, end, raw_line, hyphen in _line_ranges(text):
        if not raw_line.strip():
            continue
        if symbols is not None and any(ch in STATUS_SYMBOLS for ch in raw_line):
            symbols.extend(_pdfium_symbol_swatches(textpage, start, raw_line, number))
        # pdfium's text rects: one per run of glyphs; a wide gap between runs splits the line
        # (a dateline at the right margin, two columns on one baseline)
        rects = sorted((textpage.get_rect(k) for k in range(textpage.count_rects(start, end - start))), key=lambda r: r[0])
        if any(b[0] - a[2] > 24 for a, b in zip(rects, rects[1:])):
            segments = _split_by_gaps(textpage, start, end, raw_line)
        else:
            segments = [(start, end, (min(r[0] for r in rects), min(r[1] for r in rects),
                                      max(r[2] for r in rects), max(r[3] for r in rects)))] if rects else []
        for a, b, (x0, y0, x1, y1) in segments:
            seg_text = raw_line[a - start:b - start].strip()
            if not seg_text:
                continue
            if hyphen and b == end:
                seg_text += "-"
            while raw_line[a - start].isspace():
                a += 1
            size = raw.FPDFText_GetFontSize(textpage.raw, a)
            first_bold = bold(a)
            whole = first_bold and bold((a + b) // 2) and bold(b - 1)
            # glyph boxes vary with ascenders and descenders; the baseline does not
            raw.FPDFText_GetCharOrigin(textpage.raw, a, ctypes.byref(ox), ctypes.byref(oy))
            baseline = height - oy.value
            lines.append(Line(text=seg_text, page=number, x0=x0, x1=x1, top=baseline - 0.8 * size, bottom=baseline + 0.2 * size,
                              size=round(size, 1), bold=whole, bold_start=first_bold,
                              page_height=height, page_width=width))
    return lines


def _pdfium_symbol_swatches(textpage, start: int, raw_line: str, number: int) -> list[Swatch]:
    import pypdfium2.raw as raw

    from pipeline.colour import name

    out = []
    marks = [k for k, ch in enumerate(raw_line) if ch in STATUS_SYMBOLS]
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    for n, k in enumerate(marks):
        label = raw_line[k + 1:marks[n + 1] if n + 1 < len(marks) else len(raw_line)].strip()
        if not label or not raw.FPDFText_GetFillColor(textpage.raw, start + k, *(ctypes.byref(v) for v in (r, g, b, a))):
            continue
        rgb = (r.value, g.value, b.value)
        if name(rgb) not in ("svart", "vit"):
            out.append(Swatch(fill=rgb, text=label, page=number))
    return out


def _line_ranges(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, ends in a hyphen) of every line of pdfium's page text.

    pdfium reports a hyphen at a line end as U+FFFE and drops the line break after it;
    it is put back here as "-" and a break, and join_lines decides what to join.
    """
    out, pos = [], 0
    for raw_line in text.replace("\r\n", "\n").split("\n"):
        start, end = pos, pos + len(raw_line)
        pos = end + (2 if text[end:end + 2] == "\r\n" else 1)
        a = start
        for k, ch in enumerate(raw_line):
            if ch == "\ufffe":
                out.append((a, start + k, text[a:start + k], True))
                a = start + k + 1
        out.append((a, end, text[a:end], False))
    return out


def _split_by_gaps(textpage, start: int, end: int, raw_line: str) -> list[tuple[int, int, tuple]]:
    """Character-exact segments of a line with wide gaps (rare: only lines whose runs are far apart)."""
    segments, seg_start, last_x1, prev_end, box = [], None, None, start, None
    for i in range(start, end):
        if raw_line[i - start].isspace():
            continue
        x0, y0, x1, y1 = textpage.get_charbox(i)
        if seg_start is not None and last_x1 is not None and x0 - last_x1 > 24:
            segments.append((seg_start, prev_end, tuple(box)))
            seg_start = None
        if seg_start is None:
            seg_start, box = i, [x0, y0, x1, y1]
        box = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
        last_x1, prev_end = x1, i + 1
    if seg_start is not None:
        segments.append((seg_start, prev_end, tuple(box)))
    return segments


def _count_objects(page) -> tuple[int, int]:
    """(vector paths, images) on a page."""
    import pypdfium2.raw as raw

    paths = images = 0
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        kind = raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, k))
        paths += kind == raw.FPDF_PAGEOBJ_PATH
        images += kind == raw.FPDF_PAGEOBJ_IMAGE
    return paths, images


# ------------------------------------------------------------------ fast tables: pdfium geometry, pdfplumber's algorithm


def _pdfium_tables(page, textpage, number: int, paths) -> tuple[list[tuple[float, Block]], list[tuple]]:
    from pipeline.readers.pdf_geometry import fill_at, find_tables, merged_below

    height = page.get_height()
    symbol_chars = None
    out, boxes = [], []
    for table in find_tables(paths):
        boxes.append(table.bbox)
        rows = []
        for row, merged in zip(table.rows, merged_below(table)):
            cells = []
            for cell_bbox, covered in zip(row.cells, merged):
                if cell_bbox is None:
                    cells.append(Cell(text="", merged=covered))
                    continue
                x0, top, x1, bottom = cell_bbox
                raw_text = textpage.get_text_bounded(left=x0 + 1, bottom=height - bottom + 1, right=x1 - 1, top=height - top - 1)
                text = join_lines([t for t in raw_text.replace("\r\n", "\n").split("\n") if t.strip()])
                fill = fill_at(paths, cell_bbox)
                if only_symbols(text):
                    if symbol_chars is None:
                        symbol_chars = _symbol_chars(textpage, height)
                    glyph = next((rgb for (cx, cy, rgb) in symbol_chars if x0 <= cx <= x1 and top <= cy <= bottom), None)
                    if glyph is not None:
                        fill, text = glyph, ""
                cells.append(Cell(text=text, fill=fill, bbox=BBox(x0=x0, top=top, x1=x1, bottom=bottom)))
            rows.append(tuple(cells))
        x0, top, x1, bottom = table.bbox
        out.append((top, Block(kind="table", text="\n".join(" | ".join(c.text for c in r) for r in rows), page=number,
                               bbox=BBox(x0=x0, top=top, x1=x1, bottom=bottom), rows=tuple(rows))))
    return out, boxes


def _symbol_chars(textpage, height: float) -> list[tuple[float, float, tuple[int, int, int]]]:
    """(x, y, colour) of every coloured status glyph on the page."""
    import pypdfium2.raw as raw

    from pipeline.colour import name

    text = textpage.get_text_range()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    out = []
    for i, ch in enumerate(text):
        if ch in STATUS_SYMBOLS and raw.FPDFText_GetFillColor(textpage.raw, i, *(ctypes.byref(v) for v in (r, g, b, a))):
            rgb = (r.value, g.value, b.value)
            if name(rgb) not in ("svart", "vit"):
                x0, y0, x1, y1 = textpage.get_charbox(i)
                out.append(((x0 + x1) / 2, height - (y0 + y1) / 2, rgb))
    return out


def _pdfium_swatches(textpage, height: float, width: float, squares, number: int) -> list[Swatch]:
    out = []
    for sq in squares:
        x0, top, x1, bottom = sq.bbox
        cy = (top + bottom) / 2
        limit = min([o.bbox[0] for o in squares if o is not sq and abs((o.bbox[1] + o.bbox[3]) / 2 - cy) < 4
                     and o.bbox[0] > x1], default=width)
        label = textpage.get_text_bounded(left=x1 + 0.5, bottom=height - bottom - 2, right=limit - 0.5, top=height - top + 2)
        label = " ".join(label.split())
        if label:
            out.append(Swatch(fill=sq.fill, text=label, page=number, bbox=BBox(x0=x0, top=top, x1=x1, bottom=bottom)))
    return out


def _read_page_pdfium(page, number: int, swatches: list[Swatch]) -> tuple[list[Line], list[tuple[float, Block]]]:
    from pipeline.readers.pdf_geometry import page_paths, small_squares

    paths = page_paths(page)
    textpage = page.get_textpage()
    try:
        lines = _pdfium_lines(page, textpage, number, swatches)
        tables, boxes = ([], [])
        if len(paths) >= PATHS_FOR_LAYOUT_ENGINE:
            tables, boxes = _pdfium_tables(page, textpage, number, paths)
            if boxes:
                lines = [ln for ln in lines if not any(
                    b[0] - 1 <= (ln.x0 + ln.x1) / 2 <= b[2] + 1 and b[1] - 1 <= (ln.top + ln.bottom) / 2 <= b[3] + 1 for b in boxes)]
            squares = small_squares(paths, boxes)
            if squares:
                swatches += _pdfium_swatches(textpage, page.get_height(), page.get_width(), squares, number)
    finally:
        textpage.close()
    return lines, tables


# ------------------------------------------------------------------ reader


def _open(data: bytes, name: str):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise UnreadableFile(f"{name}: the PDF is encrypted with a password and cannot be read") from exc
        raise UnreadableFile(f"{name}: not a readable PDF ({exc})") from exc


_ENDS_SENTENCE = re.compile(r"[.!?:…)]\s*$")


def _continues_row(last: tuple, first: tuple) -> bool:
    """The first row on the new page is the rest of the last row on the page before: its first cell is
    empty, and each of its filled cells goes on from the cell above (that one is filled and ends without a
    full stop, or this one starts in lower case)."""
    if len(last) != len(first) or first[0].text.strip() or not last[0].text.strip():
        return False
    filled = [(a.text.strip(), b.text.strip()) for a, b in zip(last, first) if b.text.strip()]
    return bool(filled) and all(a and (not _ENDS_SENTENCE.search(a) or b[:1].islower()) for a, b in filled)


def _join_cells(a, b):
    if not b.text.strip():
        return a
    return a.model_copy(update={"text": (a.text.rstrip() + "\n" + b.text.strip()) if a.text.strip() else b.text,
                                "fill": a.fill or b.fill})


def _stitch_tables(items: list[Item]) -> list[Item]:
    """A table continued at the top of the next page (header repeated or not) becomes one table."""
    out: list[Item] = []
    for item in items:
        prev = next((x for x in reversed(out) if x.table is not None or not x.lines[0].furniture), None)
        if (item.table is not None and prev is not None and prev.table is not None
                and item.table.page == max(prev.table.pages or (prev.table.page,)) + 1 and len(item.table.rows[0]) == len(prev.table.rows[0])):
            header = tuple(c.text for c in prev.table.rows[0])
            rows = item.table.rows
            if tuple(c.text for c in rows[0]) == header:
                rows = rows[1:]
            head = prev.table.rows
            if rows and len(head) > 1 and _continues_row(head[-1], rows[0]):
                # a row broken over the page (Word lets rows break): its second half joins the first
                head = head[:-1] + (tuple(_join_cells(a, b) for a, b in zip(head[-1], rows[0])),)
                rows = rows[1:]
            merged = head + rows
            prev.table = prev.table.model_copy(update={
                "rows": merged, "pages": tuple(sorted({prev.table.page, *prev.table.pages, item.table.page})),
                "text": "\n".join(" | ".join(c.text for c in r) for r in merged)})
            continue
        out.append(item)
    return out


ENGINES = ("pdfium", "pdfplumber")


def read_pdf(path: Path, data: bytes, sha: str) -> Layout:
    """Read a PDF. MALKOLL_PDF_ENGINE=pdfplumber reads table pages with pdfplumber's own
    parser instead of pdfium's geometry (slower; for cross-checking)."""
    engine = os.environ.get("MALKOLL_PDF_ENGINE", "pdfium")
    if engine not in ENGINES:
        raise UnreadableFile(f"{path.name}: unknown MALKOLL_PDF_ENGINE {engine!r} (use one of {', '.join(ENGINES)})")
    doc = _open(data, path.name)
    plumber = None
    all_lines: list[Line] = []
    tables: list[tuple[int, float, Block]] = []
    swatches: list[Swatch] = []
    chars = images = 0
    try:
        pages = len(doc)
        for index in range(pages):
            page = doc[index]
            try:
                paths, page_images = _count_objects(page)
                images += page_images
                if engine == "pdfium":
                    lines, page_tables = _read_page_pdfium(page, index + 1, swatches)
                    tables += [(index + 1, top, block) for top, block in page_tables]
                elif paths >= PATHS_FOR_LAYOUT_ENGINE:
                    if plumber is None:
                        import pdfplumber
                        plumber = pdfplumber.open(io.BytesIO(data), password="")
                    ppage = plumber.pages[index]
                    try:
                        lines, page_tables, page_swatches = _plumber_page(ppage, index + 1)
                    finally:
                        ppage.close()
                    tables += [(index + 1, top, block) for top, block in page_tables]
                    swatches += page_swatches
                else:
                    textpage = page.get_textpage()
                    try:
                        lines = _pdfium_lines(page, textpage, index + 1, swatches)
                    finally:
                        textpage.close()
            finally:
                page.close()
            chars += sum(len(ln.text) for ln in lines) + sum(len(b.text) for p, _, b in tables if p == index + 1)
            all_lines += lines
        meta = {k.lower(): v for k, v in doc.get_metadata_dict(skip_empty=True).items() if isinstance(v, str)}
    finally:
        if plumber is not None:
            plumber.close()
        doc.close()
    if chars == 0:
        what = "the PDF is a scan and needs OCR" if images else "the PDF holds no text"
        raise UnreadableFile(f"{path.name}: no text layer: {what}")
    all_lines = mark_furniture(all_lines, pages)
    body = body_size(all_lines)
    all_lines = mark_footnotes(all_lines, body)
    items: list[Item] = []
    per_page: dict[int, list[Line]] = {}
    for ln in all_lines:
        per_page.setdefault(ln.page, []).append(ln)
    for number in range(1, pages + 1):
        page_lines, spaced = whitespace_tables(per_page.get(number, []), body)
        tables += [(number, top, block) for top, block in spaced]
        page_items = paragraphs(column_order(page_lines), body)
        for _, top, block in sorted((t for t in tables if t[0] == number), key=lambda t: t[1]):
            at = next((k for k, it in enumerate(page_items) if it.lines and it.lines[0].top > top), len(page_items))
            page_items.insert(at, Item(table=block))
        items += page_items
    items = merge_page_breaks(_stitch_tables(items), body)
    return Layout(source=str(path), sha256=sha, format="pdf", blocks=tuple(to_blocks(items, body)),
                  meta=meta, swatches=tuple(swatches))
