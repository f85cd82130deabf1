"""The published JSON-LD context (ontology/context.jsonld): the project's prefixes, and a short term for
every property of the vocabulary, object properties typed "@id" so their values read as IRIs (but for those
whose values are statements, see build).

The file is generated from the vocabulary by ``python -m anatomy_kg.jsonld_context > ontology/context.jsonld``
and a test holds it to the vocabulary, so a new property cannot be missing from it."""

from __future__ import annotations

import json

from .namespaces import PREFIXES

CONTEXT_IRI = "https://w3id.org/anatomy-kg/context.jsonld"
_EXTRA_PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
    "bibo": "http://purl.org/ontology/bibo/",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
}


def build(vocabulary) -> dict:
    """The context for an rdflib graph of the vocabulary."""
    from rdflib import OWL, RDF, RDFS, URIRef

    vocab = PREFIXES["akg"]
    context: dict = {**PREFIXES, **_EXTRA_PREFIXES}
    statement = URIRef(vocab + "Statement")
    for kind, typed in ((OWL.ObjectProperty, {"@type": "@id"}), (OWL.DatatypeProperty, {}),
                        (OWL.AnnotationProperty, {})):
        for prop in sorted(vocabulary.subjects(RDF.type, kind)):
            if str(prop).startswith(vocab):
                # a property whose values are statements (blank nodes: akg:expandedFrom) is not coerced to
                # "@id": rdflib's JSON-LD serialiser then leaves out a blank node that two nodes point at
                plain = (prop, RDFS.range, statement) in vocabulary
                context[str(prop).removeprefix(vocab)] = {"@id": f"akg:{str(prop).removeprefix(vocab)}",
                                                          **({} if plain else typed)}
    return {"@context": context}


def text(vocabulary) -> str:
    return json.dumps(build(vocabulary), indent=2) + "\n"


if __name__ == "__main__":
    from .loading import load_graph
    from .resources import vocabulary_files

    print(text(load_graph(vocabulary_files(), materialise=False)[0]), end="")
