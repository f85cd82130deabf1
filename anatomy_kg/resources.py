"""Where the shipped ontology, data and queries live.

In a wheel they are inside the package (``anatomy_kg/ontology`` ...); in a source checkout they are the
top-level folders beside the package. One function answers both.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Return the folder ``name`` ("ontology", "data" or "queries") of this installation."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"anatomy-kg is installed without its {name}/ folder (looked in {_PACKAGE})")


def turtle_files(folder: Path) -> list[Path]:
    """All Turtle files under ``folder``, in a stable order."""
    return sorted(folder.rglob("*.ttl"))


def ontology_files() -> list[Path]:
    return turtle_files(resource_dir("ontology"))


def vocabulary_files() -> list[Path]:
    """The ontology files that describe the domain (everything in ontology/ except the shapes)."""
    return [p for p in ontology_files() if p.name != "shapes.ttl"]


def shapes_file() -> Path:
    return resource_dir("ontology") / "shapes.ttl"


def source_files(folder: Path) -> list[Path]:
    """The Turtle files and curation tables (.csv, .tsv: anatomy_kg.tables) under ``folder``, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".ttl", ".csv", ".tsv") and p.is_file())


def data_files() -> list[Path]:
    return source_files(resource_dir("data"))


class MissingExtra(ImportError):
    """An optional package a command needs is not installed; the message says which extra installs it."""


def require(module: str, extra: str):
    """Import ``module``, or raise MissingExtra naming the pip extra that installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"this needs the {module} package: pip install 'anatomy-kg[{extra}]'") from None
