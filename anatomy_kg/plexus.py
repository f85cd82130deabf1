"""Plexuses as graphs: the nerve tree (what each nerve comes from, its root values, what it reaches) and the paths
from a root to a muscle (root -> trunk -> division -> cord -> nerve).

A path climbs from the muscle's nerve to the root through what each nerve comes from (akg:branchOf,
akg:formedFrom), keeping only nerves that carry that root (their own root values, or those of the nearest
nerve above them). Where a nerve both belongs to a plexus and is formed from parts of it, the parts give the
path. Educational: textbook wiring, not an individual's.
"""

from __future__ import annotations

from collections import defaultdict

from .queries import load_query

PLEXUS = "https://w3id.org/anatomy-kg/plexus/"


class NerveTree:
    """Nerves with what each comes from: one nerve it is a branch of ("branch") and any it is formed from
    ("union"), and each one's own root values."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.parts: dict[str, str] = {}
        self.children: dict[str, set[tuple[str, str]]] = defaultdict(set)   # parent -> {(child, edge)}
        self.parent: dict[str, str] = {}                                      # the one branchOf parent
        self.above: dict[str, set[str]] = defaultdict(set)                    # child -> all it comes from
        self.own_roots: dict[str, set[str]] = {}

    @classmethod
    def read(cls, kg) -> NerveTree:
        tree = cls()
        for row in kg.select(load_query("lesion/nerve-tree")):
            nerve = row["nerve"]
            tree.names[nerve] = row["label"]
            if row.get("part"):
                tree.parts[nerve] = row["part"].rsplit("/", 1)[1]
            if row.get("roots"):
                tree.own_roots[nerve] = set(row["roots"].split())
            if row.get("parent"):
                tree.children[row["parent"]].add((nerve, row["edge"]))
                tree.above[nerve].add(row["parent"])
                if row["edge"] == "branch":
                    tree.parent[nerve] = row["parent"]
        return tree

    def roots(self, nerve: str) -> set[str]:
        """A nerve's root values, or those of the nearest nerve above it that has them."""
        while nerve not in self.own_roots and nerve in self.parent:
            nerve = self.parent[nerve]
        return self.own_roots.get(nerve, set())

    def plexuses(self, nerve: str) -> set[str]:
        """The plexuses a nerve comes from, climbing what it is a branch of or formed from."""
        found, seen, todo = set(), set(), [nerve]
        while todo:
            here = todo.pop()
            if here in seen:
                continue
            seen.add(here)
            if here.startswith(PLEXUS):
                found.add(here)
            else:
                todo += self.above.get(here, ())
        return found

    def territories(self, by_nerve: dict[str, set[str]], roots_of: dict[str, set[str]]) -> dict[str, set[str]]:
        """The muscles each nerve reaches: its own, its branches' and, through a nerve formed from it and
        others (a cord into the median nerve), those that share one of its roots."""
        memo: dict[str, set[str]] = {}

        def reach(nerve: str) -> set[str]:
            if nerve not in memo:
                memo[nerve] = set()  # guards against a cycle in bad data
                out = set(by_nerve.get(nerve, ()))
                mine = self.roots(nerve)
                for child, edge in self.children.get(nerve, ()):
                    below = reach(child)
                    out |= below if edge == "branch" else {m for m in below if roots_of[m] & mine}
                memo[nerve] = out
            return memo[nerve]

        return defaultdict(set, {n: reach(n) for n in set(self.names) | set(by_nerve)})


def paths(tree: NerveTree, nerve: str, root: str) -> list[list[str]]:
    """Every path from the root (a plexus root or plexus carrying it) down to ``nerve``, as lists of nerve
    IRIs ordered from the root end; empty when the nerve does not carry the root."""
    if root not in tree.roots(nerve):
        return []
    carrying = [p for p in sorted(tree.above.get(nerve, ())) if root in tree.roots(p)]
    detailed = [p for p in carrying if not p.startswith(PLEXUS)]
    if tree.parts.get(nerve) == "PlexusRoot" or not carrying:
        return [[nerve]]
    found = []
    for parent in detailed or carrying:
        found += [above + [nerve] for above in paths(tree, parent, root)]
    return found
