"""Linked-data export: every format re-imports into a graph isomorphic to what was exported; the VoID/DCAT
description counts what is there; the JSON-LD context matches the vocabulary; the OBO view states every
aligned relation; the SSSOM table holds exactly the graph's mappings.

Isomorphism is decided by canonicalising both graphs' blank nodes with pyoxigraph (RDF canonicalisation)
and comparing the canonical triples; a test shows the comparison does see a single changed triple."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, VOID, URIRef

from anatomy_kg import export
from anatomy_kg.jsonld_context import text as context_text
from anatomy_kg.loading import load_graph
from anatomy_kg.resources import resource_dir, vocabulary_files

AKG = "https://w3id.org/anatomy-kg/vocab/"
RO_INNERVATED_BY = URIRef("http://purl.obolibrary.org/obo/RO_0002005")


def canonical(graph: rdflib.Graph) -> set[str]:
    dataset = ox.Dataset()
    for triple in ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES):
        dataset.add(ox.Quad(triple.subject, triple.predicate, triple.object))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(quad) for quad in dataset}


@pytest.fixture(scope="module")
def everything():
    return export.part_graph("all")


@pytest.fixture(scope="module")
def everything_canonical(everything):
    return canonical(everything)


@pytest.mark.parametrize("fmt", list(export.FORMATS))
def test_every_format_reimports_isomorphic(run_cli, tmp_path, everything, everything_canonical, fmt):
    target = tmp_path / f"kg{export.FORMATS[fmt][2]}"
    done = run_cli("export", "--format", fmt, "-o", str(target))
    assert done.returncode == 0, done.stderr
    again = rdflib.Graph().parse(target, format=export.FORMATS[fmt][0])
    assert len(again) == len(everything) > 5000
    assert canonical(again) == everything_canonical


@pytest.mark.parametrize("part", ["ontology", "data", "metadata", "obo"])
def test_each_part_reimports_isomorphic_from_turtle(run_cli, part):
    done = run_cli("export", "--part", part)
    assert done.returncode == 0, done.stderr
    assert canonical(rdflib.Graph().parse(data=done.stdout, format="turtle")) == canonical(export.part_graph(part))


def test_the_comparison_sees_one_changed_triple(everything, everything_canonical):
    changed = rdflib.Graph()
    changed += everything
    statement = next(everything.subjects(RDF.type, URIRef(AKG + "Statement")))
    source = everything.value(statement, URIRef("http://purl.org/dc/terms/source"))
    changed.remove((statement, URIRef("http://purl.org/dc/terms/source"), source))
    changed.add((statement, URIRef("http://purl.org/dc/terms/source"), URIRef(str(source) + "-other")))
    assert canonical(changed) != everything_canonical


def test_the_parts_make_the_whole(everything):
    ontology, data, metadata = (export.part_graph(p) for p in ("ontology", "data", "metadata"))
    assert len(everything) == len(ontology + data + metadata)
    assert (URIRef("https://w3id.org/anatomy-kg/muscle/gluteus-medius"), RDF.type, URIRef(AKG + "Muscle")) in data
    assert not set(ontology.subjects(RDF.type, URIRef(AKG + "Muscle")))


def test_void_and_dcat_describe_what_is_there(everything):
    dataset = URIRef(export.DATASET)
    meta = export.part_graph("metadata")
    content = export.part_graph("ontology") + export.part_graph("data")
    assert int(meta.value(dataset, VOID.triples)) == len(content)
    assert (dataset, URIRef("http://purl.org/dc/terms/license"), URIRef(export.LICENCE)) in meta
    assert meta.value(dataset, URIRef("http://www.w3.org/ns/dcat#version")).toPython() == export.package_version()
    assert meta.value(dataset, URIRef("http://purl.org/dc/terms/created")) is not None
    partitions = {meta.value(p, VOID["class"]): int(meta.value(p, VOID.entities))
                  for p in meta.objects(dataset, VOID.classPartition)}
    assert partitions[URIRef(AKG + "Muscle")] == len(set(content.subjects(RDF.type, URIRef(AKG + "Muscle"))))
    cited = set(content.objects(None, URIRef("http://purl.org/dc/terms/source")))
    assert cited and cited <= set(meta.objects(dataset, URIRef("http://purl.org/dc/terms/source")))


def test_the_published_jsonld_context_matches_the_vocabulary(run_cli):
    vocabulary = load_graph(vocabulary_files(), materialise=False)[0]
    assert (resource_dir("ontology") / "context.jsonld").read_text(encoding="utf-8") == context_text(vocabulary)
    compact = run_cli("export", "--part", "data", "--format", "jsonld").stdout
    assert '"innervatedBy": ' in compact and '"@context"' in compact


def test_the_obo_view_states_every_aligned_relation_as_uberon_does():
    data = load_graph()[0]
    view = export.part_graph("obo")
    exact = {s: o for s, o in data.subject_objects(URIRef("http://www.w3.org/2004/02/skos/core#exactMatch"))
             if str(o).startswith("http://purl.obolibrary.org/obo/UBERON_")}
    stated = {(s, view.value(r, OWL.onProperty), view.value(r, OWL.someValuesFrom))
              for s, r in view.subject_objects(RDFS.subClassOf)}
    expected = set()
    for prop, relation in data.subject_objects(RDFS.subPropertyOf):
        if str(relation).startswith("http://purl.obolibrary.org/obo/"):
            expected |= {(exact.get(s, s), relation, exact.get(o, o)) for s, o in data.subject_objects(prop)}
    assert stated == expected and len(expected) > 300
    # iliacus (UBERON) innervated_by the femoral nerve (UBERON), psoas major not
    iliacus, femoral, psoas = (exact[URIRef(f"https://w3id.org/anatomy-kg/{n}")] for n in
                               ("muscle/iliacus", "nerve/femoral", "muscle/psoas-major"))
    assert (iliacus, RO_INNERVATED_BY, femoral) in stated and (psoas, RO_INNERVATED_BY, femoral) not in stated


def test_the_sssom_table_holds_exactly_the_graphs_mappings(run_cli, kg):
    from sssom.parsers import parse_sssom_table

    done = run_cli("export", "--part", "sssom")
    assert done.returncode == 0, done.stderr
    msdf = parse_sssom_table(io.StringIO(done.stdout))
    expand = msdf.converter.expand
    table = {(expand(r.subject_id), expand(r.predicate_id), expand(r.object_id)) for r in msdf.df.itertuples()}
    graph = {(r["s"], r["p"], r["o"]) for r in kg.select("""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX akg: <https://w3id.org/anatomy-kg/vocab/>
        SELECT ?s ?p ?o WHERE { VALUES ?p { skos:exactMatch skos:closeMatch skos:broadMatch } ?s ?p ?o
                                FILTER NOT EXISTS { ?o a akg:ExternalTerm } }""")}
    assert table == graph and len(table) > 250
    # Uberon's one "rhomboid" class is broader than each rhomboid
    assert ("https://w3id.org/anatomy-kg/muscle/rhomboid-major", "http://www.w3.org/2004/02/skos/core#broadMatch",
            "http://purl.obolibrary.org/obo/UBERON_0005621") in table
    assert msdf.metadata["license"] == export.LICENCE
    assert set(msdf.df["mapping_justification"]) == {"semapv:ManualMappingCuration"}


def test_wrong_part_format_combinations_are_refused(run_cli):
    for args in (["--part", "sssom", "--format", "ttl"], ["--part", "data", "--format", "tsv"]):
        done = run_cli("export", *args)
        assert done.returncode == 2 and "anatomy-kg:" in done.stderr and "Traceback" not in done.stderr
