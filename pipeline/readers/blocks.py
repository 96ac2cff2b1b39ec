"""Shared by the structured readers (Word, HTML): a Layout text built from block texts.

Word and HTML have no character stream of their own that a user could open,
so the reader writes one: block texts joined by blank lines. Each block's span
and anchors point into it, and provenance spans mean the same in every format
that has a `Layout.text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.schema import Block, Span, Swatch

SEPARATOR = "\n\n"


@dataclass
class TextBuilder:
    parts: list[str] = field(default_factory=list)
    length: int = 0

    def place(self, block: Block) -> Block:
        """The block with its span and anchors in the document text; tables keep their cells."""
        if self.parts:
            self.parts.append(SEPARATOR)
            self.length += len(SEPARATOR)
        start = self.length
        if block.rows:
            block = _table_with_spans(block, start)
        self.parts.append(block.text)
        self.length += len(block.text)
        return block.model_copy(update={"span": Span(start=start, end=self.length), "anchors": ((0, start),)})

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _table_with_spans(block: Block, start: int) -> Block:
    """Table text as rows of "cell | cell", each cell with its span in the document text."""
    pos, lines, rows = start, [], []
    for r, row in enumerate(block.rows):
        if r:
            pos += 1  # "\n"
        cells, texts = [], []
        for c, cell in enumerate(row):
            if c:
                pos += 3  # " | "
            cells.append(cell.model_copy(update={"span": Span(start=pos, end=pos + len(cell.text))}))
            texts.append(cell.text)
            pos += len(cell.text)
        rows.append(tuple(cells))
        lines.append(" | ".join(texts))
    return block.model_copy(update={"rows": tuple(rows), "text": "\n".join(lines)})


def legend_swatches(block: Block) -> list[Swatch]:
    """Legend tables: a coloured empty cell beside the words it stands for. A goal table (its
    header names a goal column) is no legend, however its status cells are coloured."""
    from pipeline.tables import column_roles

    if not block.rows or "goal" in column_roles(block.rows[0]):
        return []
    out = []
    for row in block.rows:
        for k, cell in enumerate(row):
            if cell.fill is None or cell.text.strip():
                continue
            neighbour = next((c.text for c in row[k + 1:] + row[:k][::-1] if c.text.strip()), None)
            if neighbour and len(neighbour) <= 60:
                out.append(Swatch(fill=cell.fill, text=" ".join(neighbour.split())))
    return out
