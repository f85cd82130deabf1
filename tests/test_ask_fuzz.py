"""Property-based: random and hostile text thrown at `ask` and the API. Only the documented errors may
escape, the graph never changes, and the only values in a query are IRIs of graph nodes."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anatomy_kg import UnknownTerm, UnsupportedQuestion, lesions
from anatomy_kg.families import BY_NAME
from anatomy_kg.queries import load_query

WORDS = ["which", "muscles", "L5", "innervated", "abduct", "the", "hip", "insert", "on", "greater trochanter",
         "what", "does", "superior gluteal nerve", "supply", "roots", "of", "gluteus medius", "glute med", "and",
         "S2", "femur", "quadriceps", "posterior compartment of thigh", "flex", "knee", "origin", "TFL",
         "weak", "normal", ",", "injury", "radiculopathy", "ankle dorsiflexion", "tibialis anterior"]
HOSTILE = ['"', "'", "}", "{", "<", ">", "#", "\\", ";", "DROP ALL", "INSERT DATA", "DELETE WHERE", "SERVICE",
           "UNDEF", ") }", "<http://example.org/x>", "?muscle", "$root", "\n", "\u0000", "L5> } DROP ALL { <x"]

questions = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(WORDS + HOSTILE), min_size=1, max_size=10).map(" ".join),
)
VALUES_ROW = re.compile(r"VALUES\s*\([^)]*\)\s*\{\s*\(([^)]*)\)\s*\}")
IRI_TOKEN = re.compile(r"<([^>]*)>")


def triple_count(kg) -> int:
    return kg.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]


@pytest.fixture(scope="module")
def size(kg):
    return triple_count(kg)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=questions)
def test_ask_only_answers_or_raises_documented_errors(kg, size, question):
    try:
        answer = kg.ask(question)
    except (UnknownTerm, UnsupportedQuestion):
        return
    if answer.family.startswith("lesion"):  # lesion families run the parameterless lesion queries, unaltered
        assert answer.query == "\n".join(load_query(q) for q in lesions.QUERIES)
        assert triple_count(kg) == size
        return
    # what ran is the family's named queries (once per run) with only their parameter rows filled, by IRIs
    runs = []
    for name in BY_NAME[answer.family].queries:
        named = load_query(name)
        first = named.splitlines()[0]
        for part in answer.query.split(first)[1:]:
            run = first + part
            runs.append((named, run))
    assert runs
    for named, run in runs:
        body = VALUES_ROW.sub("VALUES", run).strip()
        assert body.startswith(VALUES_ROW.sub("VALUES", named).strip())
        values = VALUES_ROW.search(run).group(1).split() if VALUES_ROW.search(run) else []
        assert all(v == "UNDEF" or IRI_TOKEN.fullmatch(v).group(1) in kg.lexicon.by_iri for v in values)
    assert triple_count(kg) == size


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE)))
def test_api_filters_accept_only_node_names(kg, size, value):
    for name in ("root", "nerve", "action", "insertion", "group"):
        try:
            kg.muscles(**{name: value})
        except UnknownTerm:
            pass
    try:
        kg.muscle(value)
    except UnknownTerm:
        pass
    assert triple_count(kg) == size
