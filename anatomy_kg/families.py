"""The registry of question families: what each answers, the named queries it runs, the slots it takes, the
cue words that signal it, its columns, and the function that answers it (anatomy_kg.answers).

A family fits a question when every name in it fills one of the family's slots, its required slots are
filled and the cue tags it needs are there. Among the families that fit, the one that uses the most of the
question's cue tags wins (a tag present that it cannot use counts against it); ``priority`` settles a tie.
A new family, or a new body region, is an entry here, a query in queries/ and phrasings in the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from . import answers, lesions
from .ask import SOFT_TAGS, Fill, Mention, Misfit

ALL_KINDS = ("muscle", "site", "joint", "movement", "action", "nerve", "lesion site", "root", "group", "region",
             "source", "xref")


@dataclass(frozen=True)
class Slot:
    """A value a family takes. ``cues``: the tags it uses when filled ("insertion" for a site slot);
    ``negated``: it takes only names after "not" / "except" (or, with None, either)."""

    name: str
    kinds: tuple[str, ...]
    many: bool = False
    cues: frozenset[str] = frozenset()
    negated: bool | None = False

    def takes(self, mention: Mention) -> tuple:
        if self.negated is not None and mention.negated != self.negated:
            return ()
        return mention.of(*self.kinds)


@dataclass(frozen=True)
class Family:
    name: str
    describe: str
    queries: tuple[str, ...]
    slots: tuple[Slot, ...]
    answer: Callable
    columns: tuple[str, ...]
    needs: tuple[frozenset[str], ...] = ()   # each: at least one of these tags must be present
    forbids: frozenset[str] = frozenset()
    cues: frozenset[str] = frozenset()
    requires: tuple[str, ...] = ()           # at least one of these slots must be filled
    priority: int = 0
    # a name of this kind fits only with one of these tags: a group alone ("the quads") is a list of its
    # members, not a question about their facts
    kind_needs: tuple[tuple[str, frozenset[str]], ...] = ()

    def uses(self, slots: dict[str, list[Fill]]) -> set[str]:
        used = set(self.cues)
        for slot in self.slots:
            if slots.get(slot.name):
                used |= slot.cues
        return used

    @cached_property
    def _kinds(self) -> frozenset[str]:
        return frozenset(k for slot in self.slots for k in slot.kinds)

    def _slots_of(self, kinds: frozenset[str]) -> tuple[Slot, ...]:
        """The slots, in order, that take a name of one of these kinds (kept per set of kinds)."""
        found = self._by_kinds.get(kinds)
        if found is None:
            found = self._by_kinds[kinds] = tuple(s for s in self.slots if not kinds.isdisjoint(s.kinds))
        return found

    @cached_property
    def _by_kinds(self) -> dict[frozenset[str], tuple[Slot, ...]]:
        return {}

    def _unasked(self) -> str:
        return f"no word asks for {self.describe}"

    def _no_place(self, mention: Mention) -> str:
        entry = min(mention.entries, key=lambda e: e.label)
        how = " after “not”" if mention.negated else ""
        return (f"I read {mention.words!r} as the {entry.label} ({entry.kind}){how},"
                f" but a question about {self.describe} has no place for a {entry.kind}"
                + (" to exclude" if mention.negated else ""))

    def _fill(self, mentions: list[Mention], tags: set[str], prefer: set[str] = frozenset()
              ) -> Misfit | dict[str, list[Fill]]:
        """Each name in the first slot that takes it; for a name of several kinds, the reading whose slot's cue
        words are in the question ("act on the scapula": the scapulothoracic joint, not the bone), or one of the
        ``prefer`` slots while none of them is filled."""
        slots: dict[str, list[Fill]] = {}
        for mention in mentions:
            taking = [(slot, entries) for slot in self._slots_of(mention.kind_set())
                      if (entries := slot.takes(mention))]
            cued = [(slot, entries) for slot, entries in taking
                    if slot.cues & tags and (entries != taking[0][1] or slot is taking[0][0])]
            wanted = [] if any(slots.get(n) for n in prefer) else [(s, e) for s, e in taking if s.name in prefer]
            if taking:
                slot, entries = (wanted or cued or taking)[0]
                slots.setdefault(slot.name, []).append(Fill(mention, entries))
            else:
                return Misfit(lambda mention=mention: self._no_place(mention), 2 + len(self.needs))
        return slots

    def fit(self, mentions: list[Mention], tags: set[str], question: str, lexicon) -> Misfit | tuple[int, dict]:
        for group in self.needs:
            if not tags & group:
                return Misfit(self._unasked, 0)
        if tags & self.forbids:
            return Misfit(f"{self.name} questions do not take {sorted(tags & self.forbids)[0]}", 0)
        slots = self._fill(mentions, tags)
        if isinstance(slots, Misfit):
            return slots
        if self.requires and not any(slots.get(name) for name in self.requires):
            # a name of several kinds goes to a slot the question cannot do without ("is supinator supplied by
            # C6": the muscle, though "supplied" cues the movement's slot too)
            slots = self._fill(mentions, tags, prefer=set(self.requires))
        for slot in self.slots:
            if not slot.many and len(slots.get(slot.name, [])) > 1:
                names = " and ".join(repr(f.mention.words) for f in slots[slot.name])
                return Misfit(f"a question about {self.describe} takes one {slot.name}; I read {names}:"
                              " ask about each on its own", 2 + len(self.needs))
            fills = slots.get(slot.name, [])
            if not slot.many and fills and len(fills[0].entries) > 1:
                choices = ", ".join(e.label for e in fills[0].entries)
                return Misfit(f"{fills[0].mention.words!r} names {len(fills[0].entries)} {slot.kinds[0]}s: {choices};"
                              " say which one", 3 + len(self.needs))
        for kind, wanted in self.kind_needs:
            if not tags & wanted and any(e.kind == kind for fills in slots.values() for f in fills for e in f.entries):
                return Misfit(self._unasked, 0)
        if self.requires and not any(slots.get(name) for name in self.requires):
            return Misfit(f"a question about {self.describe} needs a {' or a '.join(self.requires)}", 1)
        used = self.uses(slots)
        score = 2 * len(tags & used) - len(tags - used - SOFT_TAGS)
        return score, slots


def _s(*tags: str) -> frozenset[str]:
    return frozenset(tags)


ROOT = Slot("root", ("root",), many=True, cues=_s("root", "supply", "major"), negated=None)
NERVE = Slot("nerve", ("nerve",), many=True, cues=_s("supply", "nerve"), negated=None)
# antagonists and synergists: of muscles, groups or the muscles of an action; at one joint
RELATED_SLOTS = (Slot("muscle", ("muscle", "group", "action"), many=True, cues=_s("or")), Slot("joint", ("joint",)))
REGION = Slot("region", ("region",), many=True)   # only the muscles of these regions ("... of the upper limb")

LESION_QUERIES = lesions.QUERIES   # the lesion model is built from these (anatomy_kg.lesions.build)

REGISTRY: tuple[Family, ...] = (
    Family("check", "whether a muscle has a nerve, root, action, attachment or group (yes or no)",
           ("muscles", "muscle-facts", "nerve-roots", "nerve-branches"),
           (Slot("muscle", ("muscle", "group"), many=True, cues=_s("muscle")),
            Slot("nerve", ("nerve",), many=True, cues=_s("supply", "nerve", "branch")),
            Slot("object", ("root", "action", "site", "group", "region", "joint", "movement"), many=True,
                 cues=_s("root", "supply", "origin", "insertion", "attachment", "group", "action", "joint",
                         "movement"))),
           answers.check, ("verdict", "muscle", "property", "label", "fibreType", "sources"),
           needs=(_s("yes-no"),), cues=_s("yes-no", "supply", "nerve", "root", "two-joint", "parent", "branch"),
           requires=("muscle", "nerve"),
           priority=9),
    Family("crosswalk", "what a term of an outside vocabulary maps to", ("crosswalk",),
           (Slot("subject", ALL_KINDS, many=True), Slot("vocabulary", ("vocabulary",), many=True)),
           answers.crosswalk, ("vocabulary", "term", "term_name", "relation", "label"),
           needs=(_s("map", "vocabulary-named"),), cues=_s("map", "vocabulary-named"),
           requires=("subject",), priority=9),
    Family("key-muscles", "the key muscles of the ISNCSCI myotomes", ("key-muscles",),
           (Slot("root", ("root",)), REGION), answers.key_muscles, ("label", "action", "muscles", "sources"),
           needs=(_s("key"),), cues=_s("key", "root", "muscle", "action", "movement"), priority=8),
    Family("two-joint-muscles", "muscles acting on two or more joints", ("two-joint-muscles",),
           (Slot("joint", ("joint",)), REGION), answers.two_joint, ("label", "joints"),
           needs=(_s("two-joint"),), cues=_s("two-joint", "joint"), priority=8),
    Family("myotome", "the textbook myotome as each source gives it", ("myotome",),
           (Slot("root", ("root",)), Slot("source", ("source",))), answers.myotome,
           ("label", "source", "count", "muscles"),
           needs=(_s("textbook", "source-named"),), cues=_s("textbook", "root", "major", "muscle"), priority=7),
    Family("dominant-roots", "the major (dominant) root of muscles", ("dominant-roots",),
           (Slot("muscle", ("muscle",)),), answers.dominant_roots, ("label", "root", "sources"),
           needs=(_s("major"), _s("root")), cues=_s("major", "root"), priority=7),
    Family("root-actions", "the joint actions that depend on a root", ("root-actions",),
           (Slot("root", ("root",), cues=_s("depend", "action", "movement", "supply")),), answers.root_actions,
           ("label", "share", "muscles"),
           needs=(_s("action", "depend", "movement"),), forbids=_s("muscle"), cues=_s("major"),
           requires=("root",), priority=6),
    Family("root-paths", "the paths from a muscle's roots through the plexus", ("root-paths", "lesion/nerve-tree"),
           (Slot("muscle", ("muscle",)), Slot("root", ("root",), many=True)), answers.root_paths,
           ("root", "label", "nerve", "path", "note"),
           needs=(_s("path"),), cues=_s("path", "root", "nerve"), requires=("muscle",), priority=7),
    Family("antagonists", "the antagonists of muscles", ("antagonists", "muscles"),
           RELATED_SLOTS, answers.antagonists,
           ("label", "of", "actions"),
           needs=(_s("antagonist"),), cues=_s("antagonist", "muscle"), requires=("muscle",), priority=7),
    Family("synergists", "the synergists of muscles", ("synergists", "muscles"),
           RELATED_SLOTS, answers.synergists,
           ("label", "of", "actions"),
           needs=(_s("synergist"),), cues=_s("synergist", "muscle"), requires=("muscle",), priority=7),
    Family("lesion-effects", "what a lesion of a root, nerve or plexus part weakens", LESION_QUERIES,
           (Slot("lesion", ("lesion site", "nerve", "root")),), answers.lesion_effects, ("label", "lost", "muscles"),
           needs=(_s("lesion", "lesion-site"),), cues=_s("lesion", "weak", "muscle", "lesion-site", "action"),
           requires=("lesion",), priority=6),
    Family("lesion-localisation", "which lesion explains weak and spared findings", LESION_QUERIES,
           (Slot("finding", ("action", "muscle", "group"), many=True, negated=None),), answers.lesion_localisation,
           ("rank", "label", "explains", "score", "contradicts", "explained_by"),
           needs=(_s("weak"),), cues=_s("weak", "spared", "lesion", "not"), requires=("finding",), priority=6),
    Family("nerve-roots", "a nerve's root values", ("nerve-roots", "nerve-nuclei"),
           (Slot("nerve", ("nerve",)),), answers.nerve_roots, ("label", "sources", "from"),
           needs=(_s("root"),), cues=_s("root", "nerve"), requires=("nerve",), priority=5),
    Family("nerve-branches", "a nerve's branches and the nerves it comes from", ("nerve-branches",),
           (Slot("nerve", ("nerve",)),), answers.nerve_branches, ("relation", "label", "from", "distance"),
           needs=(_s("branch", "parent", "terminal", "plexus-part"),),
           cues=_s("branch", "parent", "terminal", "plexus-part", "nerve", "origin"), requires=("nerve",),
           priority=5),
    Family("nerve-supplies", "the muscles a nerve supplies", ("nerve-supplies",),
           (Slot("nerve", ("nerve",)),), answers.nerve_supplies, ("label", "via", "roots"),
           cues=_s("supply", "muscle", "action", "nerve"), forbids=_s("root"), requires=("nerve",), priority=4),
    Family("muscle-facts", "muscles' origin, insertion, nerve, roots, actions or group", ("muscle-facts", "muscles"),
           (Slot("muscle", ("muscle", "group"), many=True, cues=_s("or")),),
           answers.muscle_facts, ("muscle", "part", "property", "label", "fibres", "role", "condition",
                                  "contribution", "fibreType", "comment", "sources", "quotes"),
           cues=_s("origin", "insertion", "attachment", "supply", "nerve", "root", "action", "group", "muscle"),
           requires=("muscle",), priority=4,
           kind_needs=(("group", _s("origin", "insertion", "attachment", "supply", "nerve", "root", "action")),)),
    Family("joint-movements", "a joint's movements and the muscles producing them", ("joint-movements",),
           (Slot("joint", ("joint",)),), answers.joint_movements, ("label", "muscles"),
           forbids=_s("muscle", "origin", "insertion", "attachment", "root", "supply"),
           cues=_s("movement", "joint", "action"), requires=("joint",), priority=4),
    Family("site", "a bone or landmark and the muscles attaching to it", ("site",),
           (Slot("site", ("site",)),), answers.site, ("label", "attachment", "on"),
           cues=_s("bone", "attachment"), requires=("site",), priority=4),
    Family("muscles", "muscles by root, nerve, action, joint, attachment, group or region", ("muscles",),
           (ROOT, NERVE,
            Slot("action", ("action",), many=True, cues=_s("action", "movement"), negated=None),
            Slot("movement", ("movement",), many=True, cues=_s("action", "movement"), negated=None),
            Slot("site", ("site",), many=True, cues=_s("origin", "insertion", "attachment", "bone"), negated=None),
            Slot("group", ("group",), many=True, cues=_s("group"), negated=None),
            Slot("region", ("region",), many=True, cues=_s("group"), negated=None),
            Slot("joint", ("joint",), many=True, cues=_s("joint"), negated=None),
            Slot("except", ("muscle",), many=True, negated=True)),
           answers.muscles, ("label", "nerves", "roots", "evidence"),
           cues=_s("muscle", "not", "or", "count"), priority=2),
)

BY_NAME = {f.name: f for f in REGISTRY}
REGISTRY_NEEDS = {f.name: frozenset().union(*f.needs) for f in REGISTRY}



def _index() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], frozenset[str]]:
    by_tag: dict[str, set[str]] = {}    # tag -> the families one of whose needed groups has it
    by_kind: dict[str, set[str]] = {}   # kind of name -> the families with a slot for it
    for f in REGISTRY:
        for tag in REGISTRY_NEEDS[f.name]:
            by_tag.setdefault(tag, set()).add(f.name)
        for kind in f._kinds:
            by_kind.setdefault(kind, set()).add(f.name)
    return ({t: frozenset(n) for t, n in by_tag.items()}, {k: frozenset(n) for k, n in by_kind.items()},
            frozenset(f.name for f in REGISTRY if not f.needs))


_BY_TAG, _BY_KIND, _UNNEEDY = _index()


def could_fit(tags: set[str], mentions) -> set[str]:
    """The names of the families that pass the first checks of Family.fit: their needed tags are there, no
    forbidden one, and each name is of a kind one of their slots takes. Only these can fit, so the parser
    fits only these unless it must say why nothing fits."""
    names = set(_UNNEEDY).union(*(_BY_TAG.get(t, ()) for t in tags))
    for m in mentions:
        names.intersection_update(set().union(*(_BY_KIND.get(e.kind, ()) for e in m.entries)))
    return {n for n in names if all(not tags.isdisjoint(g) for g in BY_NAME[n].needs)
            and tags.isdisjoint(BY_NAME[n].forbids)}
