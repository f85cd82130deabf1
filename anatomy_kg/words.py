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

# Abbreviations as people write them ("inf. gluteal n.", "sup. gluteal", "lat. cord", "FDS m.").
ABBREVIATIONS = {
    "n": "nerve", "nn": "nerve", "nv": "nerve", "m": "muscle", "mm": "muscle", "mus": "muscle",
    "sup": "superior", "inf": "inferior", "ant": "anterior", "post": "posterior", "lat": "lateral",
    "med": "medial", "br": "branch", "brs": "branch", "lig": "ligament", "jt": "joint", "jts": "joint",
    "pt": "patient", "pts": "patient", "pl": "please", "pls": "please", "plz": "please",
    "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
    "prox": "proximal", "dist": "distal", "int": "internal", "ext": "external",
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


def canonical(text: str) -> str:
    """The canonical form of a phrase: its words, each in canonical form."""
    return " ".join(canonical_word(w) for w in words_of(text))
