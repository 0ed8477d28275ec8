"""Commands that make outputs: build, validate, stats, locate, html, export."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import OutputError
from ..files import check_output_file, ensure_writable, write_all
from ..jobs.build import build as run_build
from ..rdf.validate import validate_graph
from ..sources.locate import locate_offsets
from ..views.base import writer
from ..views.html import DEFAULT_MAX_NODES, write_html
from ..views.tables import stats_text
from .group import Context, main, pass_ctx, STATUS_CHOICE


@main.command()
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), default=Path("build"),
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
    report = validate_graph(obj.graph, obj.seeds)
    click.echo(str(report))
    if not report.ok:
        sys.exit(1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_ctx
def stats(obj: Context, fmt: str) -> None:
    """Entities by type, statements by relation, by document and by epistemic status."""
    st = obj.graph.stats()
    click.echo(json.dumps(st, indent=2, sort_keys=True) if fmt == "json" else stats_text(st, obj.graph))


@main.command()
@click.argument("stem")
@click.option("--write", is_flag=True, help="Write the offsets into the annotation file.")
@pass_ctx
def locate(obj: Context, stem: str, write: bool) -> None:
    """Fill in missing start/end offsets of STEM's annotations from their quotes."""
    changes = locate_offsets(stem, obj.seeds, write=write)
    click.echo("\n".join(changes) if changes else "every quote already has offsets")


@main.command("html")
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("kg.html"),
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
    check_output_file(out)  # before the graph is even loaded: a bad --out costs no work
    written = write_html(obj.graph, out, focus=list(focus) or None, radius=radius,
                         paths=tuple(path_ends) if path_ends else None, max_hops=max_hops,
                         types=[t.strip() for x in types for t in x.split(",") if t.strip()] or None,
                         status=statuses or None, max_nodes=max_nodes or DEFAULT_MAX_NODES, force=force,
                         title=title)
    click.echo(f"wrote {written}")


@main.command("export")
@click.option("--format", "fmt", required=True, metavar="FORMAT",
              help="graphml or cyjs (Cytoscape desktop, yEd, Gephi), kgx (Biolink KGX TSV: a folder), "
                   "or turtle, ntriples, jsonld.")
@click.option("--out", "-o", type=click.Path(allow_dash=True, path_type=Path), default=Path("-"),
              show_default=True, help="File to write, - for standard output; for kgx, the folder to write.")
@pass_ctx
def export(obj: Context, fmt: str, out: Path) -> None:
    """Write the graph in one format, e.g. kg export --format graphml --out kg.graphml
    or kg export --format kgx --out kgx/ (nodes.tsv and edges.tsv).
    """
    w = writer(fmt)  # an unknown format fails here, listing the known ones
    if w.folder:
        if str(out) == "-" or out.is_file():
            raise OutputError(f"{fmt} writes a folder of files; give --out DIR (a folder, new or existing)")
        ensure_writable(out)
    elif str(out) != "-":
        check_output_file(out)
    if str(out) == "-":
        click.echo(w.render(obj.graph), nl=False)  # bytes go to the binary stream unchanged
        return
    files = w.outputs(obj.graph, out)  # everything rendered before the first file is replaced
    write_all(files)
    click.echo(f"wrote {out} ({w.description})")
