"""HTML reader: the page's main content as blocks, the rest as furniture.

BeautifulSoup with lxml parses the page; the character set comes from the
document's own declaration, with detection as the fallback. Navigation,
breadcrumbs, cookie banners, menus, asides and footers are left out of the
content (their text stays available to metadata as furniture). The main
content is <main>, role=main or <article>, else the element with the most
paragraph text.
"""
from __future__ import annotations

from pathlib import Path

import regex as re

from pipeline.colour import STATUS_SYMBOLS, is_blank, only_symbols
from pipeline.errors import UnreadableFile
from pipeline.lexicon import load
from pipeline.readers.blocks import TextBuilder, legend_swatches
from pipeline.schema import Block, Cell, Layout, Style, Swatch

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "button", "form", "select", "input",
              "canvas", "video", "audio", "object", "img", "picture")
_BOILERPLATE_TAGS = ("nav", "aside", "footer", "header")
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog"}
_BOILERPLATE_NAMES = re.compile(
    r"(?:^|[-_\s])(?:cookie|consent|gdpr|breadcrumbs?|brodsmul\w*|skip|skiplink|share|dela|social|feedback|"
    r"enkat|survey|menu|meny|nav|navbar|navigation|sidebar|sidomeny|footer|sidfot|header|sidhuvud|banner|"
    r"toolbar|verktyg|lyssna|listen|readspeaker|rs_?skip|print|skriv-?ut|related|relaterat|puff|search|sok|"
    r"modal|popup|newsletter)(?:$|[-_\s])", re.IGNORECASE)
_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "dt", "dd", "pre", "figcaption"}
_INLINE = {"a", "span", "em", "i", "b", "strong", "small", "sup", "sub", "font", "label", "abbr", "code", "u", "mark"}
_CONTAINERS = {"div", "section", "article", "main", "body", "td", "th", "span", "center", "font"}


_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)""", re.IGNORECASE)


def _soup(data: bytes, name: str):
    """The parsed page and its encoding: the page's own declaration, else UTF-8, Windows-1252, Latin-1."""
    from bs4 import BeautifulSoup

    from pipeline.readers.text import decode

    declared = _DECLARED.search(data[:4096])
    try:
        if declared or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            soup = BeautifulSoup(data, "lxml")
            encoding = soup.original_encoding
        else:
            # no declaration: decide ourselves; generic detectors take Swedish Latin-1 for cp1250
            text, encoding = decode(data)
            soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # noqa: BLE001 - lxml raises several types on hostile input
        raise UnreadableFile(f"{name}: not readable as HTML ({exc})") from exc
    if soup.find() is None:
        raise UnreadableFile(f"{name}: not an HTML document")
    return soup, encoding


def _inside_boilerplate(tag, main) -> bool:
    """An ancestor of `tag` below `main` is boilerplate (its text is taken with that ancestor)."""
    parent = tag.parent
    while parent is not None and parent is not main:
        if _is_boilerplate(parent, inside_content=True):
            return True
        parent = parent.parent
    return False


def _is_boilerplate(tag, inside_content: bool) -> bool:
    if tag.name in _BOILERPLATE_TAGS:
        # a <header> or <footer> inside an article belongs to it (its title, its date)
        return not (inside_content and tag.name in ("header", "footer"))
    role = (tag.get("role") or "").lower()
    if role in _BOILERPLATE_ROLES:
        return True
    names = " ".join([tag.get("id") or ""] + list(tag.get("class") or []))
    if tag.get("aria-hidden") == "true" or tag.get("hidden") is not None:
        # a collapsed accordion panel in the content is content: it holds paragraphs or a table
        return not (inside_content and (tag.get("data-accordion-panel") or (
            tag.find(("p", "table", "li", "dd")) is not None and len(tag.get_text(" ", strip=True)) >= 80)))
    return bool(names.strip()) and bool(_BOILERPLATE_NAMES.search(names))


def _text_weight(tag) -> int:
    """Characters of paragraph-like text inside `tag`, links not counted."""
    total = 0
    for el in tag.find_all(("p", "li", "h2", "h3", "h4", "td")):
        text = el.get_text(" ", strip=True)
        links = sum(len(a.get_text(" ", strip=True)) for a in el.find_all("a"))
        total += max(0, len(text) - 2 * links)
    if total == 0:  # an old CMS page: bare text between <br> in a <div>, no paragraphs
        from bs4 import NavigableString
        total = sum(len(t.strip()) for t in tag.descendants if isinstance(t, NavigableString)
                    and t.parent.name in _CONTAINERS | {"b", "strong", "i", "em", "font"} and t.find_parent("a") is None)
    return total


def _main(soup):
    for candidate in (soup.find("main"), soup.find(attrs={"role": "main"})):
        if candidate is not None and _text_weight(candidate) > 0:
            return candidate
    articles = soup.find_all("article")
    if articles:
        best = max(articles, key=_text_weight)
        if _text_weight(best) > 200:
            return best
    body = soup.body or soup
    best, best_score = body, _text_weight(body) * 0.6
    for el in body.find_all(("div", "section")):
        score = _text_weight(el)
        if score > best_score and score >= 0.5 * _text_weight(body):
            best, best_score = el, score
    # the deepest container that still holds most of the text
    return best


def _inline_text(tag) -> str:
    """Text of a block element with <br> as a line break, nested lists left out."""
    from bs4 import NavigableString

    parts = []
    for node in tag.descendants:
        if isinstance(node, NavigableString):
            parent, nested = node.parent, False
            while parent is not None and parent is not tag:
                if parent.name in ("ul", "ol", "table"):
                    nested = True
                    break
                parent = parent.parent
            if nested:
                continue
            if type(node).__name__ in ("Comment", "Doctype", "CData", "ProcessingInstruction"):
                continue
            parts.append(str(node))
        elif node.name == "br":
            parts.append("\n")
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def _starts_bold(tag) -> bool:
    for node in tag.descendants:
        if getattr(node, "name", None) in ("strong", "b"):
            return True
        if isinstance(node, str) and node.strip():
            return False
    return False


# CSS colour names a traffic light is written with; any other colour is given as #hex or rgb()
_CSS_NAMES = {
    "green": (0, 128, 0), "darkgreen": (0, 100, 0), "forestgreen": (34, 139, 34), "limegreen": (50, 205, 50),
    "lime": (0, 255, 0), "seagreen": (46, 139, 87), "mediumseagreen": (60, 179, 113), "lightgreen": (144, 238, 144),
    "yellow": (255, 255, 0), "gold": (255, 215, 0), "khaki": (240, 230, 140), "orange": (255, 165, 0),
    "darkorange": (255, 140, 0), "red": (255, 0, 0), "darkred": (139, 0, 0), "crimson": (220, 20, 60),
    "firebrick": (178, 34, 34), "tomato": (255, 99, 71), "salmon": (250, 128, 114), "gray": (128, 128, 128),
    "grey": (128, 128, 128), "lightgray": (211, 211, 211), "lightgrey": (211, 211, 211),
}
_BACKGROUND = re.compile(r"(?:^|;)\s*background(?:-color)?\s*:\s*([^;]+)", re.IGNORECASE)
_FOREGROUND = re.compile(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.IGNORECASE)


def _css_colour(value: str | None) -> tuple[int, int, int] | None:
    """#rgb, #rrggbb, rgb(…) or a CSS colour name as RGB; None for anything else (or white)."""
    if not value:
        return None
    v = value.strip().lower().replace("!important", "").strip()
    rgb = None
    m = re.match(r"#([0-9a-f]{3}|[0-9a-f]{6})\b", v)
    if m:
        h = m.group(1) if len(m.group(1)) == 6 else "".join(ch * 2 for ch in m.group(1))
        rgb = (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))
    m = m or re.match(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})", v)
    if rgb is None and m:
        rgb = tuple(min(int(x), 255) for x in m.groups()[:3])
    if rgb is None:
        rgb = _CSS_NAMES.get(v.split()[0] if v.split() else "")
    return None if rgb is None or is_blank(rgb) else rgb


def _fill(tag) -> tuple[int, int, int] | None:
    """The background of an element (style or the old bgcolor attribute)."""
    m = _BACKGROUND.search(tag.get("style") or "")
    return _css_colour(m.group(1) if m else tag.get("bgcolor"))


def _cell_colour(cell, text: str) -> tuple[tuple[int, int, int] | None, str]:
    """(fill, text) of a table cell: its own background, an element inside it that is only a
    coloured patch, or a coloured symbol ("●" in green) that stands for the colour."""
    fill = _fill(cell)
    if fill is None:
        for el in cell.find_all(True):
            if not el.get_text(strip=True).replace("\u00a0", "") and (fill := _fill(el)):
                break
    if only_symbols(text):
        for el in [cell] + cell.find_all(True):
            m = _FOREGROUND.search(el.get("style") or "")
            colour = _css_colour(m.group(1) if m else el.get("color"))
            if colour is not None:
                return colour, ""  # the glyph is only the colour's carrier
    return fill, text


def _html_swatches(root) -> list[Swatch]:
    """Legend entries drawn as coloured patches or symbols in running text: "<span style=
    'background:#3fa34d'>&nbsp;</span> Uppnått"."""
    out = []
    for el in root.find_all(("span", "i", "b", "div", "font", "em", "strong")):
        if el.find_parent(("td", "th")):
            continue
        own = el.get_text(strip=True).replace("\u00a0", "")
        fill = _fill(el) if not own else None
        if fill is None and own and all(ch in STATUS_SYMBOLS for ch in own):
            m = _FOREGROUND.search(el.get("style") or "")
            fill = _css_colour(m.group(1) if m else el.get("color"))
        if fill is None:
            continue
        words = []
        for sib in el.next_siblings:
            name = getattr(sib, "name", None)
            if name is not None and (_fill(sib) or name in ("br", "p", "li", "div")):
                break
            words.append(sib.get_text(" ") if name else str(sib))
        text = " ".join(" ".join(words).split()).strip(" ,;:=–-")
        if text and len(text) <= 80:
            out.append(Swatch(fill=fill, text=text))
    return out


def _span(cell, attr: str) -> int:
    raw = str(cell.get(attr, "1")).strip()
    return max(int(raw), 1) if raw.isdigit() else 1


def _cell_text(cell) -> str:
    """A table cell's text: its own words, then its paragraphs and list items in order
    ("<p>Bokfestivalen har genomförts:</p><ul><li>2021 …</li></ul>"); paragraphs apart by a blank line."""
    parts: list[tuple[str, str]] = []
    own = _inline_text(_without(cell, ("p", "ul", "ol")))
    if own:
        parts.append(("own", own))
    for el in cell.find_all(("p", "li")):
        if el.name == "p" and el.find_parent("li") is not None:
            continue  # a paragraph inside a list item is the item's
        text = _inline_text(el)
        if text:
            parts.append((el.name, text))
    if not parts:
        return ""
    out = parts[0][1]
    for (kind_a, _), (kind_b, text) in zip(parts, parts[1:]):
        out += ("\n\n" if kind_a == kind_b == "p" else "\n") + text
    return out


def _without(tag, names: tuple[str, ...]):
    """A copy of `tag` without its descendants named `names`."""
    import copy

    clone = copy.copy(tag)
    for el in clone.find_all(names):
        el.decompose()
    return clone


def _table_notes(tag) -> list[Block]:
    """The rows of a table's <tfoot> ("Status: U = uppfyllt, D = delvis …", "Källa: …") as paragraphs."""
    out = []
    for foot in tag.find_all("tfoot"):
        if foot.find_parent("table") is tag:
            for tr in foot.find_all("tr"):
                text = " ".join(tr.get_text(" ", strip=True).split())
                if text:
                    out.append(Block(kind="paragraph", text=text))
    return out


def _table(tag) -> Block | None:
    """Rows of cells on the table's grid: a colspan leaves empty cells to its right, a rowspan
    leaves merged cells below it (empty, flagged `merged`), so the columns stay aligned."""
    rows = []
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    for tr in tag.find_all("tr"):
        if tr.find_parent("table") is not tag or tr.find_parent("tfoot") is not None:
            continue  # (a <tfoot> holds notes on the table, read after it: _table_notes)
        cells: list[Cell] = []

        def fill_pending() -> None:
            while pending.get(len(cells), 0) > 0:
                pending[len(cells)] -= 1
                cells.append(Cell(text="", merged=True))

        for cell in tr.find_all(("td", "th"), recursive=False):
            fill_pending()
            text = _cell_text(cell)
            fill, text = _cell_colour(cell, text)
            down = _span(cell, "rowspan") - 1
            for k in range(_span(cell, "colspan")):
                if down:
                    pending[len(cells)] = down
                cells.append(Cell(text=text, fill=fill) if k == 0 else Cell(text=""))
        fill_pending()
        if cells:
            rows.append(tuple(cells))
    if not rows:
        return None
    return Block(kind="table", text="\n".join(" | ".join(c.text for c in r) for r in rows), rows=tuple(rows))


# a status or colour word that an icon's alt text or title may carry: the same words as a status value
# printed on its own (lexicon labels.json, "status_value")
_ICON_WORDS = re.compile(load("labels")["status_value"]["pattern"], re.IGNORECASE)


def _status_icon(tag) -> str | None:
    """The alt text or title of an icon at the start of a block, when it is a status or colour word
    ("<img alt='Grön'>", "<span class='dot' title='Delvis uppnått'>"): text a reader sees, not markup."""
    for node in tag.descendants:
        name = getattr(node, "name", None)
        if name is None:
            if str(node).strip():
                return None  # text comes first: no leading icon
            continue
        word = (node.get("alt") or node.get("title") or "").strip() if name in ("img", "span", "i", "svg") else ""
        if word and _ICON_WORDS.match(word):
            return word
    return None


def _blocks(root) -> list[Block]:
    out: list[Block] = []

    def visit(tag, list_depth: int) -> None:
        line: list = []  # inline runs of a container's bare text, up to the next <br> or block

        def flush() -> None:
            text = " ".join("".join(p for p, _ in line).split())
            if text:
                out.append(Block(kind="paragraph", text=text, style=Style(bold=all(b for p, b in line if p.strip()))))
            line.clear()

        pending: list[str] = []  # a status dot before a card's title ("<span title='Uppnått'></span><h3>…")

        for child in tag.children:
            name = getattr(child, "name", None)
            if name is None:
                if tag.name in _CONTAINERS and type(child).__name__ == "NavigableString":
                    line.append((str(child), False))
                continue
            if name in _INLINE and (name in _DROP_TAGS or _is_boilerplate(child, inside_content=True)):
                continue
            marker = (child.get("title") or "").strip() if name in _INLINE and not child.get_text(strip=True) else ""
            if marker and _ICON_WORDS.match(marker):
                pending.append(marker)
                continue
            if tag.name in _CONTAINERS and name in _INLINE and child.find(_BLOCK_TAGS | {"ul", "ol", "hr", "br"}) is None:
                # "<b>Mål 1:</b> Alla förskolor …<br />": one line of an old CMS page
                line.append((_inline_text(child).replace("\n", " "), name in ("b", "strong")))
                continue
            flush()
            if name == "br" or name in _DROP_TAGS or _is_boilerplate(child, inside_content=True):
                continue
            if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                text = _inline_text(child).replace("\n", " ")
                if text:
                    out.append(Block(kind="heading", text=text, level=int(name[1]), style=Style(bold=True)))
                    out.extend(Block(kind="paragraph", text=word) for word in pending)  # the card's verdict
                    pending.clear()
            elif name == "summary":  # an accordion's title: a heading one level below the one it sits under
                text = _inline_text(child).replace("\n", " ")
                if text:
                    above = next((b.level for b in reversed(out) if b.kind == "heading"), 1)
                    out.append(Block(kind="heading", text=text, level=min(above + 1, 6), style=Style(bold=True)))
            elif name == "table":
                block = _table(child)
                if block is not None:
                    out.append(block)
                out.extend(_table_notes(child))
            elif name in ("ul", "ol"):
                visit(child, list_depth + 1)
            elif name == "li":
                text = _inline_text(child)
                if text:
                    out.append(Block(kind="list_item", text=text, level=max(list_depth - 1, 0),
                                     style=Style(bold=_starts_bold(child))))
                for sub in child.find_all(("ul", "ol"), recursive=False):
                    visit(sub, list_depth + 1)
                for sub in child.find_all(("table",), recursive=False):
                    visit_one(sub, list_depth)
            elif name == "blockquote" and child.find(("p", "ul", "ol", "table")) is not None:
                start = len(out)
                visit(child, list_depth)  # a quotation of paragraphs: each of them quoted
                out[start:] = [b.model_copy(update={"style": b.style.model_copy(update={"quote": True})}) for b in out[start:]]
            elif name in ("p", "blockquote", "dt", "dd", "pre", "figcaption", "address"):
                badge = _status_icon(child)
                if badge:  # "<dd><img alt='Gul'> Litteratursamtal har startats …": the verdict, then the text
                    out.append(Block(kind="paragraph", text=badge))
                text = _inline_text(child)
                if text:
                    out.append(Block(kind="paragraph", text=text,
                                     style=Style(bold=_starts_bold(child), quote=name == "blockquote")))
            elif name == "hr":
                out.append(Block(kind="rule", text=""))
            elif child.find(_BLOCK_TAGS | {"ul", "ol", "hr"}) is not None:
                visit(child, list_depth)
            else:
                text = _inline_text(child)
                if text and name not in ("a", "span", "em", "i", "small", "sup", "sub", "label"):
                    out.append(Block(kind="paragraph", text=text, style=Style(bold=_starts_bold(child))))
                elif text and name in ("strong", "b", "span", "em", "a") and tag.name in _CONTAINERS:
                    out.append(Block(kind="paragraph", text=text, style=Style(bold=name in ("strong", "b"))))
        flush()

    def visit_one(tag, list_depth: int) -> None:
        block = _table(tag)
        if block is not None:
            out.append(block)

    visit(root, 0)
    return out


def read_html(path: Path, data: bytes, sha: str) -> Layout:
    soup, encoding = _soup(data, path.name)
    meta: dict[str, str] = {}
    if soup.title and soup.title.get_text(strip=True):
        meta["title"] = soup.title.get_text(" ", strip=True)
    for m in soup.find_all("meta"):
        key = (m.get("name") or m.get("property") or "").lower()
        if key in ("description", "og:title", "og:site_name", "author", "dc.publisher", "dcterms.modified",
                   "dcterms.created", "article:published_time", "publisher") and m.get("content"):
            meta[key] = m["content"].strip()
    for tag in soup.find_all(attrs={"aria-controls": True}):
        panel = soup.find(id=tag["aria-controls"])
        if panel is not None:
            panel["data-accordion-panel"] = "1"  # the panel a button opens is content, hidden or not
    for tag in soup.find_all("button"):
        if tag.find_parent(("h1", "h2", "h3", "h4", "h5", "h6", "summary", "dt")):
            tag.unwrap()  # an accordion's title: "<h3><button aria-expanded>Mål 1.1 …</button></h3>"
    for tag in soup.find_all(("img", "svg")):
        word = (tag.get("alt") or tag.get("title") or tag.get("aria-label") or "").strip()
        if word and _ICON_WORDS.match(word):  # a status icon: its words survive as a marker _status_icon reads
            marker = soup.new_tag("span", attrs={"title": word, "class": "status-icon"})
            tag.replace_with(marker)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    main = _main(soup)
    # boilerplate around the content: text kept for metadata, never goals
    furniture = []
    around = {id(t) for t in main.parents} | {id(t) for t in main.descendants} | {id(main)}
    for tag in soup.find_all(True):
        if getattr(tag, "decomposed", False) or id(tag) in around:
            continue
        if _is_boilerplate(tag, inside_content=False):
            text = " ".join(tag.get_text(" ", strip=True).split())
            if text:
                furniture.append(Block(kind="paragraph", text=text[:2000], furniture=True))
            tag.decompose()
    for tag in main.find_all(True):
        # an aside or fact box inside the content ("Beslutad 2023-02-07"): metadata, never goals
        if _is_boilerplate(tag, inside_content=True) and not _inside_boilerplate(tag, main):
            text = "\n".join(" ".join(line.split()) for line in tag.get_text("\n", strip=True).splitlines() if line.strip())
            if text:
                furniture.append(Block(kind="paragraph", text=text[:2000], furniture=True))
    builder = TextBuilder()
    swatches = _html_swatches(main)
    blocks = [builder.place(b) for b in _blocks(main)]
    if not blocks:
        raise UnreadableFile(f"{path.name}: the page holds no readable text")
    for block in blocks:
        if block.rows:
            swatches += legend_swatches(block)
    return Layout(source=str(path), sha256=sha, format="html", encoding=encoding, text=builder.text,
                  blocks=tuple(blocks + furniture), meta=meta, swatches=tuple(swatches))
