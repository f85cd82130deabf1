"""Graph views of the knowledge graph as networkx graphs, built from the rows of queries/views/edges.rq.

Views (each a MultiDiGraph whose nodes are entity IRIs with ``label`` and ``kind``, and whose edges carry
``relation``, ``sources`` and ``qualifiers``: what each source says of the fact, "Moore 8e: when the hip is
flexed"; ``attribution`` puts the two together for a card, a quiz or the explorer; and ``open_text``: what an
open text's page says of it, "quoted in Gray's 1918, page 475"):

- ``muscle-nerve-root``:       muscle -> nerve, muscle -> root, nerve -> root, nerve -> parent nerve or plexus;
- ``muscle-action-joint``:     muscle -> joint action, joint action -> joint and movement;
- ``muscle-attachment-bone``:  muscle -> landmark or bone (origin, insertion), landmark -> bone or landmark;
- ``whole``:                   all of them, with groups, regions and the bones each joint articulates.

Filters (region, group, nerve, root, joint; names, synonyms or IRIs, as in ``KnowledgeGraph.muscles``) keep
the muscles that match every filter and the nodes within two steps of them; other nodes drop out.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx

from ..resources import require
from .options import EXPORT_FORMATS, FILTERS, VIEWS  # noqa: F401  (the choices live in options.py)


def kind_of(kind: str) -> str:
    """The kind a view shows a node as (a muscle part is a muscle)."""
    return {"MusclePart": "Muscle", "Plexus": "Nerve", "Compartment": "MuscleGroup"}.get(kind, kind)


def edge_rows(kg) -> list[dict]:
    if getattr(kg, "_view_edges", None) is None:
        kg._view_edges = kg.run("views/edges")
    return kg._view_edges


def related(kg, relation: str) -> dict[str, set[str]]:
    """Each node's targets along one relation of the view edges ("segmental innervation": muscle -> roots)."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in edge_rows(kg):
        if row["relation"] == relation:
            found[row["source"]].add(row["target"])
    return found


def inverse(index: dict[str, set[str]]) -> dict[str, set[str]]:
    """The same relation read the other way (nerve -> the muscles it supplies)."""
    found: dict[str, set[str]] = defaultdict(set)
    for source, targets in index.items():
        for target in targets:
            found[target].add(source)
    return found


def build(kg, view: str = "whole", **filters: str | list[str] | None) -> nx.MultiDiGraph:
    """The view, filtered."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise TypeError(f"unknown filter(s) {sorted(unknown)}; use {list(FILTERS)}")
    relations = VIEWS[view]
    graph = nx.MultiDiGraph(view=view)
    for row in edge_rows(kg):
        if row["relation"] not in relations:
            continue
        for node, label, kind in ((row["source"], row["sourceLabel"], row["sourceKind"]),
                                  (row["target"], row["targetLabel"], row["targetKind"])):
            if node not in graph:
                graph.add_node(node, label=label, kind=kind_of(kind))
        graph.add_edge(row["source"], row["target"], key=row["relation"], relation=row["relation"],
                       sources=row.get("sources", ""),
                       qualifiers="; ".join(q for q in row.get("qualifiers", "").split("; ") if q),
                       open_text="; ".join(q for q in row.get("openText", "").split("; ") if q))
    wanted = {k: v for k, v in filters.items() if v}
    if wanted:
        keep = {m["iri"] for m in kg.muscles(**wanted)}
        graph = _around(graph, keep)
    return graph


def attribution(data: dict) -> str:
    """Who says an edge's fact and how: each source's qualifiers, then the sources that add none, then what an
    open text's page says of it ("Moore 8e: between the gluteal lines; Kendall 5e; quoted in Gray's 1918, page
    475"); empty for an unsourced edge."""
    qualified = [q for q in data.get("qualifiers", "").split("; ") if q]
    plain = [s for s in data.get("sources", "").split("; ") if s and not any(q.startswith(f"{s}: ") for q in qualified)]
    return "; ".join(qualified + plain + [q for q in data.get("open_text", "").split("; ") if q])


def describe(filters: dict) -> str:
    """The filters given, as a title says them: "region lower limb; nerve femoral nerve"."""
    return "; ".join(f"{name} {', '.join([value] if isinstance(value, str) else value)}".replace("-", " ")
                     for name, value in filters.items() if value)


def _around(graph: nx.MultiDiGraph, muscles: set[str]) -> nx.MultiDiGraph:
    """The kept muscles and the nodes within two steps of them: a muscle's nerve and that nerve's roots and
    parent, a landmark and its bone, an action and its joint and movement (not, say, every root of a plexus)."""
    reached = set()
    for muscle in muscles & set(graph):
        reached |= set(nx.single_source_shortest_path_length(graph, muscle, cutoff=2))
    return graph.subgraph(reached).copy()


def muscles(graph: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, d in graph.nodes(data=True) if d["kind"] == "Muscle")


def neighbours(graph: nx.MultiDiGraph, node: str, relation: str) -> list[str]:
    """The targets of ``node``'s edges of one relation."""
    return sorted({v for _, v, r in graph.out_edges(node, keys=True) if r == relation})


# ---------------------------------------------------------------- exports


def export(graph: nx.MultiDiGraph, fmt: str, path: Path) -> None:
    """Write the view as GraphML, GEXF (Gephi), Cytoscape.js JSON, DOT, or a PNG/SVG drawing."""
    if fmt == "graphml":
        nx.write_graphml(graph, path)
    elif fmt == "gexf":
        nx.write_gexf(graph, path)
    elif fmt == "cyjs":
        import json

        path.write_text(json.dumps(nx.cytoscape_data(graph), indent=1), encoding="utf-8")
    elif fmt == "dot":
        require("pydot", "teach")
        from networkx.drawing.nx_pydot import to_pydot

        path.write_text(to_pydot(_plain(graph)).to_string(), encoding="utf-8")
    elif fmt in ("png", "svg"):
        draw(graph, path, fmt)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")


def _plain(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose node names and attributes DOT can quote safely (IRIs contain ':')."""
    plain = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        plain.add_node(f'"{node}"', label=f'"{data["label"]}"', kind=data["kind"])
    for u, v, data in graph.edges(data=True):
        plain.add_edge(f'"{u}"', f'"{v}"', label=f'"{data["relation"]}"')
    return plain


COLOURS = {"Muscle": "#d9534f", "Nerve": "#f0ad4e", "SpinalSegment": "#5bc0de", "JointAction": "#5cb85c",
           "Joint": "#337ab7", "Movement": "#8fbc8f", "Bone": "#999999", "BonyLandmark": "#c8c8c8",
           "ConnectiveTissueStructure": "#e0c097",
           "MuscleGroup": "#9b59b6", "BodyRegion": "#b39ddb"}


def draw(graph: nx.MultiDiGraph, path: Path, fmt: str) -> None:
    """A static drawing for slides and handouts: a spring layout, nodes coloured by kind, labelled."""
    matplotlib = require("matplotlib", "teach")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    size = max(8.0, min(40.0, 2.5 * len(graph) ** 0.5))
    figure, axes = plt.subplots(figsize=(size, size * 0.75))
    layout = nx.spring_layout(nx.Graph(graph), seed=7, k=1.5 / max(1, len(graph)) ** 0.5)
    colours = [COLOURS.get(d["kind"], "#dddddd") for _, d in graph.nodes(data=True)]
    nx.draw_networkx_edges(graph, layout, ax=axes, alpha=0.3, arrows=False)
    nx.draw_networkx_nodes(graph, layout, ax=axes, node_color=colours, node_size=120)
    nx.draw_networkx_labels(graph, layout, {n: d["label"] for n, d in graph.nodes(data=True)}, ax=axes,
                            font_size=7)
    axes.set_title(f"anatomy-kg: {graph.graph.get('view', 'view')}")
    axes.axis("off")
    figure.tight_layout()
    figure.savefig(path, format=fmt, dpi=120)
    plt.close(figure)
