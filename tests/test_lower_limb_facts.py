"""Facts that students often get wrong and the sources agree on, checked on the shipped graph."""

from __future__ import annotations

import pytest


def nerves(kg, muscle):
    return {(r.get("part"), r["label"]) for r in kg.muscle(muscle, aspect="nerve")}


def test_iliacus_and_psoas_major_have_different_nerves(kg):
    assert nerves(kg, "iliacus") == {(None, "femoral nerve")}
    assert nerves(kg, "psoas major") == {(None, "anterior rami of lumbar spinal nerves")}
    # iliacus is L2-L3 although the femoral nerve is L2-L4: the muscle's own myotome is narrower
    assert [r["label"] for r in kg.muscle("iliacus", aspect="roots")] == ["L2", "L3"]
    assert [r["label"] for r in kg.nerve_roots("femoral nerve")] == ["L2", "L3", "L4"]


def test_adductor_magnus_has_two_parts_with_two_nerves(kg):
    assert nerves(kg, "adductor magnus") == {("adductor magnus adductor part", "obturator nerve"),
                                             ("adductor magnus hamstring part", "tibial nerve")}


def test_biceps_femoris_heads_have_two_nerves(kg):
    assert nerves(kg, "biceps femoris") == {("biceps femoris long head", "tibial nerve"),
                                            ("biceps femoris short head", "common fibular nerve")}


def test_obturator_internus_and_externus_have_different_nerves(kg):
    assert nerves(kg, "obturator internus") == {(None, "nerve to obturator internus")}
    assert nerves(kg, "obturator externus") == {(None, "obturator nerve")}


def test_greater_and_lesser_trochanter_insertions(kg):
    greater = {r["label"] for r in kg.muscles(insertion="greater trochanter")}
    lesser = {r["label"] for r in kg.muscles(insertion="lesser trochanter")}
    assert greater == {"gluteus medius", "gluteus minimus", "piriformis", "obturator internus",
                       "superior gemellus", "inferior gemellus"}
    assert lesser == {"psoas major", "iliacus"}
    assert "obturator externus" not in greater  # it inserts into the trochanteric fossa


def test_two_joint_muscles_of_hip_and_knee(kg):
    both = {r["label"] for r in kg.ask("which muscles are two-joint muscles").results}
    assert both == {"rectus femoris", "sartorius", "gracilis", "semitendinosus", "semimembranosus",
                    "biceps femoris long head"}
    assert "biceps femoris short head" not in both
    assert {r["label"] for r in kg.two_joint_muscles(joint="knee joint")} == both


@pytest.mark.parametrize("question, expected", [
    ("which muscles does the tibial nerve innervate",
     {"semitendinosus", "semimembranosus", "biceps femoris long head", "adductor magnus hamstring part"}),
    ("which muscles does the obturator nerve supply",
     {"adductor longus", "adductor brevis", "adductor magnus adductor part", "gracilis", "obturator externus"}),
    ("which muscles insert on the lesser trochanter", {"psoas major", "iliacus"}),
])
def test_nerve_and_insertion_questions(kg, question, expected):
    assert {r["label"] for r in kg.ask(question).results} == expected


def test_hamstrings_are_the_three_ischial_muscles(kg):
    assert {r["label"] for r in kg.muscles(group="hamstrings")} == {
        "semitendinosus", "semimembranosus", "biceps femoris long head"}
