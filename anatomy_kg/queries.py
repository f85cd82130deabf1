"""Named SPARQL queries from queries/, and binding values into them safely.

A parameterised query declares its parameters in one inline-data block whose row is all UNDEF:

    VALUES (?root ?nerve) { (UNDEF UNDEF) }

As written, the query runs unfiltered. ``bind`` fills that row with RDF terms (IRIs of graph nodes, or
escaped literals), so the same text runs on the embedded store and on any SPARQL 1.1 endpoint. Only
terms are ever placed in the text: an IRI is checked against the IRI grammar and a literal is escaped,
so no value can change the query's structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .resources import resource_dir

_VALUES_BLOCK = re.compile(r"VALUES\s*\(([^)]*)\)\s*\{\s*\(((?:\s*UNDEF)+)\s*\)\s*\}")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class QueryError(ValueError):
    """A query name that does not exist, or a binding the query does not declare."""


@dataclass(frozen=True)
class IRI:
    value: str

    def sparql(self) -> str:
        if not self.value or _IRI_FORBIDDEN.search(self.value) or ":" not in self.value:
            raise QueryError(f"not an absolute IRI: {self.value!r}")
        return f"<{self.value}>"


@dataclass(frozen=True)
class Literal:
    value: str

    def sparql(self) -> str:
        escaped = (
            self.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        )
        return f'"{escaped}"'


Term = IRI | Literal


@cache
def load_query(name: str) -> str:
    """The text of ``queries/<name>.rq`` (``name`` may include a subfolder, e.g. ``rules/...``)."""
    folder = resource_dir("queries")
    path = (folder / f"{name}.rq").resolve()
    if folder.resolve() not in path.parents or not path.is_file():
        raise QueryError(f"no query named {name!r} (see {folder})")
    return path.read_text(encoding="utf-8")


def query_names() -> list[str]:
    folder = resource_dir("queries")
    return sorted(p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.rq"))


# The kinds of graph node (anatomy_kg.lexicon's kinds) each parameter name of the named queries takes, so that
# a name given for it is read as that kind: --bind root=L5 is the segment, not the ISNCSCI term "L5". A
# parameter not listed (?node, ?entity) takes a node of any kind; ?contribution takes akg:major or akg:minor,
# by IRI or prefixed name. tests/test_queries.py holds every shipped query's parameters to this table.
PARAMETER_KINDS: dict[str, tuple[str, ...]] = {
    "root": ("root",),
    "nerve": ("nerve",),
    "action": ("action",),
    "movement": ("movement",),
    "joint": ("joint",),
    "origin": ("site",),
    "insertion": ("site",),
    "attachment": ("site",),
    "site": ("site",),
    "group": ("group",),
    "region": ("region",),
    "muscle": ("muscle",),
    "source": ("source",),
    "set": ("vocabulary",),
    "contribution": (),
}
ANY_KIND = ("node", "entity")


def expand(value: str) -> str | None:
    """The IRI a value names as an IRI or as a prefixed name of the project's prefixes (akg:major), or None."""
    from .namespaces import PREFIXES

    if value.startswith(("http://", "https://")):
        return value
    prefix, sep, local = value.partition(":")
    return PREFIXES[prefix] + local if sep and prefix in PREFIXES and local else None


def parameters(query: str) -> list[str]:
    """The parameter names a query declares (without the '?')."""
    match = _VALUES_BLOCK.search(query)
    return [v.lstrip("?$") for v in match.group(1).split()] if match else []


def bind(query: str, bindings: dict[str, Term]) -> str:
    """``query`` with its parameter row filled from ``bindings``; unbound parameters stay UNDEF."""
    if not bindings:
        return query
    match = _VALUES_BLOCK.search(query)
    if match is None:
        raise QueryError("this query takes no parameters")
    names = [v.lstrip("?$") for v in match.group(1).split()]
    unknown = set(bindings) - set(names)
    if unknown:
        raise QueryError(f"unknown parameter(s) {sorted(unknown)}; this query takes {names}")
    row = " ".join(bindings[n].sparql() if n in bindings else "UNDEF" for n in names)
    block = f"VALUES ({match.group(1)}) {{ ({row}) }}"
    return query[: match.start()] + block + query[match.end() :]
