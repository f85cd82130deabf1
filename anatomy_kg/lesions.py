"""Lesion effects and lesion localisation, for teaching. EDUCATIONAL, NOT DIAGNOSTIC.

The model, stated plainly so a teacher can judge it:
- a root lesion affects every muscle whose segmental innervation includes that root (any source);
- a nerve lesion affects every muscle supplied by the nerve or by any of its branches; a lesion of a nerve
  "below its direct muscular branches" (e.g. the common fibular nerve at the neck of the fibula) affects
  only the muscles of its branches; a lesion at a named level (the radial nerve at the radial groove)
  spares what its source says arises above that level;
- a plexus part reaches, through a nerve formed from several (a cord into the median nerve), only the
  muscles that share one of its roots;
- a lesion weakens an action in proportion to the share of its main movers it affects (a main mover is a
  muscle that some source says produces the action without qualification: not only assisting or in some
  position; a statement about some of its fibres counts); a spared action counts against a lesion in the
  same proportion.
Candidates are ranked by parsimony (one lesion before two), then by how many weak findings they explain,
then by a score (see ``localise``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations

from .queries import load_query

DISCLAIMER = ("Educational use only: a teaching model of which muscles share nerves and roots, "
              "not a diagnostic tool; real lesions are partial and patients vary.")
QUERIES = ("lesion/territories", "lesion/nerve-tree", "lesion/sites", "lesion/movers")
PRIOR = {"plexus": 0.5, "plexus part": 0.5}  # plexus lesions are the rarer explanation


@dataclass(frozen=True)
class Candidate:
    key: str          # IRI of the root or nerve; nerves below their direct branches get a "#distal" suffix
    label: str
    kind: str         # "root", "nerve", "plexus", "plexus part", "nerve below its direct branches" or
                      # "nerve at a level" (a lesion site)
    muscles: frozenset[str]


def _sites(kg) -> dict[str, tuple[str, str, set[str]]]:
    """Lesion sites: name, nerve and what arises above them (spared)."""
    sites: dict[str, tuple[str, str, set[str]]] = {}
    for row in kg.select(load_query("lesion/sites")):
        sites.setdefault(row["site"], (row["label"], row["nerve"], set()))[2].update(
            [row["spared"]] if row.get("spared") else [])
    return sites


@dataclass
class Model:
    labels: dict[str, str]                           # muscle and action IRIs -> names
    candidates: dict[str, Candidate]
    movers: dict[str, set[str]]                      # action -> main movers
    actions_by_parts: dict[tuple[str, str], str] = field(default_factory=dict)  # (movement, joint) -> action
    effects: dict[str, dict] = field(default_factory=dict)   # lesion key -> what it weakens (_effects)

    def action_for(self, movement: str, joint: str) -> str | None:
        return self.actions_by_parts.get((movement, joint))

    @cached_property
    def moved_by(self) -> dict[str, set[str]]:   # main mover -> the actions it moves
        index: dict[str, set[str]] = defaultdict(set)
        for action, main in self.movers.items():
            for muscle in main:
                index[muscle].add(action)
        return dict(index)

    def weakened(self, muscles: frozenset[str]) -> set[str]:
        return set().union(*(self.moved_by.get(m, ()) for m in muscles))


def build(kg) -> Model:
    """Read the territories, the nerve tree, the lesion sites and the movers from the graph (named queries)."""
    labels: dict[str, str] = {}
    by_nerve: dict[str, set[str]] = defaultdict(set)
    by_root: dict[str, set[str]] = defaultdict(set)
    roots_of: dict[str, set[str]] = defaultdict(set)
    for row in kg.select(load_query("lesion/territories")):
        labels[row["muscle"]] = row["label"]
        by_nerve[row["nerve"]].add(row["muscle"])
        if "root" in row:   # none for a muscle supplied only by cranial nerves
            by_root[row["root"]].add(row["muscle"])
            roots_of[row["muscle"]].add(row["root"])
    tree = kg.nerve_tree()
    territory = tree.territories(by_nerve, roots_of)

    candidates: dict[str, Candidate] = {}
    for root, muscles in by_root.items():
        label = root.rsplit("/", 1)[1]
        candidates[root] = Candidate(root, f"{label} root", "root", frozenset(muscles))
    for nerve, name in tree.names.items():
        part = tree.parts.get(nerve)
        if part in ("PlexusRoot", "Division"):  # a root lesion is the segment's; divisions are not named lesions
            continue
        whole = frozenset(territory[nerve])
        if whole:
            kind = "plexus" if "/plexus/" in nerve else "plexus part" if part else "nerve"
            candidates[nerve] = Candidate(nerve, name, kind, whole)
        distal = whole - by_nerve[nerve]
        if by_nerve[nerve] and distal:
            candidates[nerve + "#distal"] = Candidate(nerve + "#distal", f"{name}, below its direct muscular branches",
                                                      "nerve below its direct branches", frozenset(distal))
    for site, (name, nerve, spared) in _sites(kg).items():
        kept = set(territory[nerve])
        for item in spared:
            kept -= territory.get(item, set()) | {item}
        if kept:
            candidates[site] = Candidate(site, name, "nerve at a level", frozenset(kept))
    movers: dict[str, set[str]] = defaultdict(set)
    parts: dict[tuple[str, str], str] = {}
    for row in kg.select(load_query("lesion/movers")):
        labels[row["action"]] = row["label"]
        parts[(row["movement"], row["joint"])] = row["action"]
        if row["main"]:
            movers[row["action"]].add(row["muscle"])
    model = Model(labels, candidates, dict(movers), parts)
    model.effects = {key: _effects(model, key) for key in candidates}   # each lesion's, worked out once
    return model


def _effects(model: Model, key: str) -> dict:
    """What a lesion of one root or nerve weakens: its muscles, and the actions whose main movers it hits."""
    candidate = model.candidates[key]
    actions = []
    for action in sorted(model.weakened(candidate.muscles), key=model.labels.get):
        hit = model.movers[action] & candidate.muscles
        actions.append({"action": model.labels[action], "iri": action,
                        "lost": "all main movers" if model.movers[action] <= candidate.muscles else "some main movers",
                        "muscles": sorted(model.labels[m] for m in hit)})
    return {"lesion": candidate.label, "kind": candidate.kind,
            "muscles": sorted(model.labels[m] for m in candidate.muscles), "actions": actions}


def finding_muscles(model: Model, finding: str) -> set[str]:
    """The muscles a finding is about: an action's main movers, or the muscle itself."""
    return model.movers.get(finding, {finding})


def strength(model: Model, muscles: frozenset[str], finding: str) -> float:
    """How much a lesion hitting ``muscles`` weakens a finding: the share of its main movers it hits (for a
    muscle finding, 1 or 0)."""
    targets = finding_muscles(model, finding)
    return len(targets & muscles) / len(targets) if targets else 0.0


def localise(model: Model, weak: list[str], spared: list[str] = (), *, top: int = 5) -> dict:
    """Rank single roots and nerves (then pairs) that explain the weak findings without weakening the spared
    ones. ``weak`` and ``spared`` are IRIs of joint actions or muscles.

    Score of a candidate = prior x product over weak findings of the share of main movers it hits x product
    over spared findings of the share it leaves intact. Prior: 1 for a root or a nerve, 0.5 for a plexus or
    a part of one (trunk, cord: plexus lesions are the rarer explanation). Order: fewest lesions, most weak
    findings explained, score.
    """
    def score(group: tuple[Candidate, ...]) -> dict:
        muscles = frozenset().union(*(c.muscles for c in group))
        value = 1.0
        for c in group:
            value *= PRIOR.get(c.kind, 1.0)
        explained = []
        for f in weak:
            share = strength(model, muscles, f)
            value *= share
            if share:
                explained.append(f)
        contradicted = []
        for f in spared:
            share = strength(model, muscles, f)
            value *= 1 - share
            if share >= 0.5:
                contradicted.append(f)
        extra = model.weakened(muscles) - set(weak) - set(spared)
        return {"lesions": group, "explained": explained, "contradicted": contradicted, "extra": extra,
                "muscles": muscles, "score": value}

    singles = [score((c,)) for c in model.candidates.values()]
    ranked = [s for s in singles if len(s["explained"]) == len(weak)]
    if not ranked:  # the fewest lesions: pairs of candidates that together explain every weak finding
        useful = sorted((s for s in singles if s["explained"]), key=lambda s: -len(s["explained"]))[:25]
        pairs = [score(a["lesions"] + b["lesions"]) for a, b in combinations(useful, 2)]
        ranked = [p for p in pairs if len(p["explained"]) == len(weak)] or singles
    ranked.sort(key=lambda s: (len(s["lesions"]), -len(s["explained"]), -round(s["score"], 6), len(s["extra"]),
                               " + ".join(c.label for c in s["lesions"])))
    results = []
    for rank, s in enumerate(ranked[:top], 1):
        evidence = [{"finding": model.labels.get(f, f),
                     "muscles": sorted(model.labels[m] for m in finding_muscles(model, f) & s["muscles"])}
                    for f in weak]
        row = {
            "rank": rank,
            "label": " + ".join(c.label for c in s["lesions"]),
            "lesions": [{"iri": c.key, "label": c.label, "kind": c.kind} for c in s["lesions"]],
            "score": round(s["score"], 4),
            "explains": {"count": len(s["explained"]), "of": len(weak)},
            "contradicts": [model.labels.get(f, f) for f in s["contradicted"]],
            "also_weak": len(s["extra"]),
            "explained_by": evidence,  # each weak finding, with the muscles of it the lesion hits (none: unexplained)
        }
        if len(s["lesions"]) == 1:  # one lesion: the row is that root or nerve
            row = {**row, "iri": s["lesions"][0].key, "kind": s["lesions"][0].kind}
        results.append(row)
    notes = [DISCLAIMER]
    if len(ranked) >= 2:
        a, b = ranked[0], ranked[1]
        only_a = sorted(model.labels[m] for m in a["muscles"] - b["muscles"])
        only_b = sorted(model.labels[m] for m in b["muscles"] - a["muscles"])
        la = " + ".join(c.label for c in a["lesions"])
        lb = " + ".join(c.label for c in b["lesions"])
        notes.append(f"To tell {la} from {lb}: test muscles weak only in the first ({', '.join(only_a[:6]) or 'none'}) "
                     f"and only in the second ({', '.join(only_b[:6]) or 'none'}).")
    return {"results": results, "notes": notes}
