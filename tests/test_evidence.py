"""Evidence from open texts (Gray's Anatomy, 20th ed., 1918): every quote is on the page it names, in the
project's own extracts (tests/data/evidence/, each with its URL and retrieval date); a quote never makes a
fact; and the evidence reaches entity pages, a muscle's facts and flashcards."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

EXTRACTS = Path(__file__).resolve().parent / "data" / "evidence"
AKG = "https://w3id.org/anatomy-kg/vocab/"


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def extract(work: str, page: str) -> tuple[dict[str, str], str]:
    """A stored page extract: its header fields (url, retrieved) and its text, white space made single."""
    lines = (EXTRACTS / work / f"page{page}.txt").read_text(encoding="utf-8").splitlines()
    header = dict(line[2:].split(": ", 1) for line in lines if line.startswith("# ") and ": " in line[2:])
    return header, _words(" ".join(line for line in lines if not line.startswith("#")))


@pytest.fixture(scope="module")
def evidence(kg):
    rows = kg.run("evidence")
    assert len(rows) > 200
    return rows


def test_every_quote_is_word_for_word_on_its_page(evidence):
    for row in evidence:
        assert row["sourceLabel"] == "Gray's 1918", row
        page = row["locator"].removeprefix("page ")
        header, text = extract("grays-1918", page)
        assert header["url"] == row["page"], (row["evidence"], header)
        assert _words(row["quote"]) in text, f"{row['evidence']}: quote not on page {page}: {row['quote']!r}"


def test_every_extract_says_where_and_when_it_was_read():
    pages = sorted((EXTRACTS / "grays-1918").glob("page*.txt"))
    assert pages
    for path in pages:
        header, text = extract("grays-1918", path.stem.removeprefix("page"))
        assert header["url"] == f"http://www.bartleby.com/107/pages/{path.stem}.html"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}, .+", header["retrieved"]), path
        assert len(text) > 500


def _stated(graph) -> set[tuple[str, str, str]]:
    from rdflib import RDF, URIRef

    return {(str(graph.value(s, RDF.subject)), str(graph.value(s, RDF.predicate)), str(graph.value(s, RDF.object)))
            for s in graph.subjects(RDF.type, URIRef(AKG + "Statement"))}


def test_a_quote_that_supports_is_about_a_stated_fact_and_one_that_differs_says_how(evidence, graph):
    stances = {row["stanceLabel"] for row in evidence}
    assert stances == {"supports", "differs"}
    stated = _stated(graph)
    for row in evidence:
        if row["stanceLabel"] == "supports":
            assert (row["subject"], row["property"], row["object"]) in stated, row
        else:
            assert row["comment"], row


def test_the_evidence_query_finds_what_rdflib_finds(evidence, graph):
    from rdflib import RDF, URIRef

    nodes = set(graph.subjects(RDF.type, URIRef(AKG + "Evidence")))
    assert {URIRef(r["evidence"]) for r in evidence} == nodes


def test_a_quote_adds_no_fact(kg, graph):
    """Gray's 1918 gives the pectineus L4, which no statement does: it does not become a root of the graph."""
    rows = kg.run("evidence", entity="https://w3id.org/anatomy-kg/muscle/pectineus")
    l4 = [r for r in rows if r["object"].endswith("/segment/L4")]
    assert l4 and all(r["stanceLabel"] == "differs" for r in l4)
    assert not {(r["subject"], r["property"], r["object"]) for r in l4} & _stated(graph)
    roots = kg.select("""PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>
        SELECT ?root WHERE { <https://w3id.org/anatomy-kg/muscle/pectineus> akg:segmentalInnervation ?root }""")
    assert roots and not any(r["root"].endswith("/segment/L4") for r in roots)


# ------------------------------------------------------------------ where the evidence is shown

MEDIUS = "https://w3id.org/anatomy-kg/muscle/gluteus-medius"
SUPINATOR = "https://w3id.org/anatomy-kg/muscle/supinator"


def _medius_origin_quote(evidence) -> dict:
    return next(r for r in evidence if r["subject"] == MEDIUS and r["property"] == AKG + "origin")


def test_an_entity_page_shows_the_quote_with_its_page_and_link(served, evidence):
    import html
    import urllib.request

    quote = _medius_origin_quote(evidence)
    with urllib.request.urlopen(f"{served}/muscle/gluteus-medius", timeout=30) as response:
        page = html.unescape(response.read().decode())
    assert "Evidence from open texts" in page
    assert f"<q>{quote['quote']}</q>" in page
    assert f'<a href="{quote["page"]}">Gray\'s 1918, {quote["locator"]}</a>' in page
    # and machines get the evidence nodes with the entity's description
    with urllib.request.urlopen(f"{served}/muscle/gluteus-medius?format=ttl", timeout=30) as response:
        assert quote["evidence"] in response.read().decode()


def test_a_muscle_s_facts_carry_their_quotes_and_say_what_only_an_open_text_gives(run_cli, evidence):
    import json

    answer = json.loads(run_cli("ask", "--format", "json", "where does gluteus medius originate").stdout)
    quote = _medius_origin_quote(evidence)
    origin = next(r for r in answer["results"] if r["iri"] == quote["object"])
    assert origin["verification"] == "quoted"
    assert {"stance": "supports", "source": "Gray's 1918", "locator": quote["locator"], "url": quote["page"],
            "quote": quote["quote"]}.items() <= origin["quotes"][0].items()
    # Gray's 1918 gives the supinator C6, which no statement does: a note says so, and no row
    roots = json.loads(run_cli("ask", "--format", "json", "roots of supinator").stdout)
    assert "C6" not in {r["label"] for r in roots["results"]}
    assert any(n.startswith("Gray's 1918 (page 456) gives supinator segmental innervation C6") and "evidence only"
               in n for n in roots["notes"])
    assert all(q["stance"] == "differs" for r in roots["results"] for q in r["quotes"])
    assert {r["verification"] for r in roots["results"]} == {"cited"}


def test_flashcards_and_the_teaching_views_say_what_an_open_text_says(kg):
    from anatomy_kg.curriculum import flashcards, views

    whole = views.build(kg)
    cards = {c.front: c for c in flashcards.cards(whole)}
    origin = cards["Origin of gluteus medius?"]
    assert origin.open_text == "gluteal surface of ilium: quoted in Gray's 1918, page 475"
    assert "supinator crest" in cards["Origin of supinator?"].back
    roots = cards["Segmental roots of supinator?"].open_text
    assert roots == "C7: Gray's 1918, page 456, differs; C8: Gray's 1918, page 456, differs"
    edge = whole.get_edge_data(MEDIUS, "https://w3id.org/anatomy-kg/landmark/gluteal-surface-of-ilium", key="origin")
    assert views.attribution(edge).endswith("; quoted in Gray's 1918, page 475")


def test_stats_counts_sources_quotes_and_disagreements_as_rdflib_does(run_cli, graph):
    """The sourcing table of `stats`, held to a count made with rdflib's triples, without SPARQL."""
    import json
    from collections import defaultdict

    from rdflib import RDF, Namespace, URIRef

    A, DC = Namespace(AKG), Namespace("http://purl.org/dc/terms/")
    report = json.loads(run_cli("stats", "--format", "json").stdout)
    by_fact = defaultdict(set)
    for st in graph.subjects(RDF.type, A.Statement):
        fact = (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        by_fact[fact] |= set(graph.objects(st, DC.source))
    stance = defaultdict(set)
    for ev in graph.subjects(RDF.type, A.Evidence):
        fact = (graph.value(ev, A.claimSubject), graph.value(ev, A.claimProperty), graph.value(ev, A.claimObject))
        stance[fact].add(graph.value(ev, A.stance))
    limbs = {URIRef("https://w3id.org/anatomy-kg/region/upper-limb"),
             URIRef("https://w3id.org/anatomy-kg/region/lower-limb")}

    def in_limb(subject) -> bool:
        whole = graph.value(subject, A.partOf) if (subject, RDF.type, A.MusclePart) in graph else None
        regions = set(graph.objects(subject, A.region)) | (set(graph.objects(whole, A.region)) if whole else set())
        seen = set()
        while regions - seen:
            region = (regions - seen).pop()
            seen.add(region)
            regions |= set(graph.objects(region, A.partOf))
        return bool(regions & limbs)

    limb = {f: s for f, s in by_fact.items() if in_limb(f[0])}
    roots = [f for f in limb if f[1] == A.segmentalInnervation]
    checked = [f for f in limb if f[1] in (A.origin, A.insertion, A.innervatedBy)]
    targets = report["sourcing_targets"]
    assert targets["limb root values with two or more sources"] == {
        "count": sum(len(limb[f]) >= 2 for f in roots), "of": len(roots)}
    assert targets["limb root values with two or more sources, open texts counted"] == {
        "count": sum(len(limb[f]) + (A.supports in stance[f]) >= 2 for f in roots), "of": len(roots)}
    assert targets["limb attachments and nerves quoted or differing"] == {
        "count": sum(bool(stance[f]) for f in checked), "of": len(checked)}
    quoted = sum(r["quoted"] for r in report["fact_sourcing"])
    assert quoted == sum(A.supports in stance[f] for f in by_fact) > 200
    assert sum(r["quoted"] + r["cited"] for r in report["fact_sourcing"]) == sum(r["facts"] for r in
                                                                                   report["fact_sourcing"])
    text = run_cli("stats").stdout
    assert "quoted or differs" in text and "limb attachments and nerves quoted or differing:" in text


def test_a_yes_no_question_says_what_an_open_text_gives_otherwise(kg):
    """"Is supinator supplied by C6": no (Moore 8e gives C7, C8), and Gray's 1918 gives C6, said as evidence;
    "is brachioradialis supplied by C7": yes, and Gray's 1918 differs."""
    no = kg.ask("is supinator supplied by C6")
    assert no.family == "check" and no.verdict is False
    assert any(n.startswith("Gray's 1918 (page 456) gives supinator segmental innervation C6") for n in no.notes)
    yes = kg.ask("is the brachioradialis innervated by C7")
    assert yes.verdict is True
    assert any(n.startswith("Gray's 1918 (page 456), an open text, differs on brachioradialis C7") for n in yes.notes)
    plain = kg.ask("is gluteus medius supplied by L4")   # no open text speaks to it: no such note
    assert plain.verdict is True and not any("open text" in n for n in plain.notes)
