"""SPARQL queries run in worker processes, so that a query past its time limit can really be stopped.

Each worker holds its own copy of the graph in a pyoxigraph store (loading takes tens of milliseconds) and
answers one query at a time: it runs the query, reads at most ``max_results`` rows or triples, and returns
the serialised result. The pool hands each query to an idle worker; a worker that has not answered within
the time limit is killed and replaced, and the client gets 503. Only SPARQL queries run here: updates are
refused before they reach a worker, and the store is private to the worker in any case.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from dataclasses import dataclass

from ..export import FORMATS, graph_of, rdflib_term, serialise

# result format name -> media type
RESULT_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_FORMATS = {name: media_type for name, (_, media_type, _) in FORMATS.items()}  # ttl, nt, jsonld, xml


NO_FEDERATION = ("this endpoint does not federate: SERVICE is refused, so that no query makes it fetch from "
                 "another address; run federated queries with `anatomy-kg query` on your own machine")


@dataclass
class Outcome:
    status: int
    media_type: str
    body: bytes


class QueryRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def answer(store, query: str, accept: str, max_results: int) -> Outcome:
    """Run ``query`` on ``store`` and serialise the result in the best format ``accept`` allows."""
    import pyoxigraph as ox

    from ..backends import federates
    from .negotiation import choose

    if federates(query):
        raise QueryRefused(403, NO_FEDERATION)
    try:
        results = store.query(query)
    except SyntaxError as exc:
        raise QueryRefused(400, f"SPARQL syntax error: {exc}") from None
    if isinstance(results, ox.QueryBoolean):
        fmt = choose(accept, {k: v for k, v in RESULT_FORMATS.items() if k in ("json", "xml")}, "json")
        return Outcome(200, RESULT_FORMATS[fmt], _boolean(bool(results), fmt))
    if isinstance(results, ox.QuerySolutions):
        fmt = choose(accept, RESULT_FORMATS, "json")
        variables = list(results.variables)
        rows = _at_most(results, max_results, "rows")
        if fmt == "tsv":  # rdflib has no TSV writer: pyoxigraph's, on a second run of the query
            return Outcome(200, RESULT_FORMATS[fmt], store.query(query).serialize(format=ox.QueryResultsFormat.TSV))
        return Outcome(200, RESULT_FORMATS[fmt], _solutions(variables, rows, fmt))
    fmt = choose(accept, GRAPH_FORMATS, "ttl")
    triples = _at_most(results, max_results, "triples")
    return Outcome(200, GRAPH_FORMATS[fmt], serialise(graph_of(triples), fmt))


def _at_most(iterator, limit: int, what: str) -> list:
    items = []
    for item in iterator:
        items.append(item)
        if len(items) > limit:
            raise QueryRefused(422, f"the result has more than {limit} {what}, the limit of this endpoint; "
                                    "add a LIMIT (and OFFSET to page through it)")
    return items


def _solutions(variables, rows, fmt: str) -> bytes:
    from rdflib import Variable
    from rdflib.query import Result

    result = Result("SELECT")
    result.vars = [Variable(v.value) for v in variables]
    result.bindings = [
        {Variable(v.value): rdflib_term(row[v]) for v in variables if row[v] is not None} for row in rows
    ]
    return result.serialize(format=fmt, encoding="utf-8")


def _boolean(value: bool, fmt: str) -> bytes:
    from rdflib.query import Result

    result = Result("ASK")
    result.askAnswer = value
    return result.serialize(format=fmt, encoding="utf-8")


def _worker_main(connection, max_results: int, files=None) -> None:
    from ..loading import load_store

    store = load_store(files)
    connection.send("ready")
    while True:
        message = connection.recv()
        if message is None:
            return
        query, accept = message
        try:
            outcome = answer(store, query, accept, max_results)
        except QueryRefused as exc:
            outcome = Outcome(exc.status, "text/plain; charset=utf-8", str(exc).encode())
        except OSError:   # the store's own input/output: nothing of it is the client's to read
            outcome = Outcome(500, "text/plain; charset=utf-8", b"the store could not evaluate this query")
        except Exception as exc:  # noqa: BLE001 - a query the store cannot evaluate (an unbound variable...)
            outcome = Outcome(400, "text/plain; charset=utf-8", f"the query cannot be evaluated: {exc}".encode())
        connection.send(outcome)


class Worker:
    def __init__(self, context, max_results: int, files=None) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, max_results, files), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float = 60.0) -> None:
        if not self.connection.poll(timeout) or self.connection.recv() != "ready":
            self.kill()
            raise RuntimeError("a SPARQL worker did not start")

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()

    def stop(self) -> None:
        try:
            self.connection.send(None)
        except OSError:
            pass
        self.process.join(5)
        if self.process.is_alive():
            self.kill()


class Pool:
    """``size`` worker processes, each with the shipped graph or ``files``; ``run`` waits for an idle one (so
    concurrent queries queue, never pile up)."""

    def __init__(self, size: int, timeout: float, max_results: int, files=None) -> None:
        self.size, self.timeout, self.max_results, self.files = size, timeout, max_results, files
        self.context = multiprocessing.get_context("spawn")
        self.idle: asyncio.Queue[Worker] = asyncio.Queue()
        self.workers: set[Worker] = set()

    def _spawn(self) -> Worker:
        worker = Worker(self.context, self.max_results, self.files)
        worker.wait_ready()
        self.workers.add(worker)
        return worker

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        for worker in await asyncio.gather(*(loop.run_in_executor(None, self._spawn) for _ in range(self.size))):
            self.idle.put_nowait(worker)

    async def _replace(self, worker: Worker) -> None:
        self.workers.discard(worker)
        worker.kill()
        self.idle.put_nowait(await asyncio.get_running_loop().run_in_executor(None, self._spawn))

    async def run(self, query: str, accept: str) -> Outcome:
        loop = asyncio.get_running_loop()
        worker = await self.idle.get()
        try:
            worker.connection.send((query, accept))
            answered = await loop.run_in_executor(None, worker.connection.poll, self.timeout)
        except (OSError, EOFError):
            answered = False
        if not answered:
            asyncio.ensure_future(self._replace(worker))
            return Outcome(503, "text/plain; charset=utf-8",
                           f"the query ran past this endpoint's time limit of {self.timeout:g} s and was stopped"
                           .encode())
        outcome = worker.connection.recv()
        self.idle.put_nowait(worker)
        return outcome

    def stop(self) -> None:
        for worker in list(self.workers):
            worker.stop()
        self.workers.clear()
