"""`anatomy-kg serve`, started for real on 127.0.0.1: the SPARQL 1.1 Protocol through SPARQLWrapper (the
whole question suite gets the embedded store's answers), content negotiation, dereferenceable entity IRIs,
/ask, the published files, and the refusals: updates, malformed queries, a query past the time limit and a
result past the size cap. Then a short load test on loopback."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib
from phrasings import ANSWERED
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

import anatomy_kg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

GM = "https://w3id.org/anatomy-kg/muscle/gluteus-medius"
SGN = "https://w3id.org/anatomy-kg/nerve/superior-gluteal"
INNERVATED_BY = "https://w3id.org/anatomy-kg/vocab/innervatedBy"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def get(url: str, accept: str | None = None, data: bytes | None = None, content_type: str | None = None):
    headers = {k: v for k, v in (("Accept", accept), ("Content-Type", content_type)) if v}
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("content-type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("content-type", ""), exc.read()


@pytest.fixture(scope="module")
def over_http(served):
    return anatomy_kg.load(endpoint=f"{served}/sparql")


@pytest.mark.parametrize("case", ANSWERED, ids=[p.question for p in ANSWERED])
def test_the_question_suite_gets_the_same_answers_over_the_endpoint(kg, over_http, case):
    embedded, remote = kg.ask(case.question), over_http.ask(case.question)
    assert (remote.family, remote.results, remote.notes) == (embedded.family, embedded.results, embedded.notes)


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_select_results_in_every_format(served, kg, fmt):
    client = SPARQLWrapper(f"{served}/sparql")
    client.setQuery(COUNT)
    client.setReturnFormat(fmt)
    result = client.query().convert()
    expected = kg.select(COUNT)[0]["n"]
    if fmt == JSON:
        assert int(result["results"]["bindings"][0]["n"]["value"]) == expected
    elif fmt == XML:
        assert result.getElementsByTagName("literal")[0].firstChild.data == str(expected)
    else:
        text = result.decode() if isinstance(result, bytes) else result
        rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == CSV else "\t"))
        assert rows[0][0].lstrip("?") == "n" and rows[1][0].split("^^")[0].strip('"') == str(expected)


@pytest.mark.parametrize("accept, parse_as", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                               ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_construct_by_content_negotiation(served, accept, parse_as):
    query = f"CONSTRUCT {{ <{GM}> ?p ?o }} WHERE {{ <{GM}> ?p ?o }}"
    status, media, body = get(f"{served}/sparql?query={urllib.parse.quote(query)}", accept)
    assert status == 200 and media.startswith(accept)
    graph = rdflib.Graph().parse(data=body, format=parse_as)
    assert (rdflib.URIRef(GM), rdflib.URIRef(INNERVATED_BY), rdflib.URIRef(SGN)) in graph


def test_post_forms_of_the_protocol(served):
    for data, content_type in ((COUNT.encode(), "application/sparql-query"),
                               (urllib.parse.urlencode({"query": COUNT}).encode(),
                                "application/x-www-form-urlencoded")):
        status, media, body = get(f"{served}/sparql", "application/sparql-results+json", data, content_type)
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"].isdigit()


@pytest.mark.parametrize("accept, parse_as", [("text/turtle", "turtle"), ("application/ld+json", "json-ld")])
def test_entity_iris_dereference_for_machines(served, accept, parse_as):
    status, media, body = get(f"{served}/muscle/gluteus-medius", accept)
    assert status == 200 and media.startswith(accept)
    graph = rdflib.Graph().parse(data=body, format=parse_as)
    assert (rdflib.URIRef(GM), rdflib.URIRef(INNERVATED_BY), rdflib.URIRef(SGN)) in graph
    sources = {str(o) for s in graph.subjects(rdflib.RDF.subject, rdflib.URIRef(GM))
               for o in graph.objects(s, rdflib.URIRef("http://purl.org/dc/terms/source"))}
    assert "https://w3id.org/anatomy-kg/source/kendall-5" in sources


def test_entity_iris_dereference_for_people(served):
    status, media, body = get(f"{served}/muscle/gluteus-medius", "text/html,application/xhtml+xml;q=0.9")
    page = body.decode()
    assert status == 200 and media.startswith("text/html")
    assert "<h1>gluteus medius</h1>" in page and "glute med" in page
    assert 'href="/nerve/superior-gluteal"' in page and "Kendall 5e" in page
    assert 'href="http://purl.obolibrary.org/obo/UBERON_0001371"' in page
    missing = get(f"{served}/muscle/gluteus-medios", "text/html")
    assert missing[0] == 404 and "gluteus medius" in missing[2].decode()


def test_ask_over_http_is_the_json_of_the_command(served, run_cli):
    question = "what does the superior gluteal nerve supply"
    status, media, body = get(f"{served}/ask?q={urllib.parse.quote(question)}")
    assert status == 200 and media.startswith("application/json")
    assert json.loads(body) == json.loads(run_cli("ask", "--format", "json", question).stdout)
    status, _, body = get(f"{served}/ask?q={urllib.parse.quote('what does the superior glutel nerve supply')}")
    assert status == 400 and "superior gluteal nerve" in json.loads(body)["suggestions"]


def test_the_search_page_answers_and_links_to_entities(served):
    status, _, body = get(f"{served}/search?q={urllib.parse.quote('which muscles insert on the lesser trochanter')}")
    page = body.decode()
    assert status == 200 and 'href="/muscle/iliacus"' in page and 'href="/muscle/psoas-major"' in page


def test_published_files(served):
    status, media, body = get(f"{served}/dataset", "text/turtle")
    assert status == 200 and "void:triples" in body.decode()
    status, media, body = get(f"{served}/context.jsonld")
    assert status == 200 and "innervatedBy" in json.loads(body)["@context"]
    status, media, body = get(f"{served}/mappings.sssom.tsv")
    assert status == 200 and "UBERON:0001371" in body.decode() and "glmed1_r" not in body.decode()
    status, media, body = get(f"{served}/mappings/opensim-rajagopal2015.sssom.tsv")
    assert status == 200 and "rajagopal2015:glmed1_r" in body.decode() and "UBERON:0001371" not in body.decode()
    status, media, body = get(f"{served}/mappings/hpo-weakness.sssom.tsv")
    assert status == 200 and "HP:0012515" in body.decode()
    status, media, body = get(f"{served}/mappings/nowhere.sssom.tsv")
    assert status == 404 and "unknown mapping set" in body.decode()


@pytest.mark.parametrize("how", ["form", "body", "get", "as-query"])
def test_updates_are_refused_and_change_nothing(served, kg, how):
    update = f"INSERT DATA {{ <{GM}> <{INNERVATED_BY}> <https://example.org/nerve> }}"
    url, data, content_type = f"{served}/sparql", None, None
    if how == "form":
        data, content_type = urllib.parse.urlencode({"update": update}).encode(), "application/x-www-form-urlencoded"
    elif how == "body":
        data, content_type = update.encode(), "application/sparql-update"
    elif how == "get":
        url += "?update=" + urllib.parse.quote(update)
    else:
        url += "?query=" + urllib.parse.quote(update)
    status, _, body = get(url, data=data, content_type=content_type)
    assert status == 403 and b"read-only" in body
    status, _, body = get(f"{served}/sparql?query={urllib.parse.quote(COUNT)}", "application/sparql-results+json")
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == kg.select(COUNT)[0]["n"]


def test_a_malformed_query_gets_400_with_the_parsers_message(served):
    status, _, body = get(f"{served}/sparql?query={urllib.parse.quote('SELECT ?x WHERE { ?x ?y }')}")
    assert status == 400 and b"SPARQL syntax error" in body and b"error at" in body


def test_a_result_past_the_cap_is_refused(served):
    status, _, body = get(f"{served}/sparql?query={urllib.parse.quote('SELECT * WHERE { ?s ?p ?o }')}")
    assert status == 422 and b"more than 5000 rows" in body and b"LIMIT" in body


def test_a_query_past_the_time_limit_is_stopped_and_the_endpoint_recovers(served):
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    status, _, body = get(f"{served}/sparql?query={urllib.parse.quote(heavy)}")
    assert status == 503 and b"time limit of 3 s" in body and time.monotonic() - started < 20
    status, _, _ = get(f"{served}/sparql?query={urllib.parse.quote(COUNT)}")
    assert status == 200


def test_concurrent_clients_see_no_errors(served, kg):
    """A bounded load test: 4 client processes asking the suite's SPARQL for 5 s (the code of
    benchmarks/serve_load.py, which measures it properly against Oxigraph). The test requires no errors;
    throughput and latency are printed, not asserted."""
    import serve_load

    texts = [kg.ask(p.question).query for p in ANSWERED if p.family in ("muscles", "nerve-supplies", "site")][:12]
    report = serve_load.load(f"{served}/sparql", None, texts, clients=4, seconds=5)
    assert report["errors"] == 0, report["error_examples"]
    assert report["queries"] > 20
    print(f"\n4 clients, 5 s: {report['throughput_qps']:.0f} queries/s, p50 {report['p50_ms']:.1f} ms, "
          f"p99 {report['p99_ms']:.1f} ms")


ENTITIES = """SELECT ?entity (SAMPLE(COALESCE(?pref, ?plain)) AS ?label) WHERE {
    ?entity ?p ?o .
    OPTIONAL { ?entity <http://www.w3.org/2004/02/skos/core#prefLabel> ?pref }
    OPTIONAL { ?entity <http://www.w3.org/2000/01/rdf-schema#label> ?plain }
    FILTER (STRSTARTS(STR(?entity), "https://w3id.org/anatomy-kg/"))
} GROUP BY ?entity"""


def test_every_entity_page_of_every_kind_is_served(served, kg):
    """Each node of the graph's namespace (muscles, segments, sources, vocabulary terms...) has its page for
    people, with its name as the heading, and its description for machines, naming it."""
    failures, kinds = [], set()
    for row in kg.select(ENTITIES):
        path = row["entity"].removeprefix("https://w3id.org/anatomy-kg/")
        kinds.add(path.split("/")[0])
        status, _, body = get(f"{served}/{path}", "text/html")
        heading = re.search(r"<h1>(.*?)</h1>", body.decode())
        if status != 200 or not heading or html.unescape(heading[1]) != row.get("label", row["entity"]):
            failures.append((path, "html", status))
        status, _, body = get(f"{served}/{path}", "text/turtle")
        if status != 200 or rdflib.URIRef(row["entity"]) not in set(rdflib.Graph().parse(data=body).all_nodes()):
            failures.append((path, "ttl", status))
    assert {"muscle", "segment", "nerve", "joint", "action", "source", "vocab", "landmark"} <= kinds
    assert failures == []


@pytest.fixture
def listener():
    """A TCP listener on 127.0.0.1 that counts the connections it receives and answers each with an error
    page holding a secret, as an internal service might."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    connections, stop = [], threading.Event()

    def serve():
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except OSError:
                continue
            connections.append(client.recv(1000))
            client.sendall(b"HTTP/1.1 500 Oops\r\nContent-Length: 14\r\n\r\ninternal-secret")
            client.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", connections
    stop.set()
    thread.join(2)
    server.close()


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ service SILENT\n<{url}/x> {{ ?s ?p ?o }} }}",
    "PREFIX e: <{url}/> SELECT * WHERE {{ SERVICE e:x {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p 'x' . \\u0053ERVICE <{url}/x> {{ ?s ?p ?o }} }}",
    "SELECT * FROM <{url}/g> WHERE {{ ?s ?p ?o }} LIMIT 1",
    "SELECT * FROM NAMED <{url}/g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}",
    "LOAD <{url}/g>",
])
def test_no_query_makes_the_endpoint_fetch_anything(served, listener, template):
    url, connections = listener
    query = template.format(url=url)
    for how in ("get", "post"):
        if how == "get":
            status, _, body = get(f"{served}/sparql?query={urllib.parse.quote(query)}")
        else:
            status, _, body = get(f"{served}/sparql", data=query.encode(), content_type="application/sparql-query")
        assert b"internal-secret" not in body and b"Error" not in body and b"OSError" not in body
        assert status in (200, 403), body
    time.sleep(0.3)
    assert connections == []


def test_a_federated_query_is_refused_with_the_reason(served):
    status, _, body = get(f"{served}/sparql?query=" + urllib.parse.quote(
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }"))
    assert status == 403 and b"does not federate" in body
    ok = get(f"{served}/sparql?query=" + urllib.parse.quote("SELECT ?service WHERE { ?service ?p 'SERVICE' }"))
    assert ok[0] == 200


# about a second of work on this graph: every muscle against every triple, six times over, counted
SLOW = ("PREFIX akg: <https://w3id.org/anatomy-kg/vocab/> SELECT (COUNT(*) AS ?n) WHERE {"
        " VALUES ?k { 1 2 3 4 5 6 } ?a a akg:Muscle . ?b ?p ?c }")


def test_a_slow_request_does_not_delay_a_fast_one(served):
    """A slow query (about a second; /dataset was one, until it was made fast) is still running when a question
    asked after it is answered, since queries, pages and /ask run off the event loop."""
    import threading

    finished = []

    def fetch(path):
        status, _, _ = get(served + path)
        finished.append((path, status))

    slow_path = "/sparql?query=" + urllib.parse.quote(SLOW)
    slow = threading.Thread(target=fetch, args=(slow_path,))
    slow.start()
    time.sleep(0.15)   # the slow request is being served
    fetch("/ask?q=" + urllib.parse.quote("what does the superior gluteal nerve supply"))
    slow.join(30)
    assert [path for path, _ in finished] == ["/ask?q=what%20does%20the%20superior%20gluteal%20nerve%20supply",
                                              slow_path]
    assert all(status == 200 for _, status in finished)


HOSTILE = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>\r\nX-Injected: 1"


@pytest.mark.parametrize("path", [
    "/search?q={h}", "/?q={h}", "/ask?q={h}", "/muscle/{h}", "/{h}/gluteus-medius", "/xref/{h}/{h}",
    "/muscle/gluteus-medius?format={h}", "/search?q=gluteus+{h}", "/search?q=what+does+{h}+supply",
    "/sparql?query={h}", "/sparql?update={h}", "/query?query={h}", "/mappings/{h}.sssom.tsv", "/dataset?format={h}",
])
@pytest.mark.parametrize("accept", ["text/html", "*/*"])
def test_user_text_is_escaped_in_every_page(served, path, accept):
    url = served + path.format(h=urllib.parse.quote(HOSTILE, safe=""))
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        response = urllib.request.urlopen(request, timeout=30)
    except urllib.error.HTTPError as exc:
        response = exc
    body = response.read().decode("utf-8", "replace")
    assert "<script>alert(1)" not in body and "<img src=x" not in body
    assert response.headers.get("X-Injected") is None
    assert response.headers.get("X-Content-Type-Options") == "nosniff"
