"""The words of a question, in the one canonical form that names and cue words are compared in.

Both sides go through ``canonical``: the names of the graph when the lexicon is built, and the words people
type. So "knees" meets "knee", "abducting" meets "abduct", "inf. gluteal n." meets "inferior gluteal nerve"
and "2nd" meets "second", without a list of every form. Inflection comes from ``lemminflect`` (an English
lemmatiser whose dictionary ships in its wheel); a word it does not know keeps its form unless it is an
ordinary English plural or verb form (Latin names such as "vastus" or "brachialis" are left alone).
"""

from __future__ import annotations

import re
from functools import cache

import lemminflect

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth")
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}   # 11th-13th take "th"

# Abbreviations as people write them ("inf. gluteal n.", "sup. gluteal", "lat. cord", "FDS m.").
ABBREVIATIONS = {
    "n": "nerve", "nn": "nerve", "nv": "nerve", "m": "muscle", "mm": "muscle", "mus": "muscle",
    "sup": "superior", "inf": "inferior", "ant": "anterior", "post": "posterior", "lat": "lateral",
    "med": "medial", "br": "branch", "brs": "branch", "lig": "ligament", "jt": "joint", "jts": "joint",
    "pt": "patient", "pts": "patient", "pl": "please", "pls": "please", "plz": "please",
    "prox": "proximal", "dist": "distal", "int": "internal", "ext": "external",
    # "1st" to "12th" (ribs, toes, cranial nerves)
    **{f"{n}{_SUFFIXES.get(n, 'th')}": word for n, word in enumerate(ORDINALS, 1)},
}
_ARTICLES = {"the", "a", "an"}
_LATIN_ENDINGS = ("us", "is", "ss", "ii", "ae", "ei", "ps", "um")


@cache
def canonical_word(word: str) -> str:
    """One word's canonical form: abbreviation expanded, then its lemma ("knees" -> "knee")."""
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    if not word.isalpha() or len(word) < 4:
        return word
    known = [form for forms in lemminflect.getAllLemmas(word).values() for form in forms]
    if known:
        return word if word in known else known[0]
    if word.endswith(("ing", "ed")):
        return lemminflect.getAllLemmasOOV(word, upos="VERB").get("VERB", (word,))[0]
    if word.endswith("s") and not word.endswith(_LATIN_ENDINGS):
        return lemminflect.getAllLemmasOOV(word, upos="NOUN").get("NOUN", (word,))[0]
    return word


def words_of(text: str) -> list[str]:
    """Lower case, apostrophes dropped, other punctuation as spaces, articles left out; the raw words."""
    text = text.lower().replace("'", "").replace("\u2019", "")
    return [w for w in re.sub(r"[^a-z0-9]+", " ", text).split() if w not in _ARTICLES]




def cranial_nerve_names(number: int) -> list[str]:
    """The names a cranial nerve has by its number (akg:cranialNerveNumber): 11 is "CN XI", "CN 11", "CNXI",
    "cranial nerve XI", "cranial nerve 11", "nerve XI" and "eleventh cranial nerve" (and "11th cranial nerve",
    read as "eleventh")."""
    roman = ROMAN[number - 1]
    return [f"CN {roman}", f"CN {number}", f"CN{roman}", f"CN{number}", f"cranial nerve {roman}",
            f"cranial nerve {number}", f"nerve {roman}", f"{ORDINALS[number - 1]} cranial nerve"]


def canonical(text: str) -> str:
    """The canonical form of a phrase: its words, each in canonical form."""
    return " ".join(canonical_word(w) for w in words_of(text))


# ------------------------------------------------------------------ series of spinal segments

# The spinal segments in cranial-to-caudal order (the graph's akg:segmentOrder, ontology/spinal-segments.ttl),
# for reading a range such as "L4-S1"; tests/test_ask_slots.py holds this list to the graph's order.
SEGMENTS = (*(f"C{n}" for n in range(1, 9)), *(f"T{n}" for n in range(1, 13)), *(f"L{n}" for n in range(1, 6)),
            *(f"S{n}" for n in range(1, 6)), "Co1")
_SEGMENT = r"(?:co|[ctls])\d{1,2}"
_JOIN = r"(?:\s*(?:,|/|&|\band\b|\bor\b|-|\u2013|\u2014|\bto\b|\bthrough\b|\bthru\b)\s*|\s+(?=\d))"
_SERIES = re.compile(rf"\b({_SEGMENT})((?:{_JOIN}(?:{_SEGMENT}|\d{{1,2}})\b)+)", re.I)
_PARTS = re.compile(rf"({_JOIN})((?:co|[ctls])?\d{{1,2}})", re.I)
_RANGE = {"-", "\u2013", "\u2014", "to", "through", "thru"}


def segment_series(text: str) -> tuple[str, list[str]]:
    """``text`` with each series of spinal segments written out ("C3, 4, 5" -> "C3 and C4 and C5",
    "L4-S1" -> "L4 and L5 and S1", "L4 or 5" -> "L4 or L5"), and a note for each series read. A bare number
    continues the letter before it; a dash or "to" is a range in segment order. A series that names
    something not in the order is left as typed."""
    notes = []

    def written_out(match: re.Match) -> str:
        first = match[1].upper().replace("CO", "Co")
        names, joins, letter, filled = [first], [], first.rstrip("0123456789"), False
        for join, part in _PARTS.findall(match[2]):
            name = part.upper().replace("CO", "Co")
            filled |= not name[0].isalpha()
            name = name if name[0].isalpha() else letter + name
            letter = name.rstrip("0123456789")
            if name not in SEGMENTS or names[-1] not in SEGMENTS:
                return match[0]
            if join.strip().lower() in _RANGE:
                start, end = SEGMENTS.index(names[-1]), SEGMENTS.index(name)
                if end <= start:
                    return match[0]
                between = list(SEGMENTS[start + 1:end + 1])
                filled = True
                names += between
                joins += ["and"] * len(between)
            else:
                names.append(name)
                joins.append("or" if join.strip().lower() == "or" else "and")
        if not filled or len(set(joins)) > 1:
            return match[0]   # as typed: every segment named ("L4 or S1"), or no one reading ("L4 and 5 or S1")
        out = f" {joins[0]} ".join(names)
        shown = out.replace(f" {joins[0]} ", ", ", len(names) - 2) if len(names) > 2 else out
        notes.append(f"Read {match[0].strip()!r} as {shown}.")
        return out

    return _SERIES.sub(written_out, text), notes
