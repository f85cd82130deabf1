"""Warm `ask` latency per question family: the embedded store against plain rdflib, in one run.

    python benchmarks/ask_latency.py                  # 20 warm runs per family and store (10 s budget each)
    python benchmarks/ask_latency.py --repeat 50 --budget 20
    python benchmarks/ask_latency.py --json           # the same figures as one JSON object
    python benchmarks/ask_latency.py --before benchmarks/baseline/ask-before-question-registry.json
                                                      # also each family's median against an earlier run's

Both sides run the same code: one `anatomy_kg.KnowledgeGraph`, so the same parser, the same named queries
with the same bound values, and the same Python post-processing. Only the backend under it differs:

    pyoxigraph   anatomy_kg.load(): the package's EmbeddedBackend over a pyoxigraph Store (what users get)
    rdflib       a backend answering select() with rdflib.Graph.query over the same files, loaded and
                 materialised by anatomy_kg.loading.load_graph (rdflib's default in-memory store and its
                 own SPARQL engine): the plain baseline

For each family, one question typical of it is asked once untimed on each side (warm-up: the lexicon,
query parsing caches, and for the lesion families the lesion model, which is built on first use), the two
answers are compared (the run stops if they differ), and then `ask(question)` is timed --repeat times, or
until --budget seconds are spent. Reported: the median per side, and their ratio (pyoxigraph / rdflib;
below 1 means faster than rdflib). The parser's share is timed on its own (``anatomy_kg.ask.parse`` on the
same question, --repeat times): "parse ms", and "query ms" is the rest of the median. With --before, each
family's pyoxigraph median is also given as a ratio to that of an earlier run's JSON (the file in
benchmarks/baseline/ was measured at the commit before the question registry). Nothing is asserted about
timings.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from importlib.metadata import version
from pathlib import Path

from rdflib import BNode, Literal

import anatomy_kg
from anatomy_kg import ask as asking
from anatomy_kg.api import KnowledgeGraph
from anatomy_kg.loading import load_graph

# One question per family, as people type them.
QUESTIONS = {
    "muscles": "which L5-innervated muscles abduct the hip",
    "muscle-facts": "what does gluteus medius do",
    "nerve-roots": "what are the roots of the deep fibular nerve",
    "nerve-supplies": "what does the sciatic nerve supply",
    "nerve-branches": "what are the branches of the sciatic nerve",
    "root-actions": "what actions depend on L5",
    "site": "greater trochanter",
    "joint-movements": "what movements does the knee allow",
    "antagonists": "what are the antagonists of tibialis anterior",
    "synergists": "what are the synergists of gluteus medius",
    "two-joint-muscles": "which two-joint muscles cross the knee",
    "key-muscles": "ISNCSCI key muscles",
    "myotome": "textbook myotomes",
    "dominant-roots": "what is the dominant root of tibialis anterior",
    "lesion-effects": "what is weak in an L5 radiculopathy",
    "lesion-localisation": "hip abduction and ankle dorsiflexion and great toe extension are weak, "
                           "knee extension is normal",
}

_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


class RdflibBackend:
    """select() over a plain rdflib Graph, with the same Python values as the package's backends."""

    def __init__(self, graph) -> None:
        self.graph = graph

    def select(self, query: str) -> list[dict]:
        result = self.graph.query(query)
        names = [str(v) for v in result.vars]
        return [{n: _value(row[i]) for i, n in enumerate(names) if row[i] is not None} for row in result]


def _value(term):
    if isinstance(term, Literal):
        if str(term.datatype) == _INTEGER:
            return int(term)
        if str(term.datatype) == _BOOLEAN:
            return str(term) in ("true", "1")
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def timed_runs(ask, question: str, repeat: int, budget: float) -> list[float]:
    times, started = [], time.perf_counter()
    while len(times) < repeat and (not times or time.perf_counter() - started < budget):
        t0 = time.perf_counter()
        ask(question)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def comparable(answer) -> tuple:
    # blank-node labels differ between stores; nothing in an answer should be one, but compare without them
    return answer.family, json.dumps(answer.results, sort_keys=True), tuple(answer.notes)


def measure(args) -> dict:
    log("loading the embedded store and the rdflib graph ...")
    t0 = time.perf_counter()
    embedded = anatomy_kg.load()
    embedded_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    baseline = KnowledgeGraph(RdflibBackend(load_graph()[0]))
    baseline_load = time.perf_counter() - t0
    before = {}
    if args.before:
        earlier = json.loads(Path(args.before).read_text(encoding="utf-8"))
        before = {f["family"]: f["pyoxigraph"]["median_ms"] for f in earlier["families"]}
    families = []
    for family, question in QUESTIONS.items():
        if args.family and family not in args.family:
            continue
        first = {}
        for name, kg in (("pyoxigraph", embedded), ("rdflib", baseline)):
            t0 = time.perf_counter()
            try:
                answer = kg.ask(question)
            except Exception as exc:  # rdflib's engine is not a complete SPARQL 1.1 implementation
                raise SystemExit(f"{name} failed on {question!r}: {type(exc).__name__}: {exc}") from None
            first[name] = ((time.perf_counter() - t0) * 1000, answer)
        if comparable(first["pyoxigraph"][1]) != comparable(first["rdflib"][1]):
            raise SystemExit(f"the backends disagree on {question!r}: the benchmark compares like with like only")
        if first["pyoxigraph"][1].family != family:
            raise SystemExit(f"{question!r} was read as {first['pyoxigraph'][1].family}, not {family}")
        row = {"family": family, "question": question, "answers": len(first["pyoxigraph"][1].results)}
        for name, kg in (("pyoxigraph", embedded), ("rdflib", baseline)):
            runs = timed_runs(kg.ask, question, args.repeat, args.budget)
            row[name] = {"median_ms": statistics.median(runs), "runs": len(runs), "first_ms": first[name][0]}
        row["ratio"] = row["pyoxigraph"]["median_ms"] / row["rdflib"]["median_ms"]
        parses = timed_runs(lambda q: asking.parse(q, embedded.lexicon), question, args.repeat, args.budget)
        row["parse_ms"] = statistics.median(parses)
        row["query_ms"] = row["pyoxigraph"]["median_ms"] - row["parse_ms"]
        if before.get(family):
            row["vs_before"] = row["pyoxigraph"]["median_ms"] / before[family]
        log(f"  {family:20} pyoxigraph {row['pyoxigraph']['median_ms']:9.2f} ms   "
            f"rdflib {row['rdflib']['median_ms']:10.2f} ms   ratio {row['ratio']:.4f}")
        families.append(row)
    ratios = [f["ratio"] for f in families]
    return {
        "environment": {"python": platform.python_version(), "machine": platform.machine(),
                        "pyoxigraph": version("pyoxigraph"), "rdflib": version("rdflib")},
        "settings": {"repeat": args.repeat, "budget_s": args.budget},
        "load_s": {"pyoxigraph": embedded_load, "rdflib": baseline_load},
        "families": families,
        "median_ratio": statistics.median(ratios) if ratios else None,
        "slowest_pyoxigraph_ms": max((f["pyoxigraph"]["median_ms"] for f in families), default=None),
        "worst_vs_before": max((f["vs_before"] for f in families if "vs_before" in f), default=None),
    }


def table(result: dict) -> str:
    lines = [f"warm ask latency per family (median of up to {result['settings']['repeat']} runs; "
             f"ratio = pyoxigraph / rdflib, same run)", "",
             f"{'family':20} {'answers':>7} {'pyoxigraph ms':>14} {'parse ms':>9} {'query ms':>9} {'rdflib ms':>12}"
             f" {'ratio':>8} {'vs before':>9}  runs",
             "-" * 100]
    for f in result["families"]:
        vs = f"{f['vs_before']:>9.2f}" if "vs_before" in f else f"{'':>9}"
        lines.append(f"{f['family']:20} {f['answers']:>7} {f['pyoxigraph']['median_ms']:>14.2f} "
                     f"{f['parse_ms']:>9.3f} {f['query_ms']:>9.3f} "
                     f"{f['rdflib']['median_ms']:>12.2f} {f['ratio']:>8.4f} {vs}  "
                     f"{f['pyoxigraph']['runs']}/{f['rdflib']['runs']}")
    lines += ["", f"median ratio over families: {result['median_ratio']:.4f}; slowest family on pyoxigraph: "
              f"{result['slowest_pyoxigraph_ms']:.2f} ms"
              + (f"; worst family against the earlier run: {result['worst_vs_before']:.2f}x"
                 if result.get("worst_vs_before") else ""),
              f"start-up (parse, derive, read the lexicon): pyoxigraph {result['load_s']['pyoxigraph']:.2f} s, "
              f"rdflib {result['load_s']['rdflib']:.2f} s",
              "environment: " + ", ".join(f"{k} {v}" for k, v in result["environment"].items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed warm runs per family and store (default 20)")
    parser.add_argument("--budget", type=float, default=10.0,
                        help="stop timing a family on a store after S seconds, after at least one run (default 10)")
    parser.add_argument("--family", action="append", choices=sorted(QUESTIONS), help="only this family (repeatable)")
    parser.add_argument("--before", metavar="JSON", help="an earlier run's --json output to compare medians with")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args(argv)
    result = measure(args)
    print(json.dumps(result, indent=2) if args.json else table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
