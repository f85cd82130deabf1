"""Upper limb and brachial plexus: the facts students confuse, checked on the shipped graph (Moore 8e), and
the plexus read as a graph (cords, paths from roots, lesions at a level)."""

from __future__ import annotations

import pytest

SPLIT_SUPPLY = ["brachialis", "flexor digitorum profundus", "flexor pollicis brevis", "lumbricals of hand"]
LISTED = [  # the muscles issue 7 names, as the graph names them (a muscle with parts stands for its parts)
    "trapezius", "latissimus dorsi", "levator scapulae", "rhomboid major", "rhomboid minor", "serratus anterior",
    "pectoralis major", "pectoralis minor", "subclavius", "deltoid", "supraspinatus", "infraspinatus",
    "teres minor", "subscapularis", "teres major", "biceps brachii", "brachialis", "coracobrachialis",
    "triceps brachii", "anconeus", "pronator teres", "flexor carpi radialis", "palmaris longus",
    "flexor carpi ulnaris", "flexor digitorum superficialis", "flexor digitorum profundus",
    "flexor pollicis longus", "pronator quadratus", "brachioradialis", "extensor carpi radialis longus",
    "extensor carpi radialis brevis", "extensor digitorum", "extensor digiti minimi", "extensor carpi ulnaris",
    "supinator", "abductor pollicis longus", "extensor pollicis brevis", "extensor pollicis longus",
    "extensor indicis", "abductor pollicis brevis", "flexor pollicis brevis", "opponens pollicis",
    "adductor pollicis", "abductor digiti minimi of hand", "flexor digiti minimi brevis of hand",
    "opponens digiti minimi", "lumbricals of hand", "dorsal interossei of hand", "palmar interossei of hand",
    "palmaris brevis",
]


def nerves(kg, muscle):
    return {(r.get("part"), r["label"]) for r in kg.muscle(muscle, aspect="nerve")}


def roots(kg, muscle):
    return [r["label"] for r in kg.muscle(muscle, aspect="roots")]


def test_every_listed_muscle_is_complete(kg):
    """Origins, insertions, nerve and actions; and motor root values, unless a cranial nerve is its only motor
    supply (trapezius: CN XI; its C3 and C4 are pain and proprioceptive fibres)."""
    rows = {r["label"]: r for r in kg.run("stats/muscle-completeness")}
    cranial = {r["n"] for r in kg.select(
        "PREFIX akg: <https://w3id.org/anatomy-kg/vocab/> "
        "SELECT ?n WHERE { ?n akg:branchOf* ?c . ?c a akg:CranialNerve }")}
    for name in LISTED:
        parts = sorted({r["part"] for r in kg.muscle(name, aspect="nerve") if r.get("part")}) or [name]
        for part in parts:
            spinal = {r["iri"] for r in kg.muscle(part, aspect="nerve")} - cranial
            fields = ("origins", "insertions", "nerves", "actions") + (("roots",) if spinal else ())
            assert all(int(rows[part][f]) > 0 for f in fields), (name, part, rows[part])


@pytest.mark.parametrize("muscle", SPLIT_SUPPLY)
def test_split_supply_is_modelled_part_by_part(kg, muscle):
    found = nerves(kg, muscle)
    assert len({nerve for _, nerve in found}) == 2, found
    assert all(part for part, _ in found), "each nerve is given for a part, not for the whole muscle"


def test_flexor_digitorum_profundus_halves(kg):
    assert nerves(kg, "flexor digitorum profundus") == {
        ("flexor digitorum profundus medial part", "ulnar nerve"),
        ("flexor digitorum profundus lateral part", "anterior interosseous nerve")}
    # the anterior interosseous nerve is the median nerve's: the lateral half is median territory
    median = {r["label"] for r in kg.nerve_supplies("median nerve")}
    assert "flexor digitorum profundus lateral part" in median
    assert "flexor digitorum profundus medial part" not in median


def test_lumbricals_first_two_median_last_two_ulnar(kg):
    by_part = dict(nerves(kg, "lumbricals of hand"))
    assert by_part["first lumbrical of hand"] == "median nerve"
    assert by_part["second lumbrical of hand"] == "median nerve"
    assert by_part["third lumbrical of hand"] == "deep branch of ulnar nerve"
    assert by_part["fourth lumbrical of hand"] == "deep branch of ulnar nerve"


def test_recurrent_branch_of_median_supplies_the_thenar_muscles_but_not_adductor_pollicis(kg):
    supplied = {r["label"] for r in kg.nerve_supplies("recurrent branch of the median nerve")}
    assert supplied == {"abductor pollicis brevis", "opponens pollicis", "flexor pollicis brevis superficial head"}
    assert nerves(kg, "adductor pollicis") == {(None, "deep branch of ulnar nerve")}
    fpb = dict(nerves(kg, "flexor pollicis brevis"))
    assert fpb["flexor pollicis brevis deep head"] == "deep branch of ulnar nerve"
    assert [r["label"] for r in kg.nerve_branches("recurrent branch of median nerve", "parent")][0] == "median nerve"


def test_rotator_cuff_nerves(kg):
    cuff = {r["label"]: r["nerves"] for r in kg.muscles(group="rotator cuff")}
    assert cuff == {"supraspinatus": ["suprascapular nerve"], "infraspinatus": ["suprascapular nerve"],
                    "teres minor": ["axillary nerve"],
                    "subscapularis": ["lower subscapular nerve", "upper subscapular nerve"]}
    # teres major is not in the cuff, and has its own nerve
    assert nerves(kg, "teres major") == {(None, "lower subscapular nerve")}


def test_serratus_anterior_long_thoracic_from_the_roots(kg):
    assert nerves(kg, "serratus anterior") == {(None, "long thoracic nerve")}
    assert roots(kg, "serratus anterior") == ["C5", "C6", "C7"]
    # the long thoracic nerve comes straight from the roots, not from a trunk or cord
    assert {r["label"] for r in kg.nerve_supplies("posterior cord")}.isdisjoint({"serratus anterior"})
    assert {r["label"] for r in kg.nerve_supplies("anterior ramus of C5")} >= {"serratus anterior", "rhomboid major"}


def test_trapezius_is_cranial_nerve_territory(kg):
    assert nerves(kg, "trapezius") == {(None, "spinal accessory nerve")}
    assert kg.nerve_roots("spinal accessory nerve") == []


def test_brachial_plexus_wiring(kg):
    parent = lambda n: [r["label"] for r in kg.nerve_branches(n, "parent")][0]  # noqa: E731
    assert parent("axillary nerve") == "posterior cord of brachial plexus"
    assert parent("radial nerve") == "posterior cord of brachial plexus"
    assert parent("musculocutaneous nerve") == "lateral cord of brachial plexus"
    assert parent("ulnar nerve") == "medial cord of brachial plexus"
    assert parent("suprascapular nerve") == "upper trunk of brachial plexus"
    assert parent("posterior interosseous nerve") == "deep branch of radial nerve"
    assert [r["label"] for r in kg.nerve_roots("lateral cord")] == ["C5", "C6", "C7"]
    assert [r["label"] for r in kg.nerve_roots("medial cord")] == ["C8", "T1"]


def test_posterior_cord_supplies_through_its_branches(kg):
    supplied = {r["label"]: r["via"] for r in kg.nerve_supplies("posterior cord")}
    assert supplied["deltoid"] == "axillary nerve"
    assert supplied["latissimus dorsi"] == "thoracodorsal nerve"
    assert supplied["supinator"] == "deep branch of radial nerve"
    assert "biceps brachii" not in supplied and "flexor carpi ulnaris" not in supplied


def test_cords_reach_the_median_nerve_only_with_their_own_roots(kg):
    lateral = {r["label"] for r in kg.nerve_supplies("lateral cord")}
    medial = {r["label"] for r in kg.nerve_supplies("medial cord")}
    assert {"pronator teres", "flexor carpi radialis", "biceps brachii"} <= lateral  # C6, C7 through the median
    assert "pronator quadratus" not in lateral                                    # C8, T1 only
    assert {"pronator quadratus", "abductor pollicis brevis", "flexor carpi ulnaris"} <= medial
    assert "pronator teres" not in medial                                          # C6, C7 only


def test_deltoid_paths_from_its_roots(kg):
    rows = kg.root_paths("deltoid")
    assert {r["root"] for r in rows} == {"C5", "C6"}
    for row in rows:
        assert row["path"][1:] == [f"anterior ramus of {row['root']}", "upper trunk of brachial plexus",
                                    "posterior division of upper trunk", "posterior cord of brachial plexus",
                                    "axillary nerve", "deltoid"]


def test_median_nerve_paths_go_through_the_cord_that_carries_the_root(kg):
    paths = {r["root"]: r["path"] for r in kg.root_paths("pronator teres")}
    assert "lateral cord of brachial plexus" in paths["C6"] and not any("medial cord" in p for p in paths["C6"])
    paths = {r["root"]: r["path"] for r in kg.root_paths("flexor pollicis longus")}
    assert "medial cord of brachial plexus" in paths["T1"] and not any("lateral cord" in p for p in paths["T1"])


def test_radial_nerve_at_the_radial_groove_spares_branches_above_it(kg):
    whole = set(kg.lesion_effects("radial nerve")["muscles"])
    groove = set(kg.lesion_effects("radial nerve at the spiral groove")["muscles"])
    assert {"triceps brachii long head", "triceps brachii lateral head"} <= whole - groove
    assert {"triceps brachii medial head", "extensor carpi radialis longus", "extensor digitorum",
            "supinator", "brachioradialis"} <= groove
    wrist_drop = {a["action"]: a["lost"] for a in kg.lesion_effects("radial nerve at the radial groove")["actions"]}
    assert wrist_drop["wrist extension"] == "all main movers"
    assert wrist_drop["elbow extension"] == "some main movers"   # only the medial head of triceps


def test_median_nerve_at_the_wrist_spares_the_forearm(kg):
    hit = set(kg.lesion_effects("median nerve at the wrist")["muscles"])
    assert hit == {"abductor pollicis brevis", "opponens pollicis", "flexor pollicis brevis superficial head",
                   "first lumbrical of hand", "second lumbrical of hand"}


def test_isncsci_upper_limb_key_muscles(kg):
    keys = {r["label"]: (r["action"], r["muscles"]) for r in kg.key_muscles()}
    assert keys["C5"] == ("elbow flexion", ["biceps brachii", "brachialis"])
    assert keys["C6"][0] == "wrist extension"
    assert keys["C7"] == ("elbow extension", ["triceps brachii"])
    assert keys["C8"][1] == ["flexor digitorum profundus lateral part"]
    assert keys["T1"][1] == ["abductor digiti minimi of hand"]
