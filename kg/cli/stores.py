"""Commands for stores and services: load into a store folder, serve SPARQL, push to a triple store."""
from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

import click

from ..errors import StoreError
from ..graph import load
from ..service.push import push_graph
from ..service.serve import serve as run_serve
from ..stores.folder import load_files
from ..stores.remote import credentials, redact, refuse_credentials
from .group import Context, main, pass_ctx


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
    g = load(folder)  # the saved tables, updated with the loaded files (or read anew)
    click.echo(f"{folder}: {m.triples} triples, {len(g.tables.entities)} entities, {g.tables.n_statements} statements")
    report = g.tables.report
    if report.get("imported_statements"):
        click.echo(f"  {report['imported_statements']} statement(s) from direct triples no statement explains "
                   "(curation 'imported': kg path ... --curation curated leaves them out)")
    if report.get("uninterpreted"):
        click.echo(f"warning: {report['uninterpreted']} triple(s) could not be read as statements or entities, e.g.:", err=True)
        for ex in report["examples"][:5]:
            click.echo(f"  {' '.join(ex['triple'])}: {ex['reason']}", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; the default keeps the endpoint on this machine.")
@click.option("--port", default=7878, show_default=True, help="Port (0 picks a free one).")
@click.option("--timeout", default=30.0, show_default=True,
              help="Seconds a query may run; past it the query's worker process is killed (HTTP 503).")
@click.option("--max-rows", default=100_000, show_default=True,
              help="Most rows (or triples) an answer may have; a query past it is stopped (HTTP 413).")
@click.option("--workers", default=2, show_default=True,
              help="Query worker processes: this many queries run at once, each in its own process.")
@click.option("--max-memory", "max_memory", default=1024, show_default=True, metavar="MB",
              help="Memory a query may take beyond its worker's own; past it the worker is killed (HTTP 413).")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let web pages from ORIGIN (e.g. http://localhost:3000; * for any) query the endpoint "
                   "(repeatable). By default no other origin may.")
@click.option("--allow-service", is_flag=True,
              help="Let queries use SERVICE, which makes this machine send requests to the servers they name.")
@click.option("--memory", is_flag=True,
              help="With --store: each worker copies the store into memory (slower start, 2-4x faster queries).")
@pass_ctx
def serve(obj: Context, host: str, port: int, timeout: float, max_rows: int, workers: int, max_memory: int,
          cors_origins: tuple[str, ...], allow_service: bool, memory: bool) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint (GET and POST at /sparql).

    A GET of /sparql without a query returns the Service Description, with the named queries.
    Without --store the graph is built from the seeds into rdflib's in-memory store, which is for
    small graphs (thousands of triples); for anything bigger build a store folder
    (`kg build --store DIR`) and run `kg --store DIR serve`.
    """
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can query the graph", err=True)
    if "*" in cors_origins:
        click.echo("warning: --cors-origin '*': any web page a user opens can query this endpoint", err=True)
    if allow_service:
        click.echo("warning: --allow-service: queries can make this machine send requests to any server", err=True)
    # SIGTERM (how a service manager or `kill` stops a server) ends it as Ctrl-C does: the query workers
    # stop and the store dump is removed (Python's default for SIGTERM exits without either)
    stop = threading.Event()
    main_thread = threading.current_thread() is threading.main_thread()  # (only it may set a signal handler)
    before = signal.signal(signal.SIGTERM, lambda *_: stop.set()) if main_thread else None
    try:
        run_serve(obj.graph.store, host, port, timeout, max_rows,
                  ready=lambda url: click.echo(f"SPARQL endpoint at {url} (read-only; Ctrl-C stops it)", err=True),
                  stop=stop, workers=workers, max_memory_mb=max_memory, cors_origins=cors_origins,
                  allow_service=allow_service, memory=memory)
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, before)


@main.command()
@click.option("--endpoint", "url", required=True, metavar="URL",
              help="Graph Store Protocol URL, e.g. http://localhost:8890/sparql-graph-crud-auth.")
@click.option("--graph", "graph_iri", metavar="IRI", help="Target graph (default: the default graph).")
@click.option("--append", is_flag=True, help="Add to the graph (POST) instead of replacing it (PUT).")
@click.option("--timeout", default=600.0, show_default=True,
              help="Seconds the whole upload may take (connecting, sending, the answer).")
@pass_ctx
def push(obj: Context, url: str, graph_iri: str | None, append: bool, timeout: float) -> None:
    """Upload the graph to a triple store through the SPARQL 1.1 Graph Store Protocol.
    Credentials come from KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (prompted for when only the
    user is set), never from the command line or the URL.
    """
    refuse_credentials(url)
    user, password = credentials()
    if user and not password:
        password = click.prompt(f"password for {user} at {redact(url)}", hide_input=True, err=True)
    status = push_graph(obj.graph, url, graph_iri, append, timeout, user, password)
    click.echo(f"pushed {len(obj.graph)} triples to {redact(url)}"
               f"{' graph ' + graph_iri if graph_iri else ''} (HTTP {status})")
