#!/usr/bin/env python
"""Audit the status the path search gives its answers, over every pair of entities.

For each ordered pair of distinct entities, the paths up to ``--max-hops`` (at most ``--limit`` per
pair) are found, and each is classified by the status it is reported with and by whether some one
document supports every hop (a "common document"). A path reported as a finding without a common
document would pass off an inference as a finding; the script prints how many there are, with a
few examples.

    python scripts/path_audit.py                  # the bundled seeds, max 4 hops
    python scripts/path_audit.py --max-hops 3 --json audit.json
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import kg


def common_documents(p) -> set[str]:
    """The documents whose evidence supports every hop of *p*."""
    docs = None
    for step in p.steps:
        here = {e.document for e in step.evidence}
        docs = here if docs is None else docs & here
    return docs or set()


def audit(g, max_hops: int, limit: int) -> dict:
    ids = [e.id for e in g.entities()]
    by_status: Counter[str] = Counter()
    false_findings = []
    pairs_with_paths = 0
    total = 0
    for a in ids:
        for b in ids:
            if a == b:
                continue
            found = g.paths(a, b, max_hops=max_hops, limit=limit)
            if found:
                pairs_with_paths += 1
            for p in found:
                total += 1
                by_status[p.status] += 1
                if p.status == "finding" and not common_documents(p):
                    false_findings.append(str(p))
    return {
        "entities": len(ids),
        "statements": len(g.statements()),
        "pairs": len(ids) * (len(ids) - 1),
        "pairs_with_paths": pairs_with_paths,
        "paths": total,
        "by_status": dict(sorted(by_status.items())),
        "findings_without_common_document": len(false_findings),
        "examples": false_findings[:10],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, help="seeds folder (default: the bundled seeds)")
    ap.add_argument("--max-hops", type=int, default=4)
    ap.add_argument("--limit", type=int, default=20, help="most paths per pair")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args(argv)
    g = kg.load(args.seeds)
    t0 = time.perf_counter()
    r = audit(g, args.max_hops, args.limit)
    r["seconds"] = round(time.perf_counter() - t0, 1)
    findings = r["by_status"].get("finding", 0)
    print(f"{r['entities']} entities, {r['statements']} statements; {r['pairs_with_paths']} of {r['pairs']} "
          f"ordered pairs connected within {args.max_hops} hops; {r['paths']} paths (at most {args.limit} a pair)")
    print("paths by reported status: " + ", ".join(f"{k} {v}" for k, v in r["by_status"].items()))
    print(f"reported as finding with no document supporting every hop: {r['findings_without_common_document']}"
          f" of {findings}" + (f" ({r['findings_without_common_document'] / findings:.0%})" if findings else ""))
    for ex in r["examples"]:
        print("  e.g. " + ex)
    print(f"({r['seconds']} s)")
    if args.json:
        args.json.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
