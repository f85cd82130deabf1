"""Study sets: groups of muscles that belong together for learning, each with a title and the reason it was
formed. Made from the whole view: muscles sharing a nerve, sharing a joint action, sharing a group or
compartment, and clusters found by community detection (Louvain, fixed seed) on a muscle-muscle graph whose
edge weights count what two muscles share (nerve 3, group 2, action 1 each)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from itertools import combinations

import networkx as nx

from .views import muscles, neighbours

WEIGHTS = {"innervated by": 3, "member of": 2, "action": 1}


@dataclass
class StudySet:
    title: str
    reason: str
    kind: str  # nerve, action, group or community
    muscles: list[str]

    def as_dict(self) -> dict:
        return asdict(self)


def _label(graph, node) -> str:
    return graph.nodes[node]["label"]


def shared(graph: nx.MultiDiGraph, relation: str) -> dict[str, list[str]]:
    """For each target of ``relation`` (a nerve, an action, a group), the muscles that share it."""
    members = defaultdict(set)
    for muscle in muscles(graph):
        for target in neighbours(graph, muscle, relation):
            members[target].add(muscle)
    return {t: sorted(m, key=lambda n: _label(graph, n)) for t, m in members.items() if len(m) >= 2}


def study_sets(graph: nx.MultiDiGraph, seed: int = 1) -> list[StudySet]:
    label = lambda n: _label(graph, n)  # noqa: E731
    sets = []
    for nerve, members in sorted(shared(graph, "innervated by").items(), key=lambda kv: label(kv[0])):
        sets.append(StudySet(f"Supplied by the {label(nerve)}", f"these muscles share their nerve, the {label(nerve)}",
                             "nerve", [label(m) for m in members]))
    for group, members in sorted(shared(graph, "member of").items(), key=lambda kv: label(kv[0])):
        sets.append(StudySet(f"The {label(group)}", f"these muscles are members of the {label(group)}",
                             "group", [label(m) for m in members]))
    for action, members in sorted(shared(graph, "action").items(), key=lambda kv: label(kv[0])):
        sets.append(StudySet(f"Muscles of {label(action)}", f"a source names each of these muscles for "
                             f"{label(action)}", "action", [label(m) for m in members]))
    sets.extend(communities(graph, seed))
    return sets


def similarity(graph: nx.MultiDiGraph) -> nx.Graph:
    """Muscles joined by what they share, weighted."""
    similar = nx.Graph()
    similar.add_nodes_from(muscles(graph))
    for relation, weight in WEIGHTS.items():
        for members in shared(graph, relation).values():
            for a, b in combinations(members, 2):
                w = similar.get_edge_data(a, b, {"weight": 0})["weight"]
                similar.add_edge(a, b, weight=w + weight)
    return similar


def communities(graph: nx.MultiDiGraph, seed: int = 1) -> list[StudySet]:
    similar = similarity(graph)
    found = nx.community.louvain_communities(similar, weight="weight", seed=seed)
    sets = []
    for members in sorted(found, key=lambda c: sorted(_label(graph, m) for m in c)):
        if len(members) < 2:
            continue
        nerves = defaultdict(int)
        for m in members:
            for nerve in neighbours(graph, m, "innervated by"):
                nerves[_label(graph, nerve)] += 1
        main = max(sorted(nerves), key=nerves.get) if nerves else "mixed nerves"
        sets.append(StudySet(f"Cluster around the {main}",
                             f"found by community detection (Louvain, seed {seed}) on shared nerves, groups and "
                             f"actions; {nerves.get(main, 0)} of its {len(members)} muscles have the {main}",
                             "community", sorted(_label(graph, m) for m in members)))
    return sets
