"""How much of each answer the people tables show at a given terminal width (issue 14's measure).

For each command it compares the table (`kg ...` with COLUMNS set) with the same command's
`--format json`: lines, widest line, cells cut with an ellipsis, long values (quote, best path,
title, statement, measure, value, comparator, study) shown whole and with every word, and document
hash stems left in the table. Run it from a checkout:

    python scripts/measure_tables.py --columns 80 [--repo PATH]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

COMMANDS = [("query", "cell_to_disease"), ("query", "quantitative_readouts"), ("query", "documents_and_studies"),
            ("effects", "MSC"), ("effects", "miR-21")]
LONG = ("quote", "best path", "title", "statement", "measure", "value", "comparator", "study")
STEM = re.compile(r"\b\d{3}_[0-9a-f]{6,}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--columns", type=int, default=80)
    ap.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent,
                    help="the checkout whose kg to run (default: this one)")
    args = ap.parse_args()
    env = dict(os.environ, COLUMNS=str(args.columns), PYTHONPATH=str(args.repo))

    def kg(*a: str) -> str:
        return subprocess.run([sys.executable, "-m", "kg.cli", *a], cwd=args.repo, env=env,
                              capture_output=True, text=True, check=True).stdout

    def norm(t: str) -> str:
        return re.sub(r"\s+", " ", t).strip()

    print(f"{'command':30} {'lines':>5} {'widest':>6} {'cut':>4} {'long values whole':>17} "
          f"{'every word shown':>16} {'stems':>5}")
    for c in COMMANDS:
        table = kg(*c)
        rows = json.loads(kg(*c, "--format", "json"))
        flat = norm(" ".join(line.strip() for line in table.splitlines()))
        words = set(flat.split())
        vals = [str(v) for r in rows for k, v in r.items() if v not in (None, "") and k in LONG]
        whole = sum(norm(v) in flat for v in vals)
        every = sum(all(w in words for w in norm(v).split()) for v in vals)
        lines = table.splitlines()
        print(f"{' '.join(c):30} {len(lines):5} {max(map(len, lines)):6} {table.count(chr(0x2026)):4} "
              f"{whole:10}/{len(vals):<6} {every:9}/{len(vals):<6} {len(STEM.findall(table)):5}")


if __name__ == "__main__":
    main()
