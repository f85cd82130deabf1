"""The rules generated from the vocabulary (anatomy_kg.vocabulary_shapes): every property declares its domain and
range once, in ontology/anatomy-kg.ttl, and a fact that breaks either is reported, whether it is written as a
plain triple or as a sourced statement; every akg: term the data uses must be declared.

The fixtures are generated here from the vocabulary itself, one per property and per class, so a property added
to the vocabulary is tested without a new file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, XSD, URIRef

from anatomy_kg.loading import load_graph
from anatomy_kg.resources import vocabulary_files
from anatomy_kg.validation import validate

AKG = "https://w3id.org/anatomy-kg/vocab/"
TEST = "https://w3id.org/anatomy-kg/test/"
VOCAB = load_graph(vocabulary_files(), materialise=False)[0]
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
PROPERTIES = sorted({p for t in PROPERTY_TYPES for p in VOCAB.subjects(RDF.type, t) if str(p).startswith(AKG)})
CLASSES = sorted(c for c in VOCAB.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef) and str(c).startswith(AKG))
SOURCED = {p for p in PROPERTIES if (p, URIRef(AKG + "sourced"), rdflib.Literal(True)) in VOCAB}


def _members(node) -> list:
    union = VOCAB.value(node, OWL.unionOf)
    return list(rdflib.collection.Collection(VOCAB, union)) if union is not None else [node]


def _local(term) -> str:
    return str(term).rsplit("/", 1)[-1]


def _is_a(cls, members) -> bool:
    return any(m in VOCAB.transitive_objects(cls, RDFS.subClassOf) for m in members)


def _outside(members) -> URIRef:
    """A vocabulary class none of whose instances is one of ``members``."""
    return next(c for c in CLASSES if not _is_a(c, members) and not any(_is_a(m, [c]) for m in members))


WRONG_LITERAL = {  # a value that is not of the declared datatype
    XSD.string: '"3"^^<http://www.w3.org/2001/XMLSchema#integer>',
    XSD.boolean: '"yes"',
    XSD.integer: '"five"',
    RDFS.Literal: f"<{TEST}not-a-literal>",
}


@pytest.mark.parametrize("prop", PROPERTIES, ids=_local)
def test_every_property_declares_its_domain_and_range(prop):
    assert VOCAB.value(prop, RDFS.domain) is not None, f"{_local(prop)} has no rdfs:domain"
    assert VOCAB.value(prop, RDFS.range) is not None, f"{_local(prop)} has no rdfs:range"


def _fixture(prop, as_statement: bool) -> tuple[str, str | None]:
    """Turtle that uses ``prop`` from a node outside its domain to a value outside its range; and the value as
    the report names it (None where the range is any resource)."""
    domain, range_ = _members(VOCAB.value(prop, RDFS.domain)), _members(VOCAB.value(prop, RDFS.range))
    lines = [f"<{TEST}subject> a <{_outside(domain)}> ."] if domain != [RDFS.Resource] else []
    if range_ == [RDFS.Resource]:
        value, named = f"<{TEST}subject>", None
    elif range_[0] in WRONG_LITERAL or str(range_[0]).startswith(str(XSD)):
        value = named = WRONG_LITERAL.get(range_[0], '"?"@en')
    else:
        value, named = f"<{TEST}value>", f"<{TEST}value>"
        lines.append(f"{value} a <{_outside(range_)}> .")
    if as_statement:
        lines += [f"<{TEST}source> a <{AKG}Source> .",
                  f"[] a <{AKG}Statement> ; <{RDF.subject}> <{TEST}subject> ; <{RDF.predicate}> <{prop}> ;"
                  f" <{RDF.object}> {value} ; <http://purl.org/dc/terms/source> <{TEST}source> ."]
    else:
        lines.append(f"<{TEST}subject> <{prop}> {value} .")
    return "\n".join(lines) + "\n", named


CASES = [(p, False) for p in PROPERTIES] + [(p, True) for p in sorted(SOURCED)]


@pytest.mark.parametrize(("prop", "as_statement"), CASES,
                         ids=[f"{_local(p)}-{'statement' if s else 'triple'}" for p, s in CASES])
def test_domain_and_range_are_enforced(prop, as_statement, tmp_path: Path):
    text, value = _fixture(prop, as_statement)
    path = tmp_path / "broken.ttl"
    path.write_text(text, encoding="utf-8")
    report = validate([path])
    name = _local(prop)[0].upper() + _local(prop)[1:]
    results = {(v.shape, v.node, v.value) for v in report.violations}
    subject = f"<{TEST}subject>"
    if VOCAB.value(prop, RDFS.domain) != RDFS.Resource:
        assert ("akgsh:DomainOf" + name, subject, None) in results, report.text()
    if value is not None:
        assert ("akgsh:RangeOf" + name, subject, value) in results, report.text()
    assert all(v.file is not None and Path(v.file).name == "broken.ttl" for v in report.violations)


def test_the_fixture_of_each_property_is_fine_the_right_way_round(tmp_path: Path):
    """The generated rules accept a fact between nodes of the declared kinds (so the tests above fail for the
    reason they say)."""
    lines = []
    for i, prop in enumerate(PROPERTIES):
        domain, range_ = _members(VOCAB.value(prop, RDFS.domain)), _members(VOCAB.value(prop, RDFS.range))
        if range_[0] == RDFS.Literal or str(range_[0]).startswith(str(XSD)):
            value = {XSD.boolean: "true", XSD.integer: "3"}.get(range_[0], '"text"')
        else:
            value = f"<{TEST}v{i}>"
            lines.append(f"{value} a <{range_[0] if range_ != [RDFS.Resource] else CLASSES[0]}> .")
        subject = f"<{TEST}s{i}>"
        lines.append(f"{subject} a <{domain[0] if domain != [RDFS.Resource] else CLASSES[0]}> .")
        lines.append(f"{subject} <{prop}> {value} .")
    path = tmp_path / "right.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    generated = [v for v in validate([path]).violations
                 if v.shape.startswith(("akgsh:DomainOf", "akgsh:RangeOf", "akgsh:VocabularyClosure"))]
    assert not generated, "\n".join(v.text() for v in generated)


@pytest.mark.parametrize("cls", CLASSES, ids=_local)
def test_a_misspelt_class_is_not_a_term_of_the_vocabulary(cls, tmp_path: Path):
    local = _local(cls)
    misspelt = URIRef(AKG + local[0].swapcase() + local[1:])  # akg:muscle for akg:Muscle
    path = tmp_path / "misspelt.ttl"
    path.write_text(f"<{TEST}thing> a <{misspelt}> .\n<{TEST}thing> <{AKG}partof> <{TEST}other> .\n", encoding="utf-8")
    report = validate([path])
    closure = {v.value for v in report.violations if v.shape == "akgsh:VocabularyClosureShape"}
    assert closure == {f"akg:{misspelt.removeprefix(AKG)}", "akg:partof"}, report.text()
    assert any(p.message.startswith(f"akg:{misspelt.removeprefix(AKG)} is not a class of the anatomy-kg vocabulary")
               for p in report.problems), report.text()
    partof = "akg:partof is not a property of the anatomy-kg vocabulary (did you mean akg:partOf"
    assert any(p.message.startswith(partof)
               for p in report.problems), report.text()


@pytest.mark.parametrize("cls", CLASSES, ids=_local)
def test_every_class_is_the_domain_or_range_of_a_property(cls):
    """A class no property is said of, or points to, would take any fact without complaint (a superclass, such
    as akg:AnatomicalEntity, is held to its subclasses' rules)."""
    used = {m for p in PROPERTIES for key in (RDFS.domain, RDFS.range) for m in _members(VOCAB.value(p, key))}
    related = [u for u in used if _is_a(cls, [u]) or _is_a(u, [cls])]
    assert related, f"{_local(cls)} is in no domain or range"
