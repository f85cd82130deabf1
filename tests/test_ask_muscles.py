"""Question family: muscles filtered by any combination of root, nerve, action, site, group, region.

Each answer is checked against the same question worked out independently with rdflib's own engine over
the curated files, so a wrong filter in queries/muscles.rq or the parser cannot pass."""

from __future__ import annotations

import pytest
from kg_terms import AKG, iri
from rdflib import URIRef

V = AKG + "vocab/"


def leaf_muscles(graph):
    muscle_types = {URIRef(V + "Muscle"), URIRef(V + "MusclePart")}
    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    return {str(s) for t in muscle_types for s in graph.subjects(rdf_type, t)
            if (s, URIRef(V + "action"), None) in graph}


def objects(graph, subject, prop):
    return {str(o) for o in graph.objects(URIRef(subject), URIRef(V + prop))}


def closure(graph, node, props=("subdivisionOf", "partOf")):
    """The node and everything it is a subdivision or part of."""
    seen, todo = set(), [node]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        for p in props:
            todo.extend(objects(graph, n, p))
    return seen


def action_parts(graph, action):
    return objects(graph, action, "movement").pop(), objects(graph, action, "joint").pop()


def labels(results):
    return {r["label"] for r in results}


def iris(results):
    return {r["iri"] for r in results}


def test_l5_muscles_that_abduct_the_hip(kg, graph):
    answer = kg.ask("which L5-innervated muscles abduct the hip")
    assert answer.family == "muscles"
    assert {"gluteus medius", "gluteus minimus", "tensor fasciae latae"} <= labels(answer.results)
    expected = {
        m for m in leaf_muscles(graph)
        if iri("segment", "L5") in objects(graph, m, "segmentalInnervation")
        and any(action_parts(graph, a) == (iri("movement", "abduction"), iri("joint", "hip"))
                for a in objects(graph, m, "action"))
    }
    assert iris(answer.results) == expected
    for result in answer.results:  # no muscle without L5
        assert "L5" in result["roots"]


def test_unqualified_movers_are_listed_before_assisting_or_conditional_ones(kg):
    results = kg.ask("which L5-innervated muscles abduct the hip").results
    first_three = [r["label"] for r in results[:3]]
    assert sorted(first_three) == ["gluteus medius", "gluteus minimus", "tensor fasciae latae"]
    assert all(any(not e["qualifiers"] for e in r["evidence"]) for r in results[:3])
    assert any("when the hip is flexed" in e["qualifiers"] for r in results[3:] for e in r["evidence"])
    assert not any(not e["qualifiers"] for r in results[3:] for e in r["evidence"])


@pytest.mark.parametrize(
    "question, landmark",
    [("which muscles insert on the greater trochanter", "greater-trochanter"),
     ("which muscles insert into the head of the fibula", "head-of-fibula")],
)
def test_muscles_by_insertion_include_subdivisions_of_the_landmark(kg, graph, question, landmark):
    target = iri("landmark", landmark)
    expected = {m for m in leaf_muscles(graph)
                if any(target in closure(graph, i) for i in objects(graph, m, "insertion"))}
    answer = kg.ask(question)
    assert iris(answer.results) == expected and expected


def test_greater_trochanter_insertions_are_the_textbook_set(kg):
    assert labels(kg.ask("which muscles insert on the greater trochanter").results) == {
        "gluteus medius", "gluteus minimus", "piriformis", "obturator internus", "superior gemellus",
        "inferior gemellus"}


def test_muscles_by_origin_and_by_any_attachment_to_a_bone(kg, graph):
    origin = kg.ask("which muscles arise from the ischial tuberosity")
    assert labels(origin.results) == {"inferior gemellus", "quadratus femoris", "biceps femoris long head",
                                      "semitendinosus", "semimembranosus", "adductor magnus hamstring part"}
    femur = iri("bone", "femur")
    expected = {m for m in leaf_muscles(graph)
                if any(femur in closure(graph, s) for p in ("origin", "insertion") for s in objects(graph, m, p))}
    attach = kg.ask("which muscles attach to the femur")
    assert iris(attach.results) == expected
    assert "vastus lateralis" in labels(attach.results) and "rectus femoris" not in labels(attach.results)


def test_muscles_by_joint_action_label_and_by_movement_at_joint_agree(kg):
    by_action = kg.ask("which muscles produce knee flexion")
    by_verb = kg.ask("which muscles flex the knee")
    assert iris(by_action.results) == iris(by_verb.results)
    assert labels(by_verb.results) == {"biceps femoris long head", "biceps femoris short head", "semitendinosus",
                                       "semimembranosus", "sartorius", "gracilis", "gastrocnemius", "popliteus"}


def test_muscles_by_group_compartment_region_and_root(kg):
    compartment = kg.ask("which muscles of the posterior compartment of the thigh are supplied by S2")
    assert labels(compartment.results) == {"biceps femoris long head", "biceps femoris short head",
                                           "semitendinosus", "semimembranosus"}
    quads = kg.ask("which muscles of the quadriceps are innervated by L3")
    assert labels(quads.results) == {"rectus femoris", "vastus lateralis", "vastus medialis", "vastus intermedius"}
    gluteal = kg.ask("which muscles in the gluteal region are supplied by S2")
    assert labels(gluteal.results) == {"gluteus maximus", "piriformis"}


def test_two_roots_mean_both(kg):
    both = kg.ask("which muscles are innervated by L4 and S1")
    assert labels(both.results) == {"gluteus medius", "gluteus minimus", "tensor fasciae latae", "popliteus"}
    assert all({"L4", "S1"} <= set(r["roots"]) for r in both.results)


def test_nerve_filter_follows_branches(kg):
    answer = kg.ask("which muscles are supplied by the sciatic nerve and abduct the hip")
    assert answer.results == []
    flexors = kg.ask("which muscles supplied by the sciatic nerve flex the knee")
    assert labels(flexors.results) == {"biceps femoris long head", "biceps femoris short head",
                                       "semitendinosus", "semimembranosus", "gastrocnemius", "popliteus"}


def test_python_api_matches_ask(kg):
    api = kg.muscles(root="L5", action="hip abduction")
    assert iris(api) == iris(kg.ask("which L5-innervated muscles abduct the hip").results)
    assert iris(kg.muscles(root=["L4", "S1"])) == iris(kg.ask("which muscles are innervated by L4 and S1").results)
    assert iris(kg.muscles(insertion="greater trochanter", root="S2")) == {iri("muscle", "piriformis")}
    with pytest.raises(TypeError):
        kg.muscles(colour="red")
