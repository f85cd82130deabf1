"""The phrasings written blind to the parser (tests/phrasings_users.py), asked of the embedded store and of a
real Oxigraph server: at least 95 % fully right, and no clearly wrong answer (a muscle listed that the
question excludes, or an answer where refusing is right). ``python tests/score_user_phrasings.py`` lists
each miss with its reason."""

from __future__ import annotations

import pytest
from phrasings_users import USER_PHRASINGS
from score_user_phrasings import miss

CLEARLY_WRONG = {"WRONG", "answered, should be refused"}


@pytest.fixture(params=["embedded", "oxigraph"])
def backend(request, kg):
    return kg if request.param == "embedded" else request.getfixturevalue("remote")


def test_the_users_suite_is_large_and_covers_every_family():
    assert len(USER_PHRASINGS) >= 400
    assert len({p.family for p in USER_PHRASINGS if p.refused is None}) >= 18


def test_the_users_suite_is_answered(backend):
    misses = [(p.question, *m) for p in USER_PHRASINGS if (m := miss(backend, p))]
    wrong = [m for m in misses if m[1] in CLEARLY_WRONG]
    assert wrong == []
    right = 1 - len(misses) / len(USER_PHRASINGS)
    assert right >= 0.95, "\n".join(f"{kind}: {q!r}: {detail}" for q, kind, detail in misses)
