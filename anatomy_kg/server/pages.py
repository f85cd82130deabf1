"""What a person (or a program) sees over HTTP: entity pages, the search page, the /ask call.

Every entity IRI https://w3id.org/anatomy-kg/<kind>/<name> is served at /<kind>/<name>: an HTML page for a
browser, Turtle or JSON-LD for a program (by Accept header, or ?format=ttl|jsonld). Links between entities
point at this server's own paths; links to UBERON, FMA and Wikidata at their public IRIs."""

from __future__ import annotations

from dataclasses import dataclass

from ..api import KnowledgeGraph
from ..export import FORMATS, serialise
from ..namespaces import BASE
from ..output import answer_columns, cell
from ..queries import load_query

MACHINE_FORMATS = {"ttl": FORMATS["ttl"][1], "jsonld": FORMATS["jsonld"][1]}
# names for the properties the vocabulary does not label
PROPERTY_NAMES = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type": "kind",
    "http://www.w3.org/2004/02/skos/core#prefLabel": "name",
    "http://www.w3.org/2004/02/skos/core#altLabel": "synonym",
    "http://www.w3.org/2004/02/skos/core#hiddenLabel": "search form",
    "http://www.w3.org/2004/02/skos/core#exactMatch": "same as",
    "http://www.w3.org/2004/02/skos/core#closeMatch": "close match",
    "http://www.w3.org/2004/02/skos/core#broadMatch": "broad match",
    "http://www.w3.org/2004/02/skos/core#definition": "definition",
    "http://www.w3.org/2000/01/rdf-schema#label": "label",
    "http://www.w3.org/2000/01/rdf-schema#comment": "comment",
    "http://purl.org/dc/terms/source": "source",
}
SHOWN_ELSEWHERE = {"kind", "name", "synonym", "search form", "same as", "close match", "broad match", "definition",
                   "label"}
EXTERNAL = {  # IRI prefix -> CURIE prefix of a public ontology
    "http://purl.obolibrary.org/obo/UBERON_": "UBERON:",
    "http://purl.org/sig/ont/fma/fma": "FMA:",
    "http://www.wikidata.org/entity/": "wikidata:",
}
EXAMPLES = [
    "which L5-innervated muscles abduct the hip",
    "what does the superior gluteal nerve supply",
    "which muscles insert on the greater trochanter",
    "where does rectus femoris originate",
    "what are the roots of the deep fibular nerve",
    "hip abduction and ankle dorsiflexion and great toe extension are weak, knee extension is normal",
]


def local_path(value) -> str | None:
    """This server's path for a graph IRI, or None for an IRI outside the graph's namespace or a literal
    value (a segment's order is an integer)."""
    return "/" + value.removeprefix(BASE) if isinstance(value, str) and value.startswith(BASE) else None


@dataclass
class Page:
    """One entity's page, ready for the template."""
    iri: str
    label: str
    kinds: list[str]
    synonyms: list[str]
    definition: str
    mappings: list[dict]
    sections: list[dict]
    evidence: list[dict]

    def context(self, path: str) -> dict:
        return {**self.__dict__, "path": path}


def entity_page(kg: KnowledgeGraph, iri: str) -> Page | None:
    rows = kg.run("entity", entity=iri)
    if not rows:
        return None
    label, kinds, synonyms, definition, mappings, plain = "", [], [], "", [], ""
    facts: dict[str, list[dict]] = {"out": [], "in": []}
    for row in rows:
        name = row["propertyLabel"] or PROPERTY_NAMES.get(row["property"], row["property"].rsplit("/", 1)[-1])
        other = row["other"]
        if row["direction"] == "out":
            if name == "name":
                label = other
            elif name == "label":   # the vocabulary's terms are named by rdfs:label
                plain = other
            elif name == "synonym":
                synonyms.append(other)
            elif name == "kind":
                kinds.append(row["otherLabel"] or other.rsplit("/", 1)[-1].rsplit("#", 1)[-1])
            elif name == "definition":
                definition = other
            elif name in ("same as", "close match", "broad match"):
                prefix = next((p for p in EXTERNAL if other.startswith(p)), None)
                curie = EXTERNAL[prefix] + other.removeprefix(prefix) if prefix else other
                mappings.append({"url": other, "curie": curie, "close": name == "close match",
                                 "broad": name == "broad match"})
        if name in SHOWN_ELSEWHERE and row["direction"] == "out":
            continue
        facts[row["direction"]].append({
            "property": name, "label": row["otherLabel"] or other, "href": local_path(other),
            "sources": _values(row["sources"]), "qualifiers": _values(row["qualifiers"]),
        })
    sections = []
    if facts["out"]:
        sections.append({"title": "Facts", "heading": "property", "rows": facts["out"]})
    if facts["in"]:
        incoming = [{**f, "property": f"is {f['property']} of"} for f in facts["in"]]
        sections.append({"title": "Related", "heading": "relation", "rows": incoming})
    return Page(iri, label or plain or iri, sorted(set(kinds)), sorted(synonyms), definition, mappings, sections,
                evidence_rows(kg, iri))


def evidence_rows(kg: KnowledgeGraph, iri: str) -> list[dict]:
    """What open texts say about the entity's facts (queries/evidence.rq), for its page: the fact, the stance,
    the quote, the work and page (with the page's URL) and how a differing text differs."""
    rows = []
    for row in kg.run("evidence", entity=iri):
        other, label = ((row["object"], row["objectLabel"]) if row["subject"] == iri
                        else (row["subject"], row["subjectLabel"]))
        prop = row["propertyLabel"] if row["subject"] == iri else f"is {row['propertyLabel']} of"
        rows.append({"property": prop, "label": label or other, "href": local_path(other),
                     "stance": row["stanceLabel"], "quote": row["quote"], "comment": row["comment"],
                     "cited": f"{row['sourceLabel']}, {row['locator']}", "url": row["page"]})
    return rows


def _values(text: str | None) -> list[str]:
    """The values of one of queries/entity.rq's "; "-separated GROUP_CONCATs, sorted."""
    return sorted({v for v in (text or "").split("; ") if v})


def entity_graph(kg: KnowledgeGraph, iri: str):
    """The entity's description (queries/entity-description.rq) as an rdflib Graph (empty for no such node)."""
    from ..queries import IRI, bind

    return kg.construct(bind(load_query("entity-description"), {"entity": IRI(iri)}))


def entity_description(kg: KnowledgeGraph, iri: str, fmt: str) -> bytes:
    """The entity's description in Turtle or JSON-LD."""
    return serialise(entity_graph(kg, iri), fmt)


def search_context(kg: KnowledgeGraph, question: str) -> dict:
    """The search page's content for a question: the answer as a table, or the error with suggestions."""
    from ..ask import UnsupportedQuestion
    from ..lexicon import UnknownTerm

    context = {"question": question, "examples": EXAMPLES}
    if not question:
        return context
    try:
        answer = kg.ask(question)
    except UnknownTerm as exc:
        return {**context, "error": str(exc).split("; did you mean")[0], "suggestions": exc.suggestions}
    except UnsupportedQuestion as exc:
        return {**context, "error": str(exc)}
    columns, headings = answer_columns(answer)
    rows = []
    for result in answer.results:
        cells = []
        for column in columns:
            value = result.get(column)
            href = local_path(result["iri"]) if column == "label" and result.get("iri") else None
            # a list of several values is shown one per line; a single value (or a joined root list) as text
            parts = [cell(v) for v in value] if isinstance(value, list) and column not in ("roots", "path") else None
            cells.append({"text": cell(value, column), "parts": parts if parts and len(parts) > 1 else None,
                          "href": href})
        rows.append(cells)
    return {**context, "answer": answer, "columns": headings, "rows": rows}
