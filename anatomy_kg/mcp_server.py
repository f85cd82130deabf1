"""The graph as a tool for AI assistants: a Model Context Protocol server (``anatomy-kg mcp``), built on the
official ``mcp`` SDK (the optional extra ``anatomy-kg[mcp]``).

Tools call the library (anatomy_kg.api) and return its structured rows, each fact with its sources, plus a
``citations`` list an assistant can quote as it stands ("gluteus medius: innervated by superior gluteal nerve
(Moore 8e)"). Refusals are tool errors whose text is a JSON object ({"refused": ..., "reason": ...,
"suggestions": [...]}), so a model can tell "not in the graph" from "not understood". ``sparql`` runs
read-only queries in the endpoint's worker processes (anatomy_kg.server.workers), with the same time limit
and result cap, and refuses updates and federation. Resources: the dataset description, the SSSOM mapping
sets and each entity's description by its IRI's path. One prompt: "cite every fact".
"""

from __future__ import annotations

import json
from typing import Any, Literal

from .resources import require

INSTRUCTIONS = (
    "anatomy-kg is a sourced knowledge graph of human musculoskeletal anatomy: the muscles of both limbs and the "
    "diaphragm with their attachments, nerves, spinal roots and actions, the brachial and lumbosacral plexuses, "
    "and lesion reasoning. Every fact carries the reference work that states it; where references disagree "
    "(gluteus medius L4-S1 or L5-S1) both are kept. Quote the 'citations' of a result with their sources. "
    "Lesion tools are educational, not diagnostic.")
CITE_PROMPT = (
    "Answer anatomy questions from the anatomy-kg tools only. Cite every fact with the source the tool gives, "
    "in parentheses after it, as in 'gluteus medius: innervated by superior gluteal nerve (Moore 8e)'. Where "
    "the sources disagree, give each value with its own source; never average them. If a tool refuses, say "
    "what it said instead of answering from memory. Say that lesion localisation is educational, not "
    "diagnostic.")
ASPECTS = Literal["origin", "insertion", "attachments", "nerve", "roots", "actions"]


def citations(rows: list[dict], subject: str = "", property: str = "") -> list[str]:
    """Each row that has sources as one quotable line: "<subject>: <property> <label> (<sources>)"; a row of
    a nerve's muscles (with "via") as "<muscle>: innervated by <via> (<sources>)"; a muscle found for an
    action, one line per source's evidence: "<muscle>: <action> <qualifiers> (<source>)"; a source's myotome
    as "<root>: <muscles> (<source>)". Rows of derived answers (antagonists, lesion reasoning) have none."""
    out = []
    for row in rows:
        for evidence in row.get("evidence", ()):   # a muscle found for an action: how each source gives it
            how = f" {', '.join(evidence['qualifiers'])}" if evidence.get("qualifiers") else ""
            out.append(f"{row['label']}: {evidence['action']}{how} ({evidence['source']})")
        if isinstance(row.get("source"), str) and row.get("muscles"):   # one source's myotome of a root
            out.append(f"{row['label']}: {', '.join(row['muscles'])} ({row['source']})")
        if not row.get("sources"):
            continue
        sources = "; ".join(row["sources"])
        if row.get("via"):
            out.append(f"{row['label']}: innervated by {row['via']} ({sources})")
            continue
        what = " ".join(p for p in (row.get("property", property), row.get("label", "")) if p)
        part = f" ({row['part']})" if row.get("part") else ""
        out.append(f"{subject}{part}: {what} ({sources})" if subject else f"{what} ({sources})")
    return out


def _refusal(exc: Exception) -> str:
    from .ask import UnsupportedQuestion
    from .lexicon import UnknownTerm

    kind = ("unknown term" if isinstance(exc, UnknownTerm) else
            "unsupported question" if isinstance(exc, UnsupportedQuestion) else "refused")
    suggestions = list(getattr(exc, "suggestions", []) or [])
    return json.dumps({"refused": kind, "reason": str(exc), "suggestions": suggestions})


def build_server(files=None, *, query_timeout: float = 10.0, max_results: int = 10000):
    """The MCP server over the shipped graph, or ``files`` (with the vocabulary: anatomy_kg.api.store_files),
    in the embedded store; its sparql tool's workers hold the same files."""
    require("mcp", "mcp")
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.exceptions import ResourceNotFoundError, ToolError

    from . import __version__, load
    from .ask import UnsupportedQuestion
    from .lesions import DISCLAIMER
    from .lexicon import UnknownTerm
    from .queries import QueryError

    kg = load(files)
    server = MCPServer("anatomy-kg", version=__version__, instructions=INSTRUCTIONS, log_level="WARNING")
    expected = (UnknownTerm, UnsupportedQuestion, QueryError, TypeError)
    pool = {}

    def guarded(call):
        try:
            return call()
        except expected as exc:
            raise ToolError(_refusal(exc)) from None

    @server.tool(structured_output=True, description=(
        "Answer an anatomy question in English as a student or clinician types it ('which L5-innervated muscles "
        "abduct the hip', 'what does the superior gluteal nerve supply', 'hip abduction and ankle dorsiflexion "
        "are weak: which root?'). Returns the question family it was read as, the rows, notes on how it was read, "
        "and citations. A question it cannot answer as asked is refused with the reason, never answered as "
        "another question."))
    def ask(question: str) -> dict[str, Any]:
        answer = guarded(lambda: kg.ask(question))
        return {"family": answer.family, "results": answer.results, "notes": answer.notes,
                "verdict": answer.verdict, "understood": answer.understood,
                "citations": citations(answer.results)}

    @server.tool(structured_output=True, description=(
        "What the sources say about one muscle (name, synonym or abbreviation: 'gluteus medius', 'FCU', 'the "
        "quads' is a group, not a muscle): one row per sourced statement with its qualifiers (fibre part, role, "
        "condition) and sources. 'aspect' narrows it to origin, insertion, attachments, nerve, roots or actions."))
    def muscle(name: str, aspect: ASPECTS | None = None) -> dict[str, Any]:
        entry = guarded(lambda: kg.lexicon.resolve(name))
        rows = guarded(lambda: kg.muscle(name, aspect))
        return {"muscle": entry.label, "facts": rows, "citations": citations(rows, entry.label)}

    @server.tool(structured_output=True, description=(
        "One nerve ('superior gluteal nerve', 'CN XI', 'the sciatic'): its root values with sources (for a "
        "cranial nerve its nuclei), the muscles it supplies directly or through its branches, and its branches."))
    def nerve(name: str) -> dict[str, Any]:
        entry = guarded(lambda: kg.lexicon.resolve(name))
        roots = guarded(lambda: kg.nerve_roots(name))
        nuclei = [] if roots else guarded(lambda: kg.nerve_nuclei(name))
        supplies = guarded(lambda: kg.nerve_supplies(name))
        cited = citations(roots, entry.label, "root value") + citations(nuclei, entry.label, "nucleus")
        return {"nerve": entry.label, "roots": roots, "nuclei": nuclei, "supplies": supplies,
                "branches": guarded(lambda: kg.nerve_branches(name)), "citations": cited + citations(supplies)}

    @server.tool(structured_output=True, description=(
        "One spinal root (segment: 'L5', 'C7', 'S1'): the muscles whose segmental innervation includes it, with "
        "each muscle's nerves and roots, and the joint actions that depend on it (with how many of their muscles "
        "are in its myotome). major_only: only roots that a source marks as a major contribution."))
    def root(segment: str, major_only: bool = False) -> dict[str, Any]:
        return {"root": segment, "muscles": guarded(lambda: kg.muscles(major_only, root=segment)),
                "actions": guarded(lambda: kg.root_actions(segment, major_only))}

    @server.tool(structured_output=True, description=(
        "Muscles matching every filter given (each a name, synonym or IRI; leave the others out): root ('L5'), "
        "nerve ('femoral nerve'), action ('hip abduction'), movement ('abduction', at any joint unless joint is "
        "given), joint ('knee'), origin, insertion or attachment (a bone, landmark or tissue, and its parts), group "
        "('hamstrings'), region ('thigh'). Rows give each muscle's nerves and roots and, for an action filter, the "
        "sources' evidence for that action."))
    def find_muscles(root: str | None = None, nerve: str | None = None, action: str | None = None,
                     movement: str | None = None, joint: str | None = None, origin: str | None = None,
                     insertion: str | None = None, attachment: str | None = None, group: str | None = None,
                     region: str | None = None, major_only: bool = False) -> dict[str, Any]:
        filters = {k: v for k, v in {"root": root, "nerve": nerve, "action": action, "movement": movement,
                                     "joint": joint, "origin": origin, "insertion": insertion,
                                     "attachment": attachment, "group": group, "region": region}.items() if v}
        return {"filters": filters, "muscles": guarded(lambda: kg.muscles(major_only, **filters))}

    @server.tool(structured_output=True, description=(
        "Educational lesion localisation, not diagnosis: given weak findings (joint actions such as 'hip "
        "abduction', or muscles) and spared ones, rank the single roots, nerves and plexus parts (then pairs) whose "
        "lesion explains the weak findings without weakening the spared ones, with the evidence per finding."))
    def localise(weak: list[str], spared: list[str] | None = None) -> dict[str, Any]:
        ranked = guarded(lambda: kg.localise(weak, spared or []))
        return {**ranked, "disclaimer": DISCLAIMER}

    @server.tool(structured_output=True, description=(
        "Run a read-only SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE) on the graph. Vocabulary: "
        "https://w3id.org/anatomy-kg/vocab/ (akg:origin, akg:innervatedBy, akg:segmentalInnervation ...); every "
        "fact is also an akg:Statement with dcterms:source. Updates and SERVICE are refused; a query is stopped "
        f"after {query_timeout:g} s and a result may hold at most {max_results} rows or triples."))
    async def sparql(query: str) -> dict[str, Any]:
        from .backends import sparql_form
        from .server.workers import Pool

        if sparql_form(query) == "UPDATE":
            raise ToolError(json.dumps({"refused": "update", "reason": "the graph is read-only: SPARQL Update "
                                                                      "is refused"}))
        if "pool" not in pool:
            pool["pool"] = Pool(1, query_timeout, max_results, files)
            await pool["pool"].start()
        outcome = await pool["pool"].run(query, "application/sparql-results+json, text/turtle")
        body = outcome.body.decode("utf-8")
        if outcome.status != 200:
            raise ToolError(json.dumps({"refused": "query", "status": outcome.status, "reason": body}))
        if outcome.media_type.startswith("application/sparql-results+json"):
            return {"result": json.loads(body)}
        return {"turtle": body}

    @server.tool(structured_output=True, description=(
        "Translate names between vocabularies through the graph: OpenSim muscle names (glmed1_r), exercise "
        "databases, HPO weakness terms, ISNCSCI key muscles, UBERON, FMA, Wikidata, or anatomy-kg's own names. "
        "'to' is the target vocabulary (e.g. 'uberon', 'fma', 'opensim-gait2392', or 'anatomy-kg'); 'source' "
        "the vocabulary of the names when it is ambiguous."))
    def translate(names: list[str], to: str, source: str | None = None) -> dict[str, Any]:
        return {"translations": guarded(lambda: kg.translate(names, to, source))}

    @server.resource("anatomy-kg://dataset", name="dataset", mime_type="text/turtle",
                     description="The dataset's description (VoID/DCAT): its licence, sources, counts and parts.")
    def dataset() -> str:
        from .export import part_graph, serialise

        return serialise(part_graph("metadata"), "ttl").decode("utf-8")

    @server.resource("anatomy-kg://mappings/{mapping_set}", name="mappings", mime_type="text/tab-separated-values",
                     description="A mapping set as SSSOM TSV: 'ontologies' (UBERON, FMA, Wikidata) or a crosswalk "
                                 "(opensim-gait2392, hpo-weakness, ...).")
    def mappings(mapping_set: str) -> str:
        from .export import mapping_sets, sssom_table

        if mapping_set not in mapping_sets():
            raise ResourceNotFoundError(f"no mapping set {mapping_set!r}; the sets are {sorted(mapping_sets())}")
        return sssom_table(mapping_set)

    @server.resource("anatomy-kg://entity/{kind}/{name}", name="entity", mime_type="text/turtle",
                     description="An entity's description in Turtle, by its IRI's path: anatomy-kg://entity/"
                                 "muscle/gluteus-medius for https://w3id.org/anatomy-kg/muscle/gluteus-medius.")
    def entity(kind: str, name: str) -> str:
        from .export import serialise
        from .namespaces import BASE
        from .server.pages import entity_graph

        iri = f"{BASE}{kind}/{name}"
        description = entity_graph(kg, iri)
        if not len(description):
            raise ResourceNotFoundError(f"the graph has no {iri}")
        return serialise(description, "ttl").decode("utf-8")

    @server.prompt(name="cite-every-fact", description="A system prompt for answering from anatomy-kg with every "
                                                        "fact cited to its source.")
    def cite_every_fact() -> str:
        return CITE_PROMPT

    return server


def run(*, http: bool = False, port: int = 8765, query_timeout: float = 10.0, files=None) -> None:
    """Serve over stdio (the default, for a desktop assistant) or streamable HTTP on 127.0.0.1."""
    server = build_server(files, query_timeout=query_timeout)
    if http:
        server.run("streamable-http", host="127.0.0.1", port=port)
    else:
        server.run()
