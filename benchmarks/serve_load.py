"""Concurrent load on `anatomy-kg serve`, against an Oxigraph server holding the same graph, in one run.

    python benchmarks/serve_load.py                     # 4 clients for 20 s on each server
    python benchmarks/serve_load.py --clients 8 --seconds 30 --json
    python benchmarks/serve_load.py --memory 20000      # RSS of anatomy-kg serve over 20,000 mixed requests

Both servers run on 127.0.0.1 and get the same load: each client is a separate process with SPARQLWrapper
(through anatomy_kg.backends.RemoteBackend), asking in turn the SPARQL that the question suite's questions
run (tests/phrasings.py is not imported: the benchmark has its own list, below), as fast as it can for
--seconds. Reported per server: queries per second, p50 and p99 latency, and errors (any error is printed);
then the ratio of anatomy-kg's figures to Oxigraph's (throughput ratio above 1: anatomy-kg is faster).

- anatomy-kg: `anatomy-kg serve` (SPARQL in worker processes with a time limit and a result cap).
- baseline: `oxigraph serve` (the `oxigraph` package from PyPI) with a temporary store, loaded by
  `anatomy-kg push` into its named graph; the queries name that graph as their default graph.

With ``--memory N`` it measures instead whether the server's memory stays bounded: N mixed requests (SPARQL
queries, /ask questions, entity pages as HTML and as Turtle, searches, in turn), from 4 threads, with the
resident memory (RSS) of the server and its query workers read from /proc after a warm-up of 500 requests and
then every N/10 requests. Reported: the RSS at the warm-up and at the end, the highest, and the growth.

Clients and servers share the machine's cores, so the figures are for this machine only; the ratio is the
result to rely on. Nothing is asserted about timings.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from servers import anatomy_kg_server, installed, oxigraph_server  # noqa: E402  real servers on loopback

QUESTIONS = [
    "which L5-innervated muscles abduct the hip",
    "which muscles insert on the greater trochanter",
    "which muscles dorsiflex the ankle",
    "what does the sciatic nerve supply",
    "what are the roots of the deep fibular nerve",
    "what does gluteus medius do",
    "greater trochanter",
    "what movements does the knee allow",
    "what are the antagonists of tibialis anterior",
    "what actions depend on L5",
]


def client(args: tuple[str, str | None, list[str], float, int]) -> tuple[list[float], list[str]]:
    from anatomy_kg.backends import RemoteBackend

    url, graph, texts, seconds, offset = args
    backend = RemoteBackend(url, graph=graph)
    latencies, errors, n = [], [], offset
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        t0 = time.perf_counter()
        try:
            backend.select(texts[n % len(texts)])
            latencies.append(time.perf_counter() - t0)
        except Exception as exc:  # noqa: BLE001 - every failure counts
            errors.append(f"{type(exc).__name__}: {exc}")
        n += 1
    return latencies, errors


def load(url: str, graph: str | None, texts: list[str], clients: int, seconds: float) -> dict:
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        outcomes = pool.map(client, [(url, graph, texts, seconds, k) for k in range(clients)])
    latencies = sorted(x for lat, _ in outcomes for x in lat)
    errors = [e for _, errs in outcomes for e in errs]
    return {
        "queries": len(latencies), "errors": len(errors), "error_examples": errors[:3],
        "throughput_qps": len(latencies) / seconds,
        "p50_ms": statistics.median(latencies) * 1000 if latencies else None,
        "p99_ms": latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000 if latencies else None,
    }


ENTITIES = ["muscle/gluteus-medius", "nerve/sciatic", "segment/L5", "landmark/greater-trochanter", "joint/hip",
            "muscle/tibialis-anterior"]


def tree_rss_mb(pid: int) -> float:
    """The resident memory of a process and all its descendants (the server's query workers), in MB."""
    total, todo = 0, [pid]
    while todo:
        here = todo.pop()
        try:
            status = Path(f"/proc/{here}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{here}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue   # a worker that ended between the listing and the read
    return total / 1024


def memory(requests: int, texts: list[str]) -> dict:
    """RSS of `anatomy-kg serve` over ``requests`` mixed requests (see the module's docstring)."""
    import urllib.parse
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    def urls(base: str) -> list[tuple[str, dict]]:
        found = [(f"{base}/sparql?{urllib.parse.urlencode({'query': q})}",
                  {"Accept": "application/sparql-results+json"}) for q in texts]
        found += [(f"{base}/ask?{urllib.parse.urlencode({'q': q})}", {"Accept": "application/json"})
                  for q in QUESTIONS]
        found += [(f"{base}/{e}", {"Accept": accept}) for e in ENTITIES for accept in ("text/html", "text/turtle")]
        found += [(f"{base}/search?{urllib.parse.urlencode({'q': q})}", {}) for q in QUESTIONS[:3]]
        return found

    def get(item: tuple[str, dict]) -> int:
        url, headers = item
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as reply:
            reply.read()
            return reply.status

    server = {}
    with anatomy_kg_server(started=lambda process: server.setdefault("pid", process.pid)) as base:
        mixed = urls(base)
        samples, errors, done = [], 0, 0
        step = max(1, requests // 10)
        with ThreadPoolExecutor(4) as pool:
            for status in pool.map(get, [mixed[k % len(mixed)] for k in range(500)]):
                errors += status != 200
            samples.append((0, tree_rss_mb(server["pid"])))
            while done < requests:
                batch = [mixed[(done + k) % len(mixed)] for k in range(min(step, requests - done))]
                for status in pool.map(get, batch):
                    errors += status != 200
                done += len(batch)
                samples.append((done, tree_rss_mb(server["pid"])))
    start, end = samples[0][1], samples[-1][1]
    return {"requests": requests, "kinds": len(mixed), "errors": errors, "rss_mb": samples,
            "rss_after_warmup_mb": start, "rss_end_mb": end, "rss_max_mb": max(mb for _, mb in samples),
            "growth_mb": end - start}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--memory", type=int, metavar="N",
                        help="measure the server's RSS over N mixed requests instead")
    args = parser.parse_args(argv)

    import anatomy_kg
    from anatomy_kg.push import DEFAULT_GRAPH

    kg = anatomy_kg.load()
    texts = [kg.ask(q).query for q in QUESTIONS if kg.ask(q).family not in ("lesion-effects", "lesion-localisation")]
    if args.memory:
        report = memory(args.memory, texts)
        print(json.dumps(report, indent=2) if args.json else
              f"anatomy-kg serve, {report['requests']:,} mixed requests ({report['kinds']} kinds, {report['errors']} "
              f"errors): RSS {report['rss_after_warmup_mb']:.0f} MB after the warm-up, {report['rss_end_mb']:.0f} MB "
              f"at the end, {report['rss_max_mb']:.0f} MB at most; growth {report['growth_mb']:+.1f} MB\n"
              + "  ".join(f"{n:,}: {mb:.0f}" for n, mb in report["rss_mb"]))
        return 1 if report["errors"] else 0

    results = {}
    with anatomy_kg_server() as base:
        print(f"anatomy-kg serve: {args.clients} clients for {args.seconds:g} s ...", file=sys.stderr)
        results["anatomy-kg"] = load(f"{base}/sparql", None, texts, args.clients, args.seconds)
    with tempfile.TemporaryDirectory() as location, oxigraph_server(Path(location)) as base:
        subprocess.run([installed("anatomy-kg"), "push", "--endpoint", f"{base}/query"], check=True,
                       stdout=subprocess.DEVNULL)
        print(f"oxigraph serve: {args.clients} clients for {args.seconds:g} s ...", file=sys.stderr)
        results["oxigraph"] = load(f"{base}/query", DEFAULT_GRAPH, texts, args.clients, args.seconds)

    ours, baseline = results["anatomy-kg"], results["oxigraph"]
    report = {
        "settings": {"clients": args.clients, "seconds": args.seconds, "queries": len(texts)},
        "servers": results,
        "ratio": {"throughput": ours["throughput_qps"] / baseline["throughput_qps"],
                  "p50": ours["p50_ms"] / baseline["p50_ms"], "p99": ours["p99_ms"] / baseline["p99_ms"]},
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{args.clients} concurrent clients for {args.seconds:g} s on loopback, {len(texts)} different queries")
        print(f"{'server':12} {'queries/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for name, r in results.items():
            print(f"{name:12} {r['throughput_qps']:>10.0f} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['errors']:>7}")
        ratio = report["ratio"]
        print(f"ratio anatomy-kg / oxigraph: throughput {ratio['throughput']:.2f}, p50 {ratio['p50']:.2f}, "
              f"p99 {ratio['p99']:.2f}")
        for name, r in results.items():
            for example in r["error_examples"]:
                print(f"{name} error: {example}")
    return 1 if any(r["errors"] for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
