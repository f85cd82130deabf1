"""Fibre types on innervation statements: a root a source gives for sensory or proprioceptive fibres only
(trapezius's C3 and C4 in Moore: "pain and proprioceptive fibres") is kept, with its fibre types, in the
muscle's facts and on its page, but it is not motor supply: it is in no myotome, no root's lesion and no
root filter. A statement that includes motor fibres counts as before."""

from __future__ import annotations

from anatomy_kg.tables import compile_table

TRAPEZIUS = "https://w3id.org/anatomy-kg/muscle/trapezius"
C3 = "https://w3id.org/anatomy-kg/segment/C3"


def test_non_motor_roots_count_in_no_myotome_lesion_or_root_filter(kg, graph):
    for root in ("C3", "C4"):
        assert not any("trapezius" in r["muscles"] for r in kg.myotome(root))
        assert "trapezius" not in kg.lesion_effects(root)["muscles"]
        assert TRAPEZIUS not in {m["iri"] for m in kg.muscles(root=root)}
    assert "levator scapulae" in kg.lesion_effects("C3")["muscles"]  # motor C3 supply still counts
    # the statements stay; only the direct triple (motor supply) is not derived from them
    assert not graph.query(f"ASK {{ <{TRAPEZIUS}> <https://w3id.org/anatomy-kg/vocab/segmentalInnervation> <{C3}> }}"
                           ).askAnswer


def test_the_muscle_s_facts_and_page_still_show_them_with_their_fibre_types(kg):
    roots = {r["label"]: r for r in kg.muscle("trapezius", "roots")}
    assert set(roots) == {"C3", "C4"} and roots["C3"]["fibreType"] == "proprioceptive, sensory"
    assert roots["C3"]["sources"] == ["Moore 8e"]
    nerve = [r for r in kg.muscle("trapezius", "nerve")]
    assert [(r["label"], r["fibreType"]) for r in nerve] == [("spinal accessory nerve", "motor")]
    page = kg.run("entity", entity=TRAPEZIUS)
    c3 = [r for r in page if r["other"] == C3]
    assert c3 and "sensory fibres" in c3[0]["qualifiers"] and "proprioceptive fibres" in c3[0]["qualifiers"]
    segment_page = kg.run("entity", entity=C3)
    assert any(r["other"] == TRAPEZIUS and r["direction"] == "in" for r in segment_page)


def test_a_supply_that_includes_motor_fibres_counts(extended):
    turtle = """
[] a akg:Statement ; rdf:subject <https://w3id.org/anatomy-kg/muscle/trapezius> ;
   rdf:predicate akg:segmentalInnervation ; rdf:object <https://w3id.org/anatomy-kg/segment/C2> ;
   akg:fibreType akg:motor , akg:sensory ; dcterms:source <https://w3id.org/anatomy-kg/source/kendall-5> .
"""
    bigger = extended(turtle)
    assert TRAPEZIUS in {m["iri"] for m in bigger.muscles(root="C2")}
    assert TRAPEZIUS not in {m["iri"] for m in bigger.muscles(root="C3")}


def test_a_curation_table_takes_several_fibre_types():
    turtle = compile_table("subject,property,object,source,fibre type,comment\n"
                           "muscle:trapezius,segmentalInnervation,segment:C3,moore-coa-8,sensory; proprioceptive,"
                           "\"pain; and position\"\n", ",")
    assert "akg:fibreType akg:sensory , akg:proprioceptive" in turtle
    assert '"pain; and position"' in turtle


def test_a_yes_no_question_about_a_non_motor_root_says_why_it_is_no(kg):
    """"Is trapezius supplied by C3": the statement exists, so "no source gives it" would be false. The answer
    is no as motor supply, and says which source gives C3 for which fibres."""
    answer = kg.ask("is trapezius supplied by C3")
    assert answer.results and not any(r["verdict"] for r in answer.results)
    c3 = [r for r in answer.results if r.get("label") == "C3"]
    assert c3 and c3[0]["fibreType"] == "proprioceptive, sensory"
    assert any(n.startswith("No, not as motor supply: Moore 8e gives trapezius C3 for proprioceptive, sensory")
               for n in answer.notes), answer.notes
    assert not any("no source in the graph gives" in n for n in answer.notes)
    mixed = kg.ask("is trapezius supplied by C3 and C7")
    assert any("no source in the graph gives trapezius C7" in n for n in mixed.notes), mixed.notes
    assert kg.ask("is levator scapulae supplied by C3").results[0]["verdict"] is True
