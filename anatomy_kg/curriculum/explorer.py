"""`anatomy-kg viz`: one self-contained HTML file to explore a graph view offline.

The network library is vis-network, taken from the `pyvis` package that the project installs (its bundled
vis-network.min.js and .css are inlined into the page); the page's own script (templates/explorer.html) adds
the search box, the filters, colouring by nerve or root, the facts panel and territory highlighting. No
file is fetched from the network when the page is opened."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..resources import require
from .html import render, script_json


def _vis_assets() -> tuple[str, str]:
    pyvis = require("pyvis", "teach")
    lib = Path(pyvis.__file__).resolve().parent / "lib"
    folder = sorted(lib.glob("vis-*"))[-1]  # the newest vis-network pyvis ships
    return ((folder / "vis-network.min.js").read_text(encoding="utf-8"),
            (folder / "vis-network.css").read_text(encoding="utf-8"))


def page_data(graph: nx.MultiDiGraph) -> dict:
    """Nodes with what the filters need (a muscle's nerves, roots, regions, actions), and edges with sources."""
    def targets(node, relation):
        return sorted({graph.nodes[v]["label"] for _, v, r in graph.out_edges(node, keys=True) if r == relation})

    nodes = []
    for node, data in graph.nodes(data=True):
        item = {"id": node, "label": data["label"], "kind": data["kind"]}
        if data["kind"] == "Muscle":
            item.update(nerves=targets(node, "innervated by"), roots=targets(node, "segmental innervation"),
                        regions=targets(node, "region"), actions=targets(node, "action"))
        nodes.append(item)
    edges = [{"from": u, "to": v, "relation": d["relation"], "sources": d.get("sources", "")}
             for u, v, d in graph.edges(data=True)]
    return {"view": graph.graph.get("view", ""), "nodes": nodes, "edges": edges}


def write(graph: nx.MultiDiGraph, path: Path, title: str = "anatomy-kg explorer") -> None:
    script, style = _vis_assets()
    html = render("explorer.html", title=title, vis_script=script, vis_style=style,
                  data=script_json(page_data(graph)))
    path.write_text(html, encoding="utf-8")
