#!/usr/bin/env python3
"""Render the synthetic corpus documents and their gold annotations.

    python3 corpus/src/build.py        # from the repository root (any cwd works)

Reads texts.py and writes, for each of its documents, documents/<file> and
gold/<file>.json under corpus/. It never touches any other file there (the
seed document and its gold were copied by hand; see ../README.md). Standard
library only. The output is byte-for-byte reproducible: plain string
rendering, explicit encodings and line ends, bytes written as they are.
"""
from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
from texts import DOCS  # noqa: E402

TOC_WIDTH = 60
# A wrapped continuation line must not look like a label, a numbered heading or a
# list item: that would be a trap of the wrapping, not of the document.
LOOKS_STRUCTURAL = re.compile(
    r"^(\d{1,2}(\.\d+)*\.?\s|[-–*•]\s|#|(övergripande|mål|delmål|målsättning|resultat|"
    r"uppföljning|utfall|kommentar|måluppfyllelse|bedömning|status)\b)", re.I)


# ----------------------------------------------------------------------------- gold

def result_text(result) -> str | None:
    if result is None:
        return None
    if isinstance(result, list):
        return "\n".join(result)
    return result


def gold(doc: dict) -> dict:
    goals = [{"section": f"{sec['number']} {sec['title']}" if sec.get("number") else sec["title"],  # as printed
              "goal": g["goal"], "result": result_text(g["result"]),
              "status": g["status"]}
             for sec in doc["sections"] for g in sec["goals"]]
    return {"source": doc["file"], "synthetic": True,
            "municipality_code": doc["municipality_code"],
            "plan_period": doc["plan_period"], "date": doc["date"], "goals": goals}


def gold_bytes(doc: dict) -> bytes:
    return (json.dumps(gold(doc), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- rendering

class Renderer:
    """Turns one document description into lines. Chunks are separated by one blank line."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.chunks: list[list[str]] = []
        self.counters: dict[str, int] = {}

    # -- primitives

    def wrap(self, text: str, indent: str = "", first: str = "") -> list[str]:
        width = self.doc.get("wrap")
        if not width:
            return [first + text]
        lines = textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=indent,
                              break_long_words=False, break_on_hyphens=False)
        for line in lines[1:]:
            if LOOKS_STRUCTURAL.match(line[len(indent):]):
                raise ValueError(f"{self.doc['file']}: wrapped line looks structural: {line!r}")
        return lines

    def para(self, text: str) -> None:
        self.chunks.append(self.wrap(text))

    def heading(self, level: int, text: str) -> None:
        style = self.doc["heading_style"]
        if style == "md":
            lines = ["#" * level + " " + text]
        elif style == "setext":
            lines = [text, ("=" if level == 1 else "-") * len(text)]
        elif style == "plain":
            lines = [text]
        else:
            raise ValueError(f"unknown heading style {style!r}")
        if self.doc.get("spacious") and self.chunks:
            lines = [""] + lines
        self.chunks.append(lines)

    def block(self, block) -> None:
        if isinstance(block, str):
            self.para(block)
        elif block[0] == "h":
            self.heading(block[1], block[2])
        elif block[0] == "raw":
            self.chunks.append(list(block[1]))
        elif block[0] == "toc":
            lines = [block[1]]
            for indent, text, page in block[2]:
                left = "   " * indent + text + " "
                lines.append(left + "." * (TOC_WIDTH - len(left) - len(str(page)) - 1) + " "
                             + str(page))
            self.chunks.append(lines)
        else:
            raise ValueError(f"unknown block {block!r}")

    def labelled(self, label: str, text: str) -> None:
        """A label and its text: on one line, or (label_lines) the label alone above it."""
        if not label:
            self.para(text)
        elif self.doc.get("label_lines"):
            self.chunks.append([label] + self.wrap(text))
        else:
            self.chunks.append(self.wrap(label + " " + text))

    # -- goals

    def goal_label(self, goal: dict, section: dict, index: int) -> str:
        template = goal.get("label", self.doc["labels"]["goal"])
        if "{n}" in template:
            self.counters[template] = self.counters.get(template, 0) + 1
        number = (section.get("number") or "").rstrip(".")
        return template.format(n=self.counters.get(template, 0), i=index, s=number)

    def goal(self, goal: dict, section: dict, index: int) -> None:
        labels = self.doc["labels"]
        self.labelled(self.goal_label(goal, section, index), goal["goal"])
        result = goal["result"]
        if result is not None:
            parts = result if isinstance(result, list) else [result]
            if goal.get("bullets"):
                self.chunks.append([labels["result"]])
                items: list[str] = []
                for part in parts:
                    items += self.wrap(part, indent="  ", first="- ")
                self.chunks.append(items)
            else:
                self.labelled(labels["result"], parts[0])
                for part in parts[1:]:
                    self.para(part)
        if "mark" in goal:
            self.chunks.append(self.wrap(labels["mark"] + " " + goal["mark"]))

    def render(self) -> str:
        for block in self.doc["front"]:
            self.block(block)
        for section in self.doc["sections"]:
            number = section.get("number")
            self.heading(section["level"],
                         f"{number} {section['title']}" if number else section["title"])
            for block in section.get("intro", []):
                self.block(block)
            for i, goal in enumerate(section["goals"], 1):
                self.goal(goal, section, i)
        for block in self.doc["back"]:
            self.block(block)
        lines = [line for chunk in self.chunks for line in chunk + [""]][:-1]
        for line in lines:
            if "\n" in line or "\r" in line or line != line.rstrip():
                raise ValueError(f"{self.doc['file']}: bad line {line!r}")
        nl = self.doc["newline"]
        return nl.join(lines) + nl


def document_bytes(doc: dict) -> bytes:
    data = Renderer(doc).render().encode(doc["encoding"])  # strict: fails outside the charset
    encoding = doc["encoding"]
    if encoding == "cp1252" and not re.search(rb"[\x80-\x9f]", data):
        raise ValueError(f"{doc['file']}: cp1252 text should hold a byte that differs from Latin-1")
    if encoding == "iso-8859-1":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            raise ValueError(f"{doc['file']}: Latin-1 text is also valid UTF-8")
    n = sum(len(s["goals"]) for s in doc["sections"])
    if not 6 <= n <= 14:
        raise ValueError(f"{doc['file']}: {n} goals, expected 6-14")
    return data


def main() -> int:
    (CORPUS / "documents").mkdir(exist_ok=True)
    (CORPUS / "gold").mkdir(exist_ok=True)
    for doc in DOCS:
        data = document_bytes(doc)
        (CORPUS / "documents" / doc["file"]).write_bytes(data)
        (CORPUS / "gold" / (doc["file"] + ".json")).write_bytes(gold_bytes(doc))
        n = sum(len(s["goals"]) for s in doc["sections"])
        print(f"{doc['file']:58} {doc['encoding']:10} {n:3} goals {len(data):6} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
