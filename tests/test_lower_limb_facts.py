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
    hip_and_knee = {"rectus femoris", "sartorius", "gracilis", "semitendinosus", "semimembranosus",
                    "biceps femoris long head"}
    assert hip_and_knee <= both and "biceps femoris short head" not in both
    assert {r["label"] for r in kg.two_joint_muscles(joint="hip joint")} == hip_and_knee
    assert "gastrocnemius" in {r["label"] for r in kg.two_joint_muscles(joint="knee joint")}


@pytest.mark.parametrize("question, expected", [
    ("which muscles does the obturator nerve supply",
     {"adductor longus", "adductor brevis", "adductor magnus adductor part", "gracilis", "obturator externus"}),
    ("which muscles insert on the lesser trochanter", {"psoas major", "iliacus"}),
])
def test_nerve_and_insertion_questions(kg, question, expected):
    assert {r["label"] for r in kg.ask(question).results} == expected


def test_hamstrings_are_the_three_ischial_muscles(kg):
    assert {r["label"] for r in kg.muscles(group="hamstrings")} == {
        "semitendinosus", "semimembranosus", "biceps femoris long head"}


def test_deep_and_superficial_fibular_territories(kg):
    deep = {r["label"] for r in kg.nerve_supplies("deep fibular nerve")}
    superficial = {r["label"] for r in kg.nerve_supplies("superficial fibular nerve")}
    assert deep == {"tibialis anterior", "extensor hallucis longus", "extensor digitorum longus", "fibularis tertius",
                    "extensor digitorum brevis", "extensor hallucis brevis"}
    assert superficial == {"fibularis longus", "fibularis brevis"}
    assert {r["label"] for r in kg.muscles(group="anterior compartment of leg")} == deep - {
        "extensor digitorum brevis", "extensor hallucis brevis"}  # the two short extensors are in the foot
    assert {r["label"] for r in kg.muscles(group="lateral compartment of leg")} == superficial
    # fibularis tertius is in the anterior compartment: deep fibular, although it is named like the lateral two


def test_a_branch_without_roots_of_its_own_reports_its_parents(kg):
    rows = kg.nerve_roots("deep fibular nerve")
    assert [r["label"] for r in rows] == ["L4", "L5", "S1", "S2"]
    assert {r["from"] for r in rows} == {"common fibular nerve"}
    assert all("from" not in r for r in kg.nerve_roots("common fibular nerve"))


@pytest.mark.parametrize("question, expected", [
    ("which muscles dorsiflex the ankle",
     {"tibialis anterior", "extensor hallucis longus", "extensor digitorum longus", "fibularis tertius"}),
    ("which S1-innervated muscles plantarflex the ankle",
     {"gastrocnemius", "soleus", "plantaris", "fibularis longus", "fibularis brevis"}),
    ("which muscles invert the foot", {"tibialis anterior", "tibialis posterior"}),
    ("which muscles evert the foot", {"fibularis longus", "fibularis brevis", "fibularis tertius"}),
    ("which muscles extend the great toe", {"extensor hallucis longus", "extensor hallucis brevis"}),
    ("which muscles abduct the great toe", {"abductor hallucis"}),
    ("what does the medial plantar nerve supply",
     {"abductor hallucis", "flexor digitorum brevis", "flexor hallucis brevis", "first lumbrical of foot"}),
    ("what does the peroneal nerve supply",
     {"biceps femoris short head", "tibialis anterior", "extensor hallucis longus", "extensor digitorum longus",
      "fibularis tertius", "fibularis longus", "fibularis brevis", "extensor digitorum brevis",
      "extensor hallucis brevis"}),
])
def test_leg_questions(kg, question, expected):
    assert {r["label"] for r in kg.ask(question).results} == expected


def test_tibial_nerve_supplies_the_posterior_thigh_and_leg(kg):
    supplied = {r["label"] for r in kg.ask("which muscles does the tibial nerve innervate").results}
    assert {"gastrocnemius", "soleus", "popliteus", "tibialis posterior", "flexor hallucis longus",
            "flexor digitorum longus", "semitendinosus"} <= supplied
    assert not supplied & {"tibialis anterior", "fibularis longus", "biceps femoris short head"}


def test_lumbricals_of_the_foot_have_two_nerves(kg):
    assert nerves(kg, "lumbricals of foot") == {("first lumbrical of foot", "medial plantar nerve"),
                                                ("second to fourth lumbricals of foot", "lateral plantar nerve")}


def test_intrinsic_foot_muscles_are_s2_s3_except_the_dorsum(kg):
    for row in kg.muscles(region="foot"):
        expected = ["L5", "S1"] if "extensor" in row["label"] else ["S2", "S3"]
        assert row["roots"] == expected, row["label"]


def test_isncsci_key_muscles_of_the_lower_limb(kg):
    rows = {r["label"]: (r["action"], r["muscles"]) for r in kg.ask("ISNCSCI key muscles").results
            if r["label"][0] in "LS"}
    assert rows == {
        "L2": ("hip flexion", ["iliacus", "psoas major"]),
        "L3": ("knee extension", ["rectus femoris", "vastus intermedius", "vastus lateralis", "vastus medialis"]),
        "L4": ("ankle dorsiflexion", ["tibialis anterior"]),
        "L5": ("great toe extension", ["extensor hallucis longus"]),
        "S1": ("ankle plantarflexion", ["gastrocnemius", "soleus"]),
    }
    assert [r["label"] for r in kg.key_muscles("L4")] == ["L4"]
    # every key muscle is in its root's myotome by the anatomy sources too
    for root, (_, muscles) in rows.items():
        assert set(muscles) <= {r["label"] for r in kg.muscles(root=root)}, root
