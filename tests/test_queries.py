"""Every named query is documented, runs, and declares the parameters it is called with."""

from __future__ import annotations

import doctest

import pytest

import anatomy_kg.api
from anatomy_kg.backends import sparql_form
from anatomy_kg.queries import ANY_KIND, PARAMETER_KINDS, load_query, parameters, query_names

NAMES = query_names()


def test_the_named_queries_are_all_found():
    assert {"muscles", "muscle-facts", "nerve-roots", "nerve-supplies", "lexicon",
            "rules/materialise-direct-triples"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_header_says_what_it_answers_and_its_parameters(name):
    header = [line for line in load_query(name).splitlines() if line.startswith("#")]
    assert len(header) >= 2, "a header comment says what the query answers"
    assert any(line.startswith("# Parameters") for line in header)
    for parameter in parameters(load_query(name)):
        assert any(f"?{parameter}" in line for line in header), f"?{parameter} is not documented in the header"


# Queries that answer nothing unbound on the shipped data, and why: crosswalk needs its ?node (the VALUES row
# of UNDEF joins nothing), and no shipped statement marks a dominant root (see the README).
EMPTY_UNBOUND = {"crosswalk", "dominant-roots"}


@pytest.mark.parametrize("name", [n for n in NAMES if not n.startswith("rules/")])
def test_runs_unbound(kg, name):
    text = load_query(name)  # parses and evaluates without parameters
    found = kg.construct(text) if sparql_form(text) == "CONSTRUCT" else kg.select(text)
    assert (len(found) == 0) == (name in EMPTY_UNBOUND), f"{name}: {len(found)} rows or triples"


def test_doctests_of_the_api():
    failures, tried = doctest.testmod(anatomy_kg.api, optionflags=doctest.NORMALIZE_WHITESPACE)[:2]
    assert tried > 0 and failures == 0
    failures, tried = doctest.testmod(anatomy_kg, optionflags=doctest.NORMALIZE_WHITESPACE)[:2]
    assert tried > 0 and failures == 0


def test_direct_triples_are_derived_from_statements(kg):
    """The design: each statement yields its plain triple, but a supply given for non-motor fibres only, and no
    plain sourced triple lacks a statement."""
    missing = kg.select("""
        PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?s ?o ?motor WHERE { ?st a akg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                         FILTER NOT EXISTS { ?s ?p ?o }
                         BIND (EXISTS { ?st akg:fibreType akg:motor } || NOT EXISTS { ?st akg:fibreType ?any }
                               AS ?motor) }""")
    assert missing and not any(row["motor"] for row in missing)
    assert {(r["s"].rsplit("/", 1)[1], r["o"].rsplit("/", 1)[1]) for r in missing} == {("trapezius", "C3"),
                                                                                       ("trapezius", "C4")}
    direct = kg.select("""
        PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>
        SELECT (COUNT(*) AS ?n) WHERE { ?p akg:sourced true . ?s ?p ?o }""")[0]["n"]
    stated = kg.select("""
        PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT (COUNT(*) AS ?n) WHERE {
            SELECT DISTINCT ?s ?p ?o WHERE {
                ?st a akg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                FILTER (EXISTS { ?st akg:fibreType akg:motor } || NOT EXISTS { ?st akg:fibreType ?any }) } }""")[0]["n"]
    assert direct == stated > 100


@pytest.mark.parametrize("name", NAMES)
def test_every_parameter_has_a_kind_for_bind(name):
    """`query --bind` reads a value as its parameter's kind (queries.PARAMETER_KINDS), or as any node."""
    for parameter in parameters(load_query(name)):
        assert parameter in PARAMETER_KINDS or parameter in ANY_KIND, f"?{parameter} has no kind"


@pytest.mark.parametrize("parameter, value, iri", [
    ("root", "L5", "segment/L5"),                       # not the ISNCSCI term "L5 long toe extensors"
    ("insertion", "greater trochanter", "landmark/greater-trochanter"),
    ("nerve", "common peroneal nerve", "nerve/common-fibular"),
    ("contribution", "akg:major", "vocab/major"),
    ("entity", "segment:L5", "segment/L5"),
    ("node", "https://w3id.org/anatomy-kg/vocab/Muscle", "vocab/Muscle"),
])
def test_a_binding_is_read_as_its_parameters_kind(kg, parameter, value, iri):
    assert kg.binding(parameter, value) == "https://w3id.org/anatomy-kg/" + iri


@pytest.mark.parametrize("parameter, value, error", [
    ("root", "greater trochanter", "unknown root term"),
    ("contribution", "major", "prefixed name"),
])
def test_a_binding_of_the_wrong_kind_is_refused(kg, parameter, value, error):
    with pytest.raises((LookupError, ValueError), match=error):
        kg.binding(parameter, value)
