"""Crosswalks to outside vocabularies (OpenSim model names, free-exercise-db and wger muscle groups, ISNCSCI key
muscle groups, HPO weakness terms): every term is one read from its public source (the evidence tables in
tests/data/crosswalks/), every mapping set round-trips through SSSOM, and questions asked in those vocabularies
get the answers their anatomical phrasing gets."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

EVIDENCE = Path(__file__).resolve().parent / "data" / "crosswalks"
SETS = ["opensim-gait2392", "opensim-rajagopal2015", "free-exercise-db", "wger", "isncsci-key-muscles", "hpo-weakness"]
BASE = "https://w3id.org/anatomy-kg/"
SKOS = "http://www.w3.org/2004/02/skos/core#"


def evidence(name: str) -> list[dict]:
    lines = [line for line in (EVIDENCE / name).read_text().splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def terms(kg, mapping_set: str) -> dict[str, dict]:
    rows = kg.select(f"""PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?term ?notation ?label WHERE {{
            ?term akg:inMappingSet <{BASE}mapping-set/{mapping_set}> ; skos:notation ?notation .
            OPTIONAL {{ ?term skos:prefLabel ?label }} }}""")
    return {r["notation"]: r for r in rows}


def mapped(kg, mapping_set: str) -> set[tuple[str, str, str]]:
    """(anatomy-kg slug, predicate, notation) for every mapping of a set."""
    return {(r["subject"].removeprefix(BASE), r["predicate"].removeprefix(SKOS), r["notation"])
            for r in kg.run("crosswalk/mappings", set=f"{BASE}mapping-set/{mapping_set}")}


# ------------------------------------------------------------------ every term from its source

@pytest.mark.parametrize(("mapping_set", "model"), [("opensim-gait2392", "gait2392"),
                                                    ("opensim-rajagopal2015", "Rajagopal2015")])
def test_opensim_names_and_pairs_are_the_checked_ones(kg, mapping_set, model):
    rows = [r for r in evidence("opensim.tsv") if r["model"] == model]
    assert set(terms(kg, mapping_set)) == {r["name"] for r in rows}
    assert mapped(kg, mapping_set) == {(f"muscle/{r['akg_slug']}", r["predicate"], r["name"]) for r in rows
                                       if r["akg_slug"]}


def test_exercise_vocabularies_are_the_published_lists(kg):
    rows = evidence("exercise.tsv")
    assert set(terms(kg, "free-exercise-db")) == {r["name"] for r in rows if r["vocabulary"] == "free-exercise-db"}
    wger = terms(kg, "wger")
    assert {n: t["label"] for n, t in wger.items()} == {r["id"]: r["name"] for r in rows if r["vocabulary"] == "wger"}


def test_hpo_terms_have_the_id_and_label_read_together_in_hp_obo(kg):
    read = {r["hpo_id"]: r for r in evidence("hpo.tsv") if r["obo_offset"]}
    hpo = terms(kg, "hpo-weakness")
    assert hpo and set(hpo) <= set(read), "only terms whose id and label were read together in hp.obo"
    for notation, term in hpo.items():
        assert term["label"] == read[notation]["label"]
        assert term["term"] == "http://purl.obolibrary.org/obo/HP_" + notation.removeprefix("HP:")


def test_isncsci_groups_are_the_worksheet_labels_and_the_key_muscles(kg):
    labels = {r["segment"]: r for r in evidence("isncsci.tsv") if r["kind"] == "key_muscle"
              and "worksheet" in r["source_variant"]}
    isncsci = terms(kg, "isncsci-key-muscles")
    assert set(isncsci) == set(labels) == {"C5", "C6", "C7", "C8", "T1", "L2", "L3", "L4", "L5", "S1"}
    # each ISNCSCI group is broader than exactly the key muscles the standard's statements name for the root
    for root in isncsci:
        named = {m for r in kg.key_muscles(root) for m in r["muscles"]}
        pairs = {kg.lexicon.by_iri[BASE + slug].label for slug, p, n in mapped(kg, "isncsci-key-muscles")
                 if n == root and p == "broadMatch"}
        assert pairs == named, root


def test_every_mapped_subject_is_a_named_entity_of_the_graph(kg):
    for mapping_set in SETS:
        for slug, _, _ in mapped(kg, mapping_set):
            assert BASE + slug in kg.lexicon.by_iri, (mapping_set, slug)


# ------------------------------------------------------------------ known pairs

@pytest.mark.parametrize(("mapping_set", "pair"), [
    ("opensim-rajagopal2015", ("muscle/gluteus-medius", "narrowMatch", "glmed1_r")),
    ("opensim-gait2392", ("muscle/tibialis-anterior", "exactMatch", "tib_ant_r")),
    ("opensim-gait2392", ("muscle/vastus-lateralis", "exactMatch", "vas_lat_r")),
    ("opensim-gait2392", ("muscle/superior-gemellus", "broadMatch", "gem_r")),
    ("opensim-gait2392", ("muscle/inferior-gemellus", "broadMatch", "gem_r")),
    ("free-exercise-db", ("group/hamstrings", "exactMatch", "hamstrings")),
    ("free-exercise-db", ("group/gluteal-muscles", "exactMatch", "glutes")),
    ("free-exercise-db", ("group/hip-abductors", "closeMatch", "abductors")),
    ("wger", ("group/quadriceps-femoris", "exactMatch", "10")),
    ("wger", ("muscle/deltoid", "narrowMatch", "2")),
    ("isncsci-key-muscles", ("muscle/biceps-brachii", "broadMatch", "C5")),
    ("isncsci-key-muscles", ("muscle/tibialis-anterior", "broadMatch", "L4")),
    ("hpo-weakness", ("action/hip-flexion", "relatedMatch", "HP:0012515")),
    ("hpo-weakness", ("action/ankle-dorsiflexion", "relatedMatch", "HP:0009027")),
    ("hpo-weakness", ("action/wrist-extension", "relatedMatch", "HP:0031189")),
])
def test_known_pairs(kg, mapping_set, pair):
    assert pair in mapped(kg, mapping_set)


def test_unmapped_terms_stay_unmapped(kg):
    """Terms with no counterpart in the graph are listed in their set but map to nothing (no guesses)."""
    for mapping_set, notation in [("free-exercise-db", "lower back"), ("free-exercise-db", "neck"),
                                  ("wger", "6"), ("opensim-gait2392", "ercspn_r")]:
        assert notation in terms(kg, mapping_set)
        assert notation not in {n for _, _, n in mapped(kg, mapping_set)}


# ------------------------------------------------------------------ SSSOM

@pytest.mark.parametrize("mapping_set", SETS)
def test_each_mapping_set_round_trips_through_sssom(run_cli, kg, mapping_set):
    from sssom.parsers import parse_sssom_table

    done = run_cli("export", "--part", "sssom", "--mapping-set", mapping_set)
    assert done.returncode == 0, done.stderr
    msdf = parse_sssom_table(io.StringIO(done.stdout))
    expand = msdf.converter.expand
    table = {(expand(r.subject_id), expand(r.predicate_id), expand(r.object_id)) for r in msdf.df.itertuples()}
    graph = {(r["subject"], r["predicate"], r["term"])
             for r in kg.run("crosswalk/mappings", set=f"{BASE}mapping-set/{mapping_set}")}
    assert table == graph and table
    assert msdf.metadata["mapping_set_id"] == f"{BASE}mappings/{mapping_set}.sssom.tsv"
    sources = set(msdf.df["object_source"])  # a propagatable slot: the parser moves it onto every row
    assert len(sources) == 1 and next(iter(sources)).startswith("https://github.com/")


def test_an_unknown_mapping_set_is_refused(run_cli):
    done = run_cli("export", "--part", "sssom", "--mapping-set", "nowhere")
    assert done.returncode == 2 and "unknown mapping set" in done.stderr and "opensim-gait2392" in done.stderr


# ------------------------------------------------------------------ questions in outside vocabularies

@pytest.mark.parametrize(("outside", "anatomical"), [
    ("which roots supply glmed1_r", "which roots supply gluteus medius"),
    ("which nerve supplies vas_lat_r", "which nerve supplies vastus lateralis"),
    ("which nerve supplies bifemsh_r", "which nerve supplies biceps femoris short head"),
    ("what does tib_ant_r do", "what does tibialis anterior do"),
    ("which muscles are in HP:0011727", "which muscles are in the lateral compartment of the leg"),
    ("HP:0012515 and HP:0009027 are weak", "hip flexion and ankle dorsiflexion are weak"),
    ("HP:0031189 is weak", "wrist extension is weak"),
    ("HP:0003731 is weak, HP:0012515 is normal", "quadriceps femoris is weak, hip flexion is normal"),
])
def test_outside_names_get_the_anatomical_answer(kg, outside, anatomical):
    a, b = kg.ask(outside), kg.ask(anatomical)
    assert a.family == b.family and a.results == b.results and a.results
    assert any(note.startswith("Read ") for note in a.notes), a.notes


@pytest.mark.parametrize(("exercise", "anatomical"), [
    ("which nerve supplies the Quads", "which nerve supplies the quadriceps femoris"),
    ("which roots supply the glutes", "which roots supply the gluteal muscles"),
    ("which nerve supplies the lats", "which nerve supplies latissimus dorsi"),
    ("which nerve supplies the traps", "which nerve supplies trapezius"),
])
def test_exercise_names_that_are_also_synonyms_get_the_anatomical_answer(kg, exercise, anatomical):
    """Where an exercise database's name is also a synonym the graph knows, the graph's entity is meant."""
    assert kg.ask(exercise).results == kg.ask(anatomical).results


def test_which_nerve_supplies_the_hamstrings(kg):
    # "hamstrings" is a group of the graph (and a term of an exercise database): read as its members' nerve
    answer = kg.ask("which nerve supplies the hamstrings")
    assert answer.family == "muscle-facts"
    assert {(r["muscle"], r["label"]) for r in answer.results} == {
        ("semitendinosus", "tibial nerve"), ("semimembranosus", "tibial nerve"),
        ("biceps femoris long head", "tibial nerve")}


def test_what_a_model_name_maps_to(kg):
    answer = kg.ask("what does glmed1_r map to")
    assert answer.family == "crosswalk"
    assert [(r["label"], r["relation"]) for r in answer.results] == [("gluteus medius", "is one part of")]
    names = {r["term"] for r in kg.ask("what does gluteus medius map to").results}
    assert {"glmed1_r", "glmed2_r", "glmed3_r", "glut_med1_r", "glut_med2_r", "glut_med3_r"} <= names


def test_a_term_that_maps_to_nothing_says_so(kg):
    from anatomy_kg.ask import UnsupportedQuestion

    with pytest.raises(UnsupportedQuestion, match="maps to nothing"):
        kg.ask("which nerve supplies ercspn_r")


# ------------------------------------------------------------------ translation

def test_translate_from_a_model_to_an_exercise_database(kg):
    rows = kg.translate(["vas_lat_r", "bifemlh_r", "glmed1_r"], to="wger")
    got = {(r["name"], r["term"], r["relation"]) for r in rows}
    assert got == {("vas_lat_r", "10", "member of quadriceps femoris"),
                   ("bifemlh_r", "11", "part of biceps femoris")}   # wger has no gluteus medius


def test_translate_a_group_to_its_members_model_names(kg):
    rows = kg.translate(["Quads"], to="opensim-gait2392", source="wger")
    assert {r["term"] for r in rows} == {"rect_fem_r", "vas_lat_r", "vas_med_r", "vas_int_r"}
    assert {r["relation"].split(" ")[0] for r in rows} == {"has"}


def test_translate_to_anatomy(kg):
    rows = kg.translate(["HP:0031177", "tib_ant_r"], to="anatomy-kg")
    assert {(r["name"], r["entity"]) for r in rows} == {
        ("HP:0031177", "finger proximal interphalangeal flexion"),
        ("HP:0031177", "finger distal interphalangeal flexion"), ("tib_ant_r", "tibialis anterior")}


def test_translate_cli(run_cli):
    done = run_cli("translate", "glmed1_r", "tib_ant_r", "--to", "opensim-gait2392", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "tib_ant_r" in done.stdout and "glut_med1_r" in done.stdout
    done = run_cli("translate", "glmed1_r", "--to", "nowhere")
    assert done.returncode == 2 and "unknown vocabulary" in done.stderr
    listed = run_cli("crosswalks", "--format", "csv")
    assert listed.returncode == 0 and all(s in listed.stdout for s in SETS)
