"""Plexus wiring diagrams: the nodes and edges are the graph's nerve tree (checked against rdflib's own
engine over the shipped files), Graphviz really lays the layers out left to right, a nerve added in a
temporary graph is drawn, a nerve's lit path reaches each of its roots, and every format is written."""

from __future__ import annotations

import json
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from anatomy_kg.curriculum import wiring

NERVE = "https://w3id.org/anatomy-kg/nerve/"
MUSCLE = "https://w3id.org/anatomy-kg/muscle/"


@pytest.fixture(scope="module")
def brachial(kg):
    return wiring.build(kg, "brachial")


def test_the_edges_are_the_nerve_tree_of_the_plexus(brachial, graph):
    rows = graph.query("""
        PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>
        SELECT ?parent ?child WHERE {
            { ?child akg:branchOf ?parent } UNION { ?child akg:formedFrom ?parent }
            ?child akg:branchOf*/akg:formedFrom*/akg:branchOf* <https://w3id.org/anatomy-kg/plexus/brachial> .
            FILTER (?parent != <https://w3id.org/anatomy-kg/plexus/brachial>)
        }""")
    expected = {(str(p), str(c)) for p, c in rows}
    drawn = {(u, v) for u, v, d in brachial.graph.edges(data=True) if d["kind"] != "supplies"}
    assert drawn == expected
    supplied = {(u, v) for u, v, d in brachial.graph.edges(data=True) if d["kind"] == "supplies"}
    assert (NERVE + "axillary", MUSCLE + "deltoid") in supplied
    assert {n.rsplit("/", 1)[1] for n in brachial.nodes_of("PlexusRoot")} == {
        f"anterior-ramus-of-{s}" for s in ("c5", "c6", "c7", "c8", "t1")}


def test_dot_lays_the_layers_out_left_to_right(brachial):
    laid = json.loads(wiring.dot_source(brachial).pipe(format="json"))
    ids = wiring.node_ids(brachial)
    pos = {o["name"]: [float(v) for v in o["pos"].split(",")] for o in laid["objects"] if "pos" in o}
    columns = [{pos[ids[n]][0] for n in brachial.nodes_of(kind)}
               for kind in ("PlexusRoot", "Trunk", "Division", "Cord", "Muscle")]
    assert all(len(c) == 1 for c in columns)  # each layer shares one rank
    xs = [c.pop() for c in columns]
    assert xs == sorted(xs) and len(set(xs)) == 5  # roots, trunks, divisions, cords ... muscles, left to right
    top_down = sorted(brachial.nodes_of("PlexusRoot"), key=lambda n: -pos[ids[n]][1])
    assert [r[-2:] for r in top_down] == ["c5", "c6", "c7", "c8", "t1"]  # cranial at the top


def test_a_nerve_lights_its_roots_and_its_muscles(kg, brachial):
    axillary = NERVE + "axillary"
    assert set(brachial.territory[axillary]) == {r["iri"] for r in kg.nerve_supplies("axillary nerve")}
    assert {NERVE + "posterior-cord-of-brachial-plexus", NERVE + "upper-trunk-of-brachial-plexus",
            NERVE + "anterior-ramus-of-c5", NERVE + "anterior-ramus-of-c6"} <= set(brachial.path[axillary])
    assert NERVE + "anterior-ramus-of-c7" not in brachial.path[axillary]
    radial = brachial.path[NERVE + "radial"]
    assert NERVE + "posterior-interosseous" in radial  # on the way down to the muscles it reaches
    sacral = wiring.build(kg, "lumbosacral")
    superior = NERVE + "superior-gluteal"
    assert {n.rsplit("/", 1)[1] for n in sacral.path[superior] if "/segment/" in n} == {"L4", "L5", "S1"}


def test_a_nerve_added_in_a_temporary_graph_is_drawn(extended, brachial):
    turtle = """
<https://w3id.org/anatomy-kg/nerve/test-branch> a akg:Nerve ; skos:prefLabel "test branch"@en ;
    akg:branchOf <https://w3id.org/anatomy-kg/nerve/posterior-cord-of-brachial-plexus> .
[] a akg:Statement ; rdf:subject <https://w3id.org/anatomy-kg/muscle/teres-major> ; rdf:predicate akg:innervatedBy ;
   rdf:object <https://w3id.org/anatomy-kg/nerve/test-branch> ;
   dcterms:source <https://w3id.org/anatomy-kg/source/kendall-5> .
"""
    assert NERVE + "test-branch" not in brachial.graph
    bigger = wiring.build(extended(turtle), "brachial")
    assert bigger.graph.has_edge(NERVE + "posterior-cord-of-brachial-plexus", NERVE + "test-branch")
    assert bigger.graph.has_edge(NERVE + "test-branch", MUSCLE + "teres-major")


@pytest.mark.parametrize("fmt", wiring.FORMATS)
def test_every_format_is_written(brachial, tmp_path, fmt):
    path = tmp_path / f"brachial.{fmt}"
    assert wiring.write(brachial, path) == fmt
    data = path.read_bytes()
    if fmt == "svg":
        links = [a.get("{http://www.w3.org/1999/xlink}href")
                 for a in ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}a")]
        assert NERVE + "axillary" in links and MUSCLE + "deltoid" in links
    elif fmt == "pdf":
        assert data.startswith(b"%PDF")
    elif fmt == "png":
        assert data.startswith(b"\x89PNG")
    elif fmt == "dot":
        assert b"rankdir=LR" in data and b"anterior ramus of C5" in data
    else:
        html = data.decode()
        assert "<script src=" not in html and html.count('class="node"') == brachial.graph.number_of_nodes()


def test_the_command_and_a_missing_graphviz(run_cli, cli_path, tmp_path):
    done = run_cli("wiring", "--plexus", "sacral", "--no-muscles", "-o", str(tmp_path / "sacral.svg"))
    assert done.returncode == 0, done.stderr
    assert "superior gluteal nerve" in (tmp_path / "sacral.svg").read_text()
    assert "gluteus medius" not in (tmp_path / "sacral.svg").read_text()
    # without dot on the PATH: a clear message, and the DOT source can still be written
    env = {**os.environ, "PATH": str(Path(cli_path).parent)}
    done = subprocess.run([cli_path, "wiring", "-o", str(tmp_path / "b.svg")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2 and "apt-get install graphviz" in done.stderr, done.stderr
    done = subprocess.run([cli_path, "wiring", "-o", str(tmp_path / "b.dot")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and (tmp_path / "b.dot").read_text().startswith("digraph")
