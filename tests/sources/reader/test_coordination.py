"""Names that share words across "and" or a slash: "innate and adaptive immunity", "IL-4Rα/13Rα1/31Rα"."""
from __future__ import annotations

from kg.lexicon import Lexicon
from kg.model import Entity
from kg.sources.reader.ner import Recognizer


def test_a_molecule_before_and_shares_the_process_word_after_it():
    """ "glucose and lipid metabolism": glucose metabolism, not glucose; a molecule before another kind of word stays."""
    lex = Lexicon([Entity("g", "glucose", "Molecule"), Entity("lm", "lipid metabolism", "BiologicalProcess"),
                   Entity("ins", "insulin", "Molecule")])
    got = [(m.text, m.entity.label) for m in Recognizer(lex).find("Glucose and lipid metabolism fell; insulin and glucose rose.")]
    assert ("Glucose", "Glucose metabolism") in got or ("Glucose", "glucose metabolism") in got, got
    assert ("insulin", "insulin") in got and ("glucose", "glucose") in got, got


def test_numbers_after_a_slash_share_a_numbered_familys_prefix():
    """ "IL-4Rα/13Rα1/31Rα" names IL-4Rα, IL-13Rα1 and IL-31Rα; "MMP-3/13" MMP-3 and MMP-13."""
    from kg.sources.reader import Reader

    res = Reader().read("The EVs reduced the expression of IL-4Rα/13Rα1/31Rα and MMP-3/13 in skin.")
    ids = {m.entity.label: m.identifier for m in res.mentions}
    assert ids.get("IL-13Rα1") == "HGNC:5974" and ids.get("IL-31Rα") == "HGNC:18969", ids
    assert ids.get("MMP-13") == "HGNC:7159", ids
    assert {m.text for m in res.mentions} >= {"13Rα1", "31Rα", "13"}  # the words as written


def test_a_word_before_and_shares_the_head_of_the_process_after_it():
    """ "innate and adaptive immunity" names innate immunity too; a word that makes no known name with the head
    ("EVs and adaptive immunity") is left alone."""
    from kg.sources.reader import Reader

    got = {(s.predicate, s.object.label) for s in Reader().read(
        "Extracellular vesicles modulate innate and adaptive immunity.").statements}
    assert {("regulates", "innate immunity"), ("regulates", "adaptive immunity")} <= got, got
    res = Reader().read("Mice were treated and adaptive immunity was measured.")
    assert [m.text for m in res.mentions] == ["adaptive immunity"], res.mentions


def test_genes_listed_before_a_plural_pathway_word_or_after_pathways_are_pathways():
    """ "the STAT3 and Hippo-YAP pathways": STAT3 names a pathway here, not the gene; so do "Akt" and "Erk" in
    "the downstream pathways Akt and Erk". A gene before a singular pathway name keeps its own sense."""
    from kg.sources.reader import Reader

    reader = Reader()

    def named(text: str) -> dict[str, tuple[str, str | None]]:
        return {m.text: (m.entity.type, m.identifier) for m in reader.read(text).mentions}

    got = named("The STAT3 and Hippo-YAP pathways were activated to improve cell proliferation.")
    assert got["STAT3"] == ("Pathway", "GO:0097696"), got
    got = named("This inactivated the NGF/TrkA downstream pathways Akt and Erk.")
    assert got["Akt"][0] == "Pathway" and got["Erk"][0] == "Pathway", got
    assert got["Akt"][1] == "GO:0043491", got
    got = named("miR-21 lowered PTEN and the PI3K signaling pathway.")
    assert got["PTEN"][0] == "GeneOrProtein", got
