"""Question families about relations: antagonists, synergists, a joint's movements, a landmark's attachments."""

from __future__ import annotations


def labels(results):
    return {r["label"] for r in results}


def test_antagonists_act_in_the_opposite_direction_at_the_same_joint(kg):
    answer = kg.ask("what are the antagonists of tibialis anterior")
    assert answer.family == "antagonists"
    found = {r["label"]: r["actions"] for r in answer.results}
    assert {"gastrocnemius", "soleus", "fibularis longus"} <= set(found)
    assert {"action": "ankle dorsiflexion", "opposed": "ankle plantarflexion"} in found["soleus"]
    assert {"action": "foot inversion", "opposed": "foot eversion"} in found["fibularis longus"]
    assert "extensor digitorum longus" not in found


def test_synergists_share_a_joint_action(kg):
    answer = kg.ask("synergists of tibialis anterior")
    assert labels(answer.results) == {"extensor digitorum longus", "extensor hallucis longus", "fibularis tertius",
                                      "tibialis posterior"}
    assert kg.synergists("gluteus medius") and "gluteus minimus" in labels(kg.synergists("gluteus medius"))


def test_a_joint_lists_its_movements_and_their_muscles(kg):
    answer = kg.ask("what movements does the ankle joint allow")
    assert answer.family == "joint-movements"
    rows = {r["label"]: r["muscles"] for r in answer.results}
    assert set(rows) == {"ankle dorsiflexion", "ankle plantarflexion"}
    assert "soleus" in rows["ankle plantarflexion"] and "tibialis anterior" in rows["ankle dorsiflexion"]


def test_a_landmark_names_its_bone_and_attachments(kg):
    answer = kg.ask("greater trochanter")
    assert answer.family == "site"
    assert answer.notes == ["The greater trochanter is part of the femur."]
    assert ("vastus lateralis", "origin") in {(r["label"], r["attachment"]) for r in answer.results}
    assert ("gluteus medius", "insertion") in {(r["label"], r["attachment"]) for r in answer.results}
    assert kg.site("ischial tuberosity")
