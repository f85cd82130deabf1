"""Curriculum coverage: for a teacher's syllabus (a CSV or TSV file, one row per topic: ``session,topic``),
which sessions cover which muscles, nerves and roots, and which are not covered yet.

A topic is a name in the graph, read as the kind it names:
- a muscle covers itself and its parts (biceps femoris covers its long and short heads);
- a region or a muscle group covers every muscle in it;
- a nerve or a root covers itself (teaching a nerve is not teaching its muscles).

What should be covered: the muscles in scope (the same filters as the other teaching commands; all muscles
by default), the nerves that supply them and their roots. A topic the graph does not know stops the report
with its row and the closest names, rather than being dropped. A muscle taught in an earlier session than
its nerve is listed, since the syllabus command would teach the nerve first.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..lexicon import UnknownTerm
from .views import edge_rows, inverse, related

TOPIC_KINDS = ("muscle", "region", "group", "nerve", "root")
COUNTED = ("muscle", "nerve", "root")


class SyllabusError(ValueError):
    """A syllabus file that cannot be read, or a topic the graph does not name."""


@dataclass
class Topic:
    row: int
    session: str
    topic: str
    read_as: str          # "gluteal region (region)"
    kind: str             # what the topic names: muscle, region, group, nerve or root
    covers: list[str]     # IRIs of the muscles, nerve or root it covers


@dataclass
class Coverage:
    sessions: list[str]
    topics: list[Topic]
    labels: dict[str, str]
    wanted: dict[str, list[str]]                       # kind -> IRIs that should be covered
    covered: dict[str, dict[str, list[str]]] = field(default_factory=dict)   # kind -> IRI -> sessions
    early: list[str] = field(default_factory=list)     # "gluteus medius (session 1) before superior gluteal ..."

    def missing(self, kind: str) -> list[str]:
        return sorted((self.labels[i] for i in self.wanted[kind] if i not in self.covered[kind]), key=str.lower)

    def as_dict(self) -> dict:
        out = asdict(self)
        out["missing"] = {kind: self.missing(kind) for kind in COUNTED}
        return out


def read_syllabus(path: Path) -> list[tuple[int, str, str]]:
    """The (line, session, topic) rows of a CSV or TSV file whose header has ``session`` and ``topic``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise SyllabusError(f"{path}: {error.strerror}") from None
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "session" not in header or "topic" not in header:
        raise SyllabusError(f"{path}: the first row must name the columns 'session' and 'topic' "
                            f"(found {', '.join(reader.fieldnames or []) or 'nothing'})")
    reader.fieldnames = header
    rows = []
    for line, row in enumerate(reader, start=2):
        session, topic = (row.get("session") or "").strip(), (row.get("topic") or "").strip()
        if not session and not topic:
            continue
        if not session or not topic:
            raise SyllabusError(f"{path}, row {line}: a row needs both a session and a topic")
        rows.append((line, session, topic))
    if not rows:
        raise SyllabusError(f"{path}: no topics")
    return rows


def build(kg, rows: list[tuple[int, str, str]], where: str = "syllabus", **filters) -> Coverage:
    """The coverage of the muscles matching the filters (all by default), their nerves and roots."""
    labels: dict[str, str] = {}
    muscle_parts: set[str] = set()
    for e in edge_rows(kg):
        labels[e["source"]], labels[e["target"]] = e["sourceLabel"], e["targetLabel"]
        if e["sourceKind"] == "MusclePart":
            muscle_parts.add(e["source"])
    # a muscle's parts (not the central tendon, also part of the diaphragm, nor a bone's landmarks)
    parts = inverse({s: t for s, t in related(kg, "part of").items() if s in muscle_parts})
    nerves_of, roots_of = related(kg, "innervated by"), related(kg, "segmental innervation")
    muscles = {m["iri"] for m in kg.muscles(**{k: v for k, v in filters.items() if v})}
    wanted = {"muscle": sorted(muscles),
              "nerve": sorted(set().union(*(nerves_of[m] for m in muscles))),
              "root": sorted(set().union(*(roots_of[m] for m in muscles)))}
    sessions: list[str] = []
    topics = []
    for line, session, topic in rows:
        if session not in sessions:
            sessions.append(session)
        try:
            entry = kg.lexicon.resolve(topic, TOPIC_KINDS)
        except UnknownTerm as error:
            raise SyllabusError(f"{where}, row {line}: {error}") from None
        if entry.kind == "muscle":
            covers = [entry.iri, *sorted(parts.get(entry.iri, ()))]
        elif entry.kind in ("region", "group"):
            covers = sorted(m["iri"] for m in kg.muscles(**{entry.kind: entry.iri}))
        else:
            covers = [entry.iri]
        labels.setdefault(entry.iri, entry.label)
        topics.append(Topic(line, session, topic, f"{entry.label} ({entry.kind})", entry.kind, covers))
    covered: dict[str, dict[str, list[str]]] = {kind: defaultdict(list) for kind in COUNTED}
    for topic in topics:
        kind = topic.kind if topic.kind in COUNTED else "muscle"
        for iri in topic.covers:
            if topic.session not in covered[kind][iri]:
                covered[kind][iri].append(topic.session)
    coverage = Coverage(sessions, topics, labels, wanted, {k: dict(v) for k, v in covered.items()})
    order = {s: i for i, s in enumerate(sessions)}
    for muscle, when in coverage.covered["muscle"].items():
        first = min(order[s] for s in when)
        for nerve in sorted(nerves_of.get(muscle, ())):
            taught = coverage.covered["nerve"].get(nerve)
            if taught and min(order[s] for s in taught) > first:
                coverage.early.append(f"{labels[muscle]} ({sessions[first]}) comes before its nerve, "
                                      f"the {labels[nerve]} ({sessions[min(order[s] for s in taught)]})")
    coverage.early.sort()
    return coverage


def text(coverage: Coverage) -> str:
    lines = [f"Syllabus coverage: {len(coverage.sessions)} sessions, {len(coverage.topics)} topics", ""]
    for session in coverage.sessions:
        mine = [t for t in coverage.topics if t.session == session]
        lines.append(f"{session}")
        for topic in mine:
            extra = f", {len(topic.covers)} muscles" if topic.kind in ("region", "group") else ""
            lines.append(f"  {topic.topic}  -> {topic.read_as}{extra}")
    for kind in COUNTED:
        wanted = coverage.wanted[kind]
        done = [i for i in wanted if i in coverage.covered[kind]]
        lines += ["", f"{kind.capitalize()}s: {len(done)} of {len(wanted)} covered"]
        for iri in sorted(done, key=lambda i: coverage.labels[i].lower()):
            lines.append(f"  {coverage.labels[iri]}: {'; '.join(coverage.covered[kind][iri])}")
        missing = coverage.missing(kind)
        lines.append(f"  not covered yet: {', '.join(missing) if missing else 'none'}")
    if coverage.early:
        lines += ["", "Taught before their nerve:"] + [f"  {line}" for line in coverage.early]
    return "\n".join(lines) + "\n"
