"""Attachment ranges ("spinous processes of C7-T12", akg:throughObject along akg:nextInSeries): loading writes
each member out as a statement of its own, so a range answers exactly as the statements written one by one."""

from __future__ import annotations

import re
from pathlib import Path

import anatomy_kg
from anatomy_kg.resources import data_files, vocabulary_files

FIXTURE = Path(__file__).resolve().parent / "shapes" / "AttachmentRangeShape" / "valid" / "spinous-processes.ttl"
RANGE = re.compile(r"(\[\] a akg:Statement ; rdf:subject muscle:test-back-muscle ; rdf:predicate akg:origin ; )"
                   r"rdf:object landmark:test-spine-one ;\n    akg:throughObject landmark:test-spine-three ; "
                   r"(dcterms:source source:test-atlas \.)")
AKG = "https://w3id.org/anatomy-kg/vocab/"


def _facts(kg, muscle: str) -> list[tuple]:
    return sorted((r["property"], r["label"], tuple(r["sources"])) for r in kg.muscle(muscle))


def test_a_range_answers_as_its_members_written_one_by_one(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8")
    assert RANGE.search(text), "the fixture's range statement changed; update this test"
    written = tmp_path / "written-out.ttl"
    written.write_text(RANGE.sub(lambda m: "\n".join(
        f"{m[1]}rdf:object landmark:test-spine-{n} ; {m[2]}" for n in ("one", "two", "three")), text), encoding="utf-8")
    ranged = anatomy_kg.load([*vocabulary_files(), FIXTURE])
    by_one = anatomy_kg.load([*vocabulary_files(), written])
    facts = _facts(ranged, "test back muscle")
    assert facts == _facts(by_one, "test back muscle")
    assert {label for prop, label, _ in facts if prop == "origin"} == {"test spine one", "test spine two",
                                                                        "test spine three"}
    # the spine in the middle of the range is found by the questions about attachments
    middle = ranged.ask("which muscles arise from the test spine two")
    assert [r["label"] for r in middle.results] == ["test back muscle"]


def test_the_shipped_ranges_reach_every_vertebra_and_each_member_keeps_its_source(kg):
    origins = {r["label"]: r["sources"] for r in kg.muscle("trapezius", aspect="origin")}
    thoracic = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth"]
    spines = ["spinous process of seventh cervical vertebra"] + [
        f"spinous process of {n} thoracic vertebra" for n in thoracic]
    assert all(origins.get(s) == ["Moore 8e"] for s in spines), origins
    assert "spinous process of first lumbar vertebra" not in origins
    t7 = {r["label"] for r in kg.ask("which muscles attach to the T7 spinous process").results}
    assert {"trapezius", "latissimus dorsi"} <= t7 and "rhomboid major" not in t7   # rhomboid major: T2-T5
    # one statement written out per member after the first of each range, each pointing back at its range
    expanded = kg.select(f"""
        SELECT ?range ?first (COUNT(?member) AS ?members) WHERE {{
            ?member <{AKG}expandedFrom> ?range .
            ?range <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?first ; <{AKG}throughObject> ?last .
        }} GROUP BY ?range ?first""")
    assert len(expanded) == sum(Path(f).read_text(encoding="utf-8").count("akg:throughObject ")
                                for f in data_files())
    members: dict[str, list[int]] = {}
    for r in expanded:
        members.setdefault(r["first"].rsplit("/", 1)[1], []).append(r["members"])
    # from C7: rhomboid minor's T1, trapezius's T1-T12; from the first rib: serratus anterior's ribs 2-8
    assert sorted(members["spinous-process-of-seventh-cervical-vertebra"]) == [1, 12]
    assert members["first-rib"] == [7]


def test_no_curated_file_writes_what_loading_derives():
    for path in data_files():
        assert "akg:expandedFrom" not in Path(path).read_text(encoding="utf-8"), path
