"""Real servers on 127.0.0.1 for the tests: an Oxigraph SPARQL server (the `oxigraph` package from PyPI)
with a temporary store, and `anatomy-kg serve`. Each gets a free loopback port and a bounded lifetime,
whatever happens to the test run."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LIFETIME_S = 600  # a server is killed after this, whatever happens to the test run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def installed(name: str) -> str:
    """The path of a console script of the environment running the tests (or on PATH)."""
    beside = Path(sys.executable).with_name(name)
    path = str(beside) if beside.exists() else shutil.which(name)
    if not path:
        raise RuntimeError(f"{name} is not installed (pip install '.[test]')")
    return path


@contextmanager
def running(command: list[str], base: str, ready_path: str, startup_s: float = 60,
            started=None) -> Iterator[str]:
    """Start ``command`` (a server listening at ``base``), wait until ``ready_path`` answers, yield ``base``.
    ``started``, if given, is called with the process once it answers (a benchmark reads its memory)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killer = threading.Timer(LIFETIME_S, process.kill)
    killer.start()
    try:
        deadline = time.monotonic() + startup_s
        while True:
            try:
                urllib.request.urlopen(base + ready_path, timeout=1).read()
                break
            except OSError as exc:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    raise RuntimeError(f"{command[0]} did not start: {process.stderr.read().decode()[-800:]}") from exc
                time.sleep(0.1)
        if started is not None:
            started(process)
        yield base
    finally:
        killer.cancel()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """``oxigraph serve`` on a free loopback port with its store in ``location``; yields its base URL."""
    port = free_port()
    command = [installed("oxigraph"), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    with running(command, f"http://127.0.0.1:{port}", "/query?query=ASK%7B%7D") as base:
        yield base


@contextmanager
def anatomy_kg_server(*options: str, started=None) -> Iterator[str]:
    """``anatomy-kg serve`` on a free loopback port; yields its base URL."""
    port = free_port()
    command = [installed("anatomy-kg"), "serve", "--host", "127.0.0.1", "--port", str(port), *options]
    with running(command, f"http://127.0.0.1:{port}", "/sparql?query=ASK%7B%7D", started=started) as base:
        yield base
