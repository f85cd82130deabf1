"""Names of graph nodes, for turning the words people type into graph nodes.

The lexicon is read from the graph (queries/lexicon.rq): preferred names, synonyms and hidden search
forms (verb forms such as "abduct"). Matching is on canonical text (anatomy_kg.words): lower case, punctuation as
spaces, apostrophes and articles dropped, abbreviations expanded, words lemmatised. Suggestions for words
that name nothing come from ``rapidfuzz``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from .words import canonical, cranial_nerve_names

_VOCAB = "https://w3id.org/anatomy-kg/vocab/"

# The graph's classes, grouped into the kinds a question can talk about (the one list of them: queries/lexicon.rq
# returns every akg: class, and the lexicon keeps the rows of these).
KIND_OF_CLASS = {
    "Muscle": "muscle",
    "MusclePart": "muscle",
    "Bone": "site",
    "BonyLandmark": "site",
    "ConnectiveTissueStructure": "site",
    "Joint": "joint",
    "Movement": "movement",
    "JointAction": "action",
    "SoftTissueAction": "action",
    "Nerve": "nerve",
    "Plexus": "nerve",
    "LesionSite": "lesion site",
    "SpinalSegment": "root",
    "MuscleGroup": "group",
    "Compartment": "group",
    "BodyRegion": "region",
    "Source": "source",
    "ExternalTerm": "xref",
    "MappingSet": "vocabulary",
}
SKOS = "http://www.w3.org/2004/02/skos/core#"


def longest_from(phrases) -> dict[str, int]:
    """For each first word of the phrases, the most words a phrase beginning with it has."""
    out: dict[str, int] = {}
    for phrase in phrases:
        words = phrase.split()
        if words:
            out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def normalise(text: str) -> str:
    """The canonical form names are matched in (anatomy_kg.words.canonical)."""
    return canonical(text)


# Words of names too general to be a near miss on their own ("of", "nerve", "muscle", "joint").
_GENERAL = {"of", "and", "to", "nerve", "muscle", "joint", "branch", "part", "head", "group", "compartment"}


@dataclass(frozen=True)
class Entry:
    iri: str
    kind: str
    label: str


class UnknownTerm(LookupError):
    """Words that name nothing in the graph, with the closest names that do."""

    def __init__(self, words: list[str], suggestions: list[str], kind: str | None = None) -> None:
        self.words = words
        self.suggestions = suggestions
        self.kind = kind
        what = f"{kind} " if kind else ""
        text = f"unknown {what}term: {' '.join(words)!r}"
        if suggestions:
            text += "; did you mean: " + ", ".join(repr(s) for s in suggestions) + "?"
        super().__init__(text)


def _numbered(row: dict) -> list[dict]:
    """A cranial nerve's number as the names it gives (CN XI, cranial nerve 11 ...); any other row as it is."""
    if row["nameType"] != "number":
        return [row]
    return [{**row, "name": name, "nameType": "alt"} for name in cranial_nerve_names(int(row["name"]))]


class Lexicon:
    """Names to nodes. ``mappings`` (rows of queries/crosswalk/mappings.rq) tie the terms of outside
    vocabularies (kind "xref": glmed1_r, HP:0012515, "Quads") to the graph entities they map to. A row's
    ``note`` (skos:scopeNote) is said when a question reaches the node by a name other than its own."""

    def __init__(self, rows: list[dict], mappings: list[dict] = ()) -> None:
        rows = [named for row in rows if row["kind"].removeprefix(_VOCAB) in KIND_OF_CLASS for named in _numbered(row)]
        labels: dict[str, str] = {}
        self.notes: dict[str, str] = {}
        for row in rows:
            if row["nameType"] == "pref":
                labels[row["node"]] = row["name"]
            if row.get("note"):
                self.notes[row["node"]] = row["note"]
        self.action_at: dict[tuple[str, str], Entry] = {}   # (joint IRI, movement IRI) -> the joint action
        self.joint_of: dict[str, str] = {}                     # joint action IRI -> its joint's IRI
        self.regions: dict[str, set[str]] = defaultdict(set)  # muscle IRI -> its regions and what they are in
        within: dict[str, str] = {}
        index: dict[str, set[Entry]] = defaultdict(set)
        self.shown: dict[str, set[str]] = defaultdict(set)  # visible names, for suggestions, by kind
        for row in rows:
            kind = KIND_OF_CLASS[row["kind"].removeprefix(_VOCAB)]
            entry = Entry(row["node"], kind, labels.get(row["node"], row["name"]))
            phrase = normalise(row["name"])
            index[phrase].add(entry)
            if kind == "nerve" and phrase.endswith(" nerve"):
                index[phrase.removesuffix(" nerve")].add(entry)  # "superior gluteal"
            if row["nameType"] != "hidden":
                self.shown[kind].add(row["name"])
            if row.get("joint"):
                self.action_at[(row["joint"], row["movement"])] = entry
                self.joint_of[row["node"]] = row["joint"]
            if row.get("region"):
                self.regions[row["node"]].add(row["region"])
            if row.get("partOf"):
                within[row["node"]] = row["partOf"]
        self.within = within   # region IRI -> the region it is part of
        for regions in self.regions.values():
            for region in list(regions):
                while region in within:
                    region = within[region]
                    regions.add(region)
        self.index = dict(index)
        self.longest_from = longest_from(self.index)   # first word -> the most words a name starting so has
        self.by_iri = {e.iri: e for entries in self.index.values() for e in entries}
        self.muscle_named = {e.label: e.iri for e in self.by_iri.values() if e.kind == "muscle"}
        self.mapped: dict[str, list[tuple[str, Entry]]] = defaultdict(list)  # term -> (predicate, entity)
        for row in mappings:
            if row["subject"] in self.by_iri:
                self.mapped[row["term"]].append((row["predicate"].removeprefix(SKOS), self.by_iri[row["subject"]]))
        # the words of graph names (outside terms' notations aside), for telling a near miss from filler
        self.name_words = {w for p, es in self.index.items() if any(e.kind != "xref" for e in es)
                           for w in p.split() if len(w) > 2 and not w.isdigit()} - _GENERAL
        self._name_word_list = sorted(self.name_words)
        self._suggestable = sorted({n for ns in self.shown.values() for n in ns})

    def targets(self, entry: Entry) -> list[tuple[str, Entry]]:
        """The graph entities an outside term maps to, with the SKOS predicate read from entity to term."""
        return sorted(self.mapped.get(entry.iri, []), key=lambda pe: (pe[1].label, pe[0]))

    def lookup(self, phrase: str) -> set[Entry]:
        return self.index.get(normalise(phrase), set())

    def near_miss(self, word: str) -> bool:
        """True when a word that names nothing is close to a word of a graph name ("medus", "supraspinatous")."""
        if len(word) < 4:
            return False
        return process.extractOne(word, self._name_word_list, scorer=fuzz.ratio, score_cutoff=80) is not None

    def resolve(self, name: str, kinds: tuple[str, ...] | None = None) -> Entry:
        """The one node called ``name`` (a name, synonym or IRI), optionally of the given kinds."""
        if name in self.by_iri:
            entry = self.by_iri[name]
            if kinds is None or entry.kind in kinds:
                return entry
        found = {e for e in self.lookup(name) if kinds is None or e.kind in kinds}
        if len(found) == 1:
            return next(iter(found))
        if len(found) > 1:
            choices = sorted(f"{e.label} ({e.kind})" for e in found)
            raise UnknownTerm([name], choices, None)
        raise UnknownTerm([name], self.suggest(name, kinds), "/".join(kinds) if kinds else None)

    def suggest(self, text: str, kinds: tuple[str, ...] | None = None, n: int = 5, cutoff: int = 60,
                scorer: str = "weighted") -> list[str]:
        """The graph names closest to ``text``, best first: by rapidfuzz's weighted ratio (which also finds a
        name that contains the text), or with ``scorer="ratio"`` by the plain ratio (close as a whole)."""
        names = (self._suggestable if kinds is None
                 else sorted({name for kind in kinds for name in self.shown.get(kind, ())}))
        found = process.extract(text, names, scorer=fuzz.WRatio if scorer == "weighted" else fuzz.ratio,
                                processor=utils.default_process, limit=n, score_cutoff=cutoff)
        return [name for name, _, _ in found]
