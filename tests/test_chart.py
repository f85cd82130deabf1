"""The segmental innervation chart is drawn from the statements: every mark is a root value some source
gives (checked against rdflib's own engine over the shipped files), a disagreement between sources is
marked, a statement added in a temporary graph shows up as a mark, and the three file formats carry a link
per mark."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from anatomy_kg.curriculum import chart

MUSCLE = "https://w3id.org/anatomy-kg/muscle/"


@pytest.fixture(scope="module")
def lower(kg):
    return chart.build(kg, region="lower-limb")


def row(drawn: chart.Chart, name: str, source: str = "") -> chart.Row:
    return next(r for r in drawn.rows() if r.iri == MUSCLE + name and r.source == source)


def test_every_mark_is_a_root_value_a_source_gives(kg, graph):
    drawn = chart.build(kg)
    given = {(str(s), str(label)) for s, label in graph.query(
        "PREFIX akg: <https://w3id.org/anatomy-kg/vocab/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        "SELECT ?s ?label WHERE { ?st a akg:Statement ; rdf:subject ?s ; rdf:predicate akg:segmentalInnervation ;"
        " rdf:object/skos:prefLabel ?label }")}
    marked = {(r.iri, segment) for r in drawn.rows() for segment in r.marks}
    assert marked == given
    assert len({r.iri for r in drawn.rows()}) == len(drawn.rows())  # merged: one row per muscle or part
    assert drawn.segments[0] == "C3" and drawn.segments[-1] == "S3" and "T6" in drawn.segments  # no gaps
    trapezius = row(drawn, "trapezius").marks["C3"]  # Moore: "pain and proprioceptive fibres"
    assert not trapezius.motor and trapezius.symbol == "s†"
    assert "Moore 8e: proprioceptive, sensory fibres" in trapezius.notes
    assert row(drawn, "diaphragm").marks["C3"].motor


def test_a_disagreement_is_marked_and_names_who_says_what(lower):
    medius = row(lower, "gluteus-medius")
    assert medius.sources == ["Gray's 42e", "Kendall 5e", "Moore 8e"]
    assert not medius.marks["L4"].agreed and medius.marks["L4"].sources == ["Gray's 42e", "Kendall 5e"]
    assert medius.marks["L4"].symbol == "○" and medius.marks["L5"].symbol == "●"
    assert all(m.agreed for m in row(lower, "gluteus-maximus").marks.values())


def test_rows_are_grouped_by_nerve_in_plexus_order(lower):
    plexuses = [g.plexus for g in lower.groups]
    assert plexuses == sorted(plexuses, key=["lumbar plexus", "sacral plexus"].index)
    nerves = {g.nerve: {r.label for r in g.rows} for g in lower.groups}
    assert {"gluteus medius", "gluteus minimus", "tensor fasciae latae"} == nerves["superior gluteal nerve"]
    assert "biceps femoris short head" in nerves["common fibular nerve"]
    assert lower.title == "Segmental innervation: region lower limb"


def test_each_source_gets_its_own_row_or_the_chart_keeps_one(kg):
    each = chart.build(kg, mode="each", region="gluteal region")
    assert [r.source for r in each.rows() if r.label == "gluteus medius"] == ["Gray's 42e", "Kendall 5e", "Moore 8e"]
    assert set(row(each, "gluteus-medius", "Moore 8e").marks) == {"L5", "S1"}
    assert all(m.agreed for r in each.rows() for m in r.marks.values())
    kendall = chart.build(kg, source="kendall-5")
    assert kendall.sources == ["Kendall 5e"] and "Kendall 5e" in kendall.title
    with pytest.raises(ValueError, match="no root values from source 'nobody'"):
        chart.build(kg, source="nobody")


def test_a_statement_added_in_a_temporary_graph_appears_as_a_mark(extended, kg):
    turtle = """
[] a akg:Statement ; rdf:subject <https://w3id.org/anatomy-kg/muscle/sartorius> ;
   rdf:predicate akg:segmentalInnervation ; rdf:object <https://w3id.org/anatomy-kg/segment/L4> ;
   akg:contribution akg:major ; dcterms:source <https://w3id.org/anatomy-kg/source/kendall-5> .
"""
    assert "L4" not in row(chart.build(kg, region="thigh"), "sartorius").marks
    bigger = extended(turtle)
    mark = row(chart.build(bigger, region="thigh"), "sartorius").marks["L4"]
    assert mark.sources == ["Kendall 5e"] and mark.contribution == "major" and not mark.agreed


@pytest.mark.parametrize("fmt", chart.FORMATS)
def test_each_format_links_every_mark(lower, tmp_path, fmt):
    path = tmp_path / f"chart.{fmt}"
    assert chart.write(lower, path) == fmt
    marks = sum(len(r.marks) for r in lower.rows())
    if fmt == "svg":
        links = ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}a")
        targets = [a.get("{http://www.w3.org/1999/xlink}href") for a in links]
        assert len(targets) == 2 * marks  # the cell and its symbol
        assert MUSCLE + "gluteus-medius" in targets
    elif fmt == "pdf":
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and data.count(b"/URI") == 2 * marks
    elif fmt == "png":
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    else:
        html = path.read_text()
        assert html.count('class="mark') == marks and "<script src=" not in html and "gluteus medius" in html


def test_the_command_writes_the_chart_and_refuses_what_it_cannot_draw(run_cli, tmp_path, lower):
    done = run_cli("chart", "--region", "lower-limb", "-o", str(tmp_path / "chart.svg"))
    assert done.returncode == 0, done.stderr
    assert f"{len(lower.rows())} rows" in done.stderr and ET.parse(tmp_path / "chart.svg").getroot().tag.endswith("svg")
    done = run_cli("chart", "-o", str(tmp_path / "chart.txt"))
    assert done.returncode == 2 and "unknown chart format 'txt'" in done.stderr
    done = run_cli("chart", "--source", "nobody", "-o", str(tmp_path / "chart.svg"))
    assert done.returncode == 2 and "sources with root values: Gray's 42e" in done.stderr


def test_a_territory_charts_the_muscles_a_lesion_weakens_and_names_the_actions(kg):
    from anatomy_kg.curriculum import territory
    from anatomy_kg.lesions import DISCLAIMER

    drawn = territory.build(kg, "superior gluteal nerve")
    assert {r.iri for r in drawn.rows()} == {r["iri"] for r in kg.nerve_supplies("superior gluteal nerve")}
    effects = kg.lesion_effects("superior gluteal nerve")
    every = [a["action"] for a in effects["actions"] if a["lost"] == "all main movers"]
    assert drawn.footer[0] == "Weak, all main movers lost: " + ", ".join(every) + "."
    assert drawn.footer[-1] == DISCLAIMER and drawn.title == "Territory of the superior gluteal nerve"
    groove = territory.build(kg, "radial nerve at the radial groove")
    assert groove.title == "Territory of a lesion of the radial nerve at the radial groove"
    assert "triceps brachii long head" not in {r.label for r in groove.rows()}  # it arises above the groove
    assert {r.label for r in groove.rows()} == set(kg.lesion_effects("radial nerve at the radial groove")["muscles"])


def test_a_territory_names_a_supplied_muscle_that_has_no_root_values(extended):
    from anatomy_kg.curriculum import territory

    turtle = """
<https://w3id.org/anatomy-kg/muscle/test-muscle> a akg:Muscle ; skos:prefLabel "test muscle"@en ;
    akg:innervatedBy <https://w3id.org/anatomy-kg/nerve/spinal-accessory> .
"""
    drawn = territory.build(extended(turtle), "spinal accessory nerve")
    assert [r.label for r in drawn.rows()] == ["trapezius"]
    assert "Also supplied (no root values recorded): test muscle." in drawn.footer


def test_the_territory_command(run_cli, tmp_path):
    done = run_cli("territory", "L5", "-o", str(tmp_path / "l5.svg"))
    assert done.returncode == 0, done.stderr
    assert "Territory of the L5 root" in (tmp_path / "l5.svg").read_text()
    done = run_cli("territory", "no such nerve", "-o", str(tmp_path / "x.svg"))
    assert done.returncode == 2 and "unknown" in done.stderr and not (tmp_path / "x.svg").exists()
