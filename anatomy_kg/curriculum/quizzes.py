"""Multiple-choice questions made from the triples, with distractors taken from graph neighbours so that
they are plausible but wrong by the graph:

- "Which nerve supplies M?": the other options are nerves of muscles in M's compartment or group that do not
  supply M (same compartment, different nerve);
- "Which of these is an action of M?": the other options are actions of muscles sharing M's nerve that M
  is not recorded to perform (same nerve, different action);
- "Where does M insert?": the other options are insertions of muscles in M's region that are not M's.

Each question carries the facts it was built from (with their sources), so a teacher can review it."""

from __future__ import annotations

import hashlib
import random
from dataclasses import asdict, dataclass, field

import networkx as nx

from .views import attribution, muscles, neighbours

OPTIONS = 4


@dataclass
class Question:
    number: int
    id: str  # stable: the same muscle and relation give the same id, so a teacher's flag stays attached
    stem: str
    options: list[str]
    answer: str
    muscle: str = ""  # the IRI the question is about
    relation: str = ""  # the relation asked for
    facts: list[str] = field(default_factory=list)
    distractors_from: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def _peers(graph, muscle, relation):
    """Muscles sharing a target of ``relation`` with ``muscle``."""
    peers = set()
    for target in neighbours(graph, muscle, relation):
        peers |= {u for u, _, r in graph.in_edges(target, keys=True) if r == relation}
    return peers - {muscle}


KINDS = {
    "nerve": ("innervated by", "member of", "Which nerve supplies {m}?",
              "nerves of other muscles in the same compartment or group"),
    "action": ("action", "innervated by", "Which of these is an action of {m}?",
               "actions of other muscles supplied by the same nerve"),
    "insertion": ("insertion", "region", "Where does {m} insert?", "insertions of other muscles of the same region"),
}


def _fact(graph, muscle, relation, target) -> str:
    data = graph.get_edge_data(muscle, target, key=relation) or {}
    said = attribution(data)
    source = f" ({said})" if said else ""
    return f"{graph.nodes[muscle]['label']} {relation} {graph.nodes[target]['label']}{source}"


def questions(graph: nx.MultiDiGraph, count: int = 10, seed: int = 1) -> list[Question]:
    rng = random.Random(seed)
    candidates = []
    for muscle in muscles(graph):
        for kind, (relation, peer_relation, _stem, _origin) in KINDS.items():
            right = neighbours(graph, muscle, relation)
            if not right:
                continue
            wrong = sorted({t for p in _peers(graph, muscle, peer_relation) for t in neighbours(graph, p, relation)}
                           - set(right))
            if len(wrong) >= OPTIONS - 1:
                candidates.append((muscle, kind, right, wrong))
    rng.shuffle(candidates)
    result = []
    for muscle, kind, right, wrong in candidates[:count]:
        relation, _, stem, origin = KINDS[kind]
        answer = rng.choice(right)
        label = lambda n: graph.nodes[n]["label"]  # noqa: E731
        options = [label(answer)] + [label(w) for w in rng.sample(wrong, OPTIONS - 1)]
        rng.shuffle(options)
        key = hashlib.sha1(f"{muscle} {relation}".encode()).hexdigest()[:10]
        result.append(Question(len(result) + 1, key, stem.format(m=label(muscle)), options, label(answer), muscle,
                               relation, [_fact(graph, muscle, relation, t) for t in right], origin))
    return result


def text(all_questions: list[Question], with_answers: bool = True) -> str:
    lines = []
    for q in all_questions:
        lines.append(f"{q.number}. {q.stem}  [{q.id}]")
        lines += [f"   {'abcd'[k]}) {option}" for k, option in enumerate(q.options)]
        lines.append("")
    if with_answers:
        lines.append("Answer key")
        for q in all_questions:
            lines.append(f"{q.number}. {'abcd'[q.options.index(q.answer)]}) {q.answer}; from: " + "; ".join(q.facts))
    return "\n".join(lines) + "\n"
