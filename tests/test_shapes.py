"""Tests of the SHACL shapes in ontology/shapes.ttl, one test case per fixture file.

Fixtures live in tests/shapes/<ShapeName>/valid/*.ttl and tests/shapes/<ShapeName>/invalid/*.ttl. Each one is
validated on its own with the vocabulary and spinal segments (anatomy_kg.validation.validate), never with the
shipped data, so it must be self-contained.

- A valid fixture must conform to all shapes.
- An invalid fixture states the results it must produce, as RDF in the expect: namespace:

      [] a expect:Violation ; expect:focusNode muscle:foo ; expect:sourceShape akgsh:MuscleShape ;
         expect:resultPath akg:origin ; expect:value bone:bar .

  expect:resultPath is left out when the rule has no path (a node-level or SPARQL rule) and is then required
  to be absent; an inverse path is written [ sh:inversePath akg:memberOf ] (reported as ^akg:memberOf);
  expect:value is optional. A focus node that is a statement (a blank node) is written as a labelled
  blank node (_:bad) in the fixture.
  For a property shape the source shape is the node shape that holds it via sh:property.
  The report must hold a result for every expectation and nothing else, so a fixture cannot pass because
  some other rule fired. No shape targets expect: terms, so the expectations stay in the validated file;
  each invalid test also checks that stripping them does not change the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, BNode, Literal, Namespace, URIRef
from rdflib.namespace import SH

from anatomy_kg.loading import TurtleError, load_graph
from anatomy_kg.resources import shapes_file, vocabulary_files
from anatomy_kg.validation import Violation, shapes_graph, validate

FIXTURES = Path(__file__).resolve().parent / "shapes"
KINDS = ("valid", "invalid")
EXPECT = Namespace("https://w3id.org/anatomy-kg/test/expect/")
AKGSH = Namespace("https://w3id.org/anatomy-kg/shapes/")


def _fixtures(kind: str) -> list[Path]:
    return sorted(FIXTURES.glob(f"*/{kind}/*.ttl"))


def _id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.parent.name}/{path.name}"


VALID = _fixtures("valid")
INVALID = _fixtures("invalid")


def _shapes() -> rdflib.Graph:
    # parsed as anatomy_kg.validation parses it, so prefixed shape names expand the same way
    return rdflib.Graph().parse(shapes_file(), format="turtle")


HAND_WRITTEN = _shapes()
SHAPES = shapes_graph()  # and the shapes generated from the vocabulary (tested in test_vocabulary_shapes.py)


def _node_shape_names() -> set[str]:
    names = set()
    for shape in HAND_WRITTEN.subjects(RDF.type, SH.NodeShape):
        assert isinstance(shape, URIRef) and str(shape).startswith(str(AKGSH)), f"unnamed node shape {shape!r}"
        names.add(str(shape)[len(str(AKGSH)) :])
    return names


# ---------------------------------------------------------------- the fixture set itself


def test_every_node_shape_has_valid_and_invalid_fixtures():
    missing = [
        f"{name}/{kind}"
        for name in sorted(_node_shape_names())
        for kind in KINDS
        if not list((FIXTURES / name / kind).glob("*.ttl"))
    ]
    assert not missing, f"node shapes without fixtures in tests/shapes/: {missing}"


def test_every_fixture_folder_is_a_node_shape():
    stale = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir() and p.name not in _node_shape_names())
    assert not stale, f"fixture folders for shapes that ontology/shapes.ttl does not declare: {stale}"


def test_collected_fixtures_are_all_the_files():
    """Every file under tests/shapes/ is a <Shape>/<valid|invalid>/<name>.ttl fixture that is collected."""
    files = sorted(p for p in FIXTURES.rglob("*") if p.is_file())
    collected = VALID + INVALID
    assert len(collected) == len(files)
    assert sorted(collected) == files
    for path in files:
        rel = path.relative_to(FIXTURES)
        assert len(rel.parts) == 3 and rel.parts[1] in KINDS and path.suffix == ".ttl", f"stray file {rel}"
    assert len({_id(p) for p in collected}) == len(collected)


# ---------------------------------------------------------------- expectations


@dataclass(frozen=True)
class Expectation:
    focus: URIRef | BNode
    shape: URIRef
    path: URIRef | BNode | None
    value: URIRef | Literal | None


def _expectations(fixture: rdflib.Graph) -> list[Expectation]:
    out = []
    for node in fixture.subjects(RDF.type, EXPECT.Violation):
        keys = (EXPECT.focusNode, EXPECT.sourceShape, EXPECT.resultPath, EXPECT.value)
        props = {p: list(fixture.objects(node, p)) for p in keys}
        ones = len(props[EXPECT.focusNode]) == 1 and len(props[EXPECT.sourceShape]) == 1
        assert ones and len(props[EXPECT.resultPath]) <= 1 and len(props[EXPECT.value]) <= 1, f"malformed {node}"
        shape = props[EXPECT.sourceShape][0]
        assert (shape, RDF.type, SH.NodeShape) in SHAPES, f"expect:sourceShape {shape} is not a node shape"
        out.append(
            Expectation(
                focus=props[EXPECT.focusNode][0],
                shape=shape,
                path=(props[EXPECT.resultPath] or [None])[0],
                value=(props[EXPECT.value] or [None])[0],
            )
        )
    return out


def _strip_expectations(fixture: rdflib.Graph) -> rdflib.Graph:
    out = rdflib.Graph()
    for prefix, namespace in fixture.namespaces():
        out.bind(prefix, namespace)
    drop = set(fixture.subjects(RDF.type, EXPECT.Violation))
    # and the blank nodes that spell out an expected path ([ sh:inversePath ... ]), not the focus statements
    todo = [o for node in drop for o in fixture.objects(node, EXPECT.resultPath) if isinstance(o, BNode)]
    while todo:
        node = todo.pop()
        if node not in drop:
            drop.add(node)
            todo.extend(o for o in fixture.objects(node) if isinstance(o, BNode))
    for triple in fixture:
        if triple[0] not in drop:
            out.add(triple)
    return out


class Names:
    """Reads the names in a Violation (prefixed names, <IRI>, literals in N3, "statement [s p o]") as terms,
    with the same prefixes as the graph that validate() builds for this fixture."""

    def __init__(self, fixture_path: Path, fixture: rdflib.Graph):
        graph, _origin = load_graph(vocabulary_files() + [fixture_path], materialise=False)
        self.data = graph.namespace_manager
        self.shapes = SHAPES.namespace_manager
        self.fixture = fixture

    @staticmethod
    def _iri(text: str, manager) -> URIRef:
        if text.startswith("<") and text.endswith(">"):
            return URIRef(text[1:-1])
        return manager.expand_curie(text)

    def term_matches(self, text: str | None, term) -> bool:
        if text is None or term is None:
            return text is None and term is None
        if isinstance(term, Literal):
            return text == term.n3()
        if isinstance(term, BNode):
            return text in ("blank node", "[]")  # no name in the report; "[]" inside "statement [...]"
        if text.startswith('"'):
            return False
        try:
            return self._iri(text, self.data) == term
        except (ValueError, KeyError):
            return False

    def focus_matches(self, text: str, focus) -> bool:
        if not isinstance(focus, BNode):
            return self.term_matches(text, focus)
        # a statement node is reported by what it says: "statement [subject predicate object]"
        g = self.fixture
        if not any(g.value(focus, p) is not None for p in (RDF.subject, RDF.predicate, RDF.object)):
            return text == "blank node"
        if not (text.startswith("statement [") and text.endswith("]")):
            return False
        parts = text[len("statement [") : -1].split(" ", 2)
        return len(parts) == 3 and all(
            any(self.term_matches(part, value) for value in g.objects(focus, prop))
            or (part == "?" and g.value(focus, prop) is None)
            for part, prop in zip(parts, (RDF.subject, RDF.predicate, RDF.object), strict=True)
        )

    def shape_matches(self, text: str, shape: URIRef) -> bool:
        reported = self._iri(text, self.shapes)
        # a named property shape (akgsh:prefLabel) is reported by its own name: count it for its holder
        return reported == shape or (shape, SH.property, reported) in SHAPES

    def path_matches(self, text: str | None, path) -> bool:
        if isinstance(path, BNode):  # the report writes an inverse path as ^prop
            inverse = self.fixture.value(path, SH.inversePath)
            assert inverse is not None, "expect:resultPath: only sh:inversePath"
            return text is not None and text.startswith("^") and self.term_matches(text[1:], inverse)
        return self.term_matches(text, path)

    def matches(self, violation: Violation, e: Expectation) -> bool:
        return (
            self.focus_matches(violation.node, e.focus)
            and self.shape_matches(violation.shape, e.shape)
            and self.path_matches(violation.path, e.path)
            and (e.value is None or self.term_matches(violation.value, e.value))
        )


def _describe(e: Expectation, fixture: rdflib.Graph) -> str:
    def n3(term) -> str:
        return "?" if term is None else term.n3(fixture.namespace_manager)

    if isinstance(e.focus, BNode):
        parts = (n3(fixture.value(e.focus, p)) for p in (RDF.subject, RDF.predicate, RDF.object))
        focus = "statement [" + " ".join(parts) + "]"
    else:
        focus = n3(e.focus)
    path = "^" + n3(fixture.value(e.path, SH.inversePath)) if isinstance(e.path, BNode) else n3(e.path)
    return f"{focus}: {n3(e.shape)} (path {path}, value {n3(e.value)})"


# ---------------------------------------------------------------- the fixtures


@pytest.mark.parametrize("fixture_path", VALID, ids=[_id(p) for p in VALID])
def test_valid_fixture_conforms(fixture_path: Path):
    report = validate([fixture_path])
    assert report.conforms, report.text()
    fixture = rdflib.Graph().parse(fixture_path, format="turtle")
    assert not list(fixture.subjects(RDF.type, EXPECT.Violation)), "a valid fixture expects no violations"


@pytest.mark.parametrize("fixture_path", INVALID, ids=[_id(p) for p in INVALID])
def test_invalid_fixture_fails_as_expected(fixture_path: Path, tmp_path: Path):
    fixture = rdflib.Graph().parse(fixture_path, format="turtle", publicID=fixture_path.resolve().as_uri())
    expectations = _expectations(fixture)
    assert expectations, "an invalid fixture must state its expected results (expect:Violation)"
    own_shape = AKGSH[fixture_path.parent.parent.name]
    assert any(e.shape == own_shape for e in expectations), f"no expected result comes from {own_shape}"

    report = validate([fixture_path])
    _check_report(report, fixture_path, fixture, expectations)

    # the expect: triples are inert: without them, the same results
    stripped = tmp_path / fixture_path.name
    _strip_expectations(fixture).serialize(stripped, format="turtle")
    without = validate([stripped])
    _check_report(without, stripped, fixture, expectations)
    assert len(without.violations) == len(report.violations), without.text()


def _check_report(report, fixture_path: Path, fixture: rdflib.Graph, expectations: list[Expectation]) -> None:
    """Every expected result is in the report, and nothing else is; each result is told well."""
    assert not report.conforms
    names = Names(fixture_path, fixture)
    for violation in report.violations:
        assert violation.message.strip(), f"empty message: {violation}"
        assert violation.file is not None and Path(violation.file).name == fixture_path.name, violation
    missing = [_describe(e, fixture) for e in expectations if not any(names.matches(v, e) for v in report.violations)]
    unexpected = [v.text() for v in report.violations if not any(names.matches(v, e) for e in expectations)]
    assert not missing and not unexpected, f"missing: {missing}\nunexpected: {unexpected}\nreport:\n{report.text()}"


# ---------------------------------------------------------------- unreadable Turtle

PREAMBLE = "@prefix akg: <https://w3id.org/anatomy-kg/vocab/> .\n@prefix bone: <https://w3id.org/anatomy-kg/bone/> .\n"


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # line 6 holds "]" where an object should be
        (PREAMBLE + "\nbone:test-femur a akg:Bone .\nbone:test-tibia a akg:Bone ;\n    akg:partOf ] .\n", {6}),
        # line 4 uses the undeclared prefix bone:
        ("@prefix akg: <https://w3id.org/anatomy-kg/vocab/> .\n\n\nbone:test-femur a akg:Bone .\n", {4}),
        # line 4 lacks its final dot; a parser sees it on line 4 or at the next token, on line 5
        (PREAMBLE + "\nbone:test-femur a akg:Bone\nbone:test-tibia a akg:Bone .\n", {4, 5}),
    ],
    ids=["bad-object", "undeclared-prefix", "missing-dot"],
)
def test_turtle_syntax_error_names_file_and_line(tmp_path: Path, text: str, lines: set[int]):
    good = tmp_path / "good.ttl"
    good.write_text(PREAMBLE + "bone:test-femur a akg:Bone .\n", encoding="utf-8")
    broken = tmp_path / "broken.ttl"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(TurtleError) as caught:
        validate([good, broken])
    error = caught.value
    assert error.path == broken
    assert error.line in lines
    assert error.message.strip()
    assert str(error).startswith(f"{broken}:{error.line}: ")
