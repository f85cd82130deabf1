"""Warm `ask` latency of this checkout against an earlier commit's, interleaved in one run.

    python benchmarks/ask_against.py 2f1765d^            # the commit before the question registry
    python benchmarks/ask_against.py 2f1765d^ --rounds 30 --batch 20
    python benchmarks/ask_against.py 2f1765d^ --json
    python benchmarks/ask_against.py 6e83c72 --cold 12   # a cold command-line ask: a new process each time

Why not compare with a stored figure: on a shared two-core machine the same code's median moves by up to 2x
between runs minutes apart, so a ratio against another session's JSON (ask_latency.py --before) measures the
machine as much as the code. Here both versions are measured in the same run, turn about:

- The earlier commit is checked out with ``git worktree add --detach`` into a temporary directory (removed
  at the end), and each version runs in its own Python process with its own tree first on ``sys.path``:
  its own parser, queries, data and lexicon, loaded by its own ``anatomy_kg.load()``.
- Both processes are pinned to the same CPU (Linux), so they share its cache and clock: without this, two
  processes left to the scheduler differed by up to 1.7x on the same code.
- Each process answers every question of ask_latency.QUESTIONS once untimed (warm-up), then, for --rounds
  rounds, is asked to time --batch calls of ``kg.ask(question)``; the two processes take turns, and which one
  goes first alternates from round to round, so drift in the machine's speed falls on both.
- Reported per family: each version's median call time over all its rounds, and the median over rounds of
  the per-round ratio (this checkout / earlier; below 1 means faster now). The answers' sizes are shown so
  a family whose data grew between the commits can be seen.

With ``--cold N`` it measures instead what a user waits for at the prompt: N alternating rounds, each
starting a new Python process per version (pinned to the same CPU) that runs
``anatomy_kg.cli.main(["ask", question])`` once, imports and loading included; reported as the median wall
time of each version and the median per-round ratio.

Nothing is asserted about timings.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ask_latency import QUESTIONS, log

ROOT = Path(__file__).resolve().parent.parent

# Run inside each version's tree: warm up on the questions, then time batches on request (JSON lines).
WORKER = r"""
import json, os, sys, time
if sys.argv[1] != "-":
    os.sched_setaffinity(0, {int(sys.argv[1])})
import anatomy_kg
kg = anatomy_kg.load()
questions = json.loads(sys.stdin.readline())
answers = {q: len(kg.ask(q).results) for q in questions}
print(json.dumps({"module": anatomy_kg.__file__, "answers": answers}), flush=True)
for line in sys.stdin:
    question, batch = json.loads(line)
    times = []
    for _ in range(batch):
        t0 = time.perf_counter()
        kg.ask(question)
        times.append((time.perf_counter() - t0) * 1000)
    print(json.dumps(times), flush=True)
"""


class Worker:
    def __init__(self, tree: Path, questions: list[str], cpu: str) -> None:
        env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"}
        self.process = subprocess.Popen([sys.executable, "-c", WORKER, cpu], cwd=tree, env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._send(questions)
        hello = self._receive()
        self.module, self.answers = hello["module"], hello["answers"]

    def _send(self, value) -> None:
        self.process.stdin.write(json.dumps(value) + "\n")
        self.process.stdin.flush()

    def _receive(self):
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"a worker stopped (exit {self.process.wait()})")
        return json.loads(line)

    def time(self, question: str, batch: int) -> list[float]:
        self._send([question, batch])
        return self._receive()

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@contextmanager
def checked_out(revision: str):
    """(name, tree) of the earlier version: a directory holding an anatomy_kg package as it is, or a git
    revision checked out into a temporary worktree for the run."""
    if (Path(revision) / "anatomy_kg" / "__init__.py").is_file():
        yield str(Path(revision).resolve()), Path(revision).resolve()
        return
    commit = subprocess.run(["git", "rev-parse", "--short", revision], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="ask-against-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), commit], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            yield commit, tree
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)


def measure(revision: str, rounds: int, batch: int, families: list[str] | None) -> dict:
    chosen = {f: q for f, q in QUESTIONS.items() if not families or f in families}
    with checked_out(revision) as (commit, tree):
        log(f"loading this checkout and {commit} in two processes ...")
        # both on one CPU (where the system lets a process choose): the same cache and clock for both
        cpu = str(min(os.sched_getaffinity(0))) if hasattr(os, "sched_getaffinity") else "-"
        workers = {"now": Worker(ROOT, list(chosen.values()), cpu),
                   "before": Worker(tree, list(chosen.values()), cpu)}
        for name, worker in workers.items():
            expected = (ROOT if name == "now" else tree) / "anatomy_kg"
            if not Path(worker.module).is_relative_to(expected):
                raise SystemExit(f"the {name} process imported {worker.module}, not the code under {expected}")
        rows = []
        for family, question in chosen.items():
            times = {"now": [], "before": []}
            ratios = []
            for r in range(rounds):
                order = ("now", "before") if r % 2 == 0 else ("before", "now")
                medians = {}
                for name in order:
                    runs = workers[name].time(question, batch)
                    times[name] += runs
                    medians[name] = statistics.median(runs)
                ratios.append(medians["now"] / medians["before"])
            row = {"family": family, "question": question,
                   "answers": {name: w.answers[question] for name, w in workers.items()},
                   "now_ms": statistics.median(times["now"]), "before_ms": statistics.median(times["before"]),
                   "ratio": statistics.median(ratios),
                   "ratio_quartiles": statistics.quantiles(ratios, n=4) if len(ratios) > 1 else [ratios[0]] * 3}
            log(f"  {family:20} now {row['now_ms']:8.3f} ms   before {row['before_ms']:8.3f} ms   "
                f"ratio {row['ratio']:.2f}")
            rows.append(row)
        for worker in workers.values():
            worker.close()
    return {"before": commit, "rounds": rounds, "batch": batch, "families": rows,
            "worst_ratio": max((r["ratio"] for r in rows), default=None)}


COLD = "import sys; from anatomy_kg import cli; sys.exit(cli.main(['ask', sys.argv[1]]))"


def measure_cold(revision: str, rounds: int, question: str = QUESTIONS["muscles"]) -> dict:
    """The wall time of one cold `ask` in a new process, this checkout against ``revision``, turn about."""
    import time

    cpu = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    pin = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None

    def once(tree: Path) -> float:
        env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0", "COLUMNS": "120"}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", COLD, question], cwd=tree, env=env, check=True,
                       capture_output=True, preexec_fn=pin)
        return (time.perf_counter() - started) * 1000

    with checked_out(revision) as (commit, tree):
        times: dict[str, list[float]] = {"now": [], "before": []}
        ratios = []
        for r in range(rounds):
            order = ("now", "before") if r % 2 == 0 else ("before", "now")
            took = {name: once(ROOT if name == "now" else tree) for name in order}
            for name, ms in took.items():
                times[name].append(ms)
            ratios.append(took["now"] / took["before"])
            log(f"  round {r + 1}: now {took['now']:.0f} ms, before {took['before']:.0f} ms")
    return {"before": commit, "question": question, "rounds": rounds,
            "now_ms": statistics.median(times["now"]), "before_ms": statistics.median(times["before"]),
            "ratio": statistics.median(ratios)}


def table(result: dict) -> str:
    lines = [f"warm ask latency, this checkout against {result['before']} in the same run "
             f"({result['rounds']} alternating rounds of {result['batch']} calls)", "",
             f"{'family':20} {'answers now/before':>18} {'now ms':>8} {'before ms':>10} {'ratio':>6}  quartiles",
             "-" * 84]
    for r in result["families"]:
        q1, _, q3 = r["ratio_quartiles"]
        answers = f"{r['answers']['now']}/{r['answers']['before']}"
        lines.append(f"{r['family']:20} {answers:>18} {r['now_ms']:>8.3f} {r['before_ms']:>10.3f} "
                     f"{r['ratio']:>6.2f}  {q1:.2f}-{q3:.2f}")
    lines += ["", f"worst family: {result['worst_ratio']:.2f}x (ratio = this checkout / {result['before']}, "
              "median over rounds)"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revision", help="the earlier commit (any git revision), or a directory holding its tree")
    parser.add_argument("--rounds", type=int, default=15, help="alternating rounds per family (default 15)")
    parser.add_argument("--batch", type=int, default=10, help="timed calls per round and version (default 10)")
    parser.add_argument("--family", action="append", choices=sorted(QUESTIONS), help="only this family (repeatable)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--cold", type=int, metavar="N",
                        help="measure N rounds of a cold command-line ask (a new process each) instead")
    args = parser.parse_args(argv)
    if args.cold:
        result = measure_cold(args.revision, args.cold)
        print(json.dumps(result, indent=2) if args.json else
              f"cold ask ({result['question']!r}), this checkout against {result['before']}, {args.cold} rounds: "
              f"now {result['now_ms']:.0f} ms, before {result['before_ms']:.0f} ms, ratio {result['ratio']:.2f}")
        return 0
    result = measure(args.revision, args.rounds, args.batch, args.family)
    print(json.dumps(result, indent=2) if args.json else table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
