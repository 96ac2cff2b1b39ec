"""Word (.docx) reader: python-docx, body order, styles as structure.

Paragraphs and tables come in body order; Heading 1–3 (and Swedish
"Rubrik 1", Title/"Rubrik") are headings; List styles and numbering are list
items; a bold first run is a label; table cells keep their paragraphs and
their shading (w:shd fill), and merged cells keep the columns aligned. Header
and footer parts are page furniture: read for metadata, never goals.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import regex as re

from pipeline.colour import is_blank, only_symbols, to_rgb
from pipeline.errors import UnreadableFile
from pipeline.readers.blocks import TextBuilder, legend_swatches
from pipeline.schema import Block, Cell, Layout, Style, Swatch

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik|överskrift)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|rubrik|titel|dokumentrubrik)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list|lista|punkt", re.IGNORECASE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _open(data: bytes, name: str):
    import docx

    if data.startswith(OLE_SIGNATURE):
        raise UnreadableFile(f"{name}: the Word file is encrypted with a password (or is an old .doc file saved as .docx)")
    try:
        return docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(f"{name}: not a valid Word file (the .docx container is damaged: {exc})") from exc
    except (KeyError, ValueError) as exc:
        raise UnreadableFile(f"{name}: not a valid Word file ({exc})") from exc


def _style_name(paragraph) -> str:
    try:
        return paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, AttributeError):
        return ""


def _outline_level(paragraph) -> int | None:
    ppr = paragraph._p.pPr
    if ppr is None:
        return None
    lvl = ppr.find(f"{W}outlineLvl")
    return int(lvl.get(f"{W}val")) + 1 if lvl is not None and lvl.get(f"{W}val", "").isdigit() else None


def _is_bold(run, paragraph) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    for style in (run.style, paragraph.style):
        try:
            if style is not None and style.font.bold:
                return True
        except AttributeError:
            continue
    return False


def _paragraph_block(paragraph) -> Block | None:
    text = paragraph.text.replace("\r", "\n").strip()
    if not text:
        return None
    style = _style_name(paragraph)
    runs = [r for r in paragraph.runs if r.text.strip()]
    bold_start = bool(runs) and _is_bold(runs[0], paragraph)
    bold_all = bool(runs) and all(_is_bold(r, paragraph) for r in runs)
    m = _HEADING_STYLE.match(style)
    level = int(m.group(1)) if m else (1 if _TITLE_STYLE.match(style) else _outline_level(paragraph))
    if level is not None and len(text) <= 200:
        return Block(kind="heading", text=text, level=level, style=Style(bold=bold_all))
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if _LIST_STYLE.search(style) or numbered:
        ilvl = paragraph._p.pPr.numPr.ilvl if numbered and paragraph._p.pPr.numPr is not None else None
        depth = int(ilvl.val) if ilvl is not None and ilvl.val is not None else 0
        return Block(kind="list_item", text=text, level=depth, style=Style(bold=bold_start))
    return Block(kind="paragraph", text=text, style=Style(bold=bold_start))


def _shading(tc) -> tuple[int, int, int] | None:
    tcpr = tc.tcPr
    if tcpr is None:
        return None
    shd = tcpr.find(f"{W}shd")
    if shd is None:
        return None
    fill = shd.get(f"{W}fill")
    rgb = to_rgb(fill) if fill and fill.lower() != "auto" else None
    return None if is_blank(rgb) else rgb


def _glyph_colour(cell) -> tuple[int, int, int] | None:
    """The font colour of the first coloured run in a cell (a traffic-light "●"), unless black or grey."""
    from pipeline.colour import name

    for paragraph in cell.paragraphs:
        for run in paragraph.runs:
            if not run.text.strip():
                continue
            try:
                rgb = run.font.color.rgb if run.font.color is not None and run.font.color.type is not None else None
            except (AttributeError, ValueError):
                rgb = None
            colour = to_rgb(str(rgb)) if rgb is not None else None
            if colour is not None and name(colour) not in ("svart", "grå", "vit"):
                return colour
    return None


def _table_block(table) -> Block | None:
    from docx.table import _Cell

    rows = []
    for tr in table._tbl.tr_lst:
        cells = []
        for tc in tr.tc_lst:
            cell = _Cell(tc, table)
            merged_on = tc.vMerge == "continue"
            text = "" if merged_on else "\n\n".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            fill = _shading(tc)
            if only_symbols(text) and (glyph := _glyph_colour(cell)) is not None:
                fill, text = glyph, ""  # a coloured "●": the colour is the status
            cells.append(Cell(text=text, fill=fill, merged=merged_on))
            cells += [Cell(text="") for _ in range(max(tc.grid_span, 1) - 1)]  # keep columns aligned
        if cells:
            rows.append(tuple(cells))
    if not rows:
        return None
    return Block(kind="table", text="\n".join(" | ".join(c.text for c in r) for r in rows), rows=tuple(rows))


def _body_items(document):
    """Paragraphs and tables in body order, content controls opened."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(parent):
        for child in parent.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                yield Paragraph(child, document)
            elif tag == "tbl":
                yield Table(child, document)
            elif tag == "sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    yield from walk(content)

    yield from walk(document.element.body)


def read_docx(path: Path, data: bytes, sha: str) -> Layout:
    from docx.table import Table

    document = _open(data, path.name)
    builder = TextBuilder()
    blocks: list[Block] = []
    swatches: list[Swatch] = []
    for index, item in enumerate(_body_items(document)):
        block = _table_block(item) if isinstance(item, Table) else _paragraph_block(item)
        if block is None:
            continue
        block = block.model_copy(update={"source_index": index})
        if block.kind == "table":
            swatches += legend_swatches(block)
        blocks.append(builder.place(block))
    seen = set()
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            try:
                texts = [p.text.strip() for p in part.paragraphs] + [
                    c.text.strip() for t in part.tables for r in t.rows for c in r.cells]
            except (AttributeError, KeyError, ValueError):
                continue
            for text in texts:
                if text and text not in seen:
                    seen.add(text)
                    blocks.append(Block(kind="paragraph", text=text, furniture=True))
    props = document.core_properties
    meta = {k: v for k, v in (("title", props.title), ("subject", props.subject), ("author", props.author)) if v}
    if not any(b.text.strip() for b in blocks if not b.furniture):
        raise UnreadableFile(f"{path.name}: the Word file holds no text")
    return Layout(source=str(path), sha256=sha, format="docx", text=builder.text, blocks=tuple(blocks),
                  meta=meta, swatches=tuple(swatches))
