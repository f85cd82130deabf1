"""The rule of the question layer: every name the parser recognises fills a slot of the family it chose, or
the question is refused with a reason. Checked over the whole phrasing suite and over generated
combinations of names and cue words; and --explain names only query files that exist."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from phrasings import PHRASINGS

from anatomy_kg import UnknownTerm, UnsupportedQuestion
from anatomy_kg.ask import names, parse, read
from anatomy_kg.cues import CUES
from anatomy_kg.families import BY_NAME, REGISTRY
from anatomy_kg.queries import query_names

try:
    from phrasings_users import USER_PHRASINGS
except ImportError:  # pragma: no cover - the users' suite is optional for this rule
    USER_PHRASINGS = []

SUITE = [p.question for p in PHRASINGS + USER_PHRASINGS]


def unplaced(question: str, lexicon) -> list[str]:
    """The recognised names of a parsed question that fill no slot of its plan (must be none)."""
    plan = parse(question, lexicon)
    mentions = names(read(question, lexicon), lexicon)[0]
    placed = {(f.mention.start, f.mention.end) for fills in plan.slots.values() for f in fills}
    cue_read = {(m.start, m.end) for m in mentions if m.cue_tags} if plan.family in (
        "antagonists", "synergists") else set()
    return [m.words for m in mentions if (m.start, m.end) not in placed | cue_read]


@pytest.mark.parametrize("question", SUITE)
def test_every_name_of_a_suite_question_fills_a_slot_or_is_refused(kg, question):
    try:
        assert unplaced(question, kg.lexicon) == []
    except (UnknownTerm, UnsupportedQuestion) as refusal:
        assert str(refusal)


NAMES = st.sampled_from(["gluteus medius", "L5", "superior gluteal nerve", "hip", "abduct", "greater trochanter",
                         "hamstrings", "thigh", "deltoid", "C5", "Kendall", "femoral nerve", "knee extension",
                         "abductor digiti minimi", "glmed1_r", "radial nerve at the spiral groove"])
CUE_WORDS = st.sampled_from(sorted({w for words in CUES.values() for w in words}) + ["which muscles", "what"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.one_of(NAMES, CUE_WORDS), min_size=1, max_size=6))
def test_generated_questions_never_drop_a_name(kg, parts):
    question = " ".join(parts)
    try:
        assert unplaced(question, kg.lexicon) == [], question
    except (UnknownTerm, UnsupportedQuestion) as refusal:
        assert str(refusal)


def test_a_refusal_names_the_name_that_could_not_be_used(kg):
    with pytest.raises(UnsupportedQuestion, match="'c5'"):
        kg.ask("antagonists of the biceps supplied by C5")
    with pytest.raises(UnsupportedQuestion, match="'tongue'"):
        kg.ask("which muscles move the tongue")
    with pytest.raises(UnknownTerm, match="gluteus medius"):
        kg.ask("what does gluteus medus do")


def test_every_family_names_existing_queries_and_explain_shows_them(kg):
    names = set(query_names())
    for family in REGISTRY:
        assert set(family.queries) <= names, family.name
    answer = kg.ask("kindly tell me which L5 muscles abduct the hip")
    assert "family: muscles (queries/muscles.rq)" in answer.understood
    assert "'kindly' ignored" in answer.understood and "slot root: L5" in answer.understood
    assert {"kindly", "tell", "me"} <= set(answer.ignored)


@pytest.mark.parametrize("question, family", [
    ("what opposes brachialis", "antagonists"),           # "oppose" as a cue, not the thumb's movement
    ("which muscles oppose the thumb", "muscles"),        # ... and as the movement
    ("is gluteus medius innervated by L5", "check"),
    ("insertions of the adductors", "muscle-facts"),       # the group, not the movement
    ("hip adductors", "muscles"),
])
def test_a_name_is_read_by_the_slots_of_the_family_that_fits(kg, question, family):
    assert kg.ask(question).family == family
    assert family in BY_NAME


def test_the_segment_order_for_ranges_is_the_graphs(kg):
    from anatomy_kg.words import SEGMENTS

    rows = kg.select("PREFIX akg: <https://w3id.org/anatomy-kg/vocab/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
                     " SELECT ?label WHERE { ?s akg:segmentOrder ?n ; skos:prefLabel ?label } ORDER BY ?n")
    assert tuple(r["label"] for r in rows) == SEGMENTS


@pytest.mark.parametrize("text, written", [
    ("C3,4,5", "C3 and C4 and C5"), ("L4-S1", "L4 and L5 and S1"), ("L4/5", "L4 and L5"), ("C8-T1", "C8 and T1"),
    ("L4 or 5", "L4 or L5"), ("L4 and S1", "L4 and S1"), ("L5-L3", "L5-L3"), ("L5-innervated", "L5-innervated"),
    ("2 joint", "2 joint"), ("C5,6 or 7", "C5,6 or 7"),
])
def test_a_series_of_segments_is_written_out(text, written):
    from anatomy_kg.words import segment_series

    assert segment_series(text)[0] == written
