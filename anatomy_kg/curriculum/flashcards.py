"""Flashcards: one card per fact of a muscle (its origin, insertion, nerve, roots, actions), with the sources
on the back, tagged by region, nerve and root (hierarchical Anki tags), as an Anki deck (.apkg, written by
`genanki`) and as CSV.

A fact a source qualifies carries the qualifier on the back ("hip abduction (Moore 8e: when the hip is
flexed)"), and what an open text's page says of a fact goes with the sources ("gluteal surface of ilium:
quoted in Gray's 1918, page 475"). A card's note id (Anki's guid) is derived from the muscle's IRI and the
property, so that importing an updated deck updates the cards it already has instead of adding duplicates."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from ..resources import require
from .views import muscles, neighbours

DECK_ID = 1_764_000_001  # fixed: the same deck on every export
MODEL_ID = 1_764_000_002
QUESTIONS = {  # relation -> how the front asks for it
    "origin": "Origin of {m}?",
    "insertion": "Insertion of {m}?",
    "innervated by": "Nerve supplying {m}?",
    "segmental innervation": "Segmental roots of {m}?",
    "action": "Actions of {m}?",
}


@dataclass
class Card:
    guid: str
    front: str
    back: str
    sources: str
    tags: list[str] = field(default_factory=list)
    open_text: str = ""   # what open texts' pages say of the back's facts


def _tag(kind: str, label: str) -> str:
    return f"anatomy-kg::{kind}::" + re.sub(r"[^A-Za-z0-9]+", "_", label).strip("_")


def cards(graph: nx.MultiDiGraph) -> list[Card]:
    """The cards of a view that holds the facts asked (the whole view, or a filtered one)."""
    genanki = require("genanki", "teach")
    result = []
    for muscle in muscles(graph):
        name = graph.nodes[muscle]["label"]
        tags = [_tag("region", graph.nodes[r]["label"]) for r in neighbours(graph, muscle, "region")]
        tags += [_tag("nerve", graph.nodes[n]["label"]) for n in neighbours(graph, muscle, "innervated by")]
        tags += [_tag("root", graph.nodes[r]["label"]) for r in neighbours(graph, muscle, "segmental innervation")]
        for relation, question in QUESTIONS.items():
            targets = [(v, d) for _, v, d in graph.out_edges(muscle, data=True) if d["relation"] == relation]
            if not targets:
                continue
            targets.sort(key=lambda t: graph.nodes[t[0]]["label"])
            back = "; ".join(graph.nodes[v]["label"] + (f" ({d['qualifiers']})" if d.get("qualifiers") else "")
                             for v, d in targets)
            sources = "; ".join(sorted({s for _, d in targets for s in d.get("sources", "").split("; ") if s}))
            open_text = "; ".join(f"{graph.nodes[v]['label']}: {d['open_text']}" for v, d in targets
                                  if d.get("open_text"))
            guid = genanki.guid_for("anatomy-kg", muscle, relation)
            result.append(Card(guid, question.format(m=name), back, sources, sorted(set(tags)), open_text))
    return result


def write_apkg(all_cards: list[Card], path: Path, title: str = "anatomy-kg") -> None:
    genanki = require("genanki", "teach")

    model = genanki.Model(
        MODEL_ID, "anatomy-kg fact",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Sources"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                    "afmt": "{{FrontSide}}<hr id=answer>{{Back}}<br><small>Source: {{Sources}}</small>"}])
    deck = genanki.Deck(DECK_ID, title)
    for card in all_cards:
        said = (card.sources or "-") + (f"<br>Open text: {card.open_text}" if card.open_text else "")
        deck.add_note(genanki.Note(model=model, fields=[card.front, card.back, said],
                                   guid=card.guid, tags=card.tags))
    genanki.Package(deck).write_to_file(str(path))


def csv_text(all_cards: list[Card]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["guid", "front", "back", "sources", "tags", "open text"])
    for card in all_cards:
        writer.writerow([card.guid, card.front, card.back, card.sources, " ".join(card.tags), card.open_text])
    return out.getvalue()
