"""Validation of the graph against the shapes, with a report a curator can act on.

The shapes are those of ontology/shapes.ttl and those generated from the vocabulary (anatomy_kg.
vocabulary_shapes). By default they are compiled to SPARQL (anatomy_kg.shacl_sparql) and run on the same
pyoxigraph store and parser the questions use; ``engine="pyshacl"`` runs pySHACL on an rdflib graph instead
(the reference the tests hold the compiled engine to).

A report has two levels:
- ``violations``: every SHACL validation result (node, shape, path, value, constraint, message);
- ``problems``: what a curator reads, one line per mistake, with the file and line it is in. Results with
  one cause are said once (an undefined node reported by five rules is one "not defined" line; a cycle is
  one line; a statement whose subject and object are swapped is one line).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .loading import ParsedFile, TurtleError, default_files, load_store, parse_file, turtle_bytes  # noqa: F401 (re-export)
from .namespaces import PREFIXES
from .resources import data_files, resource_dir, shapes_file, source_files, vocabulary_files
from .shipped_cache import shipped_keys
from .tables import STATEMENT

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = RDF + "type"
AKGSH = PREFIXES["akgsh"]
ENGINES = ("sparql", "pyshacl")


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
    line: int | None = None
    swapped: bool = False   # the fact breaks its property's domain and range and would meet both reversed
    undefined_value: bool = False  # the value is an IRI that nothing in the graph gives a type
    knock_on: bool = False  # (with the shipped data) a shipped node that breaks a rule because of the given files

    def key(self) -> tuple:
        """What the problem is, independent of which file describes the node."""
        return (self.node, self.shape, self.path, self.value, self.constraint, self.message)

    def where(self) -> str:
        return f"{self.file or '?'}" + (f":{self.line}" if self.line else "")

    def text(self) -> str:
        rule = self.shape + (f" ({self.path})" if self.path else "")
        value = f" [value: {self.value}]" if self.value else ""
        return f"{self.where()}: {self.node}: {rule}: {self.message}{value}"


@dataclass(frozen=True)
class Problem:
    """One mistake, as a curator reads it: where, about what, what is wrong, and the rules that found it."""

    file: str | None
    line: int | None
    node: str
    message: str
    rules: tuple[str, ...]

    def text(self) -> str:
        where = f"{self.file or '?'}" + (f":{self.line}" if self.line else "")
        joint = " " if self.message.startswith("has ") else ": "  # "muscle:x has no insertion: ..."
        return f"{where}: {self.node}{joint}{self.message} [{', '.join(self.rules)}]"


@dataclass
class Report:
    files: list[str]
    violations: list[Violation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations

    def as_dict(self) -> dict:
        return {"conforms": self.conforms, "files": self.files,
                "problems": [asdict(p) for p in self.problems],
                "violations": [asdict(v) for v in self.violations]}

    def text(self) -> str:
        if self.conforms:
            return f"OK: {len(self.files)} file(s) conform to the anatomy-kg shapes."
        lines = [p.text() for p in self.problems]
        affected = {p.file for p in self.problems}
        lines.append(f"{len(self.problems)} problem(s) in {len(affected)} file(s).")
        return "\n".join(lines)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for every Turtle file and curation table under it."""
    out: list[Path] = []
    for path in paths:
        out.extend(source_files(path) if path.is_dir() else [path])
    return out


def validate(paths: Iterable[Path] | None = None, *, with_shipped_data: bool = False,
             engine: str = "sparql") -> Report:
    """Validate ``paths`` (default: the shipped data) against the shapes.

    The vocabulary and spinal segments are always loaded. With ``with_shipped_data`` the shipped data is
    loaded as context (so references to shipped nerves and landmarks resolve); a given file that is a copy of
    a shipped one (the same path under a data/ folder: a curator's checkout) takes that file's place. Only the
    problems the given files bring are reported: those the shipped data alone does not have. Raises
    ``TurtleError`` for a file that cannot be parsed.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}: one of {', '.join(ENGINES)}")
    check = _check_sparql if engine == "sparql" else _check_pyshacl
    if paths is None:
        targets = data_files()
        violations = check(default_files(), set(targets))
    else:
        targets = expand_paths(paths)
        if with_shipped_data:
            context = _shipped_context(targets)
            known = shipped_keys(engine, lambda: {v.key() for v in check(default_files(), set())})
            given = {_display(p) for p in targets}
            violations = [v if v.file in given else replace(v, knock_on=True)
                          for v in check(context + targets, set(targets)) if v.key() not in known]
        else:
            violations = check(vocabulary_files() + targets, set(targets))
    violations.sort(key=lambda v: (v.file or "", v.line or 0, v.node, v.shape, v.path or "", v.value or ""))
    shown = [_display(p) for p in targets]
    return Report(shown, violations, problems(violations, shown[0] if shown else None))


def _shipped_context(targets: list[Path]) -> list[Path]:
    """The vocabulary and shipped data, less the shipped files that a given file replaces (same path below
    the data folder, as in a checkout being edited)."""
    data_root = resource_dir("data")
    replaced = set()
    for target in targets:
        parts = target.resolve().parts
        if "data" in parts:
            below = Path(*parts[len(parts) - parts[::-1].index("data"):])
            replaced.add((data_root / below).resolve())
        replaced.add(target.resolve())
    return [p for p in default_files() if p.resolve() not in replaced]


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------- names of nodes in the report


class Names:
    """Prefixed names for a report, from the project's prefixes and those of the files read."""

    def __init__(self, parsed: list[ParsedFile]):
        prefixes = {**{p: ns for f in parsed for p, ns in f.prefixes.items() if p}, **PREFIXES}
        self.by_length = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def iri(self, iri: str) -> str:
        for prefix, namespace in self.by_length:
            local = iri[len(namespace):]
            if iri.startswith(namespace) and re.fullmatch(r"[A-Za-z0-9_][\w.-]*", local or "_") and local:
                return f"{prefix}:{local}"
        return f"<{iri}>"


# ---------------------------------------------------------------- the compiled engine


@lru_cache(maxsize=1)
def compiled_checks():
    """The checks of the hand-written and generated shapes, compiled once per process."""
    import pyoxigraph as ox

    from .shacl_sparql import compile_shapes
    from .vocabulary_shapes import generated_shapes

    triples = list(ox.parse(path=str(shapes_file()), format=ox.RdfFormat.TURTLE))
    triples += ox.parse(generated_shapes(), format=ox.RdfFormat.TURTLE)
    return compile_shapes(triples)


class Located:
    """Which file describes a node, and on which line; built from the parsed files."""

    def __init__(self, parsed: list[ParsedFile], given: set[Path], names: Names):
        self.names = names
        self.files = {f.path: f for f in parsed}
        # node -> file, in order of preference: the curator's files describe it (as a subject), or mention it (as
        # a value); then a shipped file describes it, or mentions it
        self.where: list[dict] = [{}, {}, {}, {}]
        mine = {g.resolve() for g in given}
        for f in parsed:
            ours = f.path.resolve() in mine
            described, mentioned = self.where[0 if ours else 2], self.where[1 if ours else 3]
            for t in f.triples:
                described.setdefault(t.subject, f.path)
                mentioned.setdefault(t.object, f.path)
        self._lines: dict = {}

    def file_of(self, node) -> Path | None:
        return next((w[node] for w in self.where if node in w), None)

    def lines(self, path: Path) -> list[str]:
        """The file's Turtle lines (a curation table's compiled Turtle keeps the table's line numbers)."""
        if path not in self._lines:
            try:
                self._lines[path] = turtle_bytes(path).decode("utf-8").splitlines()
            except (TurtleError, UnicodeDecodeError):
                self._lines[path] = []
        return self._lines[path]

    def spellings(self, term, path: Path) -> list[str]:
        """How ``term`` can be written in the file ``path``: <IRI> and each prefixed name."""
        import pyoxigraph as ox

        if not isinstance(term, ox.NamedNode):
            return []
        iri = term.value
        out = [f"<{iri}>"]
        parsed = self.files.get(path)
        for prefix, namespace in (parsed.prefixes.items() if parsed else []):
            if iri.startswith(namespace) and len(iri) > len(namespace):
                out.append(f"{prefix}:{iri[len(namespace):]}")
        return out

    def line(self, path: Path | None, *terms) -> int | None:
        """The first line of ``path`` that writes every one of ``terms`` (None terms ignored); failing that,
        the first that writes the first term."""
        if path is None:
            return None
        wanted = [self.spellings(t, path) for t in terms if t is not None]
        wanted = [w for w in wanted if w]
        if not wanted:
            return None

        def has(text: str, spellings: list[str]) -> bool:
            return any(re.search(re.escape(s) + r"(?![\w:-])", text) for s in spellings)

        lines = self.lines(path)
        for k in range(len(wanted), 0, -1):
            for number, text in enumerate(lines, 1):
                code = text.split("#", 1)[0] if "<" not in text else text
                if all(has(code, w) for w in wanted[:k]):
                    return number
        return None


def _check_sparql(files: list[Path], given: set[Path]) -> list[Violation]:
    import pyoxigraph as ox

    from .shacl_sparql import run_checks

    parsed = [parse_file(p) for p in files]
    store = load_store(parsed=parsed)
    names = Names(parsed)
    located = Located(parsed, given, names)
    statements = _statements(parsed)
    out = []
    results = list(run_checks(store, compiled_checks()))
    swapped = _swapped_facts(store, results)
    for check, row, focus in results:
        value = focus if check.node_level else _get(row, "value")
        path_term = _get(row, "path")
        path = check.path if check.path is not None else (path_term and str(path_term))
        message = _fill(check.message, row, focus, names)
        # a fact that a statement gave is reported at the statement
        predicate = _predicate(check.path, path_term) or _domain_predicate(check.shape)
        statement = statements.get((focus, predicate, value)) if predicate is not None else None
        where = statement if statement is not None else focus
        file = located.file_of(where)
        if statement is not None:
            line = located.line(file, focus, predicate, value)
        elif isinstance(focus, ox.BlankNode):
            line = located.line(file, *_statement_terms(store, focus))
        else:
            line = located.line(file, focus, predicate, value if not check.node_level else None)
        out.append(Violation(
            file=_display(file) if file else None,
            node=_node_name(store, focus, names),
            shape=names.iri(check.shape),
            path=_path_name(path, names),
            value=None if value is None or check.node_level else _term_name(store, value, names),
            constraint=check.component,
            message=message,
            severity="sh:Violation",
            line=line,
            swapped=check.shape.startswith((AKGSH + "DomainOf", AKGSH + "RangeOf")) and (focus, value) in swapped,
            undefined_value=check.component in ("sh:ClassConstraintComponent", "sh:OrConstraintComponent")
            and not check.node_level and isinstance(value, ox.NamedNode) and _untyped(store, value),
        ))
    return _unique(out)


def _domain_predicate(shape: str):
    """The property a generated domain rule is about (akgsh:DomainOfNerveRoot: akg:nerveRoot)."""
    import pyoxigraph as ox

    if not shape.startswith(AKGSH + "DomainOf"):
        return None
    local = shape[len(AKGSH + "DomainOf"):]
    return ox.NamedNode(PREFIXES["akg"] + local[:1].lower() + local[1:])


def _untyped(store, node) -> bool:
    import pyoxigraph as ox

    return next(iter(store.quads_for_pattern(node, ox.NamedNode(RDF_TYPE), None)), None) is None


def _swapped_facts(store, results) -> set:
    """(subject, object) of facts that break their property's domain and range, and would meet both the
    other way round: a statement with subject and object swapped."""
    from .shacl_sparql import passes

    domain = {(check.shape[len(AKGSH + "DomainOf"):], focus): check for check, _row, focus in results
              if check.shape.startswith(AKGSH + "DomainOf")}
    out = set()
    for check, row, focus in results:
        prop = check.shape[len(AKGSH + "RangeOf"):]
        if check.shape.startswith(AKGSH + "RangeOf") and (prop, focus) in domain:
            value = row["value"]
            if passes(store, domain[(prop, focus)], value) and passes(store, check, focus):
                out.add((focus, value))
                out.add((focus, focus))
    return out


def _unique(violations: list[Violation]) -> list[Violation]:
    seen, out = set(), []
    for v in violations:
        if (v.key(), v.file) not in seen:
            seen.add((v.key(), v.file))
            out.append(v)
    return out


def _get(row, name: str):
    try:
        return row[name]
    except (KeyError, IndexError):
        return None


def _predicate(path: str | None, path_term):
    import pyoxigraph as ox

    if path_term is not None:
        return path_term if isinstance(path_term, ox.NamedNode) else None
    if path and path.startswith("<") and path.endswith(">"):
        return ox.NamedNode(path[1:-1])
    return None


def _statements(parsed: list[ParsedFile]) -> dict:
    """(subject, predicate, object) -> the first statement node that states it."""
    parts: dict = defaultdict(dict)
    for f in parsed:
        for t in f.triples:
            if t.predicate.value in (RDF + "subject", RDF + "predicate", RDF + "object"):
                parts[t.subject][t.predicate.value] = t.object
    out = {}
    for node, p in parts.items():
        key = (p.get(RDF + "subject"), p.get(RDF + "predicate"), p.get(RDF + "object"))
        out.setdefault(key, node)
    return out


def _statement_terms(store, node) -> tuple:
    import pyoxigraph as ox

    return tuple(next((q.object for q in store.quads_for_pattern(node, ox.NamedNode(RDF + p), None)), None)
                 for p in ("subject", "predicate", "object"))


def _term_name(store, term, names: Names) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return names.iri(term.value)
    if isinstance(term, ox.BlankNode):
        return _node_name(store, term, names)
    return _literal_n3(term)


def _literal_n3(term) -> str:
    text = term.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    # a space that is not a plain space (a no-break space, a tab) is shown as its escape, or it cannot be seen
    text = "".join(f"\\u{ord(c):04X}" if c.isspace() and c != " " else c for c in text)
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f'"{text}"^^<{term.datatype.value}>'
    return f'"{text}"'


def _node_name(store, node, names: Names) -> str:
    import pyoxigraph as ox

    if isinstance(node, ox.BlankNode) or node.value.startswith(STATEMENT):   # a statement: by what it says
        terms = _statement_terms(store, node)
        if any(t is not None for t in terms):
            # a missing part is "?", a blank node inside a statement is "[]"
            return "statement [" + " ".join("?" if t is None else "[]" if isinstance(t, ox.BlankNode)
                                            else _term_name(store, t, names) for t in terms) + "]"
        return "blank node"
    return _term_name(store, node, names)


def _path_name(path: str | None, names: Names) -> str | None:
    if path is None:
        return None
    return re.sub(r"<([^>]+)>", lambda m: names.iri(m.group(1)), path).replace("^(", "^").rstrip(")") \
        if path.startswith("^(") else re.sub(r"<([^>]+)>", lambda m: names.iri(m.group(1)), path)


def _fill(message: str, row, focus, names: Names) -> str:
    """SHACL message templates: {?var} and {$this} take the row's values."""
    import pyoxigraph as ox

    def value(match):
        name = match.group(1)
        term = focus if name == "this" else _get(row, name)
        if term is None:
            return match.group(0)
        if isinstance(term, ox.NamedNode):
            return names.iri(term.value)
        return term.value if isinstance(term, ox.Literal) else str(term)

    return re.sub(r"\{[?$](\w+)\}", value, message)


# ---------------------------------------------------------------- the pySHACL engine (the reference)


def shapes_graph():
    import rdflib

    from .vocabulary_shapes import generated_shapes

    graph = rdflib.Graph().parse(shapes_file(), format="turtle")
    graph.parse(data=generated_shapes(), format="turtle")
    return graph


def _check_pyshacl(files: list[Path], given: set[Path]) -> list[Violation]:
    import pyshacl
    from rdflib import RDF as R
    from rdflib import BNode
    from rdflib.namespace import SH

    from .loading import load_graph

    graph, origin = load_graph(files)
    shapes = shapes_graph()
    _conforms, results, _text = pyshacl.validate(
        graph, shacl_graph=shapes, inference="none", advanced=True, abort_on_first=False, allow_warnings=False
    )

    def name(term, g=graph) -> str | None:
        if term is None or isinstance(term, BNode):
            return None
        try:
            return g.namespace_manager.normalizeUri(term) if not hasattr(term, "language") else term.n3()
        except Exception:  # a literal or an IRI with no prefix
            return term.n3()

    def node_name(node) -> str:
        if isinstance(node, BNode):
            if graph.value(node, R.subject) is not None:
                parts = [name(graph.value(node, p)) for p in (R.subject, R.predicate, R.object)]
                return "statement [" + " ".join(p or "?" for p in parts) + "]"
            return "blank node"
        return name(node) or str(node)

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
            return shape_name(parent) if parent is not None else "anonymous shape"
        return name(shape, shapes) or str(shape)

    out = []
    # the report's own results; those nested in sh:detail (why a value failed an sh:node shape) are said by them
    for result in results.objects(None, SH.result):
        focus = results.value(result, SH.focusNode)
        value = results.value(result, SH.value)
        file = origin.get(focus)
        out.append(Violation(
            file=_display(file) if file else None,
            node=node_name(focus),
            shape=shape_name(results.value(result, SH.sourceShape)),
            path=path_name(results.value(result, SH.resultPath), results),
            value=None if value is None or value == focus
            else (node_name(value) if isinstance(value, BNode) else name(value)),
            constraint=name(results.value(result, SH.sourceConstraintComponent), shapes) or "",
            message=str(results.value(result, SH.resultMessage) or ""),
            severity=name(results.value(result, SH.resultSeverity), shapes) or "",
        ))
    return out


# ---------------------------------------------------------------- problems: one line per mistake


GENERATED = re.compile(r"^akgsh:(DomainOf|RangeOf)")


def problems(violations: list[Violation], home: str | None = None) -> list[Problem]:
    """The curator's lines: results with one cause said once.

    - an undefined node (a typo in a statement's subject or object, or a value nothing gives a type) or an
      undeclared akg: term: one line, however many rules it breaks;
    - a cycle: one line for the whole circle; a name clash: one line for the pair;
    - a statement whose subject and object are swapped: one line;
    - a muscle with no nerve: its root values, which then fit no nerve, are not said again;
    - results with the same message about the same node: one line;
    - (with the shipped data) shipped nodes that the given files make break a rule: one line per rule, in the
      given file (``home``), with the first few nodes named.
    """
    undefined = _undefined_values(violations)
    mistyped = {v.node: v.value for v in violations
                if v.shape == "akgsh:VocabularyClosureShape" and v.path == "rdf:type" and v.value}
    no_nerve = {(v.file, v.node) for v in violations
                if v.shape == "akgsh:MuscleCompletenessShape" and v.path == "akg:innervatedBy"}
    out: dict = {}
    fallback: dict = {}  # key -> the message of its first result

    def add(v: Violation, node: str, message: str, key) -> None:
        """Say ``message`` for ``key``, or add v's rule to what is said; an empty message joins a problem whose
        words come from another result of the same cause (which may come later)."""
        fallback.setdefault(key, v.message)
        if key not in out:
            out[key] = Problem(v.file, v.line, node, message, (v.shape,))
            return
        p = out[key]
        if message and not p.message:
            p = Problem(v.file, v.line, node, message, p.rules)
        out[key] = p if v.shape in p.rules else replace(p, rules=p.rules + (v.shape,))

    cycles = _cycles([v for v in violations if v.shape == "akgsh:AcyclicShape"])
    knock_on: dict = defaultdict(list)
    swapped = {(v.file, v.line): {v.node, v.value} for v in violations if v.swapped}
    same_value: dict = {}  # (file, line, value) -> the problem that says it first
    same_path: dict = {}   # (file, node, path) -> a hand-written rule's problem
    # the given files' results first, and hand-written rules before generated ones: they speak for the cause
    for v in sorted(violations, key=lambda v: (v.knock_on, bool(GENERATED.match(v.shape)))):
        fact = _statement_fact(v.node)
        if v.value in undefined or (fact and (fact[0] in undefined or fact[2] in undefined)):
            term = v.value if v.value in undefined else fact[0] if fact and fact[0] in undefined else fact[2]
            add(v, v.node, undefined[term], ("undefined", v.file, term))
        elif v.node in undefined:
            add(v, v.node, undefined[v.node], ("undefined", v.file, v.node))
        elif GENERATED.match(v.shape) and (v.node in mistyped or v.value in mistyped):
            term = mistyped.get(v.node) or mistyped[v.value]  # a misspelt class: its node fits no domain
            add(v, v.node, undefined[term], ("undefined", v.file, term))
        elif v.shape == "akgsh:AcyclicShape":
            cycle = cycles[(v.path, v.node)]
            add(v, cycle[0], f"{v.path} goes round in a circle: {' -> '.join(cycle + cycle[:1])}.",
                ("cycle", v.path, tuple(sorted(cycle))))
        elif v.swapped:
            prop = "akg:" + v.shape.split("Of", 1)[1][:1].lower() + v.shape.split("Of", 1)[1][1:]
            add(v, v.node, f"subject and object look swapped: {prop} goes the other way"
                f" (its rdfs:domain and rdfs:range fit them reversed).", ("swapped-line", v.file, v.line))
        elif v.shape == "akgsh:OneRolePerSourceShape" and fact:
            add(v, f"{fact[0]} {fact[1]} {fact[2]}", v.message + f" [source: {v.value}]", ("role", fact, v.value))
        elif v.shape == "akgsh:UniqueLabelShape" and v.value:  # one line for the pair
            add(v, v.node, f"{v.message} [also: {v.value}]", ("pair", v.shape, frozenset((v.node, v.value))))
        elif v.shape == "akgsh:UniqueExactMatchShape" and v.value:
            add(v, v.node, v.message, ("pair", v.shape, frozenset((v.node, v.value))))
        elif (v.file, v.line) in swapped and v.node in swapped[(v.file, v.line)]:
            add(v, v.node, "", ("swapped-line", v.file, v.line))  # the swapped fact's other results
        elif v.knock_on:
            knock_on[v.shape].append(v)
        elif v.value and (v.file, v.line, v.value) in same_value:
            add(v, v.node, "", same_value[(v.file, v.line, v.value)])  # one value on one line: one cause
        elif GENERATED.match(v.shape) and (v.file, v.node, v.path) in same_path:
            add(v, v.node, "", same_path[(v.file, v.node, v.path)])
        elif v.shape == "akgsh:MyotomeWithinNerveRootsShape" and (v.file, v.node) in no_nerve:
            add(v, v.node, "", ("result", v.file, v.node, "akgsh:MuscleCompletenessShape#akg:innervatedBy"))
        else:
            value = f" [value: {v.value}]" if v.value else ""
            path = f" ({v.path})" if v.path and v.path not in v.message else ""
            key = ("result", v.file, v.node, v.message) if v.path != "akg:innervatedBy" else \
                ("result", v.file, v.node, "akgsh:MuscleCompletenessShape#akg:innervatedBy")
            add(v, v.node, f"{v.message}{path}{value}", key)
            if v.value:
                same_value.setdefault((v.file, v.line, v.value), key)
            if v.path and not GENERATED.match(v.shape):
                same_path.setdefault((v.file, v.node, v.path), key)
    for shape, found in knock_on.items():
        first = found[0]
        nodes = sorted({v.node for v in found})
        named = ", ".join(nodes[:3]) + (f" and {len(nodes) - 3} more" if len(nodes) > 3 else "")
        out[("knock-on", shape)] = Problem(
            home, None, named, f"{len(nodes)} shipped node(s) now break this rule because of the given files: "
            f"{first.message} (first at {first.where()})", (shape,))
    # a line whose cause was said elsewhere (the swapped fact turned out to be a typo) keeps its first result
    said = [p if p.message else replace(p, message=fallback[key]) for key, p in out.items()]
    return sorted(said, key=lambda p: (p.file or "", p.line or 0, p.node, p.message))


def _statement_fact(node: str) -> tuple[str, str, str] | None:
    if node.startswith("statement [") and node.endswith("]"):
        parts = node[len("statement ["):-1].split(" ", 2)
        if len(parts) == 3:
            return parts[0], parts[1], parts[2]
    return None


def _undefined_values(violations: list[Violation]) -> dict[str, str]:
    """Nodes that a statement names but the graph does not define, and akg: terms that the vocabulary does not
    declare, each with the sentence that says so (and a suggestion): every other result about them follows."""
    found = {}
    for v in violations:
        undefined = v.value and not v.value.startswith('"') and (
            v.undefined_value
            or v.constraint == "sh:NodeConstraintComponent" and v.path in ("rdf:subject", "rdf:object"))
        if undefined and v.shape != "akgsh:VocabularyClosureShape":
            found[v.value] = (f"{v.value} is not defined in the files checked (the shipped data defines it:"
                              " validate with --with-shipped-data)." if v.value in _known_names() else
                              f"{v.value} is not defined in the graph{_suggestion(v.value)}.")
        elif v.shape == "akgsh:VocabularyClosureShape" and v.value:
            found[v.value] = v.message.removesuffix(".").replace(" (ontology/anatomy-kg.ttl)", "") \
                + f"{_suggestion(v.value)}."
    return found


def _cycles(violations: list[Violation]) -> dict:
    """(path, node) -> the nodes of its cycle, in order, starting from the least."""
    successor = {(v.path, v.node): v.value for v in violations}
    out = {}
    for (path, node) in successor:
        cycle, current = [node], successor[(path, node)]
        while current is not None and current != node and current not in cycle:
            cycle.append(current)
            current = successor.get((path, current))
        start = cycle.index(min(cycle))
        out[(path, node)] = cycle[start:] + cycle[:start]
    return out


@lru_cache(maxsize=1)
def _known_names() -> list[str]:
    import pyoxigraph as ox

    names = Names([])
    out = set()
    for path in default_files():
        for t in ox.parse(turtle_bytes(path), format=ox.RdfFormat.TURTLE):
            if t.predicate.value == RDF_TYPE and isinstance(t.subject, ox.NamedNode):
                out.add(names.iri(t.subject.value))
    return sorted(out)


def _suggestion(name: str) -> str:
    close = difflib.get_close_matches(name, _known_names(), n=2, cutoff=0.8)
    return f" (did you mean {' or '.join(close)}?)" if close else ""
