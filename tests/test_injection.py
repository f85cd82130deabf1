"""User text reaches SPARQL only as bound values: nothing typed can change a query or the graph."""

from __future__ import annotations

import pytest

from anatomy_kg import UnknownTerm
from anatomy_kg.backends import federates
from anatomy_kg.queries import IRI, Literal, QueryError, bind, load_query

HOSTILE = 'hip" } DROP ALL #'


def count(kg):
    return kg.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]


def test_hostile_question_never_reaches_the_query_and_the_graph_is_untouched(kg):
    # the words are read as names, cues or filler; only the IRIs of the names found enter the query
    before = count(kg)
    answer = kg.ask(f"which muscles abduct the {HOSTILE}")
    assert answer.query == kg.ask("which muscles abduct the hip").query
    assert "DROP" not in answer.query and "all" in answer.ignored
    with pytest.raises(UnknownTerm) as caught:
        kg.ask('which muscles abduct the hip" } DELETE WHERE { ?s ?p ?o } # gluteus medus')
    assert "medus" in caught.value.words
    assert count(kg) == before


def test_hostile_words_never_enter_the_query_text(kg):
    # punctuation is not part of any name: the known words still resolve to the same IRIs as the plain question
    plain = kg.ask("which muscles abduct the hip")
    noisy = kg.ask('which muscles abduct the hip" } #')
    assert noisy.query == plain.query
    assert '"' not in noisy.query.split("VALUES", 1)[1].split("}", 1)[0]


def test_api_filters_only_accept_names_of_graph_nodes(kg):
    with pytest.raises(UnknownTerm):
        kg.muscles(root='L5> } DROP ALL { <x')


def test_bind_rejects_iris_that_could_break_out(kg):
    query = load_query("nerve-roots")
    for bad in ('x> } DROP ALL { <y', "http://e/a b", 'http://e/"', "no-scheme"):
        with pytest.raises(QueryError):
            bind(query, {"nerve": IRI(bad)})
    with pytest.raises(QueryError):
        bind(query, {"not_a_parameter": IRI("http://e/a")})


def test_literals_are_escaped():
    assert Literal('a"b\\c\nd').sparql() == '"a\\"b\\\\c\\nd"'


def test_bound_query_is_the_named_query_with_one_row_filled():
    query = load_query("muscles")
    bound = bind(query, {"root": IRI("https://w3id.org/anatomy-kg/segment/L5")})
    assert bound.count("<https://w3id.org/anatomy-kg/segment/L5>") == 1
    assert bound.replace("<https://w3id.org/anatomy-kg/segment/L5>", "UNDEF", 1).replace(
        "{ (UNDEF", "{\n        (UNDEF").replace("UNDEF) }", "UNDEF)\n    }") == query


@pytest.mark.parametrize("query, federated", [
    ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * WHERE {SERVICE<http://x/>{?s ?p ?o}}", True),
    ("SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { ?s ?p 'it\\'s' . SERVICE <http://x/> {} }", True),
    ("SELECT * WHERE { ?s ?p ?o FILTER(?o<3)SERVICE<http://x/> {} }", True),
    ("SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/>", False),
    ("SELECT * WHERE { ?s ?p 'SERVICE' }", False),
    ('SELECT * WHERE { ?s ?p """a " SERVICE""" }', False),
    ("SELECT ?service WHERE { ?service ?p ?o }", False),
    ("PREFIX e: <http://e/> SELECT * WHERE { ?s e:SERVICE ?o }", False),
    ("SELECT * WHERE { ?s <http://e/SERVICE> ?o }", False),
])
def test_a_service_clause_is_found_as_a_keyword_only(query, federated):
    assert federates(query) is federated
