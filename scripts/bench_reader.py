#!/usr/bin/env python
"""How the reader's time grows with document size (issue 13: it must be linear).

Builds documents of the given sizes by repeating the seed documents (paragraphs kept), reads each
once with one reader on one core, and prints seconds, seconds per MB and the ratio of each size's
seconds per MB to the smallest size's (the baseline, measured in the same run). A linear reader
keeps that ratio near 1; a quadratic one doubles it with every doubling of size.

    python scripts/bench_reader.py                      # 0.25, 0.5, 1, 2 and 4.9 MB
    python scripts/bench_reader.py --sizes 0.1 0.2      # quicker
    python scripts/bench_reader.py --one-line           # the same text without line breaks (one long line)
    python scripts/bench_reader.py --no-ends            # ... and without sentence ends (one endless sentence)
"""
from __future__ import annotations

import argparse
import sys
import time

from kg.files import seeds_dir
from kg.sources.reader import Reader


def document(size_mb: float, one_line: bool = False, no_ends: bool = False) -> str:
    """The seed documents repeated (blank line between them) up to *size_mb* megabytes of UTF-8;
    with *one_line*, every line break a space (work done per line must not be done per word); with
    *no_ends* also no full stops, question or exclamation marks (work done per sentence must not grow
    with the sentence)."""
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt")))
    if one_line or no_ends:
        unit = " ".join(unit.split())
        one_line = True
    if no_ends:
        unit = unit.translate(str.maketrans("", "", ".?!"))
    target = int(size_mb * 1_000_000)
    reps = target // len(unit.encode("utf-8")) + 1
    text = (" " if one_line else "\n\n").join([unit] * reps)
    return text.encode("utf-8")[:target].decode("utf-8", errors="ignore")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1.0, 2.0, 4.9], help="sizes in MB")
    ap.add_argument("--one-line", action="store_true", help="no line breaks: the whole document on one line")
    ap.add_argument("--no-ends", action="store_true", help="one line and no sentence ends: one endless sentence")
    args = ap.parse_args(argv)
    reader = Reader()
    reader.read(document(0.01))  # warm up: caches, compiled patterns, the parser
    base = None
    print(f"{'MB':>6} {'sentences':>10} {'seconds':>9} {'s/MB':>7} {'ratio':>6}")
    for mb in sorted(args.sizes):
        text = document(mb, args.one_line, args.no_ends)
        t0 = time.perf_counter()
        n = reader.read(text).sentences
        sec = time.perf_counter() - t0
        per = sec / mb
        base = base or per
        print(f"{mb:>6.2f} {n:>10,} {sec:>9.2f} {per:>7.2f} {per / base:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
