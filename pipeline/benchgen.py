"""Deterministic benchmark set of synthetic follow-up PDFs for `malkoll bench`.

    from pipeline.benchgen import build_bench_set
    sets = build_bench_set(Path("bench"))
    # {"paragraph": [6 PDFs x 10 pages], "table": [4 PDFs x 12 pages], "long": [1 PDF, 200 pages]}

    python -m pipeline.benchgen OUT_DIR      # builds, prints files and page counts

Three kinds of document, all A4 and in Swedish, with real municipality names but
invented content (every title page says so):

- paragraph: dense running text, section headings, paragraphs that open with a bold
  "Mål:" and "Resultat:" paragraphs carrying one status sentence ("Målet är
  uppfyllt.", "Målet är delvis uppfyllt.", "Målet är inte uppfyllt.", "Arbetet
  pågår.", "Ej bedömt.") among 2-4 explanatory sentences;
- table: a ruled Mål | Resultat | Status table per section that runs across pages
  (header row repeated); in some documents the status is a filled colour instead of
  a word, explained by a legend line on the first page;
- long: one 200-page paragraph document.

Every page has a running header (municipality) and a footer "Sida N av M". Page
counts are exact: each document is laid out once to learn on which page each
goal ends, then rebuilt with the goals that fit.

The output is byte-identical across runs (reportlab's invariant mode, seeded
random.Random per document, no clock). A manifest, benchgen-manifest.json, holds
the generator version, the reportlab version, the font and each file's sha256,
pages and expected goal and status counts; a file whose hash matches is not
rebuilt, and everything is rebuilt when the version, reportlab or the font
changes.

Only the standard library is imported at module import; reportlab (optional
extra `malkoll[bench]`) is imported when something has to be built.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

__all__ = ["build_bench_set", "GENERATOR_VERSION", "MANIFEST_NAME"]

# Bump when anything that changes the bytes of a document changes.
GENERATOR_VERSION = "benchgen-2"
MANIFEST_NAME = "benchgen-manifest.json"
MISSING_REPORTLAB = "reportlab is needed for the benchmark set: pip install 'malkoll[bench]'"

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
DEJAVU = ("DejaVuSans", "DejaVuSans-Bold")
HELVETICA = ("Helvetica", "Helvetica-Bold")

# The labels the pipeline is expected to give, per status wording.
STATUS_SENTENCES = {
    "fulfilled": "Målet är uppfyllt.",
    "partial": "Målet är delvis uppfyllt.",
    "not_fulfilled": "Målet är inte uppfyllt.",
    "ongoing": "Arbetet pågår.",
    "unknown": "Ej bedömt.",
}
STATUS_WORDS = {
    "fulfilled": "Uppfyllt",
    "partial": "Delvis uppfyllt",
    "not_fulfilled": "Ej uppfyllt",
    "ongoing": "Pågår",
    "unknown": "Ej bedömt",
}
EXPECTED_LABEL = {"fulfilled": "fulfilled", "partial": "partial", "not_fulfilled": "not_fulfilled",
                  "ongoing": "partial", "unknown": "unknown"}
STATUS_WEIGHTS = (("fulfilled", 34), ("partial", 26), ("not_fulfilled", 16), ("ongoing", 14), ("unknown", 10))
# Colour fill for a status cell (RGB 0-1) and the legend text.
COLOURS = {
    "fulfilled": ((0.30, 0.69, 0.31), "Grön – uppfyllt"),
    "partial": ((0.96, 0.78, 0.10), "Gul – delvis uppfyllt"),
    "not_fulfilled": ((0.85, 0.26, 0.22), "Röd – ej uppfyllt"),
}


@dataclass(frozen=True)
class DocSpec:
    stem: str            # file name without .pdf
    bench_set: str       # "paragraph" | "table" | "long"
    municipality: str    # "Ale kommun"
    place: str           # "Ale", used in running text
    period: tuple[int, int]
    pages: int
    seed: int
    status_style: str = "words"  # tables: "words" | "colour" | "mixed"

    @property
    def layout(self) -> str:
        return "table" if self.bench_set == "table" else "paragraph"


SPECS: tuple[DocSpec, ...] = (
    DocSpec("paragraph-01-ale-kommun", "paragraph", "Ale kommun", "Ale", (2017, 2020), 10, 101),
    DocSpec("paragraph-02-boras-stad", "paragraph", "Borås stad", "Borås", (2018, 2021), 10, 102),
    DocSpec("paragraph-03-lulea-kommun", "paragraph", "Luleå kommun", "Luleå", (2019, 2022), 10, 103),
    DocSpec("paragraph-04-nacka-kommun", "paragraph", "Nacka kommun", "Nacka", (2020, 2023), 10, 104),
    DocSpec("paragraph-05-umea-kommun", "paragraph", "Umeå kommun", "Umeå", (2016, 2019), 10, 105),
    DocSpec("paragraph-06-vaxjo-kommun", "paragraph", "Växjö kommun", "Växjö", (2019, 2022), 10, 106),
    DocSpec("table-01-orebro-kommun", "table", "Örebro kommun", "Örebro", (2018, 2021), 12, 201, "words"),
    DocSpec("table-02-gavle-kommun", "table", "Gävle kommun", "Gävle", (2019, 2022), 12, 202, "colour"),
    DocSpec("table-03-sundsvalls-kommun", "table", "Sundsvalls kommun", "Sundsvall", (2020, 2023), 12, 203, "mixed"),
    DocSpec("table-04-jonkopings-kommun", "table", "Jönköpings kommun", "Jönköping", (2017, 2020), 12, 204, "colour"),
    DocSpec("long-01-malmo-stad", "long", "Malmö stad", "Malmö", (2016, 2023), 200, 301),
)
SETS = ("paragraph", "table", "long")

# ---------------------------------------------------------------------------
# Text bank. Explanatory sentences are kept free of status wording and of the
# status cues in pipeline/lexicon/status_rules.json, so that the one status
# sentence (or the status cell) decides the expected label.

THEMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Läsfrämjande", (
        "lässtunder för förskolegrupper", "bokcirklar för unga vuxna", "Bokstart-besök hos nyblivna föräldrar",
        "sommarlovsläsning för mellanstadiet", "högläsning på äldreboenden", "boksamtal i samarbete med skolan",
        "läsfrämjande insatser i bostadsområdena")),
    ("Digital delaktighet", (
        "digitala drop in-tider för äldre", "kurser i e-legitimation och Swish", "handledning i källkritik för vuxna",
        "lån av surfplattor till studerande", "programmeringsklubbar för barn", "stöd vid kontakter med e-tjänster")),
    ("Tillgänglighet och öppettider", (
        "meröppna bibliotek på filialerna", "talböcker till personer med läsnedsättning",
        "Boken kommer-service till hemmaboende", "en tillgänglighetsanpassad webbplats",
        "skyltning på lättläst svenska", "kvällsöppet på huvudbiblioteket")),
    ("Mötesplats och program", (
        "författarsamtal och föreläsningar", "språkcaféer för nyanlända", "utställningar med lokala konstnärer",
        "familjelördagar med skapande verksamhet", "debattkvällar inför valet", "lovaktiviteter för barn och unga")),
    ("Skolbibliotek och lärande", (
        "rutiner för medieförsörjning till skolorna", "fortbildning i informationssökning för lärare",
        "klassbesök med bokprat", "studieplatser för distansstuderande", "ett gemensamt skolbibliotekssystem",
        "läxhjälp i samarbete med Röda Korset")),
    ("Nationella minoriteter och flerspråkighet", (
        "medier på finska, meänkieli och samiska", "sagostunder på arabiska och somaliska",
        "en flerspråkig hylla för barn", "samarbete med den sverigefinska föreningen", "bokprat på lätt svenska",
        "information om biblioteket på tio språk")),
    ("Medier och bestånd", (
        "en ny medieplan", "inköp av lättlästa böcker", "gallring av äldre facklitteratur",
        "e-böcker och e-ljudböcker", "ett utökat bestånd av tidskrifter", "en lokalhistorisk samling")),
    ("Personal och kompetens", (
        "kompetensutveckling i bemötande", "en gemensam introduktion för nyanställda",
        "studiebesök på andra bibliotek", "utbildning i normkritisk mediehantering",
        "arbetsplatsträffar om verksamhetsutveckling")),
)
SUBJECTS = ("Biblioteket", "Huvudbiblioteket", "Barn- och ungdomsavdelningen", "Bokbussen", "Personalen på filialerna",
            "Skolbibliotekscentralen", "Den uppsökande verksamheten", "Kulturförvaltningen")
VERBS_PERFECT = ("har arrangerat", "har planerat", "har samordnat", "har utvecklat", "har prövat", "har byggt upp",
                 "har anordnat", "har marknadsfört")
VERBS_INF = ("erbjuda", "utveckla", "arrangera", "stärka arbetet med", "prioritera", "samordna")
ADVERBIALS = ("i samarbete med studieförbunden", "tillsammans med elevhälsan", "med stöd från Kulturrådet",
              "på huvudbiblioteket och filialerna", "med medel från satsningen Stärkta bibliotek",
              "på kvällstid och helger", "i dialog med föreningslivet", "i nära samarbete med skolorna")
HALVES = ("våren", "hösten", "sommaren", "första halvåret", "andra halvåret")
PARTNERS = ("studieförbunden", "Svenska kyrkan", "hembygdsföreningen", "Arbetsförmedlingen", "regionbiblioteket",
            "folkhögskolan", "kommunens integrationsenhet", "PRO och SPF Seniorerna", "Röda Korset",
            "vuxenutbildningen")
GROUPS = ("barn i förskoleåldern", "elever i årskurs 4–6", "unga vuxna", "äldre", "nyanlända",
          "personer med läsnedsättning", "föräldrar med små barn", "studerande på distans")
TOPICS = ("digital vägledning", "lättläst", "källkritik", "barnkonventionen", "tillgänglighet", "bemötande",
          "språkutvecklande arbetssätt")
PLACES = ("huvudbiblioteket", "filialerna", "barnavdelningen", "den nya studiehallen", "bokbussen")
PURPOSES = ("studier i grupp", "små barn och deras föräldrar", "tysta läsplatser", "programverksamhet",
            "personer med funktionsnedsättning")
MEDIA = ("barnböcker", "e-böcker", "ljudböcker", "lättlästa böcker", "medier på andra språk än svenska",
         "facklitteratur")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "september", "oktober", "november", "december")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class _Text:
    """Sentence composer over the bank; all randomness comes from one seeded Random."""

    def __init__(self, rng: random.Random, spec: DocSpec):
        self.r = rng
        self.place = spec.place
        self.y0, self.y1 = spec.period

    def c(self, seq):
        return self.r.choice(seq)

    def year(self) -> int:
        return self.r.randint(self.y0, self.y1)

    def goal(self, objects: tuple[str, ...]) -> str:
        r, o = self.r, self.c(objects)
        forms = (
            lambda: f"Biblioteket ska {self.c(VERBS_INF)} {o} {self.c(ADVERBIALS)}.",
            lambda: f"{self.c(SUBJECTS)} ska utveckla {o} så att fler invånare i {self.place} tar del av verksamheten.",
            lambda: f"Biblioteken i {self.place} ska prioritera {o} under planperioden.",
            lambda: f"Antalet deltagare i {o} ska öka med {r.randint(5, 40)} procent jämfört med {self.y0 - 1}.",
            lambda: f"Minst {r.randint(20, 80)} procent av invånarna i {self.place} ska känna till {o} "
                    f"senast {self.y1}.",
            lambda: f"{_cap(o)} ska finnas {self.c(ADVERBIALS)} senast {self.y1}.",
        )
        text = forms[r.randrange(len(forms))]()
        extra = r.random()
        if extra < 0.25:
            text += f" Insatserna ska i första hand riktas till {self.c(GROUPS)}."
        elif extra < 0.45:
            text += f" Arbetet ska ske i samverkan med {self.c(PARTNERS)}."
        elif extra < 0.55:
            text += " Målet hänger samman med kommunens strategi för kultur och fritid."
        return text

    def explanation(self, objects: tuple[str, ...]) -> str:
        r, o = self.r, self.c(objects)
        forms = (
            lambda: f"{self.c(SUBJECTS)} {self.c(VERBS_PERFECT)} {o} {self.c(ADVERBIALS)}.",
            lambda: f"Totalt deltog {r.randint(12, 2400)} personer i {o} under {self.year()}.",
            lambda: f"Besöksräkningen visar {r.randint(20, 400) * 1000 + r.randint(0, 999):,} besök under "
                    f"{self.c(HALVES)} {self.year()}.".replace(",", " "),
            lambda: f"Utlånen av {self.c(MEDIA)} uppgick till {r.randint(2, 180) * 1000 + r.randint(0, 999):,} "
                    f"under {self.year()}.".replace(",", " "),
            lambda: f"Enligt brukarenkäten {self.year()} ger besökarna bemötandet betyget {r.randint(3, 4)},"
                    f"{r.randint(0, 9)} på en femgradig skala.",
            lambda: "Erfarenheterna har diskuterats på arbetsplatsträffar och i biblioteksrådet.",
            lambda: f"Personalen har gått en utbildning i {self.c(TOPICS)} under {self.c(HALVES)} {self.year()}.",
            lambda: f"Nya kontakter har knutits med {self.c(PARTNERS)}.",
            lambda: "Insatsen har uppmärksammats i lokalpressen och på kommunens webbplats.",
            lambda: f"Lokalerna på {self.c(PLACES)} har anpassats för {self.c(PURPOSES)}.",
            lambda: f"Under pandemiåren ändrades formerna för {o}, och verksamheten flyttades tillfälligt ut "
                    f"i digitala kanaler.",
            lambda: f"{_cap(self.c(PARTNERS))} har bidragit med lokaler och marknadsföring.",
            lambda: f"Kostnaderna för {o} har finansierats inom ordinarie budget.",
            lambda: f"Biblioteket har tagit hjälp av {self.c(PARTNERS)} för att sprida information till "
                    f"{self.c(GROUPS)}.",
            lambda: f"Arbetet med {o} har dokumenterats i en intern rapport.",
            lambda: f"Medarbetarna på {self.c(PLACES)} har samordnat arbetet med {o}.",
            lambda: f"Intresset från {self.c(GROUPS)} har varit stort.",
            lambda: f"Målgruppen {self.c(GROUPS)} har bjudits in via skolor, föreningar och sociala medier.",
        )
        return forms[r.randrange(len(forms))]()

    def explanations(self, objects, lo: int, hi: int) -> list[str]:
        return [self.explanation(objects) for _ in range(self.r.randint(lo, hi))]

    def status(self) -> str:
        keys = [k for k, _ in STATUS_WEIGHTS]
        return self.r.choices(keys, weights=[w for _, w in STATUS_WEIGHTS])[0]

    def section_intro(self, objects) -> str:
        a, b = self.r.sample(objects, 2)
        return (f"Området omfattar bland annat {a} och {b}. Biblioteksplanen lyfter fram "
                f"{self.c(GROUPS)} som en prioriterad målgrupp inom området.")


# ---------------------------------------------------------------------------
# Document model: a list of units. A unit is the smallest thing the page cut may
# drop from the end (one goal with its result, or one table row); a section
# heading travels with the first unit of its section.

@dataclass
class _Unit:
    section: int
    heading: str | None = None     # set on the first unit of a section
    intro: str | None = None
    goal: str = ""
    result: list[str] = field(default_factory=list)  # sentences, status sentence included for paragraphs
    status: str = "unknown"        # key of STATUS_SENTENCES
    colour: bool = False           # table: status shown as a colour fill


def _heading(n: int, cycle: int, theme: str, rng: random.Random) -> str:
    if cycle == 0:
        return f"{n}. {theme}"
    return f"{n}. {theme}: {rng.choice(GROUPS)}"


def _units(spec: DocSpec, count: int) -> list[_Unit]:
    """The first `count` units of the document; a prefix of a longer call."""
    rng = random.Random(spec.seed)
    text = _Text(rng, spec)
    units: list[_Unit] = []
    section = 0
    while len(units) < count:
        theme, objects = THEMES[section % len(THEMES)]
        cycle = section // len(THEMES)
        heading = _heading(section + 1, cycle, theme, rng)
        if spec.layout == "table":
            n_units = rng.randint(5, 12)
            colour = {"words": False, "colour": True, "mixed": rng.random() < 0.5}[spec.status_style]
        else:
            n_units = rng.randint(3, 6)
            colour = False
        intro = text.section_intro(objects) if rng.random() < 0.6 else None
        for i in range(n_units):
            status = text.status()
            if spec.layout == "table":
                result = text.explanations(objects, 1, 3)
            else:
                result = text.explanations(objects, 2, 4)
                sentence = STATUS_SENTENCES[status]
                if rng.random() < 0.6:
                    result.insert(0, sentence)
                else:
                    result.append(sentence)
            units.append(_Unit(section=section, heading=heading if i == 0 else None,
                               intro=intro if i == 0 else None, goal=text.goal(objects), result=result,
                               status=status, colour=colour and status in COLOURS))
        section += 1
    return units[:count]


def _front_matter(spec: DocSpec) -> dict:
    rng = random.Random(spec.seed * 7919)
    y0, y1 = spec.period
    return {
        "title": f"Uppföljning av biblioteksplan {y0}–{y1}",
        "subtitle": f"{spec.municipality} – kultur- och fritidsnämnden",
        "meta": f"Dnr KFN {y1 + 1}/{rng.randint(20, 480)} · Fastställd i {rng.choice(MONTHS)} {y1 + 1}",
        "note": "Syntetiskt testdokument för Målkoll. Kommunnamnet är verkligt, innehållet är påhittat.",
        "intro": [
            f"Biblioteksplanen för {spec.municipality} gällde {y0}–{y1} och antogs av kommunfullmäktige i "
            f"{rng.choice(MONTHS)} {y0 - 1}. Den här uppföljningen beskriver hur biblioteken i {spec.place} har "
            f"arbetat med planens mål under perioden.",
            "Varje mål har bedömts av bibliotekschefen tillsammans med medarbetarna. Bedömningen anges för varje "
            "mål i anslutning till resultatredovisningen, och underlaget kommer från verksamhetsstatistik, "
            "brukarenkäter och dokumentation från verksamheten.",
        ],
    }


# ---------------------------------------------------------------------------
# reportlab side (imported lazily)

class _RL:
    """reportlab classes and the styles for one font family; created once per process."""
    _cache: dict[tuple[str, str], "_RL"] = {}

    @classmethod
    def get(cls, fonts: tuple[str, str]) -> "_RL":
        key = fonts
        if key not in cls._cache:
            cls._cache[key] = cls(fonts)
        return cls._cache[key]

    def __init__(self, fonts: tuple[str, str]):
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_LEFT
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Paragraph
        from reportlab.platypus import Spacer, Table, TableStyle

        self.colors, self.A4, self.mm = colors, A4, mm
        self.BaseDocTemplate, self.Frame, self.PageTemplate = BaseDocTemplate, Frame, PageTemplate
        self.Paragraph, self.Spacer, self.Table, self.TableStyle = Paragraph, Spacer, Table, TableStyle
        self.CondPageBreak = CondPageBreak
        self.regular, self.bold = _register_fonts(fonts)

        reg, bold = self.regular, self.bold
        self.styles = {
            "title": ParagraphStyle("title", fontName=bold, fontSize=20, leading=24, spaceAfter=6),
            "subtitle": ParagraphStyle("subtitle", fontName=reg, fontSize=12, leading=15, spaceAfter=2),
            "meta": ParagraphStyle("meta", fontName=reg, fontSize=9, leading=12, spaceAfter=2,
                                   textColor=colors.Color(0.3, 0.3, 0.3)),
            "h1": ParagraphStyle("h1", fontName=bold, fontSize=14, leading=17, spaceBefore=10, spaceAfter=5,
                                 keepWithNext=1),
            # Before a table: no keepWithNext, which would move heading and whole table to the next page;
            # a CondPageBreak keeps the heading off the bottom of a page instead.
            "h1-table": ParagraphStyle("h1-table", fontName=bold, fontSize=14, leading=17, spaceBefore=10,
                                       spaceAfter=5),
            "body": ParagraphStyle("body", fontName=reg, fontSize=10, leading=13, spaceAfter=5, alignment=TA_LEFT),
            "cell": ParagraphStyle("cell", fontName=reg, fontSize=8.5, leading=10.5),
            "cellhead": ParagraphStyle("cellhead", fontName=bold, fontSize=9, leading=11),
        }

        class Mark(Flowable):
            """Zero-size flowable after a unit; records on which page the unit ended."""

            def __init__(self, unit: int):
                super().__init__()
                self.bench_unit = unit

            def wrap(self, aw, ah):
                return 0, 0

            def draw(self):
                pass

        class Legend(Flowable):
            """One line: small filled squares, each followed by its meaning."""

            def __init__(self, font: str):
                super().__init__()
                self.font = font

            def wrap(self, aw, ah):
                self.width = aw
                return aw, 16

            def draw(self):
                c = self.canv
                x = 0
                c.setFont(self.font, 9)
                c.setFillColorRGB(0, 0, 0)
                c.drawString(x, 4, "Färgförklaring:")
                x += c.stringWidth("Färgförklaring:", self.font, 9) + 10
                for rgb, label in COLOURS.values():
                    c.setFillColorRGB(*rgb)
                    c.rect(x, 3, 8, 8, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                    c.drawString(x + 12, 4, label)
                    x += 12 + c.stringWidth(label, self.font, 9) + 18

        self.Mark, self.Legend = Mark, Legend

        class Doc(BaseDocTemplate):
            def __init__(self, *a, **kw):
                super().__init__(*a, **kw)
                self.unit_pages: dict[int, int] = {}

            def afterFlowable(self, fl):
                unit = getattr(fl, "bench_unit", None)
                if unit is not None:
                    self.unit_pages[unit] = self.page
                if isinstance(fl, Table):
                    for row in fl._cellvalues:
                        cell = row[0] if row else None
                        # reportlab wraps flowable cells in a tuple of flowables
                        for item in (cell if isinstance(cell, (list, tuple)) else (cell,)):
                            unit = getattr(item, "bench_unit", None)
                            if unit is not None:
                                self.unit_pages[unit] = self.page

        self.Doc = Doc


def _register_fonts(fonts: tuple[str, str]) -> tuple[str, str]:
    if fonts == HELVETICA:
        return fonts
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = fonts
    known = set(pdfmetrics.getRegisteredFontNames())
    for name in fonts:
        if name not in known:
            pdfmetrics.registerFont(TTFont(name, str(DEJAVU_DIR / f"{name}.ttf")))
    for b in (0, 1):
        for i in (0, 1):
            addMapping(regular, b, i, bold if b else regular)
    return regular, bold


def _font_choice() -> tuple[str, str]:
    if all((DEJAVU_DIR / f"{name}.ttf").is_file() for name in DEJAVU):
        return DEJAVU
    return HELVETICA


def _p(rl: _RL, text: str, style: str):
    return rl.Paragraph(text, rl.styles[style])


def _flowables(rl: _RL, spec: DocSpec, units: list[_Unit]) -> list:
    front = _front_matter(spec)
    story = [
        _p(rl, escape(front["title"]), "title"),
        _p(rl, escape(front["subtitle"]), "subtitle"),
        _p(rl, escape(front["meta"]), "meta"),
        _p(rl, escape(front["note"]), "meta"),
        rl.Spacer(1, 8),
    ]
    if spec.layout == "table" and spec.status_style != "words":
        story += [rl.Legend(rl.regular), rl.Spacer(1, 4)]
    story.append(_p(rl, "Inledning", "h1"))
    story += [_p(rl, escape(t), "body") for t in front["intro"]]

    if spec.layout == "paragraph":
        for k, u in enumerate(units):
            if u.heading:
                story.append(_p(rl, escape(u.heading), "h1"))
            if u.intro:
                story.append(_p(rl, escape(u.intro), "body"))
            story.append(_p(rl, "<b>Mål:</b> " + escape(u.goal), "body"))
            story.append(_p(rl, "<b>Resultat:</b> " + escape(" ".join(u.result)), "body"))
            story.append(rl.Mark(k))
        return story

    # table layout: one table per section, rows are units
    k = 0
    while k < len(units):
        section = units[k].section
        rows = []
        while k < len(units) and units[k].section == section:
            rows.append((k, units[k]))
            k += 1
        first = rows[0][1]
        story.append(rl.CondPageBreak(150))
        story.append(_p(rl, escape(first.heading or ""), "h1-table"))
        if first.intro:
            story.append(_p(rl, escape(first.intro), "body"))
        story.append(_table(rl, rows))  # nothing after the last row, or the page cut could overflow
    return story


def _table(rl: _RL, rows: list[tuple[int, _Unit]]):
    width = rl.A4[0] - 40 * rl.mm
    col = [width * 0.40, width * 0.44, width * 0.16]
    data = [[_p(rl, "Mål", "cellhead"), _p(rl, "Resultat", "cellhead"), _p(rl, "Status", "cellhead")]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, rl.colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), rl.colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for r, (k, u) in enumerate(rows, start=1):
        goal = _p(rl, escape(u.goal), "cell")
        goal.bench_unit = k
        if u.colour:
            status = ""
            style.append(("BACKGROUND", (2, r), (2, r), rl.colors.Color(*COLOURS[u.status][0])))
        else:
            status = _p(rl, escape(STATUS_WORDS[u.status]), "cell")
        data.append([goal, _p(rl, escape(" ".join(u.result)), "cell"), status])
    return rl.Table(data, colWidths=col, repeatRows=1, style=rl.TableStyle(style), hAlign="LEFT", spaceAfter=6)


def _render(rl: _RL, spec: DocSpec, units: list[_Unit], total_pages: int) -> tuple[bytes, dict[int, int], int]:
    """Lay out the units; returns (pdf bytes, unit -> page it ends on, number of pages)."""
    A4, mm = rl.A4, rl.mm
    left = right = 20 * mm
    top, bottom = 24 * mm, 22 * mm
    y0, y1 = spec.period
    header_right = f"Uppföljning av biblioteksplan {y0}–{y1}"
    reg = rl.regular

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(reg, 8.5)
        canvas.setFillColorRGB(0.25, 0.25, 0.25)
        y = A4[1] - 14 * mm
        canvas.drawString(left, y, spec.municipality)
        canvas.drawRightString(A4[0] - right, y, header_right)
        canvas.setLineWidth(0.4)
        canvas.line(left, y - 2.5 * mm, A4[0] - right, y - 2.5 * mm)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Sida {doc.page} av {total_pages}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = rl.Doc(buf, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
                 title=f"Uppföljning av biblioteksplan {y0}–{y1}", author=spec.municipality,
                 subject="Syntetiskt testdokument (Målkoll benchgen)", creator=f"Målkoll {GENERATOR_VERSION}",
                 invariant=1)
    frame = rl.Frame(left, bottom, A4[0] - left - right, A4[1] - top - bottom, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([rl.PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(_flowables(rl, spec, units))
    return buf.getvalue(), doc.unit_pages, doc.page


def _build_document(rl: _RL, spec: DocSpec) -> tuple[bytes, list[_Unit]]:
    """Exactly spec.pages pages: lay out more than enough, then keep the units that end by the last page."""
    per_page = 11 if spec.layout == "table" else 9
    count = spec.pages * per_page + 10
    while True:
        units = _units(spec, count)
        _, unit_pages, pages = _render(rl, spec, units, spec.pages)
        if len(unit_pages) != len(units):
            raise RuntimeError(f"benchgen: lost track of {len(units) - len(unit_pages)} units in {spec.stem}")
        if pages > spec.pages:
            break
        count *= 2
    keep = sum(1 for k in range(len(units)) if unit_pages[k] <= spec.pages)
    units = units[:keep]
    pdf, _, pages = _render(rl, spec, units, spec.pages)
    if pages != spec.pages:
        raise RuntimeError(f"benchgen: {spec.stem} came out with {pages} pages, wanted {spec.pages}")
    return pdf, units


# ---------------------------------------------------------------------------
# manifest and the public entry point

def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _read_manifest(out_dir: Path) -> dict:
    try:
        data = json.loads((out_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _describe(spec: DocSpec, units: list[_Unit], pdf: bytes) -> dict:
    labels = {"fulfilled": 0, "partial": 0, "not_fulfilled": 0, "unknown": 0}
    wording = {k: 0 for k in STATUS_SENTENCES}
    for u in units:
        labels[EXPECTED_LABEL[u.status]] += 1
        wording[u.status] += 1
    return {
        "set": spec.bench_set,
        "layout": spec.layout,
        "municipality": spec.municipality,
        "pages": spec.pages,
        "bytes": len(pdf),
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "goals": len(units),
        "sections": len({u.section for u in units}),
        "expected_statuses": labels,
        "status_wording": wording,
        "colour_cells": sum(u.colour for u in units),
    }


def _build(out_dir: Path) -> tuple[dict[str, list[Path]], dict, list[str]]:
    """Build what is missing or stale; returns (sets, manifest, stems rebuilt)."""
    out_dir = Path(out_dir)
    try:
        import reportlab
        rl_version = reportlab.Version
    except ImportError:
        reportlab, rl_version = None, None
    fonts = _font_choice()
    old = _read_manifest(out_dir)
    same_generator = (old.get("generator") == GENERATOR_VERSION and old.get("font") == fonts[0]
                      and (rl_version is None or old.get("reportlab") == rl_version))
    old_files = old.get("files", {}) if same_generator and isinstance(old.get("files"), dict) else {}

    sets: dict[str, list[Path]] = {s: [] for s in SETS}
    files: dict[str, dict] = {}
    rebuilt: list[str] = []
    todo: list[DocSpec] = []
    for spec in SPECS:
        path = out_dir / f"{spec.stem}.pdf"
        sets[spec.bench_set].append(path)
        entry = old_files.get(path.name)
        if entry and path.is_file() and entry.get("sha256") == _sha256(path):
            files[path.name] = entry
        else:
            todo.append(spec)

    if todo:
        if reportlab is None:
            raise RuntimeError(MISSING_REPORTLAB)
        from reportlab import rl_config
        out_dir.mkdir(parents=True, exist_ok=True)
        saved = rl_config.invariant
        rl_config.invariant = 1
        try:
            rl = _RL.get(fonts)
            for spec in todo:
                pdf, units = _build_document(rl, spec)
                path = out_dir / f"{spec.stem}.pdf"
                _write_atomic(path, pdf)
                files[path.name] = _describe(spec, units, pdf)
                rebuilt.append(spec.stem)
        finally:
            rl_config.invariant = saved

    manifest = {
        "generator": GENERATOR_VERSION,
        "reportlab": rl_version if rl_version is not None else old.get("reportlab"),
        "font": fonts[0],
        "files": {f"{spec.stem}.pdf": files[f"{spec.stem}.pdf"] for spec in SPECS},
    }
    if rebuilt or manifest != old:
        _write_atomic(out_dir / MANIFEST_NAME,
                      (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    return sets, manifest, rebuilt


def build_bench_set(out_dir: Path) -> dict[str, list[Path]]:
    """Build (or reuse) the benchmark PDFs in out_dir.

    Returns {"paragraph": [6 paths, 10 pages each], "table": [4 paths, 12 pages each],
    "long": [1 path, 200 pages]}. Files whose sha256 matches the manifest are kept.
    Raises RuntimeError when a file has to be built and reportlab is not installed.
    """
    sets, _, _ = _build(Path(out_dir))
    return sets


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        print("usage: python -m pipeline.benchgen OUT_DIR", file=sys.stderr)
        return 2
    out_dir = Path(argv[0])
    start = time.perf_counter()
    try:
        sets, manifest, rebuilt = _build(out_dir)
    except RuntimeError as e:
        print(f"benchgen: {e}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - start
    for name in SETS:
        pages = 0
        for path in sets[name]:
            entry = manifest["files"][path.name]
            pages += entry["pages"]
            state = "built" if path.stem in rebuilt else "kept"
            print(f"{name:9} {path}  {entry['pages']:3d} sidor  {entry['goals']:4d} mål  ({state})")
        print(f"{name:9} totalt {pages} sidor i {len(sets[name])} filer")
    print(f"{len(rebuilt)} byggda, {len(SPECS) - len(rebuilt)} oförändrade på {elapsed:.1f} s "
          f"(reportlab {manifest['reportlab']}, typsnitt {manifest['font']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
