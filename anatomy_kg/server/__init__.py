"""`anatomy-kg serve`: the graph over HTTP, read-only.

    /sparql            SPARQL 1.1 Protocol, GET and POST (query only; updates are refused with 403)
    /<kind>/<name>     every entity IRI: HTML for a browser, Turtle or JSON-LD by Accept (or ?format=)
    /ask?q=...         the question layer: the JSON of `anatomy-kg ask --format json`
    /  and /search     a search page that asks the question layer
    /dataset           the VoID/DCAT description; /context.jsonld the JSON-LD context;
    /mappings.sssom.tsv  the SSSOM mapping table

SPARQL queries run in worker processes with a time limit and a result-size cap (see workers.py); the
question layer and the pages run named queries on the server's own embedded store.
"""

from __future__ import annotations

import contextlib
import os

from .app import create_app


def serve(host: str = "127.0.0.1", port: int = 8000, *, query_timeout: float = 10.0, max_results: int = 10000,
          workers: int | None = None, files=None) -> None:
    """Serve the shipped graph, or ``files`` (with the vocabulary: anatomy_kg.api.store_files)."""
    import uvicorn

    app = create_app(query_timeout=query_timeout, max_results=max_results,
                     workers=workers or min(4, os.cpu_count() or 2), files=files)
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.run(app, host=host, port=port, log_level="warning")


__all__ = ["create_app", "serve"]
