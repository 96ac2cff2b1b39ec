"""Errors as data: every failure names its stage, so the manifest can say where."""
from __future__ import annotations


class PipelineError(Exception):
    """A document could not be processed. `stage` is read, segment, classify, enrich or write."""

    def __init__(self, stage: str, message: str, page: int | None = None, kind: str | None = None):
        super().__init__(message)
        self.stage = stage
        self.message = message
        self.page = page
        self.kind = kind or type(self).__name__


class UnsupportedFormat(PipelineError):
    def __init__(self, message: str):
        super().__init__("read", message, kind="UnsupportedFormat")


class UnreadableFile(PipelineError):
    def __init__(self, message: str, page: int | None = None):
        super().__init__("read", message, page=page, kind="UnreadableFile")
