"""The `malkoll` command: a thin layer over the library.

Exit codes: 0 every document succeeded, 1 some failed (the rest are written),
2 usage error.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from pathlib import Path

from pipeline import __version__
from pipeline.batch import Progress, collect, run_batch
from pipeline.errors import PipelineError
from pipeline.schema import FollowUp

STATUS_SV = {"fulfilled": "uppfyllt", "partial": "delvis", "not_fulfilled": "ej uppfyllt", "unknown": "okänt"}
DEFAULT_INPUT = Path("corpus/documents")
DEFAULT_OUTPUT = Path("output")


def cmd_run(args: argparse.Namespace) -> int:
    """Read follow-ups and write one JSON per document plus manifest.json.

    Example:
        malkoll run corpus/documents --out output
        malkoll run uppfoljning.pdf plan.md --out /tmp/ut

    PATH may be files or folders (searched recursively for supported files).
    With no PATH, reads corpus/documents/ and writes output/.
    """
    paths = [Path(p) for p in args.paths] or [DEFAULT_INPUT]
    missing_dirs = [p for p in paths if not p.exists() and not p.suffix]
    if missing_dirs:
        print(f"malkoll: fel: finns inte: {', '.join(map(str, missing_dirs))}", file=sys.stderr)
        return 2
    files = collect(paths)
    if not files:
        print(f"malkoll: fel: inga dokument att läsa i {', '.join(map(str, paths))}", file=sys.stderr)
        return 2
    out = Path(args.out)
    progress = Progress(len(files), enabled=None if not args.quiet else False)
    manifest = run_batch(files, out, jobs=args.jobs, progress=progress)
    ok = [d for d in manifest.documents if d.status == "ok"]
    failed = [d for d in manifest.documents if d.status == "error"]
    totals = {k: sum(d.statuses.get(k, 0) for d in ok) for k in STATUS_SV}
    goals = sum(d.goals for d in ok)
    for d in failed:
        print(f"malkoll: {d.source}: {d.error.stage}: {d.error.message}", file=sys.stderr)
    if not args.quiet:
        counts = ", ".join(f"{STATUS_SV[k]} {v}" for k, v in totals.items())
        print(f"{len(manifest.documents)} dokument: {len(ok)} ok, {len(failed)} fel · {goals} mål · {counts} → {out}/manifest.json",
              file=sys.stderr)
    return 1 if failed else 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of the output, generated from the pydantic records.

    Example:
        malkoll schema > pipeline/schema.json
    """
    print(schema_json(), end="")
    return 0


def schema_json() -> str:
    return json.dumps(FollowUp.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n"


def cmd_show(args: argparse.Namespace) -> int:
    """Print one document's sections, goals and statuses as a table.

    Example:
        malkoll show corpus/documents/uppfoljning-biblioteksplan-2016-2020.md
        malkoll show output/1440-uppfoljning.json

    FILE is a follow-up document (it is processed) or an output JSON file.
    """
    path = Path(args.file)
    if not path.exists():
        print(f"malkoll: fel: {path}: finns inte", file=sys.stderr)
        return 2
    try:
        if path.suffix.lower() == ".json":
            followup = FollowUp.model_validate_json(path.read_text(encoding="utf-8"))
        else:
            from pipeline.stages import process
            followup = process(path)
    except PipelineError as exc:
        print(f"malkoll: {path}: {exc.stage}: {exc.message}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"malkoll: {path}: inte en Målkoll-fil: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    print(render(followup, width=args.width or shutil.get_terminal_size((100, 20)).columns))
    return 0


def render(followup: FollowUp, width: int = 100) -> str:
    d = followup.document
    lines = [d.title or followup.source.name]
    muni = f"{d.municipality.name} ({d.municipality.code})" if d.municipality else "–"
    period = f"{d.plan_period.start}–{d.plan_period.end}" if d.plan_period else "–"
    lines.append(f"Kommun: {muni} · Planperiod: {period} · Datum: {d.date or '–'}")
    if d.signatory:
        lines.append(f"Undertecknad: {d.signatory.name or '–'}, {d.signatory.role or '–'}")
    goal_w = max(30, width - 32)
    lines.append("")
    lines.append(f"{'#':>3}  {'Mål':<{goal_w}}  {'Status':<12} {'Säkerhet':>8}")
    lines.append("-" * min(width, goal_w + 28))
    for section in followup.sections:
        if not section.goals:
            continue
        lines.append(f"== {section.title or '(utan rubrik)'}")
        for goal in section.goals:
            label = STATUS_SV[goal.status.label] if goal.status else "?"
            conf = f"{goal.status.confidence:.2f}" if goal.status else ""
            wrapped = textwrap.wrap(goal.text, goal_w) or [""]
            lines.append(f"{goal.id.lstrip('g'):>3}  {wrapped[0]:<{goal_w}}  {label:<12} {conf:>8}")
            if len(wrapped) > 1:
                lines.append(f"{'':>3}  {wrapped[1]}{' …' if len(wrapped) > 2 else ''}")
            if goal.status and goal.status.evidence:
                lines.append(f"{'':>3}  ↳ {goal.status.method}: “{goal.status.evidence[:goal_w - 20]}”")
    s = followup.summary
    if s:
        lines.append("")
        lines.append(f"{s.goals} mål: " + ", ".join(f"{STATUS_SV[k]} {v}" for k, v in s.statuses.items()))
    return "\n".join(lines)


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the pipeline against gold annotations (goals, results, statuses, metadata).

    Example:
        malkoll eval --gold corpus/gold --docs corpus/documents -v

    The matching follows ../shared/eval/score.py. Prints one figure per line.
    """
    from pipeline.evaluate import evaluate
    from pipeline.stages import process
    gold, docs = Path(args.gold), Path(args.docs)
    if not gold.is_dir() or not docs.is_dir():
        print(f"malkoll: fel: --gold och --docs måste vara mappar ({gold}, {docs})", file=sys.stderr)
        return 2
    scores = evaluate(gold, docs, process)
    if args.verbose:
        for line in scores.mismatches:
            print("  " + line)
    for key, value in scores.figures.items():
        print(f"{key}: {value}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """Benchmark PDF reading: pages per second of the whole pipeline beside pdfplumber
    extract_text and pypdfium2 raw text, measured in one run, and peak memory for a
    200-page document; and the status classifier: labelled result statements of
    corpus/statements/ classified per second in one process (the best of three runs).

    Example:
        malkoll bench
        malkoll bench --data /tmp/bench --json bench.json

    The benchmark set (paragraph- and table-style follow-ups, 100+ pages, plus a
    200-page document) is generated deterministically into --data on first use.
    Needs reportlab (pip install 'malkoll[bench]').
    """
    from pipeline.bench import main as bench_main
    try:
        return bench_main(Path(args.data), Path(args.json) if args.json else None, memory=not args.no_memory)
    except RuntimeError as exc:
        print(f"malkoll: fel: {exc}", file=sys.stderr)
        return 2


def cmd_train(args: argparse.Namespace) -> int:
    """Train the status model on corpus/statements/train*.jsonl and dev.jsonl and write it to
    models/status/ with a meta.json: three bag-of-words textcats, one per view of the text (lemmas
    and rules; the same with word beginnings and endings; the word forms), whose probabilities are
    averaged. The epoch count is chosen by grouped cross-validation of the ensemble (each training
    file and dev held out in turn); test.jsonl is never read for training. Deterministic: a fixed
    seed. Takes about ten minutes on two cores.

    Example:
        malkoll train
        malkoll train --data corpus/statements --out models/status --seed 0
    """
    from pipeline.train import train
    data = Path(args.data)
    if not (data / "train.jsonl").exists() or not (data / "dev.jsonl").exists():
        print(f"malkoll: fel: {data} måste innehålla train.jsonl och dev.jsonl", file=sys.stderr)
        return 2
    meta = train(data, Path(args.out), seed=args.seed, epochs=args.epochs)
    print(f"modell sparad i {args.out}: {meta['train_items']} träningsexempel "
          f"({meta['train_dropped_near_duplicates']} nära dubbletter borttagna), "
          f"epok {meta['config']['chosen_epoch']} (korsvalidering: macro-F1 {meta['metrics']['cv_macro_f1']}, "
          f"dev-gruppen {meta['metrics']['dev_macro_f1']})")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Measure the status classifier (rules + model) on a split of labelled statements:
    per-class precision, recall and F1, macro-F1, confusion matrix, and how often
    each method (rule, model) decided.

    Example:
        malkoll evaluate                 # the held-out test split
        malkoll evaluate --split dev --errors
    """
    from pipeline.train import evaluate, render_evaluation
    path = Path(args.data) / f"{args.split}.jsonl"
    if not path.exists():
        print(f"malkoll: fel: {path} finns inte", file=sys.stderr)
        return 2
    report = evaluate(args.split, Path(args.data))
    print(render_evaluation(report, errors=args.errors))
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="malkoll",
        description="Målkoll reads Swedish library-plan follow-ups (Uppföljning av biblioteksplan) "
                    "and writes their goals, results and statuses as JSON.",
    )
    parser.add_argument("--version", action="version", version=f"malkoll {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, fn, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=fn.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=fn)
        return p

    run = add("run", cmd_run, "process documents into JSON and a manifest")
    run.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: corpus/documents)")
    run.add_argument("--out", default=str(DEFAULT_OUTPUT), metavar="DIR", help="output folder (default: output)")
    run.add_argument("--jobs", type=int, default=1, metavar="N", help="documents processed in parallel (default: 1)")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")

    add("schema", cmd_schema, "print the JSON Schema of the output")

    ev = add("eval", cmd_eval, "score the pipeline against gold annotations")
    ev.add_argument("--gold", default="corpus/gold", help="folder of gold JSON files (default: corpus/gold)")
    ev.add_argument("--docs", default="corpus/documents", help="folder of the documents (default: corpus/documents)")
    ev.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")

    bench = add("bench", cmd_bench, "benchmark PDF reading speed, memory and status classification speed")
    bench.add_argument("--data", default="tests/bench_data", metavar="DIR",
                       help="where the benchmark PDFs are built (default: tests/bench_data)")
    bench.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    bench.add_argument("--no-memory", action="store_true", help="skip the peak-memory measurement")

    tr = add("train", cmd_train, "train the status model (models/status/)")
    tr.add_argument("--data", default="corpus/statements", metavar="DIR", help="labelled statements (default: corpus/statements)")
    tr.add_argument("--out", default="models/status", metavar="DIR", help="where the model goes (default: models/status)")
    tr.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    tr.add_argument("--epochs", type=int, default=8, help="most epochs tried; cross-validation picks the count (default: 8)")

    evl = add("evaluate", cmd_evaluate, "measure the status classifier on labelled statements")
    evl.add_argument("--split", default="test", choices=("train", "dev", "test"), help="which split (default: test)")
    evl.add_argument("--data", default="corpus/statements", metavar="DIR", help="labelled statements (default: corpus/statements)")
    evl.add_argument("--errors", action="store_true", help="list every wrong statement")
    evl.add_argument("--json", metavar="FILE", help="also write the figures as JSON")

    show = add("show", cmd_show, "show one document's goals and statuses as a table")
    show.add_argument("file", metavar="FILE", help="a follow-up document or an output JSON file")
    show.add_argument("--width", type=int, default=0, help="table width (default: the terminal's)")
    return parser


COMMANDS = ("run", "schema", "show", "eval", "bench", "train", "evaluate")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    if getattr(args, "jobs", 1) < 1:
        parser.error("--jobs must be 1 or more")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
