"""Load the graph into a SPARQL store with the SPARQL 1.1 Graph Store HTTP Protocol."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from .backends import EndpointError, RemoteBackend
from .queries import IRI

DEFAULT_GRAPH = "https://w3id.org/anatomy-kg/graph"


@dataclass
class PushResult:
    graph: str
    sent: int
    stored: int


def graph_size(endpoint: str, graph: str, timeout: float = 30.0) -> int:
    """Triples in the named ``graph`` (its IRI checked against the IRI grammar before it enters the query)."""
    rows = RemoteBackend(endpoint, timeout=timeout).select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {IRI(graph).sparql()} {{ ?s ?p ?o }} }}"
    )
    return int(rows[0]["n"]) if rows else 0


def push(kg, *, store_url: str, endpoint: str, graph: str = DEFAULT_GRAPH, replace: bool = False,
         timeout: float = 60.0) -> PushResult:
    """Send every triple of the knowledge graph ``kg`` (any store: the shipped graph, files, or another
    endpoint) to the named ``graph`` at ``store_url`` (a Graph Store Protocol endpoint), then count the graph's
    triples through the query ``endpoint``.

    A graph that already holds triples is replaced only with ``replace=True`` (HTTP PUT); otherwise the
    push is refused, so that running it twice never doubles the statements.
    """
    existing = graph_size(endpoint, graph, timeout)
    if existing and not replace:
        raise EndpointError(f"graph <{graph}> already holds {existing} triples; push with --replace to replace it")
    body = kg.n_triples()
    sent = sum(1 for line in body.splitlines() if line.strip())
    url = f"{store_url}?{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(url, data=body, method="PUT" if replace else "POST",
                                     headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        said = exc.read()[:300].decode(errors="replace")
        raise EndpointError(f"{store_url}: HTTP {exc.code} {exc.reason}: {said}") from None
    except urllib.error.URLError as exc:
        raise EndpointError(f"{store_url}: cannot reach the store ({exc.reason})") from None
    stored = graph_size(endpoint, graph, timeout)
    if stored != sent:
        raise EndpointError(f"pushed {sent} triples to <{graph}> but the store now holds {stored}")
    return PushResult(graph, sent, stored)
