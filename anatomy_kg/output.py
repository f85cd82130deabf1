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
            lines.append("  ".join((w[k] if k < len(w) else "").ljust(limits[i]) for i, w in enumerate(wrapped)).rstrip())
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
