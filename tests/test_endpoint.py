"""The same questions, the same answers, on a real SPARQL server.

A real Oxigraph server (the `oxigraph` package from PyPI) is started on 127.0.0.1 with a temporary store
and a bounded lifetime; the graph is pushed to it with the Graph Store Protocol by `anatomy-kg push`, and
every question is asked of both backends."""

from __future__ import annotations

import json
import socket
import subprocess
from pathlib import Path

import pytest
import rdflib
from phrasings import ANSWERED
from servers import free_port

import anatomy_kg
from anatomy_kg.backends import EndpointError, RemoteBackend
from anatomy_kg.push import DEFAULT_GRAPH

# Beyond the question suite (tests/phrasings.py), a few more forms; every one must get the same answer,
# the same notes and the same query text on both backends.
QUESTIONS = [p.question for p in ANSWERED] + [
    'which muscles of the posterior compartment of the thigh are supplied by S2',
    'which muscles are innervated by L4 and S1',
    'which muscles of the quadriceps are innervated by L3',
    'hip abductors',
    'which muscles laterally rotate the hip',
    'what does biceps femoris do',
    'what are the roots of the sacral plexus',
    'what does the obturator nerve supply',
    'what does adductor magnus do',
    'which muscles insert on the lesser trochanter',
    'what does the lateral plantar nerve supply',
]


def test_push_reports_and_verifies_the_count(pushed, kg):
    rows = RemoteBackend(f"{pushed}/query").select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DEFAULT_GRAPH}> {{ ?s ?p ?o }} }}")
    assert rows[0]["n"] == kg.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]


def test_push_refuses_to_add_to_a_filled_graph_and_replaces_only_when_asked(pushed, cli_path):
    again = subprocess.run([cli_path, "push", "--endpoint", f"{pushed}/query"], capture_output=True, text=True)
    assert again.returncode == 2 and "already holds" in again.stderr and "--replace" in again.stderr
    replaced = subprocess.run([cli_path, "push", "--endpoint", f"{pushed}/query", "--replace"],
                              capture_output=True, text=True)
    assert replaced.returncode == 0, replaced.stderr
    assert replaced.stdout.split()[1] == replaced.stdout.split()[-1]  # "pushed N ... holds N"


@pytest.mark.parametrize("question", QUESTIONS)
def test_same_answer_on_both_backends(kg, remote, question):
    embedded, over_http = kg.ask(question), remote.ask(question)
    assert embedded.results or embedded.notes, question
    assert over_http.results == embedded.results
    assert over_http.notes == embedded.notes
    assert over_http.query == embedded.query


def test_api_filters_on_the_endpoint(kg, remote):
    assert remote.muscles(root="L5", action="hip abduction") == kg.muscles(root="L5", action="hip abduction")
    assert remote.nerve_roots("sciatic nerve") == kg.nerve_roots("sciatic nerve")


def test_cli_ask_and_query_on_the_endpoint(pushed, run_cli):
    local = json.loads(run_cli("ask", "--format", "json", "what does the superior gluteal nerve supply").stdout)
    done = run_cli("ask", "--format", "json", "--endpoint", f"{pushed}/query", "--graph", DEFAULT_GRAPH,
                   "what does the superior gluteal nerve supply")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"] == local["results"]
    rows = run_cli("query", "nerve-roots", "--bind", "nerve=femoral nerve", "--format", "json",
                   "--endpoint", f"{pushed}/query", "--graph", DEFAULT_GRAPH)
    assert [b["label"]["value"] for b in json.loads(rows.stdout)["results"]["bindings"]] == ["L2", "L3", "L4"]


def test_unreachable_endpoint_is_a_clear_error(run_cli):
    done = run_cli("ask", "--endpoint", f"http://127.0.0.1:{free_port()}/query", "which muscles flex the knee")
    assert done.returncode == 2 and "cannot reach" in done.stderr and "Traceback" not in done.stderr


def test_http_error_is_a_clear_error(server, run_cli):
    done = run_cli("ask", "--endpoint", f"{server}/no-such-service", "which muscles flex the knee")
    assert done.returncode == 2 and "anatomy-kg:" in done.stderr and "Traceback" not in done.stderr


def test_silent_endpoint_times_out():
    with socket.socket() as listener:  # accepts connections into its backlog but never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/query"
        with pytest.raises(EndpointError, match="no answer within 1 s"):
            RemoteBackend(url, timeout=1).select("ASK {}")


def test_an_endpoint_graph_is_the_endpoints_own(kg, remote, tmp_path, run_cli, pushed):
    """rdflib_graph() and construct() on an endpoint read the endpoint's graph, not the shipped files: on a
    server holding one triple, that triple; on the pushed server, the shipped graph's triples."""
    import urllib.request

    from servers import oxigraph_server

    with oxigraph_server(tmp_path / "store") as base:
        triple = "<https://example.org/a> <https://example.org/b> <https://example.org/c> ."
        request = urllib.request.Request(f"{base}/store?default", data=triple.encode(), method="POST",
                                         headers={"Content-Type": "application/n-triples"})
        urllib.request.urlopen(request, timeout=30).read()
        small = anatomy_kg.load(endpoint=f"{base}/query")
        assert [tuple(map(str, t)) for t in small.rdflib_graph()] == [
            ("https://example.org/a", "https://example.org/b", "https://example.org/c")]
        assert small.backend.ask("ASK { ?s ?p ?o }") is True
        exported = run_cli("export", "--part", "data", "--format", "nt", "--endpoint", f"{base}/query")
        assert exported.returncode == 0 and exported.stdout.strip() == triple
        listed = run_cli("crosswalks", "--format", "json", "--endpoint", f"{base}/query")
        # it holds no crosswalk: only the graph's own UBERON / FMA / Wikidata set is listed
        assert listed.returncode == 0 and [r["name"] for r in json.loads(listed.stdout)] == ["ontologies"]
    pushed_sets = run_cli("crosswalks", "--format", "json", "--endpoint", f"{pushed}/query", "--graph", DEFAULT_GRAPH)
    assert json.loads(pushed_sets.stdout) == json.loads(run_cli("crosswalks", "--format", "json").stdout)
    named = {t for t in remote.rdflib_graph() if not any(isinstance(x, rdflib.BNode) for x in t)}
    assert named == {t for t in kg.rdflib_graph() if not any(isinstance(x, rdflib.BNode) for x in t)}
    gm = "https://w3id.org/anatomy-kg/muscle/gluteus-medius"
    described = f"CONSTRUCT {{ <{gm}> ?p ?o }} WHERE {{ <{gm}> ?p ?o }}"
    assert len(remote.construct(described)) > 5 and set(remote.construct(described)) == set(kg.construct(described))


def test_export_of_an_endpoint_is_its_graph(run_cli, pushed):
    """Every part exported from the pushed endpoint holds the same named triples as the shipped export (the
    ontology part without the shapes, which are not pushed)."""
    def named(text: str) -> set:
        graph = rdflib.Graph().parse(data=text, format="nt")
        return {t for t in graph if not any(isinstance(x, rdflib.BNode) for x in t)}

    for part in ("data", "ontology", "obo"):
        shipped = run_cli("export", "--part", part, "--format", "nt")
        remote = run_cli("export", "--part", part, "--format", "nt", "--endpoint", f"{pushed}/query",
                         "--graph", DEFAULT_GRAPH)
        assert remote.returncode == 0, remote.stderr
        expected = named(shipped.stdout)
        if part == "ontology":   # the endpoint holds the vocabulary, not the SHACL shapes that check the data
            expected = {t for t in expected if not str(t[0]).startswith("https://w3id.org/anatomy-kg/shapes/")}
        assert named(remote.stdout) == expected and len(expected) > 100, part


def test_every_command_that_reads_the_graph_takes_a_store_selector(pushed, run_cli, tmp_path):
    """--store embedded | endpoint:URL | file:PATH: the same question on each store, and a store of files holds
    only those files (with the vocabulary)."""
    question = "what does the superior gluteal nerve supply"
    local = json.loads(run_cli("ask", "--format", "json", "--store", "embedded", question).stdout)["results"]
    remote = run_cli("ask", "--format", "json", "--store", f"endpoint:{pushed}/query", "--graph", DEFAULT_GRAPH,
                     question)
    assert remote.returncode == 0, remote.stderr
    assert json.loads(remote.stdout)["results"] == local
    data = Path(__file__).resolve().parent.parent / "data"
    lower_limb = f"{data / 'lower-limb'},{data / 'sources.ttl'}"   # a folder and a file
    files = run_cli("ask", "--format", "json", "--store", f"file:{lower_limb}", question)
    assert json.loads(files.stdout)["results"] == local   # the gluteal muscles are all in data/lower-limb
    no_arm = run_cli("ask", "--store", f"file:{lower_limb}", "what does the radial nerve supply")
    assert no_arm.returncode == 2 and "unknown term" in no_arm.stderr
    for command in (["stats", "--format", "json"], ["study-sets", "--format", "json"],
                    ["query", "nerve-roots", "--bind", "nerve=femoral nerve", "--format", "json"]):
        done = run_cli(*command, "--store", f"file:{lower_limb}")
        assert done.returncode == 0, (command, done.stderr)
    stats = json.loads(run_cli("stats", "--format", "json", "--store", f"file:{lower_limb}").stdout)
    assert "deltoid" not in stats["missing_fields"] and stats["muscles"] < json.loads(
        run_cli("stats", "--format", "json").stdout)["muscles"]
    for bad in ("nowhere", f"file:{tmp_path / 'missing'}", "endpoint:"):
        done = run_cli("ask", "--store", bad, question)
        assert done.returncode == 2 and done.stderr.startswith("anatomy-kg: ") and "Traceback" not in done.stderr


def test_push_copies_one_endpoint_s_graph_to_another(tmp_path, run_cli):
    """`push --from endpoint:URL` goes through the knowledge graph, so it can send what another endpoint holds,
    not only the shipped files."""
    import urllib.request

    from servers import oxigraph_server

    triple = "<https://example.org/a> <https://example.org/b> \"c\" ."
    with oxigraph_server(tmp_path / "from") as source, oxigraph_server(tmp_path / "to") as target:
        request = urllib.request.Request(f"{source}/store?default", data=triple.encode(), method="POST",
                                         headers={"Content-Type": "application/n-triples"})
        urllib.request.urlopen(request, timeout=30).read()
        done = run_cli("push", "--from", f"endpoint:{source}/query", "--endpoint", f"{target}/query")
        assert done.returncode == 0, done.stderr
        assert "pushed 1 triples" in done.stdout and "the store holds 1" in done.stdout
        copied = run_cli("export", "--part", "data", "--format", "nt", "--endpoint", f"{target}/query",
                         "--graph", DEFAULT_GRAPH)
        assert copied.returncode == 0 and copied.stdout.strip() == triple


def test_the_teaching_figures_are_the_same_from_an_endpoint(pushed, run_cli, tmp_path):
    """chart, territory, wiring and coverage read the graph they are given: from the pushed endpoint they
    draw exactly what they draw from the embedded graph."""
    syllabus = Path(__file__).resolve().parent / "data" / "readme" / "my-syllabus.csv"
    remote = ["--store", f"endpoint:{pushed}/query", "--graph", DEFAULT_GRAPH]
    for command, name in ((["chart", "--region", "thigh"], "chart.html"),
                          (["territory", "superior gluteal nerve"], "territory.html"),
                          (["wiring", "--plexus", "sacral"], "sacral.dot")):
        here = run_cli(*command, "-o", str(tmp_path / f"here-{name}"))
        there = run_cli(*command, *remote, "-o", str(tmp_path / f"there-{name}"))
        assert here.returncode == there.returncode == 0, there.stderr
        assert (tmp_path / f"here-{name}").read_text() == (tmp_path / f"there-{name}").read_text(), name
    here = run_cli("coverage", str(syllabus), "--format", "json")
    there = run_cli("coverage", str(syllabus), "--format", "json", *remote)
    assert there.returncode == 0 and json.loads(there.stdout) == json.loads(here.stdout)
