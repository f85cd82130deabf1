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


def test_a_quote_that_supports_is_about_a_stated_fact_and_one_that_differs_says_how(evidence):
    stances = {row["stanceLabel"] for row in evidence}
    assert stances == {"supports", "differs"}
    for row in evidence:
        if row["stanceLabel"] == "supports":
            assert row["stated"], row
        else:
            assert row["comment"], row


def test_the_evidence_query_finds_what_rdflib_finds(evidence, graph):
    from rdflib import RDF, URIRef

    nodes = set(graph.subjects(RDF.type, URIRef(AKG + "Evidence")))
    assert {URIRef(r["evidence"]) for r in evidence} == nodes


def test_a_quote_adds_no_fact(kg):
    """Gray's 1918 gives the supinator C6 alone and the pectineus L4: neither becomes a root of the graph."""
    rows = kg.run("evidence", entity="https://w3id.org/anatomy-kg/muscle/pectineus")
    l4 = [r for r in rows if r["object"].endswith("/segment/L4")]
    assert l4 and all(r["stanceLabel"] == "differs" and not r["stated"] for r in l4)
    roots = kg.select("""PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>
        SELECT ?root WHERE { <https://w3id.org/anatomy-kg/muscle/pectineus> akg:segmentalInnervation ?root }""")
    assert roots and not any(r["root"].endswith("/segment/L4") for r in roots)
