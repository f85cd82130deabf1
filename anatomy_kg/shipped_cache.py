"""A cached result for the shipped data, so that ``validate --with-shipped-data FILE`` validates the shipped
graph with the new file once, not the shipped graph alone a second time.

The cache holds the keys of the results the shipped data has on its own (none, for a release). Its name is a
digest of everything the result depends on: the engine, the shapes, the vocabulary and data files (path and
bytes) and the validation code itself, so an edited checkout or an upgrade never reads a stale result. It
lives in ``$ANATOMY_KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/anatomy-kg``, else ``~/.cache/anatomy-kg``; where
that cannot be written the result is computed each time.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from .loading import default_files
from .resources import shapes_file


def cache_dir() -> Path:
    if os.environ.get("ANATOMY_KG_CACHE_DIR"):
        return Path(os.environ["ANATOMY_KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "anatomy-kg"


def fingerprint(engine: str) -> str:
    digest = hashlib.sha256(engine.encode())
    here = Path(__file__).resolve().parent
    code = [here / name for name in ("validation.py", "shacl_sparql.py", "vocabulary_shapes.py", "loading.py")]
    for path in [shapes_file(), *code, *default_files()]:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def shipped_keys(engine: str, compute: Callable[[], set[tuple]]) -> set[tuple]:
    """The result keys of the shipped data alone: read from the cache, or computed and stored."""
    path = cache_dir() / f"shipped-{engine}-{fingerprint(engine)}.json"
    try:
        return {tuple(key) for key in json.loads(path.read_text(encoding="utf-8"))}
    except (OSError, ValueError):
        pass
    keys = compute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(sorted(keys, key=repr)), encoding="utf-8")
        partial.replace(path)
    except OSError:
        pass
    return keys
