"""Shared fixtures: the shipped graph, loaded once, and an independent rdflib view of the same files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from servers import anatomy_kg_server, oxigraph_server

import anatomy_kg
from anatomy_kg.loading import load_graph
from anatomy_kg.push import DEFAULT_GRAPH

# Tables are laid out for the terminal's width; the tests (and the commands they run) read them at the width
# the README's examples show, whether or not pytest, or a pytest-xdist worker, has a terminal.
os.environ["COLUMNS"] = "120"


@pytest.fixture(scope="session")
def kg():
    return anatomy_kg.load()


TURTLE_PREFIXES = """@prefix akg: <https://w3id.org/anatomy-kg/vocab/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""


@pytest.fixture
def extended(tmp_path):
    """The shipped graph with some Turtle added (the akg, rdf, skos and dcterms prefixes are declared): a
    temporary graph, to show that a view is drawn from the data."""
    from anatomy_kg.resources import data_files, vocabulary_files

    def load(turtle: str):
        added = tmp_path / "added.ttl"
        added.write_text(TURTLE_PREFIXES + turtle, encoding="utf-8")
        return anatomy_kg.load([*vocabulary_files(), *data_files(), added])

    return load


@pytest.fixture(scope="session")
def graph():
    """The shipped files in a plain rdflib graph (rdflib's own engine), for checking answers independently."""
    return load_graph()[0]


@pytest.fixture(scope="session")
def cli_path():
    """The installed console script (tests run the command as a user would)."""
    beside = Path(sys.executable).with_name("anatomy-kg")  # the script of the environment running pytest
    path = str(beside) if beside.exists() else shutil.which("anatomy-kg")
    if path is None:
        pytest.fail("the anatomy-kg command is not on PATH: install the package first (pip install '.[test]')")
    return path


@pytest.fixture
def run_cli(cli_path, tmp_path):
    """Run ``anatomy-kg ARGS`` from a folder outside the checkout; return the CompletedProcess."""

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [cli_path, *args], cwd=tmp_path, capture_output=True, text=True, input=stdin, timeout=120
        )

    return run



@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A real Oxigraph server on 127.0.0.1 with an empty temporary store."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


@pytest.fixture(scope="session")
def pushed(server, cli_path):
    """The server, after ``anatomy-kg push`` has loaded the shipped graph into it."""
    done = subprocess.run([cli_path, "push", "--endpoint", f"{server}/query"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return server


@pytest.fixture(scope="session")
def remote(pushed):
    """The knowledge graph with every query going over HTTP to the Oxigraph server."""
    return anatomy_kg.load(endpoint=f"{pushed}/query", graph=DEFAULT_GRAPH)


@pytest.fixture(scope="session")
def served():
    """`anatomy-kg serve` on 127.0.0.1, with a short query time limit and a result cap below the graph's size."""
    with anatomy_kg_server("--query-timeout", "3", "--max-results", "5000") as base:
        yield base
