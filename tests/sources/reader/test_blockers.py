"""Signs the words around a name turn round: a fall named after its thing, an antibody named by what it blocks."""
from __future__ import annotations

import pytest

from kg.sources.reader import Reader
from helpers import read_claims


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader()


def _got(reader: Reader, text: str) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate, s.object.label) for s in reader.read(text).statements}


def test_a_fall_named_after_its_thing_and_an_antibody_against_a_thing(reader):
    """ "reduced ZO-1 downregulation" raises ZO-1; what an antibody against X did, X did the other way."""
    got = _got(reader, "BM MSCs reduced intestinal mucosal barrier destruction, ZO-1 downregulation, and TJ disruption.")
    assert any(p == "increases" and o == "ZO-1" for s, p, o in got) and not any(
        p == "decreases" and o == "ZO-1" for s, p, o in got), got
    # the antibody named whole is what was given, and the agent; named around its target, the target acts the other way
    got = _got(reader, "An MCP-1-neutralizing antibody reduced apoptosis of retinal cells.")
    assert ("MCP-1-neutralizing antibody", "decreases", "retinal cell apoptosis") in got, got
    assert not any(p == "decreases" and s in ("CCL2", "MCP-1") for s, p, o in got), got
    got = _got(reader, "A neutralizing antibody against IL-6 attenuated apoptosis.")
    assert not any(p == "decreases" and "6" in s for s, p, o in got), got
    got = _got(reader, "Tumor necrosis factor (TNF)-α blocking antibodies reduced apoptosis.")
    assert any(p == "increases" and "tumor necrosis" in s.lower() for s, p, o in got), got
    # "attenuated the changes, ZO-1 downregulation, and ...": a listed fall, read so by the parse too
    got = _got(reader, "Administration of anti-TNF-α IgG attenuated the intestinal ultrastructural changes, ZO-1 "
                       "downregulation, and TJ disruption.")
    assert ("anti-TNF-α IgG", "increases", "ZO-1") in got and not any(p == "decreases" and o == "ZO-1" for s, p, o in got), got


def test_an_object_is_no_subject_of_the_verb_coordinated_after_it(reader):
    """ "Exosomes protected myocardium against cardiac hypertrophy, attenuated myocardial apoptosis, and fibrosis":
    the exosomes attenuate them, not the hypertrophy."""
    got = _got(reader, "MSCs-derived exosomes significantly protected myocardium against cardiac hypertrophy, attenuated "
                       "myocardial apoptosis, and fibrosis and preserved heart function.")
    assert not any(s == "cardiac hypertrophy" for s, p, o in got), got
    assert any("exosome" in s and p == "decreases" and "apoptosis" in o for s, p, o in got), got


def test_an_object_of_a_sibling_verb_is_no_subject_of_a_later_one(reader):
    """ "Injection of X raised A; protected B; and lowered C": B is the object of a verb coordinated with the
    first, as the lowering verb is, so B lowers nothing; X, the first verb's subject, lowers C across the
    semicolons."""
    got = _got(reader, "Repeated injection of MSC exosomes improved the grip strength; protected spinal motoneurons; "
                       "and decreased the microglial activation in treated rats.")
    assert not any("motoneuron" in s.lower() or "motor neuron" in s.lower() for s, p, o in got), got
    assert any("exosome" in s and p == "decreases" and "microglia" in o for s, p, o in got), got


def test_an_agent_with_a_clause_of_its_own_induced_nothing(reader):
    """ "ALI was induced by cecal ligation and puncture (CLP), and exosomes were injected 2 h later": the procedure
    (one name) induced the injury; the exosomes did not. "X induced by Y were analyzed" is still Y's."""
    got = _got(reader, "ALI was induced in mice by cecal ligation and puncture (CLP), and exosomes (100 μg) were injected "
                       "through the tail vein 2 h later.")
    assert not any("exosome" in s for s, p, o in got), got
    assert any(s == "cecal ligation and puncture" and p == "increases" for s, p, o in got), got
    got = _got(reader, "The proliferation and migration of TSCs induced by ADSC-Exos were analyzed by EdU assays.")
    assert any(s.startswith("ADSC") and p == "increases" for s, p, o in got), got


def test_a_class_of_molecules_or_the_vesicles_content_is_no_agent(reader):
    """ "cytokines promote X" says what the class does; "miRNAs in the exosomes" are the vesicles' content;
    a named miRNA in the sentence is the agent, not the class word that describes it."""
    assert not any(p in ("increases", "decreases") for s, p, o in _got(reader, "Pro-inflammatory cytokines promote apoptosis.")), \
        _got(reader, "Pro-inflammatory cytokines promote apoptosis.")
    got = _got(reader, "miRNAs in the exosomes suppressed apoptosis.")
    assert not any(p == "decreases" for s, p, o in got), got
    got = _got(reader, "miR-199a, one of the highly expressed miRNAs, suppressed apoptosis.")
    assert not any(p == "decreases" and s == "microRNA" for s, p, o in got), got
    # ... while a class word that is the only agent of the sentence and names no vesicle's content still acts
    assert ("microRNA", "decreases", "apoptosis") in _got(reader, "Exosomal miRNAs suppressed apoptosis.")


def test_a_process_whose_fall_a_treatment_drove_is_lowered():
    """ "exosomes drove M2 macrophage polarization, inflammation reduction, and beiging": inflammation fell."""
    from kg.sources.reader import read_text

    r = read_text("ADSC-derived exosomes drove M2 macrophage polarization, inflammation reduction, and beiging.")
    got = {(s.predicate, o.text) for s, (a, o) in zip(r.statements, r.arguments)}
    assert ("decreases", "inflammation") in got and ("increases", "inflammation") not in got, got


def test_a_kind_said_of_a_name_does_what_the_name_does():
    """ "MSCs are multipotent cells that ... secrete growth factors": the MSCs secrete them, not some multipotent cells."""
    from kg.sources.reader import read_text

    r = read_text("Mesenchymal stem cells (MSCs) are multipotent cells that act mainly via secreting growth factors.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in r.statements}
    assert ("mesenchymal stem cell", "secretes", "growth factor") in got, got
    assert not [g for g in got if g[0] == "multipotent cell"], got


def test_treatments_named_by_their_kind_only_are_no_agents():
    """ "Novel therapies that target gut injury are needed" says what a kind of treatment should do."""
    from kg.sources.reader import read_text

    assert not read_text("Novel therapies that target gut injury and vascular permeability are needed.").statements
    assert read_text("Exosome therapy reduced scar formation.").statements  # a therapy named by what it gives acts


def test_cells_named_after_a_quality_of_theirs_are_not_what_moved():
    """ "enhanced the chemosensitivity of hepatocellular carcinoma cells": before, the exosomes raised the cells;
    "by suppressing the catabolic activity of chondrocytes" made the chondrocytes a mediator of the disease. The
    cells that are able to do a thing still do it ("the ability of BM MSCs to protect against X")."""
    read = read_claims("Exosomes enhanced the chemosensitivity of hepatocellular carcinoma cells to sorafenib.")
    assert not any("cells" in o for s, p, o in read), read
    read = read_claims("Exosomes alleviated osteoarthritis by suppressing the catabolic activity of chondrocytes.")
    assert ("Exosomes", "ameliorates", "osteoarthritis") in read and not any("chondrocytes" in (s, o) for s, p, o in read), read
    read = read_claims("The ability of bone marrow MSCs to protect against intestinal injury was tested.")
    assert any(p == "ameliorates" and o == "intestinal injury" for s, p, o in read), read
