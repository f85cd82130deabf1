"""Nerve territory figures: for a nerve, a root, a plexus part or a named lesion site ("radial nerve at the
radial groove"), the muscles it supplies as a compact segmental chart (grouped by the nerve that supplies
each, with its root values and their sources), and under it the joint actions that lose all or some of
their main movers. One figure for a slide, from the same lesion model as `ask` (anatomy_kg.lesions).
Skin areas join the figure when the graph has them (the clinical layer). Educational, not diagnostic."""

from __future__ import annotations

from ..lesions import DISCLAIMER
from . import chart


def build(kg, name: str) -> chart.Chart:
    """The territory of one root, nerve, plexus part or lesion site, by name or IRI."""
    effects = kg.lesion_effects(name)
    supplied = set(effects["muscles"])   # names: the lesion model says what it weakens in words
    drawn = chart.build(kg, muscles=supplied,
                        title=f"Territory of the {effects['lesion']}" if effects["kind"] != "nerve at a level"
                        else f"Territory of a lesion of the {effects['lesion']}")
    footer = []
    for lost in ("all main movers", "some main movers"):
        actions = [a["action"] for a in effects["actions"] if a["lost"] == lost]
        if actions:
            footer.append(f"Weak, {lost} lost: " + ", ".join(actions) + ".")
    charted = {r.label for r in drawn.rows()}
    unrooted = sorted(supplied - charted)
    if unrooted:  # supplied, but with no root values to chart: named, not dropped
        footer.append("Also supplied (no root values recorded): " + ", ".join(unrooted) + ".")
    footer.append(DISCLAIMER)
    drawn.footer = footer
    return drawn
