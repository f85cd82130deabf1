"""Curation tables (anatomy_kg.tables): a CSV or TSV of claims compiles to the same statements a curator would
write in Turtle, with stable IRIs, and every mistake is reported at the table's file and line."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.compare import isomorphic

from anatomy_kg.loading import TurtleError, load_graph
from anatomy_kg.resources import vocabulary_files
from anatomy_kg.tables import compile_table

HEADER = "subject,property,object,source,through,comment,role,fibre part,condition,contribution,exceeds nerve roots\n"
ROWS = [
    "muscle:test-back-muscle,origin,landmark:test-spine-one,test-atlas,landmark:test-spine-three,,,,,,",
    'muscle:test-back-muscle,action,action:test-girdle-pull,source:test-atlas,,"its upper fibres, chiefly",assists,'
    'upper-fibres,when the arm is raised,,',
    "muscle:test-back-muscle,segmentalInnervation,segment:C5,test-atlas,,,,,,major,true",
]
TURTLE = """
@prefix akg: <https://w3id.org/anatomy-kg/vocab/> .
@prefix muscle: <https://w3id.org/anatomy-kg/muscle/> .
@prefix landmark: <https://w3id.org/anatomy-kg/landmark/> .
@prefix action: <https://w3id.org/anatomy-kg/action/> .
@prefix segment: <https://w3id.org/anatomy-kg/segment/> .
@prefix source: <https://w3id.org/anatomy-kg/source/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
[] a akg:Statement ; rdf:subject muscle:test-back-muscle ; rdf:predicate akg:origin ;
   rdf:object landmark:test-spine-one ; akg:throughObject landmark:test-spine-three ; dcterms:source source:test-atlas .
[] a akg:Statement ; rdf:subject muscle:test-back-muscle ; rdf:predicate akg:action ;
   rdf:object action:test-girdle-pull ; dcterms:source source:test-atlas ;
   rdfs:comment "its upper fibres, chiefly"@en ; akg:role akg:assists ;
   akg:fibrePart akg:upper-fibres ; akg:condition "when the arm is raised" .
[] a akg:Statement ; rdf:subject muscle:test-back-muscle ; rdf:predicate akg:segmentalInnervation ;
   rdf:object segment:C5 ; dcterms:source source:test-atlas ; akg:contribution akg:major ; akg:exceedsNerveRoots true .
"""


def _without_statement_names(graph: rdflib.Graph) -> rdflib.Graph:
    """The same triples with every statement node (IRI or blank) as a blank node, for comparing."""
    blank = {s: rdflib.BNode() for s in graph.subjects(rdflib.RDF.type, rdflib.URIRef(
        "https://w3id.org/anatomy-kg/vocab/Statement"))}
    out = rdflib.Graph()
    for s, p, o in graph:
        out.add((blank.get(s, s), p, blank.get(o, o)))
    return out


def test_a_table_compiles_to_the_statements_written_in_turtle():
    compiled = rdflib.Graph().parse(data=compile_table(HEADER + "\n".join(ROWS) + "\n"), format="turtle")
    written = rdflib.Graph().parse(data=TURTLE, format="turtle")
    assert isomorphic(_without_statement_names(compiled), written)


def test_statement_iris_are_stable_and_made_from_the_claim():
    def iris(rows):
        graph = rdflib.Graph().parse(data=compile_table(HEADER + "\n".join(rows) + "\n"), format="turtle")
        return {str(graph.value(s, rdflib.RDF.object)): str(s) for s in graph.subjects(rdflib.RDF.subject, None)}

    first = iris(ROWS)
    assert iris(list(reversed(ROWS))) == first                      # not the row's place
    assert iris([ROWS[0].replace(",,,,,,", ",a comment,,,,,")] + ROWS[1:]) == first   # not its comment
    other_source = iris([ROWS[0].replace("test-atlas", "moore-coa-8", 1)] + ROWS[1:])
    assert other_source[str(rdflib.URIRef("https://w3id.org/anatomy-kg/landmark/test-spine-one"))] != first[
        "https://w3id.org/anatomy-kg/landmark/test-spine-one"]
    assert all(i.startswith("https://w3id.org/anatomy-kg/statement/") for i in first.values())


def test_the_compiled_turtle_keeps_the_tables_line_numbers():
    text = HEADER + "# a comment\n\n" + ROWS[2] + "\n"
    lines = compile_table(text).splitlines()
    assert lines[0].startswith("@prefix") and lines[1] == lines[2] == ""
    assert "segment:C5" in lines[3]


@pytest.mark.parametrize(("table", "line", "words"), [
    ("subject,property,object\nmuscle:x,origin,bone:y\n", 1, "no 'source' column"),
    ("subject,property,object,source,nerve\n", 1, "unknown column 'nerve'"),
    (HEADER + "muscle:x,origin,,test-atlas,,,,,,,\n", 2, "no object"),
    (HEADER + "muscle:x,origin,foo:bar,test-atlas,,,,,,,\n", 2, "unknown prefix 'foo'"),
    (HEADER + "muscle:x,origin,greater trochanter,test-atlas,,,,,,,\n", 2, "is not a name"),
    (HEADER + ROWS[0] + "\n" + ROWS[0] + "\n", 3, "repeats the claim of line 2"),
    (HEADER + 'muscle:x,origin,bone:y,test-atlas,,"an open quote,,,,,\n', 2, "unclosed quote"),
    (HEADER + "muscle:x,segmentalInnervation,segment:C5,test-atlas,,,,,,,yes\n", 2, "must be true or false"),
    (HEADER + "muscle:x,origin,bone:y,test-atlas,,,,,,,,,\n", 2, "cells but 11 columns"),
])
def test_a_broken_table_is_reported_at_its_line(tmp_path, table, line, words):
    path = tmp_path / "region.csv"
    path.write_text(table, encoding="utf-8")
    with pytest.raises(TurtleError) as raised:
        load_graph([*vocabulary_files(), path])
    assert raised.value.path == path and raised.value.line == line and words in raised.value.message
    assert str(raised.value).startswith(f"{path}:{line}: curation table error: ")


def test_build_and_validate_name_the_table(run_cli, tmp_path):
    table = tmp_path / "region.tsv"
    table.write_text("subject\tproperty\tobject\tsource\n"
                     "muscle:trapezius\torigin\tlandmark:acromion\tmoore-coa-8\n"
                     "muscle:trapezius\tpartOf\tlandmark:acromion\tmoore-coa-8\n", encoding="utf-8")
    built = run_cli("build", str(table), "-o", str(tmp_path / "region.ttl"))
    assert built.returncode == 0 and "wrote 2 statement(s)" in built.stderr
    compiled = rdflib.Graph().parse(tmp_path / "region.ttl", format="turtle")
    assert len(set(compiled.subjects(rdflib.RDF.subject, None))) == 2
    checked = run_cli("validate", "--with-shipped-data", str(table))
    assert checked.returncode == 1
    assert checked.stdout.startswith("region.tsv:3: statement [muscle:trapezius akg:partOf landmark:acromion]: "
                                     "A statement's rdf:predicate must be one of the sourced properties")
    broken = tmp_path / "broken.csv"
    broken.write_text("subject,property\n", encoding="utf-8")
    for command in (("build", str(broken)), ("validate", str(broken))):
        done = run_cli(*command)
        assert done.returncode == 2 and "broken.csv:1: curation table error: no 'object' column" in done.stderr
        assert "Traceback" not in done.stderr
