"""Where queries run. Every backend answers ``select(query) -> list[dict]`` with plain Python values
(an IRI or literal as ``str``, an integer literal as ``int``, unbound as absent), ``ask(query) -> bool`` and
``construct(query) -> rdflib.Graph`` and ``n_triples() -> bytes`` (every triple, for a copy to another store),
so callers never see which store answered."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Protocol


class Backend(Protocol):
    def select(self, query: str) -> list[dict]: ...

    def ask(self, query: str) -> bool: ...

    def construct(self, query: str): ...   # an rdflib Graph

    def n_triples(self) -> bytes: ...      # every triple of the graph, as N-Triples


class EmbeddedBackend:
    """The graph in an in-process pyoxigraph store."""

    def __init__(self, store) -> None:
        self.store = store

    def select(self, query: str) -> list[dict]:
        import pyoxigraph as ox

        solutions = self.store.query(query)
        if not isinstance(solutions, ox.QuerySolutions):
            raise ValueError("only SELECT queries return rows; use run() for ASK/CONSTRUCT")
        names = [v.value for v in solutions.variables]
        rows = []
        for solution in solutions:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = python_value(term)
            rows.append(row)
        return rows

    def ask(self, query: str) -> bool:
        return bool(self.store.query(query))

    def construct(self, query: str):
        from .export import graph_of

        return graph_of(self.store.query(query))

    def n_triples(self) -> bytes:
        import pyoxigraph as ox

        return self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())

    def run(self, query: str):
        """Any query form, as pyoxigraph returns it (rows, a boolean, or triples)."""
        return self.store.query(query)


_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def python_value(term):
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        if term.datatype.value == _INTEGER:
            return int(term.value)
        if term.datatype.value == _BOOLEAN:
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


class EndpointError(RuntimeError):
    """A SPARQL endpoint that cannot be reached, timed out, or answered with an HTTP error."""


class RemoteBackend:
    """Any SPARQL 1.1 endpoint, through SPARQLWrapper. ``graph``: the named graph to query as the default
    graph (sent as the protocol's default-graph-uri), for a store where the graph was pushed by name."""

    def __init__(self, url: str, *, graph: str | None = None, timeout: float = 30.0) -> None:
        self.url = url
        self.graph = graph
        self.timeout = timeout

    def _wrapper(self, query: str, return_format: str):
        from SPARQLWrapper import POST, URLENCODED, SPARQLWrapper

        wrapper = SPARQLWrapper(self.url, returnFormat=return_format)
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(URLENCODED)
        wrapper.setTimeout(int(self.timeout))
        if self.graph:
            wrapper.addDefaultGraph(self.graph)
        wrapper.setQuery(query)
        form = query_form(query)
        if form:  # SPARQLWrapper guesses the form with a regex that misreads "insert" in a comment as an update
            wrapper.queryType = form
        return wrapper

    def request(self, query: str, return_format: str = "json"):
        """The endpoint's answer to ``query``, converted by SPARQLWrapper (JSON as a dict, RDF as bytes)."""
        import urllib.error

        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        try:
            result = self._wrapper(query, return_format).query()
            return result.convert() if return_format == "json" else result.response.read()
        except SPARQLWrapperException as exc:
            summary, _, said = str(exc).partition("Response:")
            said = said.strip().removeprefix("b'").removesuffix("'").replace("\\n", " ")[:300]
            reason = summary.strip().splitlines()[0] + (f" The endpoint said: {said}" if said else "")
            raise EndpointError(f"{self.url}: {reason}") from None
        except urllib.error.HTTPError as exc:
            raise EndpointError(f"{self.url}: HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            raise EndpointError(f"{self.url}: cannot reach the endpoint ({exc.reason})") from None
        except TimeoutError:
            raise EndpointError(f"{self.url}: no answer within {self.timeout:g} s") from None

    def ask(self, query: str) -> bool:
        answer = self.request(query)
        if "boolean" not in answer:
            raise ValueError("only ASK queries answer yes or no")
        return bool(answer["boolean"])

    def construct(self, query: str):
        from .export import graph_of

        graph = graph_of(())   # the project's prefixes bound
        return graph.parse(data=self.request(query, "turtle"), format="turtle")

    def n_triples(self) -> bytes:
        return self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").serialize(format="nt", encoding="utf-8")

    def select(self, query: str) -> list[dict]:
        answer = self.request(query)
        if "results" not in answer:
            raise ValueError("only SELECT queries return rows")
        return [{name: json_value(term) for name, term in row.items()} for row in answer["results"]["bindings"]]


_PARSING = threading.Lock()  # rdflib's SPARQL grammar (pyparsing) is not safe to use from two threads at once


@lru_cache(maxsize=512)
def sparql_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT, DESCRIBE or UPDATE, read by rdflib's SPARQL parsers (not guessed from words);
    None when neither parser accepts the text. Safe to call from several threads."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    with _PARSING:
        try:
            name = parseQuery(text)[1].name
            return {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
                    "DescribeQuery": "DESCRIBE"}.get(name)
        except Exception:  # noqa: BLE001 - any parse failure: try the update grammar
            pass
        try:
            parseUpdate(text)
            return "UPDATE"
        except Exception:  # noqa: BLE001 - let the endpoint judge what rdflib's parser does not know
            return None


# SPARQL's tokens that can hide a keyword (comments, strings, IRIs, variables, prefixed names), then words
_TOKENS = re.compile(r"""
    \#[^\n\r]*
  | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\" | '''(?:[^'\\]|\\.|'(?!''))*'''
  | "(?:[^"\\\n\r]|\\.)*" | '(?:[^'\\\n\r]|\\.)*'
  | <[^<>"{}|^`\\\x00-\x20]*>
  | [?$]\w+
  | [^\s{}()\[\];,<>"'=!&|+*/^\#?$]*:[^\s{}()\[\];,<>"'=!&|+*/^\#]*
  | (?P<word>[A-Za-z_]\w*)
  | .""", re.X | re.S)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def federates(text: str) -> bool:
    """True when a SPARQL request would make the store fetch from the network: a SERVICE clause. The
    keyword is looked for as a token (not in a string, IRI, comment, variable or prefixed name), after
    SPARQL's codepoint escapes ("\\u0053ERVICE") are decoded. FROM and FROM NAMED only choose among the
    store's own graphs in pyoxigraph (tests/test_server.py shows that no connection is made); LOAD is an
    update, refused as every update is."""
    text = _CODEPOINT.sub(lambda m: chr(int(m[1] or m[2], 16)), text)
    return any(m["word"] and m["word"].upper() == "SERVICE" for m in _TOKENS.finditer(text))


def query_form(query: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (None for an update or text rdflib's parser cannot read)."""
    form = sparql_form(query)
    return None if form == "UPDATE" else form


def json_value(term: dict):
    """A term of the SPARQL 1.1 JSON results format as the same Python value EmbeddedBackend gives."""
    if term["type"] == "bnode":
        return f"_:{term['value']}"
    if term.get("datatype") == _INTEGER:
        return int(term["value"])
    if term.get("datatype") == _BOOLEAN:
        return term["value"] in ("true", "1")
    return term["value"]
