"""The segmental innervation chart: muscles in rows, grouped by nerve in plexus order; spinal segments in
columns; a mark where a source gives the segment as part of the muscle's supply. Physiotherapists learn
it from Kendall's table; this one is drawn from the graph's statements (queries/views/segmental-chart.rq),
so it is always in step with the data and names the source of every mark.

Two ways to show the sources:
- ``merged`` (the default): one row per muscle. A filled mark means every source that gives the muscle's
  roots gives this segment; a hollow mark means only some do (a disagreement, named in the cell's sources).
- ``each``: one row per muscle and source, so the books can be read side by side.
``source`` keeps one source's values only. A source's major contribution darkens the cell, a minor one puts
the mark in parentheses; a note on the statement ("pain and proprioceptive fibres") is shown with a dagger.

Written as HTML (one offline file: a click on a cell lists its statements), SVG or PDF (matplotlib; a cell
links to the muscle's entity IRI, which `anatomy-kg serve` answers), or PNG for slides.
"""

from __future__ import annotations

import textwrap
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..plexus import NerveTree
from ..words import SEGMENTS
from .html import render, script_json
from .options import CHART_FORMATS, CHART_MODES
from .views import describe, edge_rows

MODES, FORMATS = CHART_MODES, CHART_FORMATS
UNGROUPED = "no nerve recorded"
NOT_A_PLEXUS = "nerves outside the plexuses"
LEGEND = [("●", "every source that gives the muscle's roots gives this segment"),
          ("○", "only some sources give it (see the cell's sources)"),
          ("(●)", "a source marks the segment a minor contribution"),
          ("dark cell", "a source marks the segment a major contribution"),
          ("†", "the source qualifies the value (the cell says how)"),
          ("s", "sensory or proprioceptive fibres only: not motor supply, not counted in myotomes or lesions")]


@dataclass
class Mark:
    """One cell: a segment of one row, with the sources that give it and what they say of it."""
    segment: str
    sources: list[str]
    agreed: bool
    contribution: str = ""          # "major", "minor" or "" (as the sources mark it, major first)
    notes: list[str] = field(default_factory=list)
    motor: bool = True              # False: every source gives it for non-motor fibres only

    @property
    def symbol(self) -> str:
        mark = ("●" if self.agreed else "○") if self.motor else "s"
        if self.contribution == "minor":
            mark = f"({mark})"
        return mark + ("†" if self.notes else "")


@dataclass
class Row:
    iri: str
    label: str
    nerves: list[str]
    sources: list[str]               # every source giving this row's roots
    marks: dict[str, Mark]           # segment label -> mark
    source: str = ""                 # in the "each" mode: the one source of the row


@dataclass
class Group:
    plexus: str
    nerve: str
    nerve_iri: str
    rows: list[Row]


@dataclass
class Chart:
    title: str
    segments: list[str]
    groups: list[Group]
    mode: str
    sources: list[str]
    footer: list[str] = field(default_factory=list)   # lines under the chart (a territory's weak actions)

    def rows(self) -> list[Row]:
        return [row for group in self.groups for row in group.rows]

    def as_dict(self) -> dict:
        return asdict(self)


def build(kg, *, mode: str = "merged", source: str | None = None, title: str | None = None,
          muscles: set[str] | None = None, **filters: str | list[str] | None) -> Chart:
    """The chart of the muscles matching the filters (as in ``KnowledgeGraph.muscles``: region, group,
    nerve, root, joint ...), or of ``muscles`` (IRIs or names), or of every muscle with root values."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
    every = rows = kg.run("views/segmental-chart")
    wanted = {k: v for k, v in filters.items() if v}
    if wanted:
        kept = {m["iri"] for m in kg.muscles(**wanted)}
        rows = [r for r in rows if r["subject"] in kept or r["muscle"] in kept]
    if muscles is not None:
        rows = [r for r in rows if r["subject"] in muscles or r["label"] in muscles]
    if source:
        rows = [r for r in rows if source in (r["sourceLabel"], r["source"], r["source"].rsplit("/", 1)[-1])]
        if not rows:
            names = sorted({r["sourceLabel"] for r in every})
            raise ValueError(f"no root values from source {source!r} here; sources with root values: "
                             + ", ".join(names))
    given = {r["rootLabel"] for r in rows}
    places = [i for i, s in enumerate(SEGMENTS) if s in given]
    # the columns run without gaps from the highest segment given to the lowest
    segments = list(SEGMENTS[places[0]:places[-1] + 1]) if places else []
    by_subject: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_subject[r["subject"]].append(r)
    nerves = _nerves_of(kg)
    tree = kg.nerve_tree()
    groups: dict[str, Group] = {}
    for subject, statements in by_subject.items():
        named = nerves.get(subject) or nerves.get(statements[0]["muscle"]) or []
        nerve_iri = named[0][0] if named else ""
        key = nerve_iri or UNGROUPED
        if key not in groups:
            groups[key] = Group(_plexus_of(tree, nerve_iri), tree.names.get(nerve_iri, UNGROUPED), nerve_iri, [])
        labels = [tree.names.get(n, n) for n, _ in named]
        if mode == "each":
            for name in sorted({s["sourceLabel"] for s in statements}):
                mine = [s for s in statements if s["sourceLabel"] == name]
                groups[key].rows.append(_row(subject, mine, labels, source=name))
        else:
            groups[key].rows.append(_row(subject, statements, labels))
    rank = {s: i for i, s in enumerate(segments)}

    def first(row: Row) -> tuple:
        places = sorted(rank[s] for s in row.marks)
        return (places[0], places[-1], row.label, row.source) if places else (len(rank), 0, row.label, "")

    for group in groups.values():
        group.rows.sort(key=first)
    plexus_first = defaultdict(lambda: len(rank))
    for group in groups.values():
        plexus_first[group.plexus] = min(plexus_first[group.plexus], first(group.rows[0])[0])
    ordered = sorted(groups.values(), key=lambda g: (g.plexus == NOT_A_PLEXUS, plexus_first[g.plexus],
                                                      g.plexus, first(g.rows[0]), g.nerve))
    used = sorted({r["sourceLabel"] for r in rows})
    if title is None:
        scope = describe(wanted)
        title = "Segmental innervation" + (f": {scope}" if scope else " of the muscles in the graph")
        if source:
            title += f", after {used[0]}"
    return Chart(title, segments, ordered, mode, used)


def _row(subject: str, statements: list[dict], nerves: list[str], source: str = "") -> Row:
    sources = sorted({s["sourceLabel"] for s in statements})
    by_segment: dict[str, list[dict]] = defaultdict(list)
    for s in statements:
        by_segment[s["rootLabel"]].append(s)
    marks = {}
    for segment, given in by_segment.items():
        giving = sorted({s["sourceLabel"] for s in given})
        contributions = {s["contribution"] for s in given if s["contribution"]}
        contribution = "major" if "major" in contributions else ("minor" if contributions == {"minor"} else "")
        notes = sorted({f'{s["sourceLabel"]}: {s["note"]}' for s in given if s["note"]}
                       | {f'{s["sourceLabel"]}: {s["fibreTypes"]} fibres' for s in given if s["fibreTypes"]})
        marks[segment] = Mark(segment, giving, agreed=set(giving) == set(sources), contribution=contribution,
                              notes=notes, motor=any(s["motor"] for s in given))
    return Row(subject, statements[0]["label"], nerves, sources, marks, source)


def _nerves_of(kg) -> dict[str, list[tuple[str, int]]]:
    """Each muscle's (or part's) nerves with how many sources give each, most-cited first."""
    found: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for edge in edge_rows(kg):
        if edge["relation"] == "innervated by":
            cited = len([s for s in edge.get("sources", "").split("; ") if s])
            found[edge["source"]].append((edge["target"], cited))
    return {m: sorted(n, key=lambda pair: (-pair[1], pair[0])) for m, n in found.items()}


def _plexus_of(tree: NerveTree, nerve: str) -> str:
    """The name of the plexus a nerve comes from (the first by name, for a nerve of two)."""
    found = sorted(tree.names.get(p, p) for p in tree.plexuses(nerve)) if nerve else []
    return found[0] if found else NOT_A_PLEXUS


# ---------------------------------------------------------------- writing


def write(chart: Chart, path: Path, fmt: str | None = None) -> str:
    """Write the chart as HTML, SVG, PDF or PNG (by ``fmt`` or the file's suffix); returns the format."""
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown chart format {fmt!r}; choose one of {', '.join(FORMATS)} "
                         "(or name the file .html, .svg, .pdf or .png)")
    if fmt == "html":
        path.write_text(render("chart.html", **html_context(chart)), encoding="utf-8")
    else:
        draw(chart, path, fmt)
    return fmt


def html_context(chart: Chart) -> dict:
    """What templates/chart-table.html needs (the explorer embeds it too)."""
    return {"chart": chart, "chart_legend": LEGEND, "chart_rows": script_json([asdict(r) for r in chart.rows()])}


def draw(chart: Chart, path: Path, fmt: str) -> None:
    """SVG, PDF or PNG through matplotlib: a grid with a band per nerve; each mark links to the muscle's IRI
    (in SVG and PDF)."""
    from ..resources import require

    matplotlib = require("matplotlib", "teach")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    lines: list[tuple[str, object]] = []
    plexus = None
    for group in chart.groups:
        if group.plexus != plexus:
            plexus = group.plexus
            lines.append(("plexus", plexus))
        lines.append(("nerve", group))
        lines += [("row", row) for row in group.rows]
    label_width, cell = 3.2, 0.32
    height = 0.26
    width = label_width + cell * max(1, len(chart.segments)) + 0.3
    if chart.footer:  # room for the lines under the chart, wrapped to the figure's width
        width = max(width, 6.0)
    footer = [part for line in chart.footer for part in textwrap.wrap(line, int(width * 15))]
    extra = len(LEGEND) + len(footer) + 6
    figure = plt.figure(figsize=(width, height * (len(lines) + extra)))
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, width)
    total = height * (len(lines) + extra)
    axes.set_ylim(total, 0)
    axes.axis("off")
    axes.text(0.1, height * 1.2, chart.title, fontsize=11, fontweight="bold", va="center")
    axes.text(0.1, height * 2.1, "sources: " + ", ".join(chart.sources) + f"  ({chart.mode})", fontsize=7,
              va="center", color="#555555")
    y = height * 3.4
    for i, segment in enumerate(chart.segments):
        axes.text(label_width + cell * (i + 0.5), y, segment, fontsize=7, ha="center", va="center",
                  fontweight="bold")
    for kind, item in lines:
        y += height
        if kind == "plexus":
            axes.text(0.1, y, str(item).upper(), fontsize=7, fontweight="bold", va="center", color="#444444")
            continue
        if kind == "nerve":
            axes.text(0.15, y, item.nerve, fontsize=7.5, fontstyle="italic", va="center", color="#8a5a00")
            continue
        label = item.label + (f"  [{item.source}]" if item.source else "")
        axes.text(0.3, y, label, fontsize=7, va="center")
        for i, segment in enumerate(chart.segments):
            box = Rectangle((label_width + cell * i, y - height / 2), cell, height, linewidth=0.3,
                            edgecolor="#bbbbbb", facecolor="#ffffff")
            mark = item.marks.get(segment)
            if mark:
                box.set_facecolor("#eeeeee" if not mark.motor else
                                  "#f0ad4e" if mark.contribution == "major" else "#fde9cc")
                box.set_url(item.iri)
                box.set_gid(f"{item.label}|{segment}")
            axes.add_patch(box)
            if mark:
                text = axes.text(label_width + cell * (i + 0.5), y, mark.symbol, fontsize=7, ha="center",
                                 va="center")
                text.set_url(item.iri)
    y += height * 0.5
    for symbol, meaning in LEGEND:
        y += height * 0.8
        axes.text(0.1, y, f"{symbol}  {meaning}", fontsize=6.5, va="center", color="#555555")
    for line in footer:
        y += height * 0.9
        axes.text(0.1, y, line, fontsize=7, va="center")
    # text stays text (searchable, selectable, editable on a slide), not glyph outlines
    with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        figure.savefig(path, format=fmt, dpi=150)
    plt.close(figure)
