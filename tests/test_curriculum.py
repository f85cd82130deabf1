"""Curriculum tools: graph views (counts against SPARQL, filters, every export format read back), study sets,
teaching order, the Anki deck (opened and counted), and quizzes (the right answer is offered, the distractors
are wrong by the graph)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile

import networkx as nx
import pytest

from anatomy_kg.curriculum import flashcards, quizzes, studysets, syllabus, views

SGN = "https://w3id.org/anatomy-kg/nerve/superior-gluteal"


@pytest.fixture(scope="module")
def whole(kg):
    return views.build(kg, "whole")


def count(kg, pattern: str) -> int:
    return kg.select("PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                     f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")[0]["n"]


def test_view_edges_match_sparql_counts(kg, whole):
    view = views.build(kg, "muscle-nerve-root")
    relations = nx.get_edge_attributes(view, "relation").values()
    assert list(relations).count("innervated by") == count(
        kg, "?m akg:innervatedBy ?n . ?m skos:prefLabel ?a . ?n skos:prefLabel ?b")
    assert list(relations).count("segmental innervation") == count(kg, "?m akg:segmentalInnervation ?r")
    assert set(nx.get_edge_attributes(view, "relation").values()) == views.VIEWS["muscle-nerve-root"]
    assert len(views.muscles(whole)) == count(kg, "?m a ?c . VALUES ?c { akg:Muscle akg:MusclePart }")
    assert whole.number_of_edges() == len(kg.run("views/edges"))


def test_filters_keep_the_matching_muscles_and_what_they_reach(kg):
    view = views.build(kg, "muscle-nerve-root", nerve="superior gluteal nerve")
    assert {view.nodes[m]["label"] for m in views.muscles(view)} == {
        r["label"] for r in kg.nerve_supplies("superior gluteal nerve")}
    assert SGN in view
    both = views.build(kg, "whole", region="leg", root="S2")
    assert {both.nodes[m]["label"] for m in views.muscles(both)} == {
        m["label"] for m in kg.muscles(region="leg", root="S2")}


@pytest.mark.parametrize("fmt", views.EXPORT_FORMATS)
def test_every_export_format_reads_back(kg, tmp_path, fmt):
    view = views.build(kg, "muscle-action-joint")
    path = tmp_path / f"view.{fmt}"
    views.export(view, fmt, path)
    if fmt == "graphml":
        again = nx.read_graphml(path)
    elif fmt == "gexf":
        again = nx.read_gexf(path)
    elif fmt == "cyjs":
        again = nx.cytoscape_graph(json.loads(path.read_text()))
    elif fmt == "dot":
        import pydot

        (dot,) = pydot.graph_from_dot_file(str(path))
        assert len(dot.get_edges()) == view.number_of_edges()
        return
    else:
        head = path.read_bytes()[:200]
        assert head.startswith(b"\x89PNG") if fmt == "png" else b"<svg" in path.read_bytes()[:2000]
        return
    assert again.number_of_nodes() == view.number_of_nodes() and again.number_of_edges() == view.number_of_edges()


def test_every_superior_gluteal_muscle_lands_in_one_nerve_set(kg, whole):
    sets = studysets.study_sets(whole)
    expected = sorted(r["label"] for r in kg.nerve_supplies("superior gluteal nerve"))
    nerve_sets = [s for s in sets if s.kind == "nerve" and s.title == "Supplied by the superior gluteal nerve"]
    assert [s.muscles for s in nerve_sets] == [expected]
    assert any(s.kind == "community" and set(expected) <= set(s.muscles) for s in sets)
    assert all(s.reason and len(s.muscles) >= 2 for s in sets)


def test_the_teaching_order_never_puts_a_prerequisite_after_its_dependant(whole):
    order = syllabus.order(whole)
    assert sorted(order) == sorted(whole.nodes)
    position = {n: k for k, n in enumerate(order)}
    dag = syllabus.prerequisites(whole)
    assert dag.number_of_edges() > 300
    assert all(position[a] < position[b] for a, b in dag.edges)
    sessions = syllabus.sessions(whole, 8)
    assert len(sessions) == 8 and [n for s in sessions for n in s] == order
    # a nerve before the muscles it supplies: the superior gluteal nerve before gluteus medius
    assert position[SGN] < position["https://w3id.org/anatomy-kg/muscle/gluteus-medius"]


def test_the_anki_deck_opens_and_its_note_ids_are_stable(whole, tmp_path):
    cards = flashcards.cards(whole)
    path = tmp_path / "deck.apkg"
    flashcards.write_apkg(cards, path)
    with zipfile.ZipFile(path) as package:
        (tmp_path / "collection.anki2").write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        notes = db.execute("SELECT guid, flds, tags FROM notes").fetchall()
    assert len(notes) == len(cards) > 200
    assert {g for g, _, _ in notes} == {c.guid for c in cards}
    medius = next(f for _, f, _ in notes if f.startswith("Nerve supplying gluteus medius?"))
    assert "superior gluteal nerve" in medius and "Kendall 5e" in medius
    assert [c.guid for c in flashcards.cards(whole)] == [c.guid for c in cards]  # same fact, same note id
    rows = list(csv.DictReader(io.StringIO(flashcards.csv_text(cards))))
    assert len(rows) == len(cards) and "anatomy-kg::nerve::superior_gluteal_nerve" in next(
        r["tags"] for r in rows if r["front"] == "Nerve supplying gluteus medius?")


def test_quizzes_offer_the_answer_and_distractors_wrong_by_the_graph(whole):
    questions = quizzes.questions(whole, count=40, seed=3)
    assert len(questions) == 40
    for q in questions:
        assert q.answer in q.options and len(set(q.options)) == 4 and q.facts
        assert whole.nodes[q.muscle]["label"] in q.stem and len(q.id) == 10
        right = {whole.nodes[t]["label"] for t in views.neighbours(whole, q.muscle, q.relation)}
        assert q.answer in right and not (set(q.options) - {q.answer}) & right
    assert quizzes.questions(whole, 5, seed=3)[0].as_dict() == quizzes.questions(whole, 5, seed=3)[0].as_dict()


def test_the_commands_run(run_cli, tmp_path):
    assert run_cli("graph", "--view", "muscle-nerve-root", "--format", "graphml", "-o", str(tmp_path / "g.graphml"),
                   "--nerve", "femoral nerve").returncode == 0
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() > 5
    done = run_cli("study-sets", "--format", "json")
    assert done.returncode == 0 and any(s["kind"] == "community" for s in json.loads(done.stdout))
    done = run_cli("syllabus", "--sessions", "4")
    assert done.returncode == 0 and done.stdout.count("Session ") == 4
    done = run_cli("flashcards", "--csv", str(tmp_path / "cards.csv"))
    assert done.returncode == 0 and (tmp_path / "cards.csv").read_text().count("\n") > 200
    done = run_cli("quiz", "--count", "3")
    assert done.returncode == 0 and "Answer key" in done.stdout
    assert run_cli("flashcards").returncode == 2
    assert run_cli("viz", "--nerve", "no such nerve", "-o", str(tmp_path / "x.html")).returncode == 2


SYLLABUS = [(2, "1 Gluteal region", "gluteal region"), (3, "1 Gluteal region", "superior gluteal nerve"),
            (4, "1 Gluteal region", "L5"), (5, "2 Thigh", "quads"), (6, "2 Thigh", "biceps femoris"),
            (7, "3 Nerves", "inferior gluteal nerve")]


def test_syllabus_coverage_reads_each_topic_as_what_it_names(kg):
    from anatomy_kg.curriculum import coverage

    found = coverage.build(kg, SYLLABUS, region="lower-limb")
    assert found.sessions == ["1 Gluteal region", "2 Thigh", "3 Nerves"]
    gluteal = {m["iri"] for m in kg.muscles(region="gluteal region")}
    assert set(found.topics[0].covers) == gluteal and found.topics[0].kind == "region"
    assert found.topics[3].read_as == "quadriceps femoris (group)"
    heads = {"https://w3id.org/anatomy-kg/muscle/biceps-femoris-long-head",
             "https://w3id.org/anatomy-kg/muscle/biceps-femoris-short-head"}
    assert heads <= set(found.topics[4].covers)
    lower = kg.muscles(region="lower-limb")
    assert found.wanted["muscle"] == sorted(m["iri"] for m in lower)
    assert {found.labels[n] for n in found.wanted["nerve"]} == {n for m in lower for n in m["nerves"]}
    assert {found.labels[r] for r in found.wanted["root"]} == {r for m in lower for r in m["roots"]}
    covered = set(found.covered["muscle"])
    assert set(found.missing("muscle")) == {m["label"] for m in lower if m["iri"] not in covered}
    assert found.covered["root"] == {"https://w3id.org/anatomy-kg/segment/L5": ["1 Gluteal region"]}
    assert "obturator nerve" in found.missing("nerve") and "superior gluteal nerve" not in found.missing("nerve")
    assert found.early == ["gluteus maximus (1 Gluteal region) comes before its nerve, the inferior gluteal "
                           "nerve (3 Nerves)"]


def test_a_topic_the_graph_does_not_name_stops_the_report_with_its_row(kg, tmp_path, run_cli):
    from anatomy_kg.curriculum import coverage

    with pytest.raises(coverage.SyllabusError, match=r"syllabus, row 3: unknown .*'gluteus medius'"):
        coverage.build(kg, [(2, "1", "gluteal region"), (3, "1", "gluteus medus")])
    bad = tmp_path / "bad.csv"
    bad.write_text("week,subject\n1,thigh\n")
    done = run_cli("coverage", str(bad))
    assert done.returncode == 2 and "must name the columns 'session' and 'topic'" in done.stderr
    tsv = tmp_path / "course.tsv"
    tsv.write_text("session\ttopic\nWeek 1\tthigh\nWeek 2\tfemoral nerve\n")
    done = run_cli("coverage", str(tsv), "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["sessions"] == ["Week 1", "Week 2"] and "femoral nerve" not in report["missing"]["nerve"]


def test_cards_quizzes_and_the_explorer_carry_each_statement_s_qualifiers(kg, whole):
    """A fact a source qualifies keeps the qualifier in every teaching view: each action condition of every
    muscle (read from its statements) is on the back of its card, beside the action it qualifies."""
    from anatomy_kg.curriculum import explorer

    backs = {c.front: c.back for c in flashcards.cards(whole)}
    checked = 0
    for muscle in views.muscles(whole):
        name = whole.nodes[muscle]["label"]
        for fact in kg.muscle(muscle, "actions"):
            if fact.get("condition") and not fact.get("part"):
                for source in fact["sources"]:
                    back = backs[f"Actions of {name}?"]
                    assert f"{fact['label']} ({source}: " in back and fact["condition"] in back, (name, fact)
                    checked += 1
    assert checked >= 5
    gemellus = "https://w3id.org/anatomy-kg/muscle/inferior-gemellus"
    abduction = "https://w3id.org/anatomy-kg/action/hip-abduction"
    edge = whole.get_edge_data(gemellus, abduction, key="action")
    assert views.attribution(edge) == "Moore 8e: when the hip is flexed"
    # each quiz fact ends with its edge's attribution, qualifiers included
    labels = {d["label"]: n for n, d in whole.nodes(data=True)}
    qualified = 0
    for question in quizzes.questions(whole, 500, seed=1):
        target = labels[question.answer]
        edge = whole.get_edge_data(question.muscle, target, key=question.relation)
        fact = next(f for f in question.facts if f.startswith(f"{whole.nodes[question.muscle]['label']} "
                                                                f"{question.relation} {question.answer}"))
        assert fact.endswith(f"({views.attribution(edge)})")
        qualified += bool(edge.get("qualifiers"))
    assert qualified > 0
    page = explorer.page_data(whole)
    said = next(e["sources"] for e in page["edges"] if e["from"] == gemellus and e["to"] == abduction)
    assert said == "Moore 8e: when the hip is flexed"
