"""The anatomy-kg command as a user runs it: from outside the checkout, on the installed package."""

from __future__ import annotations

import json

import pytest
from kg_terms import iri
from phrasings import ANSWERED


def test_main_job_answers_the_l5_question(run_cli):
    done = run_cli("ask", "which L5-innervated muscles abduct the hip")
    assert done.returncode == 0, done.stderr
    for name in ("gluteus medius", "gluteus minimus", "tensor fasciae latae"):
        assert name in done.stdout
    assert "piriformis" not in done.stdout  # S1, S2 only


def test_json_output_has_question_query_and_results(run_cli):
    done = run_cli("ask", "--format", "json", "which L5-innervated muscles abduct the hip")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["question"] == "which L5-innervated muscles abduct the hip"
    assert answer["query"].lstrip().startswith("# Which muscles match")
    assert f"<{iri('segment', 'L5')}>" in answer["query"]
    assert answer["results"] and all({"iri", "label"} <= set(r) for r in answer["results"])
    assert all(r["iri"].startswith("https://w3id.org/anatomy-kg/muscle/") for r in answer["results"])


def test_csv_output(run_cli):
    done = run_cli("ask", "--format", "csv", "what does the superior gluteal nerve supply")
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "iri,label,via,roots" and len(lines) == 4


@pytest.mark.parametrize(
    "question, unknown, suggestion",
    [("what does the superior glutel nerve supply", "unknown term: 'superior glutel'", "superior gluteal nerve"),
     ("which muscles insert on the greater trochantr", "unknown term: 'greater trochantr'", "greater trochanter"),
     ("which muscles move the tongue", "'tongue' is a body part anatomy-kg does not hold yet", None)],
)
def test_unknown_term_is_a_clear_message_and_exit_2(run_cli, question, unknown, suggestion):
    done = run_cli("ask", question)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert unknown in done.stderr
    if suggestion:
        assert suggestion in done.stderr


def test_query_runs_a_file_a_named_query_and_stdin(run_cli, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>\n"
                  "SELECT (COUNT(?m) AS ?n) WHERE { ?m a akg:Muscle }\n")
    done = run_cli("query", str(rq), "--format", "csv")
    assert done.returncode == 0 and done.stdout.splitlines()[0] == "n"
    named = run_cli("query", "nerve-roots", "--bind", "nerve=femoral nerve", "--format", "json")
    bindings = json.loads(named.stdout)["results"]["bindings"]
    assert [b["label"]["value"] for b in bindings] == ["L2", "L3", "L4"]
    piped = run_cli("query", "-", stdin="ASK { ?s ?p ?o }")
    assert piped.stdout.strip() == "true"


def test_malformed_sparql_is_exit_2_without_traceback(run_cli):
    done = run_cli("query", "-", stdin="SELECT WHERE {")
    assert done.returncode == 2 and "SPARQL syntax error" in done.stderr and "Traceback" not in done.stderr


def test_validate_shipped_data(run_cli):
    done = run_cli("validate")
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith("OK")


def test_validate_reports_file_node_rule_and_exits_1(run_cli, tmp_path):
    bad = tmp_path / "bad-muscle.ttl"
    bad.write_text(
        "@prefix akg: <https://w3id.org/anatomy-kg/vocab/> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://w3id.org/anatomy-kg/muscle/new-muscle> a akg:Muscle ; skos:prefLabel "new muscle"@en .\n'
    )
    done = run_cli("validate", str(bad))
    assert done.returncode == 1
    lines = [x for x in done.stdout.splitlines() if "MuscleCompletenessShape" in x or "MuscleRootsShape" in x]
    # each missing field named on its own line, at the file and line that describe the muscle
    fields = ("origin", "insertion", "nerve", "root value", "action")
    assert sorted(lines) == sorted(
        x for x in lines for f in fields if x.startswith(f"bad-muscle.ttl:3: muscle:new-muscle has no {f}: "))
    assert len(lines) == 5
    as_json = json.loads(run_cli("validate", "--format", "json", str(bad)).stdout)
    assert as_json["conforms"] is False and as_json["violations"][0]["file"] == "bad-muscle.ttl"
    assert {p["message"].split(":")[0] for p in as_json["problems"]} == {f"has no {f}" for f in fields}


def test_validate_in_context_of_shipped_data(run_cli, tmp_path):
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix akg: <https://w3id.org/anatomy-kg/vocab/> .\n"
        "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        "[] a akg:Statement ; rdf:subject <https://w3id.org/anatomy-kg/muscle/piriformis> ;\n"
        "   rdf:predicate akg:segmentalInnervation ; rdf:object <https://w3id.org/anatomy-kg/segment/L2> ;\n"
        "   dcterms:source <https://w3id.org/anatomy-kg/source/kendall-5> .\n"
    )
    done = run_cli("validate", "--with-shipped-data", str(extra))
    assert done.returncode == 1
    assert "MyotomeWithinNerveRootsShape" in done.stdout and "segment:L2" in done.stdout


def test_turtle_syntax_error_names_file_and_line(run_cli, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix a: <http://example.org/> .\na:x a:y a:z .\na:x a:y .\na:q a:r a:s .\n")
    for command in (("validate", str(broken)), ("ask", "--data", str(broken), "--", "which muscles")):
        done = run_cli(*command)
        assert done.returncode == 2, command
        assert "broken.ttl:" in done.stderr and "Turtle syntax error" in done.stderr
        assert "Traceback" not in done.stderr
    assert "broken.ttl:3:" in run_cli("validate", str(broken)).stderr


def test_missing_file_is_exit_2(run_cli):
    done = run_cli("validate", "no-such-file.ttl")
    assert done.returncode == 2 and "no-such-file.ttl" in done.stderr


def test_queries_lists_named_queries(run_cli):
    done = run_cli("queries")
    assert "muscles" in done.stdout and "nerve-supplies" in done.stdout


def test_explain_shows_names_family_and_bound_values(run_cli):
    done = run_cli("ask", "--explain", "which L5-innervated muscles abduct the hip")
    head = done.stdout.split("\n\n")[0]
    assert "'abduct' = abduction (movement)" in head and "'hip' = hip joint (joint)" in head
    assert "family: muscles (queries/muscles.rq)" in head and "slot action: hip abduction" in head
    assert f"?root = <{iri('segment', 'L5')}>" in head and f"?action = <{iri('action', 'hip-abduction')}>" in head
    understood = json.loads(run_cli("ask", "--format", "json", "which muscles flex the knee").stdout)["understood"]
    assert "knee joint (joint)" in understood


def test_stats_reports_coverage_sourcing_mappings_and_disagreements(run_cli, graph):
    done = run_cli("stats", "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["muscles"] == report["complete_muscles"] and report["missing_fields"] == {}
    assert report["sourced_fraction"] == 1.0 and report["facts"] == report["sourced_facts"] > 0
    assert report["mappings"]["UBERON"]["exactMatch"] > 0
    assert report["root_disagreements"]["gluteus medius"]["Moore 8e"] == ["L5", "S1"]
    assert report["classes"]["spinal segment"] == 31
    # statements whose fibres are all non-motor, counted by rdflib's own engine over the files
    non_motor = {str(s) for (s,) in graph.query(
        "PREFIX akg: <https://w3id.org/anatomy-kg/vocab/> SELECT ?s WHERE { ?s akg:fibreType ?t ."
        " FILTER NOT EXISTS { ?s akg:fibreType akg:motor } }")}
    assert report["non_motor_statements"] == len(non_motor) > 0
    text = run_cli("stats").stdout
    assert "Root disagreements between sources" in text and "gluteus medius" in text


@pytest.mark.parametrize("case", list({p.family: p for p in reversed(ANSWERED)}.values()), ids=lambda p: p.family)
def test_every_family_prints_as_a_table_and_as_csv(run_cli, case):
    table = run_cli("ask", case.question)
    assert table.returncode == 0 and "Traceback" not in table.stderr, table.stderr
    expected = case.first or min(case.includes or case.exactly or {"(no results)"})
    if case.verdict is not None:   # a yes/no question: its verdict, said in a note
        expected = "Note: Yes:" if case.verdict else "Note: No:"
    assert expected in table.stdout   # a label the suite expects, or "(no results)" for an empty answer
    csv = run_cli("ask", "--format", "csv", case.question)
    assert csv.returncode == 0 and csv.stdout.splitlines()[0].startswith("iri,")


def test_a_file_checked_alone_that_names_shipped_nodes_is_told_to_check_with_the_shipped_data(run_cli, tmp_path):
    new = tmp_path / "new-origin.ttl"
    new.write_text(
        "@prefix akg: <https://w3id.org/anatomy-kg/vocab/> .\n"
        "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        "[] a akg:Statement ; rdf:subject <https://w3id.org/anatomy-kg/muscle/trapezius> ; rdf:predicate akg:origin ;\n"
        "    rdf:object <https://w3id.org/anatomy-kg/landmark/acromion> ;\n"
        "    dcterms:source <https://w3id.org/anatomy-kg/source/moore-coa-8> .\n")
    alone = run_cli("validate", str(new))
    assert alone.returncode == 1
    assert ("landmark:acromion is not defined in the files checked (the shipped data defines it: validate with"
            " --with-shipped-data)") in alone.stdout
    assert "did you mean landmark:acromion" not in alone.stdout


def test_a_question_does_not_import_the_teaching_libraries():
    """Building the command line and answering a question import neither networkx nor matplotlib: the teaching
    commands' choices live in curriculum/options.py (a cold `ask` paid about 95 ms for networkx before)."""
    import subprocess
    import sys

    script = ("import sys, contextlib, io\nfrom anatomy_kg import cli\n"
              "with contextlib.redirect_stdout(io.StringIO()):\n"
              "    code = cli.main(['ask', 'which muscles insert on the greater trochanter'])\n"
              "print(code, sorted(m for m in ('networkx', 'matplotlib', 'graphviz') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout.split("\n")[-2] == "0 []", done.stdout + done.stderr
