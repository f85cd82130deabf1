"""Score the phrasings written blind to the parser (tests/phrasings_users.py) on the embedded store: the
share fully right, and each miss with its reason. tests/test_user_phrasings.py asserts the share (at least
95 %) and that no miss is clearly wrong, on the embedded store and on a real Oxigraph server.

    python tests/score_user_phrasings.py
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from phrasings_users import USER_PHRASINGS  # noqa: E402

import anatomy_kg  # noqa: E402
from anatomy_kg import UnknownTerm, UnsupportedQuestion  # noqa: E402


def miss(kg, p) -> tuple[str, str] | None:
    """None when the phrasing is fully right, else (kind of miss, detail)."""
    try:
        a = kg.ask(p.question)
    except (UnknownTerm, UnsupportedQuestion) as refusal:
        if p.refused is not None and p.refused.lower() in str(refusal).lower():
            return None
        return "refused", str(refusal)[:110]
    if p.refused is not None:
        return "answered, should be refused", a.family
    labels = {r["label"] for r in a.results}
    if a.family != p.family:
        return "family", f"{a.family} not {p.family}"
    if p.verdict is not None and a.verdict is not p.verdict:
        return "verdict", str(a.verdict)
    if p.exactly is not None and labels != p.exactly:
        return "exactly", f"missing {sorted(p.exactly - labels)[:3]} extra {sorted(labels - p.exactly)[:3]}"
    if not p.includes <= labels:
        return "missing", str(sorted(p.includes - labels)[:4])
    if p.excludes & labels:
        return "WRONG", f"has {sorted(p.excludes & labels)[:4]}"
    if p.first and (not a.results or a.results[0]["label"] != p.first):
        return "first", a.results[0]["label"] if a.results else "no results"
    if p.note and not any(p.note in n for n in a.notes):
        return "note", p.note
    return None


def main() -> None:
    kg = anatomy_kg.load()
    misses = [(p.question, *m) for p in USER_PHRASINGS if (m := miss(kg, p))]
    right = len(USER_PHRASINGS) - len(misses)
    print(f"users' suite: {len(USER_PHRASINGS)} phrasings, fully right {right}"
          f" ({100 * right / len(USER_PHRASINGS):.1f} %)")
    print(dict(collections.Counter(kind for _, kind, _ in misses)))
    for question, kind, detail in misses:
        print(f"  {kind:28} {question!r}: {detail}")


if __name__ == "__main__":
    main()
