"""The wheel carries the ontology, data and queries, so the command works from any folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import anatomy_kg
from anatomy_kg.resources import resource_dir

ROOT = Path(__file__).resolve().parent.parent


def test_installed_package_finds_its_resources():
    for name in ("ontology", "data", "queries"):
        assert any(resource_dir(name).rglob("*.*")), name
    assert (resource_dir("ontology") / "shapes.ttl").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return next(out.glob("anatomy_kg-*.whl"))


def test_wheel_ships_every_curated_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("ontology", "data", "queries"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():
                assert f"anatomy_kg/{path.relative_to(ROOT).as_posix()}" in names, path
    assert any(n.endswith("entry_points.txt") for n in names)
    for name in ("templates/chart-table.html", "templates/wiring.html", "vendor/vis-network/vis-network.min.js",
                 "vendor/vis-network/LICENSE-MIT", "vendor/vis-network/LICENSE-APACHE-2.0"):
        assert f"anatomy_kg/{name}" in names, name


def test_the_vendored_vis_network_is_the_npm_file_its_source_note_names():
    import hashlib
    import re

    folder = ROOT / "anatomy_kg" / "vendor" / "vis-network"
    note = (folder / "SOURCE.md").read_text()
    script = (folder / "vis-network.min.js").read_bytes()
    assert hashlib.sha256(script).hexdigest() == re.search(r"sha256: ([0-9a-f]{64})", note)[1]
    version = re.search(r"vis-network@([\d.]+)", note)[1]
    assert f"@version {version}".encode() in script[:400]


def test_version_is_one_number():
    import tomllib

    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"] == anatomy_kg.__version__
