"""The Starlette application behind `anatomy-kg serve`."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from ..namespaces import BASE
from . import pages
from .negotiation import choose
from .workers import GRAPH_FORMATS, RESULT_FORMATS, Pool

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent.parent / "templates"))
HTML = "text/html"
# ?format= values a client may use instead of an Accept header
FORMAT_PARAMETER = {
    "json": RESULT_FORMATS["json"], "xml": RESULT_FORMATS["xml"], "csv": RESULT_FORMATS["csv"],
    "tsv": RESULT_FORMATS["tsv"], "ttl": GRAPH_FORMATS["ttl"], "turtle": GRAPH_FORMATS["ttl"],
    "nt": GRAPH_FORMATS["nt"], "jsonld": GRAPH_FORMATS["jsonld"], "rdfxml": GRAPH_FORMATS["xml"],
    "html": HTML,
}
UPDATE_TYPE = "application/sparql-update"
READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"


def create_app(*, query_timeout: float = 10.0, max_results: int = 10000, workers: int = 2,
               files=None) -> Starlette:
    """The endpoint over the shipped graph, or over ``files`` (pages and SPARQL workers alike)."""
    from ..api import load

    kg = load(files)
    pool = Pool(workers, query_timeout, max_results, files)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await pool.start()
        yield
        pool.stop()

    def off_the_loop(handler):
        """An async endpoint running ``handler(request)`` (which queries the graph, so blocks) in the thread
        pool, stopped waiting for at the endpoint's time limit: a slow page never stalls other clients."""
        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            try:
                return await asyncio.wait_for(run_in_threadpool(handler, request), query_timeout)
            except TimeoutError:
                return PlainTextResponse(f"the request ran past this endpoint's time limit of {query_timeout:g} s",
                                         503)
        return endpoint

    def wanted(request: Request) -> str:
        fmt = request.query_params.get("format")
        return FORMAT_PARAMETER.get(fmt, fmt) if fmt else request.headers.get("accept", "*/*")

    # ------------------------------------------------------------ SPARQL protocol

    async def sparql(request: Request) -> Response:
        query, update = None, None
        if request.method == "GET":
            query, update = request.query_params.get("query"), request.query_params.get("update")
        else:
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type == UPDATE_TYPE:
                update = (await request.body()).decode("utf-8", "replace")
            elif content_type == "application/sparql-query":
                query = (await request.body()).decode("utf-8", "replace")
            elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.form()
                query, update = form.get("query"), form.get("update")
            else:
                return PlainTextResponse("send a query as application/sparql-query or as the form field 'query'", 415)
        if update is not None:
            return PlainTextResponse(READ_ONLY, 403)
        if not query:
            if HTML in request.headers.get("accept", ""):
                return TEMPLATES.TemplateResponse(request, "message.html", {
                    "title": "SPARQL endpoint", "message": "Send a SPARQL 1.1 query to /sparql with GET ?query= or "
                    "POST (application/sparql-query, or a form field 'query'). Read-only."})
            return PlainTextResponse("no query: send ?query=... (SPARQL 1.1 Protocol)", 400)
        outcome = await pool.run(query, wanted(request))
        # the workers' store.query() never runs an update (it fails to parse one): say why it was refused
        if outcome.status == 400 and _is_update(query):
            return PlainTextResponse(READ_ONLY, 403)
        return Response(outcome.body, outcome.status, media_type=outcome.media_type)

    async def refuse_write(request: Request) -> Response:
        return PlainTextResponse("this endpoint is read-only", 405, headers={"Allow": "GET, POST"})

    # ------------------------------------------------------------ entities

    @off_the_loop
    def entity(request: Request) -> Response:
        kind, name = request.path_params["kind"], request.path_params["name"]
        iri = f"{BASE}{kind}/{name}"
        fmt = choose(wanted(request), {"html": HTML, **pages.MACHINE_FORMATS}, "html")
        page = pages.entity_page(kg, iri)
        if page is None:
            suggestions = kg.lexicon.suggest(name.replace("-", " "))
            return TEMPLATES.TemplateResponse(request, "message.html", {
                "title": "Not in the graph", "kind": "error", "message": f"{iri} is not an entity of anatomy-kg.",
                "suggestions": suggestions}, status_code=404)
        if fmt == "html":
            return TEMPLATES.TemplateResponse(request, "entity.html", page.context(request.url.path))
        return Response(pages.entity_description(kg, iri, fmt), media_type=pages.MACHINE_FORMATS[fmt],
                        headers={"Vary": "Accept"})

    # ------------------------------------------------------------ questions

    @off_the_loop
    def ask(request: Request) -> Response:
        from ..ask import UnsupportedQuestion
        from ..lexicon import UnknownTerm

        question = request.query_params.get("q", "")
        try:
            return Json(kg.ask(question).as_dict())
        except UnknownTerm as exc:
            return Json({"error": str(exc), "suggestions": exc.suggestions}, 400)
        except UnsupportedQuestion as exc:
            return Json({"error": str(exc)}, 400)

    @off_the_loop
    def search(request: Request) -> Response:
        return TEMPLATES.TemplateResponse(request, "search.html",
                                          pages.search_context(kg, request.query_params.get("q", "").strip()))

    # ------------------------------------------------------------ published files

    @off_the_loop
    def dataset(request: Request) -> Response:
        from ..export import export

        fmt = choose(wanted(request), pages.MACHINE_FORMATS, "ttl")
        return Response(export("metadata", fmt), media_type=pages.MACHINE_FORMATS[fmt])

    @off_the_loop
    def context(request: Request) -> Response:
        from ..export import jsonld_context

        return JSONResponse(jsonld_context(), media_type="application/ld+json")

    @off_the_loop
    def mappings(request: Request) -> Response:
        """/mappings.sssom.tsv (UBERON / FMA / Wikidata) and /mappings/<set>.sssom.tsv (a crosswalk)."""
        from ..export import ONTOLOGIES, ExportError, sssom_table
        from ..resources import MissingExtra

        try:
            table = sssom_table(request.path_params.get("set", ONTOLOGIES))
            return PlainTextResponse(table, media_type="text/tab-separated-values; charset=utf-8")
        except ExportError as exc:
            return PlainTextResponse(str(exc), 404)
        except MissingExtra as exc:
            return PlainTextResponse(str(exc), 501)

    routes = [
        Route("/", search),
        Route("/search", search),
        Route("/ask", ask),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/sparql", refuse_write, methods=["PUT", "DELETE", "PATCH"]),
        Route("/dataset", dataset),
        Route("/context.jsonld", context),
        Route("/mappings.sssom.tsv", mappings),
        Route("/mappings/{set:str}.sssom.tsv", mappings),
        Route("/query", lambda request: RedirectResponse(f"/sparql?{request.url.query}", 307)),
        Route("/{kind:str}/{name:path}", entity),   # an xref has two parts: /xref/<set>/<term>
    ]
    # every response says "nosniff": a text/plain error quoting the query is never read as HTML
    return Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(NoSniffing)])


class Json(JSONResponse):
    """JSON with <, > and & written as \\u escapes: the same data, and no text of it can open a tag."""

    def render(self, content) -> bytes:
        return super().render(content).replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")


class NoSniffing:
    """ASGI middleware adding X-Content-Type-Options: nosniff to every response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        async def sending(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-content-type-options", b"nosniff")]
            await send(message)

        await self.app(scope, receive, sending if scope["type"] == "http" else send)


def _is_update(text: str) -> bool:
    """True when ``text`` is a SPARQL Update request rather than a query (parsed, not guessed)."""
    from ..backends import sparql_form

    return sparql_form(text) == "UPDATE"
