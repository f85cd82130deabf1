"""SHACL shapes generated from the vocabulary, so that its rules are declared once (in ontology/) and enforced.

- Closure: every term of the akg: namespace that the data uses is declared in the vocabulary, as what it is
  used as: a predicate is a declared property, a type a declared class, any other value a declared term
  (akg:Musle, a lower-case akg:partof, or ``a akg:joint`` for akg:Joint are refused, as Brick checks its
  namespace).
- Domain and range: each property's rdfs:domain and rdfs:range (a class, a union of classes
  ``[ owl:unionOf (...) ]``, an XSD datatype or rdfs:Literal) become one shape each. They hold for plain
  triples and for statements alike, since the direct triple of every statement is derived before the
  shapes run (the report names the statement that gave it).

The generated Turtle is parsed with the hand-written shapes, so both engines (the SPARQL compiler and
pySHACL) run the same rules.
"""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from .namespaces import PREFIXES
from .resources import vocabulary_files
from .shacl_sparql import TripleIndex

AKG = PREFIXES["akg"]
OWL = "http://www.w3.org/2002/07/owl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROPERTY_TYPES = {OWL + "ObjectProperty", OWL + "DatatypeProperty", OWL + "AnnotationProperty", RDF + "Property"}
ANY = RDFS + "Resource"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
# the closure rule reads akg: terms used as a property, or as a value of these vocabularies' properties (a
# value of any other property, such as a test's expectations, is that vocabulary's business)
VOCABULARIES = (AKG, RDF, RDFS, OWL, SKOS, DCTERMS)


class Vocabulary(TripleIndex):
    """The akg: terms declared in ontology/, and each property's domain and range."""

    def terms(self) -> list[str]:
        return sorted(s.value for s in self.out if isinstance(s, ox.NamedNode) and s.value.startswith(AKG))

    def _typed(self, node, kinds: set[str]) -> bool:
        return bool({k.value for k in self.values(node, RDF + "type")} & kinds)

    def classes(self) -> list[str]:
        return [t for t in self.terms() if self._typed(ox.NamedNode(t), {OWL + "Class", RDFS + "Class"})]

    def properties(self) -> list[ox.NamedNode]:
        return [ox.NamedNode(t) for t in self.terms() if self._typed(ox.NamedNode(t), PROPERTY_TYPES)]

    def one(self, node, predicate: str):
        return self.value(node, predicate)

    def members(self, node) -> list[ox.NamedNode]:
        """A class, or the classes of an owl:unionOf."""
        union = self.value(node, OWL + "unionOf")
        return [node] if union is None else self.items(union)

    def label(self, node) -> str:
        found = self.one(node, RDFS + "label")
        return found.value if found is not None else curie(node.value)


def curie(iri: str) -> str:
    for prefix, namespace in (("akg", AKG), ("xsd", XSD), ("rdfs", RDFS), ("owl", OWL), ("rdf", RDF)):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def _literal(text: str) -> str:
    return '"""' + text.replace("\\", "\\\\").replace('"', '\\"') + '"""' if "\n" in text else \
        '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _constraint(vocab: Vocabulary, node) -> str | None:
    """The SHACL constraint that a value of the class (or union, or datatype) ``node`` meets."""
    members = vocab.members(node)
    if any(m.value == ANY for m in members):
        return None

    def one(m) -> str:
        if m.value == RDFS + "Literal":
            return "sh:nodeKind sh:Literal"
        if m.value.startswith(XSD) or m.value == RDF + "langString":
            return f"sh:datatype {curie(m.value)}"
        return f"sh:class {curie(m.value)}"

    if len(members) == 1:
        return one(members[0])
    return "sh:or ( " + " ".join(f"[ {one(m)} ]" for m in members) + " )"


def _kinds(vocab: Vocabulary, node) -> str:
    """'a muscle', 'an action role', 'a bone, bony landmark or connective tissue structure', 'a boolean'."""
    plain = {RDFS + "Literal": "literal", RDF + "langString": "text with a language tag"}
    names = [plain.get(m.value) or (m.value[len(XSD):] if m.value.startswith(XSD) else vocab.label(m))
             for m in vocab.members(node)]
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return ("an " if text[:1] in "aeiou" else "a ") + text


CLOSURE_MESSAGE = "{?value} is not a {?kind} of the anatomy-kg vocabulary (ontology/anatomy-kg.ttl)."


def shapes_turtle(vocab: Vocabulary) -> str:
    lines = [f"@prefix akg: <{AKG}> .", f"@prefix akgsh: <{PREFIXES['akgsh']}> .",
             "@prefix sh: <http://www.w3.org/ns/shacl#> .", f"@prefix xsd: <{XSD}> .",
             f"@prefix rdfs: <{RDFS}> .", f"@prefix owl: <{OWL}> .", ""]
    def among(terms) -> str:
        return ", ".join(f"<{t}>" for t in terms)

    in_vocabularies = " || ".join(f'STRSTARTS(STR(?path), "{ns}")' for ns in VOCABULARIES)
    query = f"""
        SELECT DISTINCT ?this ?path ?value ?kind WHERE {{
            {{ ?this ?value ?o . BIND (?value AS ?path) BIND ("property" AS ?kind)
               FILTER (STRSTARTS(STR(?value), "{AKG}"))
               FILTER (?value NOT IN ({among(p.value for p in vocab.properties())})) }}
            UNION
            {{ ?this a ?value . BIND (<{RDF}type> AS ?path) BIND ("class" AS ?kind)
               FILTER (isIRI(?value) && STRSTARTS(STR(?value), "{AKG}") && ?value NOT IN ({among(vocab.classes())})) }}
            UNION
            {{ ?this ?path ?value . BIND ("term" AS ?kind)
               FILTER (?path != <{RDF}type> && isIRI(?value) && STRSTARTS(STR(?value), "{AKG}"))
               FILTER ({in_vocabularies})
               FILTER (?value NOT IN ({among(vocab.terms())})) }}
        }}"""
    target = query.replace("SELECT DISTINCT ?this ?path ?value ?kind", "SELECT DISTINCT ?this")
    lines.append(f"""akgsh:VocabularyClosureShape a sh:NodeShape ;
    sh:target [ a sh:SPARQLTarget ; sh:select {_literal(target)} ] ;
    sh:sparql [
        sh:message {_literal(CLOSURE_MESSAGE)} ;
        sh:select {_literal(query.replace("?this", "$this"))} ] .
""")
    for prop in vocab.properties():
        local = prop.value[len(AKG):]
        name = local[0].upper() + local[1:]
        domain = vocab.one(prop, RDFS + "domain")
        if domain is not None and (constraint := _constraint(vocab, domain)):
            message = f"akg:{local} is said of {_kinds(vocab, domain)} (its rdfs:domain); this node is not one."
            lines.append(f"akgsh:DomainOf{name} a sh:NodeShape ; sh:targetSubjectsOf akg:{local} ;\n"
                         f"    {constraint} ;\n    sh:message {_literal(message)} .\n")
        range_ = vocab.one(prop, RDFS + "range")
        if range_ is not None and (constraint := _constraint(vocab, range_)):
            message = f"The value of akg:{local} must be {_kinds(vocab, range_)} (its rdfs:range)."
            lines.append(f"akgsh:RangeOf{name} a sh:NodeShape ; sh:targetSubjectsOf akg:{local} ;\n"
                         f"    sh:property [ sh:path akg:{local} ; {constraint} ;\n"
                         f"        sh:message {_literal(message)} ] .\n")
    return "\n".join(lines)


def load_vocabulary() -> Vocabulary:
    triples = []
    for path in vocabulary_files():
        triples.extend(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    return Vocabulary(triples)


@lru_cache(maxsize=1)
def generated_shapes() -> str:
    """The generated shapes of the shipped vocabulary, as Turtle."""
    return shapes_turtle(load_vocabulary())
