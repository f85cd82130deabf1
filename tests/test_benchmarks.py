"""The benchmark command runs (at its tiny --quick size, so it cannot rot) and reports every figure the README
promises, with the machine's core count and each target met, missed or not measured. Nothing here asserts a
timing: the figures are only checked to be there and to be positive."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def test_the_benchmark_command_reports_every_section(tmp_path):
    out = tmp_path / "results.json"
    done = subprocess.run([sys.executable, str(BENCHMARKS / "run.py"), "--quick", "--out", str(out)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["environment"]["cores"] >= 1 and report["environment"]["quick"] is True
    assert report["load"]["cold_s"] > 0 and report["load"]["cold_peak_mb"] > 0 and report["load"]["warm_s"] > 0
    validate = report["validate"]
    assert validate["whole_s"] > 0 and validate["single_file_s"] > 0 and validate["single_file_cold_s"] > 0
    assert validate["pyshacl_before_whole_s"] > 0 and validate["ratio_whole_vs_pyshacl_before"] > 0
    assert validate["ratio_single_file_vs_pyshacl_before"] > 0 and len(validate["per_shape_s"]) == 8
    assert validate["pyshacl_core_only_s"] > 0
    assert "pyrudof_core_only_s" in validate or validate["pyrudof"].startswith("not measured")
    families = {f["family"] for f in report["ask"]["families"]}
    assert {"muscles", "muscle-facts", "lesion-localisation"} <= families and report["ask"]["cold_cli_median_s"] > 0
    scale = report["scale"]
    assert scale["sizes"] and scale["sizes"][0]["triples"] > scale["alone"]["triples"]
    assert set(scale["sizes"][0]["families_ms"]) == families and scale["validation"]
    for clients in ("1", "4"):
        servers = report["endpoint"][clients]["servers"]
        assert set(servers) == {"anatomy-kg", "oxigraph"} and all(s["errors"] == 0 for s in servers.values())
    assert len(report["targets"]) == 6 and all(t["met"] in (True, False) for t in report["targets"])
    assert "TARGETS" in done.stdout and f"{report['environment']['cores']} cores" in done.stdout


def test_ask_against_compares_two_trees_turn_about():
    """The same-run comparison with an earlier version (here the checkout against itself, so no git history
    is needed): every family is measured in both processes, each importing its own tree."""
    root = BENCHMARKS.parent
    done = subprocess.run([sys.executable, str(BENCHMARKS / "ask_against.py"), str(root), "--rounds", "2",
                           "--batch", "1", "--family", "lesion-effects", "--family", "synergists", "--json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert sorted(f["family"] for f in report["families"]) == ["lesion-effects", "synergists"]
    for family in report["families"]:
        assert family["answers"]["now"] == family["answers"]["before"] > 0
        assert family["now_ms"] > 0 and family["before_ms"] > 0 and family["ratio"] > 0


def test_ask_against_measures_a_cold_ask_in_new_processes():
    """--cold: each round starts one new process per tree that answers one question from the command line."""
    root = BENCHMARKS.parent
    done = subprocess.run([sys.executable, str(BENCHMARKS / "ask_against.py"), str(root), "--cold", "2", "--json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["rounds"] == 2 and report["now_ms"] > 0 and report["before_ms"] > 0 and report["ratio"] > 0


def test_serve_load_reads_the_server_s_memory_over_mixed_requests():
    """--memory: a real `anatomy-kg serve`, every kind of request answered, and an RSS read at each step."""
    done = subprocess.run([sys.executable, str(BENCHMARKS / "serve_load.py"), "--memory", "40", "--json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["errors"] == 0 and report["requests"] == 40 and len(report["rss_mb"]) == 11
    assert all(mb > 20 for _, mb in report["rss_mb"])   # the server and its workers, not an empty reading
