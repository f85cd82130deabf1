"""Controlled-English questions -> a named query and the graph nodes to bind into it.

The parser finds the names of graph nodes in the question (longest match first), reads a few cue words
("insert", "originate", "roots", "supply", "which muscles"), and chooses a question family:

- ``muscles``:        muscles filtered by any combination of root, nerve, joint action / movement /
                      joint, origin / insertion / attachment site, group, region;
- ``muscle-facts``:   one muscle's origin, insertion, nerve, roots, actions (or all of them);
- ``nerve-roots``:    a nerve's root values;
- ``nerve-supplies``: the muscles a nerve supplies, directly or through its branches;
- ``nerve-branches``: the nerves a nerve is a branch of, and its named branches ("which cord gives the
                      axillary nerve");
- ``root-paths``:     the path from each of a muscle's roots through the plexus to it ("which roots reach
                      the deltoid, and by which path");
- ``root-actions``:   the joint actions that depend on a root (the actions of its myotome's muscles);
- ``myotome``:        the textbook myotome, root by root as each source gives it;
- ``dominant-roots``: the root a source marks as a muscle's major (dominant) supply;
- ``two-joint-muscles``: muscles that act on two or more joints (optionally: one of them a given joint);
- ``antagonists`` / ``synergists``: muscles with the opposite / the same joint action as a muscle;
- ``joint-movements``: a joint's actions and the muscles that produce each;
- ``site``: a landmark's bone and the muscles attaching to it;
- ``key-muscles``: the ISNCSCI key action and muscles of each myotome (or of one root);
- ``crosswalk``:      what a name of an outside vocabulary maps to (OpenSim model names, exercise-database
                      muscle groups, ISNCSCI key muscle groups, HPO weakness terms), or a graph entity's
                      names elsewhere ("what does glmed1_r map to");
- ``lesion-effects`` / ``lesion-localisation``: see anatomy_kg.lesions (educational, not diagnostic); a
  lesion is a root, a nerve, a plexus part or a named level on a nerve ("the radial nerve at the spiral groove").

Names of outside vocabularies (glmed1_r, "Quads", HP:0012515) are read as the graph entities they map to,
in every family; a note says how each was read.

The question's words never reach SPARQL: only the IRIs of the nodes they name are bound into the query.
Words that name nothing raise ``UnknownTerm`` with the closest known names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Entry, Lexicon, UnknownTerm, normalise


class UnsupportedQuestion(ValueError):
    """A question whose words are all known but whose form the parser cannot answer yet."""

# Words that carry no content of their own, or only steer the question family.
FUNCTION_WORDS = set(
    """
    a an the of and or to in on into onto at from by with for which what who whose where how is are was
    whats wheres hows theres its
    were be been being do does did that this these those it its their there any all each every both me
    tell show list give name find about please muscle muscles m mm have has having can could would
    act acts acting action actions function functions role main primary
    innervated innervate innervates innervating innervation supplied supply supplies supplying
    nerve nerves root roots rootlet level levels segment segments segmental myotome myotomes value values
    origin origins originate originates originating arise arises arising arose proximal
    insertion insertions insert inserts inserting inserted distal
    attach attaches attached attachment attachments attaching
    move moves moving produce produces producing cause causes perform performs responsible
    joint joints two cross crosses crossing span spans biarticular biarticulate multijoint
    weak weakness weakened paresis paretic cannot lost reduced normal spared intact strong preserved fine good
    lesion lesions injury injured palsy radiculopathy damage damaged neuropathy compression compressed cut
    transection entrapment affected affect affects patient has had after following there but while whereas
    antagonist antagonists oppose opposes opposing synergist synergists synergy together allow allows
    permit permits possible at bone movement movements motion motions key isncsci asia standard tested test
    branch branches branching parent divisions divide divides terminal part parts cord cords trunk trunks
    give gives giving come comes form forms formed forming path paths pathway pathways route routes reach reaches
    reaching through via
    map maps mapped mapping mappings correspond corresponds corresponding equivalent equivalents translate
    translates crosswalk
    group groups compartment compartments belong belongs member
    depend depends dependent serve serves served control controls controlled
    textbook textbooks according source sources per book books say says said
    major dominant predominant predominantly mainly principal chief chiefly primarily only
    """.split()
)

ORIGIN_CUES = {"origin", "origins", "originate", "originates", "originating", "arise", "arises", "arising", "arose",
               "proximal"}
INSERTION_CUES = {"insertion", "insertions", "insert", "inserts", "inserting", "inserted", "distal"}
ATTACH_CUES = {"attach", "attaches", "attached", "attachment", "attachments", "attaching"}
SUPPLY_CUES = {"supply", "supplies", "supplied", "supplying", "innervate", "innervates", "innervated", "innervating",
               "innervation"}
ROOT_CUES = {"root", "roots", "level", "levels", "segment", "segments", "segmental", "myotome", "myotomes", "value",
             "values"}
NERVE_CUES = {"nerve", "nerves"}
ACTION_CUES = {"do", "does", "action", "actions", "function", "functions", "move", "moves"}
LIST_CUES = {"which", "list", "muscles"}
TWO_JOINT_CUES = {"biarticular", "biarticulate", "multijoint"}
KEY_CUES = {"key", "isncsci", "asia"}
ANTAGONIST_CUES = {"antagonist", "antagonists", "oppose", "opposes", "opposing"}
SYNERGIST_CUES = {"synergist", "synergists", "synergy", "together"}
LESION_CUES = {"lesion", "lesions", "injury", "injured", "palsy", "radiculopathy", "damage", "damaged", "neuropathy",
               "compression", "compressed", "cut", "transection", "entrapment"}
WEAK_CUES = {"weak", "weakness", "weakened", "paresis", "paretic", "cannot", "lost", "reduced"}
SPARED_CUES = {"normal", "spared", "intact", "strong", "preserved", "fine", "good"}
BRANCH_CUES = {"branch", "branches", "branching", "parent", "divisions", "divide", "divides", "terminal", "give",
               "gives", "giving", "come", "comes", "form", "forms", "formed", "forming"}
MAP_CUES = {"map", "maps", "mapped", "mapping", "mappings", "correspond", "corresponds", "corresponding", "equivalent",
            "equivalents", "translate", "translates", "crosswalk"}
PLEXUS_PART_CUES = {"cord", "cords", "trunk", "trunks"}
PATH_CUES = {"path", "paths", "pathway", "pathways", "route", "routes", "reach", "reaches", "reaching", "through",
             "via"}
GROUP_CUES = {"group", "groups", "compartment", "compartments", "belong", "belongs", "member"}
ROOT_ACTION_CUES = {"depend", "depends", "dependent", "serve", "serves", "served", "control", "controls", "controlled"}
TEXTBOOK_CUES = {"textbook", "textbooks", "according", "source", "sources", "per", "book", "books"}
MAJOR_CUES = {"major", "dominant", "predominant", "predominantly", "mainly", "main", "principal", "chief", "chiefly",
              "primarily", "primary"}
MAJOR = "https://w3id.org/anatomy-kg/vocab/major"
CLAUSE_BREAK = re.compile(r"[,;.]|:(?!\d)|\b(?:but|while|whereas)\b", re.IGNORECASE)  # not HP:0012515

# When one name belongs to nodes of several kinds, the first kind here is meant.
READING_ORDER = ("root", "action", "movement", "joint", "nerve", "lesion site", "site", "group", "region", "muscle",
                 "source", "xref")
# How an outside term relates to the entity it maps to (the SKOS predicate is read from entity to term).
MAPPED_AS = {"exactMatch": "is", "closeMatch": "is close to", "narrowMatch": "is one part of",
             "broadMatch": "covers", "relatedMatch": "is about"}

# A muscle-facts question asks for one aspect (or, with none named, all of them).
ASPECT_PROPERTIES = {
    "origin": {"origin"},
    "insertion": {"insertion"},
    "attachments": {"origin", "insertion"},
    "nerve": {"innervatedBy"},
    "roots": {"segmentalInnervation"},
    "actions": {"action"},
    "group": {"memberOf", "region"},
}


@dataclass
class Mention:
    start: int
    end: int
    words: str
    entries: set[Entry]
    translated: bool = False   # an outside term, replaced by the graph entities it maps to

    def of(self, kind: str) -> Entry | None:
        return next((e for e in sorted(self.entries, key=lambda e: e.iri) if e.kind == kind), None)

    def best(self) -> Entry:
        """The entry a question most likely means, in the order the filters read names."""
        return next(e for kind in READING_ORDER if (e := self.of(kind)) is not None)


@dataclass
class Plan:
    """What to run for a question: a named query, the nodes bound into it (one run per binding set; a
    muscle must be in every run's answer), and for muscle facts the aspect asked for."""

    family: str
    query: str
    bindings: list[dict[str, str]] = field(default_factory=list)
    aspect: str | None = None
    subject: Entry | None = None
    filters: dict[str, list[Entry]] = field(default_factory=dict)
    understood: list[str] = field(default_factory=list)
    weak: list[tuple[Entry, ...]] = field(default_factory=list)     # findings: (action,) (muscle,) (group,)
    #                                                                 or (movement, joint)
    spared: list[tuple[Entry, ...]] = field(default_factory=list)
    readings: list[str] = field(default_factory=list)   # how outside terms were read

    def explain(self) -> str:
        """How the question was read: the names found, the family and query chosen, the values bound."""
        lines = ["recognised: " + ("; ".join(self.understood) or "nothing but cue words"),
                 f"family: {self.family} (queries/{self.query}.rq)"]
        if self.aspect:
            lines.append(f"aspect: {self.aspect}")
        for k, bindings in enumerate((b for b in self.bindings if b), 1):
            label = f"run {k}" if len(self.bindings) > 1 else "bound"
            lines.append(f"{label}: " + ", ".join(f"?{n} = <{v}>" for n, v in bindings.items()))
        return "\n".join(lines)


def find_mentions(words: list[str], lexicon: Lexicon, translate: bool = True) -> list[Mention]:
    """The names in the words, longest first; with ``translate``, an outside term that names nothing in the
    graph itself stands for the graph entities it maps to."""
    mentions, i = [], 0
    while i < len(words):
        for j in range(min(len(words), i + lexicon.longest), i, -1):
            phrase = " ".join(words[i:j])
            entries = lexicon.index.get(phrase)
            if entries:
                mentions.append(Mention(i, j, phrase, set(entries)))
                i = j
                break
        else:
            i += 1
    return [_translated(m, lexicon) for m in mentions] if translate else mentions


def _translated(mention: Mention, lexicon: Lexicon) -> Mention:
    if any(e.kind != "xref" for e in mention.entries):
        return mention
    targets = {entity for term in mention.entries for _, entity in lexicon.targets(term)}
    if not targets:
        raise UnsupportedQuestion(f"{mention.words!r} is a term of an outside vocabulary that maps to nothing in"
                                  " anatomy-kg (ask what it maps to)")
    return Mention(mention.start, mention.end, mention.words, targets, translated=True)


def readings(mentions: list[Mention], lexicon: Lexicon) -> list[str]:
    """One sentence per outside term, saying what it was read as."""
    out = []
    for m in (m for m in mentions if all(e.kind == "xref" for e in m.entries)):
        for term in sorted(m.entries, key=lambda e: e.iri):
            read = "; ".join(f"{MAPPED_AS.get(p, p)} {entity.label}" for p, entity in lexicon.targets(term))
            name = term.label if normalise(term.label) == m.words else f"{m.words} ({term.label})"
            out.append(f"Read {name} as an outside term that {read}.")
    return out


def parse(question: str, lexicon: Lexicon) -> Plan:
    words = normalise(question).split()
    if not words:
        raise UnsupportedQuestion("the question is empty")
    raw = find_mentions(words, lexicon, translate=False)
    covered = {k for m in raw for k in range(m.start, m.end)}
    unknown = _unknown_runs(words, covered)
    if unknown:
        first = unknown[0]
        raise UnknownTerm(unknown_words(unknown), lexicon.suggest(first))
    cues = {w for k, w in enumerate(words) if k not in covered}
    if cues & MAP_CUES and len(raw) == 1:
        subject = raw[0].best()
        plan = Plan("crosswalk", "crosswalk", [{"node": subject.iri}], subject=subject)
        plan.understood = [f'"{raw[0].words}" = {subject.label} ({subject.kind})']
        return plan
    mentions = [_translated(m, lexicon) for m in raw]
    plan = _lesion_plan(question, mentions, cues, lexicon) or _plan(mentions, cues)
    plan.understood = [f'"{m.words}" = {m.best().label} ({m.best().kind})' for m in mentions]
    plan.readings = readings(raw, lexicon)
    return plan


def _lesion_plan(question: str, mentions: list[Mention], cues: set[str], lexicon: Lexicon) -> Plan | None:
    """Lesion effects ("what is weak in an L5 radiculopathy") or localisation ("hip abduction and ankle
    dorsiflexion are weak, knee extension is normal"), or None for any other question."""
    sites = [m.best() for m in mentions if m.best().kind in ("root", "nerve", "lesion site")]
    if len(sites) == 1 and len(mentions) == 1 and (cues & LESION_CUES or sites[0].kind == "lesion site"):
        return Plan("lesion-effects", "lesion-effects", [], subject=sites[0])
    if not cues & WEAK_CUES or sites:
        return None
    plan = Plan("lesion-localisation", "lesion-localisation", [])
    polarity = plan.weak
    for clause in CLAUSE_BREAK.split(question):
        words = normalise(clause).split()
        if set(words) & SPARED_CUES:
            polarity = plan.spared
        elif set(words) & WEAK_CUES:
            polarity = plan.weak
        found = [e for m in find_mentions(words, lexicon)
                 for e in (sorted(m.entries, key=lambda e: e.iri) if m.translated else [m.best()])]
        movements = [e for e in found if e.kind == "movement"]
        joints = [e for e in found if e.kind == "joint"]
        for entry in found:
            if entry.kind in ("action", "muscle", "group"):
                polarity.append((entry,))
            elif entry.kind not in ("movement", "joint"):
                raise UnsupportedQuestion(
                    f"{entry.label!r} ({entry.kind}) cannot be a finding: name actions, muscles or muscle groups")
        if len(movements) != len(joints):
            raise UnsupportedQuestion(
                "pair each movement with a joint (\"abduction of the hip\"), or name the joint action")
        polarity.extend(zip(movements, joints, strict=True))
    if not plan.weak:
        raise UnsupportedQuestion("name at least one weak action or muscle")
    return plan


def _plan(mentions: list[Mention], cues: set[str]) -> Plan:
    if cues & KEY_CUES and all(m.best().kind == "root" for m in mentions) and len(mentions) <= 1:
        root = mentions[0].best() if mentions else None
        return Plan("key-muscles", "key-muscles", [{"root": root.iri}] if root else [{}], subject=root)
    if cues & TWO_JOINT_CUES or {"two", "joint"} <= cues or {"two", "joints"} <= cues:
        joints = [m.of("joint") for m in mentions if m.of("joint")]
        if len(mentions) > len(joints) or len(joints) > 1:
            raise UnsupportedQuestion("two-joint muscles can be filtered by one joint only")
        return Plan("two-joint-muscles", "two-joint-muscles", [{"joint": joints[0].iri}] if joints else [{}])

    muscles = [m for m in mentions if m.of("muscle")]
    nerves = [m for m in mentions if m.of("nerve")]
    roots = [m.of("root") for m in mentions if m.best().kind == "root"]
    sources = [m.of("source") for m in mentions if m.best().kind == "source"]
    major = bool(cues & MAJOR_CUES)
    contribution = {"contribution": MAJOR} if major else {}

    if sources or (cues & TEXTBOOK_CUES and len(mentions) == len(roots)):
        if len(mentions) > len(roots) + len(sources) or len(roots) > 1 or len(sources) > 1:
            raise UnsupportedQuestion(
                "a source can narrow the textbook myotome only: name at most one root and one source")
        bindings = {**({"root": roots[0].iri} if roots else {}), **({"source": sources[0].iri} if sources else {})}
        return Plan("myotome", "myotome", [{**bindings, **contribution}], subject=roots[0] if roots else None)
    if major and cues & ROOT_CUES and len(mentions) == len(muscles) <= 1:
        subject = muscles[0].of("muscle") if muscles else None
        return Plan("dominant-roots", "dominant-roots", [{"muscle": subject.iri} if subject else {}], subject=subject)
    if (len(mentions) == 1 and roots and cues & (ACTION_CUES | ROOT_ACTION_CUES)
            and not cues & (LIST_CUES | SUPPLY_CUES) - {"which"}):
        return Plan("root-actions", "root-actions", [{"root": roots[0].iri, **contribution}], subject=roots[0])

    if len(muscles) == 1 and cues & PATH_CUES and len(mentions) == 1 + len(roots):
        subject = muscles[0].of("muscle")
        return Plan("root-paths", "root-paths", [{"muscle": subject.iri}], subject=subject,
                    filters={"root": roots} if roots else {})
    if len(muscles) == 1 and len(mentions) == 1 and cues & (ANTAGONIST_CUES | SYNERGIST_CUES):
        subject = muscles[0].of("muscle")
        family = "antagonists" if cues & ANTAGONIST_CUES else "synergists"
        return Plan(family, family, [{"muscle": subject.iri}], subject=subject)
    if len(mentions) == 1 and mentions[0].best().kind == "joint" and not cues & LIST_CUES - {"which"}:
        subject = mentions[0].best()
        return Plan("joint-movements", "joint-movements", [{"joint": subject.iri}], subject=subject)
    if len(mentions) == 1 and mentions[0].best().kind == "site" and ("bone" in cues or not cues & (
            LIST_CUES | ATTACH_CUES | ORIGIN_CUES | INSERTION_CUES)):
        subject = mentions[0].best()
        return Plan("site", "site", [{"site": subject.iri}], subject=subject)
    listing = bool(cues & LIST_CUES) and not (len(muscles) == 1 and "muscles" not in cues)

    if len(muscles) == 1 and not listing:
        subject = muscles[0].of("muscle")
        return Plan("muscle-facts", "muscle-facts", [{"muscle": subject.iri}], _aspect(cues), subject)

    if len(nerves) == 1 and len(mentions) == 1 and not (listing and cues & ROOT_CUES):
        subject = nerves[0].of("nerve")
        if cues & ROOT_CUES:
            return Plan("nerve-roots", "nerve-roots", [{"nerve": subject.iri}], subject=subject)
        which_part = "which" in cues and cues & PLEXUS_PART_CUES  # "which cord gives the axillary nerve"
        if cues & BRANCH_CUES or which_part:
            upward = cues & {"parent", "from", "come", "comes", "formed"} or which_part
            aspect = ("parent" if upward
                      else "terminal" if "terminal" in cues
                      else "branches" if cues & {"branches", "divisions"} else None)
            return Plan("nerve-branches", "nerve-branches", [{"nerve": subject.iri}], aspect, subject)
        return Plan("nerve-supplies", "nerve-supplies", [{"nerve": subject.iri}], subject=subject)

    filters = _filters(mentions, cues)
    if "root" not in filters:
        if major and cues & ROOT_CUES:
            raise UnsupportedQuestion("\"major roots only\" narrows a root filter: name a root (\"L5\")")
        contribution = {}  # "the main hip abductors": "main" is not about roots here
    bindings = [{**b, **contribution} for b in _binding_sets(filters)]
    return Plan("muscles", "muscles", bindings, filters=filters)


def _unknown_runs(words: list[str], covered: set[int]) -> list[str]:
    runs, current = [], []
    for k, word in enumerate(words):
        if k in covered or word in FUNCTION_WORDS:
            if current:
                runs.append(" ".join(current))
                current = []
        else:
            current.append(word)
    if current:
        runs.append(" ".join(current))
    return runs


def unknown_words(runs: list[str]) -> list[str]:
    return [w for run in runs for w in run.split()]


def _aspect(cues: set[str]) -> str | None:
    if cues & ORIGIN_CUES and cues & INSERTION_CUES or cues & ATTACH_CUES:
        return "attachments"
    if cues & ORIGIN_CUES:
        return "origin"
    if cues & INSERTION_CUES:
        return "insertion"
    if cues & ROOT_CUES:
        return "roots"
    if cues & GROUP_CUES:
        return "group"
    if cues & (NERVE_CUES | SUPPLY_CUES):
        return "nerve"
    if cues & ACTION_CUES:
        return "actions"
    return None


def _filters(mentions: list[Mention], cues: set[str]) -> dict[str, list[Entry]]:
    site_role = "attachment"
    if cues & INSERTION_CUES and not cues & ORIGIN_CUES:
        site_role = "insertion"
    elif cues & ORIGIN_CUES and not cues & INSERTION_CUES:
        site_role = "origin"
    filters: dict[str, list[Entry]] = {}
    with_movement = any(m.of("movement") for m in mentions)
    for mention in mentions:
        entry = mention.best()
        # "foot" names a joint in "invert the foot" but the region in "muscles of the foot"
        if entry.kind == "joint" and mention.of("region") and not with_movement:
            entry = mention.of("region")
        name = {"site": site_role}.get(entry.kind, entry.kind)
        if entry.kind == "muscle":
            raise UnsupportedQuestion(
                f"{mention.words!r} is a muscle; questions about two or more muscles at once are not"
                " supported yet: ask about each muscle on its own"
            )
        filters.setdefault(name, []).append(entry)
    return filters


def _binding_sets(filters: dict[str, list[Entry]]) -> list[dict[str, str]]:
    """One binding set per run; several values of one kind (L4 and L5) mean several runs, intersected."""
    runs = max((len(v) for v in filters.values()), default=1)
    sets = []
    for k in range(runs):
        sets.append({name: entries[min(k, len(entries) - 1)].iri for name, entries in filters.items()})
    return sets
