"""Plain-text and Markdown reader.

Encoding is detected, not assumed: municipal exports arrive as UTF-8 (with or
without BOM), UTF-16, Windows-1252 or Latin-1, with CRLF or LF line ends.
Blocks keep a map back to the decoded text, so every extracted item has a
character span in the source.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import UnreadableFile
from pipeline.schema import Block, Cell, Layout, Span, Style

# Bytes 0x80-0x9F are printable in Windows-1252 (– ” € …) but control codes in Latin-1.
_C1 = re.compile(rb"[\x80-\x9f]")
_CP1252_UNDEFINED = set(b"\x81\x8d\x8f\x90\x9d")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises UnreadableFile for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte {exc.start})") from exc
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(name), "utf-16"
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"starts with a UTF-16 byte-order mark but is not valid UTF-16 (byte {exc.start})") from exc
    if b"\x00" in data[:4096]:
        raise UnreadableFile("binary data (NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    c1 = set(_C1.findall(data))
    if c1 and not any(b[0] in _CP1252_UNDEFINED for b in c1):
        return data.decode("cp1252"), "cp1252"
    return data.decode("latin-1"), "latin-1"


# ------------------------------------------------------------------ text with a source map


@dataclass
class _Builder:
    """Accumulates block text from source pieces and remembers where each piece came from."""

    parts: list[str] = field(default_factory=list)
    anchors: list[tuple[int, int]] = field(default_factory=list)
    length: int = 0

    def add(self, piece: str, src: int) -> None:
        if not piece:
            return
        if not self.anchors or self.anchors[-1][1] + (self.length - self.anchors[-1][0]) != src:
            self.anchors.append((self.length, src))
        self.parts.append(piece)
        self.length += len(piece)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# Markdown inline markup that is dropped from block text (the content is kept).
_INLINE = re.compile(
    r"\*\*|__"                       # strong
    r"|(?<![\w*])\*(?=[^\s*])"         # *emphasis opening
    r"|(?<=[^\s*])\*(?![\w*])"         # emphasis closing*
    r"|(?<![\w_])_(?=[^\s_])"
    r"|(?<=[^\s_])_(?![\w_])"
    r"|`+"
    r"|\\(?=[\\`*_{}\[\]()#+\-.!|])"  # backslash escapes
    r"|!?\[(?=[^\]]*\]\([^)]*\))"     # [link text](url): drop "[" ...
    r"|\]\([^)]*\)"                   # ... and "](url)"
    r"|<[^>\n]{1,80}>"                # inline HTML tags
)


def _clean_line(line: str, src: int, markdown: bool, out: _Builder) -> None:
    """Append `line` (source offset `src`) to `out`, without inline markup."""
    if not markdown:
        out.add(line, src)
        return
    pos = 0
    for m in _INLINE.finditer(line):
        out.add(line[pos:m.start()], src + pos)
        pos = m.end()
    out.add(line[pos:], src + pos)


# ------------------------------------------------------------------ block structure

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_TILDE = re.compile(r"^ {0,3}(~{3,})[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
_BULLET = re.compile(r"^([ \t]*)([-*+•–▪●◦]|\d{1,3}[.)]|[a-zA-Z][.)])[ \t]+(?=\S)")
_TABLE_ROW = re.compile(r"^[ \t]*\|")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))


class _Parser:
    def __init__(self, text: str, markdown: bool):
        self.text = text
        self.markdown = markdown
        self.blocks: list[Block] = []
        self.para: list[tuple[int, str]] = []   # (source offset, line)
        self.para_kind = "paragraph"
        self.para_level = 0
        self.item_indent = 0
        self.quoted: set[int] = set()  # source offsets of lines that were quoted ("> …")

    # -- emitting
    def _emit(self, kind: str, lines: list[tuple[int, str]], level: int = 0) -> None:
        b = _Builder()
        bold = False
        for n, (src, line) in enumerate(lines):
            stripped = line.strip()
            lead = len(line) - len(line.lstrip())
            if n == 0 and self.markdown and stripped.startswith(("**", "__")):
                bold = True
            if n:
                b.add("\n", src - 1)
            _clean_line(stripped, src + lead, self.markdown, b)
        text = b.text
        if not text.strip():
            return
        start, end = lines[0][0], lines[-1][0] + len(lines[-1][1])
        quote = bool(self.quoted) and all(src in self.quoted for src, _ in lines)
        self.blocks.append(Block(
            kind=kind, text=text, level=level, style=Style(bold=bold, quote=quote),
            span=Span(start=start, end=end), anchors=tuple(b.anchors),
        ))

    def flush(self) -> None:
        if self.para:
            self._emit(self.para_kind, self.para, self.para_level)
        self.para = []
        self.para_kind = "paragraph"
        self.para_level = 0

    def heading(self, src: int, content: str, level: int) -> None:
        self._emit("heading", [(src, content)], level)

    def table(self, rows: list[tuple[int, str]]) -> None:
        cells_rows = []
        for src, line in rows:
            if _TABLE_SEP.match(line):
                continue
            body = line.strip()
            lead = src + (len(line) - len(line.lstrip()))
            if body.startswith("|"):
                body, lead = body[1:], lead + 1
            if body.endswith("|"):
                body = body[:-1]
            cells, pos = [], 0
            for part in re.split(r"(?<!\\)\|", body):
                b = _Builder()
                inner = part.strip()
                off = lead + pos + (len(part) - len(part.lstrip()))
                _clean_line(inner, off, self.markdown, b)
                cells.append(Cell(text=b.text, span=Span(start=off, end=off + len(inner))))
                pos += len(part) + 1
            cells_rows.append(tuple(cells))
        if not cells_rows:
            return
        text = "\n".join(" | ".join(c.text for c in row) for row in cells_rows)
        start, end = rows[0][0], rows[-1][0] + len(rows[-1][1])
        self.blocks.append(Block(kind="table", text=text, span=Span(start=start, end=end), rows=tuple(cells_rows)))

    def _cells(self, src: int, line: str, n: int) -> tuple[Cell, ...] | None:
        """The cells of a tab-separated row of `n` columns (runs of tabs count as one when that
        gives `n`: tabs also align), or of a section line (text in the first cell only)."""
        if "\t" not in line:
            parts = [(0, line)]
        else:
            exact = [(m.start(), m.group()) for m in re.finditer(r"[^\t]*", line) if m.start() == 0 or line[m.start() - 1] == "\t"]
            collapsed = [(m.start(), m.group()) for m in re.finditer(r"[^\t]+", line)]
            parts = exact if len(exact) == n else collapsed if len(collapsed) == n else None
            if parts is None:
                return None
        cells = []
        for at, part in parts:
            inner = part.strip()
            off = src + at + (len(part) - len(part.lstrip()))
            b = _Builder()
            _clean_line(inner, off, self.markdown, b)
            cells.append(Cell(text=b.text, span=Span(start=off, end=off + len(inner))))
        return tuple(cells) + tuple(Cell(text="") for _ in range(n - len(cells)))

    def _tab_table(self, lines: list[tuple[int, str]], i: int) -> int:
        """A table pasted as tab-separated lines ("Nr<TAB>Mål<TAB>Uppföljning<TAB>Bedömning"), with
        section lines and blank lines between its rows: emitted as one table block; returns the
        index after it, or `i` when lines[i] does not start one (three columns and two rows at least)."""
        src, line = lines[i]
        n = len(re.findall(r"[^\t]+", line.strip("\t")))
        if "\t" not in line or n < 3:
            return i
        rows, end, pending = [self._cells(src, line, n)], i + 1, []
        j = i + 1
        while j < len(lines):
            s, text = lines[j]
            if not text.strip():
                j += 1
                continue
            if "\t" not in text:
                if len(text.split()) > 8 or pending:
                    break
                pending = [self._cells(s, text, n)]  # a section line between rows
                j += 1
                continue
            cells = self._cells(s, text, n)
            if cells is None:
                break
            rows += pending + [cells]
            pending = []
            j += 1
            end = j
        if sum(1 for r in rows[1:] if sum(1 for c in r if c.text.strip()) >= 2) < 2:
            return i
        self.flush()
        text = "\n".join(" | ".join(c.text for c in row) for row in rows)
        last = lines[end - 1]
        self.blocks.append(Block(kind="table", text=text, span=Span(start=src, end=last[0] + len(last[1])), rows=tuple(rows)))
        return end

    # -- parsing
    def parse(self) -> list[Block]:
        lines = _lines(self.text)
        if self.markdown:  # a blockquote ("> **Mål 1** …") is a container: its lines are read as they are
            self.quoted = {src + m.end() for src, line in lines if (m := _QUOTE.match(line))}
            lines = [(src + m.end(), line[m.end():]) if (m := _QUOTE.match(line)) else (src, line) for src, line in lines]
        i = 0
        while i < len(lines):
            src, line = lines[i]
            if not line.strip():
                self.flush()
                i += 1
                continue
            if self.markdown and _FENCE.match(line):
                self.flush()
                j = i + 1
                while j < len(lines) and not _FENCE.match(lines[j][1]):
                    j += 1
                self._emit("paragraph", lines[i + 1:j])
                i = j + 1
                continue
            m = _ATX.match(line)
            if m and (self.markdown or len(m.group(1)) <= 3):
                self.flush()
                offset = line.index(m.group(2)) if m.group(2) else len(line)
                self.heading(src + offset, m.group(2), len(m.group(1)))
                i += 1
                continue
            m = _SETEXT.match(line) or (None if self.markdown else _TILDE.match(line))
            numbered_title = (not self.markdown and self.para_kind == "list_item" and len(self.para) == 1
                              and self.para[0][1][:1].isdigit())  # "2. Lärande" underlined in plain text
            if m and self.para and (self.para_kind == "paragraph" or numbered_title) and len(self.para) <= 2:
                level = {"=": 1, "-": 2}.get(m.group(1)[0], 3)  # "~~~" under a title in plain text: a third level
                if len(self.para) == 2 and len(m.group(1)) >= len(self.para[0][1].rstrip()) - 2 and not self.markdown:
                    # the underline spans the first line too: a title wrapped over two lines
                    first, last = self.para
                    self.para = []
                    self.flush()
                    self._emit("heading", [first, last], level)
                else:
                    *before, last = self.para
                    self.para = before
                    self.flush()
                    self.heading(last[0], last[1], level)
                i += 1
                continue
            if _RULE.match(line):
                self.flush()
                self.blocks.append(Block(kind="rule", text="", span=Span(start=src, end=src + len(line))))
                i += 1
                continue
            if _TABLE_ROW.match(line) and line.rstrip().endswith("|"):
                self.flush()
                j = i
                while j < len(lines) and _TABLE_ROW.match(lines[j][1]):
                    j += 1
                self.table(lines[i:j])
                i = j
                continue
            if "\t" in line and not self.para:
                j = self._tab_table(lines, i)
                if j > i:
                    i = j
                    continue
            m = _BULLET.match(line)
            if m:
                self.flush()
                marker = m.group(2)
                ordered = marker[0].isalnum()
                # Ordered markers are kept in the text: "1." is a goal or section number.
                content_at = m.start(2) if ordered else m.end()
                self.para = [(src + content_at, line[content_at:])]
                self.para_kind = "list_item"
                self.para_level = _indent(m.group(1)) // 2
                self.item_indent = len(line[:m.end()].expandtabs(4))  # the column the item's text starts in
                i += 1
                continue
            if not self.markdown and self.para_kind == "list_item" and _indent(line) > self.item_indent:
                # "* Ett mål.\n    Uppfyllt. Förskolorna …": text indented under the item's own text is
                # a paragraph of its own (what is said about the item), not the item's continuation
                self.flush()
            self.para.append((src, line))
            i += 1
        self.flush()
        return self.blocks


def parse(text: str, markdown: bool) -> list[Block]:
    """Blocks of a decoded text. Pure; used by the readers and by tests."""
    return _Parser(text, markdown).parse()


_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:sida|s\.)\s*\d{1,3}(?:\s*(?:av|/)\s*\d{1,3})?|\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|/)\s*\d{1,3}))\s*$",
                          re.IGNORECASE)


def _page_furniture(text: str) -> tuple[str, list[Block]]:
    """A text with form feeds is paged: page numbers ("Sida 2 av 3") and a running header repeated at
    the top of the later pages are blanked out (same length, so source offsets hold) and kept as
    furniture blocks for metadata. Without form feeds the text is returned as it is."""
    if "\f" not in text:
        return text, []
    pages = text.split("\f")
    firsts = [next((ln.strip() for ln in page.splitlines() if ln.strip()), "") for page in pages]
    repeated = {f for f in firsts[1:] if f and firsts.count(f) >= 2}
    out, furniture, seen = [], [], set()
    for k, page in enumerate(pages):
        lines = page.split("\n")
        top = next((n for n, ln in enumerate(lines) if ln.strip()), None)
        for n, ln in enumerate(lines):
            stripped = ln.strip()
            if _PAGE_NUMBER.match(ln) or (k > 0 and n == top and stripped in repeated):
                if stripped not in seen and not _PAGE_NUMBER.match(ln):
                    furniture.append(Block(kind="paragraph", text=stripped, furniture=True))
                    seen.add(stripped)
                lines[n] = " " * len(ln.rstrip("\r")) + ("\r" if ln.endswith("\r") else "")
        out.append("\n".join(lines))
    return "\n".join(out), furniture


def _read(path: Path, data: bytes, sha: str, markdown: bool) -> Layout:
    try:
        text, encoding = decode(data)
    except UnreadableFile as exc:
        raise UnreadableFile(f"{path.name}: {exc.message}") from exc
    if not any(ch.isalpha() for ch in text):
        raise UnreadableFile(f"{path.name}: no text (the file holds no letters)")
    body, furniture = _page_furniture(text)
    blocks = parse(body, markdown) + furniture
    return Layout(
        source=str(path), sha256=sha, format="markdown" if markdown else "text",
        encoding=encoding, text=text, blocks=tuple(blocks),
    )


def read_text(path: Path, data: bytes, sha: str) -> Layout:
    return _read(path, data, sha, markdown=False)


def read_markdown(path: Path, data: bytes, sha: str) -> Layout:
    return _read(path, data, sha, markdown=True)
