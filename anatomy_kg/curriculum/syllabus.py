"""Teaching order: a topological order over prerequisite edges, printed as a syllabus of sessions.

Prerequisites (A before B):
- a bone before its landmarks, and a landmark (or bone) before the muscles attaching to it;
- a joint before its actions (its movements), and an action before the muscles that produce it;
- a root before the nerves it forms, a nerve before its branches, and a nerve before the muscles it supplies.

The order goes region by region, proximal to distal, muscle group by muscle group: each muscle comes right
after whatever it needs that has not been taught yet (its bone and landmarks, its joint and actions, its
roots and nerve), found depth-first; whatever no muscle needs comes last, in topological order. Ties are
broken by kind and name, so the order is stable. The sessions cut it into consecutive slices of near-equal
size, so no prerequisite is ever taught in a later session than what depends on it."""

from __future__ import annotations

import networkx as nx

# (relation in the view, True when the edge's target is the prerequisite of its source)
PREREQUISITE = {"part of": True, "subdivision of": True, "origin": True, "insertion": True, "at joint": True,
                "action": True, "root": True, "branch of": True, "innervated by": True}
REGION_ORDER = ["gluteal region", "thigh", "leg", "foot", "shoulder", "axilla", "arm", "forearm", "hand", "thorax"]
KIND_ORDER = ["BodyRegion", "Bone", "BonyLandmark", "ConnectiveTissueStructure", "Joint", "Movement", "JointAction",
              "SpinalSegment", "Nerve", "MuscleGroup", "Muscle"]


def prerequisites(view: nx.MultiDiGraph) -> nx.DiGraph:
    """A DAG: an edge A -> B means teach A before B."""
    dag = nx.DiGraph()
    for node, data in view.nodes(data=True):
        dag.add_node(node, **data)
    for u, v, relation in view.edges(keys=True):
        if relation == "part of" and view.nodes[u].get("kind") == "ConnectiveTissueStructure":
            continue   # a tendon within a muscle (the central tendon) is taught with it, not before or after
        if relation in PREREQUISITE:
            dag.add_edge(v, u, relation=relation)  # the target (the bone, the nerve) comes first
    return dag


def order(view: nx.MultiDiGraph) -> list[str]:
    dag = prerequisites(view)
    if not nx.is_directed_acyclic_graph(dag):
        raise ValueError(f"the prerequisites form a cycle: {nx.find_cycle(dag)}")
    rank = {k: i for i, k in enumerate(KIND_ORDER)}

    def key(node):
        return (rank.get(dag.nodes[node]["kind"], len(rank)), dag.nodes[node]["label"])

    def place(muscle):
        def first(relation):
            labels = sorted(view.nodes[v]["label"] for _, v, r in view.out_edges(muscle, keys=True) if r == relation)
            return labels[0] if labels else ""
        region = first("region")
        return (REGION_ORDER.index(region) if region in REGION_ORDER else len(REGION_ORDER), region,
                first("member of"), view.nodes[muscle]["label"])

    emitted: list[str] = []
    seen: set[str] = set()

    def visit(node):
        if node in seen:
            return
        seen.add(node)
        for before in sorted(dag.predecessors(node), key=key):
            visit(before)
        emitted.append(node)

    for muscle in sorted((n for n, d in dag.nodes(data=True) if d["kind"] == "Muscle"), key=place):
        visit(muscle)
    for node in nx.lexicographical_topological_sort(dag, key=key):
        visit(node)
    return emitted


def sessions(view: nx.MultiDiGraph, count: int) -> list[list[str]]:
    """The teaching order cut into ``count`` consecutive sessions of near-equal size."""
    if count < 1:
        raise ValueError("--sessions must be at least 1")
    ordered = order(view)
    size, extra = divmod(len(ordered), count)
    result, start = [], 0
    for k in range(count):
        end = start + size + (1 if k < extra else 0)
        result.append(ordered[start:end])
        start = end
    return [s for s in result if s]


def text(view: nx.MultiDiGraph, count: int) -> str:
    lines = []
    for k, session in enumerate(sessions(view, count), 1):
        lines.append(f"Session {k} ({len(session)} topics)")
        for node in session:
            data = view.nodes[node]
            lines.append(f"  {data['label']} ({data['kind']})")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
