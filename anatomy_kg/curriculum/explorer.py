"""`anatomy-kg viz`: one self-contained HTML file to explore a graph view offline.

The network library is vis-network 10, vendored from npm (anatomy_kg/vendor/vis-network/SOURCE.md says why
and how) and inlined into the page. The page's own script (templates/explorer.html) adds the search box
(it centres and selects the node), filters that hide what they leave out, three layouts (force-directed,
layered left to right from roots to nerves to muscles to actions and bones, and clusters by region or by
nerve, opened by a click), colouring by kind, nerve or root with a legend, the facts panel, territory
highlighting, and the segmental chart of the same muscles. No file is fetched when the page is opened."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from .html import render, script_json
from .views import attribution

# the columns of the layered layout, left to right: roots, nerves, muscles, what muscles act or attach on
LEVELS = {"SpinalSegment": 0, "Nerve": 1, "BodyRegion": 1, "MuscleGroup": 1, "Muscle": 2, "JointAction": 3,
          "BonyLandmark": 3, "ConnectiveTissueStructure": 3, "Joint": 4, "Bone": 4, "Movement": 5}
VIS_NETWORK = Path(__file__).resolve().parent.parent / "vendor" / "vis-network" / "vis-network.min.js"


def page_data(graph: nx.MultiDiGraph) -> dict:
    """Nodes with what the filters need (a muscle's nerves, roots, regions, actions), and edges with who says
    them and how (views.attribution: sources with their qualifiers)."""
    def targets(node, relation):
        return sorted({graph.nodes[v]["label"] for _, v, r in graph.out_edges(node, keys=True) if r == relation})

    nodes = []
    for node, data in graph.nodes(data=True):
        item = {"id": node, "label": data["label"], "kind": data["kind"]}
        if data["kind"] == "Muscle":
            item.update(nerves=targets(node, "innervated by"), roots=targets(node, "segmental innervation"),
                        regions=targets(node, "region"), actions=targets(node, "action"))
        nodes.append(item)
    edges = [{"from": u, "to": v, "relation": d["relation"], "sources": attribution(d)}
             for u, v, d in graph.edges(data=True)]
    return {"view": graph.graph.get("view", ""), "nodes": nodes, "edges": edges}


def write(graph: nx.MultiDiGraph, path: Path, title: str = "anatomy-kg explorer", chart=None) -> None:
    """The explorer page; with a segmental chart (anatomy_kg.curriculum.chart), the page shows it too."""
    from .chart import html_context

    html = render("explorer.html", title=title, vis_script=VIS_NETWORK.read_text(encoding="utf-8"),
                  data=script_json(page_data(graph)), levels=LEVELS, **(html_context(chart) if chart else {}))
    path.write_text(html, encoding="utf-8")
