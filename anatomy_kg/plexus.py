"""Paths through a plexus: how each root of a muscle reaches it (root -> trunk -> division -> cord -> nerve).

A path climbs from the muscle's nerve to the root through what each nerve comes from (akg:branchOf,
akg:formedFrom), keeping only nerves that carry that root (their own root values, or those of the nearest
nerve above them). Where a nerve both belongs to a plexus and is formed from parts of it, the parts give the
path. Educational: textbook wiring, not an individual's.
"""

from __future__ import annotations

from .lesions import NerveTree

PLEXUS = "https://w3id.org/anatomy-kg/plexus/"


def paths(tree: NerveTree, nerve: str, root: str) -> list[list[str]]:
    """Every path from the root (a plexus root or plexus carrying it) down to ``nerve``, as lists of nerve
    IRIs ordered from the root end; empty when the nerve does not carry the root."""
    if root not in tree.roots(nerve):
        return []
    ups = [(parent, edge) for parent, kids in tree.children.items() for child, edge in kids if child == nerve]
    carrying = [p for p, _ in ups if root in tree.roots(p)]
    detailed = [p for p in carrying if not p.startswith(PLEXUS)]
    if tree.parts.get(nerve) == "PlexusRoot" or not carrying:
        return [[nerve]]
    found = []
    for parent in detailed or carrying:
        found += [above + [nerve] for above in paths(tree, parent, root)]
    return found
