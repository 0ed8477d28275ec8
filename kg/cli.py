"""The `kg` command: a thin shell over the library.

The group resolves where the graph comes from once; each subcommand parses its options, calls one
library function and prints what it returns (the rows and texts come from :mod:`kg.views.tables`).
Every KGError becomes a one-paragraph message on stderr and exit status 1. Library modules are
imported inside the commands so that ``kg --help`` starts without loading rdflib or Oxigraph.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from .errors import KGError


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


class Context:
    """What the group hands its subcommands: where to read from, and the graph once loaded."""

    def __init__(self, seeds: Path | None, graph_file: Path | None, lexicon: Path | None = None,
                 store: Path | None = None, endpoint: str | None = None, endpoint_graph: str | None = None):
        self.seeds = seeds
        self.graph_file = graph_file
        self.lexicon = lexicon
        self.store = store  # a persisted store folder (kg build --store)
        self.endpoint = endpoint  # a SPARQL 1.1 endpoint URL
        self.endpoint_graph = endpoint_graph  # the graph to query there (default: its default graph)
        self._graph = None

    @property
    def graph(self):
        if self._graph is None:
            from .graph import load
            from .stores.folder import read_manifest

            # An endpoint wins, then a store folder (unless --graph names a file), then the seeds.
            store = self.store if self.store and not (self.endpoint or self.graph_file) else None
            if store is not None:
                read_manifest(store)  # --store promises a store folder: say so if it is not one
            source = self.endpoint or store or self.graph_file or self.seeds
            self._graph = load(source, lexicon=self.lexicon, graph=self.endpoint_graph)
        return self._graph


pass_ctx = click.make_pass_decorator(Context)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--seeds", type=click.Path(file_okay=False, path_type=Path), envvar="KG_SEEDS",
              help="Seeds folder to build from (default: the bundled seeds/).")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read an RDF file (e.g. build/kg.ttl) instead of building from seeds.")
@click.option("--lexicon", type=click.Path(dir_okay=False, path_type=Path), envvar="KG_LEXICON",
              help="Entity lexicon to use (default: ontology/lexicon.yaml).")
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), envvar="KG_STORE",
              help="A persisted store folder (written by `kg build --store`): opens in seconds at any size.")
@click.option("--endpoint", envvar="KG_ENDPOINT", metavar="URL",
              help="Query a SPARQL 1.1 endpoint instead (credentials from KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD).")
@click.option("--endpoint-graph", envvar="KG_ENDPOINT_GRAPH", metavar="IRI",
              help="With --endpoint: the named graph to query (e.g. the one `kg push --graph` wrote).")
@click.option("-v", "--verbose", count=True, help="Log progress (-vv for debug).")
@click.version_option(package_name="exokg", prog_name="kg")
@click.pass_context
def main(ctx: click.Context, seeds: Path | None, graph_file: Path | None, lexicon: Path | None,
         store: Path | None, endpoint: str | None, endpoint_graph: str | None, verbose: int) -> None:
    """Mechanism knowledge graph of stem-cell exosome biology.

    Build it from the curated seeds, validate it, and ask it how vesicles act, with the
    sentence behind every answer.
    """
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.obj = Context(seeds, graph_file, lexicon, store, endpoint, endpoint_graph)


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("build"),
              show_default=True, help="Folder for the outputs.")
@click.option("--format", "formats", multiple=True, default=("turtle", "ntriples", "jsonld"),
              show_default=True, help="Output formats (repeat the option for several).")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL check (quotes are always checked).")
@click.option("--html/--no-html", "html_page", default=True, show_default=True,
              help="Also write kg.html, the interactive page (see `kg html`).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write a persisted store folder that `kg --store DIR ...` and kg.load(DIR) open fast.")
@pass_ctx
def build(obj: Context, out: Path, formats: tuple[str, ...], no_validate: bool, html_page: bool,
          store_dir: Path | None) -> None:
    """Build the graph from the seeds and write it to OUT (Turtle, N-Triples, JSON-LD, stats, HTML)."""
    from .jobs.build import build as run_build

    result = run_build(out, obj.seeds, formats, validate=not no_validate, lexicon=obj.lexicon, html=html_page,
                       store=store_dir or obj.store)
    st = result.graph.stats()
    click.echo(f"built {st['statements']} statements with {st['evidence']} evidence from "
               f"{st['documents']} documents: {st['entities']} entities, {st['triples']} triples")
    for name, path in result.outputs.items():
        click.echo(f"  {name:9} {path}" + (f" ({result.store_triples} triples)" if name == "store" else ""))


@main.command()
@pass_ctx
def validate(obj: Context) -> None:
    """Check every quote against its document and the graph against the SHACL shapes."""
    from .rdf.validate import validate_graph

    report = validate_graph(obj.graph, obj.seeds)
    click.echo(str(report))
    if not report.ok:
        sys.exit(1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_ctx
def stats(obj: Context, fmt: str) -> None:
    """Entities by type, statements by relation, by document and by epistemic status."""
    from .views.tables import stats_text

    st = obj.graph.stats()
    click.echo(json.dumps(st, indent=2, sort_keys=True) if fmt == "json" else stats_text(st))


@main.command()
@click.argument("stem")
@click.option("--write", is_flag=True, help="Write the offsets into the annotation file.")
@pass_ctx
def locate(obj: Context, stem: str, write: bool) -> None:
    """Fill in missing start/end offsets of STEM's annotations from their quotes."""
    from .sources.locate import locate_offsets

    changes = locate_offsets(stem, obj.seeds, write=write)
    click.echo("\n".join(changes) if changes else "every quote already has offsets")


STATUS_CHOICE = click.Choice(["finding", "prediction", "hypothesis", "question"])

FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table", show_default=True,
    help="table for people (fits 80 columns); json, csv or tsv for programs.")


def _emit(table: tuple[list[str], list[list]], fmt: str, empty: str) -> None:
    from .views.tables import records

    columns, rows = table
    click.echo(empty if not rows and fmt == "table" else records(columns, rows, fmt))


def _options(*decorators):
    """Several click decorators as one, applied in the order written."""
    def apply(command):
        for d in reversed(decorators):
            command = d(command)
        return command
    return apply


@main.command()
@click.argument("source")
@click.argument("target")
@click.option("--max-hops", default=4, show_default=True, help="Longest path to consider.")
@click.option("--limit", default=10, show_default=True, help="Most paths to show.")
@click.option("--sign", type=click.Choice(["+", "-", "?"]), help="Only paths with this net effect.")
@click.option("--relation", "relations", multiple=True, help="Only walk these relations (repeatable).")
@click.option("--exclude-relation", "exclude_relations", multiple=True, help="Never walk these relations (repeatable).")
@click.option("--via", "via", help="Types of the intermediate nodes, comma-separated (a metapath).")
@click.option("--status", "status", multiple=True, type=STATUS_CHOICE,
              help="Only evidence with this status (repeatable); e.g. --status finding.")
@click.option("--organism", help="Drop hops seen only in other organisms.")
@click.option("--min-evidence", default=1, show_default=True, help="Evidence needed per hop.")
@click.option("--curation", type=click.Choice(["curated", "machine-read"]),
              help="Only evidence made this way (curated by a person, or machine-read by `kg ingest`).")
@click.option("--evidence/--no-evidence", "show_evidence", default=True, show_default=True,
              help="Show each hop's quotes under the chain (table format).")
@FORMAT_OPTION
@pass_ctx
def path(obj: Context, source, target, via, show_evidence, fmt, **options) -> None:
    """How does SOURCE reach TARGET? Mechanism chains with net effect and evidence.

    SOURCE and TARGET are names, synonyms, CURIEs or IRIs, e.g. kg path MSC "axon regeneration".
    """
    from .query.paths import PathQuery, find_paths
    from .views.tables import path_rows, paths_text

    g = obj.graph
    q = PathQuery(via_types=[t.strip() for t in via.split(",")] if via else None,
                  **{k: (v or None) if isinstance(v, tuple) else v for k, v in options.items()})
    paths = find_paths(g, source, target, q)
    if not paths:
        click.echo(f"no path from {g.entity(source).label} to {g.entity(target).label} within {q.max_hops} hops"
                   + (" with the given filters" if q.narrowed else ""))
    elif fmt == "json":
        click.echo(json.dumps([p.to_dict() for p in paths], indent=2, ensure_ascii=False))
    elif fmt in ("csv", "tsv"):
        _emit(path_rows(paths), fmt, "")
    else:
        click.echo(paths_text(paths, show_evidence))


@main.command()
@click.argument("name")
@click.option("--direction", type=click.Choice(["out", "in", "both"]), default="both", show_default=True)
@click.option("--relation", "relations", multiple=True, help="Only these relations (repeatable).")
@FORMAT_OPTION
@pass_ctx
def neighbors(obj: Context, name, direction, relations, fmt) -> None:
    """What NAME acts on and what acts on it, one statement a line."""
    from .views.tables import neighbor_rows

    steps = obj.graph.neighbors(name, direction=direction, relations=relations or None)
    _emit(neighbor_rows(steps), fmt, f"{obj.graph.entity(name).label} has no statements in that direction")


_REACH_OPTIONS = _options(
    click.argument("name"),
    click.option("--max-hops", default=4, show_default=True),
    click.option("--status", "statuses", multiple=True, type=STATUS_CHOICE,
                 help="Only evidence with this status (repeatable)."),
    FORMAT_OPTION,
    pass_ctx,
)


def _reach(obj: Context, name, max_hops, statuses, fmt, upstream: bool) -> None:
    from .query.reach import reach
    from .views.tables import reach_rows

    found = reach(obj.graph, name, max_hops, upstream=upstream, status=statuses or None)
    _emit(reach_rows(found), fmt, f"nothing {'upstream of' if upstream else 'downstream of'} "
                                  f"{obj.graph.entity(name).label} within {max_hops} hops")


@main.command()
@_REACH_OPTIONS
def effects(obj: Context, name, max_hops, statuses, fmt) -> None:
    """Everything downstream of NAME, with the net sign of its best path."""
    _reach(obj, name, max_hops, statuses, fmt, upstream=False)


@main.command()
@_REACH_OPTIONS
def regulators(obj: Context, name, max_hops, statuses, fmt) -> None:
    """Everything upstream of NAME, with the net sign of its best path onto NAME."""
    _reach(obj, name, max_hops, statuses, fmt, upstream=True)


@main.command()
@FORMAT_OPTION
@pass_ctx
def contradictions(obj: Context, fmt) -> None:
    """Pairs with both increasing and decreasing claims, with the quotes on each side."""
    from .views.tables import contradiction_rows

    _emit(contradiction_rows(obj.graph.contradictions()), fmt, "no contradictory claims")


RESULT_FORMATS = click.Choice(["table", "json", "csv", "tsv", "sparql-json", "sparql-csv", "sparql-tsv"])


def _emit_result(result, fmt: str) -> None:
    from .views.tables import result_rows, sparql_results

    if fmt.startswith("sparql-"):
        click.echo(sparql_results(result, fmt))
    else:
        _emit(result_rows(result), fmt, "no results")


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{p!r} must look like key=value", param_hint="--param")
        out[key.strip()] = value
    return out


@main.command()
@click.argument("name", required=False)
@click.option("--list", "list_", is_flag=True, help="List the named queries with their questions.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--show", is_flag=True, help="Print the query text instead of running it.")
@click.option("--format", "fmt", type=RESULT_FORMATS, default="table", show_default=True)
@click.option("--endpoint", "endpoint_url", metavar="URL", help="Run it on this SPARQL 1.1 endpoint (same as `kg --endpoint URL`).")
@pass_ctx
def query(obj: Context, name, list_, params, show, fmt, endpoint_url) -> None:
    """Run the named query NAME from the library (kg query --list shows them)."""
    from .query.sparql import library, named_query
    from .views.tables import query_list_text

    obj.endpoint = endpoint_url or obj.endpoint
    if list_ or not name:
        click.echo(query_list_text(library().values()))
    elif show:
        click.echo(named_query(name).text)
    else:
        _emit_result(obj.graph.query(name, **_parse_params(params)), fmt)


@main.command()
@click.argument("query_arg", metavar="FILE|-|QUERY")
@click.option("--param", "-p", "params", multiple=True, metavar="VAR=VALUE",
              help="Bind ?VAR (an entity name binds its IRI; <iri> binds an IRI; else a literal).")
@click.option("--format", "fmt", type=RESULT_FORMATS, default="table", show_default=True)
@click.option("--endpoint", "endpoint_url", metavar="URL", help="Run it on this SPARQL 1.1 endpoint (same as `kg --endpoint URL`).")
@pass_ctx
def sparql(obj: Context, query_arg, params, fmt, endpoint_url) -> None:
    """Run your own read-only SPARQL query from a FILE, stdin (-) or the argument itself.

    Prefixes exo:, ent:, rdfs:, skos:, dcterms:, prov:, ... are predeclared.
    """
    from .query.sparql import parse_bindings

    if query_arg == "-":
        text = sys.stdin.read()
    elif Path(query_arg).is_file():
        text = Path(query_arg).read_text(encoding="utf-8")
    else:
        text = query_arg
    obj.endpoint = endpoint_url or obj.endpoint
    g = obj.graph
    _emit_result(g.sparql(text, **parse_bindings(g, _parse_params(params))), fmt)


@main.command("html")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("kg.html"),
              show_default=True, help="The page to write (one file; needs no network to open).")
@click.option("--focus", "focus", multiple=True, metavar="NAME",
              help="Draw only the neighbourhood of NAME (repeatable).")
@click.option("--radius", default=2, show_default=True, help="Hops drawn around --focus.")
@click.option("--path", "path_ends", nargs=2, metavar="SOURCE TARGET",
              help="Highlight the paths from SOURCE to TARGET, with each hop's evidence.")
@click.option("--max-hops", default=4, show_default=True, help="Longest path for --path.")
@click.option("--types", "types", multiple=True, metavar="TYPE[,TYPE...]",
              help="Only entities of these types and their subtypes (repeatable).")
@click.option("--status", "statuses", multiple=True,
              type=STATUS_CHOICE,
              help="Only evidence with this status (repeatable).")
@click.option("--max-nodes", type=click.IntRange(min=1), default=None,
              help="Refuse to draw more entities than this (default 2000).")
@click.option("--force", is_flag=True, help="Draw the view even if it is larger than --max-nodes.")
@click.option("--title", help="Page title (default: says what is drawn).")
@pass_ctx
def html(obj: Context, out, focus, radius, path_ends, max_hops, types, statuses, max_nodes, force, title) -> None:
    """Write an interactive page to explore in a browser, offline: the graph, a neighbourhood or paths.

    Click an entity or an arrow to read its evidence; the legend filters by type and sign.
    E.g. kg html --path MSC "axon regeneration" --out path.html
    """
    from .files import check_output_file
    from .views.html import DEFAULT_MAX_NODES, write_html

    check_output_file(out)  # before the graph is even loaded: a bad --out costs no work
    written = write_html(obj.graph, out, focus=list(focus) or None, radius=radius,
                         paths=tuple(path_ends) if path_ends else None, max_hops=max_hops,
                         types=[t.strip() for x in types for t in x.split(",") if t.strip()] or None,
                         status=statuses or None, max_nodes=max_nodes or DEFAULT_MAX_NODES, force=force,
                         title=title)
    click.echo(f"wrote {written}")


@main.command("export")
@click.option("--format", "fmt", required=True, metavar="FORMAT",
              help="graphml or cyjs (Cytoscape desktop, yEd, Gephi), or turtle, ntriples, jsonld.")
@click.option("--out", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), default=Path("-"),
              show_default=True, help="File to write; - for standard output.")
@pass_ctx
def export(obj: Context, fmt: str, out: Path) -> None:
    """Write the graph in one format, e.g. kg export --format graphml --out kg.graphml."""
    from .files import check_output_file, write_atomic
    from .views.base import writer

    w = writer(fmt)  # an unknown format fails here, listing the known ones
    if str(out) != "-":
        check_output_file(out)
    data = w.render(obj.graph)
    if str(out) == "-":
        click.echo(data, nl=False)  # bytes go to the binary stream unchanged
        return
    write_atomic(out, data)
    click.echo(f"wrote {out} ({w.description})")


@main.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="The store folder to add to (created when missing; default: the group's --store).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: for files over 10 MB).")
@pass_ctx
def load_rdf(obj: Context, files: tuple[Path, ...], store_dir: Path | None, progress: bool | None) -> None:
    """Add RDF FILES (Turtle, N-Triples, N-Quads, RDF/XML, JSON-LD) to a persisted store.

    All or nothing: a malformed file is reported with its line and the store stays as it was.
    """
    from .errors import StoreError
    from .graph import load
    from .stores.folder import load_files

    folder = store_dir or obj.store
    if folder is None:
        raise StoreError("kg load needs a store folder: kg load FILE... --store DIR")
    total = sum(f.stat().st_size for f in files if f.is_file())
    if progress if progress is not None else total > 10_000_000:
        with click.progressbar(length=total, label="loading", file=sys.stderr) as bar:
            seen: dict[Path, int] = {}

            def report(path: Path, done: int, size: int) -> None:
                bar.update(done - seen.get(path, 0))
                seen[path] = done

            m = load_files(folder, files, progress=report)
    else:
        m = load_files(folder, files)
    g = load(folder)  # rebuilds the cached model and projection for the new content
    click.echo(f"{folder}: {m.triples} triples, {len(g.entities())} entities, {len(g.statements())} statements")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; the default keeps the endpoint on this machine.")
@click.option("--port", default=7878, show_default=True, help="Port (0 picks a free one).")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds a query may run.")
@click.option("--max-rows", default=100_000, show_default=True, help="Largest result returned.")
@click.option("--memory", is_flag=True, help="Copy a persisted store into memory first: slower start, 2-4x faster queries.")
@pass_ctx
def serve(obj: Context, host: str, port: int, timeout: float, max_rows: int, memory: bool) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint (GET and POST at /sparql)."""
    from .service.serve import serve as run_serve

    store = obj.graph.store
    if memory and hasattr(store, "to_memory"):
        store = store.to_memory()
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can query the graph", err=True)
    run_serve(store, host, port, timeout, max_rows,
              ready=lambda url: click.echo(f"SPARQL endpoint at {url} (read-only; Ctrl-C stops it)", err=True))


@main.command()
@click.option("--endpoint", "url", required=True, metavar="URL",
              help="Graph Store Protocol URL, e.g. http://localhost:8890/sparql-graph-crud-auth.")
@click.option("--graph", "graph_iri", metavar="IRI", help="Target graph (default: the default graph).")
@click.option("--append", is_flag=True, help="Add to the graph (POST) instead of replacing it (PUT).")
@click.option("--timeout", default=600.0, show_default=True, help="Seconds to wait for the upload.")
@pass_ctx
def push(obj: Context, url: str, graph_iri: str | None, append: bool, timeout: float) -> None:
    """Upload the graph to a triple store through the SPARQL 1.1 Graph Store Protocol.

    Credentials come from KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (prompted for when only the
    user is set), never from the command line.
    """
    from .service.push import push_graph
    from .stores.remote import credentials, redact

    user, password = credentials()
    if user and not password:
        password = click.prompt(f"password for {user} at {redact(url)}", hide_input=True, err=True)
    status = push_graph(obj.graph, url, graph_iri, append, timeout, user, password)
    click.echo(f"pushed {len(obj.graph)} triples to {redact(url)}"
               f"{' graph ' + graph_iri if graph_iri else ''} (HTTP {status})")


@main.command("read")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people; json: a list of statements with subject, object, predicate, sign, "
                   "quote, start, end, status, confidence.")
@pass_ctx
def read_command(obj: Context, file: Path, fmt: str) -> None:
    """Read FILE (plain text, Markdown or HTML) and print the statements the reader extracts.

    Nothing is written: this shows what `kg ingest FILE` would add. For HTML, offsets index the
    extracted text (the text `kg ingest` stores). New entities are listed with provisional ids.
    """
    from .lexicon import load_lexicon
    from .ontology import Ontology
    from .sources.reader import read_file
    from .views.tables import read_rows, records

    ontology = Ontology.load()
    result = read_file(file, load_lexicon(ontology, obj.lexicon), ontology)
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    if fmt == "json":
        click.echo(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    elif not result.statements:
        click.echo(f"no statements found in {file} ({result.sentences} sentences read)")
    else:
        click.echo(records(*read_rows(result.statements), "table"))
        click.echo(f"{len(result.statements)} statements from {result.sentences} sentences (machine-read)")
        if result.new_entities:
            click.echo("new entities (*): " + ", ".join(f"{e.label} [{e.type}, id {e.id}]" for e in result.new_entities))


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", help="Document title (default: its first line).")
@click.option("--source", help="Where the document comes from (journal, site, ...).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("build"), show_default=True,
              help="Folder to rebuild the outputs into.")
@click.option("--no-build", is_flag=True, help="Only add the files to seeds/; do not rebuild.")
@pass_ctx
def ingest(obj: Context, file: Path, title: str | None, source: str | None, out: Path, no_build: bool) -> None:
    """Add FILE to the seeds with the reader's statements (marked machine-read), then rebuild.

    The document is stored as seeds/NNN_<sha256 prefix>.txt (HTML as its extracted text, the original
    in seeds/originals/), with a .meta.yaml and a .reader.yaml; new entities go to
    lexicon.reader.yaml. A document already in the seeds is reported and nothing changes (exit 0).
    """
    from .jobs.ingest import ingest as run_ingest

    result = run_ingest(file, title=title, source=source, seeds=obj.seeds, lexicon=obj.lexicon,
                        out=None if no_build else out)
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    if result.already_present:
        click.echo(f"{file} is already present in the seeds as {result.stem}; nothing changed")
        return
    click.echo(f"added {result.stem}: {len(result.statements)} machine-read statements, "
               f"{len(result.new_entities)} new entities" + ("" if no_build else f"; rebuilt {out}"))
    for p in result.written:
        click.echo(f"  wrote {p}")


if __name__ == "__main__":  # pragma: no cover
    main()
