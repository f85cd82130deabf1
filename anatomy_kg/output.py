"""Rendering rows for people (a table, the search page) and programs (JSON, CSV).

The API's rows are data: a row's lists stay lists (roots cranial to caudal, sources and names sorted) and its
evidence, shares and findings stay objects. Text is made here, and only here: ``cell`` renders one value,
``table`` and ``to_csv`` render rows with it; JSON keeps the structure.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap

# how a list is joined, by the key it is under (otherwise "; " for a list of objects, ", " for one of names)
JOINERS = {"roots": " ", "path": " → "}


def _evidence(e: dict) -> str:
    return ", ".join([e["action"], *e["qualifiers"]]) + f" ({e['source']})"


def _quote(q: dict) -> str:
    return f"{q['stance']}: {q['source']}, {q['locator']}"


# how an object is written, by its keys
OBJECTS = {
    frozenset({"stance", "source", "locator", "url", "quote"}): _quote,       # supports: Gray's 1918, page 475
    frozenset({"stance", "source", "locator", "url", "quote", "comment"}): _quote,
    frozenset({"count", "of"}): lambda o: f"{o['count']}/{o['of']}",                    # a share: 3/5
    frozenset({"action", "qualifiers", "source"}): _evidence,              # hip abduction, assists (Moore 8e)
    frozenset({"action", "opposed"}): lambda o: f"{o['action']} / {o['opposed']}",     # an antagonist's pair
    frozenset({"finding", "muscles"}): lambda o: f"{o['finding']}: {', '.join(o['muscles']) or 'not explained'}",
}


def cell(value, column: str = "") -> str:
    """One value of a row as text: a list joined (under ``column`` "roots" with spaces, "path" with arrows, a
    list of objects with "; ", any other with ", "), an object as its kind is written (a share as "3/5",
    evidence as "hip abduction, assists (Moore 8e)"), anything else as itself."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        joiner = JOINERS.get(column) or ("; " if any(isinstance(v, dict) for v in value) else ", ")
        return joiner.join(cell(v) for v in value)
    if isinstance(value, dict):
        write = OBJECTS.get(frozenset(value))
        if write:
            return write(value)
        if "label" in value:
            return str(value["label"])
        return ", ".join(f"{k}: {cell(v, k)}" for k, v in value.items())
    return str(value)


def cells(row: dict, columns: list[str]) -> list[str]:
    return [cell(row.get(c), c) for c in columns]


def table(rows: list[dict], columns: list[str] | None = None, headings: list[str] | None = None) -> str:
    """A plain-text table of ``columns`` (the row keys; by default all of them) under ``headings`` (by default
    the keys); values are rendered by ``cell`` and long cells wrap to fit the terminal."""
    if not rows:
        return "(no results)"
    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    rendered = [cells(row, columns) for row in rows]
    columns = headings or columns
    width = max(60, shutil.get_terminal_size((120, 24)).columns)
    natural = [max(len(c), *(len(r[i]) for r in rendered)) for i, c in enumerate(columns)]
    budget = width - 2 * (len(columns) - 1)
    limits = list(natural)
    while sum(limits) > budget and max(limits) > 12:  # shrink the widest column first
        widest = limits.index(max(limits))
        limits[widest] -= 1
    lines = ["  ".join(c.ljust(limits[i]) for i, c in enumerate(columns)).rstrip(),
             "  ".join("-" * limits[i] for i in range(len(columns)))]
    for row in rendered:
        wrapped = [textwrap.wrap(text, limits[i], break_on_hyphens=False) or [""] for i, text in enumerate(row)]
        for k in range(max(len(w) for w in wrapped)):
            line = ((w[k] if k < len(w) else "").ljust(limits[i]) for i, w in enumerate(wrapped))
            lines.append("  ".join(line).rstrip())
    return "\n".join(lines)


def to_json(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def to_csv(rows: list[dict], columns: list[str] | None = None) -> str:
    """CSV of ``columns`` (by default every key), each value rendered by ``cell``."""
    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(cells(row, columns) for row in rows)
    return buffer.getvalue()


# Result columns per question family, for tables, CSV and the HTML search page.
HEADINGS = {"label": "name", "quotes": "open text (quoted in --format json)",
            "evidence": "action as the sources state it", "from": "given for (no roots of its own)",
            "explained_by": "weak findings explained by", "share": "muscles in the myotome / all that do it"}
# a column whose heading depends on the family
FAMILY_HEADINGS = {("nerve-branches", "from"): "comes off", ("nerve-branches", "distance"): "steps",
                   ("crosswalk", "label"): "anatomy-kg", ("crosswalk", "term_name"): "term's name",
                   ("antagonists", "of"): "antagonist of", ("synergists", "of"): "synergist of",
                   ("root-paths", "note"): "no path"}


def answer_columns(answer) -> tuple[list[str], list[str]]:
    """The result columns to show for an answer (those its rows have, in the family's order; all of them
    for an empty answer) and their headings."""
    from .families import BY_NAME  # each family of the registry declares its columns

    family = list(BY_NAME[answer.family].columns)
    columns = [c for c in family if any(c in r for r in answer.results)] or family
    return columns, [FAMILY_HEADINGS.get((answer.family, c), HEADINGS.get(c, c)) for c in columns]

