#!/usr/bin/env python
"""Score the rule-based reader (kg/sources/reader/) against the curated statements of the seed documents.

Not memorised: each document is read with a lexicon that leaves out every entity whose names
(label or synonyms) occur in that document and in no other seed document. The reader must find
those entities itself, through the document's abbreviation definitions and its name patterns; a
provisional entity it creates counts as the curated one when its label or one of its names equals,
after ``kg.lexicon.normalize`` and removal of a plural "s", a name (id, label or synonym) of exactly
one lexicon entity. Nothing else is mapped.

Matching rule (one-to-one; each gold statement is matched by at most one prediction): a predicted
statement matches a curated one of the same document when

* subject ids are equal and object ids are equal (after the mapping above),
* the relations are in the same family, which fixes the sign too:
  signed-increase {increases}, signed-decrease {decreases, ameliorates},
  producer/cargo {secretes, derives_from, carries, delivers},
  descriptive {located_in, crosses, taken_up_by, studied_in}, regulates {regulates},
* and the two evidence spans overlap (share at least one character).

Status is not part of the match; its agreement on matched pairs is reported separately.
Precision = matched predictions / predictions; recall = matched curated statements / curated
statements; both overall and per family (a prediction counts in the family of its own relation,
a curated statement in the family of its relation).

A second, clearly labelled recall line restricts the curated statements to those whose evidence lies
inside one sentence (``kg.sources.reader.split_sentences`` without the boilerplate filter) that is not a
reference-list entry: the reader works per sentence and the issue tells it to ignore reference lists.
It does not replace the main line, and predictions are not filtered for it (its precision is the
main precision).

Speed: the same reader (full lexicon, built once) reads the seed documents repeatedly for at least
``--seconds`` on one core; sentences per second = sentences split / wall time.

    python scripts/eval_reader.py                 # the bundled seeds
    python scripts/eval_reader.py --seeds DIR --seconds 0.2 --verbose
    python scripts/eval_reader.py --heldout tests/data/reader/blind   # documents the rules never saw
    python scripts/eval_reader.py --heldout tests/data/reader/real/dev --texts /work/shared/real-abstracts/texts

A held-out folder of ``*.gold.yaml`` files (the real-abstract format, tests/data/reader/README.md under "real/")
is scored from the texts in ``--texts`` (published abstracts stay outside the repository). There a
predicted subject or object matches a gold entity by its standard identifier when the gold gives
one, else by surface name (the words of the mention, or the entity's label or synonyms, equal one
of the gold names after ``normalize`` and removal of a plural "s"); relation family, sign and span
overlap as above. Grounding accuracy is the share of the gold-statement entities that have a gold
identifier for which the first reader mention spelled as one of their gold names carries exactly
that identifier; when no mention is spelled so, the mentions the reader made at the first place one
of the gold names stands in the text decide ("the HMGA2 pathway" read as HGNC:5009 grounds HMGA2).
A name the reader did not recognise counts as wrong. The share by the first rule alone, which was
the whole rule until 2026-12, is printed beside it.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from pathlib import Path

from kg.lexicon import Lexicon, load_lexicon, normalize
from kg.ontology import Ontology
from kg.sources.reader import Reader
from kg.sources.reader.names import singular
from kg.sources.reader.sentences import is_reference, split_sentences
from kg.sources.seeds import load_corpus
import yaml

FAMILIES = {
    "increases": "signed-increase",
    "decreases": "signed-decrease",
    "ameliorates": "signed-decrease",
    "secretes": "producer/cargo",
    "derives_from": "producer/cargo",
    "carries": "producer/cargo",
    "delivers": "producer/cargo",
    "located_in": "descriptive",
    "crosses": "descriptive",
    "taken_up_by": "descriptive",
    "studied_in": "descriptive",
    "regulates": "regulates",
}


def _occurs(name: str, text: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?:e?s)?(?![\w])", text, re.I) is not None


def doc_only_entities(lexicon: Lexicon, texts: dict[str, str]) -> dict[str, set[str]]:
    """For each document, the ids of entities whose names occur in it and in no other document."""
    out: dict[str, set[str]] = {stem: set() for stem in texts}
    for e in lexicon:
        names = {e.label, *e.synonyms}
        where = {stem for stem, t in texts.items() if any(_occurs(n, t) for n in names)}
        if len(where) == 1:
            out[next(iter(where))].add(e.id)
    return out


def name_index(lexicon: Lexicon) -> dict[str, set[str]]:
    idx: dict[str, set[str]] = {}
    for e in lexicon:
        for n in {e.id, e.label, *e.synonyms}:
            for k in {normalize(n), singular(normalize(n))}:
                idx.setdefault(k, set()).add(e.id)
    return idx


def map_id(entity, idx: dict[str, set[str]], known: set[str] | None = None) -> str:
    """The gold id of a predicted entity: its own id when the gold lexicon has it (``known``, default:
    every non-provisional entity), else the one gold entity one of its names names."""
    if (entity.id in known) if known is not None else not entity.provisional:
        return entity.id
    for n in (entity.label, *entity.synonyms):
        hits = idx.get(normalize(n)) or idx.get(singular(normalize(n)))
        if hits and len(hits) == 1:
            return next(iter(hits))
    return entity.id


def evaluate(seeds: Path | None, verbose: bool = False, exclude: bool = True,
             gold_lexicon: Path | None = None) -> tuple[dict, list]:
    """Score the reader on the documents of *seeds*.

    With *gold_lexicon* (a held-out set), the curated annotations are read with that lexicon and the
    documents with the project's own ``ontology/lexicon.yaml``, as a user's new document would be;
    nothing is left out, and new entities map to the gold ones by name as above.
    """
    ontology = Ontology.load()
    corpus = load_corpus(seeds, ontology=ontology, lexicon=gold_lexicon)
    full = corpus.lexicon
    idx = name_index(full)
    texts = {stem: d.text for stem, d in corpus.documents.items()}
    excluded = doc_only_entities(full, texts) if exclude else {stem: set() for stem in texts}
    # the shipped lexicon alone: names a user's earlier `kg ingest` added must not leak in
    shipped = load_lexicon(ontology, include_reader=False) if gold_lexicon is not None else None
    known = {e.id for e in full} if gold_lexicon is not None else None
    gold = [(e.document, s.subject.id, s.predicate, s.object.id, e.start, e.end, e.status)
            for s in corpus.statements for e in s.evidence if e.curation == "curated"]
    preds = []
    for stem, text in texts.items():
        lex = shipped if shipped is not None else Lexicon([e for e in full if e.id not in excluded[stem]])
        for s in Reader(lex, ontology).read(text, stem).statements:
            ev = s.evidence[0]
            preds.append((stem, map_id(s.subject, idx, known), s.predicate, map_id(s.object, idx, known), ev.start, ev.end,
                          ev.status, ev.quote))
    used: set[int] = set()
    matched_pred, status_agree = [], 0
    for p in preds:
        hit = None
        for gi, g in enumerate(gold):
            if gi in used or g[0] != p[0] or g[1] != p[1] or g[3] != p[3]:
                continue
            if FAMILIES[g[2]] != FAMILIES[p[2]] or not (p[4] < g[5] and g[4] < p[5]):
                continue
            hit = gi
            break
        matched_pred.append(hit)
        if hit is not None:
            used.add(hit)
            status_agree += gold[hit][6] == p[6]
    rows = family_scores([p[2] for p in preds], [g[2] for g in gold], matched_pred, used)
    rows["_status"] = (status_agree, len(used))
    rows["_one_sentence"] = one_sentence_recall(gold, used, texts)
    rows["_excluded"] = sum(len(v) for v in excluded.values())
    if verbose:
        for p, m in zip(preds, matched_pred):
            print(("  OK " if m is not None else "  FP ") + f"{p[0][:3]} {p[1]} -{p[2]}-> {p[3]} [{p[6]}] | {p[7][:90]}")
        for gi, g in enumerate(gold):
            if gi not in used:
                print(f"  FN {g[0][:3]} {g[1]} -{g[2]}-> {g[3]} [{g[6]}]")
    return rows, preds


def family_scores(pred_relations: list[str], gold_relations: list[str], matched_pred: list[int | None],
                  used: set[int]) -> dict[str, tuple]:
    """Per relation family (and overall): predictions, gold, true positives, precision, recall, F1.

    *matched_pred* gives each prediction's matched gold index (or None); *used* the matched gold indices.
    """
    rows = {}
    for fam in ["overall", *sorted(set(FAMILIES.values()))]:
        P = [i for i, r in enumerate(pred_relations) if fam == "overall" or FAMILIES[r] == fam]
        G = [i for i, r in enumerate(gold_relations) if fam == "overall" or FAMILIES[r] == fam]
        tp_p = sum(1 for i in P if matched_pred[i] is not None)
        tp_g = sum(1 for i in G if i in used)
        prec = tp_p / len(P) if P else 0.0
        rec = tp_g / len(G) if G else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows[fam] = (len(P), len(G), tp_p, prec, rec, f1)
    return rows


def one_sentence_recall(gold: list[tuple], used: set[int], texts: dict[str, str]) -> tuple[int, int]:
    """(matched, total) over curated statements whose evidence lies inside one non-reference sentence."""
    spans = {stem: [(s.start, s.end) for s in split_sentences(t, skip_boilerplate=False) if not is_reference(s.text)]
             for stem, t in texts.items()}
    inside = [gi for gi, g in enumerate(gold) if any(a <= g[4] and g[5] <= b for a, b in spans[g[0]])]
    return sum(1 for gi in inside if gi in used), len(inside)


def speed(seeds: Path | None, seconds: float, lexicon: Path | None = None) -> tuple[float, int]:
    """Sentences per second; with *lexicon* (a held-out set's gold lexicon) the documents load with it
    and are read with the shipped lexicon, as they are scored."""
    corpus = load_corpus(seeds, lexicon=lexicon)
    reading = load_lexicon(corpus.ontology, include_reader=False) if lexicon is not None else corpus.lexicon
    reader = Reader(reading, corpus.ontology)
    texts = [d.text for d in corpus.documents.values()]
    reader.read(texts[0])  # loads the term list and the parser: set-up, not reading
    n = 0
    t0, c0 = time.perf_counter(), time.process_time()
    while True:
        for t in texts:
            n += reader.read(t).sentences
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            print(f"speed (CPU time of this process): {n / (time.process_time() - c0):,.0f} sentences/second")
            return n / elapsed, n


# -- the real-abstract gold format (*.gold.yaml + a texts folder) ---------------------------------

def identifier_of(entity) -> str | None:
    """The standard identifier a reader entity carries: its first exact cross-reference, else its first."""
    xrefs = sorted(entity.xrefs, key=lambda x: x.match != "exact")
    return xrefs[0].curie if xrefs else None


def gold_curie(curie: str | None) -> str | None:
    """A gold identifier in the reader's spelling: curators write a miRBase accession bare or with
    another prefix ("MIMAT0003296", "miRBase:MIMAT0003296"); it is the same identifier.

    >>> gold_curie("MIMAT0003296"), gold_curie("miRBase:MIMAT0000086"), gold_curie("GO:0006915"), gold_curie(None)
    ('mirbase.mature:MIMAT0003296', 'mirbase.mature:MIMAT0000086', 'GO:0006915', None)
    """
    m = re.fullmatch(r"(?:(?:mirbase(?:\.mature)?):)?(MIMAT\d+)", curie or "", re.I)
    return f"mirbase.mature:{m.group(1)}" if m else curie


def _name_key(name: str) -> str:
    return singular(normalize(name))


def _reader_mentions(reader, result, text: str) -> list[tuple[int, int, str, object]]:
    """(start, end, text, entity) of every mention the reader recognised, in text order."""
    found = getattr(result, "mentions", None)
    if found is None:  # the rule-based reader of before v2 kept its mentions to itself
        found = [(m.start, m.end, m.text, m.entity) for m in reader.recognizer.find(text)]
    else:
        found = [(m.start, m.end, m.text, m.entity) for m in found]
    return sorted(found, key=lambda m: (m[0], m[1]))


def _mentions_at_name(names: list[str], text: str, mentions: list[tuple[int, int, str, object]]) -> list:
    """The reader's mentions at the first place in *text* where one of a gold entity's *names* stands and
    the reader read something: "HMGA2 pathway" read as HGNC:5009 is where the gold name "HMGA2" stands.

    The grounding score asks first for a mention spelled as a gold name; when there is none, the
    mention the reader made at the name's place decides, longer or shorter than the name.
    """
    places = sorted((m.start(), m.end()) for n in names if n
                    for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text))
    for start, end in places:
        there = [m for m in mentions if m[0] < end and start < m[1]]
        if there:
            return there
    return []


def evaluate_gold(folder: Path, texts: Path, verbose: bool = False, present_only: bool = False) -> tuple[dict, dict]:
    """Score the reader on every ``*.gold.yaml`` of *folder*, reading the texts of *texts* (with *present_only*,
    on those whose text is there; the others are named in the result's ``"left_out"``)."""
    ontology = Ontology.load()
    reader = Reader(load_lexicon(ontology, include_reader=False), ontology)
    reader.read("Human MSC exosomes carry miR-21, which suppresses PTEN.")  # loads the term list and parser once
    gold, preds = [], []
    ground_by_name = ground_total = ground_extra = ground_placed = 0
    sentences = 0
    elapsed = cpu = 0.0
    left_out: list[str] = []
    for path in sorted(folder.glob("*.gold.yaml")):
        g = yaml.safe_load(path.read_text(encoding="utf-8"))
        doc = g["document"]
        tpath = texts / f"{doc}.txt"
        if not tpath.is_file() and present_only:
            left_out.append(doc)  # a text no public copy could rebuild: scored without it, and said so
            continue
        if not tpath.is_file():
            raise SystemExit(f"{tpath}: text of {path.name} not found; pass --texts DIR (or --present-only to "
                             "score the documents whose texts are there)")
        data = tpath.read_bytes()
        if hashlib.sha256(data).hexdigest() != g["sha256"]:
            raise SystemExit(f"{tpath}: sha256 differs from {path.name}; the gold applies to another text")
        text = data.decode("utf-8")
        entities = {e["key"]: {**e, "identifier": gold_curie(e["identifier"])} for e in g["entities"]}
        for st in g["statements"]:
            gold.append((doc, entities[st["subject"]], st["predicate"], entities[st["object"]], st["start"], st["end"],
                         st["status"], bool(st.get("negated")), (st.get("context") or {}).get("organism")))
        t0, c0 = time.perf_counter(), time.process_time()
        result = reader.read(text, doc)
        elapsed += time.perf_counter() - t0
        cpu += time.process_time() - c0
        sentences += result.sentences
        args = getattr(result, "arguments", None) or [(None, None)] * len(result.statements)
        contexts = getattr(result, "contexts", None) or [{}] * len(result.statements)
        for s, (sfound, ofound), ctx in zip(result.statements, args, contexts):
            ev = s.evidence[0]
            stext, otext = (sfound.text if sfound else None), (ofound.text if ofound else None)
            organism = (ctx.get("organism") or {}).get("identifier")
            preds.append((doc, s.subject, stext, s.predicate, s.object, otext, ev.start, ev.end, ev.status, ev.quote, organism))
        # grounding: every entity of a gold statement that has a gold identifier
        mentions = _reader_mentions(reader, result, text)
        used = {st["subject"] for st in g["statements"]} | {st["object"] for st in g["statements"]}
        for key in sorted(used):
            e = entities[key]
            names = {_name_key(n) for n in e["names"]}
            first = next((m for m in mentions if _name_key(m[2]) in names), None)
            if e["identifier"] is None:
                ground_extra += first is not None and identifier_of(first[3]) is not None
                continue
            ground_total += 1
            ok = first is not None and identifier_of(first[3]) == e["identifier"]
            ground_by_name += ok  # the exact-name rule alone, printed beside the score
            placed = [first] if first else _mentions_at_name(e["names"], text, mentions)
            ok_placed = any(identifier_of(m[3]) == e["identifier"] for m in placed)
            ground_placed += ok_placed
            if verbose and not ok_placed:
                print(f"  GROUND {doc[:3]} {e['label']} {e['identifier']}: "
                      + (", ".join(f"read {m[2]!r} as {identifier_of(m[3])}" for m in placed) or "no mention"))

    def same(gent: dict, pent, ptext: str | None) -> bool:
        if gent["identifier"]:
            return identifier_of(pent) == gent["identifier"]
        names = {_name_key(n) for n in (*gent["names"], gent["label"])}
        return any(_name_key(n) in names for n in (ptext or "", pent.label, *pent.synonyms) if n)

    used_g: set[int] = set()
    matched_pred: list[int | None] = []
    status_agree = organism_agree = organism_total = 0
    for p in preds:
        hit = None
        for gi, g in enumerate(gold):
            if gi in used_g or g[0] != p[0] or g[7] or FAMILIES[g[2]] != FAMILIES[p[3]]:
                continue
            if not (p[6] < g[5] and g[4] < p[7]):
                continue
            if same(g[1], p[1], p[2]) and same(g[3], p[4], p[5]):
                hit = gi
                break
        matched_pred.append(hit)
        if hit is not None:
            used_g.add(hit)
            status_agree += gold[hit][6] == p[8]
            if gold[hit][8]:  # the organism the curator gave the statement (an NCBITaxon CURIE)
                organism_total += 1
                organism_agree += gold[hit][8] == p[10]
    rows = family_scores([p[3] for p in preds], [g[2] for g in gold], matched_pred, used_g)
    if verbose:
        for p, m in zip(preds, matched_pred):
            print(("  OK " if m is not None else "  FP ") + f"{p[0][:3]} {p[2] or p[1].label} [{identifier_of(p[1])}] "
                  f"-{p[3]}-> {p[5] or p[4].label} [{identifier_of(p[4])}] [{p[8]}] | {p[9][:80]}")
        for gi, g in enumerate(gold):
            if gi not in used_g:
                print(f"  FN {g[0][:3]} {g[1]['label']} [{g[1]['identifier']}] -{g[2]}-> {g[3]['label']} "
                      f"[{g[3]['identifier']}] [{g[6]}]{' NEGATED' if g[7] else ''} @{g[4]}")
    extra = {"status": (status_agree, len(used_g)), "organism": (organism_agree, organism_total), "grounding": (ground_placed, ground_total, ground_extra, ground_by_name),
             "speed": (sentences / elapsed if elapsed else 0.0, sentences, sentences / cpu if cpu else 0.0), "documents": len({g[0] for g in gold}),
             "left_out": left_out}
    return rows, extra


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=Path, default=None, help="seeds folder (default: the bundled seeds/)")
    ap.add_argument("--seconds", type=float, default=3.0, help="how long to run the speed test")
    ap.add_argument("--verbose", action="store_true", help="list every prediction and every missed statement")
    ap.add_argument("--heldout", type=Path, default=None, metavar="DIR",
                    help="score on a held-out set instead: DIR holds documents, their curated annotations and "
                         "lexicon.yaml (the gold entities); the reader uses the shipped ontology/lexicon.yaml")
    ap.add_argument("--full-lexicon", action="store_true",
                    help="diagnostic only: read with the whole lexicon (memorised names; not the score)")
    ap.add_argument("--texts", type=Path, default=None, metavar="DIR",
                    help="with --heldout DIR of *.gold.yaml files: the folder of the abstracts' texts (<id>.txt)")
    ap.add_argument("--present-only", action="store_true",
                    help="with --texts: score only the documents whose text is in DIR and name the others")
    args = ap.parse_args(argv)
    if args.heldout is not None and any(args.heldout.glob("*.gold.yaml")):
        if args.texts is None:
            ap.error("--heldout DIR holds *.gold.yaml files: give the texts folder with --texts DIR")
        rows, extra = evaluate_gold(args.heldout, args.texts, args.verbose, args.present_only)
        print(f"GOLD SET {args.heldout} ({extra['documents']} documents, texts from {args.texts}): read with the "
              "shipped lexicon; entities matched by identifier, else by surface name")
        if extra["left_out"]:
            print(f"LEFT OUT (no text in {args.texts}): {', '.join(extra['left_out'])}; not the whole set's score")
        _print_rows(rows)
        agree, matched = extra["status"]
        print(f"status agrees on {agree}/{matched} matched statements")
        same, given = extra["organism"]
        print(f"organism (context) agrees on {same}/{given} matched statements whose gold names one")
        right, total, more, by_name = extra["grounding"]
        print(f"grounding: {right}/{total} = {right / total if total else 0.0:.3f} of the gold-statement entities with a "
              f"gold identifier got it; {more} entities without one were given an identifier")
        print(f"  (by the exact-name rule alone, as scored until 2026-12: {by_name}/{total} = "
              f"{by_name / total if total else 0.0:.3f})")
        sps, n, cps = extra["speed"]
        print(f"speed: {sps:,.0f} sentences/second wall clock, {cps:,.0f} by CPU time ({n} sentences, one pass, one core)")
        return 0
    if args.heldout is not None and (args.full_lexicon or args.seeds is not None):
        ap.error("--heldout scores its own folder with the shipped lexicon; leave out --seeds and --full-lexicon")
    if args.heldout is not None:
        rows, _ = evaluate(args.heldout, args.verbose, exclude=False, gold_lexicon=args.heldout / "lexicon.yaml")
        print(f"HELD-OUT SET {args.heldout}: read with the shipped lexicon, scored against its own curation")
    else:
        rows, _ = evaluate(args.seeds, args.verbose, exclude=not args.full_lexicon)
    if args.full_lexicon:
        print("DIAGNOSTIC: full lexicon, document-only entities NOT left out; this is not the reader's score")
    print(f"entities left out of the lexicon (document-only): {rows.pop('_excluded')}")
    agree, matched = rows.pop("_status")
    hit, total = rows.pop("_one_sentence")
    _print_rows(rows)
    print(f"status agrees on {agree}/{matched} matched statements")
    print(f"[restricted, not the score] recall on the {total} curated statements whose evidence lies inside one "
          f"sentence outside reference lists: {hit}/{total} = {hit / total if total else 0.0:.3f}")
    sps, n = speed(args.heldout or args.seeds, args.seconds,
                   args.heldout / "lexicon.yaml" if args.heldout is not None else None)
    print(f"speed: {sps:,.0f} sentences/second ({n} sentences, one core, wall clock; on a shared machine "
          "the CPU-time figure below is the one core's own speed)")
    return 0


def _print_rows(rows: dict) -> None:
    print(f"{'family':<16} {'pred':>5} {'gold':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for fam, (np_, ng, tp, p, r, f) in rows.items():
        print(f"{fam:<16} {np_:>5} {ng:>5} {tp:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")


if __name__ == "__main__":
    sys.exit(main())
