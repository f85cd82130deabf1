"""One answer function per question family of the registry (anatomy_kg.families).

Each takes the KnowledgeGraph and the Plan (the family and its filled slots) and returns the answer's rows,
the SPARQL that ran, and its notes. Rows are data (lists, numbers, objects); formatting is in output.py.
"""

from __future__ import annotations

from itertools import product

from .ask import MAJOR, Plan, UnsupportedQuestion, clauses
from .cues import NUCLEUS_CUES
from .lexicon import Entry
from .words import ROMAN

NO_MAJOR_ROOTS = ("No source in the graph marks a major (dominant) root for these muscles: the sources cited give"
                  " root values without ranking them, so no root is called dominant.")

# A muscle-facts question asks for one aspect (or, with none named, all of them): the cue tag, the aspect.
ASPECT_OF_TAGS = (("origin+insertion", "attachments"), ("attachment", "attachments"), ("origin", "origin"),
                  ("insertion", "insertion"), ("root", "roots"), ("group", "group"), ("nerve", "nerve"),
                  ("supply", "nerve"), ("action", "actions"))
ASPECT_PROPERTIES = {
    "origin": {"origin"},
    "insertion": {"insertion"},
    "attachments": {"origin", "insertion"},
    "nerve": {"innervatedBy"},
    "roots": {"segmentalInnervation"},
    "actions": {"action"},
    "group": {"memberOf", "region"},
}
# what a yes/no question's object is checked against, by its kind
CHECKED_ASPECT = {"root": "roots", "nerve": "nerve", "action": "actions", "movement": "actions", "joint": "actions",
                  "site": "attachments", "group": "group", "region": "group"}


def aspect(tags: set[str]) -> str | None:
    for tag, name in ASPECT_OF_TAGS:
        if set(tag.split("+")) <= tags:
            return name
    return None


def _contribution(plan: Plan) -> dict[str, str]:
    return {"contribution": MAJOR} if "major" in plan.tags and plan.slots.get("root") else {}


def _site_role(tags: set[str]) -> str:
    if "insertion" in tags and "origin" not in tags:
        return "insertion"
    if "origin" in tags and "insertion" not in tags:
        return "origin"
    return "attachment"


# ------------------------------------------------------------------ muscles by filters


# the slots of the muscles family that filter queries/muscles.rq
FILTER_SLOTS = ("root", "nerve", "action", "movement", "site", "group", "region", "joint")


def filter_runs(plan: Plan, slots=FILTER_SLOTS, negated: bool = False) -> list[list[dict[str, str]]]:
    """The runs of queries/muscles.rq for the filter slots: a list of AND-steps, each a list of alternative
    binding sets ("L4 or S1": one step with two alternatives). A muscle must be in some alternative of
    every step."""
    role = _site_role(plan.tags)
    steps: dict[str, list[list[str]]] = {}
    for name in slots:
        for fill in plan.slots.get(name, []):
            if fill.mention.negated != negated:
                continue
            binding = role if name == "site" else name
            values = [e.iri for e in fill.entries]
            groups = steps.setdefault(binding, [])
            if fill.mention.joined_by_or and groups:
                groups[-1].extend(values)
            else:
                groups.append(values)
    if not steps:
        return [] if negated else [[{}]]
    return runs_from(steps)


def runs_from(steps: dict[str, list[list[str]]]) -> list[list[dict[str, str]]]:
    """Runs for filter values: per binding name, its AND-groups, each a list of OR-alternatives. Run k
    binds the k-th group of every name (the first, for a name with fewer groups), so a plain question
    is one query and "L4 and L5" two, intersected."""
    if not steps:
        return [[{}]]
    depth = max(len(g) for g in steps.values())
    runs = []
    for k in range(depth):
        choices = [[(name, v) for v in groups[k]] for name, groups in steps.items() if k < len(groups)]
        # the first values of the other slots join every run, so that one query answers a plain question
        fixed = {name: groups[0][0] for name, groups in steps.items() if k >= len(groups) and len(groups[0]) == 1}
        runs.append([{**fixed, **dict(combo)} for combo in product(*choices)])
    return runs


def muscle_rows(kg, runs: list[list[dict[str, str]]], extra: dict[str, str]) -> tuple[list[dict], list[str]]:
    kept, texts = None, []
    for alternatives in runs:
        found: dict[str, dict] = {}
        for bindings in alternatives:
            rows, text = kg._muscles([{**bindings, **extra}])
            texts.append(text)
            for row in rows:
                found.setdefault(row["iri"], row)
        kept = found if kept is None else {k: v for k, v in kept.items() if k in found}
    return list((kept or {}).values()), texts


def muscles(kg, plan: Plan):
    extra = _contribution(plan)
    runs = filter_runs(plan)
    plan.bindings = [{**b, **extra} for step in runs for b in step]
    rows, texts = muscle_rows(kg, runs, extra)
    excluded = {e.iri for e in plan.entries("except")}
    notes = []
    for step in filter_runs(plan, negated=True):
        out, more = muscle_rows(kg, [step], {})
        texts += more
        excluded |= {r["iri"] for r in out}
    if excluded:
        notes.append("Excluded: " + ", ".join(sorted({r["label"] for r in rows if r["iri"] in excluded})
                                              or ["none of the muscles found"]) + ".")
    rows = [r for r in rows if r["iri"] not in excluded]
    if any(not f.mention.negated for f in plan.slots.get("region", [])):  # say what the region left out
        others = [s for s in FILTER_SLOTS if s != "region" and plan.slots.get(s)]
        if others:
            wider, more = muscle_rows(kg, filter_runs(plan, slots=others), extra)
            texts += more
            kept = {r["iri"] for r in rows}
            left_out = [r for r in wider if r["iri"] not in kept and r["iri"] not in excluded]
            if left_out and (not rows or len(left_out) <= 5):  # a short list, or why nothing is left
                notes += _region_note(kg, plan, left_out)[1:]
    order = {r["iri"]: k for k, r in enumerate(rows)}
    rows.sort(key=lambda r: order[r["iri"]])
    if "major" in plan.tags and plan.slots.get("root"):
        notes += kg._major_note([extra])
    return rows, "\n".join(texts), notes


# ------------------------------------------------------------------ one or several muscles


def subjects(kg, plan: Plan, slot: str = "muscle") -> tuple[list[Entry], dict[str, list[str]]]:
    """The muscles a question is about, a group read as its members and a joint action as the muscles that
    produce it ("the pronators"); and, for each group or action, the IRIs of those muscles."""
    out, members = [], {}
    for entry in plan.entries(slot):
        if entry.kind in ("group", "action"):
            members[entry.iri] = []
            for row in kg.run("muscles", **{entry.kind: entry.iri}):
                member = kg.lexicon.by_iri.get(row["muscle"]) or Entry(row["muscle"], "muscle", row["label"])
                out.append(member)
                members[entry.iri].append(member.iri)
        else:
            out.append(entry)
    seen: dict[str, Entry] = {}
    for e in out:
        seen.setdefault(e.iri, e)
    return list(seen.values()), members


def muscle_facts(kg, plan: Plan):
    muscles_, _ = subjects(kg, plan)
    wanted = aspect(plan.tags)
    from .api import _disagreements, unstated_note

    rows, texts, unstated = [], [], []
    for muscle in muscles_:
        found, text, open_text = kg._muscle_facts_and_texts(muscle, wanted)
        texts.append(text)
        unstated += open_text
        rows += [{"muscle": muscle.label, **r} if len(muscles_) > 1 else r for r in found]
    plan.bindings = [{"muscle": m.iri} for m in muscles_]
    notes = _disagreements(rows) if len(muscles_) == 1 else []
    return rows, "\n".join(texts), notes + [unstated_note(r) for r in unstated]


def _related(kg, plan: Plan, name: str):
    """Antagonists or synergists of muscles.

    - At one joint when one is named ("the hamstrings' antagonists at the knee").
    - For a group, for the actions all its members share: the hamstrings' antagonists are the hip flexors and
      knee extensors, not the knee's medial rotators (which oppose one hamstring's rotation and flex the knee
      with all three).
    - For muscles named by their action, for that action ("the antagonists of the pronators": of pronation)."""
    muscles_, members = subjects(kg, plan)
    named = {e.iri for e in plan.entries("muscle") if e.kind == "muscle"}
    own = {m.iri for m in muscles_}
    joint = {"joint": plan.one("joint").iri} if plan.one("joint") else {}
    actions_of = {e.iri: members[e.iri] for e in plan.entries("muscle") if e.kind == "action"}
    found_for: dict[str, list[dict]] = {}
    texts, bindings = [], []
    for muscle in muscles_:
        via = [a for a, doers in actions_of.items() if muscle.iri in doers]
        grouped = any(muscle.iri in doers for g, doers in members.items() if g not in actions_of)
        only = [{"action": a} for a in via] if via and muscle.iri not in named and not grouped else [{}]
        found_for[muscle.iri] = []
        for extra in only:
            rows_, text = kg._related(name, muscle, {**joint, **extra})
            found_for[muscle.iri] += rows_
            texts.append(text)
            bindings.append({"muscle": muscle.iri, **joint, **extra})
    shared = set()
    for group, doers in members.items():
        if group not in actions_of:
            shared |= _keep_shared(found_for, [d for d in doers if d not in named])
    by_other: dict[str, dict] = {}
    labels = {m.iri: m.label for m in muscles_}
    for muscle_iri, found in found_for.items():
        for row in found:
            if row["iri"] in own:
                continue
            item = by_other.setdefault(row["iri"], {**row, "of": []})
            item["of"].append(labels[muscle_iri])
            if item is not row and item.get("actions") != row.get("actions"):
                item["actions"] = _merge(item["actions"], row["actions"])
    plan.bindings = bindings
    rows = sorted(by_other.values(), key=lambda r: r["label"])
    if len(muscles_) == 1:
        rows = [{k: v for k, v in r.items() if k != "of"} for r in rows]
    notes = []
    if len(muscles_) > 1:
        notes.append(f"{'Antagonists' if name == 'antagonists' else 'Synergists'} of any of: "
                     + ", ".join(m.label for m in muscles_) + "; the muscles asked about are left out.")
    if shared:
        notes.append("For a group, only the actions all its members share: " + ", ".join(sorted(shared)) + ".")
    return rows, "\n".join(texts), notes


def _own_action(action) -> str:
    """The asked-about muscle's action in a row's action list (an opposed pair, or a shared action)."""
    return action["action"] if isinstance(action, dict) else action


def _keep_shared(found_for: dict[str, list[dict]], doers: list[str]) -> set[str]:
    """Keep only the rows of a group's members for the actions every member has rows for (all of them when
    the members share none, as the rotator cuff's do not); the shared actions kept to."""
    sets = [{_own_action(a) for r in found_for[d] for a in r["actions"]} for d in doers if found_for.get(d)]
    shared = set.intersection(*sets) if len(sets) > 1 else set()
    if not shared:
        return set()
    for d in doers:
        kept = []
        for r in found_for.get(d, []):
            acts = [a for a in r["actions"] if _own_action(a) in shared]
            if acts:
                kept.append({**r, "actions": acts})
        found_for[d] = kept
    return shared


def _merge(a, b):
    if isinstance(a, list):  # shared actions (strings) or opposed pairs ({"action", "opposed"})
        merged = {tuple(x.values()) if isinstance(x, dict) else x: x for x in [*a, *b]}
        return [merged[k] for k in sorted(merged)]
    return "; ".join(sorted(set(a.split("; ")) | set(b.split("; "))))


def antagonists(kg, plan: Plan):
    return _related(kg, plan, "antagonists")


def synergists(kg, plan: Plan):
    return _related(kg, plan, "synergists")


def check(kg, plan: Plan):
    """Yes or no, with the evidence: the statements that say it, or what the graph says instead."""
    fills = plan.slots.get("muscle", [])
    if not plan.entries("object") and not plan.entries("nerve") and len(fills) >= 2 and all(
            e.kind == "group" for e in fills[-1].entries):  # "is teres major part of the rotator cuff"
        plan.slots["object"], plan.slots["muscle"] = [fills[-1]], fills[:-1]
    objects = plan.entries("object")
    nerves = plan.entries("nerve")
    muscles_, _ = subjects(kg, plan)
    if not muscles_ and len(nerves) == 2 and not objects:
        return _check_branch(kg, plan, nerves)
    if "two-joint" in plan.tags:
        return _check_two_joint(kg, plan, muscles_)
    if not muscles_:  # a nerve and its roots: "is L5 a root of the sciatic nerve"
        roots = [e for e in objects if e.kind == "root"]
        if len(nerves) != 1 or not roots or len(roots) != len(objects):
            raise UnsupportedQuestion("a yes/no question about a nerve asks about its roots or the muscles it supplies")
        rows, text = kg._nerve_roots(nerves[0])
        have = {r["iri"] for r in rows}
        verdict = all(r.iri in have for r in roots)
        plan.bindings = [{"nerve": nerves[0].iri}]
        return [{"verdict": verdict, **r} for r in rows], text, [_said(verdict, roots, nerves[0].label)]
    targets = objects + nerves
    if not targets:
        raise UnsupportedQuestion("a yes/no question needs something to check the muscle against: a nerve, root,"
                                  " action, attachment or group")
    runs = filter_runs(plan, slots=("object", "nerve"))
    runs = [[_as_filter(b, plan) for b in step] for step in runs]
    found, texts = muscle_rows(kg, runs, {})
    yes = {r["iri"] for r in found}
    rows = []
    wanted = set().union(*(ASPECT_PROPERTIES[CHECKED_ASPECT[t.kind]] for t in targets))
    asked = {t.iri for t in targets}
    open_text = []   # what an open text says of the facts asked: differs from a statement, or gives one none does
    from .api import unstated_note

    for muscle in muscles_:
        facts, text, unstated = kg._muscle_facts_and_texts(muscle, None)
        texts.append(text)
        open_text += [unstated_note(r) for r in unstated if r["object"] in asked]
        open_text += [differing_note(muscle.label, f, q) for f in facts if f.get("iri") in asked
                      and _property(f) in wanted for q in f.get("quotes", ()) if q["stance"] == "differs"]
        relevant = [f for f in facts if _property(f) in wanted]
        for f in relevant:
            rows.append({"verdict": muscle.iri in yes, "muscle": muscle.label, **f})
        if not relevant:
            rows.append({"verdict": muscle.iri in yes, "muscle": muscle.label, "property": "", "label": ""})
    verdict = all(m.iri in yes for m in muscles_)
    plan.bindings = [b for step in runs for b in step]
    names = " and ".join(m.label for m in muscles_)
    non_motor = [r for r in rows if r.get("iri") in asked and r.get("fibreType")
                 and "motor" not in r["fibreType"].split(", ")]
    if not verdict and non_motor:  # given, but for sensory or proprioceptive fibres only: not motor supply
        said = [f"No, not as motor supply: {', '.join(r['sources'])} give{'s' if len(r['sources']) == 1 else ''}"
                f" {r['muscle']} {r['label']} for {r['fibreType']} fibres only, which no myotome or lesion counts."
                for r in non_motor]
        absent = [t for t in targets if t.iri not in {r.get("iri") for r in rows}]
        return rows, "\n".join(texts), said + ([_said(False, absent, names)] if absent else []) + open_text
    return rows, "\n".join(texts), [_said(verdict, targets, names)] + open_text


def differing_note(muscle: str, fact: dict, quote: dict) -> str:
    """A note on an open text that gives otherwise than a stated fact."""
    how = f" ({quote['comment']})" if quote.get("comment") else ""
    return (f"{quote['source']} ({quote['locator']}), an open text, differs on {muscle} {fact['label']}{how}: "
            f"\"{quote['quote']}\". The graph keeps its modern sources' value.")


def _check_branch(kg, plan: Plan, nerves: list[Entry]):
    """Whether one nerve comes from the other: "is the axillary nerve a branch of the posterior cord", "does
    the lateral cord give rise to the ulnar nerve" (the first named is the parent only with a verb like that)."""
    parent, child = nerves if "parent-first" in plan.tags else nerves[::-1]
    rows, text = kg._nerve_branches(child, "parent")
    plan.bindings = [{"nerve": child.iri}]
    verdict = any(r["iri"] == parent.iri for r in rows)
    reverse = not verdict and any(r["iri"] == child.iri for r in kg._nerve_branches(parent, "parent")[0])
    said = (f"Yes: the {child.label} comes from the {parent.label}." if verdict
            else f"No: it is the other way round: the {parent.label} comes from the {child.label}." if reverse
            else f"No: the {child.label} does not come from the {parent.label}; the rows show what it comes from.")
    return [{"verdict": verdict, **r} for r in rows], text, [said]


def _check_two_joint(kg, plan: Plan, muscles_: list[Entry]):
    """Whether muscles act on two or more joints: "is gastrocnemius a two-joint muscle"."""
    found, text = kg._two_joint({})
    joints = {r["iri"]: r["joints"] for r in found}
    rows = [{"verdict": m.iri in joints, "muscle": m.label, "property": "acts on", "label": joint}
            for m in muscles_ for joint in joints.get(m.iri, [""])]
    verdict = all(m.iri in joints for m in muscles_)
    names = " and ".join(m.label for m in muscles_)
    plan.bindings = [{}]
    single = ", ".join(m.label for m in muscles_ if m.iri not in joints)
    return rows, text, [f"Yes: by the actions its sources give, {names} act{'s' * (len(muscles_) == 1)} on two or"
                        " more joints." if verdict
                        else f"No: by the actions its sources give, {single} act{'s' * (len(muscles_) == 1)} on"
                        " fewer than two joints."]


def _property(fact: dict) -> str:
    return {"origin": "origin", "insertion": "insertion", "innervated by": "innervatedBy",
            "segmental innervation": "segmentalInnervation", "action": "action", "member of": "memberOf",
            "region": "region"}.get(fact["property"], fact["property"])


def _as_filter(bindings: dict[str, str], plan: Plan) -> dict[str, str]:
    """A yes/no question's object as a filter of queries/muscles.rq."""
    out = {}
    for name, iri in bindings.items():
        if name == "object":
            entry = kg_entry(plan, iri)
            name = {"site": "attachment"}.get(entry.kind, entry.kind)
        out[name] = iri
    return out


def kg_entry(plan: Plan, iri: str) -> Entry:
    return next(e for fills in plan.slots.values() for f in fills for e in f.entries if e.iri == iri)


def _said(verdict: bool, targets: list[Entry], subject: str) -> str:
    what = " and ".join(t.label for t in targets)
    if all(t.kind in ("group", "region") for t in targets):
        return (f"Yes: the graph's sources place {subject} in the {what}." if verdict
                else f"No: no source in the graph places {subject} in the {what}; the rows show where they do.")
    return (f"Yes: the graph's sources give {subject} {what}." if verdict
            else f"No: no source in the graph gives {subject} {what}; the rows show what the sources give.")


# ------------------------------------------------------------------ nerves, roots, joints, sites


def nerve_roots(kg, plan: Plan):
    nerve = plan.one("nerve")
    plan.bindings = [{"nerve": nerve.iri}]
    rows, text = kg._nerve_roots(nerve)
    if rows:
        asked_nuclei = any(w.lower() in NUCLEUS_CUES for w, _ in plan.words)
        return rows, text, [f"The {nerve.label} is not a cranial nerve: listed are its root values."] * asked_nuclei
    nuclei, nuclei_text = kg._nerve_nuclei(nerve)   # a cranial nerve: its nuclei stand for its roots
    if not nuclei:
        return rows, text, []
    first = nuclei[0]
    number = f" (CN {ROMAN[first['number'] - 1]})" if first.get("number") else ""
    which = (f"The {nerve.label} is a cranial nerve{number}" if "from" not in first else
             f"The {nerve.label} is a branch of the {first['cranial_nerve']}{number}, a cranial nerve")
    note = f"{which}: it has no spinal root values. Listed instead: the nuclei its fibres come from."
    return nuclei, text + "\n" + nuclei_text, [note]


def in_regions(kg, plan: Plan, muscles: list[str]) -> list[str]:
    """The muscles (IRIs, or labels) of the regions the question names, all of them when it names none."""
    regions = {e.iri for e in plan.entries("region")}
    if not regions:
        return muscles
    named = kg.lexicon.muscle_named
    return [m for m in muscles if kg.lexicon.regions.get(named.get(m, m), set()) & regions]


def _region_note(kg, plan: Plan, left_out: list[dict] = ()) -> list[str]:
    """Which regions the answer keeps to, and the muscles it left out for lying elsewhere (by TA2's regions:
    trapezius is a muscle of the back, though it moves the upper limb)."""
    regions = plan.entries("region")
    if not regions:
        return []
    names = " and ".join(e.label for e in regions)
    notes = [f"Only the muscles of the {names}."]
    if left_out:
        def where(iri: str) -> str:
            regions = kg.lexicon.regions.get(iri, set())
            wider = {kg.lexicon.within.get(r) for r in regions}
            found = sorted(kg.lexicon.by_iri[r].label for r in regions - wider if r in kg.lexicon.by_iri)
            return f" ({', '.join(found)})" if found else ""
        listed = ", ".join(f"{r['label']}{where(r['iri'])}" for r in left_out)
        notes.append(f"Left out, as lying outside the {names}: {listed}.")
    return notes


def nerve_supplies(kg, plan: Plan):
    nerve = plan.one("nerve")
    plan.bindings = [{"nerve": nerve.iri}]
    return (*kg._nerve_supplies(nerve), [])


def nerve_branches(kg, plan: Plan):
    nerve = plan.one("nerve")
    tags = plan.tags
    upward = ("parent" in tags and "branch" not in tags) or (
        bool(tags & {"origin", "plexus-part"}) and not tags & {"branch", "terminal"})
    wanted = ("parent" if upward else "terminal" if "terminal" in tags
              else "branches" if "branch" in tags else None)
    plan.bindings = [{"nerve": nerve.iri}]
    rows, text = kg._nerve_branches(nerve, wanted)
    what = "nerve or plexus above" if wanted == "parent" else "branches"
    notes = [] if rows else [f"The graph names no {what} of the {nerve.label}; muscular branches are recorded as"
                             " the nerve that supplies each muscle."]
    return rows, text, notes


def root_paths(kg, plan: Plan):
    muscle = plan.one("muscle")
    plan.bindings = [{"muscle": muscle.iri}]
    rows, text = kg._root_paths(muscle, plan.entries("root"))
    notes = ["Paths follow the textbook wiring of the plexus (root -> trunk -> division -> cord -> nerve); a nerve"
             " carries a root when its sources give it that root (or the nearest nerve above it does)."]
    return rows, text, notes


def root_actions(kg, plan: Plan):
    bindings = {"root": plan.one("root").iri, **({"contribution": MAJOR} if "major" in plan.tags else {})}
    plan.bindings = [bindings]
    return (*kg._root_actions(bindings), kg._major_note(plan.bindings))


def myotome(kg, plan: Plan):
    bindings = {**({"root": plan.one("root").iri} if plan.one("root") else {}),
                **({"source": plan.one("source").iri} if plan.one("source") else {}),
                **({"contribution": MAJOR} if "major" in plan.tags else {})}
    plan.bindings = [bindings]
    return (*kg._myotome(bindings), kg._major_note(plan.bindings))


def dominant_roots(kg, plan: Plan):
    bindings = {"muscle": plan.one("muscle").iri} if plan.one("muscle") else {}
    plan.bindings = [bindings]
    rows, text = kg._dominant_roots(bindings)
    return rows, text, [] if rows else [NO_MAJOR_ROOTS]


def two_joint(kg, plan: Plan):
    bindings = {"joint": plan.one("joint").iri} if plan.one("joint") else {}
    plan.bindings = [bindings]
    rows, text = kg._two_joint(bindings)
    kept = set(in_regions(kg, plan, [r["iri"] for r in rows]))
    return [r for r in rows if r["iri"] in kept], text, _region_note(kg, plan)


def key_muscles(kg, plan: Plan):
    bindings = {"root": plan.one("root").iri} if plan.one("root") else {}
    plan.bindings = [bindings]
    rows, text = kg._key_muscles(bindings)
    rows = [{**r, "muscles": in_regions(kg, plan, r["muscles"])} for r in rows]
    return [r for r in rows if r["muscles"]], text, _region_note(kg, plan)


def joint_movements(kg, plan: Plan):
    joint = plan.one("joint")
    plan.bindings = [{"joint": joint.iri}]
    return (*kg._joint_movements(joint), [])


def site(kg, plan: Plan):
    entry = plan.one("site")
    plan.bindings = [{"site": entry.iri}]
    return kg._site(entry)


def crosswalk(kg, plan: Plan):
    """What outside terms map to, or what graph entities map to elsewhere; only the named vocabularies' rows
    when some are named ("what is shoulders in free-exercise-db")."""
    vocabularies = {e.iri for e in plan.entries("vocabulary")}
    rows, texts, notes = [], [], []
    nodes = list(dict.fromkeys(e for f in plan.slots["subject"] for e in (f.mention.original or f.entries)))
    for entry in nodes:
        found, text = kg._crosswalk(entry)
        texts.append(text)
        found = [r for r in found if not vocabularies or r["set"] in vocabularies]
        rows += found
    if not rows:
        where = " in " + " or ".join(e.label for e in plan.entries("vocabulary")) if vocabularies else ""
        notes.append(f"No crosswalk maps {' or '.join(e.label for e in nodes)}{where}.")
    plan.bindings = [{"node": e.iri} for e in nodes]
    return rows, "\n".join(texts), notes


# ------------------------------------------------------------------ lesions (educational, not diagnostic)


def lesion_effects(kg, plan: Plan):
    from .lesions import DISCLAIMER

    effect = kg._effects(plan.one("lesion"))
    rows = [{"iri": a["iri"], "label": a["action"], "lost": a["lost"], "muscles": a["muscles"]}
            for a in effect["actions"]]
    notes = [f"Muscles affected by a lesion of the {effect['lesion']}: {', '.join(effect['muscles'])}.", DISCLAIMER]
    return rows, kg._lesion_queries(), notes


def lesion_localisation(kg, plan: Plan):
    weak, spared = [], []
    for polarity, mentions in clauses(plan.question, kg.lexicon):
        for m in mentions:
            entries = m.of("action", "muscle", "group")
            if not entries:
                entry = sorted(m.entries, key=lambda e: e.label)[0]
                raise UnsupportedQuestion(f"{m.words!r} ({entry.kind}) cannot be a finding: name joint actions"
                                          " (\"hip abduction\"), muscles or muscle groups")
            (spared if polarity == "spared" or m.negated else weak).extend(entries)
    if not weak:
        raise UnsupportedQuestion("name at least one weak action or muscle")
    lesions, model = kg._lesions()
    ranked = lesions.localise(model, kg._findings(model, weak), kg._findings(model, spared))
    return ranked["results"], kg._lesion_queries(), ranked["notes"]
