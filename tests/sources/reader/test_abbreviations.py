"""Long forms of the short forms a document defines, read as a user reads them: through the reader."""
from __future__ import annotations

import pytest

from kg.sources.reader import Reader
from kg.sources.reader.abbreviations import initials, long_form


@pytest.mark.parametrize("short, before, expected", [
    ("MSC", "derived from mesenchymal stem cells ", "mesenchymal stem cells"),
    # the letter match alone finds all three letters inside the last word
    ("EAE", "mice with experimental autoimmune encephalomyelitis ", "experimental autoimmune encephalomyelitis"),
    ("IRI", "against hepatic ischemia-reperfusion injury ", "ischemia-reperfusion injury"),
    ("NETs", "the release of neutrophil extracellular traps ", "neutrophil extracellular traps"),
    ("T1DM", "protects against type 1 diabetes mellitus ", "type 1 diabetes mellitus"),
    ("XYZ", "nothing of the kind ", None),
    # how the vesicles were given is no part of their name
    ("Int-EVs", "Injection of anoxia-preconditioned ADSC EVs ", "anoxia-preconditioned ADSC EVs"),
])
def test_long_forms(short, before, expected):
    assert long_form(short, before) == expected


def test_a_short_form_stands_for_its_whole_long_form_and_a_named_gene_over_a_symbol():
    result = Reader().read("Exosomes alleviated experimental autoimmune encephalomyelitis (EAE). EAE mice recovered. "
                           "They lowered fatty acid synthase (FAS) expression.")
    found = {m.text: m.identifier for m in result.mentions}
    assert found["EAE"] == found["experimental autoimmune encephalomyelitis"] == "MONDO:0005134"
    # "FAS" is also the symbol of another gene (the death receptor); the document says which it means
    assert found["FAS"] == found["fatty acid synthase"] == "HGNC:3594"


def test_a_long_form_that_holds_an_earlier_short_form_is_read_whole():
    """ "induced pluripotent stem cell (iPSC)-derived mesenchymal stem cell (iMSC)": the cells named are the
    iMSCs, which come from iPSCs and make the vesicles (before: the iPSCs made them)."""
    from kg.sources.reader import Reader

    res = Reader().read("Induced pluripotent stem cell (iPSC)-derived mesenchymal stem cell (iMSC) is a source for "
                        "producing extracellular vesicles (EVs).")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("iPSC-derived mesenchymal stem cell", "derives_from", "induced pluripotent stem cell") in got, got
    assert not [g for g in got if g[0] == "induced pluripotent stem cell"], got


def test_a_short_form_whose_number_its_long_form_puts_first():
    """ "70 kilodalton heat shock proteins (HSP70)": one entity, the whole long form with its number (the
    number was lost: "kilodalton heat shock proteins" stood apart from HSP70), grounded as HSP70 is."""
    from kg.sources.reader import Reader

    found = Reader().read("We measured 70 kilodalton heat shock proteins (HSP70) in the cochlea. HSP70 rose.").mentions
    named = {m.text: (m.entity.id, m.identifier) for m in found}
    assert "70 kilodalton heat shock proteins" in named, named
    assert named["70 kilodalton heat shock proteins"] == named["HSP70"] and named["HSP70"][1] == "fplx:HSPA", named


@pytest.mark.parametrize("short, name, expected", [
    ("BSMCs", "bronchial smooth muscle cells", True),
    ("HUVECs", "human umbilical vein endothelial cells", True),
    ("NST", "nucleus of the solitary tract", True),  # "of the" spell nothing
    ("BSMCs", "smooth muscle cells", False),  # a letter short
])
def test_a_name_spells_a_short_form_by_its_initials(short, name, expected):
    assert (initials(name) == initials(short)) is expected


def test_a_drugs_short_form_that_opens_with_a_number_stands_for_the_drug():
    """ "3-methyladenine (3-MA)": the brackets were not read as a short form (it opens with a digit), so
    a later "3-MA" was no mention and what it did was lost."""
    res = Reader().read("Cells were given 3-methyladenine (3-MA). In these rats, 3-MA increased apoptosis.")
    got = {(a.text, s.predicate, o.text, s.subject.xrefs[0].curie if s.subject.xrefs else None)
           for s, (a, o) in zip(res.statements, res.arguments)}
    assert ("3-MA", "increases", "apoptosis", "CHEBI:38635") in got, got
