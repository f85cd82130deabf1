"""Read the Turtle files of the graph into a store, and derive the direct triples from the statements.

Two targets, one set of files:
- a pyoxigraph ``Store`` for questions (parsing and SPARQL are 10-1000x faster than rdflib's; see
  benchmarks/store_choice.py);
- a plain rdflib ``Graph`` for SHACL validation and rdflib users (pySHACL is fastest on rdflib's own
  memory store, and parsing data and shapes with the same parser avoids literal-typing mismatches).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .namespaces import PREFIXES
from .resources import data_files, resource_dir, vocabulary_files


@dataclass
class TurtleError(Exception):
    """A Turtle file that cannot be read: which file, which line, and what the parser said."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        kind = "curation table error" if self.path.suffix.lower() in (".csv", ".tsv") else "Turtle syntax error"
        return f"{where}: {kind}: {self.message}"


def default_files() -> list[Path]:
    """The vocabulary, the spinal segments and all shipped data (not the shapes)."""
    return vocabulary_files() + data_files()


def materialise_query() -> str:
    return (resource_dir("queries") / "rules" / "materialise-direct-triples.rq").read_text(encoding="utf-8")


def turtle_bytes(path: Path) -> bytes:
    """A file's Turtle: the file itself, or for a curation table (.csv, .tsv) the statements it compiles to
    (anatomy_kg.tables), line for line."""
    from .tables import TableError, is_table, turtle_of

    try:
        return turtle_of(path) if is_table(path) else path.read_bytes()
    except OSError as exc:
        raise TurtleError(path, None, exc.strerror or str(exc)) from None
    except (TableError, UnicodeDecodeError) as exc:
        raise TurtleError(path, getattr(exc, "line", None), str(exc)) from None


# ---------------------------------------------------------------- pyoxigraph


@dataclass
class ParsedFile:
    """One Turtle file as pyoxigraph read it: its triples (blank nodes made unique to the file) and prefixes."""

    path: Path
    triples: list
    prefixes: dict[str, str]


def parse_file(path: Path) -> ParsedFile:
    """Parse one Turtle file with pyoxigraph; a labelled blank node (_:b) is local to its file."""
    import pyoxigraph as ox

    parser = ox.parse(turtle_bytes(path), format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri())
    renamed: dict = {}

    def local(term):
        if isinstance(term, ox.BlankNode):
            return renamed.setdefault(term, ox.BlankNode())
        return term

    try:
        triples = [ox.Quad(local(q.subject), q.predicate, local(q.object)) for q in parser]
    except SyntaxError as exc:
        raise TurtleError(path, exc.lineno, _oxigraph_message(exc)) from None
    return ParsedFile(path, triples, dict(parser.prefixes))


def load_store(paths: Iterable[Path] | None = None, parsed: list[ParsedFile] | None = None):
    """A pyoxigraph Store holding ``paths`` (default: everything shipped), direct triples derived.
    ``parsed`` gives files already read by ``parse_file`` instead (validation keeps them for its report)."""
    import pyoxigraph as ox

    store = ox.Store()
    for part in parsed or []:
        store.bulk_extend(part.triples)
    for path in [] if parsed is not None else (default_files() if paths is None else paths):
        try:
            store.bulk_load(turtle_bytes(path), format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri())
        except SyntaxError as exc:
            raise TurtleError(path, exc.lineno, _oxigraph_message(exc)) from None
    store.update(materialise_query())
    return store


def _oxigraph_message(exc: SyntaxError) -> str:
    text = str(exc.msg if hasattr(exc, "msg") and exc.msg else exc)
    return text.split(": ", 1)[-1] if text.startswith("Parser error") else text


def _located(path: Path, line: int, message: str) -> TurtleError:
    """rdflib's line numbers drift near the end of a file; pyoxigraph's parser reports the exact place."""
    import pyoxigraph as ox

    try:
        for _ in ox.parse(turtle_bytes(path), format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()):
            pass
    except SyntaxError as exc:
        return TurtleError(path, exc.lineno, _oxigraph_message(exc))
    return TurtleError(path, line, message)


# ---------------------------------------------------------------- rdflib


def load_graph(paths: Iterable[Path] | None = None, *, materialise: bool = True):
    """A plain rdflib Graph of ``paths`` and a map from each subject to the file that describes it."""
    import rdflib
    from rdflib.plugins.parsers.notation3 import BadSyntax

    graph = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    origin: dict = {}
    mentioned: dict = {}
    for path in default_files() if paths is None else paths:
        part = rdflib.Graph()
        try:
            part.parse(data=turtle_bytes(path), format="turtle", publicID=path.resolve().as_uri())
        except BadSyntax as exc:
            raise _located(path, exc.lines + 1, exc._why) from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise TurtleError(path, None, str(exc)) from None
        for subject in part.subjects(unique=True):
            origin.setdefault(subject, path)
        for node in part.objects(unique=True):
            mentioned.setdefault(node, path)
        for prefix, namespace in part.namespaces():
            graph.bind(prefix, namespace, override=False)
        graph += part
    if materialise:
        graph.update(materialise_query())
    # a node no file describes is reported against the first file that mentions it
    return graph, {**mentioned, **origin}
