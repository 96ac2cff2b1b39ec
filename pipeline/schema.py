"""Records passed between stages and written as output.

Two families: the Layout (what a reader saw) and the FollowUp (what the
pipeline understood). All records are frozen; a stage returns new records.
The FollowUp fields named in ../shared/eval/README.md are the public contract:
add fields freely, never rename or repurpose them.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"

StatusLabel = Literal["fulfilled", "partial", "not_fulfilled", "unknown"]
BlockKind = Literal["heading", "paragraph", "list_item", "table", "rule"]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- Layout


class Span(Record):
    """Half-open character range [start, end) in the decoded source text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class BBox(Record):
    x0: float
    top: float
    x1: float
    bottom: float


class Style(Record):
    bold: bool = False
    italic: bool = False
    quote: bool = Field(default=False, description="a block quotation (Markdown '>', HTML <blockquote>)")
    font_size: float | None = None


class Cell(Record):
    text: str
    fill: tuple[int, int, int] | None = Field(default=None, description="RGB fill colour, 0-255")
    span: Span | None = None
    bbox: BBox | None = None
    merged: bool = Field(default=False, description="continues the cell above (HTML rowspan, Word vMerge)")


class Block(Record):
    """One unit of the page: heading, paragraph, list item, table or rule.

    `text` keeps line breaks as "\\n" and drops inline markup. `anchors` maps
    text offsets back to the source: each pair (text_offset, source_offset)
    starts a run in which both advance together.
    """

    kind: BlockKind
    text: str
    level: int = 0
    style: Style = Style()
    page: int | None = None
    pages: tuple[int, ...] = Field(default=(), description="every page, when the block runs over a page break")
    bbox: BBox | None = None
    span: Span | None = None
    anchors: tuple[tuple[int, int], ...] = ()
    rows: tuple[tuple[Cell, ...], ...] = ()
    furniture: bool = Field(default=False, description="running header/footer: for metadata only")
    source_index: int | None = Field(default=None, description="paragraph or table index in the source (Word body order)")

    def source_offset(self, index: int) -> int | None:
        """Source offset of text offset `index` (None when the reader kept no map)."""
        if not self.anchors:
            return None
        best = self.anchors[0]
        for anchor in self.anchors:
            if anchor[0] > index:
                break
            best = anchor
        return best[1] + (index - best[0])

    def source_span(self, start: int, end: int) -> Span | None:
        """Source span of the text range [start, end)."""
        if not self.anchors or end <= start:
            return None
        first = self.source_offset(start)
        last = self.source_offset(end - 1)
        return Span(start=first, end=last + 1)


class Swatch(Record):
    """A small filled square beside legend text ("■ Grön – uppnått")."""

    fill: tuple[int, int, int]
    text: str
    page: int | None = None
    bbox: BBox | None = None


class Layout(Record):
    """A document as blocks, whatever its format."""

    source: str
    sha256: str
    format: str
    encoding: str | None = None
    text: str | None = Field(default=None, description="decoded source text, for text formats")
    blocks: tuple[Block, ...]
    meta: dict[str, str] = {}
    swatches: tuple[Swatch, ...] = ()
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- FollowUp


class Provenance(Record):
    source_sha256: str
    pages: tuple[int, ...] = ()
    bbox: BBox | None = None
    span: Span | None = None
    blocks: tuple[int, ...] = Field(default=(), description="indices of the Layout blocks used")
    paragraphs: tuple[int, ...] = Field(default=(), description="paragraph indices in the source (Word body order)")
    rule: str | None = Field(default=None, description="segmentation rule or lexicon id that found it")


class Status(Record):
    label: StatusLabel
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: str | None = Field(description="the words that decided the status")
    evidence_span: Span | None = Field(default=None, description="character offsets of the evidence in the text it came from (see source)")
    method: str = Field(description="rule id (rule:<id>) or model name that decided")
    source: Literal["status_field", "result_text", "column", "colour", "indicators", "none"] = "result_text"
    reason: str | None = Field(default=None, description="why, in words; always set for unknown")


class Result(Record):
    text: str
    provenance: Provenance


class StatusField(Record):
    """A separate status statement (Måluppfyllelse: Delvis, a Status column, a coloured cell)."""

    label: str = Field(description="the label as printed, e.g. Måluppfyllelse")
    text: str
    colour: tuple[int, int, int] | None = Field(default=None, description="RGB fill of a colour-coded status cell")
    provenance: Provenance


class Indicator(Record):
    """One row of an indicator table under a goal (Indikator | Målvärde | Utfall), values as printed."""

    name: str = Field(description="the indicator as printed (the Indikator / Nyckeltal cell)")
    target: str | None = Field(default=None, description="the target as printed (Målvärde)")
    outcome: str | None = Field(default=None, description="the outcome as printed (Utfall, Resultat)")
    baseline: str | None = Field(default=None, description="the starting value as printed (Utgångsvärde, Basvärde)")
    status: str | None = Field(default=None, description="the row's own status cell as printed (Status, Bedömning)")
    colour: tuple[int, int, int] | None = Field(default=None, description="RGB fill of the row's status cell")
    header: tuple[str, ...] = Field(default=(), description="the table's header cells, e.g. Målvärde 2024")
    cells: tuple[str, ...] = Field(default=(), description="every cell of the row as printed")
    provenance: Provenance


class LegendEntry(Record):
    """One line of the document's colour legend ("Grön – uppnått")."""

    colour: str = Field(description="Swedish colour word: grön, gul, röd …; 'symbol' for a glyph legend")
    fill: tuple[int, int, int] | None = Field(default=None, description="RGB of the swatch, when drawn")
    symbol: str | None = Field(default=None, description="the glyph of a symbol legend ('● uppfyllt', '◐ delvis'); schema 1.2")
    text: str = Field(description="the meaning as printed")
    label: StatusLabel | None = Field(default=None, description="the status the meaning stands for")


class Goal(Record):
    id: str
    label: str | None = Field(default=None, description="the goal label as printed, e.g. Delmål")
    number: str | None = None
    text: str
    result: Result | None = None
    status_field: StatusField | None = None
    indicators: tuple[Indicator, ...] = Field(default=(), description="indicator rows given for the goal")
    status: Status | None = None
    provenance: Provenance


class Section(Record):
    title: str | None
    number: str | None = None
    level: int = 1
    goals: tuple[Goal, ...] = ()
    provenance: Provenance | None = None


class Municipality(Record):
    name: str
    code: str = Field(pattern=r"^\d{4}$", description="SCB kommunkod")
    county_code: str = Field(pattern=r"^\d{2}$")
    evidence: str


class PlanPeriod(Record):
    start: int
    end: int
    evidence: str


class Signatory(Record):
    name: str | None
    role: str | None


class DocumentMeta(Record):
    title: str | None = None
    municipality: Municipality | None = None
    plan_period: PlanPeriod | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    date_evidence: str | None = None
    signatory: Signatory | None = None


class SourceInfo(Record):
    path: str
    name: str
    sha256: str
    format: str
    encoding: str | None = None


class Summary(Record):
    sections: int
    goals: int
    with_result: int
    statuses: dict[StatusLabel, int]


class FollowUp(Record):
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str
    source: SourceInfo
    document: DocumentMeta = DocumentMeta()
    sections: tuple[Section, ...] = ()
    legend: tuple[LegendEntry, ...] = ()
    summary: Summary | None = None
    warnings: tuple[str, ...] = ()

    def goals(self) -> list[Goal]:
        return [goal for section in self.sections for goal in section.goals]


# --------------------------------------------------------------------------- Manifest


class ErrorInfo(Record):
    type: str
    message: str
    stage: str
    page: int | None = None


class ManifestEntry(Record):
    source: str
    status: Literal["ok", "error"]
    output: str | None = None
    sha256: str | None = None
    municipality_code: str | None = None
    goals: int = 0
    statuses: dict[StatusLabel, int] = {}
    warnings: tuple[str, ...] = ()
    error: ErrorInfo | None = None


class Manifest(Record):
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str
    documents: tuple[ManifestEntry, ...]
