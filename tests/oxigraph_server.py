"""A real Oxigraph SPARQL server (the `oxigraph` package from PyPI) on 127.0.0.1, for the tests that need a
remote endpoint: a temporary store, a free port, and a bounded lifetime whatever happens to the test run."""

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

LIFETIME_S = 600  # the server is killed after this, whatever happens to the test run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """Start ``oxigraph serve`` on a free loopback port with its store in ``location``; yield its base URL."""
    binary = Path(sys.executable).with_name("oxigraph")
    binary = str(binary) if binary.exists() else shutil.which("oxigraph")
    if not binary:
        raise RuntimeError("the oxigraph server is not installed (pip install '.[test]')")
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killer = threading.Timer(LIFETIME_S, process.kill)
    killer.start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError as exc:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    raise RuntimeError(f"oxigraph did not start: {process.stderr.read().decode()[-500:]}") from exc
                time.sleep(0.1)
        yield base
    finally:
        killer.cancel()
        process.terminate()
        process.wait(timeout=10)
