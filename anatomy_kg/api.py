"""The Python API: load the graph once, then ask it questions.

>>> import anatomy_kg
>>> kg = anatomy_kg.load()
>>> [m["label"] for m in kg.muscles(root="L5", action="hip abduction")][:3]
['gluteus medius', 'gluteus minimus', 'tensor fasciae latae']
>>> kg.nerve_roots("superior gluteal nerve")[0]["label"]
'L4'
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from . import answers
from . import ask as asking
from .backends import Backend, EmbeddedBackend, RemoteBackend
from .lexicon import Entry, Lexicon
from .loading import load_graph, load_store
from .queries import ANY_KIND, IRI, PARAMETER_KINDS, QueryError, bind, expand, load_query
from .words import SEGMENTS

VOCAB = "https://w3id.org/anatomy-kg/vocab/"

# The muscle filters of queries/muscles.rq and the kinds of node each accepts.
MUSCLE_FILTERS = {name: PARAMETER_KINDS[name] for name in (
    "root", "nerve", "action", "movement", "joint", "origin", "insertion", "attachment", "group", "region")}

NO_MAJOR_ROOTS = answers.NO_MAJOR_ROOTS

# the qualifiers of a sourced statement (queries/muscle-facts.rq), each a key of a fact row when present
QUALIFIERS = ("fibres", "role", "condition", "contribution", "fibreType", "comment")

EDUCATIONAL = "Educational use only: anatomy-kg is a teaching reference, not a diagnostic tool."


@dataclass
class Answer:
    question: str
    family: str
    query: str
    results: list[dict]
    bindings: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    understood: str = ""
    verdict: bool | None = None     # for a yes/no question
    ignored: list[str] = field(default_factory=list)   # words read as filler

    def as_dict(self) -> dict:
        return asdict(self)


def evidence_item(row: dict) -> dict:
    """One row of queries/evidence.rq as a fact's open-text evidence: what a page says, where, and (if it gives
    otherwise) how."""
    item = {"stance": row["stanceLabel"], "source": row["sourceLabel"], "locator": row["locator"],
            "url": row["page"], "quote": row["quote"]}
    if row["comment"]:
        item["comment"] = row["comment"]
    return item


def unstated_note(row: dict) -> str:
    """A note on what an open text gives that no statement of the graph does."""
    return (f"{row['sourceLabel']} ({row['locator']}) gives {row['subjectLabel']} {row['propertyLabel']} "
            f"{row['objectLabel']}: \"{row['quote']}\". No modern source of the graph gives it, so it is evidence "
            "only, not a fact: no answer, myotome or lesion counts it.")


def segment_key(label: str) -> tuple[int, int]:
    """Sort key for spinal segment names: C1 < ... < T12 < L1 < ... < S5 < Co1, in the order of words.SEGMENTS
    (which a test holds to the ontology's akg:segmentOrder); any other text after them."""
    return (0, SEGMENTS.index(label)) if label in SEGMENTS else (1, 0)


# The separators of the named queries' GROUP_CONCATs: names (muscles, nerves, joints) ", ", sources "; ", roots
# " "; muscles.rq's evidence: one record per statement, its fields apart (a condition may hold a comma).
NAMES, SOURCES, ROOTS = ", ", "; ", " "
RECORD, FIELD = "\x1e", "\x1f"


def _values(text: str | None, separator: str) -> list[str]:
    """The values of a GROUP_CONCAT, sorted, so that answers do not depend on a store's order."""
    return sorted({v for v in (text or "").split(separator) if v})


def _roots(text: str | None) -> list[str]:
    """Spinal segment names, cranial to caudal."""
    return sorted(set((text or "").split()), key=lambda r: (segment_key(r), r))


def _evidence(text: str | None) -> list[dict]:
    """muscles.rq's evidence: how each source states the action, with the qualifiers it gives (fibre part,
    role, condition, in that order)."""
    items = []
    for record in _values(text, RECORD):
        action, fibres, role, condition, source = record.split(FIELD)
        items.append({"action": action, "qualifiers": [q for q in (fibres, role, condition) if q], "source": source})
    return sorted(items, key=lambda e: (e["action"], e["qualifiers"], e["source"]))


class KnowledgeGraph:
    """The graph behind one backend, with the question layer on top."""

    def __init__(self, backend: Backend, paths: list[Path] | None = None) -> None:
        self.backend = backend
        self.paths = paths
        self.lexicon = Lexicon(self.backend.select(load_query("lexicon")),
                               self.backend.select(load_query("crosswalk/mappings")))

    # ------------------------------------------------------------ running named queries

    def select(self, query: str) -> list[dict]:
        """Rows of any SELECT query over the graph."""
        return self.backend.select(query)

    def run(self, name: str, **bindings: str) -> list[dict]:
        """Rows of the named query ``queries/<name>.rq`` with IRIs bound to its parameters."""
        return self._named(name, bindings)[0]

    def _named(self, name: str, bindings: dict[str, str]) -> tuple[list[dict], str]:
        """Rows of a named query with IRIs bound, and the query text that ran."""
        text = bind(load_query(name), {k: IRI(v) for k, v in bindings.items()})
        return self.select(text), text

    def binding(self, parameter: str, value: str) -> str:
        """The IRI a value given for a named query's parameter names, read as the parameter's kind of node
        (queries.PARAMETER_KINDS: root=L5 is the segment L5): a name, a synonym, an IRI or a prefixed name."""
        iri = expand(value)
        kinds = PARAMETER_KINDS.get(parameter)
        if kinds == ():   # not a node of the lexicon: ?contribution
            if iri is None:
                raise QueryError(f"?{parameter} takes an IRI or a prefixed name (akg:major), not {value!r}")
            return iri
        if parameter in ANY_KIND or kinds is None:   # any node; an IRI outside the lexicon as it is
            return iri if iri and iri not in self.lexicon.by_iri else self.lexicon.resolve(iri or value).iri
        return self.lexicon.resolve(iri or value, kinds).iri

    def _iri(self, name: str, kinds: tuple[str, ...]) -> Entry:
        return self.lexicon.resolve(name, kinds)

    # ------------------------------------------------------------ question families

    def muscles(self, major_only: bool = False, **filters: str | Iterable[str] | None) -> list[dict]:
        """Muscles matching every filter given: root, nerve, action, movement, joint, origin,
        insertion, attachment, group, region. A value is a name, synonym or IRI; a list of values means
        all of them (root=["L4", "L5"]). ``major_only``: a root filter counts only roots that a source
        marks as a major contribution to the muscle's supply."""
        unknown = set(filters) - set(MUSCLE_FILTERS)
        if unknown:
            raise TypeError(f"unknown filter(s) {sorted(unknown)}; use {sorted(MUSCLE_FILTERS)}")
        resolved: dict[str, list[Entry]] = {}
        for name, value in filters.items():
            if value is None:
                continue
            values = [value] if isinstance(value, str) else list(value)
            resolved[name] = [self._iri(v, MUSCLE_FILTERS[name]) for v in values]
        runs = answers.runs_from({name: [[e.iri] for e in entries] for name, entries in resolved.items()})
        return answers.muscle_rows(self, runs, _major(major_only))[0]

    def _muscles(self, binding_sets: list[dict[str, str]]) -> tuple[list[dict], str]:
        texts, kept = [], None
        for bindings in binding_sets or [{}]:
            found, text = self._named("muscles", bindings)
            texts.append(text)
            rows = {row["muscle"]: row for row in found}
            kept = rows if kept is None else {k: v for k, v in kept.items() if k in rows}
        results = []
        for row in kept.values():
            item = {"iri": row["muscle"], "label": row["label"], "nerves": _values(row.get("nerves"), NAMES),
                    "roots": _roots(row.get("roots"))}
            if row.get("evidence"):
                item["evidence"] = _evidence(row["evidence"])
            results.append(item)
        # muscles that a source names for the action without a qualifier first, then fibre parts,
        # assisting roles and conditions
        results.sort(key=lambda r: (not _unqualified(r.get("evidence")), r["label"]))
        return results, "\n".join(texts)

    def muscle(self, name: str, aspect: str | None = None) -> list[dict]:
        """What the sources say about one muscle, one row per sourced statement. ``aspect`` narrows it
        to origin, insertion, attachments, nerve, roots or actions."""
        entry = self._iri(name, ("muscle",))
        return self._muscle_facts(entry, aspect)[0]

    def _muscle_facts(self, entry: Entry, aspect: str | None) -> tuple[list[dict], str]:
        results, text, _ = self._muscle_facts_and_texts(entry, aspect)
        return results, text

    def _muscle_facts_and_texts(self, entry: Entry, aspect: str | None) -> tuple[list[dict], str, list[dict]]:
        """A muscle's facts, the query text, and the evidence (rows of queries/evidence.rq) for what open texts
        give that no statement does (Gray's 1918 gives the supinator C6): evidence only, never a fact."""
        found, text = self._named("muscle-facts", {"muscle": entry.iri})
        wanted = answers.ASPECT_PROPERTIES.get(aspect) if aspect else None
        parts = {row["valueLabel"]: row["value"] for row in found if row["property"] == VOCAB + "hasPart"}
        quotes = self.open_text_evidence([entry.iri, *parts.values()])

        def fact_of(row: dict) -> tuple[str, str, str]:   # (subject: the muscle or its part, property, value)
            return parts.get(row.get("partLabel"), entry.iri), row["property"], row["value"]

        results = []
        for row in found:
            prop = row["property"].removeprefix(VOCAB)
            if wanted is not None and prop not in wanted:
                continue
            item = {"property": row["propertyLabel"], "iri": row["value"], "label": row["valueLabel"],
                    **{k: str(row[k]) for k in QUALIFIERS if row.get(k)},
                    "sources": _values(row.get("sources"), SOURCES)}
            if row.get("partLabel"):
                item["part"] = row["partLabel"]
            fact = fact_of(row)
            if fact in quotes:
                item["quotes"] = [evidence_item(r) for r in quotes[fact]]
            if item["sources"]:   # quoted: an open text's page states it; cited: recalled from the works cited
                item["verification"] = "quoted" if any(r["stanceLabel"] == "supports" for r in quotes.get(fact, ())) \
                    else "cited"
            results.append(item)
        # every statement of the muscle and its parts is a row, so evidence on no row's fact is on no statement's
        stated = {fact_of(r) for r in found}
        unstated = [r for fact, rows in quotes.items() if fact not in stated
                    and (wanted is None or fact[1].removeprefix(VOCAB) in wanted) for r in rows]
        return results, text, unstated

    def open_text_evidence(self, subjects: list[str]) -> dict[tuple[str, str, str], list[dict]]:
        """What open texts say, word for word, about the facts of ``subjects``: the rows of
        queries/evidence.rq by fact (subject, property IRI, value IRI)."""
        out: dict[tuple[str, str, str], list[dict]] = {}
        for subject in subjects:
            for r in self.run("evidence", entity=subject):
                if r["subject"] == subject:
                    out.setdefault((subject, r["property"], r["object"]), []).append(r)
        return out

    def nerve_roots(self, name: str) -> list[dict]:
        """The root values of a nerve or plexus, cranial to caudal, with their sources."""
        return self._nerve_roots(self._iri(name, ("nerve",)))[0]

    def _nerve_roots(self, entry: Entry) -> tuple[list[dict], str]:
        found, text = self._named("nerve-roots", {"nerve": entry.iri})
        rows = []
        for r in found:
            row = {"iri": r["root"], "label": r["label"], "sources": _values(r.get("sources"), SOURCES)}
            if r["from"] != entry.iri:  # no roots of its own: those of the nearest nerve above, which bound it
                row["from"] = r["fromLabel"]
            rows.append(row)
        return rows, text

    def nerve_nuclei(self, name: str) -> list[dict]:
        """The nuclei whose cells give a cranial nerve's fibres (for a branch, those of its cranial nerve), with
        their sources: for a cranial nerve what root values are for a spinal nerve. Empty for a spinal nerve."""
        return self._nerve_nuclei(self._iri(name, ("nerve",)))[0]

    def _nerve_nuclei(self, entry: Entry) -> tuple[list[dict], str]:
        found, text = self._named("nerve-nuclei", {"nerve": entry.iri})
        rows = []
        for r in found:
            row = {"iri": r["nucleus"], "label": r["label"], "sources": _values(r.get("sources"), SOURCES),
                   "cranial_nerve": r["fromLabel"], "number": r.get("number")}
            if r["from"] != entry.iri:
                row["from"] = r["fromLabel"]
            rows.append(row)
        return rows, text

    def nerve_supplies(self, name: str) -> list[dict]:
        """The muscles a nerve or plexus supplies, directly or through its branches."""
        return self._nerve_supplies(self._iri(name, ("nerve",)))[0]

    def _nerve_supplies(self, entry: Entry) -> tuple[list[dict], str]:
        found, text = self._named("nerve-supplies", {"nerve": entry.iri})
        rows = [{"iri": r["muscle"], "label": r["label"], "via": r["viaLabel"], "roots": _roots(r.get("roots")),
                 "sources": _values(r.get("sources"), SOURCES)} for r in found]
        return rows, text

    def nerve_branches(self, name: str, aspect: str | None = None) -> list[dict]:
        """The nerves and plexus a nerve is a branch of (nearest first), and its named branches. ``aspect``:
        "parent" for the nerves above only, "branches" for those below, "terminal" for its direct branches."""
        return self._nerve_branches(self._iri(name, ("nerve",)), aspect)[0]

    def _nerve_branches(self, entry: Entry, aspect: str | None) -> tuple[list[dict], str]:
        found, text = self._named("nerve-branches", {"nerve": entry.iri})
        up, down = ("branch of", "formed from"), ("branch", "forms")
        wanted = {"parent": lambda r: r["relation"] in up, "branches": lambda r: r["relation"] in down,
                  "terminal": lambda r: r["relation"] in down and int(r["distance"]) == 1}.get(aspect)
        rows = []
        for r in (r for r in found if wanted is None or wanted(r)):
            row = {"relation": r["relation"], "iri": r["other"], "label": r["label"], "distance": int(r["distance"])}
            if r.get("viaLabel"):
                row["from"] = r["viaLabel"]
            rows.append(row)
        return rows, text

    def root_paths(self, muscle: str, root: str | None = None) -> list[dict]:
        """How each root of a muscle reaches it: one row per root, nerve and path through the plexus
        (root -> trunk -> division -> cord -> nerve), optionally for one root only."""
        entry = self._iri(muscle, ("muscle",))
        roots = [self._iri(root, ("root",))] if root else []
        return self._root_paths(entry, roots)[0]

    def _root_paths(self, entry: Entry, roots: list[Entry]) -> tuple[list[dict], str]:
        from .plexus import paths

        found, text = self._named("root-paths", {"muscle": entry.iri})
        tree = self.nerve_tree()
        wanted = {r.iri for r in roots}
        rows = []
        for r in found:
            if wanted and r["root"] not in wanted:
                continue
            row = {"root": r["rootLabel"], "label": r["partLabel"], "iri": r["part"], "nerve": r["nerveLabel"]}
            routes = paths(tree, r["nerve"], r["root"])
            if not routes:
                rows.append({**row, "path": [], "note": f"not through the {r['nerveLabel']}: its sources give it no "
                                                        f"{r['rootLabel']}"})
            for route in routes:
                rows.append({**row, "path": [r["rootLabel"], *(tree.names[n] for n in route), r["partLabel"]]})
        return rows, text + "\n" + load_query("lesion/nerve-tree")

    def root_actions(self, root: str, major_only: bool = False) -> list[dict]:
        """The joint actions that depend on a spinal root: for each, the muscles of the root's myotome
        that produce it and how many muscles produce it in all."""
        return self._root_actions({"root": self._iri(root, ("root",)).iri, **_major(major_only)})[0]

    def _root_actions(self, bindings: dict[str, str]) -> tuple[list[dict], str]:
        found, text = self._named("root-actions", bindings)
        # the actions most in the root's hands first: all of their muscles are in its myotome
        found = sorted(found, key=lambda r: (-int(r["count"]) / int(r["all"]), r["actionLabel"]))
        rows = [{"iri": r["action"], "label": r["actionLabel"], "muscles": _values(r["muscles"], NAMES),
                 "share": {"count": int(r["count"]), "of": int(r["all"])}} for r in found]
        return rows, text

    def myotome(self, root: str | None = None, source: str | None = None, major_only: bool = False) -> list[dict]:
        """The textbook myotome: for each root (or one), the muscles whose segmental innervation includes
        it, as each source (or one) gives it."""
        bindings = {**({"root": self._iri(root, ("root",)).iri} if root else {}),
                    **({"source": self._iri(source, ("source",)).iri} if source else {}), **_major(major_only)}
        return self._myotome(bindings)[0]

    def _myotome(self, bindings: dict[str, str]) -> tuple[list[dict], str]:
        found, text = self._named("myotome", bindings)
        rows = [{"iri": r["segment"], "label": r["label"], "source": r["sourceLabel"], "count": int(r["count"]),
                 "muscles": _values(r["muscles"], NAMES)} for r in found]
        return rows, text

    def dominant_roots(self, muscle: str | None = None) -> list[dict]:
        """The roots a source marks as the major (dominant) supply of each muscle, or of one muscle."""
        return self._dominant_roots({"muscle": self._iri(muscle, ("muscle",)).iri} if muscle else {})[0]

    def _dominant_roots(self, bindings: dict[str, str]) -> tuple[list[dict], str]:
        found, text = self._named("dominant-roots", bindings)
        rows = [{"iri": r["subject"], "label": r["label"], "root": r["rootLabel"],
                 "sources": _values(r.get("sources"), SOURCES)} for r in found]
        return rows, text

    def _major_note(self, bindings: list[dict[str, str]]) -> list[str]:
        """Where "major roots only" was asked and no statement in the graph marks a major root, say so."""
        if not any("contribution" in b for b in bindings) or self._dominant_roots({})[0]:
            return []
        return [NO_MAJOR_ROOTS]

    def two_joint_muscles(self, joint: str | None = None) -> list[dict]:
        """Muscles that act on two or more joints; with ``joint``, only those acting on that joint too."""
        bindings = {"joint": self._iri(joint, ("joint",)).iri} if joint else {}
        return self._two_joint(bindings)[0]

    def _two_joint(self, bindings: dict[str, str]) -> tuple[list[dict], str]:
        found, text = self._named("two-joint-muscles", bindings)
        rows = [{"iri": r["muscle"], "label": r["label"], "joints": _values(r["joints"], NAMES)} for r in found]
        return rows, text

    def antagonists(self, muscle: str) -> list[dict]:
        """Muscles producing the opposite movement at a joint where ``muscle`` acts."""
        return self._related("antagonists", self._iri(muscle, ("muscle",)))[0]

    def synergists(self, muscle: str) -> list[dict]:
        """Muscles sharing a joint action with ``muscle``."""
        return self._related("synergists", self._iri(muscle, ("muscle",)))[0]

    def _related(self, name: str, entry: Entry, only: dict[str, str] | None = None) -> tuple[list[dict], str]:
        found, text = self._named(name, {"muscle": entry.iri, **(only or {})})
        # a synergist's actions are the shared actions; an antagonist's, the pairs of opposed actions
        by_muscle: dict[str, dict] = {}
        for r in found:
            item = by_muscle.setdefault(r["other"], {"iri": r["other"], "label": r["label"], "actions": set()})
            item["actions"].add((r["actionLabel"], r["opposedLabel"]) if "opposedLabel" in r else r["actionLabel"])
        rows = [{**item, "actions": [{"action": a[0], "opposed": a[1]} if isinstance(a, tuple) else a
                                     for a in sorted(item["actions"])]} for item in by_muscle.values()]
        return sorted(rows, key=lambda r: r["label"]), text

    def joint_movements(self, joint: str) -> list[dict]:
        """A joint's actions, each with the muscles that produce it."""
        return self._joint_movements(self._iri(joint, ("joint",)))[0]

    def _joint_movements(self, entry: Entry) -> tuple[list[dict], str]:
        found, text = self._named("joint-movements", {"joint": entry.iri})
        by_action: dict[str, dict] = {}
        for r in found:
            item = by_action.setdefault(r["action"], {"iri": r["action"], "label": r["actionLabel"], "muscles": []})
            if "label" in r:
                item["muscles"].append(r["label"])
        rows = [{**item, "muscles": sorted(set(item["muscles"]))} for item in by_action.values()]
        return sorted(rows, key=lambda r: r["label"]), text

    def site(self, name: str) -> list[dict]:
        """The muscles that arise from or insert on a bone, landmark or tissue (or any part of it)."""
        return self._site(self._iri(name, ("site",)))[0]

    def key_muscles(self, root: str | None = None) -> list[dict]:
        """The key action and muscles a clinical standard (ISNCSCI) tests for each myotome, or for one root."""
        return self._key_muscles({"root": self._iri(root, ("root",)).iri} if root else {})[0]

    def _key_muscles(self, bindings: dict[str, str]) -> tuple[list[dict], str]:
        found, text = self._named("key-muscles", bindings)
        rows = [{"iri": r["segment"], "label": r["label"], "action": r["actionLabel"],
                 "muscles": _values(r.get("muscles"), NAMES), "sources": _values(r.get("sources"), SOURCES)}
                for r in found]
        return rows, text

    # ------------------------------------------------------------ lesions (educational, not diagnostic)

    def nerve_tree(self):
        """The nerves and plexuses with what each comes from and its root values (anatomy_kg.plexus.NerveTree),
        read once."""
        from .plexus import NerveTree

        if getattr(self, "_nerve_tree", None) is None:
            self._nerve_tree = NerveTree.read(self)
        return self._nerve_tree

    def _lesions(self):
        from . import lesions

        if getattr(self, "_lesion_model", None) is None:
            self._lesion_model = lesions.build(self)
        return lesions, self._lesion_model

    def lesion_effects(self, name: str) -> dict:
        """What a lesion of one root, nerve, plexus part or named level on a nerve ("radial nerve at the radial
        groove") weakens: its muscles, and each action whose main movers it hits. Educational, not diagnostic."""
        return copy.deepcopy(self._effects(self._iri(name, ("root", "nerve", "lesion site"))))

    def _effects(self, entry: Entry) -> dict:
        """The lesion model's own record of what the lesion weakens: read it, do not change it."""
        _, model = self._lesions()
        if entry.iri not in model.candidates:
            raise asking.UnsupportedQuestion(f"{entry.label} supplies no muscle in the graph")
        return model.effects[entry.iri]

    def localise(self, weak: Iterable[str], spared: Iterable[str] = ()) -> dict:
        """Rank the roots and nerves whose lesion best explains the weak findings (joint actions or muscles,
        by name or IRI) without weakening the spared ones. Educational, not diagnostic."""
        lesions, model = self._lesions()
        resolve = lambda names: [self._iri(n, ("action", "muscle")).iri for n in names]  # noqa: E731
        return lesions.localise(model, resolve(weak), resolve(spared))

    def _findings(self, model, findings: list[Entry]) -> list[str]:
        """The IRIs of the actions and muscles of a question's findings; a weak group is its muscles."""
        out = []
        for finding in findings:
            if finding.kind == "group":
                out += [m["muscle"] for m in self.run("muscles", group=finding.iri)]
            else:
                out.append(finding.iri)
        return out

    # ------------------------------------------------------------ questions in words

    def ask(self, question: str) -> Answer:
        """Answer a question in words: the parser (anatomy_kg.ask) reads it as a family of the registry
        (anatomy_kg.families) with its slots filled, and the family's answer function runs its queries."""
        from .families import BY_NAME

        plan = asking.parse(question, self.lexicon)
        results, text, notes = BY_NAME[plan.family].answer(self, plan)
        if "count" in plan.tags:
            notes = [f"{len(results)} result{'' if len(results) == 1 else 's'}.", *notes]
        verdict = all(r["verdict"] for r in results) if plan.family == "check" else None
        return Answer(question, plan.family, text, results, plan.bindings, plan.readings + notes, plan.explain(),
                      verdict=verdict, ignored=plan.ignored)

    def _crosswalk(self, entry: Entry) -> tuple[list[dict], str]:
        found, text = self._named("crosswalk", {"node": entry.iri})
        rows = [{"vocabulary": r["setLabel"], "term": r["notation"], "term_name": r.get("termLabel", ""),
                 "relation": asking.MAPPED_AS.get(r["predicate"].rsplit("#", 1)[1], r["predicate"]), "set": r["set"],
                 "label": r["subjectLabel"], "iri": r["subject"], "predicate": r["predicate"]} for r in found]
        return rows, text

    def crosswalk(self, name: str) -> list[dict]:
        """What an outside vocabulary's term maps to in the graph (glmed1_r, HP:0012515, "Quads"), or which
        outside terms a graph entity maps to: one row per mapping, with its vocabulary and SKOS predicate."""
        return self._crosswalk(self.lexicon.resolve(name))[0]

    def translate(self, names: Iterable[str], to: str, source: str | None = None) -> list[dict]:
        """Translate names from one vocabulary to another through the graph (see anatomy_kg.crosswalks)."""
        from .crosswalks import translate

        return translate(self, names, to, source)

    def _site(self, entry: Entry) -> tuple[list[dict], str, list[str]]:
        found, text = self._named("site", {"site": entry.iri})
        rows = [{"iri": r["muscle"], "label": r["label"], "attachment": r["role"], "on": r["onLabel"]}
                for r in found if "muscle" in r]
        notes = []
        formed_by = sorted(found[0]["formedByLabels"].split("|")) if found and found[0].get("formedByLabels") else []
        if formed_by:
            notes.append(f"The {entry.label} is formed by the {' and the '.join(formed_by)}.")
        elif found and found[0].get("boneLabel"):
            first = found[0]
            whole = f" (of the {first['wholeLabel']})" if first.get("wholeLabel") else ""
            within = f", within the {first['withinLabel']}" if first.get("withinLabel") else ""
            notes.append(f"The {entry.label} is part of the {first['boneLabel']}{whole}{within}.")
        return rows, text, notes

    def _lesion_queries(self) -> str:
        return _lesion_query_text()

    # ------------------------------------------------------------ other views

    def construct(self, query: str):
        """The rdflib Graph a SPARQL CONSTRUCT (or DESCRIBE) query builds, on whichever store answers."""
        return self.backend.construct(query)

    def n_triples(self) -> bytes:
        """Every triple of the graph as N-Triples, from whichever store holds it (for `anatomy-kg push`)."""
        return self.backend.n_triples()

    def rdflib_graph(self):
        """The same graph as a plain rdflib Graph (for pySHACL, networkx, serialisation): the files it was
        loaded from, or, on an endpoint, every triple the endpoint's graph holds."""
        if isinstance(self.backend, RemoteBackend):
            return self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        return load_graph(self.paths)[0]


@cache
def _lesion_query_text() -> str:
    from .lesions import QUERIES

    return "\n".join(load_query(q) for q in QUERIES)


def _major(major_only: bool) -> dict[str, str]:
    return {"contribution": asking.MAJOR} if major_only else {}


def _unqualified(evidence: list[dict] | None) -> bool:
    """True when some source states the action plainly, without a fibre part, role or condition (or when no
    action was asked about)."""
    return not evidence or any(not e["qualifiers"] for e in evidence)


def _disagreements(facts: list[dict]) -> list[str]:
    """A note for each muscle (or part) whose sources give different sets of roots."""
    by_part: dict[str, dict[str, set[str]]] = {}
    for fact in facts:
        if fact["property"] == "segmental innervation":
            for source in fact["sources"]:
                by_part.setdefault(fact.get("part", ""), {}).setdefault(source, set()).add(fact["label"])
    notes = []
    for part, by_source in sorted(by_part.items()):
        if len({frozenset(v) for v in by_source.values()}) > 1:
            parts = [f"{s}: {' '.join(sorted(v, key=segment_key))}" for s, v in sorted(by_source.items())]
            whose = f" of the {part}" if part else ""
            notes.append(f"The sources disagree on the segmental innervation{whose}: " + "; ".join(parts) + ".")
    return notes


STORE_SELECTORS = ("embedded", "endpoint:URL", "file:PATH[,PATH...]")


class StoreError(ValueError):
    """A store selector that names no store this command can use."""


def store_files(selector: str) -> list[Path] | None:
    """The files a store selector names: None for the shipped graph, else the vocabulary and the "file:" paths
    (Turtle files, curation tables or folders of them). StoreError for an endpoint or an unknown selector."""
    from .resources import source_files, vocabulary_files

    if selector == "embedded":
        return None
    kind, _, rest = selector.partition(":")
    if kind != "file" or not rest:
        raise StoreError(f"not a store of files: {selector!r} (use one of {', '.join(STORE_SELECTORS)})")
    files = []
    for part in rest.split(","):
        path = Path(part)
        if not path.exists():
            raise FileNotFoundError(f"{selector!r}: no such file or folder: {path}")
        files += source_files(path) if path.is_dir() else [path]
    return [*vocabulary_files(), *files]


def open_store(selector: str = "embedded", *, graph: str | None = None, timeout: float = 30.0) -> KnowledgeGraph:
    """The graph a store selector names, in the manner of OAK's selectors: "embedded" (the shipped graph),
    "endpoint:URL" (a SPARQL 1.1 endpoint; ``graph``: its named graph) or "file:PATH[,PATH...]" (these Turtle
    files, tables or folders, with the vocabulary, in the embedded store)."""
    kind, _, rest = selector.partition(":")
    if kind == "endpoint" and rest:
        return load(endpoint=rest, graph=graph, timeout=timeout)
    return load(store_files(selector))


def load(paths: Iterable[Path | str] | None = None, *, endpoint: str | None = None,
         graph: str | None = None, timeout: float = 30.0) -> KnowledgeGraph:
    """The shipped graph (or the given Turtle files) in the embedded store; or, with ``endpoint``, the graph
    held by that SPARQL 1.1 endpoint (``graph``: the named graph it was pushed to, see ``anatomy-kg push``).
    Every question runs the same named queries on either backend."""
    if endpoint is not None:
        return KnowledgeGraph(RemoteBackend(endpoint, graph=graph, timeout=timeout))
    files = None if paths is None else [Path(p) for p in paths]
    return KnowledgeGraph(EmbeddedBackend(load_store(files)), files)
