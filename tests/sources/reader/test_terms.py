"""Standard names nothing else found become mentions, but common words do not."""
from __future__ import annotations

from kg.model import Entity
from kg.sources.reader.terms import term_class, term_mentions
from kg.sources.reader.vocabulary import Vocabulary


def found(text: str, taken: bytearray | None = None) -> list[tuple[str, str]]:
    taken = taken if taken is not None else bytearray(len(text) + 1)
    ms = term_mentions(text, taken, Vocabulary.load(), lambda n, t, lab: Entity(n, lab, t, provisional=True))
    return [(m.text, m.entity.type) for m in ms]


def test_names_are_found_longest_first():
    assert found("Dexamethasone reduced colitis and wound healing.") == [
        ("Dexamethasone", "Molecule"), ("colitis", "DiseaseOrInjury"), ("wound healing", "BiologicalProcess")]


def test_common_words_and_taken_spans_are_left_alone():
    assert found("The growth and secretion of cells improved.") == []
    text = "colitis got worse"
    taken = bytearray(len(text) + 1)
    taken[0:7] = b"\x01" * 7
    assert found(text, taken) == []


def test_a_gene_only_as_a_symbol():
    assert found("STAT3 rose; the cat sat.") == [("STAT3", "GeneOrProtein")]


def test_term_class_of_a_long_form():
    v = Vocabulary.load()
    assert term_class("acute liver failure", v) == "DiseaseOrInjury"
    assert term_class("a nice afternoon", v) is None


def test_mouse_case_symbols_and_one_word_gene_names():
    """ "Cblb" inside a sentence is the gene CBLB; the same capital opening a sentence or in a title-case
    line is not read as a gene; a one-word approved gene name ("aggrecan") names its gene."""
    assert ("Cblb", "GeneOrProtein") in found("We showed that Cblb was a direct target of miR-199a-3p.")
    assert ("Aggrecan", "GeneOrProtein") in found("Levels of col II and Aggrecan were lower.")
    assert found("Rest was given. Then we counted.") == []
    assert not any(t == "GeneOrProtein" for _, t in found("Exosomes Rescue Cartilage and Bone in Rats With Arthritis"))


def test_a_long_line_is_read_once_for_title_case_not_once_per_word(monkeypatch):
    """Regression: whether a line is written in title case was asked for every capitalised word, so a
    document of one long line took time growing with the square of its length."""
    import kg.sources.reader.terms as terms
    calls = []

    class Counting:
        def __init__(self, rx):
            self.rx = rx

        def findall(self, *args):
            calls.append(args)
            return self.rx.findall(*args)

        def __getattr__(self, name):
            return getattr(self.rx, name)

    monkeypatch.setattr(terms, "_WORD", Counting(terms._WORD))
    text = "We saw that " + " and ".join(["Cblb rose"] * 200) + "."
    assert ("Cblb", "GeneOrProtein") in found(text)
    assert len(calls) == 1


def test_words_joined_by_a_figure_or_en_dash_are_one_name():
    """ "Liver Ischemia\u2012reperfusion Injury" (a figure dash) and "blood\u2013brain barrier damage" are one
    mention each, not "Liver Ischemia" and "reperfusion Injury"."""
    from kg.sources.reader import Reader

    got = [m.text for m in Reader().read("Exosomes ameliorate Liver Ischemia\u2012reperfusion Injury "
                                         "and blood\u2013brain barrier damage.").mentions]
    assert "Liver Ischemia\u2012reperfusion Injury" in got and "reperfusion Injury" not in got, got


def test_chebi_roles_name_no_molecule():
    """ChEBI files roles ("application", "inhibitor", "biomarker") beside molecules; as single words they
    name none ("Topical Application of MSC Exosomes")."""
    from kg.sources.reader import Reader

    found = [m.text for m in Reader().read("Topical Application of Exosomes reduced an inhibitor and a biomarker.").mentions]
    assert "Application" not in found and "inhibitor" not in found and "biomarker" not in found, found


def test_a_plain_word_gives_way_to_the_standard_name_that_holds_it():
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(
        "Exosomes accelerated glucose metabolism and insulin secretion. Exosomes reduced glucose.").mentions}
    assert found == {"Exosomes": "GO:0070062", "glucose metabolism": "GO:0006006", "insulin secretion": "GO:0030073",
                     "glucose": "CHEBI:17234"}, found


def test_chebi_roles_name_no_molecule_but_hormones_do():
    from kg.sources.reader.terms import term_class
    v = Vocabulary.load()
    # a role says what a molecule does ("analgesic effects of exosomes" names no drug); estrogen is the hormones
    assert term_class("analgesic", v) is None and term_class("antidote", v) is None
    assert term_class("estrogen", v) == "Molecule" and term_class("glutathione", v) == "Molecule"


def test_an_enzyme_named_after_its_substrate_is_a_protein():
    v = Vocabulary.load()
    found = term_mentions("Exosomes raised glutathione peroxidase and lowered glutathione.", bytearray(70), v,
                          lambda n, t, lab: Entity(n, lab, t, provisional=True))
    assert [(m.text, m.entity.type) for m in found] == [("glutathione peroxidase", "GeneOrProtein"),
                                                        ("glutathione", "Molecule")]


def test_an_hp_name_of_an_ill_state_is_a_mention_an_hp_description_is_not():
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes reduced cognitive impairment, hepatic steatosis and mechanical allodynia "
                        "in the target cells.")
    found = {m.text: (m.entity.type, m.identifier) for m in res.mentions}
    assert found["cognitive impairment"] == ("Phenotype", "HP:0100543")
    assert found["hepatic steatosis"] == ("Phenotype", "HP:0001397")
    assert found["mechanical allodynia"][0] == "Phenotype"  # the kind of allodynia is part of its name
    assert "target cells" not in found
    got = {(s.predicate, s.object.label) for s in res.statements}
    assert {("decreases", "cognitive impairment"), ("decreases", "hepatic steatosis")} <= got, got


def test_a_protein_named_with_a_greek_letter_and_improving_an_ill_state_lowers_it():
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes reduced PPARα expression. Exosomes improved peripheral insulin resistance.")
    found = {m.text: m.identifier for m in res.mentions}
    assert found.get("PPARα") == "HGNC:9232", found  # MeSH's PPAR alpha, the gene PPARA
    assert found.get("peripheral insulin resistance") == "HP:0000855", found  # insulin resistance, broader
    got = {(s.predicate, s.object.label) for s in res.statements}
    # "improved insulin resistance" means less of it, as "improved SCI" means less injury
    assert ("decreases", "peripheral insulin resistance") in got and ("increases", "peripheral insulin resistance") not in got


def test_a_studys_groups_are_no_chemical_group():
    from kg.sources.reader import read_text

    # ("Testis" is the organ, a place of its own)
    assert [m.text for m in read_text("Testis morphology was compared between groups treated with BMSC-exos.").mentions
            if m.entity.type != "AnatomicalSite"] == ["BMSC-exos"]


def test_plurals_in_es_roots_and_ill_states():
    # "processes" is "process" (before: "processe", and no name)
    assert found("Genes were enriched in metabolic processes.") == [("metabolic processes", "BiologicalProcess")]
    # the roots of GO and MONDO name nothing in particular
    assert found("Genes of biological processes in an asthma-like condition.") == []
    # an HP name that ends in an ill state is a mention
    assert found("Exosomes improved stress urinary incontinence.") == [("stress urinary incontinence", "Phenotype")]


def test_a_longer_standard_name_holds_a_phrase_the_head_noun_found():
    """"insulin receptor substrate 1": the gene IRS1, not the phrase "insulin receptor" before "substrate 1"."""
    from kg.lexicon import Lexicon
    from kg.sources.reader.ner import Recognizer

    rec = Recognizer(Lexicon([]))
    rec.vocabulary = Vocabulary.load()
    assert "insulin receptor substrate 1" in [m.text for m in rec.find("Exosomes restored insulin receptor substrate 1 levels.")]


def test_a_form_of_a_protein_written_in_one_word_is_the_protein():
    """"cleaved-caspase3", "pro-caspase-1": before, no name at all."""
    got = found("Exosomes decreased pro-caspase-1 and cleaved-caspase3.")
    assert got == [("pro-caspase-1", "GeneOrProtein"), ("cleaved-caspase3", "GeneOrProtein")], got
    assert ("pro-survival", "BiologicalProcess") in found("Exosomes had pro-survival effects.")  # no protein "survival"


def test_the_harm_a_drug_does_to_an_organ_is_efos_phenotype():
    from kg.sources.reader import Reader

    res = Reader().read("Ototoxicity and cardiotoxicity were reduced by the exosomes.")
    found = {m.text: (m.entity.type, m.identifier) for m in res.mentions}
    assert found["Ototoxicity"] == ("Phenotype", "EFO:0006951") and found["cardiotoxicity"] == ("Phenotype", "EFO:1001482")
    assert {("decreases", "cardiotoxicity")} <= {(s.predicate, s.object.label) for s in res.statements}
    assert not found_in("Its toxicity was low.")  # a bare "toxicity" is no name


def found_in(text: str) -> list[tuple[str, str]]:
    return found(text)


def test_a_window_is_looked_up_only_when_some_name_opens_with_its_first_words(monkeypatch):
    """Words that open no name of the list are looked up alone, not as the first of five windows; names
    GO spells otherwise ("learning and memory" is its "learning or memory") and British spellings are
    still found whole."""
    import kg.sources.reader.terms as terms
    calls: list[str] = []
    real = terms._match

    def counting(name, words, vocabulary, rodent=False):
        calls.append(name)
        return real(name, words, vocabulary, rodent)

    monkeypatch.setattr(terms, "_match", counting)
    text = "Quickly treated animals walked farther yesterday afternoon"
    assert found(text) == []
    assert len(calls) <= len(text.split()) + 2  # five windows per word were tried before
    assert found("Treated rats showed better learning and memory and less tumour necrosis factor.") == [
        ("learning and memory", "BiologicalProcess"), ("tumour necrosis factor", "GeneOrProtein")]


def test_a_capitalised_word_gives_way_to_the_longer_standard_name_as_a_small_one_does():
    """ "Exosomes Alleviate Type 2 Diabetes Mellitus": the title's "Diabetes" held its place, so the disease was
    diabetes, not type 2 diabetes mellitus (as in small letters)."""
    from kg.sources.reader import Reader

    for text in ("Exosomes Alleviate Type 2 Diabetes Mellitus in Mice", "Exosomes alleviate type 2 diabetes mellitus in mice"):
        found = {m.identifier for m in Reader().read(text).mentions}
        assert "MONDO:0005148" in found and "MONDO:0005015" not in found, (text, found)


def test_a_long_form_found_again_in_a_title_gives_way_to_a_longer_standard_name_that_holds_it():
    """The body defines "diabetes mellitus (DM)"; the title's "Type 2 Diabetes Mellitus" is type 2 diabetes,
    not diabetes found by the long form inside it."""
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes Alleviate Type 2 Diabetes Mellitus in Rats\n\n"
                        "MSCs alleviate diabetes mellitus (DM). Exosomes lowered blood glucose in DM rats.")
    found = {m.text: m.identifier for m in res.mentions}
    assert found.get("Type 2 Diabetes Mellitus") == "MONDO:0005148", found
    assert found.get("DM") == "MONDO:0005015", found  # the body's own long form keeps its sense


def test_a_disease_mondo_names_only_in_the_plural_is_found_and_grounded_in_the_singular():
    """MONDO lists "intrauterine adhesions" (Asherman syndrome), abstracts write "intrauterine adhesion";
    short words do not make such a name ("s a" is not "s as")."""
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes alleviated intrauterine adhesion in mice.")
    assert {m.text: m.identifier for m in res.mentions}.get("intrauterine adhesion") == "MONDO:0015299"
    assert ("exosome", "ameliorates", "intrauterine adhesion") in {
        (s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert not [m for m in Reader().read("It was seen in 2 of 5 mice, such as a B in group A.").mentions
                if m.entity.type == "DiseaseOrInjury"]


def test_a_phenotypes_own_label_wins_over_a_go_synonym():
    """ "pruritus" is HP's label (Pruritus) and only a synonym of GO's "sensory perception of itch": a phenotype,
    grounded to HP; "apoptosis", GO's synonym with no HP label, stays a process."""
    from kg.sources.reader import read_text

    v = Vocabulary.load()
    assert term_class("pruritus", v) == "Phenotype"
    assert term_class("apoptosis", v) == "BiologicalProcess"
    found = {m.text: m.identifier for m in read_text("EVs decreased pruritus in mice.").mentions}
    assert found.get("pruritus") == "HP:0000989", found
