"""Translating names between vocabularies through the graph.

A name of one vocabulary (an OpenSim model name, an exercise database's muscle group, an HPO term, or a name
of the graph itself) stands for the graph entities it maps to. From each entity the translation reaches the
terms of the target vocabulary that map to it, to what it is part of or a member of, or to what is part of or
a member of it (queries/crosswalk/related.rq); each row says which way it went.
"""

from __future__ import annotations

from collections.abc import Iterable

from .ask import MAPPED_AS, UnsupportedQuestion
from .lexicon import Entry, UnknownTerm

ANATOMY = "anatomy-kg"


def translate(kg, names: Iterable[str], to: str, source: str | None = None) -> list[dict]:
    """``to`` is a mapping set ("opensim-gait2392", "opensim-rajagopal2015", "free-exercise-db", "wger",
    "isncsci-key-muscles", "hpo-weakness") or "anatomy-kg"; ``source`` optionally says which vocabulary the names
    are in (a name found in several is otherwise read as the graph's own name where it is one). Rows: the name,
    the entity it stands for (and how), and each term reached, with the relation that reached it."""
    target = None if to == ANATOMY else mapping_set(kg, to)
    origin = mapping_set(kg, source) if source else None
    rows = []
    for name in names:
        for entity, how in entities_of(kg, name, origin):
            row = {"name": name, "entity": entity.label, "entity_iri": entity.iri, "via": how}
            if target is None:
                rows.append({**row, "term": entity.label, "relation": "same"})
                continue
            for r in kg.run("crosswalk/related", node=entity.iri):
                if r["set"] == target:
                    relation = r["relation"] if r["relation"] == "same" else f"{r['relation']} {r['viaLabel']}"
                    rows.append({**row, "term": r["notation"], "term_name": r.get("termLabel", ""),
                                 "relation": relation, "predicate": r["predicate"].rsplit("#", 1)[1]})
    return rows


def mapping_set(kg, name: str) -> str:
    """The IRI of a mapping set named by its short name."""
    sets = {r["set"].rsplit("/", 1)[1]: r["set"] for r in kg.run("crosswalk/sets")}
    if name not in sets:
        raise UnsupportedQuestion(f"unknown vocabulary {name!r}; choose one of: {ANATOMY}, {', '.join(sorted(sets))}")
    return sets[name]


def entities_of(kg, name: str, origin: str | None) -> list[tuple[Entry, str]]:
    """The graph entities a name stands for: itself, or what an outside term maps to (with how)."""
    lexicon = kg.lexicon
    found = lexicon.lookup(name) or ({lexicon.by_iri[name]} if name in lexicon.by_iri else set())
    terms = {e for e in found if e.kind == "xref"}
    if origin:
        in_set = {r["term"] for r in kg.run("crosswalk/mappings", set=origin)}
        terms = {t for t in terms if t.iri in in_set}
        if not terms:
            raise UnsupportedQuestion(f"{name!r} is not a mapped term of {origin.rsplit('/', 1)[1]}")
    elif found - terms:
        entity = lexicon.resolve(name, tuple({e.kind for e in found - terms}))
        return [(entity, "same")]
    if not terms:
        raise UnknownTerm([name], lexicon.suggest(name))
    return [(entity, f"{MAPPED_AS.get(p, p)} {entity.label}") for t in sorted(terms, key=lambda e: e.iri)
            for p, entity in lexicon.targets(t)]
