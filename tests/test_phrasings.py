"""The question suite (tests/phrasings.py), asked of the embedded store and of a real Oxigraph server
holding the pushed graph: every phrasing must be read as its family and get the answer anatomy says."""

from __future__ import annotations

import pytest
from phrasings import PHRASINGS, P

from anatomy_kg import UnknownTerm, UnsupportedQuestion


@pytest.fixture(params=["embedded", "oxigraph"])
def backend(request, kg):
    return kg if request.param == "embedded" else request.getfixturevalue("remote")


def test_the_suite_covers_every_family():
    assert len(PHRASINGS) >= 60 and len({p.question for p in PHRASINGS}) == len(PHRASINGS)
    assert {p.family for p in PHRASINGS} >= {
        "muscles", "muscle-facts", "nerve-roots", "nerve-supplies", "nerve-branches", "root-actions", "site",
        "joint-movements", "antagonists", "synergists", "two-joint-muscles", "lesion-effects",
        "lesion-localisation", "key-muscles", "myotome", "dominant-roots", "root-paths", "crosswalk", "check"}


@pytest.mark.parametrize("case", PHRASINGS, ids=[p.question for p in PHRASINGS])
def test_phrasing(backend, case: P):
    if case.refused is not None:
        with pytest.raises((UnknownTerm, UnsupportedQuestion)) as refusal:
            backend.ask(case.question)
        assert case.refused.lower() in str(refusal.value).lower(), refusal.value
        return
    answer = backend.ask(case.question)
    assert answer.family == case.family
    if case.verdict is not None:
        assert answer.verdict is case.verdict, answer.notes
    labels = {r["label"] for r in answer.results}
    if case.exactly is not None:
        assert labels == case.exactly
    assert case.includes <= labels, case.includes - labels
    assert not case.excludes & labels, case.excludes & labels
    if case.first:
        assert answer.results[0]["label"] == case.first
    if case.cell:
        label, column, words = case.cell
        row = next(r for r in answer.results if r["label"] == label)
        assert all(w in str(row[column]) for w in words), row
    if case.note:
        assert any(case.note in n for n in answer.notes), answer.notes
