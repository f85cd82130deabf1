"""Curation tables: a region's sourced claims written as CSV or TSV, one row per claim, compiled to statement
Turtle when the graph loads (and by ``anatomy-kg build`` to read or review).

A table's first line names its columns; each later line is one claim:

    subject,property,object,source,through,comment,role,fibre part,condition,contribution,exceeds nerve roots
    muscle:rectus-abdominis,origin,landmark:pubic-crest,moore-coa-8,,,,,,,

- ``subject``, ``property``, ``object`` and ``source`` are required. Names are the project's prefixed names
  (``muscle:rectus-abdominis``, ``landmark:pubic-crest``) or ``<IRIs>``; a property, role, fibre part or
  contribution without a prefix is the vocabulary's (``origin`` is ``akg:origin``), a source without one is a
  ``source:``.
- The other columns are the statement's qualifiers: ``through`` the last member of an attachment range
  (akg:throughObject), ``comment`` (rdfs:comment, English), ``role`` (akg:assists), ``fibre part``
  (akg:anterior-fibres), ``condition`` (akg:condition), ``contribution`` (akg:major) and ``exceeds nerve
  roots`` (true / false). A column may be left out of the header, a cell empty.
- A line whose first cell starts with ``#`` is a comment; blank lines are skipped. A cell may not hold a
  line break.

Each statement gets a stable IRI, ``statement:<hash>``: the first 16 hex digits of the SHA-256 of its subject,
property, object, source and qualifiers (not its comment), so an edit's diff names the claims it changes and
a claim can be cited. The compiled Turtle keeps the table's line numbers (its prefixes on line 1, the claim
of table line N on Turtle line N), so a shape that fails names the table's file and line. Nodes themselves
(a muscle's names, type and mappings) stay in Turtle.
"""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

from .namespaces import PREFIXES

SUFFIXES = {".csv": ",", ".tsv": "\t"}
STATEMENT = PREFIXES["akg"].removesuffix("vocab/") + "statement/"
_TURTLE_PREFIXES = {**PREFIXES, "statement": STATEMENT,
                    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                    "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
REQUIRED = ("subject", "property", "object", "source")
# qualifier column -> (its property, how a bare value is read: "akg" name, "literal", "boolean", or a name)
QUALIFIERS = {
    "through": ("akg:throughObject", "name"),
    "comment": ("rdfs:comment", "literal"),
    "role": ("akg:role", "akg"),
    "fibre part": ("akg:fibrePart", "akg"),
    "condition": ("akg:condition", "literal"),
    "contribution": ("akg:contribution", "akg"),
    "fibre type": ("akg:fibreType", "akg"),           # several: "sensory; proprioceptive"
    "exceeds nerve roots": ("akg:exceedsNerveRoots", "boolean"),
}
SEVERAL = {"fibre type"}   # qualifier columns that may hold several values, apart by ";"
_NAME = re.compile(r"([a-z][a-z0-9]*):([A-Za-z0-9][A-Za-z0-9_.-]*)")
_BARE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


class TableError(ValueError):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line


def is_table(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def _term(cell: str, bare_prefix: str | None, line: int, column: str) -> str:
    if cell.startswith("<") and cell.endswith(">") and " " not in cell:
        return cell
    match = _NAME.fullmatch(cell)
    if match:
        if match[1] not in _TURTLE_PREFIXES:
            known = ", ".join(sorted(p for p in PREFIXES))
            raise TableError(line, f"column {column!r}: unknown prefix {match[1]!r} in {cell!r} (known: {known})")
        return cell
    if bare_prefix and _BARE.fullmatch(cell):
        return f"{bare_prefix}:{cell}"
    raise TableError(line, f"column {column!r}: {cell!r} is not a name (write a prefixed name such as "
                           f"muscle:rectus-abdominis, or an <IRI>)")


def _literal(cell: str) -> str:
    return '"' + cell.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _value(cell: str, how: str, line: int, column: str) -> str:
    if how == "literal":
        return _literal(cell) + ("@en" if column == "comment" else "")
    if how == "boolean":
        if cell.lower() not in ("true", "false"):
            raise TableError(line, f"column {column!r}: {cell!r} must be true or false")
        return cell.lower()
    return _term(cell, "akg" if how == "akg" else None, line, column)


def statement_iri(parts: list[str]) -> str:
    return "statement:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def compile_table(text: str, delimiter: str = ",") -> str:
    """The statement Turtle of a table's text, line for line (raises TableError with the table's line)."""
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise TableError(1, "the first line must name the columns: " + ", ".join(REQUIRED) + ", ...")
    header = [h.strip().lower() for h in next(csv.reader([lines[0]], delimiter=delimiter))]
    unknown = [h for h in header if h not in REQUIRED and h not in QUALIFIERS]
    missing = [h for h in REQUIRED if h not in header]
    if unknown or missing:
        said = (f"unknown column {unknown[0]!r}" if unknown else f"no {missing[0]!r} column")
        raise TableError(1, f"{said}; the columns are " + ", ".join((*REQUIRED, *QUALIFIERS)))
    out = [" ".join(f"@prefix {p}: <{ns}> ." for p, ns in _TURTLE_PREFIXES.items())]
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines[1:], 2):
        if raw.count('"') % 2:
            raise TableError(number, "an unclosed quote, or a cell holding a line break (cells must fit on their line)")
        cells = next(csv.reader([raw], delimiter=delimiter), [])
        if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            out.append("")
            continue
        if len(cells) > len(header):
            raise TableError(number, f"{len(cells)} cells but {len(header)} columns")
        row = {h: c.strip() for h, c in zip(header, cells, strict=False)}
        for column in REQUIRED:
            if not row.get(column):
                raise TableError(number, f"no {column}: every claim needs a subject, property, object and source")
        subject = _term(row["subject"], None, number, "subject")
        prop = _term(row["property"], "akg", number, "property")
        obj = _term(row["object"], None, number, "object")
        source = _term(row["source"], "source", number, "source")
        qualifiers = [(QUALIFIERS[c][0], " , ".join(_value(v.strip(), QUALIFIERS[c][1], number, c)
                                                    for v in (row[c].split(";") if c in SEVERAL else [row[c]])
                                                    if v.strip()))
                      for c in QUALIFIERS if row.get(c)]
        iri = statement_iri([subject, prop, obj, source, *(f"{p} {v}" for p, v in qualifiers if p != "rdfs:comment")])
        if iri in seen:
            raise TableError(number, f"repeats the claim of line {seen[iri]}")
        seen[iri] = number
        out.append(f"{iri} a akg:Statement ; rdf:subject {subject} ; rdf:predicate {prop} ; rdf:object {obj} ; "
                   f"dcterms:source {source}" + "".join(f" ; {p} {v}" for p, v in qualifiers) + " .")
    return "\n".join(out) + "\n"


def turtle_of(path: Path) -> bytes:
    """A table's statement Turtle (raises TableError)."""
    text = path.read_text(encoding="utf-8")
    return compile_table(text, SUFFIXES[path.suffix.lower()]).encode("utf-8")
