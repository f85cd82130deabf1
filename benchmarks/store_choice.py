"""Which store should hold the embedded graph? Measure the three candidates against plain rdflib, in one run.

    python benchmarks/store_choice.py                 # shipped graph, 50 warm query runs per store
    python benchmarks/store_choice.py --scale 100     # also a graph with the data replicated 100 times
    python benchmarks/store_choice.py --json          # the same figures as one JSON object

Stores (each a candidate for the graph the package answers questions from):

    rdflib       rdflib.Graph()                          rdflib's default in-memory store: the baseline
    oxrdflib     rdflib.Graph(store="Oxigraph")          rdflib API over Oxigraph, parsed with format="ox-turtle"
    pyoxigraph   pyoxigraph.Store()                      what anatomy_kg.loading.load_store builds

For each graph size the script measures, per store:

    load     parsing every Turtle file of the graph into an empty store (median of --load-repeat fresh loads)
    derive   running queries/rules/materialise-direct-triples.rq on the loaded store (median, same loads)
    query    the project's named query "muscles" bound to root=segment:L5, movement=abduction, joint=hip
             ("which L5-innervated muscles abduct the hip"), run and every row read; warm median of --repeat
             runs after one untimed warm-up

and reports each as a ratio to rdflib measured in the same run (ratio < 1: faster than rdflib). It also times
anatomy_kg.validation.validate() (pySHACL over a plain rdflib graph) against just parsing the same files
with rdflib.

Only the timed sections are timed: files are read into memory, stores created and results checked outside
them. Nothing is asserted about timings; the run stops with an error only if the stores disagree on the
answer (or the generated scale-up data is not what it should be).

Scale-up (--scale K): the shipped data is small (~2k triples), so the data files are replicated K times in
memory. Copy 0 is the shipped text; in copy n every IRI of an instance namespace (muscle/, nerve/, plexus/,
landmark/, bone/, tissue/, joint/, action/, group/, region/, source/, site/) gets the suffix "-copyn", every
name (skos:prefLabel, altLabel and hiddenLabel) the suffix " copy n", and each exact match becomes a close
match (names and exact matches are unique per node, or the shapes report every copy). The vocabulary and
the shared nodes (vocab/, segment/, movement/) are loaded once. So the graph grows K-fold while the answer
stays the 7 muscles of copy 0, as if the graph had grown by other regions' muscles: the copies' L5 muscles
abduct joint:hip-copyn, not joint:hip.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from anatomy_kg.loading import default_files, materialise_query
from anatomy_kg.queries import IRI, bind, load_query
from anatomy_kg.resources import data_files, resource_dir, shapes_file, vocabulary_files

AKG = "https://w3id.org/anatomy-kg/"
RENAMED_KINDS = (
    "muscle", "nerve", "plexus", "landmark", "bone", "tissue", "joint", "action", "group", "region", "source",
    "site",
)
EXPECTED = {AKG + "muscle/" + m for m in ("gluteus-medius", "gluteus-minimus", "tensor-fasciae-latae")}
QUESTION = "which L5-innervated muscles abduct the hip"
STORES = ("rdflib", "oxrdflib", "pyoxigraph")
STORE_LABELS = {
    "rdflib": "rdflib Graph() [baseline]",
    "oxrdflib": 'rdflib Graph(store="Oxigraph")',
    "pyoxigraph": "pyoxigraph Store",
}


class BenchmarkError(SystemExit):
    """The run cannot give a meaningful figure (the stores disagree, or the generated data is wrong)."""

    def __init__(self, message: str) -> None:
        super().__init__(f"store_choice: {message}")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- the data, in memory


@dataclass(frozen=True)
class Doc:
    """One Turtle document: its bytes and the base IRI it is parsed with (its file's URI)."""

    name: str
    data: bytes
    base: str


def shipped_docs() -> list[Doc]:
    return [Doc(p.name, p.read_bytes(), p.resolve().as_uri()) for p in default_files()]


_KINDS = "|".join(RENAMED_KINDS)
_PREFIX_DECL = re.compile(r"@prefix\s+([A-Za-z][\w-]*)?:\s*<" + re.escape(AKG) + r"(" + _KINDS + r")/>", re.I)
_FULL_IRI = re.compile(r"<(" + re.escape(AKG) + r"(?:" + _KINDS + r")/[^>\s]+)>")
_PREF_LABEL = re.compile(r'(skos:prefLabel\s+)"((?:[^"\\]|\\.)*)"')
_STRING = r'"(?:[^"\\]|\\.)*"(?:@[\w-]+)?'
_ALT_LABELS = re.compile(r"(skos:(?:altLabel|hiddenLabel)\s+)(" + _STRING + r"(?:\s*,\s*" + _STRING + r")*)")
_TEXT = re.compile(r'"((?:[^"\\]|\\.)*)"')
NAMES = tuple(f"http://www.w3.org/2004/02/skos/core#{n}" for n in ("prefLabel", "altLabel", "hiddenLabel"))


def renamed_copy(text: str, n: int) -> str:
    """``text`` (a data file) with every instance IRI suffixed "-copy<n>" and every name (skos:prefLabel,
    skos:altLabel) " copy <n>"."""
    prefixes = [m.group(1) or "" for m in _PREFIX_DECL.finditer(text)]
    out = _FULL_IRI.sub(lambda m: f"<{m.group(1)}-copy{n}>", text)
    if prefixes:
        names = "|".join(re.escape(p) for p in prefixes)
        # a prefixed name: the prefix at a token boundary, then a local name that does not end in "."
        prefixed = re.compile(r"(?<![\w:/.#-])((?:" + names + r"):)([A-Za-z0-9_](?:[\w.-]*[\w-])?)")
        out = prefixed.sub(lambda m: f"{m.group(1)}{m.group(2)}-copy{n}", out)
    out = _PREF_LABEL.sub(lambda m: f'{m.group(1)}"{m.group(2)} copy {n}"', out)
    # a copy is another structure: its exact matches become close ones (an exact match belongs to one node)
    out = out.replace("skos:exactMatch", "skos:closeMatch")
    # synonyms and hidden names too: they are names, unique per kind like the preferred ones
    return _ALT_LABELS.sub(lambda m: m.group(1) + _TEXT.sub(lambda t: f'"{t.group(1)} copy {n}"', m.group(2)), out)


def has_instances(text: str) -> bool:
    """Does this data file name any node of an instance namespace?"""
    return bool(_PREFIX_DECL.search(text) or _FULL_IRI.search(text))


def is_copied(path: Path, text: str) -> bool:
    """Is this data file copied in a scale-up? Files with instance nodes are, except the crosswalks, whose terms
    are outside names (loaded once, mapped from copy 0)."""
    return has_instances(text) and path.parent.name != "crosswalks"


def scaled_docs(k: int) -> list[Doc]:
    """The vocabulary once, data files with no instance IRIs once, the crosswalks once (their terms are outside
    names, mapped from copy 0), every other data file ``k`` times."""
    docs = [Doc(p.name, p.read_bytes(), p.resolve().as_uri()) for p in vocabulary_files()]
    copied = []
    data = resource_dir("data")
    for p in data_files():
        text = p.read_text(encoding="utf-8")
        if not is_copied(p, text):
            docs.append(Doc(str(p.relative_to(data)), p.read_bytes(), p.resolve().as_uri()))
        else:
            copied.append((p, text))
    for n in range(k):
        for p, text in copied:  # named by their path under data/: lower-limb/bones.ttl and upper-limb/bones.ttl
            body = text if n == 0 else renamed_copy(text, n)
            docs.append(Doc(f"copy{n:03d}/{p.relative_to(data)}", body.encode("utf-8"), p.resolve().as_uri()))
    return docs


def check_copy_rule() -> None:
    """Copy 1 of every data file is copy 0 with only the intended IRIs and labels changed (untimed)."""
    import pyoxigraph as ox

    def renamed(term, n):
        if isinstance(term, ox.NamedNode) and term.value.startswith(AKG):
            kind = term.value[len(AKG) :].split("/", 1)[0]
            if kind in RENAMED_KINDS:
                return ox.NamedNode(f"{term.value}-copy{n}")
        return term

    names = {ox.NamedNode(iri) for iri in NAMES}
    exact, close = (ox.NamedNode(f"http://www.w3.org/2004/02/skos/core#{m}Match") for m in ("exact", "close"))
    for p in data_files():
        text = p.read_text(encoding="utf-8")
        if not is_copied(p, text):
            continue
        base = p.resolve().as_uri()
        original = list(ox.parse(text.encode(), format=ox.RdfFormat.TURTLE, base_iri=base))
        copy = list(ox.parse(renamed_copy(text, 1).encode(), format=ox.RdfFormat.TURTLE, base_iri=base))

        def key(triples, rename):
            out = Counter()
            for t in triples:
                s, predicate, o = t.subject, t.predicate, t.object
                if rename:
                    s, o = renamed(s, 1), renamed(o, 1)
                    if predicate == exact:
                        predicate = close
                    if t.predicate in names:
                        o = ox.Literal(f"{o.value} copy 1", language=o.language)
                # blank nodes are relabelled by every parse: compare them by position only
                s, o = (None if isinstance(x, ox.BlankNode) else x for x in (s, o))
                out[(s, predicate, o)] += 1
            return out

        if len(original) != len(copy) or key(original, True) != key(copy, False):
            raise BenchmarkError(f"the scale-up rewrite of {p.name} changed more than the instance IRIs and labels")
        shared = {
            t.subject.value
            for t in copy
            if isinstance(t.subject, ox.NamedNode)
            and t.subject.value.startswith(AKG)
            and not t.subject.value.endswith("-copy1")
        }
        if shared:
            raise BenchmarkError(
                f"{p.name} describes shared nodes, which its copies would repeat: {sorted(shared)[:3]}"
            )


# ---------------------------------------------------------------- the stores


def empty(store: str):
    """A fresh empty store of the given kind (set-up: never timed)."""
    if store == "rdflib":
        import rdflib

        return rdflib.Graph()
    if store == "oxrdflib":
        import rdflib
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        # With no identifier the graph is a blank-node named graph, and Graph.update then falls back to
        # rdflib's own SPARQL engine without a word (oxrdflib only runs updates on the default graph).
        return rdflib.Graph(store="Oxigraph", identifier=DATASET_DEFAULT_GRAPH_ID)
    import pyoxigraph as ox

    return ox.Store()


def parse_into(store: str, target, docs: list[Doc]) -> None:
    if store == "rdflib":
        for d in docs:
            target.parse(data=d.data, format="turtle", publicID=d.base)
    elif store == "oxrdflib":
        for d in docs:
            target.parse(data=d.data, format="ox-turtle", publicID=d.base)
    else:
        import pyoxigraph as ox

        for d in docs:
            target.bulk_load(d.data, format=ox.RdfFormat.TURTLE, base_iri=d.base)


def update(store: str, target, text: str) -> None:
    # rdflib Graph.update and oxrdflib's Graph.update, pyoxigraph Store.update: the same call for all three
    target.update(text)


def run_query(store: str, target, text: str) -> list[tuple]:
    """Run ``text`` and read every value of every row (what a caller of the store would do)."""
    return [tuple(row) for row in target.query(text)]


def muscles_of(store: str, rows: list[tuple]) -> set[str]:
    # ?muscle is the first projected variable of queries/muscles.rq
    return {row[0].value if store == "pyoxigraph" else str(row[0]) for row in rows}


def size_of(store: str, target) -> int:
    return len(target)


def check_native(store: str, target) -> None:
    """oxrdflib must run SPARQL itself; rdflib would silently take over for a graph it cannot hand over."""
    if store == "oxrdflib":
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        if target.identifier != DATASET_DEFAULT_GRAPH_ID:
            raise BenchmarkError("the oxrdflib graph is not the default graph; its updates would run on rdflib")
        target.store.update("INSERT DATA {}", {}, {}, target.identifier)  # raises NotImplementedError if not native


# ---------------------------------------------------------------- timing


@dataclass
class Timing:
    runs: list[float] = field(default_factory=list)
    first_only: bool = False  # the warm-up run took longer than the budget: it is the only figure

    @property
    def median_ms(self) -> float:
        return statistics.median(self.runs) * 1000

    def as_dict(self) -> dict:
        return {
            "median_ms": round(self.median_ms, 4),
            "min_ms": round(min(self.runs) * 1000, 4),
            "max_ms": round(max(self.runs) * 1000, 4),
            "runs": 0 if self.first_only else len(self.runs),
            **({"first_run_only": True} if self.first_only else {}),
        }


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    gc.collect()
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    return elapsed, result


def enough(timing: Timing, wanted: int, started: float, budget: float) -> bool:
    """Stop after ``wanted`` runs, or earlier once ``budget`` seconds are spent (at least one run)."""
    return len(timing.runs) >= wanted or (len(timing.runs) >= 1 and time.perf_counter() - started > budget)


# ---------------------------------------------------------------- one graph size


def measure_size(scale: int, docs: list[Doc], question: str, args) -> dict:
    rule = materialise_query()
    per_store: dict[str, dict] = {}
    answers: dict[str, set[str]] = {}
    counts: dict[str, tuple[int, int]] = {}
    for store in STORES:
        load, derive = Timing(), Timing()
        started = time.perf_counter()
        target = None
        while not enough(load, args.load_repeat, started, args.budget):
            target = empty(store)
            check_native(store, target)
            elapsed, _ = timed(lambda: parse_into(store, target, docs))
            load.runs.append(elapsed)
            parsed = size_of(store, target)
            elapsed, _ = timed(lambda: update(store, target, rule))
            derive.runs.append(elapsed)
        counts[store] = (parsed, size_of(store, target))

        # warm-up: its rows are the answer checked below; its time is kept apart ("first run"), and is the
        # only figure if it alone took longer than the budget (rdflib at --scale 100)
        first, rows = timed(lambda: run_query(store, target, question))
        answers[store] = muscles_of(store, rows)
        query = Timing()
        if first <= args.budget:
            started = time.perf_counter()
            while not enough(query, args.repeat, started, args.budget):
                elapsed, _ = timed(lambda: run_query(store, target, question))
                query.runs.append(elapsed)
        per_store[store] = {"load": load, "derive": derive, "query": query, "first": first, "rows": len(rows)}
        if not query.runs:
            query.runs.append(first)
            query.first_only = True
        only = ", first run only" if query.first_only else ""
        log(
            f"  x{scale} {store:<10} load {load.median_ms:9.2f} ms  derive {derive.median_ms:9.2f} ms  "
            f"query {query.median_ms:9.3f} ms ({len(query.runs)} runs{only}), first run {first * 1000:.3f} ms"
        )
        del target
        gc.collect()

    base = answers["rdflib"]
    for store in STORES:
        if answers[store] != base:
            only = sorted(answers[store] ^ base)
            raise BenchmarkError(
                f"at scale x{scale} the stores disagree on {QUESTION!r}: rdflib answers {len(base)} muscle(s), "
                f"{store} {len(answers[store])}; differing: {only[:5]}"
            )
    if not EXPECTED <= base:
        raise BenchmarkError(f"at scale x{scale} the answer lacks {sorted(EXPECTED - base)}; got {sorted(base)}")
    if len({c for c in counts.values()}) != 1:
        log(f"  note: the stores hold different numbers of triples: {counts}")

    out = {
        "scale": scale,
        "files": len(docs),
        "triples_parsed": counts["pyoxigraph"][0],
        "triples_after_derive": counts["pyoxigraph"][1],
        "answer": sorted(base),
        "stores": {},
    }
    for store in STORES:
        entry = {"label": STORE_LABELS[store]}
        for part in ("load", "derive", "query"):
            t = per_store[store][part]
            entry[part] = t.as_dict()
            entry[part]["ratio_vs_rdflib"] = round(t.median_ms / per_store["rdflib"][part].median_ms, 5)
        entry["query"]["first_run_ms"] = round(per_store[store]["first"] * 1000, 4)
        entry["query"]["first_run_ratio_vs_rdflib"] = round(per_store[store]["first"] / per_store["rdflib"]["first"], 5)
        out["stores"][store] = entry
    return out


# ---------------------------------------------------------------- validation


def measure_validation(scale: int, docs: list[Doc], args) -> dict:
    """anatomy_kg.validation.validate() against parsing the same files (data, vocabulary, shapes) with rdflib."""
    import rdflib

    from anatomy_kg.validation import validate

    with tempfile.TemporaryDirectory(prefix="akg-bench-") as tmp:
        if scale == 1:
            call = lambda: validate()  # noqa: E731  the shipped data, exactly as the CLI validates it
            files = default_files()
        else:
            # validate(paths) always adds the vocabulary; the data files (all copies) go to a temporary folder
            vocabulary = {p.name for p in vocabulary_files()}
            for d in docs:
                if d.name in vocabulary:
                    continue
                path = Path(tmp) / d.name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(d.data)
            call = lambda: validate([Path(tmp)])  # noqa: E731
            files = vocabulary_files() + sorted(Path(tmp).rglob("*.ttl"))
        texts = [(p.read_bytes(), p.resolve().as_uri()) for p in files]
        shapes = shapes_file().read_bytes()

        def parse_only() -> None:
            graph = rdflib.Graph()
            for data, base in texts:
                graph.parse(data=data, format="turtle", publicID=base)
            rdflib.Graph().parse(data=shapes, format="turtle")

        parse, check = Timing(), Timing()
        if scale == 1:
            call()  # warm-up, untimed: imports pySHACL and compiles the shapes' code paths
        report = None
        started = time.perf_counter()
        while not enough(parse, args.validate_repeat, started, args.budget):
            parse.runs.append(timed(parse_only)[0])
        started = time.perf_counter()
        while not enough(check, args.validate_repeat, started, args.budget):
            elapsed, report = timed(call)
            check.runs.append(elapsed)
    log(f"  x{scale} validate {check.median_ms / 1000:.3f} s, parse {parse.median_ms / 1000:.3f} s")
    return {
        "scale": scale,
        "parse_s": round(parse.median_ms / 1000, 5),
        "validate_s": round(check.median_ms / 1000, 5),
        "ratio_validate_vs_parse": round(check.median_ms / parse.median_ms, 3),
        "runs": len(check.runs),
        "parse_runs": len(parse.runs),
        "conforms": report.conforms,
        "violations": len(report.violations),
    }


# ---------------------------------------------------------------- output


def environment() -> dict:
    versions = {}
    for name in ("rdflib", "pyoxigraph", "oxrdflib", "pyshacl", "anatomy-kg"):
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = None
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "versions": versions,
    }


def table(result: dict) -> str:
    lines = []
    env = result["environment"]
    v = env["versions"]
    lines.append(
        f"Python {env['python']} on {env['cpus']} CPU(s); rdflib {v['rdflib']}, pyoxigraph {v['pyoxigraph']}, "
        f"oxrdflib {v['oxrdflib']}, pyshacl {v['pyshacl']}"
    )
    lines.append(f"question: {result['question']!r} (queries/muscles.rq, root=L5, movement=abduction, joint=hip)")
    lines.append("ratio = this store's median time / rdflib Graph()'s median time in this run (0.01 = 100x faster)")
    header = (
        f"{'store':<32}{'load ms':>10}{'load ratio':>12}{'derive ms':>11}{'derive ratio':>14}"
        f"{'query ms':>11}{'query ratio':>13}{'runs':>6}"
    )
    for size in result["sizes"]:
        lines.append("")
        lines.append(
            f"scale x{size['scale']}: {size['files']} file(s), {size['triples_parsed']:,} triples parsed, "
            f"{size['triples_after_derive']:,} after deriving direct triples; answer: {len(size['answer'])} muscle(s)"
        )
        lines.append(header)
        lines.append("-" * len(header))
        first = "  ".join(f"{k} {s['query']['first_run_ms']:.3f}" for k, s in size["stores"].items())
        notes = [f"first (warm-up) query run, ms: {first}"]
        for s in size["stores"].values():
            runs = "1*" if s["query"].get("first_run_only") else str(s["query"]["runs"])
            lines.append(
                f"{s['label']:<32}{s['load']['median_ms']:>10.2f}{s['load']['ratio_vs_rdflib']:>12.3f}"
                f"{s['derive']['median_ms']:>11.2f}{s['derive']['ratio_vs_rdflib']:>14.4f}"
                f"{s['query']['median_ms']:>11.3f}{s['query']['ratio_vs_rdflib']:>13.4f}{runs:>6}"
            )
        if any(s["query"].get("first_run_only") for s in size["stores"].values()):
            notes.append("* the warm-up run alone exceeded --budget: the figure is that single run")
        lines.extend(notes)
    lines.append("")
    lines.append("validation: anatomy_kg.validation.validate() (pySHACL over a plain rdflib Graph), median seconds")
    vheader = f"{'scale':<8}{'parse s':>10}{'validate s':>12}{'validate/parse':>16}{'runs':>6}  result"
    lines.append(vheader)
    lines.append("-" * len(vheader))
    for v in result["validation"]:
        if v.get("skipped"):
            lines.append(f"{'x' + str(v['scale']):<8}{'':>10}{'':>12}{'':>16}{'':>6}  {v['skipped']}")
            continue
        verdict = "conforms" if v["conforms"] else f"{v['violations']} violation(s)"
        lines.append(
            f"{'x' + str(v['scale']):<8}{v['parse_s']:>10.3f}{v['validate_s']:>12.3f}"
            f"{v['ratio_validate_vs_parse']:>16.2f}{v['runs']:>6}  {verdict}"
        )
    lines.append("(parse = rdflib parsing the same data, vocabulary and shapes files; no validation)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=50, help="timed warm query runs per store (default 50)")
    parser.add_argument("--scale", type=int, default=0, help="also measure the data replicated K times (0 = off)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the tables")
    parser.add_argument("--load-repeat", type=int, default=10, help="fresh timed loads per store (default 10)")
    parser.add_argument("--validate-repeat", type=int, default=3, help="timed validate() runs (default 3)")
    parser.add_argument(
        "--budget",
        type=float,
        default=60.0,
        help="seconds after which a timing loop stops early, once it has 1 run (default 60)",
    )
    parser.add_argument(
        "--validate-max-scale",
        type=int,
        default=20,
        help="validate scaled-up graphs only up to this scale (default 20; validate() ~20 s at x20, ~5 min at x100)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.load_repeat < 1 or args.validate_repeat < 1 or args.scale < 0:
        parser.error("repeat counts must be >= 1 and --scale >= 0")

    question = bind(
        load_query("muscles"),
        {
            "root": IRI(AKG + "segment/L5"),
            "movement": IRI(AKG + "movement/abduction"),
            "joint": IRI(AKG + "joint/hip"),
        },
    )
    scales = [1] + ([args.scale] if args.scale > 1 else [])
    if args.scale > 1:
        check_copy_rule()

    # warm-up of code paths (imports, plugin look-ups, rdflib's first-query cost), untimed
    warm = shipped_docs()
    for store in STORES:
        target = empty(store)
        parse_into(store, target, warm)
        update(store, target, materialise_query())
        run_query(store, target, question)

    sizes, validation = [], []
    for scale in scales:
        docs = shipped_docs() if scale == 1 else scaled_docs(scale)
        log(f"scale x{scale}: {len(docs)} documents")
        sizes.append(measure_size(scale, docs, question, args))
        if scale <= max(1, args.validate_max_scale):
            validation.append(measure_validation(scale, docs, args))
        else:
            validation.append(
                {"scale": scale, "skipped": f"not run (--validate-max-scale {args.validate_max_scale}); "
                 "validation time grows faster than the graph (x100: ~5 min)"}
            )

    result = {
        "environment": environment(),
        "command": "python benchmarks/store_choice.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "settings": {
            "repeat": args.repeat,
            "load_repeat": args.load_repeat,
            "validate_repeat": args.validate_repeat,
            "budget_s": args.budget,
            "scales": scales,
        },
        "question": QUESTION,
        "sizes": sizes,
        "validation": validation,
    }
    print(json.dumps(result, indent=2) if args.json else table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
