"""`malkoll bench`: pages per second of the whole pipeline beside its baselines, in one process.

For each benchmark set (paragraph-style and table-style follow-ups, built
deterministically by pipeline.benchgen) it times, one after the other in the
same process:

- the whole pipeline (`process(path)`: read, segment, classify, enrich),
- pdfplumber `page.extract_text()` alone,
- pypdfium2 raw text (`get_text_range()`) alone,

and reports the ratios between them. Peak memory is measured for the
200-page document in a fresh child process (ru_maxrss), beside the peak of a
child that only imports the pipeline. Figures are ratios against baselines
run in the same process, so they compare across machines; the absolute pages
per second do not.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DIR = Path("tests/bench_data")


def _pages(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for p in paths:
        doc = pdfium.PdfDocument(str(p))
        total += len(doc)
        doc.close()
    return total


def time_pipeline(paths: list[Path]) -> float:
    from pipeline.stages import process

    start = time.perf_counter()
    for p in paths:
        process(p)
    return time.perf_counter() - start


def time_pdfplumber(paths: list[Path]) -> float:
    import pdfplumber

    start = time.perf_counter()
    for p in paths:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
    return time.perf_counter() - start


def time_pdfium(paths: list[Path]) -> float:
    import pypdfium2 as pdfium

    start = time.perf_counter()
    for p in paths:
        doc = pdfium.PdfDocument(str(p))
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        doc.close()
    return time.perf_counter() - start


def _child_peak_mb(code: str) -> float:
    """Peak resident memory (MB) of a fresh Python child running `code` (its own ru_maxrss)."""
    probe = code + "\nimport resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    return int(out.strip().splitlines()[-1]) / 1024.0  # Linux reports KiB


def peak_memory(path: Path) -> tuple[float, float]:
    """(peak MB importing the pipeline, peak MB processing `path`), each in a fresh child."""
    imports = _child_peak_mb("import pipeline.stages, pipeline.readers.pdf, pdfplumber, pypdfium2")
    full = _child_peak_mb(f"from pipeline.stages import process; process({str(path)!r})")
    return imports, full


STATEMENTS = Path("corpus/statements")


def statements_per_second() -> dict:
    """Result statements classified per second (rules + model, one process, one core).

    Every labelled statement of corpus/statements once per run (an empty cache each time), so the
    figure is not flattered by the per-text cache of the rule matcher; the best of three runs.
    """
    from pipeline.classify import default_classifier
    from pipeline.classify.nlp import status_nlp
    from pipeline.train import load_split

    items = [(s.result, s.field, s.goal) for path in sorted(STATEMENTS.glob("*.jsonl")) for s in load_split(path)]
    if not items:
        return {}
    classifier = default_classifier()
    classifier.statuses([("Målet är uppfyllt.", None), ("Arbetet pågår.", None)])  # warm up: load once
    rates = []
    for _ in range(3):  # the best of three: other processes on the machine only ever slow a run down
        status_nlp()._cache.clear()
        start = time.perf_counter()
        classifier.statuses(items)
        rates.append(len(items) / (time.perf_counter() - start))
    return {"statements": len(items), "classifier": classifier.name,
            "statements_per_s": round(max(rates), 1), "runs_per_s": [round(r, 1) for r in rates]}


def run(out_dir: Path = DEFAULT_DIR, memory: bool = True) -> dict:
    from pipeline.benchgen import build_bench_set

    sets = build_bench_set(out_dir)
    figures: dict = {"sets": {}}
    time_pipeline(sets["paragraph"][:1])  # warm up: imports, lexicons, compiled patterns
    for name in ("paragraph", "table"):
        paths = sets[name]
        pages = _pages(paths)
        t_pipe, t_plumber, t_pdfium = time_pipeline(paths), time_pdfplumber(paths), time_pdfium(paths)
        row = {
            "documents": len(paths), "pages": pages,
            "pipeline_pages_per_s": round(pages / t_pipe, 1),
            "pdfplumber_extract_text_pages_per_s": round(pages / t_plumber, 1),
            "pypdfium2_raw_text_pages_per_s": round(pages / t_pdfium, 1),
        }
        row["pipeline_vs_pdfplumber"] = round(row["pipeline_pages_per_s"] / row["pdfplumber_extract_text_pages_per_s"], 2)
        row["pipeline_vs_pypdfium2"] = round(row["pipeline_pages_per_s"] / row["pypdfium2_raw_text_pages_per_s"], 3)
        figures["sets"][name] = row
    figures["status"] = statements_per_second()
    if memory:
        long_doc = sets["long"][0]
        imports, full = peak_memory(long_doc)
        figures["memory"] = {"document": long_doc.name, "pages": _pages([long_doc]),
                             "peak_mb": round(full, 1), "peak_mb_imports_only": round(imports, 1)}
    return figures


def render(figures: dict) -> str:
    lines = [f"{'set':<10} {'docs':>4} {'pages':>5} {'pipeline':>9} {'pdfplumber':>11} {'pypdfium2':>10} "
             f"{'×pdfplumber':>12} {'×pypdfium2':>11}",
             f"{'':<10} {'':>4} {'':>5} {'pages/s':>9} {'pages/s':>11} {'pages/s':>10}"]
    for name, r in figures["sets"].items():
        lines.append(f"{name:<10} {r['documents']:>4} {r['pages']:>5} {r['pipeline_pages_per_s']:>9} "
                     f"{r['pdfplumber_extract_text_pages_per_s']:>11} {r['pypdfium2_raw_text_pages_per_s']:>10} "
                     f"{r['pipeline_vs_pdfplumber']:>12} {r['pipeline_vs_pypdfium2']:>11}")
    if figures.get("status"):
        st = figures["status"]
        lines.append(f"status classifier ({st['classifier']}): {st['statements_per_s']} result statements per second "
                     f"({st['statements']} statements, one process; best of three runs: "
                     f"{', '.join(str(r) for r in st['runs_per_s'])})")
    if "memory" in figures:
        m = figures["memory"]
        lines.append(f"peak memory, {m['pages']}-page document ({m['document']}): {m['peak_mb']} MB "
                     f"(a child that only imports the pipeline: {m['peak_mb_imports_only']} MB)")
    return "\n".join(lines)


def main(out_dir: Path, json_path: Path | None, memory: bool) -> int:
    figures = run(out_dir, memory=memory)
    print(render(figures))
    if json_path:
        json_path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0
