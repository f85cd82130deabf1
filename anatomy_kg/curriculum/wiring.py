"""Plexus wiring diagrams in the layered left-to-right layout of the textbooks: roots -> trunks -> divisions
-> cords -> branches -> muscles for the brachial plexus; the segments -> nerves -> branches -> muscles for
the lumbar and sacral plexuses. Graphviz's ``dot`` lays them out in ranks (the roots, trunks, divisions and
cords each share a rank; the muscles share the last; the roots run cranial to caudal), so the edges run
one way and cross as little as dot can make them.

Drawn from the nerve tree (anatomy_kg.plexus.NerveTree: what each nerve is a branch of or formed from) and
the view edges (which nerve supplies which muscle). In the HTML version a click on a nerve lights its
territory (the muscles it reaches, through its branches) and its paths to each of its roots.
Educational: textbook wiring, not an individual's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from ..plexus import PLEXUS, paths
from ..resources import require
from ..words import SEGMENTS
from .html import render, script_json
from .options import PLEXUSES, WIRING_FORMATS
from .views import edge_rows, inverse, related

FORMATS = WIRING_FORMATS
LAYERS = {"PlexusRoot": 0, "Segment": 0, "Trunk": 1, "Division": 2, "Cord": 3}
STYLE = {"Segment": {"shape": "circle", "style": "filled", "fillcolor": "#5bc0de", "fixedsize": "true",
                     "width": "0.45"},
         "PlexusRoot": {"shape": "box", "style": "rounded,filled", "fillcolor": "#9ed8ea"},
         "Trunk": {"shape": "box", "style": "rounded,filled", "fillcolor": "#f7d08a"},
         "Division": {"shape": "box", "style": "rounded,filled", "fillcolor": "#fbe3b4", "fontsize": "9"},
         "Cord": {"shape": "box", "style": "rounded,filled", "fillcolor": "#f0ad4e"},
         "Nerve": {"shape": "box", "style": "rounded,filled", "fillcolor": "#fde9cc"},
         "Muscle": {"shape": "plaintext", "fontcolor": "#b03a36"}}


@dataclass
class Wiring:
    title: str
    graph: nx.DiGraph      # nodes: IRI -> label, kind; edges: kind (branch, union, supplies)
    territory: dict[str, list[str]] = field(default_factory=dict)   # nerve -> muscles it reaches
    path: dict[str, list[str]] = field(default_factory=dict)        # nerve -> nodes from its roots to its muscles

    def nodes_of(self, kind: str) -> list[str]:
        return sorted(n for n, d in self.graph.nodes(data=True) if d["kind"] == kind)


def build(kg, plexus: str = "brachial", *, muscles: bool = True) -> Wiring:
    """The wiring of one plexus (brachial, lumbar, sacral) or of both lumbosacral ones."""
    if plexus not in PLEXUSES:
        raise ValueError(f"unknown plexus {plexus!r}; choose one of {', '.join(PLEXUSES)}")
    tree = kg.nerve_tree()
    tops = [PLEXUS + name for name in PLEXUSES[plexus]]
    missing = [t for t in tops if t not in tree.names]
    if missing:
        raise ValueError(f"the graph has no {', '.join(m.rsplit('/', 1)[1] for m in missing)} plexus")
    members = {n for n in tree.names if n not in tops and tree.plexuses(n) & set(tops)}
    graph = nx.DiGraph()
    for nerve in members:
        graph.add_node(nerve, label=tree.names[nerve], kind=tree.parts.get(nerve, "Nerve"))
    with_root_parts = any(tree.parts.get(n) == "PlexusRoot" for n in members)
    top_roots = set().union(*(tree.own_roots.get(t, set()) for t in tops))
    for nerve in members:
        inside = [p for p in tree.above.get(nerve, ()) if p in members]
        for parent in inside:
            edge = "branch" if tree.parent.get(nerve) == parent else "union"
            graph.add_edge(parent, nerve, kind=edge)
        if inside or tree.parts.get(nerve) == "PlexusRoot":
            continue
        # a nerve straight from the plexus: drawn from its segments (or the plexus roots that carry them)
        for root in sorted(tree.roots(nerve) & top_roots):
            source = (next((r for r in members if tree.parts.get(r) == "PlexusRoot"
                            and root in tree.own_roots.get(r, ())), None) if with_root_parts else root)
            if source is None:
                continue
            if source == root:
                graph.add_node(root, label=root.rsplit("/", 1)[1], kind="Segment")
            graph.add_edge(source, nerve, kind="branch")
    by_nerve = inverse(related(kg, "innervated by"))
    roots_of = related(kg, "segmental innervation")
    if muscles:
        labels = {e["source"]: e["sourceLabel"] for e in edge_rows(kg) if e["relation"] == "innervated by"}
        for nerve in members:
            for muscle in by_nerve.get(nerve, ()):
                graph.add_node(muscle, label=labels[muscle], kind="Muscle")
                graph.add_edge(nerve, muscle, kind="supplies")
    reach = tree.territories(by_nerve, roots_of)
    wiring = Wiring(_title(tree, tops), graph)
    for nerve in members:
        wiring.territory[nerve] = sorted(reach.get(nerve, ()))
        on_path = {nerve}
        for root in tree.roots(nerve):
            for found in paths(tree, nerve, root):
                on_path |= {n for n in found if n in graph}
            if root in graph:
                on_path.add(root)
        reached = set(wiring.territory[nerve]) & set(graph)
        below = nx.descendants(graph, nerve)
        on_path |= {n for n in below if n not in reached and nx.descendants(graph, n) & reached}
        wiring.path[nerve] = sorted(on_path)
    return wiring


def _title(tree, tops: list[str]) -> str:
    return " and ".join(tree.names[t] for t in tops) + ": wiring"


# ---------------------------------------------------------------- drawing


def dot_source(wiring: Wiring, *, links: bool = True):
    """The diagram as a graphviz.Digraph: left to right, one rank per plexus layer, muscles last."""
    graphviz = require("graphviz", "teach")
    dot = graphviz.Digraph(graph_attr={"rankdir": "LR", "nodesep": "0.08", "ranksep": "0.5", "label": wiring.title,
                                       "labelloc": "t", "fontname": "Helvetica", "fontsize": "16",
                                       "newrank": "true"},
                           node_attr={"fontname": "Helvetica", "fontsize": "10", "height": "0.25"},
                           edge_attr={"arrowsize": "0.5", "color": "#777777"})
    ids = node_ids(wiring)
    layers: dict[int, list[str]] = defaultdict(list)
    for node in sorted(wiring.graph, key=lambda n: _place(wiring, n)):
        data = wiring.graph.nodes[node]
        attrs = dict(STYLE[data["kind"]])
        if links and data["kind"] != "Segment":
            attrs["href"] = node
        attrs["tooltip"] = data["label"]
        dot.node(ids[node], data["label"], id=ids[node], **attrs)
        if data["kind"] in LAYERS:
            layers[LAYERS[data["kind"]]].append(ids[node])
        elif data["kind"] == "Muscle":
            layers[99].append(ids[node])
    for rank in sorted(layers):
        with dot.subgraph() as same:
            same.attr(rank="max" if rank == 99 else "same")
            for node in layers[rank]:
                same.node(node)
            if rank == 0:  # the roots top to bottom, cranial first
                for upper, lower in zip(layers[0], layers[0][1:], strict=False):
                    same.edge(upper, lower, style="invis")
    for number, (u, v) in enumerate(_edges(wiring)):
        data = wiring.graph.edges[u, v]
        dot.edge(ids[u], ids[v], id=f"e{number}", **({"color": "#d9a09e"} if data["kind"] == "supplies" else {}))
    return dot


def node_ids(wiring: Wiring) -> dict[str, str]:
    """Stable, SVG-safe ids for the nodes (n0, n1 ... in IRI order)."""
    return {node: f"n{i}" for i, node in enumerate(sorted(wiring.graph))}


def edge_ids(wiring: Wiring) -> dict[str, tuple[str, str]]:
    """The edges' SVG ids (e0, e1 ... in drawing order) with the ids of their two ends."""
    ids = node_ids(wiring)
    return {f"e{i}": (ids[u], ids[v]) for i, (u, v) in enumerate(_edges(wiring))}


_ORDER = {s: i for i, s in enumerate(SEGMENTS)}


def _place(wiring: Wiring, node: str) -> tuple:
    """Drawing order: by the segment a name ends with (anterior ramus of C5 before C6), then by name."""
    label = wiring.graph.nodes[node]["label"]
    return (_ORDER.get(label.rsplit(" ", 1)[-1], 99), label)


def _edges(wiring: Wiring) -> list[tuple[str, str]]:
    return sorted(wiring.graph.edges(), key=lambda e: (_place(wiring, e[0]), _place(wiring, e[1])))


def write(wiring: Wiring, path: Path, fmt: str | None = None) -> str:
    """Write the diagram as HTML (the SVG inline, with click-to-highlight), SVG, PDF, PNG or DOT."""
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown diagram format {fmt!r}; choose one of {', '.join(FORMATS)}")
    dot = dot_source(wiring, links=fmt != "html")
    if fmt == "dot":
        path.write_text(dot.source, encoding="utf-8")
        return fmt
    graphviz = require("graphviz", "teach")
    try:
        drawn = dot.pipe(format="svg" if fmt == "html" else fmt)
    except graphviz.ExecutableNotFound:
        raise ValueError("Graphviz's dot program is not installed (Debian: apt-get install graphviz); "
                         "--format dot writes the diagram's source without it") from None
    if fmt == "html":
        svg = drawn.decode("utf-8")
        svg = svg[svg.index("<svg"):]
        ids = node_ids(wiring)
        data = {"nodes": {ids[n]: {"iri": n, **d} for n, d in wiring.graph.nodes(data=True)},
                "edges": edge_ids(wiring),
                "territory": {ids[n]: [ids[m] for m in ms if m in ids] for n, ms in wiring.territory.items()},
                "path": {ids[n]: [ids[p] for p in ps] for n, ps in wiring.path.items()}}
        path.write_text(render("wiring.html", title=wiring.title, svg=svg, data=script_json(data)),
                        encoding="utf-8")
    else:
        path.write_bytes(drawn)
    return fmt
