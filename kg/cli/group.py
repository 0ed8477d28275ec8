"""The ``kg`` group: where the graph comes from, and the options and printers its commands share.

The group resolves where the graph comes from once (an endpoint, a store folder, an RDF file or a
seeds folder) and loads it on first use; every KGError a command raises becomes a one-paragraph
message on stderr and exit status 1.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from ..errors import KGError
from ..graph import load
from ..stores.folder import read_manifest
from ..views.tables import records, result_rows, sparql_results


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


STATUS_CHOICE = click.Choice(["finding", "prediction", "hypothesis", "question"])

FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table", show_default=True,
    help="table for people (fits 80 columns); json, csv or tsv for programs.")


def emit(table: tuple[list[str], list[list]], fmt: str, empty: str) -> None:

    columns, rows = table
    click.echo(empty if not rows and fmt == "table" else records(columns, rows, fmt))


def combined(*decorators):
    """Several click decorators as one, applied in the order written."""
    def apply(command):
        for d in reversed(decorators):
            command = d(command)
        return command
    return apply


RESULT_FORMATS = click.Choice(["table", "json", "csv", "tsv", "sparql-json", "sparql-csv", "sparql-tsv"])


def emit_result(result, fmt: str) -> None:

    if fmt.startswith("sparql-"):
        click.echo(sparql_results(result, fmt))
    else:
        emit(result_rows(result), fmt, "no results")


def parse_params(params: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{p!r} must look like key=value", param_hint="--param")
        out[key.strip()] = value
    return out
