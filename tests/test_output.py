"""Answers are data, formatting is at the edge: the API's rows hold lists and objects (roots cranial to caudal,
sources and names sorted, evidence and shares as objects), and only anatomy_kg.output turns them into text for
a table, CSV or the search page; JSON keeps them as they are."""

from __future__ import annotations

import csv
import io
import json

from anatomy_kg import output
from anatomy_kg.api import segment_key
from anatomy_kg.server.app import TEMPLATES
from anatomy_kg.server.pages import search_context

ABDUCTORS = "which L5-innervated muscles abduct the hip"


def by_label(rows):
    return {r["label"]: r for r in rows}


def test_muscle_rows_hold_lists_and_evidence_objects(kg):
    rows = by_label(kg.muscles(root="L5", action="hip abduction"))
    medius = rows["gluteus medius"]
    assert medius["roots"] == ["L4", "L5", "S1"]
    assert medius["nerves"] == ["superior gluteal nerve"]
    assert medius["evidence"] == [{"action": "hip abduction", "qualifiers": [], "source": "Kendall 5e"},
                                  {"action": "hip abduction", "qualifiers": [], "source": "Moore 8e"}]
    assert {"action": "hip abduction", "qualifiers": ["upper fibres", "assists"], "source": "Kendall 5e"} in \
        rows["gluteus maximus"]["evidence"]
    # a condition keeps its own comma: it is one qualifier, not two
    popliteus = by_label(kg.muscles(action="knee medial rotation"))["popliteus"]
    assert popliteus["evidence"] == [{"action": "knee medial rotation", "source": "Moore 8e",
                                      "qualifiers": ["of the tibia, when the limb is not bearing weight"]}]
    assert not any("evidence" in r for r in kg.muscles(root="L5"))  # no action asked about: no evidence


def test_roots_run_cranial_to_caudal_and_names_are_sorted(kg):
    for row in kg.muscles():
        assert row["roots"] == sorted(row["roots"], key=segment_key) and len(set(row["roots"])) == len(row["roots"])
        assert row["nerves"] == sorted(row["nerves"])
    for row in kg.nerve_supplies("sciatic nerve"):
        assert isinstance(row["roots"], list) and row["roots"] == sorted(row["roots"], key=segment_key)


def test_muscle_facts_have_qualifier_keys_and_source_lists(kg):
    facts = kg.muscle("gluteus medius")
    assert facts and all(isinstance(f["sources"], list) and "detail" not in f for f in facts)
    assert all(f["sources"] == sorted(f["sources"]) for f in facts)
    roots = {f["label"]: f["sources"] for f in facts if f["property"] == "segmental innervation"}
    assert "Moore 8e" in roots["L5"] and "Kendall 5e" in roots["L5"]
    actions = {f["label"]: f for f in facts if f["property"] == "action"}
    assert actions["hip medial rotation"]["fibres"] == "anterior fibres"
    assert "fibres" not in actions["hip abduction"] and "role" not in actions["hip abduction"]
    assert all(f["sources"] == [] for f in facts if f["property"] in ("member of", "region"))


def test_every_family_returns_lists_and_objects_not_joined_strings(kg):
    assert all(isinstance(r["sources"], list) for r in kg.nerve_roots("femoral nerve"))
    share = kg.root_actions("L5")[0]["share"]
    assert set(share) == {"count", "of"} and all(isinstance(v, int) for v in share.values())
    assert all(isinstance(r["muscles"], list) for r in kg.root_actions("L5"))
    assert all(isinstance(r["muscles"], list) and r["count"] == len(r["muscles"]) for r in kg.myotome(root="L5"))
    assert all(isinstance(r["joints"], list) and len(r["joints"]) >= 2 for r in kg.two_joint_muscles())
    assert all(isinstance(r["muscles"], list) for r in kg.joint_movements("ankle joint"))
    assert all(isinstance(r["muscles"], list) and isinstance(r["sources"], list) for r in kg.key_muscles())
    assert all(isinstance(r["distance"], int) for r in kg.nerve_branches("sciatic nerve"))
    assert "gluteus minimus" in {r["label"] for r in kg.synergists("gluteus medius")}
    assert all(isinstance(a, str) for r in kg.synergists("gluteus medius") for a in r["actions"])
    assert all(set(a) == {"action", "opposed"} for r in kg.antagonists("tibialis anterior") for a in r["actions"])
    path = kg.root_paths("deltoid", "C5")[0]["path"]
    assert path[0] == "C5" and path[-1] == "deltoid" and "axillary nerve" in path
    effect = kg.lesion_effects("superior gluteal nerve")
    assert all(isinstance(a["muscles"], list) for a in effect["actions"])
    top = kg.localise(weak=["hip abduction", "ankle dorsiflexion"])["results"][0]
    assert top["explains"] == {"count": 2, "of": 2}
    assert isinstance(top["contradicts"], list) and [f["finding"] for f in top["explained_by"]] == [
        "hip abduction", "ankle dorsiflexion"]
    assert [lesion["label"] for lesion in top["lesions"]] == [top["label"]] and top["iri"] == top["lesions"][0]["iri"]
    for answer in (kg.ask(ABDUCTORS), kg.ask("what does gluteus medius do"), kg.ask("what actions depend on L5")):
        assert all(isinstance(r["label"], str) for r in answer.results)


def test_cells_render_lists_and_objects_readably():
    assert output.cell(["L4", "L5", "S1"], "roots") == "L4 L5 S1"
    assert output.cell(["Kendall 5e", "Moore 8e"], "sources") == "Kendall 5e, Moore 8e"
    assert output.cell(["C5", "upper trunk", "deltoid"], "path") == "C5 → upper trunk → deltoid"
    assert output.cell({"count": 3, "of": 5}, "share") == "3/5"
    evidence = [{"action": "hip abduction", "qualifiers": [], "source": "Moore 8e"},
                {"action": "hip abduction", "qualifiers": ["upper fibres", "assists"], "source": "Kendall 5e"}]
    assert output.cell(evidence, "evidence") == \
        "hip abduction (Moore 8e); hip abduction, upper fibres, assists (Kendall 5e)"
    assert output.cell([{"action": "ankle dorsiflexion", "opposed": "ankle plantarflexion"}], "actions") == \
        "ankle dorsiflexion / ankle plantarflexion"
    assert output.cell([{"finding": "hip abduction", "muscles": []}], "explained_by") == "hip abduction: not explained"
    assert output.cell(None) == "" and output.cell(4) == "4" and output.cell([]) == ""


def test_table_and_csv_join_what_the_rows_hold(kg):
    answer = kg.ask(ABDUCTORS)
    columns, headings = output.answer_columns(answer)
    text = output.table(answer.results, columns, headings)
    assert "L4 L5 S1" in text and "hip abduction (Kendall 5e); hip abduction (Moore 8e)" in text
    assert "[" not in text and "{" not in text
    rows = list(csv.DictReader(io.StringIO(output.to_csv(answer.results, ["iri", *columns]))))
    medius = next(r for r in rows if r["label"] == "gluteus medius")
    assert medius["roots"] == "L4 L5 S1" and medius["nerves"] == "superior gluteal nerve"
    assert medius["evidence"] == "hip abduction (Kendall 5e); hip abduction (Moore 8e)"
    facts = output.to_csv(kg.muscle("gluteus medius", aspect="roots"), ["label", "sources"])
    assert "L5,\"Gray's 42e, Kendall 5e, Moore 8e\"" in facts
    shares = output.table(kg.root_actions("L5"), ["label", "share", "muscles"])
    assert "ankle dorsiflexion" in shares and "4/4" in shares


def test_json_keeps_the_structure(kg):
    answer = json.loads(output.to_json(kg.ask(ABDUCTORS).as_dict()))
    medius = next(r for r in answer["results"] if r["label"] == "gluteus medius")
    assert medius["roots"] == ["L4", "L5", "S1"] and medius["evidence"][0]["source"] == "Kendall 5e"


def test_the_cli_prints_joined_cells(run_cli):
    table = run_cli("ask", ABDUCTORS)
    assert table.returncode == 0, table.stderr
    # (the evidence column may wrap to the terminal's width; the roots column is narrower than any wrap)
    assert "L4 L5 S1" in table.stdout and "Kendall" in table.stdout and not {"[", "{", "'"} & set(table.stdout)
    rows = list(csv.DictReader(io.StringIO(run_cli("ask", "--format", "csv", ABDUCTORS).stdout)))
    assert next(r for r in rows if r["label"] == "gluteus medius")["roots"] == "L4 L5 S1"


def test_the_search_page_shows_lists_readably(kg):
    context = search_context(kg, ABDUCTORS)
    assert context["columns"][:3] == ["name", "nerves", "roots"]
    medius = next(row for row in context["rows"] if row[0]["text"] == "gluteus medius")
    assert medius[0]["href"] == "/muscle/gluteus-medius"
    assert medius[2]["text"] == "L4 L5 S1" and medius[2]["parts"] is None
    assert medius[3]["parts"] == ["hip abduction (Kendall 5e)", "hip abduction (Moore 8e)"]
    facts = search_context(kg, "what are the roots of gluteus medius")
    l5 = next(row for row in facts["rows"] if row[facts["columns"].index("name")]["text"] == "L5")
    assert l5[facts["columns"].index("sources")]["parts"] == ["Gray's 42e", "Kendall 5e", "Moore 8e"]
    page = TEMPLATES.get_template("search.html").render(**context)
    assert "<li>hip abduction (Kendall 5e)</li><li>hip abduction (Moore 8e)</li>" in page
    assert "<td>L4 L5 S1</td>" in page and "[&#39;" not in page
