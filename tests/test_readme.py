"""Every command of the README, run as written by the installed `anatomy-kg`, from a folder outside the
checkout; and every example of output the README shows (a ```text block whose first line is "$ command"),
compared with what the command prints.

Only these change from the text: a leading `pip install ... &&` is dropped (the test command installed the
package and its extras); the ports of `oxigraph serve` (7878) and `anatomy-kg serve` (8000) are replaced by
free ones, so the suite does not depend on them being free; the user's own files the README names
(`my-question.rq`, `my-muscle.ttl`) are tests/data/readme/'s; and the set-up test command, which is this
suite, is not run again."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from servers import free_port, installed

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
TEST_COMMAND = re.search(r"<!-- test-command -->\n```sh\n(.*?)\n```", README, re.S)[1]
FILES = ROOT / "tests" / "data" / "readme"
EXIT = {"anatomy-kg validate --with-shipped-data my-muscle.ttl": 1}   # the example is of a file with mistakes
PIP = re.compile(r"^pip install \S+ && ")


def blocks(kind: str) -> list[str]:
    """The README's fenced blocks of one info string ("sh", "text", "" for none)."""
    found, inside, lines = [], None, []
    for line in README.splitlines(keepends=True):
        if line.startswith("```"):
            if inside is None:
                inside, lines = line[3:].strip(), []
            else:
                if inside == kind:
                    found.append("".join(lines))
                inside = None
        elif inside is not None:
            lines.append(line)
    return found


def commands() -> list[str]:
    """The README's shell commands, one per line (a line ending in a backslash joined to the next)."""
    found = []
    for block in blocks("sh"):
        if block.strip() == TEST_COMMAND or "oxigraph serve" in block:   # the suite; a block run as one below
            continue
        found += [PIP.sub("", line) for line in block.replace("\\\n", " ").splitlines() if line.strip()]
    return found


COMMANDS = commands()
SERVERS = [c for c in COMMANDS if c.startswith("anatomy-kg serve")]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder outside the checkout, holding the user's files the README names and a checkout's data/."""
    where = tmp_path_factory.mktemp("readme")
    for file in FILES.iterdir():
        shutil.copy(file, where / file.name)
    (where / "data").symlink_to(ROOT / "data")
    return where


def shell(command: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{Path(installed('anatomy-kg')).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_the_readme_has_its_commands():
    assert len(COMMANDS) >= 25 and len(examples()) >= 3 and TEST_COMMAND == 'pip install ".[test]" && pytest'


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in SERVERS])
def test_each_readme_command_runs_as_written(folder, command):
    result = shell(command, folder)
    assert result.returncode == EXIT.get(command.split("#")[0].strip(), 0), result.stderr[-2000:]
    assert result.stdout.strip() or list(folder.iterdir()), "the command printed nothing"
    assert "Traceback" not in result.stderr


def test_the_readme_s_sparql_server_commands_run_as_written(folder):
    """`oxigraph serve ... &`, then push to it and ask it: the README's block, on a free port."""
    block = next(b for b in blocks("sh") if "oxigraph serve" in b)
    port = str(free_port())
    script = PIP.sub("", block.replace("7878", port))
    wait = f"import urllib.request; urllib.request.urlopen('http://127.0.0.1:{port}/')"
    script = script.replace("&\n", f"& server=$!\ntrap 'kill $server' EXIT\n"
                                   f"until python -c \"{wait}\" 2>/dev/null; do sleep 0.2; done\n", 1)
    result = shell(script, folder, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "pushed" in result.stdout and "gluteus medius" in result.stdout


@pytest.mark.parametrize("command", SERVERS)
def test_the_readme_s_serve_command_serves(folder, command):
    port = free_port()
    line = command.split("#")[0].strip() + f" --port {port}"
    process = subprocess.Popen(line.split(), cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/muscle/gluteus-medius", timeout=2) as page:
                    assert page.status == 200 and b"gluteus medius" in page.read()
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, process.stderr.read().decode()
                time.sleep(0.2)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def examples() -> list[tuple[str, list[str]]]:
    """(command, the output lines shown) for each ```text block of the README that starts with "$ "."""
    found = []
    for block in blocks("text"):
        lines = block.rstrip("\n").splitlines()
        if lines and lines[0].startswith("$ "):
            found.append((lines[0][2:], lines[1:]))
    return found


@pytest.mark.parametrize("command, shown", examples(), ids=[c for c, _ in examples()])
def test_each_readme_example_prints_what_the_readme_shows(folder, command, shown):
    """Each shown line is printed, in order; "..." in a line stands for any text, a line of "..." alone
    for any lines."""
    result = shell(command, folder)
    printed = (result.stdout + result.stderr).splitlines()
    at = 0
    for line in shown:
        if line.strip() == "...":
            continue
        pattern = re.compile(".*?".join(re.escape(part) for part in line.rstrip().split("...")) + r"\s*$")
        at = next((k + 1 for k in range(at, len(printed)) if pattern.match(printed[k].rstrip())), None)
        assert at is not None, f"{line!r} is not printed (in order) by {command!r}:\n" + "\n".join(printed)


def test_the_validation_example_prints_the_lines_the_readme_shows(folder):
    block = next(b for b in blocks("") if "my-muscle.ttl:" in b)
    result = shell("anatomy-kg validate --with-shipped-data my-muscle.ttl", folder)
    for line in block.strip().splitlines():
        pattern = re.compile(".*?".join(re.escape(part) for part in line.split("...")))
        assert any(pattern.fullmatch(printed) for printed in result.stdout.splitlines()), line


def test_each_readme_picture_is_made_by_a_command_it_names(tmp_path):
    """Every picture the README shows is in docs/images and is named with the command that makes it; the
    command, run now, makes a PNG again."""
    pictures = re.findall(r"!\[[^\]]*\]\(docs/images/([\w.-]+\.png)\)", README)
    assert len(pictures) >= 2
    named = {m[2]: m[1] for m in re.finditer(r"`(anatomy-kg [^`]*?-o ([\w.-]+\.png))`", README)}
    for picture in pictures:
        assert (ROOT / "docs" / "images" / picture).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert picture in named, f"no command in the README makes {picture}"
        result = shell(named[picture], tmp_path)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / picture).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
