"""Colours: normalising fills to RGB, naming them, and reading a status through the legend.

The document's own legend decides ("Grön – uppnått", or a swatch beside
"delvis uppfyllt"); without a legend the usual traffic-light meaning is used,
with lower confidence.
"""
from __future__ import annotations

import colorsys
from typing import Iterable

import regex as re

RGB = tuple[int, int, int]

# colour word -> (hue range(s) in degrees, or None for achromatic), used to name fills
_NAMES = {
    "röd": [(345, 360), (0, 15)],
    "orange": [(15, 40)],
    "gul": [(40, 70)],
    "grön": [(70, 170)],
    "blå": [(170, 260)],
    "lila": [(260, 345)],
}
COLOUR_WORDS = {
    "röd": "röd", "rött": "röd", "röda": "röd", "orange": "orange", "gul": "gul", "gult": "gul", "gula": "gul",
    "grön": "grön", "grönt": "grön", "gröna": "grön", "blå": "blå", "blått": "blå", "lila": "lila",
    "grå": "grå", "grått": "grå", "vit": "vit", "svart": "svart",
    # traffic lights typed as emoji in web pages and text files
    "🟢": "grön", "🟡": "gul", "🟠": "orange", "🔴": "röd",
}
# glyphs that carry a traffic light by their colour ("●" in green); not "•", which bullets lists
STATUS_SYMBOLS = frozenset("●○◉◎⬤■□▪▫◆◇▲△▼▽★☆♦⚫⚪🔴🟢🟡🟠")


def only_symbols(text: str) -> bool:
    """A short text of status glyphs only ("●", "● ●")."""
    t = text.strip()
    return 0 < len(t) <= 3 and all(ch in STATUS_SYMBOLS or ch.isspace() for ch in t)


DEFAULT_MEANING = {"grön": "fulfilled", "gul": "partial", "orange": "partial", "röd": "not_fulfilled"}
_LEGEND_WORD = re.compile(r"(?<!\p{L})(" + "|".join(sorted(COLOUR_WORDS, key=len, reverse=True)) + r")(?!\p{L})\s*(?:[-–—=:]|\(|betyder|innebär)?\s*", re.IGNORECASE)


def to_rgb(colour) -> RGB | None:
    """A PDF/Word colour (gray, RGB or CMYK in 0-1, or '#rrggbb'/'rrggbb') as RGB 0-255."""
    if colour is None:
        return None
    if isinstance(colour, str):
        h = colour.strip().lstrip("#")
        if re.fullmatch(r"[0-9a-fA-F]{6}", h):
            return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))
        return None
    if isinstance(colour, (int, float)):
        colour = (colour,)  # pdfplumber gives a gray fill as a bare number
    try:
        values = [float(v) for v in colour]
    except (TypeError, ValueError):
        return None
    if any(v < 0 or v > 1 for v in values):
        return None
    if len(values) == 1:
        g = round(values[0] * 255)
        return (g, g, g)
    if len(values) == 3:
        return tuple(round(v * 255) for v in values)  # type: ignore[return-value]
    if len(values) == 4:
        c, m, y, k = values
        return (round(255 * (1 - c) * (1 - k)), round(255 * (1 - m) * (1 - k)), round(255 * (1 - y) * (1 - k)))
    return None


def is_blank(rgb: RGB | None) -> bool:
    return rgb is None or min(rgb) >= 245


def name(rgb: RGB) -> str:
    """The Swedish colour word for a fill: röd, orange, gul, grön, blå, lila, grå, vit, svart."""
    r, g, b = (v / 255 for v in rgb)
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    if l > 0.94:
        return "vit"
    if l < 0.12:
        return "svart"
    if s < 0.18 or (max(rgb) - min(rgb)) < 30:
        return "grå"
    deg = h * 360
    for word, ranges in _NAMES.items():
        if any(lo <= deg < hi for lo, hi in ranges):
            return word
    return "grå"


def distance(a: RGB, b: RGB) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5


_SENTENCE_END = re.compile(r"(?<=\p{Ll}{2})[.!?]\s+(?=\p{Lu})|\n\s*\n")


def legend_words(lines: Iterable[str]) -> list[tuple[str, str]]:
    """(colour word, meaning text) pairs written in text: "Grön – uppnått  Gul – delvis uppnått"."""
    out = []
    for line in lines:
        hits = list(_LEGEND_WORD.finditer(line))
        lone_ok = hits and (re.search(r"[-–—=:]", hits[0].group(0)) or (
            re.search(r"betyder|innebär", hits[0].group(0), re.I) and not line[:hits[0].start()].strip(" •*-–(")))
        if len(hits) < 2 and not lone_ok:
            continue  # a lone colour word in prose is not a legend; "Röd betyder att …" at a line's start is
        for hit, nxt in zip(hits, hits[1:] + [None]):
            meaning = line[hit.end():nxt.start() if nxt else len(line)]
            meaning = _SENTENCE_END.split(meaning, 1)[0].strip(" ,;.–-=:()")  # "… ej uppfyllt. Bedömningen …"
            if meaning and len(meaning.split()) <= 12:  # a legend's meanings are short; prose is not a legend
                out.append((COLOUR_WORDS[hit.group(1).lower()], meaning))
    return out


# glyphs a legend may explain ("● uppfyllt, ◐ delvis uppfyllt, ○ ej uppfyllt, – kan inte bedömas")
LEGEND_GLYPHS = "●◐◑◒◓◔◕○◯⬤◉◎✔✓✗✘✖✕■□◆◇▲△▼▽★☆–—"
_GLYPH_ENTRY = re.compile(r"(?:(?<=^|[\s,;(])|(?<=^[•*\s]*))([" + LEGEND_GLYPHS + r"])\s*(?:[=:]\s*|[-–]\s+)?(?=\p{L})")


def legend_symbols(lines: Iterable[str]) -> list[tuple[str, str]]:
    """(glyph, meaning) pairs of a symbol legend written in text: two or more glyphs, each followed by a
    short meaning, on one line, or a line that starts with a glyph and "=" ("✔ = genomfört")."""
    out = []
    for line in lines:
        hits = list(_GLYPH_ENTRY.finditer(line))
        if len([h for h in hits if h.group(1) not in "–—"]) < (1 if len(hits) >= 2 else 2):
            if not (len(hits) == 1 and hits[0].start() == len(line) - len(line.lstrip(" •*-"))
                    and re.search(r"[=:]", hits[0].group(0)) and hits[0].group(1) not in "–—"):
                continue
        for hit, nxt in zip(hits, hits[1:] + [None]):
            meaning = line[hit.end():nxt.start() if nxt else len(line)]
            meaning = _SENTENCE_END.split(meaning, 1)[0].strip(" ,;.=:()")
            if meaning and len(meaning.split()) <= 6:
                out.append((hit.group(1), meaning))
    return out


def _joined(text: str) -> str:
    """A block's lines as one line, except that a line starting with a colour word or a bullet starts a
    new entry ("Grön – uppnått" / "Gul – delvis uppnått" listed under each other)."""
    out = []
    for line in text.split("\n"):
        if out and not _LEGEND_WORD.match(line.strip(" •*-–")) and not re.match(r"\s*[•*\-–]\s", line):
            out[-1] += " " + line.strip()
        else:
            out.append(line.strip())
    return "\n".join(out)


def legend_entries(layout) -> tuple:
    """The document's colour legend: drawn swatches first, then colour words in the text."""
    from pipeline.schema import LegendEntry

    entries: dict[str, LegendEntry] = {}
    for swatch in layout.swatches:
        words = legend_words([swatch.text])
        meaning = words[0][1] if words else swatch.text.strip()
        colour = name(swatch.fill)
        entries.setdefault(f"{colour}{swatch.fill}", LegendEntry(colour=colour, fill=swatch.fill, text=meaning))
    # a paragraph's lines joined: a legend entry may wrap ("Röd = målet är" / "inte uppfyllt.")
    lines = [line for b in layout.blocks if not b.furniture and b.kind != "table" for line in _joined(b.text).split("\n")]
    lines += [c.text for b in layout.blocks if b.kind == "table" for row in b.rows for c in row if len(c.text) < 60]
    for colour, meaning in legend_words(lines):
        if not any(e.colour == colour for e in entries.values()):
            entries[colour] = LegendEntry(colour=colour, text=meaning)
    for glyph, meaning in legend_symbols(lines):
        entries.setdefault(f"symbol:{glyph}", LegendEntry(colour="symbol", symbol=glyph, text=meaning))
    return tuple(entries.values())


def colour_status(fill: RGB | None, legend, colour: str | None = None) -> tuple[str | None, float, str, str]:
    """(label, confidence, evidence, method) of a colour-only status through the legend.

    `fill` is the RGB of a cell or marker; `colour` a colour word written instead ("Grön").
    """
    colour = colour or name(fill)
    legend = [e for e in legend if e.label is not None]  # a coloured bullet in prose is no legend
    drawn = [e for e in legend if e.fill is not None] if fill is not None else []
    if drawn:
        best = min(drawn, key=lambda e: distance(e.fill, fill))
        if distance(best.fill, fill) <= 90:
            return best.label, 0.9, f"{colour} fyllning = {best.colour} i teckenförklaringen: {best.text}", "legend:swatch"
    worded = [e for e in legend if e.colour == colour]
    if worded:
        return worded[0].label, 0.85, f"{colour} = teckenförklaringen: {worded[0].text}", "legend:word"
    if colour in DEFAULT_MEANING and not legend:
        return DEFAULT_MEANING[colour], 0.6, f"{colour} (ingen teckenförklaring)", "colour:default"
    return None, 0.3, colour, "colour:unmapped"
