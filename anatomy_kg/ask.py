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
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .cues import FILLER, UNSUPPORTED_MODIFIERS, cue_phrases, longest_cue
from .lexicon import Entry, Lexicon, UnknownTerm
from .words import canonical_word, words_of


class UnsupportedQuestion(ValueError):
    """A question whose words are all read but which no question family can answer as asked."""


MAJOR = "https://w3id.org/anatomy-kg/vocab/major"
# How an outside term relates to the entity it maps to (the SKOS predicate is read from entity to term).
MAPPED_AS = {"exactMatch": "is", "closeMatch": "is close to", "narrowMatch": "is one part of",
             "broadMatch": "covers", "relatedMatch": "is about"}
YES_NO_OPENERS = {"is", "are", "does", "do", "did", "can", "could", "will", "would", "has", "have"}
CLAUSE_BREAK = re.compile(r"[,;.]|:(?!\d)|\b(?:but|while|whereas|yet)\b", re.IGNORECASE)  # not HP:0012515
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

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}

    def of(self, *kinds: str) -> list[Entry]:
        return sorted((e for e in self.entries if e.kind in kinds), key=lambda e: e.label)


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


def read(question: str, lexicon: Lexicon, translate: bool = True) -> Reading:
    """The names, cues and other words of a question (raises UnknownTerm / UnsupportedQuestion)."""
    raw = words_of(question)
    if not raw:
        raise UnsupportedQuestion("the question is empty")
    words = [canonical_word(w) for w in raw]
    cues = cue_phrases()
    mentions: list[Mention] = []
    tags: set[str] = set()
    how: list[tuple[str, str]] = []
    ignored: list[str] = []
    unknown: list[int] = []
    refused: list[str] = []
    negate, or_next = False, False
    i = 0
    while i < len(words):
        found = _longest(words, i, lexicon.longest, lexicon.index)
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
        cue = _longest(words, i, longest_cue(), cues)
        if cue:
            j, cue_tags = cue
            tags |= cue_tags
            if "not" in cue_tags:
                negate = True
            if "or" in cue_tags:
                or_next = True
            how.append((" ".join(raw[i:j]), "cue: " + ", ".join(sorted(cue_tags))))
            i = j
            continue
        word = words[i]
        if word in UNSUPPORTED_MODIFIERS:
            refused.append(raw[i])
        elif word in FILLER or raw[i] in FILLER or word.isdigit():
            ignored.append(raw[i])
            how.append((raw[i], "ignored"))
        elif word in lexicon.name_words or lexicon.near_miss(word):
            unknown.append(i)
        elif word in outside_anatomy() or raw[i] in outside_anatomy():
            raise UnsupportedQuestion(f"{raw[i]!r} is a body part anatomy-kg does not hold yet: it covers the muscles,"
                                      " bones, joints and nerves of the upper and lower limbs")
        else:
            ignored.append(raw[i])
            how.append((raw[i], "ignored"))
        i += 1
    if unknown:
        runs = _runs(unknown)
        # the unknown words with the word after them ("glutel nerve" is closest to "superior gluteal nerve")
        text = " ".join(raw[k] for k in range(runs[0][0], min(len(raw), runs[0][-1] + 2)))
        raise UnknownTerm([raw[k] for k in unknown], lexicon.suggest(text))
    if refused:
        raise UnsupportedQuestion(f"I read {refused[0]!r} but no question type can rank or measure muscles that way;"
                                  " ask without it to list them all")
    if translate:
        mentions = [_translated(m, lexicon) for m in mentions]
    return Reading(mentions, tags, how, ignored, raw[0] in YES_NO_OPENERS)


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
    if any(e.kind != "xref" for e in mention.entries):
        return Mention(mention.start, mention.end, mention.words,
                       frozenset(e for e in mention.entries if e.kind != "xref"), False, mention.cue_tags,
                       mention.negated, mention.joined_by_or, mention.note)
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


def pair_actions(mentions: list[Mention], lexicon: Lexicon) -> tuple[list[Mention], list[str]]:
    """Movements paired with the joint they are done at, as the joint action the graph names ("abduct the
    hip" -> hip abduction; "evert the ankle" -> foot eversion, whose names include "ankle eversion")."""
    out, notes, used = [], [], set()
    movements = [k for k, m in enumerate(mentions) if m.of("movement") and not m.of("joint")]
    joints = [k for k, m in enumerate(mentions) if m.of("joint") and not m.of("movement", "muscle")]
    pairs: dict[int, int] = {}
    for k in movements:
        after = [j for j in joints if j > k]
        before = [j for j in joints if j < k]
        # the joint named after the movement ("abduct the hip") or before it ("hip abduction" split up)
        j = after[0] if after else before[-1] if before else None
        if j is not None:
            pairs[k] = j
    for k, m in enumerate(mentions):
        if k in pairs:
            joint = mentions[pairs[k]]
            action = _action_named(joint, m, lexicon)
            if action is None:
                out.append(m)
                continue
            used.add(pairs[k])
            entry, note = action
            out.append(Mention(min(m.start, joint.start), max(m.end, joint.end), f"{m.words} … {joint.words}",
                               frozenset({entry}), m.translated, negated=m.negated, joined_by_or=m.joined_by_or,
                               note=note))
            if note:
                notes.append(note)
        elif k not in used and k not in pairs.values():
            out.append(m)
    # a joint paired with a movement that the graph names no action for stays a joint
    out += [mentions[j] for j in set(pairs.values()) - used if mentions[j] not in out]
    out.sort(key=lambda m: m.start)
    return out, notes


def _action_named(joint: Mention, movement: Mention, lexicon: Lexicon) -> tuple[Entry, str] | None:
    for move in movement.of("movement"):
        for name in {joint.words, *(j.label.removesuffix(" joint") for j in joint.of("joint"))}:
            found = [e for e in lexicon.lookup(f"{name} {move.label}") if e.kind == "action"]
            if len(found) == 1:
                action = found[0]
                note = lexicon.notes.get(action.iri, "")
                return action, (note if action.label != f"{name} {move.label}" else "")
    return None


# ------------------------------------------------------------------ choosing the family


@dataclass
class Misfit:
    reason: str
    weight: int = 0


def parse(question: str, lexicon: Lexicon) -> Plan:
    from .families import REGISTRY, REGISTRY_NEEDS

    reading = read(question, lexicon)
    mentions, pair_notes = pair_actions(reading.mentions, lexicon)
    tags = set(reading.tags)
    kinds = {k for m in mentions for k in m.kinds()}
    tags |= {"source-named"} if "source" in kinds else set()
    tags |= {"lesion-site"} if "lesion site" in kinds else set()
    if reading.yes_no and len(mentions) >= 2:
        tags.add("yes-no")
    best, misfits = None, []
    for family in REGISTRY:
        for cue_mentions in _cue_readings(mentions):
            used = [m for m in mentions if m not in cue_mentions]
            extra = {t for m in cue_mentions for t in m.cue_tags}
            fit = family.fit(used, tags | extra, question, lexicon)
            if isinstance(fit, Misfit):
                misfits.append((fit.weight, family.name, fit.reason))
                continue
            score, slots = fit
            key = (score, family.priority)
            if best is None or key > best[0]:
                best = (key, family, slots, tags | extra)
    if best is None:
        misfits.sort(key=lambda m: -m[0])
        reason = misfits[0][2] if misfits else "no question type fits these words"
        raise UnsupportedQuestion(reason)
    _, family, slots, used_tags = best
    for tag in sorted(STRICT_TAGS & used_tags - family.uses(slots)):
        word = next((w for w, how in reading.words if how.startswith("cue") and tag in how), tag)
        wanted = [reason for _, name, reason in misfits if tag in REGISTRY_NEEDS.get(name, ())]
        if wanted:  # "antagonists of the hamstrings at the knee": say why that family could not take it
            raise UnsupportedQuestion(f"I read {word!r} but could not answer it as asked: {wanted[0]}")
        raise UnsupportedQuestion(f"I read {word!r} but a question about {family.describe} cannot use it:"
                                  " ask about each name on its own")
    plan = Plan(family.name, question, slots, used_tags, reading.words, reading.ignored, queries=family.queries)
    name_notes = [f.mention.note for fills in slots.values() for f in fills if f.mention.note]
    plan.readings = list(dict.fromkeys(readings(reading.mentions, lexicon) + pair_notes + name_notes
                                       + _ambiguity_notes(slots)))
    return plan


def _cue_readings(mentions: list[Mention]) -> list[list[Mention]]:
    """The names that could be read as cue words instead ("oppose": a movement, or "is opposed by")."""
    cueable = [m for m in mentions if m.cue_tags]
    return [[]] + ([cueable] if cueable else [])


def _ambiguity_notes(slots: dict[str, list[Fill]]) -> list[str]:
    notes = []
    for fills in slots.values():
        for f in fills:
            if len(f.entries) > 1 and not f.mention.translated:
                names = ", ".join(e.label for e in f.entries)
                notes.append(f"{f.mention.words!r} names {len(f.entries)} {f.entries[0].kind}s ({names}):"
                             " each is answered.")
            elif len(f.mention.kinds()) > 1:
                others = ", ".join(sorted(f"{e.label} ({e.kind})" for e in f.mention.entries
                                          if e not in f.entries))
                notes.append(f"Read {f.mention.words!r} as the {f.entries[0].label} ({f.entries[0].kind});"
                             f" it also names {others}.")
    return notes


def clauses(question: str, lexicon: Lexicon) -> list[tuple[str, list[Mention]]]:
    """A findings question's clauses, each with its polarity ("weak" / "spared") and the names in it."""
    out, polarity = [], "weak"
    for clause in CLAUSE_BREAK.split(question):
        if not words_of(clause):
            continue
        reading = read(clause, lexicon)
        if "spared" in reading.tags:
            polarity = "spared"
        elif "weak" in reading.tags or "lesion" in reading.tags:
            polarity = "weak"
        mentions, _ = pair_actions(reading.mentions, lexicon)
        out.append((polarity, mentions))
    return out
