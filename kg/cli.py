"""The `kg` command: a thin shell over the library.

The group resolves where the graph comes from once; each subcommand parses its options and calls
one library function. Every KGError becomes a one-paragraph message on stderr and exit status 1.
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

    def __init__(self, seeds: Path | None, graph_file: Path | None, lexicon: Path | None = None):
        self.seeds = seeds
        self.graph_file = graph_file
        self.lexicon = lexicon
        self._graph = None

    @property
    def graph(self):
        if self._graph is None:
            from .graph import load

            self._graph = load(self.graph_file or self.seeds, lexicon=self.lexicon)
        return self._graph


pass_ctx = click.make_pass_decorator(Context)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--seeds", type=click.Path(file_okay=False, path_type=Path), envvar="KG_SEEDS",
              help="Seeds folder to build from (default: the bundled seeds/).")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read an RDF file (e.g. build/kg.ttl) instead of building from seeds.")
@click.option("--lexicon", type=click.Path(dir_okay=False, path_type=Path), envvar="KG_LEXICON",
              help="Entity lexicon to use (default: ontology/lexicon.yaml).")
@click.option("-v", "--verbose", count=True, help="Log progress (-vv for debug).")
@click.version_option(package_name="exokg", prog_name="kg")
@click.pass_context
def main(ctx: click.Context, seeds: Path | None, graph_file: Path | None, lexicon: Path | None,
         verbose: int) -> None:
    """Mechanism knowledge graph of stem-cell exosome biology.

    Build it from the curated seeds, validate it, and ask it how vesicles act, with the
    sentence behind every answer.
    """
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.obj = Context(seeds, graph_file, lexicon)


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("build"),
              show_default=True, help="Folder for the outputs.")
@click.option("--format", "formats", multiple=True, default=("turtle", "ntriples", "jsonld"),
              show_default=True, help="Output formats (repeat the option for several).")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL check (quotes are always checked).")
@pass_ctx
def build(obj: Context, out: Path, formats: tuple[str, ...], no_validate: bool) -> None:
    """Build the graph from the seeds and write it to OUT (Turtle, N-Triples, JSON-LD, stats)."""
    from .build import build as run_build

    result = run_build(out, obj.seeds, formats, validate=not no_validate, lexicon=obj.lexicon)
    st = result.graph.stats()
    click.echo(f"built {st['statements']} statements with {st['evidence']} evidence from "
               f"{st['documents']} documents: {st['entities']} entities, {st['triples']} triples")
    for name, path in result.outputs.items():
        click.echo(f"  {name:9} {path}")


@main.command()
@pass_ctx
def validate(obj: Context) -> None:
    """Check every quote against its document and the graph against the SHACL shapes."""
    from .validate import Report, check_quotes, shacl

    graph = obj.graph
    report = Report(statements=len(graph.statements()),
                    evidence=sum(len(s.evidence) for s in graph.statements()))
    texts = {d.stem: d.text for d in graph.documents.values() if d.text}
    if texts:
        report.problems = check_quotes(graph.statements(), texts)
    report.shacl = shacl(graph.rdf)
    click.echo(str(report))
    if not report.ok:
        sys.exit(1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_ctx
def stats(obj: Context, fmt: str) -> None:
    """Entities by type, statements by relation, by document and by epistemic status."""
    st = obj.graph.stats()
    if fmt == "json":
        click.echo(json.dumps(st, indent=2, sort_keys=True))
        return
    click.echo(f"{st['entities']} entities, {st['statements']} statements, {st['evidence']} evidence, "
               f"{st['documents']} documents, {st['triples']} triples")
    for title, key in (("entities by type", "entities_by_type"),
                       ("statements by relation", "statements_by_relation"),
                       ("statements by document", "statements_by_document"),
                       ("statements by status", "statements_by_status"),
                       ("evidence by status", "evidence_by_status")):
        click.echo(f"\n{title}:")
        for k, v in st[key].items():
            click.echo(f"  {k:<40} {v:>5}")


@main.command()
@click.argument("stem")
@click.option("--write", is_flag=True, help="Write the offsets into the annotation file.")
@pass_ctx
def locate(obj: Context, stem: str, write: bool) -> None:
    """Fill in missing start/end offsets of STEM's annotations from their quotes."""
    from .locate import locate_offsets

    changes = locate_offsets(stem, obj.seeds, write=write)
    for line in changes:
        click.echo(line)
    if not changes:
        click.echo("every quote already has offsets")


FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table", show_default=True,
    help="table for people (fits 80 columns); json, csv or tsv for programs.")


def _emit(columns, rows, fmt: str, empty: str) -> None:
    from .render import records

    if not rows and fmt == "table":
        click.echo(empty)
        return
    click.echo(records(columns, rows, fmt))


def _sign(v: int) -> str:
    return {1: "+", -1: "-", 0: "?"}[v]


@main.command()
@click.argument("source")
@click.argument("target")
@click.option("--max-hops", default=4, show_default=True, help="Longest path to consider.")
@click.option("--limit", default=10, show_default=True, help="Most paths to show.")
@click.option("--sign", type=click.Choice(["+", "-", "?"]), help="Only paths with this net effect.")
@click.option("--relation", "relations", multiple=True, help="Only walk these relations (repeatable).")
@click.option("--exclude-relation", "exclude", multiple=True, help="Never walk these relations (repeatable).")
@click.option("--via", "via", help="Types of the intermediate nodes, comma-separated (a metapath).")
@click.option("--status", "statuses", multiple=True,
              type=click.Choice(["finding", "prediction", "hypothesis", "question"]),
              help="Only evidence with this status (repeatable); e.g. --status finding.")
@click.option("--organism", help="Drop hops seen only in other organisms.")
@click.option("--min-evidence", default=1, show_default=True, help="Evidence needed per hop.")
@click.option("--evidence/--no-evidence", "show_evidence", default=True, show_default=True,
              help="Show each hop's quotes under the chain (table format).")
@FORMAT_OPTION
@pass_ctx
def path(obj: Context, source, target, max_hops, limit, sign, relations, exclude, via, statuses, organism,
         min_evidence, show_evidence, fmt) -> None:
    """How does SOURCE reach TARGET? Mechanism chains with net effect and evidence.

    SOURCE and TARGET are names, synonyms, CURIEs or IRIs, e.g. kg path MSC "axon regeneration".
    """
    g = obj.graph
    paths = g.paths(source, target, max_hops=max_hops, limit=limit, sign=sign,
                    relations=relations or None, exclude_relations=exclude or None,
                    via_types=[t.strip() for t in via.split(",")] if via else None,
                    status=statuses or None, organism=organism, min_evidence=min_evidence)
    if not paths:
        click.echo(f"no path from {g.entity(source).label} to {g.entity(target).label} within {max_hops} hops"
                   + (" with the given filters" if (sign or relations or exclude or via or statuses or organism) else ""))
        return
    if fmt == "json":
        click.echo(json.dumps([p.to_dict() for p in paths], indent=2, ensure_ascii=False))
        return
    if fmt in ("csv", "tsv"):
        from .render import records

        rows = [[i, len(p), _sign(p.sign), p.status, str(p).rsplit("  [", 1)[0]] for i, p in enumerate(paths, 1)]
        click.echo(records(["rank", "hops", "net", "status", "chain"], rows, fmt))
        return
    for i, p in enumerate(paths, 1):
        click.echo(f"{i}. " + (p.explain() if show_evidence else str(p)))
        if show_evidence:
            click.echo()


@main.command()
@click.argument("name")
@click.option("--direction", type=click.Choice(["out", "in", "both"]), default="both", show_default=True)
@click.option("--relation", "relations", multiple=True, help="Only these relations (repeatable).")
@FORMAT_OPTION
@pass_ctx
def neighbors(obj: Context, name, direction, relations, fmt) -> None:
    """What NAME acts on and what acts on it, one statement a line."""
    steps = obj.graph.neighbors(name, direction=direction, relations=relations or None)
    rows = [[s.subject.id, s.predicate, s.object.id, _sign(s.sign), s.status, len(s.evidence)] for s in steps]
    _emit(["subject", "relation", "object", "sign", "status", "evidence"], rows, fmt,
          f"{obj.graph.entity(name).label} has no statements in that direction")


def _reach_command(obj: Context, name, max_hops, statuses, fmt, upstream: bool) -> None:
    g = obj.graph
    fn = g.regulators if upstream else g.effects
    found = fn(name, max_hops=max_hops, status=statuses or None)
    rows = [[e.entity.id, e.entity.type, _sign(e.sign), len(e.path), str(e.path).rsplit("  [", 1)[0]] for e in found]
    _emit(["entity", "type", "net", "hops", "best path"], rows, fmt,
          f"nothing {'upstream of' if upstream else 'downstream of'} {g.entity(name).label} within {max_hops} hops")


@main.command()
@click.argument("name")
@click.option("--max-hops", default=4, show_default=True)
@click.option("--status", "statuses", multiple=True,
              type=click.Choice(["finding", "prediction", "hypothesis", "question"]))
@FORMAT_OPTION
@pass_ctx
def effects(obj: Context, name, max_hops, statuses, fmt) -> None:
    """Everything downstream of NAME, with the net sign of its best path."""
    _reach_command(obj, name, max_hops, statuses, fmt, upstream=False)


@main.command()
@click.argument("name")
@click.option("--max-hops", default=4, show_default=True)
@click.option("--status", "statuses", multiple=True,
              type=click.Choice(["finding", "prediction", "hypothesis", "question"]))
@FORMAT_OPTION
@pass_ctx
def regulators(obj: Context, name, max_hops, statuses, fmt) -> None:
    """Everything upstream of NAME, with the net sign of its best path onto NAME."""
    _reach_command(obj, name, max_hops, statuses, fmt, upstream=True)


@main.command()
@FORMAT_OPTION
@pass_ctx
def contradictions(obj: Context, fmt) -> None:
    """Pairs with both increasing and decreasing claims, with the quotes on each side."""
    rows = []
    for c in obj.graph.contradictions():
        up = " | ".join(e.quote for s in c.increasing for e in s.evidence)
        down = " | ".join(e.quote for s in c.decreasing for e in s.evidence)
        rows.append([c.subject.id, c.object.id, up, down])
    _emit(["subject", "object", "increasing", "decreasing"], rows, fmt, "no contradictory claims")


RESULT_FORMATS = click.Choice(["table", "json", "csv", "tsv", "sparql-json", "sparql-csv", "sparql-tsv"])


def _emit_result(result, fmt: str) -> None:
    from .render import records, result_rows, sparql_results

    if fmt.startswith("sparql-"):
        click.echo(sparql_results(result, fmt))
        return
    columns, rows = result_rows(result)
    _emit(columns, rows, fmt, "no results")


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
@pass_ctx
def query(obj: Context, name, list_, params, show, fmt) -> None:
    """Run the named query NAME from the library (kg query --list shows them)."""
    from .sparql import library

    lib = library()
    if list_ or not name:
        for q in lib.values():
            click.echo(f"{q.name}\n  {q.question}")
            for p in q.params:
                default = f" (default {p.default})" if p.default is not None else " (required)"
                click.echo(f"  --param {p.name}=<{p.type}>{default}: {p.description}")
        return
    if show:
        from .errors import InvalidQueryError

        if name not in lib:
            raise InvalidQueryError(f"unknown named query {name!r} (list them with `kg query --list`)")
        click.echo(lib[name].text)
        return
    _emit_result(obj.graph.query(name, **_parse_params(params)), fmt)


@main.command()
@click.argument("query_arg", metavar="FILE|-|QUERY")
@click.option("--param", "-p", "params", multiple=True, metavar="VAR=VALUE",
              help="Bind ?VAR (an entity name binds its IRI; <iri> binds an IRI; else a literal).")
@click.option("--format", "fmt", type=RESULT_FORMATS, default="table", show_default=True)
@pass_ctx
def sparql(obj: Context, query_arg, params, fmt) -> None:
    """Run your own read-only SPARQL query from a FILE, stdin (-) or the argument itself.

    Prefixes exo:, ent:, rdfs:, skos:, dcterms:, prov:, ... are predeclared.
    """
    from rdflib import URIRef

    from .errors import KGError

    if query_arg == "-":
        text = sys.stdin.read()
    elif Path(query_arg).is_file():
        text = Path(query_arg).read_text(encoding="utf-8")
    else:
        text = query_arg
    g = obj.graph
    bindings = {}
    for key, value in _parse_params(params).items():
        if value.startswith("<") and value.endswith(">"):
            bindings[key] = URIRef(value[1:-1])
        else:
            try:
                bindings[key] = g.entity(value)
            except KGError:
                bindings[key] = value
    _emit_result(g.sparql(text, **bindings), fmt)


if __name__ == "__main__":  # pragma: no cover
    main()
