"""The compiled engine (the shapes as SPARQL on pyoxigraph, the default) finds what pySHACL, the reference
engine, finds: the same focus nodes, rules, paths and values, on one broken fixture of every hand-written shape
(pySHACL takes about a second a fixture, and half a minute on the whole graph, so the rest is left to the
compiled engine's own tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from anatomy_kg.validation import validate

SHAPES = Path(__file__).resolve().parent / "shapes"
SAMPLE = sorted(min(folder.glob("*.ttl")) for folder in SHAPES.glob("*/invalid"))


def _results(report) -> set:
    # a statement with two subjects is named after one of them, which one being the engine's choice
    return {(v.node if not v.node.startswith("statement [") else "statement", v.shape, v.path, v.value, v.constraint)
            for v in report.violations}


@pytest.mark.parametrize("path", SAMPLE, ids=[f"{p.parent.parent.name}/{p.parent.name}" for p in SAMPLE])
def test_the_engines_agree(path: Path):
    compiled, reference = validate([path]), validate([path], engine="pyshacl")
    assert compiled.conforms == reference.conforms
    assert _results(compiled) == _results(reference)
