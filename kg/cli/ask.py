"""Commands that ask the graph: path, neighbors, effects, regulators, contradictions, query, sparql."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..query.paths import find_paths, PathQuery
from ..query.reach import reach
from ..query.sparql import library, named_query, parse_bindings
from ..views.tables import contradiction_rows, neighbor_rows, path_rows, paths_text, query_list_text, reach_rows
from .group import combined, Context, emit, emit_result, FORMAT_OPTION, main, parse_params, pass_ctx, RESULT_FORMATS, STATUS_CHOICE


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
        emit(path_rows(paths), fmt, "")
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
@FORMAT_OPTION
@pass_ctx
def contradictions(obj: Context, fmt) -> None:
    """Pairs with both increasing and decreasing claims, with the quotes on each side."""
    emit(contradiction_rows(obj.graph.contradictions()), fmt, "no contradictory claims")


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
        emit_result(obj.graph.query(name, **parse_params(params)), fmt)


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
    if query_arg == "-":
        text = sys.stdin.read()
    elif _is_file(query_arg):
        text = Path(query_arg).read_text(encoding="utf-8")
    else:
        text = query_arg
    obj.endpoint = endpoint_url or obj.endpoint
    g = obj.graph
    emit_result(g.sparql(text, **parse_bindings(g, parse_params(params))), fmt)


def _is_file(arg: str) -> bool:
    """Whether *arg* names a file; a long inline query is not a file name (the OS refuses names
    over 255 bytes with an error, not a False)."""
    try:
        return Path(arg).is_file()
    except OSError:
        return False
