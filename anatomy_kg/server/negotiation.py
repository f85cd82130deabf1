"""Content negotiation: the format a client's Accept header prefers, among those offered."""

from __future__ import annotations


def accepted(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their q-values, most wanted first (stable for ties)."""
    ranges = []
    for position, part in enumerate((header or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        quality = 1.0
        for field in fields[1:]:
            name, _, value = field.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((fields[0].lower(), quality, position))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(media, quality) for media, quality, _ in ranges if quality > 0]


def choose(header: str | None, offered: dict[str, str], default: str) -> str:
    """The key of ``offered`` (name -> media type) whose media type the header ranks highest; ``default``
    when the header accepts anything or nothing offered."""
    for media, _ in accepted(header):
        if media in ("*/*", "application/*", "text/*") or media.endswith("/*"):
            prefix = media.split("/")[0]
            if media == "*/*" or offered[default].startswith(prefix + "/"):
                return default
            for name, offered_type in offered.items():
                if offered_type.startswith(prefix + "/"):
                    return name
            continue
        for name, offered_type in offered.items():
            if offered_type == media:
                return name
    return default
