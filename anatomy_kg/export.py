"""Linked-data exports of the graph: the ontology, the data, or both, in Turtle, N-Triples, JSON-LD and
RDF/XML; the dataset's VoID and DCAT description; an "OBO view" in the relations Uberon uses; and the
mappings to UBERON / FMA / Wikidata as an SSSOM table.

Parts:

- ``ontology``: everything in ontology/ (the vocabulary, the spinal segments, the SHACL shapes);
- ``data``: everything in data/, as curated (each sourced fact an akg:Statement naming its sources) plus
  the plain triples the loader derives from the statements;
- ``metadata``: a VoID and DCAT description of the dataset (title, version, licence, date, counts, sources);
- ``all``: the three together;
- ``obo``: the OBO view (queries/export/obo-view.rq);
- ``sssom``: a mapping table (tab-separated SSSOM, with its metadata block): the UBERON / FMA / Wikidata
  mappings, or one crosswalk to an outside vocabulary (OpenSim model names, exercise databases, ISNCSCI key
  muscle groups, HPO weakness terms).
"""

from __future__ import annotations

import datetime
import io
import json
from functools import cache
from importlib.metadata import PackageNotFoundError, version

from .loading import load_graph, load_store
from .namespaces import BASE, PREFIXES
from .queries import IRI, bind, load_query
from .resources import data_files, ontology_files, require, resource_dir, vocabulary_files

PARTS = ("all", "ontology", "data", "metadata", "obo", "sssom")
# format name -> (rdflib serialiser, media type, file suffix)
FORMATS = {
    "ttl": ("turtle", "text/turtle", ".ttl"),
    "nt": ("nt", "application/n-triples", ".nt"),
    "jsonld": ("json-ld", "application/ld+json", ".jsonld"),
    "xml": ("xml", "application/rdf+xml", ".rdf"),
}
DATASET = BASE + "dataset"
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
MAPPING_SET = BASE + "mappings.sssom.tsv"
TITLE = "anatomy-kg: an open knowledge graph of human musculoskeletal anatomy"
DESCRIPTION = ("Muscles, bones and their landmarks, joints, movements, nerves and spinal nerve roots, each fact "
               "attributed to the reference work that states it; where the works disagree, each answer is kept "
               "with its source. Educational use only, not a diagnostic tool.")


class ExportError(ValueError):
    """A part or format that does not exist, or a combination that cannot be written."""


def package_version() -> str:
    try:
        return version("anatomy-kg")
    except PackageNotFoundError:
        return "0+unknown"


# ---------------------------------------------------------------- the graphs


def ontology_graph():
    return load_graph(ontology_files(), materialise=False)[0]


def data_graph(everything=None):
    """The data as the loader sees it (statements and derived triples), without the vocabulary: of the
    shipped files, or of ``everything`` (a graph holding the vocabulary and data, e.g. an endpoint's)."""
    from rdflib import BNode, Graph, URIRef

    everything = load_graph()[0] if everything is None else everything + Graph()
    vocabulary = load_graph(vocabulary_files(), materialise=False)[0]
    # the vocabulary's blank nodes (a union of classes as a domain or range) are new ones in each parse: find
    # them from the vocabulary's terms, with everything they hold
    held = [(s, p, o) for s in set(vocabulary.subjects()) if isinstance(s, URIRef)
            for p, o in everything.predicate_objects(s) if isinstance(o, BNode)]
    for triple in held:
        everything.remove(triple)
    todo = [o for _s, _p, o in held]
    while todo:
        node = todo.pop()
        todo.extend(o for o in everything.objects(node) if isinstance(o, BNode))
        everything.remove((node, None, None))
    for triple in vocabulary:
        everything.remove(triple)
    return everything


def metadata_graph(content, created: datetime.date | None = None, triples: int | None = None):
    """VoID and DCAT description of ``content`` (the ontology and data graph being published; or, with
    ``triples`` its size, the typing and source triples of it, which are all the description reads)."""
    from rdflib import DCAT, DCTERMS, OWL, RDF, VOID, XSD, BNode, Graph, Literal, URIRef

    akg = PREFIXES["akg"]
    meta = Graph()
    for prefix, namespace in (("void", VOID), ("dcat", DCAT), ("dcterms", DCTERMS), ("akg", akg)):
        meta.bind(prefix, namespace)
    dataset = URIRef(DATASET)
    meta.add((dataset, RDF.type, VOID.Dataset))
    meta.add((dataset, RDF.type, DCAT.Dataset))
    meta.add((dataset, DCTERMS.title, Literal(TITLE, lang="en")))
    meta.add((dataset, DCTERMS.description, Literal(DESCRIPTION, lang="en")))
    meta.add((dataset, URIRef(str(DCAT) + "version"), Literal(package_version())))  # DCAT 3
    meta.add((dataset, OWL.versionInfo, Literal(package_version())))
    meta.add((dataset, DCTERMS.license, URIRef(LICENCE)))
    meta.add((dataset, DCTERMS.created, Literal((created or datetime.date.today()).isoformat(), datatype=XSD.date)))
    meta.add((dataset, VOID.uriSpace, Literal(BASE)))
    meta.add((dataset, VOID.vocabulary, URIRef(akg)))
    meta.add((dataset, VOID.triples, Literal(len(content) if triples is None else triples)))
    classes: dict = {}
    entities = set()
    for subject, cls in content.subject_objects(RDF.type):
        if isinstance(subject, URIRef) and str(subject).startswith(BASE) and str(cls).startswith(akg):
            classes.setdefault(cls, set()).add(subject)
            entities.add(subject)
    meta.add((dataset, VOID.entities, Literal(len(entities))))
    for cls in sorted(classes):
        partition = BNode()
        meta.add((dataset, VOID.classPartition, partition))
        meta.add((partition, VOID["class"], cls))
        meta.add((partition, VOID.entities, Literal(len(classes[cls]))))
    for source in sorted(content.subjects(RDF.type, URIRef(akg + "Source"))):
        meta.add((dataset, DCTERMS.source, source))
    for mapping_set in content.subjects(RDF.type, URIRef(akg + "MappingSet")):  # the files crosswalks were read from
        for source in content.objects(mapping_set, DCTERMS.source):
            meta.add((dataset, DCTERMS.source, source))
    for keyword in ("anatomy", "musculoskeletal", "muscle", "nerve", "myotome", "knowledge graph"):
        meta.add((dataset, DCAT.keyword, Literal(keyword, lang="en")))
    return meta


def obo_graph():
    """The OBO view, built by queries/export/obo-view.rq on the embedded store."""
    return graph_of(load_store().query(load_query("export/obo-view")))


def graph_of(triples):
    """An rdflib Graph of pyoxigraph triples (a CONSTRUCT result), with the project's prefixes bound."""
    from rdflib import Graph

    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in triples:
        graph.add(tuple(rdflib_term(t) for t in triple))
    return graph


def rdflib_term(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def part_graph(part: str, kg=None):
    """The rdflib Graph of one part (not ``sssom``, which is a table): of the shipped files, or of the graph
    ``kg`` holds (an endpoint's: its ontology part is what it holds of the shipped vocabulary's terms)."""
    if part == "obo":
        return obo_graph() if kg is None else kg.construct(load_query("export/obo-view"))
    if part == "metadata" and kg is None:
        # the description reads only types and sources: taken from the pyoxigraph store, which parses and derives
        # the direct triples in a tenth of rdflib's time (the /dataset page had neared the server's time limit)
        store = load_store(ontology_files() + data_files())
        return metadata_graph(graph_of(store.query(load_query("export/described"))), triples=len(store))
    if part in ("metadata", "all"):
        # the ontology and the data, parsed (or fetched) once
        content = load_graph(ontology_files() + data_files())[0] if kg is None else kg.rdflib_graph()
        meta = metadata_graph(content)
        if part == "metadata":
            return meta
        for prefix, namespace in meta.namespaces():
            content.bind(prefix, namespace, override=False)
        return content + meta
    if part not in ("ontology", "data"):
        raise ExportError(f"unknown part {part!r}; choose one of {', '.join(PARTS)}")
    if kg is None:
        return ontology_graph() if part == "ontology" else data_graph()
    content = kg.rdflib_graph()
    data = data_graph(content)
    return data if part == "data" else content - data


# ---------------------------------------------------------------- writing


@cache
def jsonld_context() -> dict:
    """The published JSON-LD context (ontology/context.jsonld)."""
    return json.loads((resource_dir("ontology") / "context.jsonld").read_text(encoding="utf-8"))


def serialise(graph, fmt: str) -> bytes:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    name = FORMATS[fmt][0]
    if fmt == "jsonld":
        return graph.serialize(format=name, context=jsonld_context()["@context"], auto_compact=True,
                               encoding="utf-8")
    return graph.serialize(format=name, encoding="utf-8")


def export(part: str = "all", fmt: str | None = None, mapping_set: str = "ontologies", kg=None) -> bytes:
    """One part in one format, as the bytes of a file (for ``sssom``: one mapping set), of the shipped graph
    or of the graph ``kg`` holds (``anatomy_kg.load(endpoint=...)``)."""
    if part == "sssom":
        if fmt not in (None, "tsv"):
            raise ExportError("the SSSOM mapping table is written as tsv only")
        return sssom_table(mapping_set, kg.backend if kg is not None else None).encode("utf-8")
    if fmt == "tsv":
        raise ExportError("tsv is the format of the SSSOM table only (--part sssom)")
    return serialise(part_graph(part, kg), fmt or "ttl")


# ---------------------------------------------------------------- SSSOM


SSSOM_PREFIXES = {
    "AKG": BASE,
    "UBERON": "http://purl.obolibrary.org/obo/UBERON_",
    "FMA": "http://purl.org/sig/ont/fma/fma",
    "wikidata": "http://www.wikidata.org/entity/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "semapv": "https://w3id.org/semapv/vocab/",
}


def _embedded():
    from .backends import EmbeddedBackend

    return EmbeddedBackend(load_store())


ONTOLOGIES = "ontologies"   # the mapping set of UBERON / FMA / Wikidata mappings
ONTOLOGY_MAPPINGS = {
    "label": "anatomy-kg mappings to UBERON, FMA and Wikidata",
    "description": (
        "Each UBERON id was checked to be live, with the label given, in the Uberon release of 2026-04-01; "
        "each FMA id is the FMA cross-reference of that Uberon class; each Wikidata item is the one whose "
        "FMA ID (P1402) is the mapped FMA id. Ids that could not be checked are left out."),
    "source": "Uberon 2026-04-01 (FMA via its cross-references, Wikidata via FMA ID P1402)",
}


def mapping_sets(backend=None) -> dict[str, dict]:
    """The mapping sets that can be written as SSSOM: "ontologies" and each crosswalk (queries/crosswalk/sets.rq),
    by short name."""
    sets = {ONTOLOGIES: ONTOLOGY_MAPPINGS}
    for row in (backend or _embedded()).select(load_query("crosswalk/sets")):
        sets[row["set"].rsplit("/", 1)[1]] = row
    return sets


def sssom_table(mapping_set: str = ONTOLOGIES, backend=None) -> str:
    """One mapping set as an SSSOM TSV, built with the sssom package's model and writer: the UBERON / FMA /
    Wikidata mappings ("ontologies", the default) or one crosswalk to an outside vocabulary."""
    require("sssom", "sssom")
    from curies import Converter
    from sssom.util import MappingSetDataFrame
    from sssom.writers import write_table
    from sssom_schema import Mapping

    backend = backend or _embedded()  # one store for the set list and the rows
    sets = mapping_sets(backend)
    if mapping_set not in sets:
        raise ExportError(f"unknown mapping set {mapping_set!r}; choose one of {', '.join(sets)}")
    meta = sets[mapping_set]
    prefixes = dict(SSSOM_PREFIXES)
    metadata = {"mapping_set_title": meta["label"], "mapping_set_description": meta.get("description", "")}
    if mapping_set == ONTOLOGIES:
        rows = [{**r, "term": r["object"], "subjectLabel": r["label"]}
                for r in backend.select(load_query("export/mappings"))]
        metadata["mapping_set_id"] = MAPPING_SET
    else:
        prefixes[meta["prefix"]] = meta["namespace"]
        rows = backend.select(bind(load_query("crosswalk/mappings"), {"set": IRI(meta["set"])}))
        metadata.update({"mapping_set_id": f"{BASE}mappings/{mapping_set}.sssom.tsv", "object_source": meta["source"]})
    converter = Converter.from_prefix_map(prefixes)
    mappings = []
    for row in rows:
        subject, target = converter.compress(row["subject"]), converter.compress(row["term"])
        if subject is None or target is None:
            raise ExportError(f"no SSSOM prefix for the mapping {row['subject']} -> {row['term']}")
        extra = {}
        if mapping_set != ONTOLOGIES:
            extra = {"object_label": row.get("termLabel") or row["notation"], "comment": row.get("comment")}
        mappings.append(Mapping(
            subject_id=subject, subject_label=row["subjectLabel"], subject_type="rdfs resource",
            subject_category=converter.compress(row["kind"]) or row["kind"],
            predicate_id=converter.compress(row["predicate"]),
            object_id=target,
            object_type="owl class" if target.split(":")[0] in ("UBERON", "FMA", "HP") else "rdfs resource",
            mapping_justification="semapv:ManualMappingCuration",
            **{k: v for k, v in extra.items() if v},
        ))
    metadata.update({"mapping_set_version": package_version(), "license": LICENCE, "subject_source": DATASET})
    msdf = MappingSetDataFrame.from_mappings(mappings, converter=converter, metadata=metadata)
    out = io.StringIO()
    write_table(msdf, out)
    return out.getvalue()
