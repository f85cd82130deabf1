"""The curation corpus: records a curator would write, each checked as `anatomy-kg validate --with-shipped-data
FILE` checks it, against the exact report written in the file.

tests/curation/invalid/*.ttl each hold one realistic mistake; tests/curation/valid/*.ttl are good records. A file
states its expected report in comment lines, in order:

    # expect: FILE:6: muscle:gluteus-medius: Another node of the same kind is also named ... [akgsh:UniqueLabelShape]
    # expect-error: FILE:9: Turtle syntax error: ...

FILE stands for the record's own path and DATA for the shipped data folder. A valid record expects nothing and
must conform. The whole report is compared, line by line, so a record cannot pass because some other rule fired,
and every line must name the record's own file (or, for a shipped node the record breaks, say so in the record's
file).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from anatomy_kg.loading import TurtleError
from anatomy_kg.resources import resource_dir
from anatomy_kg.validation import validate

CORPUS = Path(__file__).resolve().parent / "curation"
INVALID = sorted((CORPUS / "invalid").glob("*.ttl"))
VALID = sorted((CORPUS / "valid").glob("*.ttl"))


def expected(path: Path) -> list[str]:
    return [line[2:].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith(("# expect:", "# expect-error:"))]


def report_lines(path: Path) -> list[str]:
    """The report for ``path``, as the expectations write it."""
    try:
        report = validate([path], with_shipped_data=True)
        lines = [f"expect: {p.text()}" for p in report.problems]
    except TurtleError as error:
        lines = [f"expect-error: {error}"]
    data = str(resource_dir("data").resolve())
    return [line.replace(str(path), "FILE").replace(data, "DATA") for line in lines]


def test_the_corpus_is_big_enough_and_every_record_says_what_it_is():
    assert len(INVALID) >= 60 and len(VALID) >= 20
    for path in INVALID + VALID:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and ("mistake:" in first if path in INVALID else first.endswith("correct.")), path


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_a_broken_record_gives_its_report(path: Path, monkeypatch, tmp_path: Path):
    monkeypatch.chdir(tmp_path)  # absolute paths in the report, whatever the working directory
    wanted = expected(path)
    assert wanted, f"{path.name} states no expected report"
    got = report_lines(path)
    assert got == wanted, "\n".join(["got:", *got, "wanted:", *wanted])
    assert all(line.split(": ", 1)[1].startswith("FILE") for line in got), "a line names another file"


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_a_good_record_conforms(path: Path, monkeypatch, tmp_path: Path):
    monkeypatch.chdir(tmp_path)
    assert not expected(path)
    report = validate([path], with_shipped_data=True)
    assert report.conforms, report.text()


@pytest.mark.parametrize("name", ["invalid/40-synonym-names-other-muscle.ttl", "invalid/97-syntax-iri-with-space.ttl",
                                  "valid/01-synonym-tibialis-anticus.ttl"])
def test_the_command_gives_the_same_report(run_cli, name):
    path = CORPUS / name
    done = run_cli("validate", "--with-shipped-data", str(path))
    wanted = [line.split(": ", 1)[1].replace("FILE", str(path)) for line in expected(path)]
    if not wanted:
        assert done.returncode == 0 and done.stdout.startswith("OK"), done.stdout
    elif "Turtle syntax error" in wanted[0]:
        assert done.returncode == 2 and wanted[0] in done.stderr and "Traceback" not in done.stderr
    else:
        assert done.returncode == 1
        assert done.stdout.splitlines()[:-1] == wanted
