"""Rendering rows for people (a table) and programs (JSON, CSV)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap


def table(rows: list[dict], columns: list[str] | None = None) -> str:
    """A plain-text table; long cells wrap to fit the terminal."""
    if not rows:
        return "(no results)"
    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    cells = [[str(row.get(c, "")) for c in columns] for row in rows]
    width = max(60, shutil.get_terminal_size((120, 24)).columns)
    natural = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    budget = width - 2 * (len(columns) - 1)
    limits = list(natural)
    while sum(limits) > budget and max(limits) > 12:  # shrink the widest column first
        widest = limits.index(max(limits))
        limits[widest] -= 1
    lines = ["  ".join(c.ljust(limits[i]) for i, c in enumerate(columns)).rstrip(),
             "  ".join("-" * limits[i] for i in range(len(columns)))]
    for row in cells:
        wrapped = [textwrap.wrap(cell, limits[i], break_on_hyphens=False) or [""] for i, cell in enumerate(row)]
        for k in range(max(len(w) for w in wrapped)):
            cells = ((w[k] if k < len(w) else "").ljust(limits[i]) for i, w in enumerate(wrapped))
            lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def to_json(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def to_csv(rows: list[dict], columns: list[str] | None = None) -> str:
    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


# Result columns per question family, for tables, CSV and the HTML search page.
COLUMNS = {
    "muscles": ["label", "nerves", "roots", "evidence"],
    "muscle-facts": ["part", "property", "label", "detail", "sources"],
    "nerve-roots": ["label", "sources", "from"],
    "nerve-supplies": ["label", "via", "roots"],
    "nerve-branches": ["relation", "label", "from", "distance"],
    "root-paths": ["root", "label", "nerve", "path"],
    "crosswalk": ["vocabulary", "term", "term_name", "relation", "label"],
    "root-actions": ["label", "share", "muscles"],
    "myotome": ["label", "source", "count", "muscles"],
    "dominant-roots": ["label", "root", "sources"],
    "two-joint-muscles": ["label", "joints"],
    "lesion-effects": ["label", "lost", "muscles"],
    "antagonists": ["label", "actions"],
    "synergists": ["label", "actions"],
    "joint-movements": ["label", "muscles"],
    "key-muscles": ["label", "action", "muscles", "sources"],
    "site": ["label", "attachment", "on"],
    "lesion-localisation": ["rank", "label", "explains", "score", "contradicts", "explained_by"],
}
HEADINGS = {"label": "name", "evidence": "action as the sources state it", "from": "given for (no roots of its own)",
            "explained_by": "weak findings explained by", "share": "muscles in the myotome / all that do it"}
# a column whose heading depends on the family
FAMILY_HEADINGS = {("nerve-branches", "from"): "comes off", ("nerve-branches", "distance"): "steps",
                   ("crosswalk", "label"): "anatomy-kg", ("crosswalk", "term_name"): "term's name"}


def answer_columns(answer) -> tuple[list[str], list[str]]:
    """The result columns to show for an answer (those its rows have, in the family's order; all of them
    for an empty answer) and their headings."""
    family = COLUMNS[answer.family]
    columns = [c for c in family if any(c in r for r in answer.results)] or family
    return columns, [FAMILY_HEADINGS.get((answer.family, c), HEADINGS.get(c, c)) for c in columns]

