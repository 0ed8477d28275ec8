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
