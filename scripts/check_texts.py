"""Check a folder of rebuilt abstracts against the SHA-256 values in ``sources.tsv``.

The published abstracts the real gold applies to stay outside the repository, so they are
rebuilt from public copies whenever a machine loses them. This tells, per abstract of a
split, whether the file ``DIR/<id>.txt`` is the exact text the gold was curated on.

    python scripts/check_texts.py /work/heldout/real/texts --split dev

Exit status 0 when every abstract of the split matches, 1 otherwise.
"""
from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

import click

SOURCES = Path(__file__).resolve().parent.parent / "tests/data/reader/real/sources.tsv"


@click.command()
@click.argument("texts", type=click.Path(file_okay=False, path_type=Path))
@click.option("--split", default=None, help="Only this split (dev, dev2, ..., test4, test5).")
def main(texts: Path, split: str | None) -> None:
    """Print one line per abstract: ok, missing or differs (with the byte length found)."""
    with SOURCES.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if split in (None, r["split"])]
    if not rows:
        raise SystemExit(f"{SOURCES}: no abstract in split {split!r}")
    good = 0
    for row in rows:
        path = texts / f"{row['id']}.txt"
        if not path.is_file():
            click.echo(f"missing  {row['id']}")
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() == row["sha256"]:
            good += 1
            click.echo(f"ok       {row['id']}")
        else:
            click.echo(f"differs  {row['id']} ({len(data)} bytes)")
    click.echo(f"{good} of {len(rows)} match")
    sys.exit(0 if good == len(rows) else 1)


if __name__ == "__main__":
    main()
