"""The ``anatomy-kg`` command: a thin layer over the library.

Exit codes: 0 success (for ``validate``: the data conforms), 1 the data does not conform, 2 the input
could not be used (unknown term, unsupported question, unreadable Turtle, malformed SPARQL), 3 an
internal error.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from . import __version__, output


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    from .api import StoreError
    from .ask import UnsupportedQuestion
    from .backends import EndpointError
    from .export import ExportError
    from .lexicon import UnknownTerm
    from .loading import TurtleError
    from .queries import QueryError
    from .resources import MissingExtra

    try:
        return args.handler(args)
    except BrokenPipeError:
        return 0
    except (UnknownTerm, UnsupportedQuestion, TurtleError, QueryError, EndpointError, ExportError, OSError,
            MissingExtra, StoreError) as exc:
        print(f"anatomy-kg: {exc}", file=sys.stderr)
        return 2
    except SyntaxError as exc:  # a malformed SPARQL query, as pyoxigraph reports it
        print(f"anatomy-kg: SPARQL syntax error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug of ours: say so in one line unless asked for the traceback
        if os.environ.get("ANATOMY_KG_DEBUG"):
            raise
        print(f"anatomy-kg: internal error: {type(exc).__name__}: {exc} "
              "(set ANATOMY_KG_DEBUG=1 for the traceback, and please report it)", file=sys.stderr)
        return 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="anatomy-kg",
        description="An open knowledge graph of human musculoskeletal anatomy: ask it questions, "
        "validate its data, run SPARQL over it.",
    )
    parser.add_argument("--version", action="version", version=f"anatomy-kg {__version__}")
    sub = parser.add_subparsers(metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer a question in controlled English",
                         description="Answer a question such as \"which L5-innervated muscles abduct the hip\".")
    ask.add_argument("question", nargs="+", help="the question (quotes optional)")
    ask.add_argument("--format", choices=["table", "json", "csv"], default="table")
    ask.add_argument("--explain", action="store_true", help="also show how the question was understood")
    ask.add_argument("--data", type=Path, nargs="+", metavar="TTL",
                     help="answer from these Turtle files (with the vocabulary) instead of the shipped graph")
    _endpoint_options(ask)
    ask.set_defaults(handler=_ask)

    validate = sub.add_parser("validate", help="check Turtle data against the SHACL shapes",
                              description="Validate the shipped data, or the given Turtle files and folders, "
                              "against the anatomy-kg shapes. Exit 0 if they conform, 1 if not, 2 if a file "
                              "cannot be read.")
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    validate.add_argument("--with-shipped-data", action="store_true",
                          help="load the shipped data as context (so references to its nerves, landmarks "
                          "and sources resolve) and report only problems in PATHs")
    validate.add_argument("--format", choices=["text", "json"], default="text")
    validate.add_argument("--engine", choices=["sparql", "pyshacl"], default="sparql",
                          help="sparql (default): the shapes compiled to SPARQL on the pyoxigraph store the "
                          "questions use; pyshacl: pySHACL on rdflib, the reference engine (slower)")
    validate.set_defaults(handler=_validate)

    build = sub.add_parser("build", help="compile a curation table (CSV or TSV, one claim per row) to Turtle",
                           description="Compile a curation table to the statement Turtle it stands for (loading "
                           "does the same, so a table in data/ needs no build step): one akg:Statement per row, "
                           "with a stable IRI made from the claim. The Turtle keeps the table's line numbers. "
                           "Exit 2 if the table cannot be read; validate it with 'anatomy-kg validate'.")
    build.add_argument("table", type=Path, metavar="TABLE")
    build.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the Turtle here (default: stdout)")
    build.set_defaults(handler=_build)

    query = sub.add_parser("query", help="run SPARQL over the graph",
                           description="Run a SPARQL query from a file, from standard input (-), or by the "
                           "name of a shipped query (e.g. 'muscles'). It runs for you, on your machine, so a "
                           "SERVICE clause is followed (a federated query); `anatomy-kg serve`, its /ask and "
                           "its pages never fetch from another address.")
    query.add_argument("source", metavar="FILE.rq|-|NAME")
    query.add_argument("--bind", action="append", default=[], metavar="PARAM=VALUE",
                       help="bind a parameter of a named query to a node, by name, IRI or prefixed name, read as"
                            " the parameter's kind (root=L5 is the segment; contribution=akg:major)")
    query.add_argument("--format", choices=["table", "json", "csv", "tsv"], default="table",
                       help="json and csv/tsv are the SPARQL 1.1 results formats; CONSTRUCT gives Turtle")
    _endpoint_options(query)
    query.set_defaults(handler=_query)

    push = sub.add_parser("push", help="load the graph into a SPARQL store (Graph Store Protocol)",
                          description="Send the shipped graph (direct triples derived) to a named graph of a "
                          "SPARQL store through the Graph Store Protocol, then count the triples through its "
                          "query endpoint. A graph that already holds triples is replaced only with --replace.")
    push.add_argument("--endpoint", required=True, metavar="URL", help="the store's SPARQL query endpoint")
    push.add_argument("--store", metavar="URL", help="its Graph Store Protocol endpoint (default: the query "
                      "endpoint's URL with a final /query or /sparql replaced by /store)")
    push.add_argument("--graph", default=None, metavar="IRI", help="the named graph (default: https://w3id.org/anatomy-kg/graph)")
    push.add_argument("--replace", action="store_true", help="replace the graph if it already holds triples")
    push.add_argument("--timeout", type=float, default=60.0, metavar="S")
    push.add_argument("--from", dest="source", default="embedded", metavar="SELECTOR",
                      help="the graph to send: embedded (the shipped graph, default), file:PATH[,PATH...] or "
                      "endpoint:URL (copy another endpoint's graph)")
    push.set_defaults(handler=_push)

    stats = sub.add_parser("stats", help="coverage report: counts, missing fields, sourcing, mappings, disagreements")
    stats.add_argument("--format", choices=["text", "json"], default="text")
    _endpoint_options(stats)
    stats.set_defaults(handler=_stats)

    queries = sub.add_parser("queries", help="list the shipped named queries")
    queries.set_defaults(handler=_queries)

    from .export import FORMATS, PARTS

    export = sub.add_parser("export", help="write the graph as linked data (Turtle, N-Triples, JSON-LD, RDF/XML), "
                            "its VoID/DCAT description, an OBO view, or the SSSOM mapping table")
    export.add_argument("--part", choices=PARTS, default="all",
                        help="all (ontology + data + description; the default), ontology, data, metadata (VoID and "
                        "DCAT), obo (the key relations in RO/Uberon terms), sssom (the mappings as an SSSOM table)")
    export.add_argument("--format", choices=[*FORMATS, "tsv"], default=None,
                        help="ttl (default), nt, jsonld, xml; tsv for --part sssom")
    export.add_argument("--mapping-set", default="ontologies", metavar="NAME",
                        help="with --part sssom: which mapping set (ontologies, the default: UBERON/FMA/Wikidata; or a "
                        "crosswalk listed by `anatomy-kg crosswalks`, e.g. opensim-gait2392, hpo-weakness)")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    _endpoint_options(export)
    export.set_defaults(handler=_export)

    crosswalks = sub.add_parser("crosswalks", help="list the crosswalks to outside vocabularies (OpenSim, exercise "
                                "databases, ISNCSCI, HPO) with their sources")
    crosswalks.add_argument("--format", choices=["table", "json", "csv"], default="table")
    _endpoint_options(crosswalks)
    crosswalks.set_defaults(handler=_crosswalks)

    translate = sub.add_parser("translate", help="translate names from one vocabulary to another through the graph "
                               "(glmed1_r -> wger, Quads -> gait2392, HP:0012515 -> anatomy-kg)")
    translate.add_argument("names", nargs="+", metavar="NAME")
    translate.add_argument("--to", required=True, metavar="VOCABULARY",
                           help="anatomy-kg, or a crosswalk listed by `anatomy-kg crosswalks`")
    translate.add_argument("--from", dest="source", metavar="VOCABULARY",
                           help="the crosswalk the names come from (needed when a name is in several)")
    translate.add_argument("--format", choices=["table", "json", "csv"], default="table")
    _endpoint_options(translate)
    translate.set_defaults(handler=_translate)

    serve = sub.add_parser("serve", help="serve the graph over HTTP: SPARQL endpoint, entity pages, /ask, search")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--query-timeout", type=float, default=10.0, metavar="S",
                       help="stop a SPARQL query after S seconds (default 10)")
    serve.add_argument("--max-results", type=int, default=10000, metavar="N",
                       help="refuse a result of more than N rows or triples (default 10000)")
    _local_store_option(serve)
    serve.set_defaults(handler=_serve)

    mcp = sub.add_parser("mcp", help="serve the graph to AI assistants as MCP tools (needs anatomy-kg[mcp])",
                         description="A Model Context Protocol server: tools ask, muscle, nerve, root, find_muscles, "
                         "localise, sparql and translate, each answer with its sources; resources for the dataset, "
                         "the SSSOM mappings and each entity. Over stdio by default (for a desktop assistant), or "
                         "streamable HTTP on 127.0.0.1 with --http.")
    mcp.add_argument("--http", action="store_true", help="streamable HTTP on 127.0.0.1 instead of stdio")
    mcp.add_argument("--port", type=int, default=8765, help="port for --http (default 8765)")
    mcp.add_argument("--query-timeout", type=float, default=10.0, metavar="S",
                     help="stop a sparql tool query after S seconds (default 10)")
    _local_store_option(mcp)
    mcp.set_defaults(handler=_mcp)

    _teaching_commands(sub)
    return parser


def _view_options(parser: argparse.ArgumentParser, with_view: bool = True) -> None:
    from .curriculum.options import FILTERS, VIEWS

    if with_view:
        parser.add_argument("--view", choices=list(VIEWS), default="whole",
                            help="which relations to show (default: whole)")
    for name in FILTERS:
        parser.add_argument(f"--{name}", action="append", metavar="NAME",
                            help=f"only muscles with this {name} (repeat for all of several), and what they reach")
    _endpoint_options(parser)


def _teaching_commands(sub) -> None:
    from .curriculum.options import CHART_FORMATS, EXPORT_FORMATS, PLEXUSES, WIRING_FORMATS
    from .curriculum.options import CHART_MODES as MODES

    graph = sub.add_parser("graph", help="a graph view as GraphML, GEXF, Cytoscape.js JSON, DOT, PNG or SVG")
    _view_options(graph)
    graph.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    graph.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    graph.set_defaults(handler=_graph)

    viz = sub.add_parser("viz", help="write an offline, self-contained HTML explorer of a graph view")
    _view_options(viz)
    viz.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    viz.set_defaults(handler=_viz)

    chart = sub.add_parser("chart", help="the segmental innervation chart (muscles by nerve, segments in columns) "
                           "as HTML, SVG, PDF or PNG")
    _view_options(chart, with_view=False)
    chart.add_argument("--sources", choices=MODES, default="merged",
                       help="merged: one row per muscle, disagreements marked (default); each: a row per source")
    chart.add_argument("--source", metavar="NAME", help="only this source's values (Kendall 5e, kendall-5)")
    chart.add_argument("--format", choices=CHART_FORMATS, help="default: from the file's suffix")
    chart.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    chart.set_defaults(handler=_chart)

    territory = sub.add_parser("territory", help="a nerve's, root's or lesion's territory on one slide: its muscles "
                               "with their roots, and the actions it weakens (HTML, SVG, PDF or PNG)")
    territory.add_argument("name", help='a root, nerve, plexus part or lesion site ("radial nerve at the radial '
                           'groove")')
    territory.add_argument("--format", choices=CHART_FORMATS, help="default: from the file's suffix")
    territory.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    _endpoint_options(territory)
    territory.set_defaults(handler=_territory)

    wiring = sub.add_parser("wiring", help="a plexus wiring diagram (roots, trunks, divisions, cords, branches, "
                            "muscles; laid out by Graphviz dot) as HTML, SVG, PDF, PNG or DOT")
    wiring.add_argument("--plexus", choices=list(PLEXUSES), default="brachial")
    wiring.add_argument("--no-muscles", action="store_true", help="draw the nerves only")
    wiring.add_argument("--format", choices=WIRING_FORMATS, help="default: from the file's suffix")
    wiring.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    _endpoint_options(wiring)
    wiring.set_defaults(handler=_wiring)

    sets = sub.add_parser("study-sets", help="groups of muscles to learn together, and why")
    _view_options(sets, with_view=False)
    sets.add_argument("--format", choices=["text", "json"], default="text")
    sets.set_defaults(handler=_study_sets)

    syllabus = sub.add_parser("syllabus", help="a teaching order over prerequisites, in sessions")
    _view_options(syllabus, with_view=False)
    syllabus.add_argument("--sessions", type=int, default=10, metavar="N")
    syllabus.add_argument("--format", choices=["text", "json"], default="text")
    syllabus.set_defaults(handler=_syllabus)

    coverage = sub.add_parser("coverage", help="which sessions of a syllabus (CSV or TSV: session,topic) cover which "
                              "muscles, nerves and roots, and which are not covered yet")
    coverage.add_argument("syllabus", type=Path, metavar="SYLLABUS.csv")
    _view_options(coverage, with_view=False)
    coverage.add_argument("--format", choices=["text", "json"], default="text")
    coverage.set_defaults(handler=_coverage)

    cards = sub.add_parser("flashcards", help="an Anki deck (.apkg) and/or CSV, one card per muscle fact")
    _view_options(cards, with_view=False)
    cards.add_argument("-o", "--output", type=Path, metavar="DECK.apkg")
    cards.add_argument("--csv", type=Path, metavar="FILE", help="also (or only) write the cards as CSV")
    cards.set_defaults(handler=_flashcards)

    quiz = sub.add_parser("quiz", help="multiple-choice questions with an answer key, from the triples")
    _view_options(quiz, with_view=False)
    quiz.add_argument("--count", type=int, default=10, metavar="N")
    quiz.add_argument("--seed", type=int, default=1)
    quiz.add_argument("--format", choices=["text", "json"], default="text")
    quiz.set_defaults(handler=_quiz)


def _endpoint_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", default="embedded", metavar="SELECTOR",
                        help="the graph to use: embedded (the shipped graph, default), endpoint:URL (a SPARQL 1.1 "
                        "endpoint) or file:PATH[,PATH...] (Turtle files, curation tables or folders, with the "
                        "vocabulary)")
    parser.add_argument("--endpoint", metavar="URL", help="the same as --store endpoint:URL")
    parser.add_argument("--graph", metavar="IRI", help="with an endpoint: the named graph that holds anatomy-kg")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="S", help="with an endpoint: seconds to wait")


def _local_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", default="embedded", metavar="SELECTOR",
                        help="the graph to hold: embedded (the shipped graph, default) or file:PATH[,PATH...] "
                        "(Turtle files, curation tables or folders, with the vocabulary)")


def _selector(args) -> str:
    return f"endpoint:{args.endpoint}" if getattr(args, "endpoint", None) else getattr(args, "store", "embedded")


def _open(args, paths=None):
    from .api import load, open_store

    if paths is not None:
        return load(paths)
    return open_store(_selector(args), graph=getattr(args, "graph", None), timeout=getattr(args, "timeout", 30.0))


def _ask(args) -> int:
    kg = _open(args, args.data and [*_vocabulary(), *args.data])
    answer = kg.ask(" ".join(args.question))
    if args.explain and args.format != "json":
        print(answer.understood, end="\n\n", file=sys.stderr if args.format == "csv" else sys.stdout)
    if args.format == "json":
        print(output.to_json(answer.as_dict()))
        return 0
    columns, headings = output.answer_columns(answer)
    if args.format == "csv":
        print(output.to_csv(answer.results, ["iri", *columns]), end="")
        return 0
    print(output.table(answer.results, columns, headings))
    for note in answer.notes:
        print(f"\nNote: {note}")
    return 0


def _export(args) -> int:
    from .export import export

    data = export(args.part, args.format, args.mapping_set, _open(args) if _selector(args) != "embedded" else None)
    if args.output:
        args.output.write_bytes(data)
        print(f"wrote {args.part} ({len(data):,} bytes) to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


def _rows_out(rows: list[dict], columns: list[str], fmt: str) -> None:
    if fmt == "json":
        print(output.to_json(rows))
    elif fmt == "csv":
        print(output.to_csv(rows, columns), end="")
    else:
        print(output.table(rows, columns))


def _crosswalks(args) -> int:
    from .export import mapping_sets

    backend = _open(args).backend if _selector(args) != "embedded" else None
    rows = [{"name": name, "title": s["label"], "terms": s.get("terms", ""), "mapped": s.get("mappedTerms", ""),
             "source": s["source"]} for name, s in mapping_sets(backend).items()]
    _rows_out(rows, ["name", "title", "terms", "mapped", "source"], args.format)
    return 0


def _translate(args) -> int:
    kg = _open(args, None)
    rows = kg.translate(args.names, to=args.to, source=args.source)
    columns = ["name", "entity", "via"]
    if args.to != "anatomy-kg":
        columns = ["name", "entity", "term", "term_name", "relation"]
    _rows_out(rows, columns, args.format)
    if not rows:
        print("(nothing in that vocabulary corresponds)", file=sys.stderr)
    return 0


def _serve(args) -> int:
    from .api import store_files
    from .server import serve

    serve(host=args.host, port=args.port, query_timeout=args.query_timeout, max_results=args.max_results,
          files=store_files(args.store))
    return 0


def _filters(args) -> dict:
    """The teaching filters given on the command line (--region thigh ...)."""
    from .curriculum.options import FILTERS

    return {name: getattr(args, name) for name in FILTERS if getattr(args, name, None)}


def _view(args, view: str | None = None):
    from .curriculum import views

    filters = _filters(args)
    return views.build(_open(args), view or getattr(args, "view", "whole"), **filters)


def _graph(args) -> int:
    from .curriculum import views

    graph = _view(args)
    views.export(graph, args.format, args.output)
    print(f"wrote {args.view} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges) to {args.output}",
          file=sys.stderr)
    return 0


def _viz(args) -> int:
    from .curriculum import chart, explorer, views

    filters = _filters(args)
    kg = _open(args)
    graph = views.build(kg, args.view, **filters)
    scope = views.describe(filters)
    title = f"anatomy-kg explorer: {args.view} view" + (f", {scope}" if scope else "")
    explorer.write(graph, args.output, title=title, chart=chart.build(kg, **filters))
    print(f"wrote {args.output} ({graph.number_of_nodes()} nodes)", file=sys.stderr)
    return 0


def _figure(args, command: str, build, write, summary) -> int:
    """Build a figure (chart, territory, wiring) and write it; a ValueError is the user's: a message, exit 2."""
    try:
        drawn = build()
        fmt = write(drawn, args.output, args.format)
    except ValueError as error:
        print(f"anatomy-kg {command}: {error}", file=sys.stderr)
        return 2
    print(f"wrote {args.output} ({fmt}: {summary(drawn)})", file=sys.stderr)
    return 0


def _chart(args) -> int:
    from .curriculum import chart

    return _figure(args, "chart", lambda: chart.build(_open(args), mode=args.sources, source=args.source,
                                                      **_filters(args)),
                   chart.write, lambda c: f"{len(c.rows())} rows, {len(c.segments)} segments")


def _territory(args) -> int:
    from .curriculum import chart, territory

    return _figure(args, "territory", lambda: territory.build(_open(args), args.name), chart.write,
                   lambda c: f"{len(c.rows())} muscles")


def _wiring(args) -> int:
    from .curriculum import wiring

    return _figure(args, "wiring", lambda: wiring.build(_open(args), args.plexus, muscles=not args.no_muscles),
                   wiring.write, lambda w: f"{w.graph.number_of_nodes()} nodes")


def _study_sets(args) -> int:
    from .curriculum.studysets import study_sets

    sets = study_sets(_view(args, "whole"))
    if args.format == "json":
        print(output.to_json([s.as_dict() for s in sets]))
        return 0
    for s in sets:
        print(f"{s.title}  [{s.kind}]\n  why: {s.reason}\n  " + ", ".join(s.muscles) + "\n")
    return 0


def _coverage(args) -> int:
    from .curriculum import coverage

    filters = _filters(args)
    try:
        found = coverage.build(_open(args), coverage.read_syllabus(args.syllabus), str(args.syllabus), **filters)
    except coverage.SyllabusError as error:
        print(f"anatomy-kg coverage: {error}", file=sys.stderr)
        return 2
    print(output.to_json(found.as_dict()) if args.format == "json" else coverage.text(found), end="")
    return 0


def _syllabus(args) -> int:
    from .curriculum import syllabus

    graph = _view(args, "whole")
    if args.format == "json":
        print(output.to_json([[{"iri": n, **graph.nodes[n]} for n in session]
                              for session in syllabus.sessions(graph, args.sessions)]))
    else:
        print(syllabus.text(graph, args.sessions), end="")
    return 0


def _flashcards(args) -> int:
    from .curriculum import flashcards

    if not args.output and not args.csv:
        print("anatomy-kg: say where to write the cards: -o DECK.apkg and/or --csv FILE", file=sys.stderr)
        return 2
    cards = flashcards.cards(_view(args, "whole"))
    if args.output:
        flashcards.write_apkg(cards, args.output)
    if args.csv:
        args.csv.write_text(flashcards.csv_text(cards), encoding="utf-8")
    print(f"wrote {len(cards)} cards", file=sys.stderr)
    return 0


def _quiz(args) -> int:
    from .curriculum import quizzes

    questions = quizzes.questions(_view(args, "whole"), args.count, args.seed)
    if args.format == "json":
        print(output.to_json([q.as_dict() for q in questions]))
    else:
        print(quizzes.text(questions), end="")
    return 0


def _vocabulary() -> list[Path]:
    from .resources import vocabulary_files

    return vocabulary_files()


def _validate(args) -> int:
    from .validation import validate

    report = validate(args.paths or None, with_shipped_data=args.with_shipped_data, engine=args.engine)
    print(output.to_json(report.as_dict()) if args.format == "json" else report.text())
    return 0 if report.conforms else 1


def _mcp(args) -> int:
    from .api import store_files
    from .mcp_server import run

    run(http=args.http, port=args.port, query_timeout=args.query_timeout, files=store_files(args.store))
    return 0


def _build(args) -> int:
    from .loading import TurtleError, turtle_bytes
    from .tables import is_table

    if not is_table(args.table):
        raise TurtleError(args.table, None, "a curation table ends in .csv or .tsv")
    prefixes, _, statements = turtle_bytes(args.table).decode("utf-8").partition("\n")
    # the note shares line 1 with the prefixes, so line N is still the claim of the table's line N
    turtle = f"{prefixes}  # compiled by 'anatomy-kg build' from {args.table.name}: edit the table\n{statements}"
    if args.output is None:
        sys.stdout.write(turtle)
    else:
        args.output.write_text(turtle, encoding="utf-8")
        claims = sum(1 for line in statements.splitlines() if line)
        print(f"wrote {claims} statement(s) to {args.output}", file=sys.stderr)
    return 0


def _query(args) -> int:
    import pyoxigraph as ox

    from .queries import IRI, QueryError, bind, load_query

    if args.source == "-":
        text = sys.stdin.read()
    elif Path(args.source).is_file():
        text = Path(args.source).read_text(encoding="utf-8")
    else:
        text = load_query(args.source)
    kg = _open(args)
    bindings = {}
    for item in args.bind:
        name, sep, value = item.partition("=")
        if not sep:
            raise QueryError(f"--bind takes PARAM=VALUE, not {item!r}")
        bindings[name] = IRI(kg.binding(name, value))
    text = bind(text, bindings)
    if args.endpoint:
        return _query_remote(kg.backend, text, args.format)
    result = kg.backend.run(text)
    if isinstance(result, ox.QueryBoolean):
        print("true" if bool(result) else "false")
    elif isinstance(result, ox.QuerySolutions):
        if args.format == "table":
            names = [v.value for v in result.variables]
            rows = [{n: ("" if s[n] is None else _show(s[n])) for n in names} for s in result]
            print(output.table(rows, names))
        else:
            fmt = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                   "tsv": ox.QueryResultsFormat.TSV}[args.format]
            sys.stdout.write(result.serialize(format=fmt).decode("utf-8"))
    else:
        sys.stdout.write(ox.serialize(result, format=ox.RdfFormat.TURTLE).decode("utf-8"))
    return 0


def _query_remote(backend, text: str, fmt: str) -> int:
    """A query on an endpoint: its own results document for json/csv/tsv, a table otherwise."""
    if fmt == "table":
        rows = backend.select(text)
        print(output.table(rows))
        return 0
    answer = backend.request(text, fmt)
    print(output.to_json(answer) if fmt == "json" else answer.decode("utf-8"), end="" if fmt != "json" else "\n")
    return 0


def _stats(args) -> int:
    from .stats import coverage, text

    report = coverage(_open(args))
    print(output.to_json(report) if args.format == "json" else text(report))
    return 0


def _push(args) -> int:
    from .api import open_store
    from .push import DEFAULT_GRAPH, push

    store_url = args.store or re.sub(r"/(query|sparql)/?$", "/store", args.endpoint)
    result = push(open_store(args.source), store_url=store_url, endpoint=args.endpoint,
                  graph=args.graph or DEFAULT_GRAPH,
                  replace=args.replace, timeout=args.timeout)
    print(f"pushed {result.sent} triples to <{result.graph}> at {store_url}; the store holds {result.stored}")
    return 0


def _show(term) -> str:
    from .backends import python_value

    return str(python_value(term))


def _queries(args) -> int:
    from .queries import load_query, query_names

    for name in query_names():
        first = next((line[1:].strip() for line in load_query(name).splitlines() if line.startswith("#")), "")
        print(f"{name:34} {first}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
