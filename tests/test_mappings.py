"""Every UBERON / FMA / Wikidata mapping in the data is one that was checked (tests/data/checked-mappings.tsv
says against what), and every checked mapping is in the data. (Crosswalks to outside vocabularies are held
to their evidence in tests/test_crosswalks.py.)"""

from __future__ import annotations

import csv
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "checked-mappings.tsv"
BASE = "https://w3id.org/anatomy-kg/"


def checked() -> set[tuple[str, str, str]]:
    lines = [line for line in TABLE.read_text().splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    assert all(row["checked_against"].strip() for row in rows)
    return {(BASE + row["node"], row["predicate"], row["target"]) for row in rows}


def curie(iri: str) -> str:
    if iri.startswith("http://purl.obolibrary.org/obo/UBERON_"):
        return "UBERON:" + iri.rsplit("_", 1)[1]
    if iri.startswith("http://purl.org/sig/ont/fma/fma"):
        return "FMA:" + iri.rsplit("fma", 1)[1]
    if iri.startswith("http://www.wikidata.org/entity/"):
        return "wikidata:" + iri.rsplit("/", 1)[1]
    return iri


def test_data_mappings_are_exactly_the_checked_ones(kg):
    rows = kg.select("""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>
        SELECT ?node ?p ?target WHERE {
            VALUES ?p { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch skos:relatedMatch }
            ?node ?p ?target
            FILTER NOT EXISTS { ?target a akg:ExternalTerm } }""")
    in_data = {(r["node"], r["p"].rsplit("#", 1)[1], curie(r["target"])) for r in rows}
    table = checked()
    assert in_data - table == set(), "mappings in data/ that nobody checked"
    assert table - in_data == set(), "checked mappings missing from data/"


def test_every_mapped_target_is_uberon_fma_or_wikidata(kg):
    assert all(t.startswith(("UBERON:", "FMA:", "wikidata:Q")) for _, _, t in checked())


def test_wikidata_mappings_come_with_the_fma_id_they_were_checked_through():
    for node, predicate, target in checked():
        if target.startswith("wikidata:"):
            assert any(n == node and p == predicate and t.startswith("FMA:") for n, p, t in checked()), node


def test_fma_mappings_come_with_the_uberon_class_that_cross_references_them():
    for node, _, target in checked():
        if target.startswith("FMA:"):
            uberon = {t for n, _, t in checked() if n == node and t.startswith("UBERON:")}
            assert uberon, f"{node} has an FMA id without the UBERON class it was checked through"
