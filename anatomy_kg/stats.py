"""Coverage report: what the graph holds, which muscles lack which field, how much is sourced and mapped,
and where the sources disagree. Every figure comes from a named query in queries/stats/."""

from __future__ import annotations

from collections import defaultdict

from .api import VOCAB, KnowledgeGraph, _roots
from .output import table
from .queries import load_query

FIELDS = ("origins", "insertions", "nerves", "roots", "actions")
# kinds of fact in the sourcing table, by property
FACT_KINDS = {"origin": "attachment", "insertion": "attachment", "innervatedBy": "nerve",
              "segmentalInnervation": "root value", "nerveRoot": "root value", "action": "action"}
LIMBS = ("upper limb", "lower limb")
SOURCING_COLUMNS = ("facts", "two_or_more_sources", "two_or_more_with_open_text", "sources_differ",
                    "open_text_differs", "quoted", "quoted_or_differs", "cited")


def fact_sourcing(kg: KnowledgeGraph) -> tuple[list[dict], dict]:
    """Per region and kind of fact: how many facts, how many two or more sources state (and counting the open
    texts whose pages are quoted for them), on how many the sources giving a subject's roots differ, on how many
    an open text differs, and how many are quoted (an open text's page states them) or only cited (recalled from
    a work, not checked against its text). With it, the issue's targets for the limbs' facts, as shares."""
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(SOURCING_COLUMNS, 0))
    for r in kg.select(load_query("stats/fact-sourcing")):
        kind = FACT_KINDS.get(r["property"].removeprefix(VOCAB), "other")
        row = counts[(r["regionLabel"] or "(no region)", kind)]
        differs = bool(r["openTextDiffers"])
        for column, value in (("facts", True), ("two_or_more_sources", r["sources"] >= 2),
                              ("two_or_more_with_open_text", r["withOpenText"] >= 2),
                              ("sources_differ", r["sourcesDiffer"]), ("open_text_differs", differs),
                              ("quoted", r["quoted"]), ("quoted_or_differs", r["quoted"] or differs),
                              ("cited", not r["quoted"])):
            row[column] += bool(value)
    by_kind = [{"region": region, "kind": kind, **c} for (region, kind), c in sorted(counts.items())]

    def share(kinds: tuple[str, ...], column: str) -> dict:
        rows = [r for r in by_kind if r["region"] in LIMBS and r["kind"] in kinds]
        return {"count": sum(r[column] for r in rows), "of": sum(r["facts"] for r in rows)}

    targets = {
        "limb root values with two or more sources": share(("root value",), "two_or_more_sources"),
        "limb root values with two or more sources, open texts counted": share(("root value",),
                                                                               "two_or_more_with_open_text"),
        "limb attachments and nerves quoted or differing": share(("attachment", "nerve"), "quoted_or_differs"),
    }
    return by_kind, targets


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
    by_kind, targets = fact_sourcing(kg)
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
        "fact_sourcing": by_kind,
        "sourcing_targets": targets,
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
    lines.append("Facts by region and kind: sources, disagreements, and whether an open text's page is quoted "
                 "for them (quoted) or not (cited: recalled from the work, not checked against its text)")
    lines.append(table(report["fact_sourcing"], ["region", "kind", *SOURCING_COLUMNS],
                       ["region", "kind", "facts", "2+ sources", "2+ with open text", "sources differ",
                        "open text differs", "quoted", "quoted or differs", "cited"]))
    for name, s in report["sourcing_targets"].items():
        lines.append(f"{name}: {s['count']} of {s['of']} ({100 * s['count'] / s['of'] if s['of'] else 0:.0f}%)")
    return "\n".join(lines)
