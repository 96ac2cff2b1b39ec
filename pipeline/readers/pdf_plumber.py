"""The pdfplumber engine for table pages (MALKOLL_PDF_ENGINE=pdfplumber): pdfplumber's own
parser for characters, rectangles, tables and fills. Slower than the default path (pdfium
geometry with pdfplumber's table algorithm); kept to cross-check it, and for PDFs that
pdfium's geometry reads badly. Produces the same Line, table Block and Swatch records.
"""
from __future__ import annotations

from pipeline.colour import STATUS_SYMBOLS, is_blank, only_symbols, to_rgb
from pipeline.readers.pdf_geometry import merged_below
from pipeline.readers.pdf_layout import Line, join_lines
from pipeline.schema import BBox, Block, Cell, Swatch

_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")


def is_bold_name(fontname: str) -> bool:
    return any(k in fontname.lower() for k in _BOLD_NAMES)


def _inside(obj: dict, bbox: tuple) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _fill_at(rects: list[dict], bbox: tuple) -> tuple[int, int, int] | None:
    """The fill of the smallest filled rectangle under the centre of `bbox`."""
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    under = [r for r in rects if r["x0"] - 0.5 <= cx <= r["x1"] + 0.5 and r["top"] - 0.5 <= cy <= r["bottom"] + 0.5]
    for r in sorted(under, key=lambda r: (r["x1"] - r["x0"]) * (r["bottom"] - r["top"])):
        rgb = to_rgb(r.get("non_stroking_color"))
        if rgb is not None:
            return None if is_blank(rgb) else rgb
    return None


def _join_chars(chars: list[dict], tolerance: float = 1.5) -> str:
    """Text of chars on one line, with a space where the gap between two glyphs is wide."""
    out = [chars[0]["text"]]
    for a, b in zip(chars, chars[1:]):
        if b["x0"] - a["x1"] > tolerance:
            out.append(" ")
        out.append(b["text"])
    return "".join(out).strip()




def _glyph_colour(chars: list[dict]) -> tuple[int, int, int] | None:
    """The fill colour of the first symbol glyph, unless it is black, grey or white."""
    from pipeline.colour import name

    for c in chars:
        if c["text"] in STATUS_SYMBOLS:
            rgb = to_rgb(c.get("non_stroking_color"))
            if rgb is not None and name(rgb) not in ("svart", "vit"):
                return rgb
    return None


def _symbol_swatches(lines_chars: list[list[dict]], number: int) -> list[Swatch]:
    """Legend markers drawn as coloured glyphs: "● Uppfyllt  ● Delvis uppfyllt"."""
    out = []
    for chars in lines_chars:
        marks = [k for k, c in enumerate(chars) if c["text"] in STATUS_SYMBOLS]
        for n, k in enumerate(marks):
            rgb = _glyph_colour([chars[k]])
            end = marks[n + 1] if n + 1 < len(marks) else len(chars)
            label = _join_chars(chars[k + 1:end]) if end > k + 1 else ""
            if rgb is not None and label.strip():
                c = chars[k]
                out.append(Swatch(fill=rgb, text=label.strip(), page=number,
                                  bbox=BBox(x0=c["x0"], top=c["top"], x1=c["x1"], bottom=c["bottom"])))
    return out


def _plumber_lines(page, number: int, exclude: list[tuple], symbols: list[Swatch] | None = None) -> list[Line]:
    kept = page.filter(lambda o: o.get("object_type") != "char" or not any(_inside(o, b) for b in exclude))
    out = []
    for tl in kept.extract_text_lines(return_chars=True, strip=True):
        chars = [c for c in tl["chars"] if c["text"].strip()]
        if not chars:
            continue
        if symbols is not None and any(c["text"] in STATUS_SYMBOLS for c in chars):
            symbols.extend(_symbol_swatches([chars], number))
        # split at wide gaps, as on the fast path
        groups, current = [], [chars[0]]
        for c in chars[1:]:
            if c["x0"] - current[-1]["x1"] > 24:
                groups.append(current)
                current = []
            current.append(c)
        groups.append(current)
        for group in groups:
            text = _join_chars(group)
            bolds = [is_bold_name(c["fontname"]) for c in group]
            out.append(Line(text=text, page=number, x0=group[0]["x0"], x1=max(c["x1"] for c in group),
                            top=min(c["top"] for c in group), bottom=max(c["bottom"] for c in group),
                            size=round(group[0]["size"], 1), bold=all(bolds), bold_start=bolds[0],
                            page_height=float(page.height), page_width=float(page.width)))
    return out


def _plumber_page(page, number: int) -> tuple[list[Line], list[tuple[float, Block]], list[Swatch]]:
    rects = [r for r in page.rects if r.get("fill")]
    tables = page.find_tables()
    blocks = []
    for table in tables:
        texts = table.extract()
        rows = []
        for row, row_texts, merged in zip(table.rows, texts, merged_below(table)):
            cells = []
            for cell_bbox, text, covered in zip(row.cells, row_texts, merged):
                text = join_lines((text or "").split("\n")) if text else ""
                fill = _fill_at(rects, cell_bbox) if cell_bbox else None
                if cell_bbox and only_symbols(text):
                    # a coloured ● or ■ in a status cell: the glyph's colour is the status
                    glyph = _glyph_colour([c for c in page.chars if _inside(c, cell_bbox)])
                    if glyph is not None:
                        fill, text = glyph, ""
                bbox = BBox(x0=cell_bbox[0], top=cell_bbox[1], x1=cell_bbox[2], bottom=cell_bbox[3]) if cell_bbox else None
                cells.append(Cell(text=text, fill=fill, bbox=bbox, merged=covered and not text))
            rows.append(tuple(cells))
        x0, top, x1, bottom = table.bbox
        block = Block(kind="table", text="\n".join(" | ".join(c.text for c in r) for r in rows), page=number,
                      bbox=BBox(x0=x0, top=top, x1=x1, bottom=bottom), rows=tuple(rows))
        blocks.append((top, block))
    table_boxes = [t.bbox for t in tables]
    swatches = _swatches(page, rects, table_boxes, number)
    lines = _plumber_lines(page, number, table_boxes, swatches)
    return lines, blocks, swatches


def _swatches(page, rects: list[dict], tables: list[tuple], number: int) -> list[Swatch]:
    """Small filled squares outside tables, with the words to their right on the same line."""
    small = [r for r in rects if 4 <= r["x1"] - r["x0"] <= 30 and 4 <= r["bottom"] - r["top"] <= 30
             and not any(_inside(r, b) for b in tables)]
    if not small:
        return []
    words = page.extract_words()
    out = []
    for r in sorted(small, key=lambda r: (r["top"], r["x0"])):
        rgb = to_rgb(r.get("non_stroking_color"))
        if rgb is None:
            continue
        cy = (r["top"] + r["bottom"]) / 2
        limit = min([s["x0"] for s in small if s is not r and abs((s["top"] + s["bottom"]) / 2 - cy) < 4 and s["x0"] > r["x1"]],
                    default=float("inf"))
        label = [w["text"] for w in words if w["x0"] >= r["x1"] - 1 and w["x1"] <= limit + 1
                 and w["top"] - 3 <= cy <= w["bottom"] + 3]
        if label:
            out.append(Swatch(fill=rgb, text=" ".join(label), page=number,
                              bbox=BBox(x0=r["x0"], top=r["top"], x1=r["x1"], bottom=r["bottom"])))
    return out
