"""A protein's name with a word beside it: its modification, its receptor, its making."""
from __future__ import annotations

from kg.sources.reader import Reader


def test_a_modification_of_a_named_protein_is_a_process_not_the_protein():
    """Lowering TrkA ubiquitination is not lowering TrkA: the object is the process, grounded to GO's
    protein modification of that kind."""
    res = Reader().read("Knockdown of Cblb decreased TrkA ubiquitination in PC12 cells. "
                        "Exosomes increased the phosphorylation of STAT3.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("Cblb", "increases", "TrkA ubiquitination") in got, got
    assert not [g for g in got if g[2] in ("TrkA", "STAT3")], got
    ids = {m.text: m.identifier for m in res.mentions}
    assert ids["TrkA ubiquitination"] == "GO:0016567" and ids["phosphorylation of STAT3"] == "GO:0006468", ids


def test_a_cytokines_production_is_gos_process_where_go_names_it():
    """ "IL-10 production" is GO:0032613, not the cytokine; "TNF-α levels" stay the cytokine."""
    res = Reader().read("MSC-Exos induced IL-10 production from macrophages and reduced TNF-α levels.")
    ids = {m.text: m.identifier for m in res.mentions}
    assert ids.get("IL-10 production") == "GO:0032613" and ids.get("TNF-α") == "HGNC:11892", ids
    assert "IL-10 production" in {s.object.label for s in res.statements}


def test_a_small_molecules_making_and_release_are_gos_processes():
    """ "ROS production" is GO's ROS generation (GO:1903409), "lactate production" its lactate biosynthetic
    process, "catecholamine release" its catecholamine secretion: not the molecules, whose level nobody measured."""
    res = Reader().read("ADSC-Exos decreased neuronal ROS production and lactate production. "
                        "M2 macrophages induced by exosomes increased catecholamine release.")
    ids = {m.text: m.identifier for m in res.mentions}
    assert ids.get("ROS production") == "GO:1903409" and ids.get("lactate production") == "GO:0019249", ids
    assert ids.get("catecholamine release") == "GO:0050432", ids
    objects = {s.object.label for s in res.statements}
    assert {"ROS production", "lactate production"} <= objects and "reactive oxygen species" not in objects, objects


def test_a_ligands_name_before_receptor_names_the_receptor_not_the_ligand():
    """What targets "activin A receptors" does not lower activin A; "IL-6 receptor" is IL6R, where the
    term list names it, and a receptor's signalling stays the pathway."""
    res = Reader().read("miR-145-5p targets activin A receptors. Exosomes lowered IL-6 receptor levels and IL-6.")
    got = {(s.predicate, s.object.label, s.object.xrefs[0].curie if s.object.xrefs else None) for s in res.statements}
    assert ("decreases", "activin A receptors", None) in got, got
    assert ("decreases", "IL-6 receptor", "HGNC:6019") in got, got
    assert ("decreases", "interleukin 6", "HGNC:6018") in got, got  # the ligand named on its own stays the ligand
    assert not [g for g in got if g[1].lower() == "activin a"], got
    texts = [m.text for m in Reader().read("TGF-β receptor signaling fell.").mentions]
    assert "TGF-β receptor" not in texts, texts


def test_a_molecule_measured_in_a_body_fluid_is_the_molecule_and_a_list_through_it_holds():
    """ "reduced proteinuria extent, serum creatinine and renal damage": the site word broke the list after the
    first name; and "mice containing elevated serum activin A" says nothing the vesicles did."""
    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "MRL/lpr mice treated with hUCMSC-EVs reduced proteinuria extent, serum creatinine and renal pathological damage; "
        "decreased splenic index; and improved survival rate.").statements}
    assert ("hUCMSC-EVs", "decreases", "creatinine") in got, got
    assert ("hUCMSC-EVs", "decreases", "renal pathological damage") in got, got
    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "T-MSC exosomes decreased loss of body weight in recipient mice containing elevated serum activin A.").statements}
    assert not [g for g in got if g[2].lower() == "activin a"], got


def test_a_marker_protein_before_cells_marks_the_cells():
    """ "inhibited CD4+ cell infiltration", "reduced CD4+ T cells": the cells (or their process) changed, not CD4."""
    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "hucMSC-EVs inhibited cell apoptosis and CD4+ cell infiltration. Exosomes reduced CD4+ T cells and F4/80+ "
        "macrophages.").statements}
    assert ("hucMSC-EVs", "decreases", "cell infiltration") in got and ("hucMSC-EVs", "decreases", "T cell") in got, got
    assert not [g for g in got if g[2] in ("CD4", "F4/80")], got


def test_the_cleaved_form_of_a_protein_is_named_with_its_word():
    """ "cleaved caspase-1" is one mention of the protein (its active form), also after a comma list."""
    res = Reader().read("Exosomes reduced NLRP3, ASC, cleaved caspase-1 and cleaved caspase 3 in the cochlea.")
    ids = {m.text: m.identifier for m in res.mentions}
    assert ids.get("cleaved caspase-1") == "HGNC:1499" and ids.get("cleaved caspase 3") == "HGNC:1504", ids
    assert {s.object.label for s in res.statements if s.predicate == "decreases"} >= {"caspase-1", "caspase 3"}


def test_a_protein_named_after_where_it_was_measured_is_the_protein():
    """ "alveolar tumor necrosis factor-α" is TNF, measured in the alveoli; "hepatocyte growth factor" is HGF, not
    hepatocytes and a growth factor; "hepatic growth factor", a class after the place word, is no protein."""
    from kg.sources.reader import read_text

    r = read_text("MSC therapy attenuated alveolar tumor necrosis factor-α, raised hepatocyte growth factor and "
                  "changed hepatic growth factor.")
    found = {m.text: m.identifier for m in r.mentions}
    assert found.get("alveolar tumor necrosis factor-α") == "HGNC:11892", found
    assert found.get("hepatocyte growth factor") == "HGNC:4893" and "hepatocyte" not in found, found
    assert found.get("hepatic growth factor") is None, found
    assert ("MSC", "decreases", "HGNC:11892") in {(a.text, s.predicate, b.identifier)
                                                   for s, (a, b) in zip(r.statements, r.arguments)}
