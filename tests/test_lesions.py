"""Lesion effects and localisation (educational, not diagnostic): each classic pattern ranks its cause first."""

from __future__ import annotations

import pytest

from anatomy_kg import UnsupportedQuestion
from anatomy_kg.lesions import DISCLAIMER


@pytest.mark.parametrize("question, first", [
    ("hip abduction and ankle dorsiflexion and great toe extension are weak, knee extension is normal", "L5 root"),
    ("ankle plantarflexion, foot eversion and knee flexion are weak; great toe flexion is normal", "S1 root"),
    ("knee extension, ankle dorsiflexion and foot inversion are weak, great toe extension and hip adduction are normal",
     "L4 root"),
    ("weak hip abduction and hip medial rotation, but ankle dorsiflexion and hip extension are normal",
     "superior gluteal nerve"),
    ("knee extension and hip flexion are weak, hip adduction is normal", "femoral nerve"),
    ("weakness of hip adduction; knee extension is normal", "obturator nerve"),
    ("ankle dorsiflexion and great toe extension are weak, foot eversion is normal", "deep fibular nerve"),
    ("ankle dorsiflexion, great toe extension and foot eversion are weak; foot inversion and hip abduction are normal",
     "common fibular nerve, below its direct muscular branches"),
])
def test_classic_patterns_rank_their_cause_first(kg, question, first):
    answer = kg.ask(question)
    assert answer.family == "lesion-localisation"
    assert answer.results[0]["label"] == first
    explains = answer.results[0]["explains"]
    assert explains["count"] == explains["of"]
    assert DISCLAIMER in answer.notes


def test_localisation_says_which_muscles_tell_the_top_two_apart(kg):
    notes = kg.ask("hip abduction and ankle dorsiflexion and great toe extension are weak, "
                   "knee extension is normal").notes
    assert any(n.startswith("To tell L5 root from") and "tibialis posterior" in n for n in notes)


def test_spared_findings_count_against_a_candidate(kg):
    without = kg.localise(weak=["ankle dorsiflexion"])["results"]
    with_spared = kg.localise(weak=["ankle dorsiflexion"], spared=["foot eversion"])["results"]
    assert with_spared[0]["label"] == "deep fibular nerve"
    assert [r["label"] for r in without] != [r["label"] for r in with_spared]


def test_weak_muscles_can_be_findings(kg):
    ranked = kg.localise(weak=["gluteus medius", "tibialis anterior"], spared=["vastus lateralis"])["results"]
    assert ranked[0]["label"] in {"L5 root", "L4 root"}
    assert "femoral" not in ranked[0]["label"]


def test_effects_of_a_superior_gluteal_nerve_injury(kg):
    answer = kg.ask("which muscles are weak in a superior gluteal nerve injury")
    assert answer.family == "lesion-effects"
    assert {r["label"] for r in answer.results} >= {"hip abduction", "hip medial rotation"}
    assert "gluteus medius, gluteus minimus, tensor fasciae latae" in answer.notes[0]
    assert DISCLAIMER in answer.notes


def test_effects_of_an_l5_radiculopathy_follow_the_myotome(kg, graph):
    effect = kg.lesion_effects("L5")
    l5 = {r["label"] for r in kg.muscles(root="L5")}
    assert set(effect["muscles"]) == l5
    assert "ankle dorsiflexion" in {a["action"] for a in effect["actions"]}
    assert "knee extension" not in {a["action"] for a in effect["actions"]}


def test_a_finding_must_be_an_action_or_muscle(kg):
    with pytest.raises(UnsupportedQuestion):
        kg.ask("the femur is weak")


def test_the_three_writings_of_the_union_rule_agree_for_every_nerve(kg):
    """"A plexus part reaches a muscle through a union (a nerve formed from several) only by a shared root" is
    written three times: in muscles.rq (the nerve filter), in nerve-supplies.rq and in Python
    (plexus.NerveTree.territories, behind lesion effects). For every nerve, plexus part and plexus the three
    give the same muscles."""
    from anatomy_kg.curriculum import wiring

    tree = kg.nerve_tree()
    brachial, lumbosacral = wiring.build(kg, "brachial"), wiring.build(kg, "lumbosacral")
    reach = {**brachial.territory, **lumbosacral.territory}
    checked = 0
    for nerve, name in sorted(tree.names.items()):
        by_filter = {m["iri"] for m in kg.muscles(nerve=nerve)}
        supplied = {r["iri"] for r in kg.nerve_supplies(nerve)}
        assert by_filter == supplied, name
        if supplied and tree.parts.get(nerve) not in ("PlexusRoot", "Division"):  # not named lesions
            labels = {r["label"] for r in kg.nerve_supplies(nerve)}
            assert set(kg.lesion_effects(nerve)["muscles"]) == labels, name
        if nerve in reach:
            assert set(reach[nerve]) == supplied, name
        checked += bool(supplied)
    assert checked > 40
