"""Coverage report: what the graph holds, which muscles lack which field, how much is sourced and mapped,
and where the sources disagree. Every figure comes from a named query in queries/stats/."""

from __future__ import annotations

from collections import defaultdict

from .api import KnowledgeGraph, _roots
from .queries import load_query

FIELDS = ("origins", "insertions", "nerves", "roots", "actions")


def coverage(kg: KnowledgeGraph) -> dict:
    classes = {r["label"]: r["count"] for r in kg.select(load_query("stats/class-counts"))}
    muscles = kg.select(load_query("stats/muscle-completeness"))
    # roots are required only of a muscle a spinal nerve supplies (or with no nerve yet): see MuscleRootsShape
    missing = {r["label"]: [f for f in FIELDS if not r[f] and (f != "roots" or r["spinalNerves"] or not r["nerves"])]
               for r in muscles}
    sourcing = kg.select(load_query("stats/sourcing"))[0]
    mappings: dict[str, dict[str, int]] = defaultdict(dict)
    for r in kg.select(load_query("stats/mappings")):
        mappings[r["target"]][r["predicate"].rsplit("#", 1)[-1]] = r["count"]
    disagreements: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for r in kg.select(load_query("stats/root-disagreements")):
        disagreements[r["label"]][r["source"]] = _roots(r["roots"])
    facts, sourced = sourcing["facts"], sourcing.get("sourced", 0)
    return {
        "classes": classes,
        "muscles": len(muscles),
        "complete_muscles": sum(1 for fields in missing.values() if not fields),
        "missing_fields": {m: f for m, f in sorted(missing.items()) if f},
        "muscles_without_uberon": sorted(r["label"] for r in muscles if not r["uberonMappings"]),
        "muscles_without_fma": sorted(r["label"] for r in muscles if not r["fmaMappings"]),
        "facts": facts,
        "sourced_facts": sourced,
        "sourced_fraction": round(sourced / facts, 4) if facts else 1.0,
        "statements": sourcing["statements"],
        "non_motor_statements": sourcing.get("nonMotor", 0),
        "mappings": {target: dict(sorted(p.items())) for target, p in sorted(mappings.items())},
        "root_disagreements": dict(sorted(disagreements.items())),
    }


def text(report: dict) -> str:
    lines = ["Nodes per class: " + ", ".join(f"{k} {v}" for k, v in report["classes"].items() if v)]
    lines.append(f"Muscles and muscle parts described on their own: {report['muscles']}; "
                 f"complete (origin, insertion, nerve, action, and roots unless supplied only by cranial nerves): "
                 f"{report['complete_muscles']}")
    for muscle, fields in report["missing_fields"].items():
        lines.append(f"  {muscle} lacks: {', '.join(fields)}")
    for target in ("uberon", "fma"):
        unmapped = report[f"muscles_without_{target}"]
        lines.append(f"Muscles without a {target.upper()} mapping (own or of the whole muscle): "
                     + (", ".join(unmapped) if unmapped else "none"))
    lines.append(f"Sourced facts: {report['sourced_facts']} of {report['facts']} "
                 f"({100 * report['sourced_fraction']:.1f}%), in {report['statements']} statements; "
                 f"{report['non_motor_statements']} of them give a supply for sensory or proprioceptive fibres "
                 "only, which no myotome or lesion counts")
    lines.append("Mappings: " + "; ".join(
        f"{target} " + ", ".join(f"{p} {n}" for p, n in preds.items()) for target, preds in report["mappings"].items()))
    lines.append(f"Root disagreements between sources: {len(report['root_disagreements'])}")
    for subject, by_source in report["root_disagreements"].items():
        lines.append(f"  {subject}: " + "; ".join(f"{s} {' '.join(r)}" for s, r in sorted(by_source.items())))
    return "\n".join(lines)
