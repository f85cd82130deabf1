"""SHACL validation of the graph, with a report a curator can act on (file, node, rule, message)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .loading import default_files, load_graph
from .resources import data_files, shapes_file, turtle_files, vocabulary_files


@dataclass(frozen=True)
class Violation:
    file: str | None
    node: str
    shape: str
    path: str | None
    value: str | None
    constraint: str
    message: str
    severity: str

    def key(self) -> tuple:
        """What the problem is, independent of which file describes the node."""
        return (self.node, self.shape, self.path, self.value, self.constraint, self.message)

    def line(self) -> str:
        rule = self.shape + (f" ({self.path})" if self.path else "")
        value = f" [value: {self.value}]" if self.value else ""
        return f"{self.file or '?'}: {self.node}: {rule}: {self.message}{value}"


@dataclass
class Report:
    files: list[str]
    violations: list[Violation] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations

    def as_dict(self) -> dict:
        return {"conforms": self.conforms, "files": self.files, "violations": [asdict(v) for v in self.violations]}

    def text(self) -> str:
        if self.conforms:
            return f"OK: {len(self.files)} file(s) conform to the anatomy-kg shapes."
        lines = [v.line() for v in self.violations]
        affected = {v.file for v in self.violations}
        lines.append(f"{len(self.violations)} violation(s) in {len(affected)} file(s).")
        return "\n".join(lines)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for every Turtle file under it."""
    out: list[Path] = []
    for path in paths:
        out.extend(turtle_files(path) if path.is_dir() else [path])
    return out


def validate(paths: Iterable[Path] | None = None, *, with_shipped_data: bool = False) -> Report:
    """Validate ``paths`` (default: the shipped data) against the shapes.

    The vocabulary and spinal segments are always loaded. With ``with_shipped_data`` the shipped data is
    loaded as context (so references to shipped nerves and landmarks resolve) and only the problems that
    the given files bring are reported: those the shipped data alone does not have, wherever their focus
    node is described. Raises ``TurtleError`` for a file that cannot be parsed.
    """
    if paths is None:
        targets = data_files()
        violations = _check(default_files())
    elif with_shipped_data:
        targets = expand_paths(paths)
        known = {v.key() for v in _check(default_files())}
        violations = [v for v in _check(default_files() + targets) if v.key() not in known]
    else:
        targets = expand_paths(paths)
        violations = _check(vocabulary_files() + targets)
    violations.sort(key=lambda v: (v.file or "", v.node, v.shape, v.path or "", v.value or ""))
    return Report([_display(p) for p in targets], violations)


def _check(files: list[Path]) -> list[Violation]:
    import pyshacl
    import rdflib

    graph, origin = load_graph(files)
    shapes = rdflib.Graph().parse(shapes_file(), format="turtle")
    _conforms, results, _text = pyshacl.validate(
        graph, shacl_graph=shapes, inference="none", advanced=True, abort_on_first=False, allow_warnings=False
    )
    return _violations(results, shapes, graph, origin)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _violations(results, shapes, graph, origin) -> list[Violation]:
    from rdflib import RDF, BNode
    from rdflib.namespace import SH

    def name(term, g=graph) -> str | None:
        if term is None:
            return None
        if isinstance(term, BNode):
            return None
        try:
            return g.namespace_manager.normalizeUri(term) if not hasattr(term, "language") else term.n3()
        except Exception:  # a literal or an IRI with no prefix
            return term.n3()

    def node_name(node) -> str:
        if isinstance(node, BNode):
            if (node, RDF.type, None) in graph and graph.value(node, RDF.subject) is not None:
                parts = [name(graph.value(node, p)) for p in (RDF.subject, RDF.predicate, RDF.object)]
                return "statement [" + " ".join(p or "?" for p in parts) + "]"
            return "blank node"
        return name(node) or str(node)

    def curated_in(focus, path, value):
        """The file of the statement that curated this fact, when the problem is about a sourced fact."""
        if path is None or value is None:
            return None
        for statement in graph.subjects(RDF.subject, focus):
            if (statement, RDF.predicate, path) in graph and (statement, RDF.object, value) in graph:
                return origin.get(statement)
        return None

    def path_name(path, g) -> str | None:
        if path is None:
            return None
        if not isinstance(path, BNode):
            return name(path)
        inverse = g.value(path, SH.inversePath)
        return f"^{path_name(inverse, g)}" if inverse is not None else "complex path"

    def shape_name(shape) -> str:
        if isinstance(shape, BNode):
            parent = next(shapes.subjects(SH.property, shape), None)
            if parent is not None:
                return shape_name(parent)
            return "anonymous shape"
        return name(shape, shapes) or str(shape)

    out = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        file = curated_in(focus, path, value) or origin.get(focus)
        out.append(
            Violation(
                file=_display(file) if file else None,
                node=node_name(focus),
                shape=shape_name(results.value(result, SH.sourceShape)),
                path=path_name(path, results),
                value=None if value is None or value == focus
                else (node_name(value) if isinstance(value, BNode) else name(value)),
                constraint=name(results.value(result, SH.sourceConstraintComponent), shapes) or "",
                message=str(results.value(result, SH.resultMessage) or ""),
                severity=name(results.value(result, SH.resultSeverity), shapes) or "",
            )
        )
    return out
