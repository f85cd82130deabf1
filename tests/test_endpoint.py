"""The same questions, the same answers, on a real SPARQL server.

A real Oxigraph server (the `oxigraph` package from PyPI) is started on 127.0.0.1 with a temporary store
and a bounded lifetime; the graph is pushed to it with the Graph Store Protocol by `anatomy-kg push`, and
every question is asked of both backends."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

import anatomy_kg
from anatomy_kg.backends import EndpointError, RemoteBackend
from anatomy_kg.push import DEFAULT_GRAPH

LIFETIME_S = 600  # the server is killed after this, whatever happens to the test run

QUESTIONS = [
    "which L5-innervated muscles abduct the hip",
    "which muscles insert on the greater trochanter",
    "which muscles attach to the femur",
    "which muscles arise from the ischial tuberosity",
    "which muscles flex the knee",
    "which muscles of the posterior compartment of the thigh are supplied by S2",
    "which muscles are innervated by L4 and S1",
    "which muscles of the quadriceps are innervated by L3",
    "hip abductors",
    "which muscles laterally rotate the hip",
    "where does rectus femoris originate",
    "what does gluteus medius do",
    "what are the roots of gluteus medius",
    "what does biceps femoris do",
    "which nerve supplies TFL",
    "origin and insertion of piriformis",
    "what does the superior gluteal nerve supply",
    "what does the sciatic nerve supply",
    "what are the roots of the femoral nerve",
    "what are the roots of the sacral plexus",
    "which muscles are two-joint muscles",
    "what does the obturator nerve supply",
    "what does adductor magnus do",
    "which muscles insert on the lesser trochanter",
    "hip abduction and ankle dorsiflexion and great toe extension are weak, knee extension is normal",
    "which muscles are weak in a superior gluteal nerve injury",
    "what are the roots of the deep fibular nerve",
    "what are the antagonists of tibialis anterior",
    "what movements does the ankle joint allow",
    "greater trochanter",
    "ISNCSCI key muscles",
    "what does the lateral plantar nerve supply",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = Path(sys.executable).with_name("oxigraph")
    binary = str(binary) if binary.exists() else shutil.which("oxigraph")
    assert binary, "the oxigraph server is not installed (pip install '.[test]')"
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killer = threading.Timer(LIFETIME_S, process.kill)
    killer.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph did not start: {process.stderr.read().decode()[-500:]}")
            time.sleep(0.1)
    yield base
    killer.cancel()
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def pushed(server, cli_path):
    done = subprocess.run([cli_path, "push", "--endpoint", f"{server}/query"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return server


@pytest.fixture(scope="module")
def remote(pushed):
    return anatomy_kg.load(endpoint=f"{pushed}/query", graph=DEFAULT_GRAPH)


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
    assert embedded.results, question
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
