#!/usr/bin/env python
"""Benchmark the Oxigraph-backed store against rdflib's in-memory store on a synthetic graph.

    python scripts/bench.py --triples 1000000 --json bench-1m.json

Generates a mechanism graph of about N triples shaped like the real one (typed entities with
labels, synonyms and cross-references; signed statements reified with evidence, context, readouts
and documents; the ontology's own triples), written with kg/assemble.py's IRI scheme so
kg.rdf.from_rdf reads it back. Then, in one run:

* raw_load_s       pyoxigraph's bulk loader on the N-Triples file, into a fresh on-disk store (the floor)
* load_s           ``kg load FILE --store DIR`` (kg.stores.folder.load_files): the same, plus the manifest swap
* projection_s     first open: the model's tables read (kg/tables.py; from the loaded file, which
                   the store's manifest lists, see kg/stores/folder.py), saved into the store
                   folder, and the compact projection built
* open_s           reopening the persisted store in a new process (imports, manifest, read-only
                   RocksDB, saved tables) and answering one path question
* queries          each named query of kg/query/queries, parameters adapted to the synthetic data:
                   median time through ``g.query`` against the same query on rdflib's in-memory
                   store (rdflib only with --baseline, at a million triples: at ten its parse alone
                   takes too long)
* path_*           ``g.paths`` (max_hops=6, limit=20) for random entity pairs (mostly unconnected:
                   it times "no path") and, reported apart, for connected pairs drawn by random walks
                   of 1 to 6 walkable hops (path_connected_*)
* peak_rss_mb      peak memory of the process that opens the store and answers (a child process, so
                   generating the data does not count)
* ingest_s         ``kg ingest ABSTRACT --store DIR --no-build`` in a new process, on copies of seeds/ and
                   ontology/: the abstract read, the seeds validated, and its triples added to the store
                   in place (kg.jobs.update_store); last, so it changes nothing measured before it

Several sizes make a growth table: run each with --json, then ``--report a.json b.json ...``.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import Literal, URIRef  # noqa: E402

from kg.rdf.assemble import entity_iri, evidence_iri, statement_iri  # noqa: E402
from kg.model import Entity, Evidence, Statement  # noqa: E402
from kg.ontology import Ontology  # noqa: E402
from kg.vocab import CONTEXT_SLOTS, CURATION_IRI, DOCUMENT, EXO, STATUS_IRI  # noqa: E402

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"

# (type, share of entities, id prefix)
TYPES = [
    ("MicroRNA", 0.22, "miR-"),
    ("GeneOrProtein", 0.30, "GENE"),
    ("CytokineOrGrowthFactor", 0.06, "CYT"),
    ("Pathway", 0.05, "PW"),
    ("BiologicalProcess", 0.12, "BP"),
    ("Phenotype", 0.03, "PH"),
    ("DiseaseOrInjury", 0.05, "DIS"),
    ("MesenchymalStemCell", 0.02, "MSC"),
    ("CellType", 0.05, "CELL"),
    ("Exosome", 0.06, "EXO"),
    ("AnatomicalSite", 0.03, "SITE"),
    ("Molecule", 0.01, "MOL"),
]
ORGANISMS = ["human", "mouse", "rat", "pig", "zebrafish"]

# (subject types, relation, object types, weight): which claims the literature makes, roughly.
RULES = [
    (("MicroRNA",), "decreases", ("GeneOrProtein", "Pathway", "CytokineOrGrowthFactor"), 30),
    (("MicroRNA",), "increases", ("GeneOrProtein", "Pathway", "BiologicalProcess"), 8),
    (("MicroRNA",), "regulates", ("GeneOrProtein", "Pathway"), 5),
    (("GeneOrProtein", "CytokineOrGrowthFactor"), "increases", ("BiologicalProcess", "Pathway", "Phenotype", "GeneOrProtein"), 18),
    (("GeneOrProtein", "CytokineOrGrowthFactor"), "decreases", ("BiologicalProcess", "Pathway", "Phenotype", "GeneOrProtein"), 12),
    (("Pathway",), "increases", ("BiologicalProcess", "Phenotype"), 5),
    (("Pathway", "BiologicalProcess"), "decreases", ("DiseaseOrInjury", "Phenotype"), 4),
    (("Exosome",), "ameliorates", ("DiseaseOrInjury",), 3),
    (("MesenchymalStemCell", "CellType"), "secretes", ("Exosome", "CytokineOrGrowthFactor"), 4),
    (("Exosome",), "derives_from", ("MesenchymalStemCell", "CellType"), 3),
    (("Exosome",), "carries", ("MicroRNA", "GeneOrProtein", "Molecule"), 12),
    (("Exosome",), "delivers", ("MicroRNA",), 4),
    (("Exosome",), "crosses", ("AnatomicalSite",), 1),
    (("Exosome",), "located_in", ("AnatomicalSite",), 1),
    (("Exosome",), "taken_up_by", ("CellType",), 2),
    (("Exosome", "MesenchymalStemCell"), "studied_in", ("DiseaseOrInjury",), 2),
]
WORDS = ["suppresses", "activates", "reduces", "promotes", "attenuates", "enhances", "blocks", "restores"]


def nt(t: Any) -> str:
    """N-Triples form of an rdflib term (or a plain IRI string)."""
    return t.n3() if hasattr(t, "n3") else f"<{t}>"


class Writer:
    def __init__(self, fh):
        self.fh = fh
        self.count = 0
        self.buf: list[str] = []

    def add(self, s: Any, p: Any, o: Any) -> None:
        self.buf.append(f"{nt(s)} {nt(p)} {nt(o)} .\n")
        self.count += 1
        if len(self.buf) >= 10000:
            self.flush()

    def flush(self) -> None:
        self.fh.write("".join(self.buf))
        self.buf.clear()


def generate(n: int, path: Path, seed: int = 7) -> dict[str, Any]:
    """Write about *n* triples of synthetic mechanism graph to *path*; return names for the queries."""
    rng = random.Random(seed)
    onto = Ontology.load()
    rel = onto.relations
    with open(path, "w", encoding="utf-8") as fh:
        w = Writer(fh)
        for t in onto.graph:
            w.add(*t)
        # ~27 triples a statement and ~2.6 statements an entity, from the seeds' proportions.
        n_statements = max(20, (n - w.count) // 27)
        n_entities = max(len(TYPES) * 3, int(n_statements / 2.6))
        n_docs = max(3, n_statements // 400)
        by_type: dict[str, list[Entity]] = {}
        for ty, share, prefix in TYPES:
            k = max(3, int(n_entities * share))
            by_type[ty] = [Entity(f"{prefix}{i}", f"{prefix}{i}" if ty == "MicroRNA" else f"{prefix.lower()} {i}", ty)
                           for i in range(1, k + 1)]
        by_type["Organism"] = [Entity(o, o, "Organism") for o in ORGANISMS]
        for ty, ents in by_type.items():
            for i, e in enumerate(ents):
                node = entity_iri(e.id)
                w.add(node, RDF + "type", EXO[ty])
                w.add(node, RDFS + "label", Literal(e.label))
                w.add(node, SKOS + "prefLabel", Literal(e.label))
                if i % 2 == 0:
                    w.add(node, SKOS + "altLabel", Literal(f"{e.label} alias"))
                if i % 3 == 0:  # a cross-reference with its owl:Axiom, as assemble writes it
                    xid = 100000 + len(TYPES) * i + [t[0] for t in TYPES].index(ty) if ty != "Organism" else 9000 + i
                    target = URIRef(f"https://identifiers.org/hgnc:{xid}")
                    w.add(node, SKOS + "exactMatch", target)
                    ax = URIRef(f"{node}/xref/1")
                    w.add(ax, RDF + "type", OWL + "Axiom")
                    w.add(ax, OWL + "annotatedSource", node)
                    w.add(ax, OWL + "annotatedProperty", SKOS + "exactMatch")
                    w.add(ax, OWL + "annotatedTarget", target)
                    w.add(ax, DCT + "identifier", Literal(f"HGNC:{xid}"))
                    w.add(ax, EXO.xrefStatus, Literal("verified"))
        docs = [f"doc{i:05d}" for i in range(n_docs)]
        for d in docs:
            node = DOCUMENT[d]
            w.add(node, RDF + "type", EXO.Document)
            w.add(node, DCT + "identifier", Literal(d))
            w.add(node, DCT + "title", Literal(f"Synthetic review {d}"))
            w.add(node, EXO.kind, Literal("review"))
            w.add(node, DCT + "date", Literal("2024", datatype=URIRef(XSD + "gYear")))
        # Preferential choice: a few hub entities take many claims, as miR-21 or MSCs do.
        # (as running sums: rng.choices would otherwise add the weights up on every call, which made
        # generating ten million triples quadratic; the draws are the same)
        weights = {ty: list(itertools.accumulate(1.0 / (i + 1) ** 0.7 for i in range(len(ents))))
                   for ty, ents in by_type.items()}
        rules = [r for r in RULES]
        rule_w = [r[3] for r in rules]
        seen: set[tuple[str, str, str]] = set()
        statuses = ["finding"] * 6 + ["hypothesis", "prediction"]
        made = 0
        pairs: list[tuple[str, str]] = []
        while w.count < n and made < n_statements * 3:
            subj_types, pred, obj_types, _ = rng.choices(rules, rule_w)[0]
            st_, ot_ = rng.choice(subj_types), rng.choice(obj_types)
            a = rng.choices(by_type[st_], cum_weights=weights[st_])[0]
            b = rng.choices(by_type[ot_], cum_weights=weights[ot_])[0]
            if a.id == b.id or (a.id, pred, b.id) in seen:
                made += 1
                continue
            seen.add((a.id, pred, b.id))
            made += 1
            evs = []
            for j in range(rng.choice((1, 1, 1, 2, 2, 3))):
                doc = rng.choice(docs)
                quote = f"{a.label} {rng.choice(WORDS)} {b.label}"
                evs.append(Evidence(doc, quote, 0, len(quote), rng.choice(statuses), f"a{len(seen)}-{j}",
                                    organism=rng.choice(ORGANISMS) if rng.random() < 0.6 else None,
                                    disease=rng.choice(by_type["DiseaseOrInjury"]).id if rng.random() < 0.3 else None))
            s = Statement(a, pred, b, rel[pred].sign, tuple(evs))
            subj, obj, p = entity_iri(a.id), entity_iri(b.id), EXO[pred]
            w.add(subj, p, obj)
            node = statement_iri(s)
            w.add(node, RDF + "type", EXO.Statement)
            w.add(node, RDF + "subject", subj)
            w.add(node, RDF + "predicate", p)
            w.add(node, RDF + "object", obj)
            w.add(node, EXO.sign, Literal(s.sign))
            w.add(node, EXO.status, STATUS_IRI[s.status])
            w.add(node, RDFS + "label", Literal(str(s)))
            for i, ev in enumerate(evs):
                en = evidence_iri(ev)
                w.add(node, EXO.hasEvidence, en)
                w.add(en, RDF + "type", EXO.Evidence)
                w.add(en, DCT + "source", DOCUMENT[ev.document])
                w.add(en, EXO.quote, Literal(ev.quote))
                w.add(en, EXO.start, Literal(ev.start))
                w.add(en, EXO.end, Literal(ev.end))
                w.add(en, EXO.status, STATUS_IRI[ev.status])
                w.add(en, EXO.curation, CURATION_IRI[ev.curation])
                w.add(en, EXO.annotationId, Literal(ev.annotation_id))
                for slot, eid in ev.context().items():
                    w.add(en, CONTEXT_SLOTS[slot], entity_iri(eid))
                if i == 0 and len(seen) % 10 == 0:
                    rn = URIRef(f"{en}/readout/1")
                    w.add(en, EXO.hasReadout, rn)
                    w.add(rn, RDF + "type", EXO.Readout)
                    w.add(rn, EXO.measure, Literal("fold change"))
                    w.add(rn, EXO.value, Literal(f"{rng.uniform(0.1, 5):.2f}"))
            if len(pairs) < 50 and pred == "decreases" and a.type == "MicroRNA":
                pairs.append((a.id, b.id))
        w.flush()
    hub = lambda ty: by_type[ty][0].id  # noqa: E731 - the most connected entity of a type
    return {
        "triples": w.count,
        "entities": [e.id for ents in by_type.values() for e in ents],
        "hubs": {"factor": hub("BiologicalProcess"), "default": hub("GeneOrProtein")},
        "params": {
            "cell_to_disease": {"cell": hub("MesenchymalStemCell"), "disease": hub("DiseaseOrInjury")},
            "claims_by_organism": {"organism": "rat"},
            "claims_by_status": {"status": "hypothesis"},
            "document_contributions": {"document": docs[0]},
            "entities_of_type": {"type": "MicroRNA"},
            "evidence_between": {"a": pairs[0][0], "b": pairs[0][1]},
            "mirna_targets": {"mirna": hub("MicroRNA")},
            "search_entities": {"text": "gene 12"},
            "two_hop_effects": {"source": hub("MicroRNA")},
        },
    }


def timed(fn, repeat: int, budget: float = 30.0) -> tuple[float, Any]:
    """The median time of *repeat* runs of *fn* (fewer once *budget* seconds are spent: at ten
    million triples a query that returns a million rows takes a minute a run) and its answer."""
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
        if sum(times) > budget:
            break
    return statistics.median(times), out


def rss_mb() -> float:
    """Peak memory of this process plus that of its largest finished child (the second process a
    first open starts to read a large file): an upper bound of what ran at once."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def baseline(nt_file: str, queries_json: str, repeat: int, cap: int) -> dict[str, Any]:
    """Child process: rdflib's in-memory store, parse and the same queries."""
    from kg.stores.memory import RdflibStore
    from kg.vocab import new_graph

    t = time.perf_counter()
    g = new_graph()  # with the project's prefixes bound, as kg's own rdflib graphs are
    g.parse(nt_file, format="nt")
    load = time.perf_counter() - t
    store = RdflibStore(g)
    out = {"baseline_load_s": load, "queries": {}}
    import signal

    class Cap(BaseException):  # not an Exception: rdflib and kg must not catch it on the way out
        pass

    def on_alarm(signum, frame):
        raise Cap()

    signal.signal(signal.SIGALRM, on_alarm)
    for q in json.loads(Path(queries_json).read_text()):
        bindings = {k: (URIRef(v[1:-1]) if v.startswith("<") else Literal(v)) for k, v in q["bindings"].items()}
        # rdflib is pure Python, so an alarm can stop a query that would run for many minutes; the
        # time is then a lower bound and the speedup an underestimate.
        signal.alarm(cap)
        t = time.perf_counter()
        try:
            res = store.query(q["text"], bindings)
            first = time.perf_counter() - t
            signal.alarm(0)
            p50, res = timed(lambda: store.query(q["text"], bindings), repeat - 1) if first < 10 and repeat > 1 else (first, res)
            p50 = statistics.median([first, p50]) if first < 10 and repeat > 1 else first
            out["queries"][q["name"]] = {"p50_ms": p50 * 1000, "rows": len(res)}
        except Cap:
            out["queries"][q["name"]] = {"p50_ms": cap * 1000.0, "rows": None, "capped": True}
            p50 = float(cap)
        print(f"  rdflib {q['name']}: {p50 * 1000:.1f} ms", file=sys.stderr, flush=True)
    out["baseline_peak_rss_mb"] = rss_mb()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--json", type=Path, help="Write the results here.")
    ap.add_argument("--pairs", type=int, default=300, help="Random entity pairs for the path look-ups.")
    ap.add_argument("--connected", type=int, default=300, help="Connected pairs (random walks) for the path look-ups.")
    ap.add_argument("--repeat", type=int, default=5, help="Runs per query (the median is reported).")
    ap.add_argument("--baseline", action="store_true", help="Also run the named queries on rdflib (slow).")
    ap.add_argument("--baseline-repeat", type=int, default=3)
    ap.add_argument("--baseline-cap", type=int, default=120, help="Seconds after which an rdflib query is stopped.")
    ap.add_argument("--workdir", type=Path, help="Keep the generated files here (default: a temp folder).")
    ap.add_argument("--report", nargs="+", type=Path, metavar="JSON", help="Print the growth table of earlier runs.")
    ap.add_argument("--requery", type=Path, metavar="JSON",
                    help="Time the named queries again on the store a run left in --workdir and update that run's "
                         "JSON (after the queries changed; rdflib's times, if any, are kept).")
    ap.add_argument("--_baseline", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--_measure", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.report:
        print(growth([json.loads(p.read_text()) for p in args.report]))
        return
    if args.requery:
        requery(args)
        return
    if args._baseline:
        print(json.dumps(baseline(args._baseline[0], args._baseline[1], args.baseline_repeat, args.baseline_cap)))
        return
    if args._measure:
        print(json.dumps(measure(Path(args._measure[0]), json.loads(Path(args._measure[1]).read_text()),
                                 args._measure[2], args)))
        return

    import pyoxigraph as ox

    from kg.stores.folder import load_files

    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    nt_file = work / "synthetic.nt"
    t = time.perf_counter()
    meta = generate(args.triples, nt_file)
    print(f"generated {meta['triples']} triples in {time.perf_counter() - t:.1f}s -> {nt_file}", file=sys.stderr)

    raw_dir = work / "raw"
    shutil.rmtree(raw_dir, ignore_errors=True)
    t = time.perf_counter()
    raw = ox.Store(str(raw_dir))
    raw.bulk_load(path=str(nt_file), format=ox.RdfFormat.N_TRIPLES)
    raw.flush()
    raw_load = time.perf_counter() - t
    del raw
    shutil.rmtree(raw_dir, ignore_errors=True)

    store_dir = work / "store"
    shutil.rmtree(store_dir, ignore_errors=True)
    t = time.perf_counter()
    load_files(store_dir, [nt_file])
    load = time.perf_counter() - t
    # each figure as soon as it is known, so a run stopped later still tells what it measured
    print(f"raw Oxigraph bulk load {raw_load:.1f} s; kg load {load:.1f} s (ratio {load / raw_load:.2f})",
          file=sys.stderr, flush=True)

    meta_file = work / "meta.json"
    meta_file.write_text(json.dumps({k: meta[k] for k in ("hubs", "params")}))
    # First open (tables read from the store and saved), then a reopen: each in a new process, so
    # peak memory and start-up are those a user meets.
    runs = {}
    for phase in ("first", "reopen"):
        proc = subprocess.run([sys.executable, __file__, "--repeat", str(args.repeat), "--pairs", str(args.pairs),
                               "--connected", str(args.connected), "--_measure", str(store_dir), str(meta_file), phase],
                              stdout=subprocess.PIPE, text=True)
        if proc.returncode:
            sys.exit(f"the {phase} measurement failed")
        runs[phase] = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{phase} open {runs[phase]['open_s']:.2f} s, peak RSS {runs[phase]['peak_rss_mb']:.0f} MB",
              file=sys.stderr, flush=True)
    first, again = runs["first"], runs["reopen"]
    # Reopening as a user does: a new interpreter that imports kg, opens the folder, answers one question.
    a, b = meta["entities"][0], meta["entities"][-1]
    code = f"import kg; g = kg.load({str(store_dir)!r}); g.paths({a!r}, {b!r}, max_hops=6, limit=20)"
    reopen = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        reopen.append(time.perf_counter() - t)

    print(f"reopen in a new process {statistics.median(reopen):.2f} s", file=sys.stderr, flush=True)
    ingest_s, ingest_triples = ingest(work, store_dir)
    print(f"kg ingest into the store {ingest_s:.2f} s", file=sys.stderr, flush=True)

    base: dict[str, Any] = {}
    if args.baseline:
        qfile = work / "queries.json"
        qfile.write_text(json.dumps(first["query_texts"]))
        print("running the rdflib baseline in a child process ...", file=sys.stderr, flush=True)
        proc = subprocess.run([sys.executable, __file__, "--baseline-repeat", str(args.baseline_repeat),
                               "--baseline-cap", str(args.baseline_cap),
                               "--_baseline", str(nt_file), str(qfile)], stdout=subprocess.PIPE, text=True)
        if proc.returncode:
            print(proc.stderr, file=sys.stderr)
        else:
            base = json.loads(proc.stdout.strip().splitlines()[-1])
    results = again["queries"]
    median_speedup = with_speedups(results, base.get("queries", {}))
    out = {
        "triples": meta["triples"],
        "commit": commit(),
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0], "pyoxigraph": ox.__version__},
        "load_s": load,
        "raw_load_s": raw_load,
        "load_ratio": load / raw_load,
        "baseline_load_s": base.get("baseline_load_s"),
        "queries": results,
        "median_speedup": median_speedup,
        **{k: again[k] for k in ("path_pairs", "path_pairs_connected", "path_p50_ms", "path_p99_ms",
                                  "path_connected_pairs", "path_connected_p50_ms", "path_connected_p99_ms",
                                  "path_connected_found", "path_connected_stopped")},
        "projection_s": first["open_s"],
        "open_s": again["open_s"],
        "open_new_process_s": statistics.median(reopen),
        "peak_rss_mb": max(first["peak_rss_mb"], again["peak_rss_mb"]),
        "baseline_peak_rss_mb": base.get("baseline_peak_rss_mb"),
        "entities": again["entities"],
        "statements": again["statements"],
        "ingest_s": ingest_s,
        "ingest_added_triples": ingest_triples,
    }
    print(table(out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n")
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


# An abstract written for the benchmark (not from a publication): a dozen sentences of the kind
# the reader takes, naming entities the seeds' lexicon knows and some it does not.
ABSTRACT = """Exosomes from human umbilical cord mesenchymal stem cells protect spinal cord neurons.
Spinal cord injury leaves lasting loss of motor function, and inflammation widens the lesion.
We isolated exosomes from umbilical cord mesenchymal stem cells by ultracentrifugation.
The exosomes carried miR-21 and were taken up by neurons in vitro.
In rats with spinal cord injury, the exosomes reduced apoptosis of neurons.
miR-21 suppressed PTEN and activated the PI3K/Akt pathway.
Knockdown of miR-21 abolished the protective effect of the exosomes.
The exosomes also decreased the expression of TNF-alpha and IL-1beta.
Treated rats recovered locomotor function faster than controls.
These results suggest that exosomal miR-21 may promote functional recovery after spinal cord injury.
"""


def ingest(work: Path, store_dir: Path) -> tuple[float, int]:
    """Time ``kg ingest --store`` of one abstract into the benchmark's store (a new process)."""
    from kg.stores.folder import read_manifest

    seeds, onto = work / "ingest-seeds", work / "ingest-ontology"
    for src, dst in ((ROOT / "seeds", seeds), (ROOT / "ontology", onto)):
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(src, dst)
    doc = work / "abstract.txt"
    doc.write_text(ABSTRACT, encoding="utf-8")
    before = read_manifest(store_dir).triples
    env = {**os.environ, "KG_ONTOLOGY": str(onto)}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli", "--seeds", str(seeds), "--lexicon", str(onto / "lexicon.yaml"),
                    "ingest", str(doc), "--no-build", "--store", str(store_dir)], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    took = time.perf_counter() - t
    return took, read_manifest(store_dir).triples - before


def commit() -> str | None:
    """The commit of the code measured (with "+changes" when the work tree differs from it)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+changes" if dirty else "")


def with_speedups(results: list[dict[str, Any]], base: dict[str, Any]) -> float | None:
    """Set each query's rdflib time and speedup from *base*; return the median speedup."""
    for r in results:
        b = base.get(r["name"], {})
        r["baseline_p50_ms"] = b.get("p50_ms")
        r["baseline_rows"] = b.get("rows")
        r["baseline_capped"] = bool(b.get("capped"))
        r["speedup"] = (b["p50_ms"] / r["p50_ms"]) if b.get("p50_ms") and r["p50_ms"] else None
    speedups = [r["speedup"] for r in results if r["speedup"]]
    return statistics.median(speedups) if speedups else None


def requery(args: argparse.Namespace) -> None:
    """Time the named queries again on a kept store (``--workdir``) and update that run's JSON."""
    if not args.workdir or not (args.workdir / "store").is_dir():
        sys.exit("--requery needs the --workdir of the run (its store and meta.json)")
    run = json.loads(args.requery.read_text())
    proc = subprocess.run([sys.executable, __file__, "--repeat", str(args.repeat), "--_measure",
                           str(args.workdir / "store"), str(args.workdir / "meta.json"), "queries"],
                          stdout=subprocess.PIPE, text=True)
    if proc.returncode:
        sys.exit("the query measurement failed")
    results = json.loads(proc.stdout.strip().splitlines()[-1])["queries"]
    base = {q["name"]: {"p50_ms": q.get("baseline_p50_ms"), "rows": q.get("baseline_rows"),
                        "capped": q.get("baseline_capped")} for q in run["queries"]}
    run["median_speedup"] = with_speedups(results, base)
    run["queries"] = results
    run["queries_commit"] = commit()
    print(table(run))
    args.requery.write_text(json.dumps(run, indent=2) + "\n")


def measure(store_dir: Path, meta: dict[str, Any], phase: str, args: argparse.Namespace) -> dict[str, Any]:
    """Child process: open the store (timing imports too) and answer the queries and path questions."""
    t = time.perf_counter()
    import kg
    from kg.query.sparql import library, to_term
    from kg.stores.sparql_text import with_prefixes

    g = kg.load(store_dir)
    P = g.projection
    ents = [e.id for e in g.entities()]
    g.paths(ents[0], ents[-1], max_hops=6, limit=20)  # the first answer is part of opening
    open_s = time.perf_counter() - t
    out: dict[str, Any] = {"open_s": open_s, "entities": len(ents), "statements": g.tables.n_statements}
    if phase == "first":
        queries = []
        for name, q in library().items():
            params = dict(meta["params"].get(name, {}))
            for p in q.params:  # a query added later: bind its entity parameters to a hub
                if p.name not in params and p.type == "entity":
                    params[p.name] = meta["hubs"].get(p.name, meta["hubs"]["default"])
            bindings = {p.name: to_term(g, p.type, params.get(p.name, p.default)) for p in q.params}
            text, _ = with_prefixes(q.text)
            queries.append({"name": name, "text": text, "bindings": {k: v.n3() if isinstance(v, URIRef) else str(v)
                                                                     for k, v in bindings.items()}})
        out["query_texts"] = queries
        out["peak_rss_mb"] = rss_mb()
        return out
    results = []
    for name, q in library().items():
        params = dict(meta["params"].get(name, {}))
        for p in q.params:
            if p.name not in params and p.type == "entity":
                params[p.name] = meta["hubs"].get(p.name, meta["hubs"]["default"])
        p50, res = timed(lambda: g.query(name, **params), args.repeat)
        results.append({"name": name, "p50_ms": p50 * 1000, "rows": len(res)})
        print(f"  oxigraph {name}: {p50 * 1000:.1f} ms ({len(res)} rows)", file=sys.stderr, flush=True)
    out["queries"] = results
    if phase == "queries":
        return out
    rng = random.Random(11)
    lat = []
    found = 0
    for _ in range(args.pairs):
        a, b = rng.choice(ents), rng.choice(ents)
        t = time.perf_counter()
        found += bool(g.paths(a, b, max_hops=6, limit=20))
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    out.update(path_pairs=args.pairs, path_pairs_connected=found, path_p50_ms=lat[len(lat) // 2],
               path_p99_ms=lat[min(len(lat) - 1, int(len(lat) * 0.99))])
    # Connected pairs: random walks over walkable edges, 1 to 6 hops, stopping after an edge that
    # ends paths (a product to its producer) and never through a generic entity.
    pairs = []
    tries = 0
    while len(pairs) < args.connected and tries < args.connected * 50:
        tries += 1
        u = start = rng.randrange(P.n_nodes)
        seen = {u}
        for _ in range(rng.randint(1, 6)):
            out_edges = [e for e in P.out_edges[P.out_ptr[u]:P.out_ptr[u + 1]] if P.dst[e] not in seen]
            if not out_edges:
                break
            e = rng.choice(out_edges)
            u = P.dst[e]
            seen.add(u)
            if P.ends_path[P.rel[e]] or P.generic[u]:
                break
        if u != start:
            pairs.append((ents[start], ents[u]))
    lat, found, stopped = [], 0, 0
    for a, b in pairs:
        t = time.perf_counter()
        res = g.paths(a, b, max_hops=6, limit=20)
        lat.append((time.perf_counter() - t) * 1000)
        found += bool(res)
        stopped += bool(res.stopped)
    lat.sort()
    out.update(path_connected_pairs=len(pairs), path_connected_found=found, path_connected_stopped=stopped,
               path_connected_p50_ms=lat[len(lat) // 2] if lat else None,
               path_connected_p99_ms=lat[min(len(lat) - 1, int(len(lat) * 0.99))] if lat else None)
    out["peak_rss_mb"] = rss_mb()
    return out


def table(r: dict[str, Any]) -> str:
    f = lambda v, d=2: "-" if v is None else f"{v:.{d}f}"  # noqa: E731
    lines = [
        f"{r['triples']:,} triples ({r['entities']:,} entities, {r['statements']:,} statements), "
        f"{r['machine']['cpus']} CPUs, pyoxigraph {r['machine']['pyoxigraph']}",
        f"  load (kg load)          {f(r['load_s'])} s   raw Oxigraph bulk load {f(r['raw_load_s'])} s   "
        f"ratio {f(r['load_ratio'])}   rdflib parse {f(r['baseline_load_s'])} s",
        f"  first open (tables read and saved, projection, one path question) {f(r['projection_s'])} s",
        f"  reopen in a new process (python -c: imports, saved tables, one path question) {f(r['open_new_process_s'])} s"
        f"   (in process, after imports: {f(r['open_s'])} s)",
        f"  paths, random pairs (max_hops=6, limit=20, {r['path_pairs']} pairs, {r['path_pairs_connected']} connected): "
        f"p50 {f(r['path_p50_ms'])} ms   p99 {f(r['path_p99_ms'])} ms",
        f"  paths, connected pairs ({r['path_connected_pairs']} by random walks, {r['path_connected_found']} found, "
        f"{r['path_connected_stopped']} stopped at the time limit): p50 {f(r['path_connected_p50_ms'])} ms   "
        f"p99 {f(r['path_connected_p99_ms'])} ms",
        f"  peak RSS                {f(r['peak_rss_mb'], 0)} MB   (rdflib baseline process {f(r['baseline_peak_rss_mb'], 0)} MB)",
        f"  kg ingest of one abstract into the store (new process) {f(r.get('ingest_s'))} s   "
        f"(+{r.get('ingest_added_triples', 0):,} triples)",
        "",
        f"  {'query':<24} {'ms':>9} {'rdflib ms':>10} {'speedup':>8} {'rows':>7}",
    ]
    for q in r["queries"]:
        gt = ">" if q.get("baseline_capped") else ""
        lines.append(f"  {q['name']:<24} {f(q['p50_ms'], 1):>9} {f(q['baseline_p50_ms'], 1):>10} "
                     f"{gt + f(q['speedup'], 1):>8} {q['rows']:>7}"
                     + ("" if q.get("baseline_rows") in (None, q["rows"]) else f" (rdflib {q['baseline_rows']})")
                     + (" (rdflib stopped at the cap)" if q.get("baseline_capped") else ""))
    if r.get("median_speedup"):
        lines.append(f"  median speedup over rdflib: {f(r['median_speedup'], 1)}x; '>' marks rdflib queries stopped at the cap")
    return "\n".join(lines)


def _lowest(r: dict[str, Any]) -> str:
    """The named query with the smallest speedup over rdflib (a capped rdflib run is a lower bound)."""
    known = [q for q in r["queries"] if q.get("speedup")]
    if not known:
        return "-"
    q = min(known, key=lambda q: q["speedup"])
    return f"{q['speedup']:.1f}x ({q['name']})"


def growth(runs: list[dict[str, Any]]) -> str:
    """The figures of several runs side by side (a Markdown table for the README)."""
    runs = sorted(runs, key=lambda r: r["triples"])
    f = lambda v, d=2: "-" if v is None else f"{v:.{d}f}"  # noqa: E731
    rows = [
        ("statements", lambda r: f"{r['statements']:,}"),
        ("load s (ratio to raw Oxigraph)", lambda r: f"{f(r['load_s'], 1)} ({f(r['load_ratio'])})"),
        ("first open + projection s", lambda r: f(r["projection_s"], 1)),
        ("reopen, new process s", lambda r: f(r["open_new_process_s"], 2)),
        ("paths, connected pairs p50 / p99 ms", lambda r: f"{f(r['path_connected_p50_ms'], 1)} / {f(r['path_connected_p99_ms'], 1)}"),
        ("paths, random pairs p50 / p99 ms", lambda r: f"{f(r['path_p50_ms'], 1)} / {f(r['path_p99_ms'], 1)}"),
        ("peak RSS MB", lambda r: f(r["peak_rss_mb"], 0)),
        ("kg ingest of one abstract into the store s", lambda r: f(r.get("ingest_s"), 1)),
        ("named queries: median / slowest ms", lambda r: f"{f(statistics.median(q['p50_ms'] for q in r['queries']), 0)} / "
                                                      f"{f(max(q['p50_ms'] for q in r['queries']), 0)}"),
        ("named queries: median speedup over rdflib", lambda r: f"{f(r['median_speedup'], 0)}x" if r.get("median_speedup") else "-"),
        ("named queries: lowest speedup over rdflib", lambda r: _lowest(r)),
    ]
    head = "| | " + " | ".join(f"{r['triples']:,} triples" for r in runs) + " |"
    lines = [head, "|---" * (len(runs) + 1) + "|"]
    lines += ["| " + name + " | " + " | ".join(fn(r) for r in runs) + " |" for name, fn in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
