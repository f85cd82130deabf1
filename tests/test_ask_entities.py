"""Question families about one muscle and about one nerve."""

from __future__ import annotations

import pytest
from kg_terms import iri


def test_where_does_rectus_femoris_originate(kg):
    answer = kg.ask("where does rectus femoris originate")
    assert answer.family == "muscle-facts"
    assert {r["property"] for r in answer.results} == {"origin"}
    assert {r["label"] for r in answer.results} == {"anterior inferior iliac spine", "supra-acetabular groove"}
    assert all(r["sources"] for r in answer.results)


def test_what_does_gluteus_medius_do_keeps_fibre_parts_and_sources(kg):
    answer = kg.ask("what does gluteus medius do")
    actions = {(r["label"], r.get("fibres")) for r in answer.results}
    assert ("hip abduction", None) in actions
    assert ("hip medial rotation", "anterior fibres") in actions
    assert ("hip lateral rotation", "posterior fibres") in actions
    assert all(isinstance(r["sources"], list) and "detail" not in r for r in answer.results)
    assert {r["property"] for r in answer.results} == {"action"}


def test_roots_of_gluteus_medius_keep_both_sources_and_say_they_disagree(kg):
    answer = kg.ask("what are the roots of gluteus medius")
    by_root = {r["label"]: r["sources"] for r in answer.results}
    assert set(by_root) == {"L4", "L5", "S1"}
    assert "Moore 8e" not in by_root["L4"] and "Gray's 42e" in by_root["L4"]
    assert by_root["L5"] == sorted(by_root["L5"])
    assert "Moore 8e" in by_root["L5"] and "Kendall 5e" in by_root["L5"]
    assert answer.notes and "Moore 8e: L5 S1" in answer.notes[0]


@pytest.mark.parametrize("question", ["which nerve supplies gluteus medius", "what nerve innervates glute med"])
def test_nerve_of_a_muscle_by_name_or_synonym(kg, question):
    answer = kg.ask(question)
    assert [r["label"] for r in answer.results] == ["superior gluteal nerve"]


def test_a_muscle_on_its_own_gives_every_fact(kg):
    answer = kg.ask("biceps femoris long head")
    props = {r["property"] for r in answer.results}
    assert {"origin", "insertion", "innervated by", "segmental innervation", "action", "member of", "part of"} <= props
    assert ("innervated by", "tibial nerve") in {(r["property"], r["label"]) for r in answer.results}


def test_what_a_whole_muscle_does_comes_from_its_parts(kg):
    answer = kg.ask("what does biceps femoris do")
    rows = {(r.get("part"), r["label"]) for r in answer.results}
    assert ("biceps femoris long head", "hip extension") in rows
    assert ("biceps femoris short head", "knee flexion") in rows
    assert ("biceps femoris short head", "hip extension") not in rows


def test_whole_muscle_lists_its_parts(kg):
    parts = {r["label"] for r in kg.muscle("biceps femoris") if r["property"] == "has part"}
    assert parts == {"biceps femoris long head", "biceps femoris short head"}


def test_what_does_the_superior_gluteal_nerve_supply(kg):
    answer = kg.ask("what does the superior gluteal nerve supply")
    assert answer.family == "nerve-supplies"
    assert {r["label"] for r in answer.results} == {"gluteus medius", "gluteus minimus", "tensor fasciae latae"}


def test_sciatic_nerve_supplies_through_its_branches(kg):
    results = kg.ask("what does the sciatic nerve supply").results
    assert {(r["label"], r["via"]) for r in results} >= {
        ("biceps femoris long head", "tibial nerve"), ("biceps femoris short head", "common fibular nerve")}


def test_nerve_roots_in_cranial_to_caudal_order(kg):
    answer = kg.ask("what are the roots of the femoral nerve")
    assert answer.family == "nerve-roots"
    assert [r["label"] for r in answer.results] == ["L2", "L3", "L4"]
    assert [r["label"] for r in kg.nerve_roots("sciatic nerve")] == ["L4", "L5", "S1", "S2", "S3"]


def test_api_resolves_names_synonyms_and_iris(kg):
    by_name = kg.nerve_supplies("superior gluteal nerve")
    by_iri = kg.nerve_supplies(iri("nerve", "superior-gluteal"))
    assert by_name == by_iri
    assert kg.muscle("TFL", aspect="nerve")[0]["label"] == "superior gluteal nerve"


@pytest.mark.parametrize(
    "question, family, expected",
    [("what's the origin of the TFL", "muscle-facts", {"anterior superior iliac spine", "iliac crest"}),
     ("origin and insertion of piriformis", "muscle-facts",
      {"pelvic surface of sacrum", "sacrotuberous ligament", "superior border of greater trochanter"}),
     ("hip abductors", "muscles", {"gluteus medius", "gluteus minimus", "tensor fasciae latae"}),
     ("what is the nerve supply of gluteus maximus", "muscle-facts", {"inferior gluteal nerve"}),
     ("what muscles does the femoral nerve innervate", "nerve-supplies",
      {"rectus femoris", "vastus lateralis", "vastus medialis", "vastus intermedius"})],
)
def test_everyday_phrasings(kg, question, family, expected):
    answer = kg.ask(question)
    assert answer.family == family
    assert expected <= {r["label"] for r in answer.results}


def test_a_landmark_of_several_bones_is_found_from_each_and_names_them(kg):
    # the zygomatic arch is akg:formedBy the temporal and zygomatic bones, part of neither
    arch = kg.ask("what attaches to the zygomatic arch")
    # one row, not one per bone
    assert [(r["label"], r["attachment"]) for r in arch.results] == [("masseter", "origin")]
    assert any("formed by the temporal bone and the zygomatic bone" in note for note in arch.notes)
    for bone, muscles in (("temporal bone", {"masseter", "temporalis"}), ("zygomatic bone", {"masseter"})):
        assert {r["label"] for r in kg.ask(f"which muscles attach to the {bone}").results} == muscles
