"""The vocabulary is closed and well-formed: every akg: term the data uses is declared, and the shapes
graph itself is valid SHACL."""

from __future__ import annotations

import pyshacl
import rdflib
import rdflib.collection
from rdflib import RDF

from anatomy_kg.loading import load_graph
from anatomy_kg.resources import data_files, shapes_file, vocabulary_files

AKG = "https://w3id.org/anatomy-kg/vocab/"


def test_every_vocabulary_term_used_in_data_and_shapes_is_declared():
    vocab = load_graph(vocabulary_files(), materialise=False)[0]
    declared = {s for s in vocab.subjects(RDF.type, None) if str(s).startswith(AKG)}
    used = set()
    for graph in (load_graph(data_files(), materialise=False)[0], rdflib.Graph().parse(shapes_file())):
        for triple in graph:
            used |= {t for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(AKG)}
    assert used - declared == set()


def test_sourced_properties_are_exactly_the_statement_predicates():
    vocab = load_graph(vocabulary_files(), materialise=False)[0]
    sourced = {str(s).removeprefix(AKG) for s in vocab.subjects(rdflib.URIRef(AKG + "sourced"), rdflib.Literal(True))}
    # the statement shape's closed list of predicates is the vocabulary's sourced properties, no more, no fewer
    shapes = rdflib.Graph().parse(shapes_file())
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    statement_shape = rdflib.URIRef("https://w3id.org/anatomy-kg/shapes/StatementShape")
    [allowed] = [rdflib.collection.Collection(shapes, shapes.value(prop, sh["in"]))
                 for prop in shapes.objects(statement_shape, sh.property)
                 if shapes.value(prop, sh.path) == rdflib.RDF.predicate and shapes.value(prop, sh["in"])]
    assert sourced == {str(p).removeprefix(AKG) for p in allowed}
    assert {"origin", "insertion", "innervatedBy", "nerveRoot", "nucleus", "segmentalInnervation"} <= sourced


def test_shapes_graph_is_valid_shacl():
    shapes = rdflib.Graph().parse(shapes_file())
    conforms, _, text = pyshacl.validate(rdflib.Graph(), shacl_graph=shapes, meta_shacl=True, advanced=True)
    assert conforms, text


def test_every_shape_and_constraint_has_a_message():
    from rdflib.namespace import SH

    shapes = rdflib.Graph().parse(shapes_file())
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        has_own = (shape, SH.message, None) in shapes
        for prop in shapes.objects(shape, SH.property):
            assert has_own or (prop, SH.message, None) in shapes, f"{shape} {prop} has no sh:message"
        for sparql in shapes.objects(shape, SH.sparql):
            assert (sparql, SH.message, None) in shapes, f"{shape}: SPARQL constraint without sh:message"
