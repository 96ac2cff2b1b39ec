"""Page geometry from pdfium, tables from pdfplumber's table algorithm.

pdfplumber finds tables as a chain of pure functions — edges → intersections
→ cells → tables — but parsing a page into its objects costs it as much as
extracting all the text. Here the edges come from pdfium's path objects
(a few milliseconds a page), and pdfplumber's own functions turn them into
tables. Cell text comes from pdfium's bounded-text call; fills come from the
filled paths under each cell, in RGB (pdfium converts gray and CMYK).
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

from pipeline.colour import is_blank, name

RGB = tuple[int, int, int]
SNAP = 3.0          # pdfplumber's default snap, join and intersection tolerances
MIN_EDGE = 3.0


@dataclass(frozen=True)
class PathObj:
    filled: bool
    stroked: bool
    fill: RGB | None
    points: tuple[tuple[float, float], ...]    # top-down page coordinates
    closed: bool

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)


def page_paths(page) -> list[PathObj]:
    """Every vector path of a page, its points in top-down coordinates."""
    import pypdfium2.raw as raw

    height = page.get_height()
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    x, y = ctypes.c_float(), ctypes.c_float()
    matrix = raw.FS_MATRIX()
    out = []
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
        raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
        fill = None
        if fill_mode.value and raw.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(v) for v in (r, g, b, a))):
            fill = (r.value, g.value, b.value) if a.value > 0 else None
        points, closed = [], False
        for s in range(raw.FPDFPath_CountSegments(obj)):
            seg = raw.FPDFPath_GetPathSegment(obj, s)
            raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
            px = matrix.a * x.value + matrix.c * y.value + matrix.e
            py = matrix.b * x.value + matrix.d * y.value + matrix.f
            points.append((px, height - py))
            closed = closed or bool(raw.FPDFPathSegment_GetClose(seg))
        if points:
            out.append(PathObj(bool(fill_mode.value), bool(stroke.value), fill, tuple(points), closed))
    return out


def _edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation, "object_type": "line"}


def edges(paths: list[PathObj]) -> list[dict]:
    """Horizontal and vertical edges of every path segment (rectangles give four)."""
    out = []
    for path in paths:
        pts = list(path.points)
        if path.closed and pts[0] != pts[-1]:
            pts.append(pts[0])
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            if abs(ay - by) < 1 and abs(ax - bx) >= 1:
                out.append(_edge(min(ax, bx), ay, max(ax, bx), ay, "h"))
            elif abs(ax - bx) < 1 and abs(ay - by) >= 1:
                out.append(_edge(ax, min(ay, by), ax, max(ay, by), "v"))
    return out


def find_tables(paths: list[PathObj]) -> list[Table]:
    """Tables of a page by pdfplumber's algorithm ("lines" strategy, default tolerances)."""
    found = [e for e in edges(paths) if (e["width"] if e["orientation"] == "h" else e["height"]) >= 1]
    merged = merge_edges(found, SNAP, SNAP, SNAP, SNAP)
    merged = [e for e in merged if (e["width"] if e["orientation"] == "h" else e["height"]) >= MIN_EDGE]
    cells = intersections_to_cells(edges_to_intersections(merged, SNAP, SNAP))
    return [Table(None, group) for group in cells_to_tables(cells)]


def merged_below(table) -> list[list[bool]]:
    """For each cell position of a table's rows: True where the position is covered by a cell of
    a row above that reaches down into this row (a cell merged over rows); pdfplumber gives None there."""
    out, above = [], {}
    for row in table.rows:
        top = row.bbox[1]
        flags = []
        for column, bbox in enumerate(row.cells):
            if bbox is None:
                reach = above.get(column)
                flags.append(reach is not None and reach[3] > top + 1)
            else:
                above[column] = bbox
                flags.append(False)
        out.append(flags)
    return out


def fill_at(paths: list[PathObj], bbox: tuple) -> RGB | None:
    """The fill of the smallest filled path under the centre of `bbox` (None when blank)."""
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    under = [p for p in paths if p.filled and p.fill is not None and len(p.points) >= 3
             and p.bbox[0] - 0.5 <= cx <= p.bbox[2] + 0.5 and p.bbox[1] - 0.5 <= cy <= p.bbox[3] + 0.5]
    if not under:
        return None
    best = min(under, key=lambda p: (p.bbox[2] - p.bbox[0]) * (p.bbox[3] - p.bbox[1]))
    return None if is_blank(best.fill) else best.fill


def small_squares(paths: list[PathObj], tables: list[tuple]) -> list[PathObj]:
    """Filled squares of legend size outside tables: candidate swatches."""
    out = []
    for p in paths:
        if not p.filled or p.fill is None or name(p.fill) in ("vit",):
            continue
        x0, top, x1, bottom = p.bbox
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        if 4 <= x1 - x0 <= 30 and 4 <= bottom - top <= 30 and not any(
                b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in tables):
            out.append(p)
    return out
