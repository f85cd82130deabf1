"""Questions in words -> a question family of the registry (anatomy_kg.families) with its slots filled.

How a question is read:

1. Its words are put in canonical form (anatomy_kg.words): abbreviations expanded ("inf. gluteal n."),
   ordinals spelt out ("2nd"), plurals and verb forms lemmatised ("knees", "abducting").
2. Names of graph nodes are found, longest first (anatomy_kg.lexicon); then cue words and phrases
   (anatomy_kg.cues). Every other word is either filler (ignored, and listed by ``--explain``), a near miss
   of a name (``UnknownTerm`` with suggestions), a body part the graph does not hold, or a modifier no
   family can express ("strongest"): the last two refuse the question by name.
3. A movement is paired with the joint it is done at ("abduct the hip" -> hip abduction) where the graph
   names that joint action; "ankle eversion" is a name of the foot's eversion, with a note.
4. Each family of the registry is tried: every name must fill one of its slots, its required slots must be
   filled, and the cue words it signals are counted for it, those it cannot use against it. The best fit
   is chosen; when none fits, the refusal names the name that could not be used and why.

The rule: every name the parser recognises fills a slot of the chosen family, or the question is refused
with a reason that names it. A name that means nodes of one kind in several places (abductor digiti
minimi: of the hand and of the foot) is answered for every reading where the slot takes several, and
refused with the choices where it takes one.

The question's words never reach SPARQL: only the IRIs of the nodes they name are bound into queries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .cues import FILLER, NAME_HEADS, QUALIFYING, UNSUPPORTED_MODIFIERS, cue_phrases, longest_cue
from .lexicon import Entry, Lexicon, UnknownTerm
from .words import canonical, canonical_word, segment_series, words_of


class UnsupportedQuestion(ValueError):
    """A question whose words are all read but which no question family can answer as asked."""


MAJOR = "https://w3id.org/anatomy-kg/vocab/major"
# How an outside term relates to the entity it maps to (the SKOS predicate is read from entity to term).
MAPPED_AS = {"exactMatch": "is", "closeMatch": "is close to", "narrowMatch": "is one part of",
             "broadMatch": "covers", "relatedMatch": "is about"}
# "CN 7", "CN VII", "cn7": a cranial nerve by its number; one the graph holds is a name (the lexicon reads its
# number), any other is refused by name rather than read as filler.
CRANIAL_NUMBER = re.compile(r"cn(?:[0-9]+|[ivx]+)?")
YES_NO_OPENERS = {"is", "are", "does", "do", "did", "can", "could", "will", "would", "has", "have"}
# words that make a sentence a question; without one, "C3, 4 and 5 keep the diaphragm alive" is a statement
QUESTION_WORDS = {"what", "which", "where", "who", "whom", "whose", "how", "why", "when", "list", "show", "name",
                  "give", "tell", "find", "identify"}
CLAUSE_BREAK = re.compile(r"[,;.]|:(?!\d)|\b(?:but|while|whereas|yet|with)\b", re.IGNORECASE)  # not HP:0012515
# Tags a family must use when they are present, or the question is refused: dropping them would answer
# another question ("antagonists of X" answered as X's own facts).
STRICT_TAGS = {"not", "or", "antagonist", "synergist", "two-joint", "key", "map", "path", "lesion", "weak",
               "textbook"}
# Tags that only steer; never counted against a family.
SOFT_TAGS = {"muscle", "count", "action", "movement", "joint"}


@dataclass
class Mention:
    """A run of words naming graph nodes."""

    start: int
    end: int
    words: str
    entries: frozenset[Entry]
    translated: bool = False      # an outside term, replaced by the graph entities it maps to
    cue_tags: frozenset[str] = frozenset()   # the tags the same words carry as a cue ("oppose")
    negated: bool = False         # after "not" / "except"
    joined_by_or: bool = False    # "or" between this name and the one before it
    note: str = ""
    original: tuple[Entry, ...] = ()  # for an outside term: the terms themselves
    _of: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # of() and kind_set(), kept

    def kinds(self) -> set[str]:
        return set(self.kind_set())

    def kind_set(self) -> frozenset[str]:
        found = self._of.get("kinds")
        if found is None:
            found = self._of["kinds"] = frozenset(e.kind for e in self.entries)
        return found

    def of(self, *kinds: str) -> tuple[Entry, ...]:
        found = self._of.get(kinds)
        if found is None:
            found = self._of[kinds] = tuple(sorted((e for e in self.entries if e.kind in kinds), key=lambda e: e.label))
        return found


@dataclass
class Fill:
    """A slot's value: the entries one mention fills it with (several for a name of several nodes)."""

    mention: Mention
    entries: list[Entry]


@dataclass
class Plan:
    """A question read: its family, the slots filled, and how each word was read."""

    family: str
    question: str = ""
    slots: dict[str, list[Fill]] = field(default_factory=dict)
    tags: set[str] = field(default_factory=set)
    words: list[tuple[str, str]] = field(default_factory=list)   # (word, how it was read)
    ignored: list[str] = field(default_factory=list)
    readings: list[str] = field(default_factory=list)            # notes on how names were read
    queries: tuple[str, ...] = ()
    bindings: list[dict[str, str]] = field(default_factory=list)  # filled by the family's answer

    def entries(self, slot: str) -> list[Entry]:
        return [e for f in self.slots.get(slot, []) for e in f.entries]

    def one(self, slot: str) -> Entry | None:
        found = self.entries(slot)
        return found[0] if found else None

    def explain(self) -> str:
        """How the question was read: each word, the family and its query files, the slots filled."""
        lines = ["read: " + "; ".join(f"{w!r} {how}" for w, how in self.words)]
        lines.append(f"family: {self.family} (" + ", ".join(f"queries/{q}.rq" for q in self.queries) + ")")
        for name, fills in self.slots.items():
            for f in fills:
                flags = " (excluded)" if f.mention.negated else " (or)" if f.mention.joined_by_or else ""
                lines.append(f"slot {name}: " + ", ".join(e.label for e in f.entries) + flags)
        if self.ignored:
            lines.append("ignored: " + ", ".join(self.ignored))
        for k, bindings in enumerate((b for b in self.bindings if b), 1):
            label = f"run {k}" if len(self.bindings) > 1 else "bound"
            lines.append(f"{label}: " + ", ".join(f"?{n} = <{v}>" for n, v in bindings.items()))
        return "\n".join(lines)


@cache
def outside_anatomy() -> frozenset[str]:
    text = Path(__file__).with_name("outside_anatomy.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


# ------------------------------------------------------------------ reading the words


@dataclass
class Reading:
    mentions: list[Mention]
    tags: set[str]
    words: list[tuple[str, str]]
    ignored: list[str]
    yes_no: bool
    raw: list[str] = field(default_factory=list)                       # the question's words
    cues: list[tuple[int, frozenset[str]]] = field(default_factory=list)  # (position, tags) of each cue
    notes: list[str] = field(default_factory=list)   # how a series of segments was written out ("C3,4,5")


def read(question: str, lexicon: Lexicon) -> Reading:
    """The names, cues and other words of a question (raises UnknownTerm / UnsupportedQuestion)."""
    question, series = segment_series(question)
    raw = words_of(question)
    if not raw:
        raise UnsupportedQuestion("the question is empty")
    words = [canonical_word(w) for w in raw]
    cues, longest_cues = cue_phrases(), longest_cue()
    mentions: list[Mention] = []
    tags: set[str] = set()
    how: list[tuple[str, str]] = []
    ignored: list[str] = []
    unknown: list[int] = []
    stray: list[int] = []   # content words that are neither names nor cues
    refused: list[str] = []
    negate, or_next = False, False
    cue_at: list[tuple[int, frozenset[str]]] = []
    i = 0
    while i < len(words):
        name_length, cue_length = lexicon.longest_from.get(words[i], 0), longest_cues.get(words[i], 0)
        found = _longest(words, i, name_length, lexicon.index) if name_length else None
        cue = _longest(words, i, cue_length, cues) if cue_length else None
        if found and cue and cue[0] > found[0]:   # "2 joint" is a cue, not the outside term "2" and a word
            found = None
        if found:
            j, entries = found
            phrase = " ".join(words[i:j])
            mention = Mention(i, j, " ".join(raw[i:j]), frozenset(entries), cue_tags=cues.get(phrase, frozenset()),
                              negated=negate, joined_by_or=or_next)
            mention.note = _name_note(lexicon, entries, phrase)
            mentions.append(mention)
            or_next = False
            how.append((mention.words, "= " + " / ".join(sorted(f"{e.label} ({e.kind})" for e in entries))))
            i = j
            continue
        if raw[i] in UNSUPPORTED_MODIFIERS:   # before cues: "strongest" is not the finding "strong"
            refused.append(raw[i])
            i += 1
            continue
        if cue:
            j, cue_tags = cue
            tags |= cue_tags
            cue_at.append((i, cue_tags))
            if "not" in cue_tags:
                negate = True
            if "or" in cue_tags:
                or_next = True
            how.append((" ".join(raw[i:j]), "cue: " + ", ".join(sorted(cue_tags))))
            i = j
            continue
        word = words[i]
        if CRANIAL_NUMBER.fullmatch(word):
            named = " ".join(raw[i:i + 2]) if word == "cn" and i + 1 < len(raw) else raw[i]
            held = sorted(n for n in lexicon.shown.get("nerve", ()) if re.fullmatch(r"CN [IVX]+", n))
            raise UnsupportedQuestion(f"{named!r} is a cranial nerve anatomy-kg does not hold yet; of the twelve it"
                                      f" holds {', '.join(held) or 'none'}")
        if word in UNSUPPORTED_MODIFIERS:
            refused.append(raw[i])
        elif word in FILLER or raw[i] in FILLER or word.isdigit():
            ignored.append(raw[i])
            how.append((raw[i], "ignored"))
        elif word in lexicon.name_words or lexicon.near_miss(word):
            unknown.append(i)
        elif word in outside_anatomy() or raw[i] in outside_anatomy():
            raise UnsupportedQuestion(f"{raw[i]!r} is a body part anatomy-kg does not hold yet: it covers the muscles,"
                                      " bones, joints and nerves of the upper and lower limbs; beyond them, so far"
                                      " only the diaphragm and the muscles of mastication")
        else:
            ignored.append(raw[i])
            how.append((raw[i], "ignored"))
            stray.append(i)
        i += 1
    # a word of no name just before "nerve", "muscle" ...: part of a name the graph lacks ("the vagus nerve"),
    # said with its noun, and suggested only names that are close as a whole ("radal nerve": radial nerve)
    headed = [k for k in stray if k + 1 < len(words) and words[k + 1] in NAME_HEADS and words[k] not in QUALIFYING]
    if headed and not unknown:
        names = [" ".join(raw[k:k + 2]) for k in headed]
        raise UnknownTerm(names, lexicon.suggest(names[0], cutoff=75, scorer="ratio"))
    if unknown:
        runs = _runs(unknown)
        # the unknown words with the word after them ("glutel nerve" is closest to "superior gluteal nerve")
        text = " ".join(raw[k] for k in range(runs[0][0], min(len(raw), runs[0][-1] + 2)))
        raise UnknownTerm([raw[k] for k in unknown], lexicon.suggest(text))
    if refused:
        raise UnsupportedQuestion(f"I read {refused[0]!r} but no question type can rank or measure muscles that way;"
                                  " ask without it to list them all")
    mentions = [_translated(m, lexicon) for m in mentions]
    return Reading(mentions, tags, how, ignored, raw[0] in YES_NO_OPENERS, raw, cue_at, series)


def _name_note(lexicon: Lexicon, entries, phrase: str) -> str:
    """The scope note of a node reached by a name other than its own ("the peronei")."""
    for e in entries:
        if e.iri in lexicon.notes and lexicon.lookup(e.label) and phrase != " ".join(
                canonical_word(w) for w in words_of(e.label)):
            return lexicon.notes[e.iri]
    return ""


def _longest(words: list[str], i: int, longest: int, index: dict):
    for j in range(min(len(words), i + longest), i, -1):
        found = index.get(" ".join(words[i:j]))
        if found:
            return j, found
    return None


def _runs(positions: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for k in positions:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _translated(mention: Mention, lexicon: Lexicon) -> Mention:
    """A name that is only an outside term (glmed1_r, "Quads" of a database) stands for what it maps to."""
    if all(e.kind != "xref" for e in mention.entries):
        return mention
    if any(e.kind != "xref" for e in mention.entries):  # the outside terms it also names are kept for crosswalks
        terms = tuple(sorted((e for e in mention.entries if e.kind == "xref"), key=lambda e: e.iri))
        return Mention(mention.start, mention.end, mention.words,
                       frozenset(e for e in mention.entries if e.kind != "xref"), False, mention.cue_tags,
                       mention.negated, mention.joined_by_or, mention.note, original=terms)
    targets = frozenset(entity for term in mention.entries for _, entity in lexicon.targets(term))
    if not targets:
        raise UnsupportedQuestion(f"{mention.words!r} is a term of an outside vocabulary that maps to nothing in"
                                  " anatomy-kg (ask what it maps to)")
    return Mention(mention.start, mention.end, mention.words, targets, True, mention.cue_tags, mention.negated,
                   mention.joined_by_or, mention.note, original=tuple(sorted(mention.entries, key=lambda e: e.iri)))


def readings(mentions: list[Mention], lexicon: Lexicon) -> list[str]:
    """One sentence per outside term read as what it maps to, saying what it was read as."""
    out = []
    for m in (m for m in mentions if m.translated):
        for term in m.original:
            said = "; ".join(f"{MAPPED_AS.get(p, p)} {entity.label}" for p, entity in lexicon.targets(term))
            name = term.label if words_of(term.label) == words_of(m.words) else f"{m.words} ({term.label})"
            out.append(f"Read {name} as an outside term that {said}.")
    return out


# ------------------------------------------------------------------ movements at joints

# Words that may stand between a movement and the joints it is done at ("flex both the hip and the knee").
JOINERS = {"and", "or", "both", "either", "plus", "nor"}
# Words that tie a movement noun to the joint after it ("abduction of the hip", "flexion at the knee").
OF_WORDS = {"of", "at", "in", "around", "across", "about"}


def pair_actions(reading: Reading, lexicon: Lexicon, last_place: Mention | None = None
                 ) -> tuple[list[Mention], list[str], Mention | None]:
    """Movements paired with the joint (or limb part) they are done at, as the joint actions the graph names.

    - "hip abduction", "hip abductors", "hip and knee flexion": the joints just before the movement;
    - "abduct the hip", "flex both the hip and the knee", "abductors of the hip", "abduction of the hip": the
      joints after it (after a movement noun, only when joined by "of", "at" or "in");
    - "extend the thumb" is extension at each joint of the thumb; "evert the ankle" is the foot's eversion
      (whose names include "ankle eversion", with a note);
    - a movement with no joint of its own takes the joint of the action named before it ("weak shoulder
      abduction and lateral rotation"; ``last_place`` carries it from an earlier clause), or else the one
      joint the graph has that movement at ("pronation": of the forearm).

    Returns the mentions with movements and joints paired, notes on how names were read, and the last joint
    or limb part a movement was paired with."""
    mentions, raw = reading.mentions, reading.raw
    between = [raw[a.end:b.start] for a, b in zip(mentions, mentions[1:], strict=False)]   # between[k]: after mention k

    def is_place(k: int) -> bool:
        m = mentions[k]
        return bool(m.of("joint", "region")) and not m.of("movement", "muscle")

    def is_movement(k: int) -> bool:  # a name only of movements ("supinator" is also a muscle)
        return mentions[k].kinds() == {"movement"}

    def chain(k: int, step: int) -> list[int]:
        """The places joined by "and" / "or" from mention k on, in one direction."""
        out = [k]
        while 0 <= out[-1] + step < len(mentions) and is_place(out[-1] + step):
            gap = between[min(out[-1], out[-1] + step)]
            if not set(gap) <= JOINERS:
                break
            out.append(out[-1] + step)
        return sorted(out)

    def candidates(k: int) -> list[list[int]]:
        noun = raw[mentions[k].end - 1].endswith("ion")
        before = chain(k - 1, -1) if k > 0 and is_place(k - 1) and not between[k - 1] else []
        after = []
        j = k + 1
        if not noun:  # "abduct and laterally rotate the hip": movements joined by "and" share the joint after
            while j < len(mentions) and is_movement(j) and set(between[j - 1]) <= JOINERS:
                j += 1
        if j < len(mentions) and is_place(j):
            gap = set(between[j - 1])
            if (gap & OF_WORDS if noun else gap <= FILLER | JOINERS):
                after = chain(j, 1)
        return [c for c in ([before, after] if noun else [after, before]) if c]

    out: list[Mention] = []
    notes: list[str] = []
    consumed: set[int] = set()
    for k, m in enumerate(mentions):
        if not is_movement(k):
            last_place = _joint_of(m, lexicon) or last_place
            continue
        paired = []
        for places in candidates(k):
            paired = [(j, found) for j in places if (found := _action_named(mentions[j], m, lexicon))]
            if paired:
                break
        if not paired and last_place is not None and (found := _action_named(last_place, m, lexicon)):
            paired = [(None, found)]
        if paired:
            for j, (entries, note) in paired:
                place = mentions[j] if j is not None else None
                if place is not None:
                    consumed.add(j)
                    last_place = place
                first = place is None or j == min(i for i, _ in paired if i is not None)
                out.append(Mention(min(m.start, place.start) if place else m.start,
                                   max(m.end, place.end) if place else m.end,
                                   f"{m.words} … {place.words}" if place else m.words,
                                   frozenset(entries), m.translated, negated=m.negated or bool(place and place.negated),
                                   joined_by_or=m.joined_by_or if first else place.joined_by_or, note=note))
                if note:
                    notes.append(note)
            continue
        only = _only_action(m, lexicon)
        if only is not None:
            note = f"Read {m.words!r} as {only.label}, the one joint action of that movement in the graph."
            out.append(Mention(m.start, m.end, m.words, frozenset({only}), m.translated, negated=m.negated,
                               joined_by_or=m.joined_by_or, note=note))
            notes.append(note)
            continue
        out.append(m)
    out += [m for k, m in enumerate(mentions) if not is_movement(k) and k not in consumed]
    out.sort(key=lambda m: (m.start, m.end))
    return out, notes, last_place


def _action_named(place: Mention, movement: Mention, lexicon: Lexicon) -> tuple[list[Entry], str] | None:
    """The joint actions of a movement at a place: by name ("hip abduction", "abduction of the arm",
    "ankle eversion"), else by the graph's joint and movement of each action."""
    for move in movement.of("movement"):
        # the words as typed first ("thumb extension": at each joint of the thumb), then the joints' names
        for name in dict.fromkeys([place.words, *(j.label.removesuffix(" joint") for j in place.of("joint"))]):
            for phrase in (f"{name} {move.label}", f"{move.label} of {name}"):
                found = sorted((e for e in lexicon.lookup(phrase) if e.kind == "action"), key=lambda e: e.label)
                if found:
                    own = canonical(phrase) in {canonical(e.label) for e in found}
                    note = "" if own or len(found) > 1 else lexicon.notes.get(found[0].iri, "")
                    return found, note
        found = [lexicon.action_at[(j.iri, move.iri)] for j in place.of("joint")
                 if (j.iri, move.iri) in lexicon.action_at]
        if found:
            return sorted(found, key=lambda e: e.label), ""
    return None


def _joint_of(mention: Mention, lexicon: Lexicon) -> Mention | None:
    """The joint of a joint action named outright ("finger abduction"), as a place later movements can take."""
    joints = {lexicon.joint_of[a.iri] for a in mention.of("action") if a.iri in lexicon.joint_of}
    if len(joints) != 1:
        return None
    joint = lexicon.by_iri[joints.pop()]
    return Mention(mention.start, mention.end, joint.label, frozenset({joint}))


def _only_action(movement: Mention, lexicon: Lexicon) -> Entry | None:
    moves = movement.of("movement")
    found = [a for (_, move), a in lexicon.action_at.items() if any(move == m.iri for m in moves)]
    return found[0] if len(found) == 1 else None


# ------------------------------------------------------------------ choosing the family


class Misfit:
    """Why a family does not fit, and how much that weighs. The reason may be given as a function, made
    only when it is read (most misfits are never shown: another family fits)."""

    __slots__ = ("_reason", "weight")

    def __init__(self, reason: str | Callable[[], str], weight: int = 0):
        self._reason, self.weight = reason, weight

    @property
    def reason(self) -> str:
        if callable(self._reason):
            self._reason = self._reason()
        return self._reason


@cache
def _registry():
    """anatomy_kg.families, which imports this module: imported on the first question, then kept."""
    from . import families

    return families


def parse(question: str, lexicon: Lexicon) -> Plan:
    reading = read(question, lexicon)
    mentions, pair_notes, _ = names(reading, lexicon)
    tags = set(reading.tags) | _directions(reading, mentions)
    kinds = {k for m in mentions for k in m.kinds()}
    tags |= {"source-named"} if "source" in kinds else set()
    tags |= {"lesion-site"} if "lesion site" in kinds else set()
    tags |= {"vocabulary-named"} if "vocabulary" in kinds else set()
    if any(m.translated for m in mentions) and not tags - {"muscle"}:
        tags.add("map")   # an outside term and no other cue: "what is gem_r", "gaslat_r"
    if reading.yes_no and (len(mentions) >= 2 or "two-joint" in tags):  # a name checked against a name or a kind
        tags.add("yes-no")
    statement = (not reading.yes_no and len(mentions) >= 2 and "supply" in tags and not question.rstrip().endswith("?")
                 and not QUESTION_WORDS & set(reading.raw))
    if statement:   # "L5 supplies gluteus medius", "C3, 4 and 5 keep the diaphragm alive": checked as said
        tags.add("yes-no")
    choices = []   # (the names used as names, the tags) for each reading of the names that are also cue words
    for cue_mentions in _cue_readings(mentions):
        as_cues = {id(m) for m in cue_mentions}
        choices.append(([m for m in mentions if id(m) not in as_cues],
                        tags | {t for m in cue_mentions for t in m.cue_tags}))
    best = _best_fit(choices, question, lexicon, quick=True)
    if best[1] is None or (best[3] - best[1].uses(best[2])) & STRICT_TAGS:
        best = _best_fit(choices, question, lexicon, quick=False)   # again, keeping every family's reason
    _, family, slots, used_tags, misfits = best
    if family is None:
        misfits.sort(key=lambda m: -m[0])
        raise UnsupportedQuestion(misfits[0][2].reason if misfits else "no question type fits these words")
    for tag in sorted(STRICT_TAGS & used_tags - family.uses(slots)):
        word = next((w for w, how in reading.words if how.startswith("cue") and tag in how), tag)
        wanted = [misfit.reason for _, name, misfit in misfits if tag in _registry().REGISTRY_NEEDS.get(name, ())]
        if wanted:  # "antagonists of the hamstrings at the knee": say why that family could not take it
            raise UnsupportedQuestion(f"I read {word!r} but could not answer it as asked: {wanted[0]}")
        raise UnsupportedQuestion(f"I read {word!r} but a question about {family.describe} cannot use it:"
                                  " ask about each name on its own")
    plan = Plan(family.name, question, slots, used_tags, reading.words, reading.ignored, queries=family.queries)
    name_notes = [f.mention.note for fills in slots.values() for f in fills if f.mention.note]
    said = ["Read as a statement to check."] if statement and family.name == "check" else []
    plan.readings = list(dict.fromkeys(said + reading.notes + readings(reading.mentions, lexicon) + pair_notes
                                       + name_notes + _ambiguity_notes(slots, family.name)))
    return plan


def _best_fit(choices: list[tuple[list[Mention], set[str]]], question: str, lexicon: Lexicon, quick: bool):
    """(key, family, slots, tags, misfits) of the best-scoring family over the readings of the names, family
    None when none fits. quick: fit only the families that pass the first checks (families.could_fit), for a
    question that one of them answers; else every family, with the reason each does not fit."""
    registry = _registry()
    best, misfits = (None, None, None, None), []
    fitting = [registry.could_fit(with_cues, used) if quick else None for used, with_cues in choices]
    wanted = set().union(*fitting) if quick else None
    for family in registry.REGISTRY if wanted is None else (f for f in registry.REGISTRY if f.name in wanted):
        for (used, with_cues), candidates in zip(choices, fitting, strict=True):
            if candidates is not None and family.name not in candidates:
                continue
            fit = family.fit(used, with_cues, question, lexicon)
            if isinstance(fit, Misfit):
                misfits.append((fit.weight, family.name, fit))
                continue
            score, slots = fit
            key = (score, family.priority)
            if best[0] is None or key > best[0]:
                best = (key, family, slots, with_cues)
    return (*best, misfits)


def names(reading: Reading, lexicon: Lexicon, last_place: Mention | None = None
          ) -> tuple[list[Mention], list[str], Mention | None]:
    """The names of a question as its slots take them: movements paired with their joints, muscles read with
    their region (see pair_actions and qualified)."""
    mentions, notes, last_place = pair_actions(reading, lexicon, last_place)
    return qualified(mentions, reading.raw, lexicon), notes, last_place


def qualified(mentions: list[Mention], raw: list[str], lexicon: Lexicon) -> list[Mention]:
    """A muscle's name read with the region named next to it, which narrows a name of muscles in several
    regions: "flexor digiti minimi brevis in the foot", "foot ADM", "ADM of the hand"."""
    out = list(mentions)
    k = 0
    while k < len(out):
        m = out[k]
        if m.of("muscle"):
            for j in (k + 1, k - 1):
                if not 0 <= j < len(out) or not out[j].of("region") or out[j].negated != m.negated:
                    continue
                a, b = sorted((m, out[j]), key=lambda x: x.start)
                if not set(raw[a.end:b.start]) <= {"of", "in", "on"}:
                    continue
                regions = {e.iri for e in out[j].of("region")}
                narrowed = frozenset(e for e in m.of("muscle") if lexicon.regions.get(e.iri, set()) & regions)
                if narrowed:  # (a region that only confirms the muscle is read with it too: "ADM of the hand")
                    words = " ".join([a.words, *raw[a.end:b.start], b.words])
                    out[k] = Mention(a.start, b.end, words,
                                     narrowed, m.translated, m.cue_tags, m.negated, m.joined_by_or, m.note, m.original)
                    del out[j]
                    k = min(k, j)
                    break
        k += 1
    return out


def _directions(reading: Reading, mentions: list[Mention]) -> set[str]:
    """A verb between nerves read by word order: "the sciatic nerve gives off" / "what gives off the sciatic
    nerve", "where does the long thoracic nerve arise" / "nerves arising from the posterior cord". Gives
    "branch" (the nerve's branches are asked for) or "parent" (what it comes from), and for two nerves
    "parent-first" when the first named is the one the other comes from ("does the lateral cord give rise
    to the ulnar nerve")."""
    nerves = [m for m in mentions if m.of("nerve")]
    out: set[str] = set()
    for at, tags in reading.cues:
        for verb, after in (("parent-verb", "branch"), ("child-verb", "parent")):
            if verb not in tags:
                continue
            before = {"branch": "parent", "parent": "branch"}[after]
            out.add(after if not nerves or nerves[0].start < at else before)
            if len(nerves) >= 2 and verb == "parent-verb" and nerves[0].start < at < nerves[1].start:
                out.add("parent-first")
    return out


def _cue_readings(mentions: list[Mention]) -> list[list[Mention]]:
    """The names that could be read as cue words instead ("oppose": a movement, or "is opposed by")."""
    cueable = [m for m in mentions if m.cue_tags]
    return [[]] + ([cueable] if cueable else [])


def _ambiguity_notes(slots: dict[str, list[Fill]], family: str) -> list[str]:
    notes = []
    for fills in slots.values():
        for f in fills:
            if f.mention.translated or (family == "crosswalk" and f.mention.original):
                continue  # said by the outside term's reading note, or answered for the term itself
            if len(f.entries) > 1:
                names = ", ".join(e.label for e in f.entries)
                notes.append(f"{f.mention.words!r} names {len(f.entries)} {f.entries[0].kind}s ({names}):"
                             " each is answered.")
            elif len(f.mention.kinds()) > 1 and set(f.mention.entries) - set(f.entries):
                others = ", ".join(sorted(f"{e.label} ({e.kind})" for e in f.mention.entries
                                          if e not in f.entries))
                notes.append(f"Read {f.mention.words!r} as the {f.entries[0].label} ({f.entries[0].kind});"
                             f" it also names {others}.")
    return notes


def clauses(question: str, lexicon: Lexicon) -> list[tuple[str, list[Mention]]]:
    """A findings question's names, each with its polarity ("weak" / "spared"): the polarity word before it in
    its clause ("weak hip abduction"), else the one after it ("dorsiflexion and inversion normal"), else the
    polarity of the clause before."""
    out, polarity, place = [], "weak", None
    for clause in CLAUSE_BREAK.split(question):
        if not words_of(clause):
            continue
        reading = read(clause, lexicon)
        mentions, _, place = names(reading, lexicon, place)
        said = [(i, "spared" if "spared" in tags else "weak") for i, tags in reading.cues
                if tags & {"spared", "weak", "lesion"}]
        for m in mentions:
            before = [p for i, p in said if i < m.start]
            after = [p for i, p in said if i >= m.end]
            polarity = before[-1] if before else after[0] if after else polarity
            out.append((polarity, [m]))
        if said:
            polarity = said[-1][1]
    return out
