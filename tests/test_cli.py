"""The malkoll command: help, exit codes, manifest, atomic output, schema drift."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import COMMANDS, build_parser, main, schema_json

from conftest import ROOT, SEED

GOOD = "# Uppföljning av biblioteksplan 2016–2020\n\nAle kommun\n\n## Läsning\n\n**Mål:** Ett.\n\n**Resultat:** Målet är uppfyllt.\n\n2020-06-09\n"


def test_every_command_has_help_and_appears_in_readme(capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)
    for name, p in sub.choices.items():
        assert p.description and "Example" in p.description, name
        assert f"malkoll {name}" in readme, f"README does not show 'malkoll {name}'"
        with pytest.raises(SystemExit) as exit_:
            main([name, "--help"])
        assert exit_.value.code == 0
        assert name in capsys.readouterr().out


def test_run_writes_documents_and_manifest(write, tmp_path):
    write("a.md", GOOD)
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "a.md"), "--out", str(out), "-q"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    (entry,) = manifest["documents"]
    assert entry["status"] == "ok" and entry["output"] == "1440-a.json" and entry["goals"] == 1
    doc = json.loads((out / entry["output"]).read_text(encoding="utf-8"))
    assert doc["schema_version"] and doc["pipeline_version"]
    assert doc["document"]["municipality"]["code"] == "1440"
    assert doc["document"]["plan_period"] == {"start": 2016, "end": 2020, "evidence": "2016–2020"}
    goal = next(s for s in doc["sections"] if s["goals"])["goals"][0]
    assert goal["status"]["label"] == "fulfilled" and goal["status"]["method"].startswith("rule:")
    assert goal["provenance"]["source_sha256"] == entry["sha256"] and goal["result"]["provenance"]["span"]
    assert doc["summary"]["statuses"]["fulfilled"] == 1


def test_a_bad_file_does_not_stop_the_batch(write, tmp_path):
    write("a.md", GOOD)
    write("b.txt", b"\x00\x00binary\x00")
    write("c.pdf.txt", "")
    out = tmp_path / "out"
    code = main(["run", str(tmp_path / "a.md"), str(tmp_path / "b.txt"), str(tmp_path / "c.pdf.txt"),
                 str(tmp_path / "saknas.md"), "--out", str(out), "-q"])
    assert code == 1
    entries = {Path(e["source"]).name: e for e in json.loads((out / "manifest.json").read_text())["documents"]}
    assert entries["a.md"]["status"] == "ok"
    for name in ("b.txt", "c.pdf.txt", "saknas.md"):
        assert entries[name]["status"] == "error"
        assert entries[name]["error"]["stage"] == "read" and name in entries[name]["error"]["message"]
    assert sorted(p.name for p in out.iterdir()) == ["1440-a.json", "manifest.json"]  # no partial files


def test_folders_are_read_recursively(write, tmp_path):
    (tmp_path / "lan" / "kommun").mkdir(parents=True)
    (tmp_path / "lan" / "kommun" / "x.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "lan" / "bild.png").write_bytes(b"\x89PNG")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "lan"), "--out", str(out), "-q"]) == 0
    assert len(json.loads((out / "manifest.json").read_text())["documents"]) == 1


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["run", str(tmp_path / "tom-mapp"), "--out", str(tmp_path / "o")]) == 2
    (tmp_path / "tom").mkdir()
    assert main(["run", str(tmp_path / "tom"), "--out", str(tmp_path / "o")]) == 2
    with pytest.raises(SystemExit) as exit_:
        main(["run", "--jobs", "0"])
    assert exit_.value.code == 2
    assert main([]) == 2


def test_summary_line_on_stderr(write, tmp_path, capsys):
    write("a.md", GOOD)
    main(["run", str(tmp_path / "a.md"), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert "1 dokument: 1 ok, 0 fel · 1 mål · uppfyllt 1" in err


def test_parallel_run_gives_the_same_output(tmp_path):
    docs = ROOT / "corpus" / "documents"
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["run", str(docs), "--out", str(one), "-q"]) == 0
    assert main(["run", str(docs), "--out", str(two), "-q", "--jobs", "2"]) == 0
    for path in one.iterdir():
        assert path.read_bytes() == (two / path.name).read_bytes(), path.name


def test_show_prints_goals_and_statuses(capsys):
    assert main(["show", str(SEED), "--width", "100"]) == 0
    out = capsys.readouterr().out
    assert "Rum för lärande" in out and "uppfyllt" in out and "Planperiod: 2016–2020" in out
    assert "14 mål: uppfyllt 8, delvis 4, ej uppfyllt 2, okänt 0" in out


def test_show_reads_output_json(tmp_path, capsys):
    main(["run", str(SEED), "--out", str(tmp_path), "-q"])
    (doc,) = [p for p in tmp_path.iterdir() if p.name != "manifest.json"]
    assert main(["show", str(doc)]) == 0
    assert "Rum för möten" in capsys.readouterr().out


def test_committed_schema_matches_the_records():
    committed = (ROOT / "pipeline" / "schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "the JSON Schema drifted: run `make schema` and commit it on purpose"


def test_console_script_runs(tmp_path):
    exe = Path(sys.executable).parent / "malkoll"
    proc = subprocess.run([str(exe), "schema"], capture_output=True, text=True)
    assert proc.returncode == 0 and json.loads(proc.stdout)["title"] == "FollowUp"
