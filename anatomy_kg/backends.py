"""Where queries run. Every backend answers ``select(query) -> list[dict]`` with plain Python values
(an IRI or literal as ``str``, an integer literal as ``int``, unbound as absent), so callers never see
which store answered."""

from __future__ import annotations

from typing import Protocol


class Backend(Protocol):
    def select(self, query: str) -> list[dict]: ...


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

    def run(self, query: str):
        """Any query form, as pyoxigraph returns it (rows, a boolean, or triples)."""
        return self.store.query(query)


_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def python_value(term):
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        if term.datatype.value == _INTEGER:
            return int(term.value)
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value
