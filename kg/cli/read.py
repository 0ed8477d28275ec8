"""Commands for new documents: read one with the machine reader, ingest it into the seeds."""
from __future__ import annotations

import json
import shutil
import sys
import textwrap
from pathlib import Path

import click

from ..jobs.ingest import ingest_many as run_ingest
from ..jobs.ingest import repair as run_repair
from ..stores.folder import is_store, read_manifest
from ..lexicon import load_lexicon
from ..ontology import Ontology
from ..sources.reader import Reader
from ..sources.reader.documents import decode_document, documents_in
from .group import Context, main, pass_ctx


@main.command("read")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people (full labels, wrapped); json: a list of statements, each with its document, "
                   "subject and object (text, label, type, identifier, how matched and grounded), predicate, sign, "
                   "quote, start, end, status, confidence and context (organism, model system, disease model).")
@click.option("--jobs", "-j", type=click.IntRange(1), default=2, show_default=True, help="Cores to read on.")
@pass_ctx
def read_command(obj: Context, paths: tuple[Path, ...], fmt: str, jobs: int) -> None:
    """Read documents (files, or folders of .txt/.md/.html files) and print the statements the reader
    extracts. Nothing is written: this shows what `kg ingest` would add. For HTML, offsets index the
    extracted text (the text `kg ingest` stores). A folder is read on --jobs cores with a progress bar.
    """
    files = documents_in(list(paths))
    sources = [decode_document(p) for p in files]  # every file checked before any reading
    ontology = Ontology.load()
    reader = Reader(load_lexicon(ontology, obj.lexicon), ontology)
    items = [(src.text, p.stem) for p, src in zip(files, sources)]
    if len(items) > 1:
        with click.progressbar(length=len(items), label="reading", file=sys.stderr) as bar:
            results = reader.read_many(items, processes=jobs, progress=bar.update)
    else:
        results = reader.read_many(items)
    for src in sources:
        for w in src.warnings:
            click.echo(f"warning: {w}", err=True)
    if fmt == "json":
        rows = [{"document": str(p), **row} for p, r in zip(files, results) for row in r.to_json()]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = shutil.get_terminal_size((120, 24)).columns
    for p, r in zip(files, results):
        if len(files) > 1:
            click.echo(f"== {p}")
        if not r.statements:
            click.echo(f"no statements found in {p} ({r.sentences} sentences read)")
            continue
        click.echo(statement_table(r, width))
        click.echo(f"{len(r.statements)} statements from {r.sentences} sentences (machine-read)")
        if r.new_entities:
            click.echo("new entities (*): " + ", ".join(f"{e.label} [{e.type}, id {e.id}]" for e in r.new_entities))


def _entity_cell(found) -> str:
    star = "*" if found.entity.provisional else ""
    ident = f" [{found.identifier}]" if found.identifier else ""
    return f"{found.entity.label}{star}{ident}"


def statement_table(result, width: int = 120) -> str:
    """The statements of *result* as a text table whose cells wrap (a label is never cut).

    >>> from kg.sources.reader import read_text
    >>> print(statement_table(read_text("miR-21 suppresses PTEN."), 60))
    subject            relation   object            status   at
    -----------------  ---------  ----------------  -------  --
    miR-21 [mirbase.m  decreases  PTEN [HGNC:9588]  finding  0
    ature:MIMAT000007
    6]
    """
    rows = [(_entity_cell(a), s.predicate, _entity_cell(b), s.evidence[0].status, str(s.evidence[0].start))
            for s, (a, b) in zip(result.statements, result.arguments)]
    head = ("subject", "relation", "object", "status", "at")
    fixed = [max(len(head[i]), *(len(r[i]) for r in rows)) for i in (1, 3, 4)]
    free = max(20, width - sum(fixed) - 8)
    wide = [min(free // 2, max(len(head[i]), *(len(r[i]) for r in rows))) for i in (0, 2)]
    widths = [wide[0], fixed[0], wide[1], fixed[1], fixed[2]]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for r in rows:
        cells = [textwrap.wrap(c, w, break_long_words=True, break_on_hyphens=False) or [""] for c, w in zip(r, widths)]
        for k in range(max(len(c) for c in cells)):
            lines.append("  ".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(cells, widths)).rstrip())
    return "\n".join(lines)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--title", help="Document title (default: its first line); only for one document.")
@click.option("--source", help="Where the documents come from (journal, site, ...).")
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), default=Path("build"), show_default=True,
              help="Folder to rebuild the outputs into.")
@click.option("--no-build", is_flag=True, help="Only add the files to seeds/ (still validated); do not write outputs.")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also add the documents to this store folder in place (no rebuild of the store).")
@click.option("--repair", is_flag=True, help="Only finish or undo an ingest that was stopped, then exit.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=2, show_default=True, help="Cores to read on.")
@pass_ctx
def ingest(obj: Context, paths: tuple[Path, ...], title: str | None, source: str | None, out: Path, no_build: bool,
           store_dir: Path | None, repair: bool, jobs: int) -> None:
    """Add documents (files, or folders of .txt/.md/.html files) to the seeds with the reader's statements
    (marked machine-read), then rebuild. Each is stored as seeds/NNN_<sha256 prefix>.txt (HTML as its
    extracted text, the original in seeds/originals/), with a .meta.yaml and a .reader.yaml; new entities
    go to lexicon.reader.yaml. All or nothing: the files are staged and the seeds validated before
    anything is renamed into place; an ingest that was stopped is finished by the next one (or by
    --repair). A document already in the seeds is reported and left alone (exit 0). With --store (or
    kg --store DIR), the new documents are also loaded into that store folder, whose saved tables grow
    with them: a store of millions of triples takes an abstract in seconds.
    """
    if repair:
        done = run_repair(obj.seeds, obj.lexicon)
        click.echo("\n".join(done) if done else "nothing to repair")
        return
    if not paths:
        raise click.UsageError("give one or more documents or folders (or --repair)")
    store = store_dir or obj.store
    before = read_manifest(store).generation if store is not None and is_store(store) else None
    # every document asked for goes into the store, not only the new ones: one the seeds have but
    # the store lacks (a stop between the two) is added now; one the store holds is left alone
    results = run_ingest(list(paths), title=title, source=source, seeds=obj.seeds, lexicon=obj.lexicon,
                         out=None if no_build else out, processes=jobs, store=store)
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
    if store is not None:
        m = read_manifest(store)
        click.echo(f"store {store}: " + (f"now {m.triples:,} triples" if m.generation != before
                                         else "already holds these documents; nothing changed"))
