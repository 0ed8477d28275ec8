"""Commands that ask the graph: path, neighbors, effects, regulators, contradictions, query, sparql."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..query.paths import DEFAULT_TIMEOUT, PathQuery, find_paths
from ..query.reach import reach
from ..query.sparql import library, named_query, parse_bindings
from ..views.tables import (contradiction_rows, neighbor_rows, path_rows, paths_text, query_list_text, reach_rows,
                            result_text, search_notes)
from ..vocab import MODEL_SYSTEMS
from .group import combined, Context, emit, FORMAT_OPTION, main, parse_params, pass_ctx, RESULT_FORMATS, STATUS_CHOICE


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
@click.option("--curation", type=click.Choice(["curated", "machine-read", "imported"]),
              help="Only evidence made this way (curated by a person, machine-read by `kg ingest`, or imported "
                   "with `kg load` as plain triples).")
@click.option("--model", type=click.Choice(MODEL_SYSTEMS), help="Drop hops seen only in other model systems.")
@click.option("--strict", is_flag=True, help="With --organism/--model: drop hops that do not say theirs, too.")
@click.option("--through-generic", is_flag=True,
              help="Also chain through generic entities (a class of things, such as 'microRNA').")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds to search; then the paths found so far are shown, marked as incomplete.")
@click.option("--evidence/--no-evidence", "show_evidence", default=True, show_default=True,
              help="Show each hop's quotes under the chain (table format).")
@FORMAT_OPTION
@pass_ctx
def path(obj: Context, source, target, via, show_evidence, fmt, **options) -> None:
    """How does SOURCE reach TARGET? Mechanism chains with net effect and evidence.
    SOURCE and TARGET are names, synonyms, CURIEs or IRIs, e.g. kg path MSC "axon regeneration".
    """
    g = obj.graph
    q = PathQuery(via_types=[t.strip() for t in via.split(",")] if via else None,
                  **{k: (v or None) if isinstance(v, tuple) else v for k, v in options.items()})
    paths = find_paths(g, source, target, q)
    if fmt == "table":
        for note in search_notes(paths):
            click.echo(note, err=True)
    if not paths:
        click.echo(f"no path from {g.entity(source).label} to {g.entity(target).label} within {q.max_hops} hops"
                   + (" with the given filters" if q.narrowed else ""))
    elif fmt == "json":
        click.echo(json.dumps([p.to_dict() for p in paths], indent=2, ensure_ascii=False))
    elif fmt in ("csv", "tsv"):
        emit(path_rows(paths), fmt, "")
    else:
        click.echo(paths_text(paths, show_evidence, g))


@main.command()
@click.argument("name")
@click.option("--direction", type=click.Choice(["out", "in", "both"]), default="both", show_default=True)
@click.option("--relation", "relations", multiple=True, help="Only these relations (repeatable).")
@FORMAT_OPTION
@pass_ctx
def neighbors(obj: Context, name, direction, relations, fmt) -> None:
    """What NAME acts on and what acts on it, one statement a line."""
    steps = obj.graph.neighbors(name, direction=direction, relations=relations or None)
    emit(neighbor_rows(steps), fmt, f"{obj.graph.entity(name).label} has no statements in that direction")


REACH_OPTIONS = combined(
    click.argument("name"),
    click.option("--max-hops", default=4, show_default=True),
    click.option("--status", "statuses", multiple=True, type=STATUS_CHOICE,
                 help="Only evidence with this status (repeatable)."),
    FORMAT_OPTION,
    pass_ctx,
)


def _reach(obj: Context, name, max_hops, statuses, fmt, upstream: bool) -> None:
    found = reach(obj.graph, name, max_hops, upstream=upstream, status=statuses or None)
    if fmt == "table":
        for note in search_notes(found):
            click.echo(note, err=True)
    emit(reach_rows(found), fmt, f"nothing {'upstream of' if upstream else 'downstream of'} "
                                  f"{obj.graph.entity(name).label} within {max_hops} hops")


@main.command()
@REACH_OPTIONS
def effects(obj: Context, name, max_hops, statuses, fmt) -> None:
    """Everything downstream of NAME, with the net sign of its best path."""
    _reach(obj, name, max_hops, statuses, fmt, upstream=False)


@main.command()
@REACH_OPTIONS
def regulators(obj: Context, name, max_hops, statuses, fmt) -> None:
    """Everything upstream of NAME, with the net sign of its best path onto NAME."""
    _reach(obj, name, max_hops, statuses, fmt, upstream=True)


@main.command()
@click.option("--paths", "by_paths", is_flag=True,
              help="Also pairs joined by a net + chain and a net - chain (with both chains and their contexts).")
@click.option("--max-hops", default=3, show_default=True, help="Longest chain for --paths.")
@FORMAT_OPTION
@pass_ctx
def contradictions(obj: Context, by_paths, max_hops, fmt) -> None:
    """Pairs with both increasing and decreasing claims, with the quotes on each side."""
    emit(contradiction_rows(obj.graph.contradictions(paths=by_paths, max_hops=max_hops)), fmt, "no contradictory claims")


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
    obj.endpoint = endpoint_url or obj.endpoint
    if list_ or not name:
        click.echo(query_list_text(library().values()))
    elif show:
        click.echo(named_query(name).text)
    else:
        click.echo(result_text(obj.graph.query(name, **parse_params(params)), fmt, obj.graph))


@main.command()
@click.argument("query_arg", metavar="FILE|-|QUERY")
@click.option("--param", "-p", "params", multiple=True, metavar="VAR=VALUE",
              help="Bind ?VAR (an entity name binds its IRI; <iri> binds an IRI; else a literal).")
@click.option("--format", "fmt", type=RESULT_FORMATS, default="table", show_default=True)
@click.option("--endpoint", "endpoint_url", metavar="URL", help="Run it on this SPARQL 1.1 endpoint (same as `kg --endpoint URL`).")
@pass_ctx
def sparql(obj: Context, query_arg, params, fmt, endpoint_url) -> None:
    """Run your own read-only SPARQL query from a FILE, stdin (-) or the argument itself.
    Prefixes exokg:, ent:, rdfs:, skos:, dcterms:, prov:, ... are predeclared.
    """
    text = _query_text(query_arg)
    obj.endpoint = endpoint_url or obj.endpoint
    g = obj.graph
    click.echo(result_text(g.sparql(text, **parse_bindings(g, parse_params(params))), fmt, g))


def _query_text(arg: str) -> str:
    """The query of ``kg sparql ARG``: stdin for -, a file's text, or ARG itself.

    Every SPARQL query has a space or a brace; one word that names no file is a file name mistyped.
    """
    if arg == "-":
        return sys.stdin.read()
    path = Path(arg)
    try:
        is_dir, is_file = path.is_dir(), path.is_file()
    except OSError:  # a long inline query is no file name: the OS refuses names over 255 bytes
        is_dir = is_file = False
    if is_dir:
        raise click.BadParameter(f"{arg} is a folder; give a query file, - for stdin, or the query text",
                                 param_hint="FILE|-|QUERY")
    if is_file:
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise click.BadParameter(f"cannot read {arg}: {exc}", param_hint="FILE|-|QUERY") from None
    if not any(c.isspace() or c == "{" for c in arg):
        raise click.BadParameter(f"no such file: {arg}; give a query file, - for stdin, or the query text "
                                 "itself in quotes", param_hint="FILE|-|QUERY")
    return arg
