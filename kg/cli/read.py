"""Commands for new documents: read one with the machine reader, ingest it into the seeds."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..jobs.ingest import ingest_many as run_ingest
from ..jobs.ingest import repair as run_repair
from ..lexicon import load_lexicon
from ..ontology import Ontology
from ..sources.reader import read_file
from ..views.tables import read_rows, records
from .group import Context, main, pass_ctx


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
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--title", help="Document title (default: its first line); only for one document.")
@click.option("--source", help="Where the documents come from (journal, site, ...).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("build"), show_default=True,
              help="Folder to rebuild the outputs into.")
@click.option("--no-build", is_flag=True, help="Only add the files to seeds/ (still validated); do not write outputs.")
@click.option("--repair", is_flag=True, help="Only finish or undo an ingest that was stopped, then exit.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=2, show_default=True, help="Cores to read on.")
@pass_ctx
def ingest(obj: Context, paths: tuple[Path, ...], title: str | None, source: str | None, out: Path, no_build: bool,
           repair: bool, jobs: int) -> None:
    """Add documents (files, or folders of .txt/.md/.html files) to the seeds with the reader's statements
    (marked machine-read), then rebuild. Each is stored as seeds/NNN_<sha256 prefix>.txt (HTML as its
    extracted text, the original in seeds/originals/), with a .meta.yaml and a .reader.yaml; new entities
    go to lexicon.reader.yaml. All or nothing: the files are staged and the seeds validated before
    anything is renamed into place; an ingest that was stopped is finished by the next one (or by
    --repair). A document already in the seeds is reported and left alone (exit 0).
    """
    if repair:
        done = run_repair(obj.seeds, obj.lexicon)
        click.echo("\n".join(done) if done else "nothing to repair")
        return
    if not paths:
        raise click.UsageError("give one or more documents or folders (or --repair)")
    results = run_ingest(list(paths), title=title, source=source, seeds=obj.seeds, lexicon=obj.lexicon,
                         out=None if no_build else out, processes=jobs)
    for result in results:
        for w in result.warnings:
            click.echo(f"warning: {w}", err=True)
        if result.already_present:
            click.echo(f"{result.source} is already present in the seeds as {result.stem}; nothing changed")
            continue
        click.echo(f"added {result.stem}: {len(result.statements)} machine-read statements, "
                   f"{len(result.new_entities)} new entities")
        for p in result.written:
            click.echo(f"  wrote {p}")
    if any(not r.already_present for r in results) and not no_build:
        click.echo(f"rebuilt {out}")
