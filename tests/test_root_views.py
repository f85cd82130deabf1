"""Named views over the root data: the textbook myotome by source, the actions that depend on a root,
dominant roots where a source marks them, and "major roots only" as an option of every root filter.

The shipped sources give root values without ranking them, so no shipped statement marks a major root;
the option is tested on the shipped graph plus one statement that marks one, which a curator could add."""

from __future__ import annotations

import pytest

import anatomy_kg
from anatomy_kg.api import NO_MAJOR_ROOTS
from anatomy_kg.loading import default_files

MARKED = """
@prefix akg: <https://w3id.org/anatomy-kg/vocab/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
[] a akg:Statement ; rdf:subject <https://w3id.org/anatomy-kg/muscle/gluteus-medius> ;
   rdf:predicate akg:segmentalInnervation ; rdf:object <https://w3id.org/anatomy-kg/segment/L5> ;
   akg:contribution akg:major ; dcterms:source <https://w3id.org/anatomy-kg/source/kendall-5> .
"""


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    extra = tmp_path_factory.mktemp("marked") / "major-root.ttl"
    extra.write_text(MARKED, encoding="utf-8")
    return anatomy_kg.load([*default_files(), extra])


def test_the_shipped_graph_marks_no_major_root_and_says_so(kg):
    assert kg.dominant_roots() == []
    answer = kg.ask("which L5 muscles abduct the hip, major roots only")
    assert answer.results == [] and NO_MAJOR_ROOTS in answer.notes


def test_major_roots_only_narrows_every_root_filter(marked, kg):
    everyone = {m["label"] for m in marked.muscles(root="L5", action="hip abduction")}
    major = {m["label"] for m in marked.muscles(root="L5", action="hip abduction", major_only=True)}
    assert major == {"gluteus medius"} < everyone
    assert {r["label"] for r in marked.ask("which muscles are mainly supplied by L5").results} == {"gluteus medius"}
    major_actions = marked.root_actions("L5", major_only=True)
    assert {r["label"] for r in major_actions} == {
        a["label"] for a in marked.root_actions("L5") if "gluteus medius" in a["muscles"]}
    assert [r["muscles"] for r in major_actions] == [["gluteus medius"]] * len(major_actions)
    rows = marked.myotome(root="L5", major_only=True)
    assert [(r["source"], r["muscles"]) for r in rows] == [("Kendall 5e", ["gluteus medius"])]
    assert marked.ask("what is the dominant root of gluteus medius").results == [
        {"iri": "https://w3id.org/anatomy-kg/muscle/gluteus-medius", "label": "gluteus medius", "root": "L5",
         "sources": ["Kendall 5e"]}]
    assert kg.muscles(root="L5", action="hip abduction", major_only=True) == []


def test_the_textbook_myotome_keeps_each_source_apart(kg):
    rows = {(r["label"], r["source"]): set(r["muscles"]) for r in kg.myotome()}
    # Moore 8e and Kendall 5e disagree on whether L4 supplies gluteus medius: each keeps its own myotome
    by_source = {source for (root, source), muscles in rows.items() if root == "L4" and "gluteus medius" in muscles}
    assert by_source and by_source <= {"Moore 8e", "Kendall 5e", "Gray's 42e"}
    assert all(r["count"] == len(r["muscles"]) for r in kg.myotome())
    kendall = kg.myotome(root="L5", source="Kendall")
    assert [r["source"] for r in kendall] == ["Kendall 5e"]


def test_root_actions_put_the_actions_most_in_a_roots_hands_first(kg):
    rows = kg.root_actions("L5")
    shares = [r["share"]["count"] / r["share"]["of"] for r in rows]
    assert shares == sorted(shares, reverse=True)
    dorsiflexion = next(r for r in rows if r["label"] == "ankle dorsiflexion")
    assert set(dorsiflexion["muscles"]) == {
        m["label"] for m in kg.muscles(root="L5", action="ankle dorsiflexion")}
