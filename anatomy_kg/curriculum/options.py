"""The teaching commands' choices (views, filters, formats, plexuses), kept apart from the modules that use
them so that building the command line imports no networkx or matplotlib (a cold `anatomy-kg ask` pays for
none of it)."""

from __future__ import annotations

VIEWS = {
    "muscle-nerve-root": {"innervated by", "segmental innervation", "root", "branch of"},
    "muscle-action-joint": {"action", "at joint", "movement"},
    "muscle-attachment-bone": {"origin", "insertion", "part of", "subdivision of"},
}
VIEWS["whole"] = set().union(*VIEWS.values()) | {"articulates", "member of", "region"}
FILTERS = ("region", "group", "nerve", "root", "joint")
EXPORT_FORMATS = ("graphml", "gexf", "cyjs", "dot", "png", "svg")
CHART_MODES = ("merged", "each")
CHART_FORMATS = ("html", "svg", "pdf", "png")
WIRING_FORMATS = ("html", "svg", "pdf", "png", "dot")
PLEXUSES = {"brachial": ["brachial"], "lumbar": ["lumbar"], "sacral": ["sacral"],
            "lumbosacral": ["lumbar", "sacral"]}
