"""Cue words: the words of a question that are not names but say what is asked.

Each cue tag is a set of words (any form: they are compared in canonical form, so "inserts", "inserting"
and "insertion" need not all be listed) or of phrases ("other than"). The question families
(anatomy_kg.families) say which tags signal them; a tag a family cannot use counts against it.
"""

from __future__ import annotations

from functools import cache

from .words import canonical

# words that ask for a cranial nerve's nuclei; read as a root question (answers.nerve_roots says which it gave)
NUCLEUS_CUES = {"nucleus", "nuclei", "motor nucleus", "origin nucleus"}

CUES: dict[str, set[str]] = {
    "origin": {"origin", "originate", "arise", "arising", "arose", "proximal attachment", "proximal", "start",
               "begin", "arise from", "originate from", "take origin"},
    "insertion": {"insertion", "insert", "distal attachment", "distal", "end on", "terminate on"},
    "attachment": {"attach", "attachment", "connect", "anchor"},
    "supply": {"supply", "innervate", "innervation", "innervated", "serve", "control", "nerve supply",
               "motor supply", "motor innervation", "drive", "keep"},   # "C3, 4, 5 keep the diaphragm alive"
    "nerve": {"nerve", "which nerve", "what nerve", "motor nerve"},
    "root": {"root", "root value", "level", "segment", "segmental", "myotome", "spinal level", "spinal segment",
             "spinal root", "nerve root", "value", "spinal nerve",
             *NUCLEUS_CUES},   # a cranial nerve's nuclei stand for its roots
    "action": {"do", "action", "function", "role", "job", "purpose", "work", "used for", "responsible for"},
    "muscle": {"muscle", "which muscle", "what muscle", "list", "everything", "anything", "whatever"},
    "two-joint": {"biarticular", "biarticulate", "multijoint", "two joint", "2 joint", "multiarticular",
                  "polyarticular", "two joints", "both joints", "more than one joint", "several joints"},
    "key": {"key", "isncsci", "asia", "key muscle", "key movement", "key myotome"},
    "antagonist": {"antagonist", "antagonise", "antagonize", "oppose", "opposite", "counteract", "counter",
                   "work against", "act against", "opposing"},
    "synergist": {"synergist", "synergy", "together", "assist", "help", "work with", "act with", "same action",
                  "agonist", "helper", "cooperate"},
    "lesion": {"lesion", "injury", "injure", "palsy", "paralysis", "paralyse", "paralyze", "radiculopathy",
               "damage", "neuropathy", "compression", "compress", "cut", "transection", "transect", "entrapment",
               "entrap", "trauma", "sever", "lose", "loss", "denervate", "denervation", "pinch", "impinge",
               "neuropraxia", "neurapraxia", "axonotmesis", "neurotmesis", "knock out", "knocked out",
               "lesioned", "affect", "affected", "fracture", "deficit"},
    "weak": {"weak", "weakness", "weaken", "paresis", "paretic", "cannot", "cant", "can not", "unable",
             "difficulty", "struggle", "poor", "reduce", "deficient", "impaired", "impair", "absent",
             "grade"},
    "spared": {"normal", "spare", "intact", "strong", "preserve", "fine", "good", "ok", "okay", "unaffected",
               "full strength", "5 5", "present"},
    "branch": {"branch", "division", "offshoot", "twig", "terminal", "branches of", "branch of"},
    # Verbs whose direction depends on the word order: with the nerve before the verb ("the sciatic nerve gives
    # off", "where does the long thoracic nerve arise") or after it ("what forms the upper trunk", "nerves
    # springing from the posterior cord"). anatomy_kg.ask turns each into "branch" or "parent".
    "parent-verb": {"give", "give off", "give rise", "give rise to", "form", "divide", "divide into", "split",
                    "split into", "terminate", "end", "end as", "continue", "continue as", "become", "make up"},
    "child-verb": {"come", "come from", "come off", "comes", "comes from", "comes off", "spring", "arise",
                   "arise from", "stem", "derive",
                   "originate", "originate from", "branch from", "branch off", "branch off from", "emerge",
                   "leave", "take origin", "arising", "arose"},
    "parent": {"parent", "formed from", "derived from", "source nerve", "which cord", "what cord", "which trunk",
               "what trunk", "upstream", "above", "made up of", "made from"},
    "terminal": {"terminal", "terminate", "end", "end as", "final", "continue as", "become", "split into"},
    "map": {"map", "mapping", "correspond", "equivalent", "translate", "crosswalk", "mean in", "match",
            "same as", "in opensim", "known as elsewhere"},
    "plexus-part": {"cord", "trunk", "division", "plexus", "which plexus", "what plexus"},
    "path": {"path", "pathway", "route", "through", "via", "wiring", "run through", "pass through", "get to",
             "reach", "trace", "travel to", "course"},
    "group": {"group", "compartment", "belong", "member", "category", "layer", "part of which", "are in", "is in",
              "in which"},
    "depend": {"depend", "dependent", "serve", "control", "rely", "responsible", "test", "power", "drive"},
    "textbook": {"textbook", "according", "according to", "source", "per", "book", "say", "state", "cite",
                 "reference"},
    "major": {"major", "dominant", "predominant", "predominantly", "mainly", "main", "principal", "chief",
              "chiefly", "primarily", "primary", "mostly", "mostly from"},
    "bone": {"bone", "which bone", "what bone", "part of which bone", "located", "found", "lie", "where is"},
    "joint": {"joint", "cross", "span", "act on", "act across", "move"},
    "movement": {"movement", "motion", "allow", "permit", "possible", "happen", "occur", "available",
                 "range of motion", "rom", "kinematics"},
    "not": {"not", "except", "excluding", "exclude", "without", "other than", "apart from", "besides",
            "but not", "minus", "excepting", "no", "nor", "neither"},
    "or": {"or", "either", "and or", "or else"},
    "count": {"how many", "number of", "count"},
}

# Words that change what is asked in a way no family can express: a question with one is refused by name,
# never answered as if the word were not there.
UNSUPPORTED_MODIFIERS = {
    "strongest", "weakest", "largest", "biggest", "smallest", "longest", "shortest", "most", "least", "best",
    "worst", "more", "less", "fewer", "bigger", "larger", "smaller", "stronger", "weaker",
    "percent", "percentage", "force", "torque", "moment", "arm", "length",
}
# ... except where a family uses the word itself ("strong" is a spared finding, "arm" a region).

# Words of English that carry no content of their own here: ignored, and listed by --explain. Anything
# else that is neither a name nor a cue is read by the rules in anatomy_kg.ask (a near-miss of a name is
# an unknown term; a body part the graph does not hold is refused; the rest is ignored and listed).
FILLER = set("""
what which who whose where when why how is are was were be been being am do does did done doing have has had
having can could would should will shall may might must that this these those it its itself they them their
there here any all each every both me my mine i we us our you your he she his her one ones someone something
of to in on into onto at from by with for about as than then so such also too very really just quite still
please kindly tell show list give name find describe explain say know want need wonder wondering curious
asking ask question help hi hello hey thanks thank thx ok well like lets let make made get got bring about
expect expected usually typically normally generally commonly often exactly actually basically
patient client student exam revision revise osce viva quick quickly briefly short summary overview details
detail info information fact facts look looking see check remind reminder again
anatomy kg anatomykg syndrome
""".split())


@cache
def cue_phrases() -> dict[str, frozenset[str]]:
    """Each cue phrase (in canonical form) and the tags it carries."""
    out: dict[str, set[str]] = {}
    for tag, phrases in CUES.items():
        for phrase in phrases:
            out.setdefault(canonical(phrase), set()).add(tag)
    return {p: frozenset(t) for p, t in out.items()}


@cache
def longest_cue() -> dict[str, int]:
    """For each first word of a cue phrase, the most words a cue phrase beginning with it has."""
    from .lexicon import longest_from

    return longest_from(cue_phrases())


# A word the graph does not know, just before one of these nouns, is taken for part of a name it lacks ("the
# vagus nerve", "the xyzzy muscle"): an unknown term, never filler, so the question is not answered as "what
# nerve supplies ..." of everything. Words that only qualify the noun are let through.
NAME_HEADS = {"nerve", "muscle", "joint", "bone", "ligament", "tendon", "artery", "vein", "plexus", "branch"}
QUALIFYING = set("""
motor sensory main principal chief primary same other big large small important named specific particular
single whole entire relevant respective corresponding individual actual peripheral cranial spinal usual
commonest common typical responsible affected injured damaged involved
""".split())
