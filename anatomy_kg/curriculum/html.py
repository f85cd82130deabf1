"""The package's HTML templates (anatomy_kg/templates), rendered with autoescaping, for the offline pages
the teaching commands write (the explorer, the chart, the plexus diagrams)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


@cache
def _environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    templates = Path(__file__).resolve().parent.parent / "templates"
    return Environment(loader=FileSystemLoader(templates), autoescape=select_autoescape(["html"]))


def render(template: str, **context) -> str:
    return _environment().get_template(template).render(**context)


def script_json(data) -> str:
    """Data as JSON that is safe inside a <script> element."""
    return json.dumps(data).replace("</", "<\\/")
