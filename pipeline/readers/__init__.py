"""Readers: one per format, behind one interface, chosen from a suffix mapping.

    layout = read(Path("uppfoljning.md"))

Every reader is a function `(path, data) -> Layout`. Nothing downstream of a
reader knows the input format.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from pipeline.errors import UnreadableFile, UnsupportedFormat
from pipeline.readers import docx, html, pdf, text
from pipeline.schema import Layout

Reader = Callable[[Path, bytes, str], Layout]

# suffix -> (format name, reader)
READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("text", text.read_text),
    ".text": ("text", text.read_text),
    ".md": ("markdown", text.read_markdown),
    ".markdown": ("markdown", text.read_markdown),
    ".pdf": ("pdf", pdf.read_pdf),
    ".docx": ("docx", docx.read_docx),
    ".html": ("html", html.read_html),
    ".htm": ("html", html.read_html),
    ".xhtml": ("html", html.read_html),
}


def supported_suffixes() -> list[str]:
    return sorted(READERS)


def read(path: Path) -> Layout:
    """Read one document into a Layout, or raise a PipelineError naming the problem."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        known = ", ".join(supported_suffixes())
        raise UnsupportedFormat(f"{path.name}: unsupported file type '{suffix or '(none)'}' (supported: {known})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"{path.name}: cannot be read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise UnreadableFile(f"{path.name}: the file is empty")
    sha = hashlib.sha256(data).hexdigest()
    _, reader = READERS[suffix]
    return reader(path, data, sha)
