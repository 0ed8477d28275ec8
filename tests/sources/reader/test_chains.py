"""The means a verb names, read from the parse: "by/via/through + gerund", a named mediator, a miRNA-dependent
manner, a delivered cargo (kg.sources.reader.chains)."""
from __future__ import annotations

from helpers import label_claims, parsed_claims, read_claims


def test_by_gerund_chain(tools):
    got = parsed_claims(tools, "miR-21 reduced apoptosis by suppressing PTEN.")
    assert ("miR-21", "decreases", "PTEN") in got and ("PTEN", "increases", "apoptosis") in got


def test_vesicles_acting_through_a_mirna_carry_it_and_it_does_what_they_do(tools):
    got = parsed_claims(tools, "In these mice, MSC exosomes ameliorated acute liver injury through miR-455-3p.")
    assert ("miR-455-3p", "ameliorates", "acute liver injury") in got
    assert any(p == "carries" and o == "miR-455-3p" for _, p, o in got)


def test_a_named_means_without_a_direction_moves_the_object_which_way_unsaid(tools):
    """ "inhibit apoptosis via the PI3K/Akt pathway": the pathway regulates apoptosis (the words give no sign);
    "by regulating autophagy via the AMPK pathway": the pathway regulates autophagy; "regulate necroptosis
    through miR-874-3p": the vesicles carry the miRNA, and it regulates necroptosis."""
    got = parsed_claims(tools, "BMSC-EVs inhibit apoptosis via the PI3K/Akt pathway in these cells.")
    pathway = next(o for _, p, o in got if "PI3K" in o)
    assert (pathway, "regulates", "apoptotic process") in got or (pathway, "regulates", "apoptosis") in got, got
    assert not any(s == pathway and p in ("increases", "decreases") for s, p, _ in got), got
    got = parsed_claims(tools, "BMSC-EVs inhibit cell death by regulating autophagy via the AMPK signaling pathway.")
    assert any("AMPK" in s and p == "regulates" and o == "autophagy" for s, p, o in got), got
    got = parsed_claims(tools, "MSC-Exos can regulate necroptosis through miR-874-3p.")
    assert {(p, o) for s, p, o in got if o.startswith("miR-874")} == {("carries", "miR-874-3p")}, got
    assert any(s.startswith("miR-874") and p == "regulates" and "necropto" in o for s, p, o in got), got


def test_a_participles_means_is_not_its_own_and_regulation_has_no_direction():
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "MSC-derived exosomes relieve fibrosis caused by TGFβ in HK-2 via regulation of the mTOR signaling pathway "
        "and downstream autophagy.").statements}
    # before: "fibrosis increases mTOR signaling pathway" and "TGFβ increases ..." from "caused ... via regulation of"
    assert not [(s, o) for s, _, o in got if s in ("fibrosis", "TGFβ") and ("mTOR" in o or "autophagy" in o)], got
    assert ("mesenchymal stem cell exosome", "ameliorates", "fibrosis") in got, got


def test_a_chain_after_a_verb_that_improves_a_disease_turns_the_mediator_against_it():
    from kg.sources.reader import Reader

    for text in ("MiR-627-5p ameliorates non-alcoholic fatty liver disease by repressing FTO expression.",
                 "Exosomes improved NAFLD by repressing FTO."):
        got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements}
        assert any(sub == "FTO" and p == "increases" for sub, p, o in got), (text, got)  # FTO worsens the disease
        assert not any(sub == "FTO" and p in ("ameliorates", "decreases") for sub, p, o in got), (text, got)
    got = {(s.subject.label, s.predicate, s.object.label)
           for s in Reader().read("MiR-627-5p improves glucose metabolism by repressing FTO.").statements}
    assert not any(sub == "FTO" and p in ("increases", "decreases") for sub, p, o in got), got  # set right: no sign


def test_a_process_of_named_cells_is_the_mediator_of_a_chain_not_the_cells():
    """ "prevent colitis by suppressing the activation of macrophages": macrophage activation raises
    colitis (the cells' process is the mediator; "activation of X" does not hand the claim to the cells)."""
    from kg.sources.reader import Reader

    for text in ("The vesicles prevented colitis by suppressing the activation of macrophages.",
                 "MSC-EVs ameliorated colitis by suppressing the activation of macrophages."):
        got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements}
        assert ("macrophage activation", "increases", "colitis") in got, (text, got)
        assert not any(sub == "macrophage" for sub, p, o in got), (text, got)


def test_a_chain_that_raises_its_mediator_links_the_mediator_to_the_disease():
    """ "prevented OA by promoting autophagy": autophagy lowers OA too, though the rules already read
    what the vesicles do to OA (the link is the mediator's claim, no rival reading)."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label)
           for s in Reader().read("Exosomes prevented osteoarthritis by promoting autophagy.").statements}
    assert {("exosome", "ameliorates", "osteoarthritis"), ("exosome", "increases", "autophagy"),
            ("autophagy", "ameliorates", "osteoarthritis")} <= got, got


def test_by_regulating_a_mediator_says_no_sign(tools):
    got = parsed_claims(tools, "In mice, BMSC-EVs inhibited cell apoptosis by regulating autophagy via the PI3K/Akt/mTOR pathway.")
    assert {("BMSC-EVs", "regulates", "autophagy"), ("autophagy", "regulates", "cell apoptosis")} <= got, got
    assert not {(s, o) for s, p, o in got if p in ("increases", "decreases") and "autophagy" in (s, o)}
    # a disease is left to the verb's own reading
    got = parsed_claims(tools, "In mice, BMSC-EVs prevented osteonecrosis by regulating autophagy.")
    assert ("autophagy", "regulates", "osteonecrosis") not in got


def test_regulating_x_by_targeting_y_says_y_regulates_x(tools):
    got = parsed_claims(tools, "In rats, miR-21 regulates osteogenesis by targeting PTEN.")
    assert {("miR-21", "regulates", "osteogenesis"), ("miR-21", "decreases", "PTEN"),
            ("PTEN", "regulates", "osteogenesis")} <= got, got


def test_vesicles_that_act_by_targeting_a_gene_lower_it_and_the_gene_acts_against_their_effect():
    """ "Extracellular vesicles promote proliferation by targeting TFPI2": the vesicles lower TFPI2 and
    TFPI2 lowers proliferation, as when a miRNA is the subject; before, the gene's link was missing."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Extracellular vesicles promote trophoblast cell proliferation and migration by targeting TFPI2.").statements}
    assert {("extracellular vesicle", "decreases", "TFPI2"), ("TFPI2", "decreases", "trophoblast cell proliferation"),
            ("TFPI2", "decreases", "trophoblast cell migration")} <= got, got  # the cells of both processes


def test_vesicles_that_act_by_a_verb_on_a_mirna_move_it_and_do_not_carry_it(tools):
    """ "promoted X by sponging miR-29a" lowers the miRNA; "improve injury by upregulating microRNA-26a" raises
    it; neither says the vesicles carry it (a bare "through miR-21" still does)."""
    got = parsed_claims(tools, "Exosomes carrying circHIPK3 promoted the proliferation of endothelial cells by sponging miR-29a.")
    assert ("exosome", "decreases", "miR-29a") in got and not any(o == "miR-29a" and p == "carries" for _, p, o in got), got
    got = parsed_claims(tools, "BMSC exosomes improve injury of hippocampal neurons by upregulating microRNA-26a expression.")
    assert not any(p == "carries" for _, p, _ in got), got
    got = parsed_claims(tools, "In these mice, MSC exosomes ameliorated acute liver injury through miR-455-3p.")
    assert any(p == "carries" and o == "miR-455-3p" for _, p, o in got), got


def test_by_a_gerund_the_parser_hangs_on_the_noun_still_gives_the_means_its_verb():
    """ "reduced apoptosis by inhibiting activation of the NF-κB pathway": the parser makes "inhibiting" a
    modifier of "activation"; before, the pathway was read as a means with no verb and dropped."""
    got = label_claims("MSC exosomes reduced apoptosis by inhibiting activation of the NF-κB signaling pathway.")
    assert any(s == "NF-κB signaling pathway" and p == "increases" and o == "apoptosis" for s, p, o in got), got
    assert not any(s == "NF-κB signaling pathway" and p == "decreases" and o == "apoptosis" for s, p, o in got), got


def test_a_chain_that_raises_its_mediator_after_a_verb_that_raises_links_the_mediator():
    """ "promoted angiogenesis by activating the Akt pathway" says the pathway raises angiogenesis; before,
    the link was dropped as a rival of the vesicles' own claim."""
    got = label_claims("MSC exosomes promoted angiogenesis by activating the Akt pathway.")
    assert any(s.startswith("Akt") and p == "increases" and o == "angiogenesis" for s, p, o in got), got
    got = label_claims("MSC exosomes reduced apoptosis by upregulating miR-21.")
    assert any(s == "miR-21" and p == "decreases" and o == "apoptosis" for s, p, o in got), got


def test_each_means_of_a_list_keeps_its_own_sign():
    """ "via the activation of Akt and the inhibition of PTEN": PTEN falls; before, both rose."""
    got = label_claims("Exosomes promoted angiogenesis via the activation of Akt and the inhibition of PTEN.")
    assert ("exosome", "decreases", "PTEN") in got and ("PTEN", "decreases", "angiogenesis") in got, got
    assert ("exosome", "increases", "PTEN") not in got, got


def test_in_a_mirna_dependent_manner_says_what_through_the_mirna_says():
    """ "ameliorated acute liver injury in a miR-455-3p-dependent manner": the vesicles carry the miRNA and
    it does what they do, as with "through miR-455-3p"; "in a dose-dependent manner" names no mediator."""
    got = label_claims("MSC exosomes ameliorated acute liver injury in a miR-455-3p-dependent manner.")
    assert ("mesenchymal stem cell exosome", "carries", "miR-455-3p") in got, got
    assert ("miR-455-3p", "ameliorates", "acute liver injury") in got, got
    got = label_claims("MSC exosomes promoted angiogenesis in a miR-21-dependent manner.")
    assert ("miR-21", "increases", "angiogenesis") in got, got
    assert label_claims("MSC exosomes promoted angiogenesis in a dose-dependent manner.") == {
        ("mesenchymal stem cell exosome", "increases", "angiogenesis")}


def test_a_cargo_delivered_by_the_means_does_what_the_vesicles_do():
    """ "improved cognition by delivery of circ-Epc1": the cargo improves it too (before, "by" took a gerund
    only); a delivered cargo is brought, not raised ("through the transfer of VEGF" said the vesicles raise VEGF)."""
    got = label_claims("ADSC exosomes improved cognition by delivery of circ-Epc1.")
    assert ("circ-Epc1", "increases", "cognition") in got and ("ADSC exosome", "delivers", "circ-Epc1") in got, got
    got = label_claims("MSC exosomes promoted angiogenesis through the transfer of VEGF.")
    assert ("VEGF", "increases", "angiogenesis") in got, got
    assert not any(s == "mesenchymal stem cell exosome" and p == "increases" and o == "VEGF" for s, p, o in got), got


def test_a_cargo_named_before_its_delivery_is_the_means():
    """ "alleviated M1 microglial activation via microRNA-140-5p delivery": the miRNA is the vesicles' cargo and
    lowers the activation too; "by exosome transfer of miRNA-122a" makes no means of the vesicles."""
    got = label_claims("MSC-EVs alleviated M1 microglial activation via microRNA-140-5p delivery.")
    assert ("miR-140-5p", "decreases", "M1 microglial activation") in got, got
    assert any(s == "MSC-EVs" and p in ("carries", "delivers") and o == "miR-140-5p" for s, p, o in got), got
    got = label_claims("MSCs inhibit autophagy by exosome transfer of miRNA-122a.")
    assert not any(s == "exosome" and o == "autophagy" for s, _, o in got), got


def test_a_relative_clause_on_a_cargo_keeps_its_chain():
    """ "... by shuttling miR-21a-5p, which induces M2 polarization by targeting STAT3": "which" was taken for the
    clause's subject and named nothing, so the chain through STAT3 was lost."""
    got = label_claims("MSC-EVs attenuate brain injury by shuttling miR-21a-5p, which induces microglial M2 "
                     "polarization by targeting STAT3.")
    assert ("STAT3", "decreases", "microglial M2 polarization") in got, got
    assert ("miR-21a-5p", "decreases", "STAT3") in got, got


def test_a_means_the_parser_hangs_on_a_participle_with_its_agent_is_the_main_verbs():
    """ "relieve fibrosis caused by TGFβ in HK-2 via regulation of the mTOR pathway and autophagy": the vesicles
    regulate both (before, "via" hung on "caused" and was dropped as the participle's)."""
    from kg.sources.reader import Reader

    res = Reader().read("MSC-derived exosomes relieve fibrosis caused by TGFβ in HK-2 via regulation of the mTOR "
                        "signaling pathway and downstream autophagy.")
    got = {(a.text, s.predicate, o.identifier) for s, (a, o) in zip(res.statements, res.arguments)}
    assert {("MSC-derived exosomes", "regulates", "GO:0031929"), ("MSC-derived exosomes", "regulates", "GO:0006914")} <= got, got
    assert not [g for g in got if g[0] == "TGFβ" and g[1] == "regulates"], got


def test_a_means_named_by_a_split_down_regulation_or_after_by():
    """ "through down-regulation of MCP-1" (the tokenizer splits "down-regulation") lowers MCP-1, as does "by
    inhibition of MCP-1": a nominal after "by" is the means, not the agent."""
    for text in ("MSC-Exos ameliorate retinal injury through down-regulation of MCP-1.",
                 "Exosomes ameliorate retinal laser injury partially by inhibition of MCP-1."):
        got = read_claims(text)
        assert any(p == "decreases" and o == "MCP-1" for _, p, o in got), (text, got)
        assert not any(p == "regulates" and o == "MCP-1" for _, p, o in got), (text, got)


def test_a_mirna_named_before_its_activity_is_the_means():
    """ "reduced apoptosis through miR-21 action": the miRNA acting is the means (the vesicles carry it, and it
    lowers what they lowered), as "via miR-21 delivery" is."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "The MSC exosomes reduced apoptosis through miR-21 action.").statements}
    assert ("miR-21", "decreases", "apoptosis") in got, got


def test_each_gerund_of_a_listed_means_links_its_object_to_the_outcome():
    """ "recovered erectile function by promoting autophagy and inhibiting apoptosis": apoptosis lowers erectile
    function, as autophagy raises it (before, only the first gerund was a means); not after "and thereby"."""
    got = label_claims("Exosome treatment significantly recovered erectile function in rats by promoting autophagy and "
                       "inhibiting apoptosis.")
    assert {("autophagy", "increases", "erectile function"), ("apoptotic process", "decreases", "erectile function")} <= got \
        or {("autophagy", "increases", "erectile function"), ("apoptosis", "decreases", "erectile function")} <= got, got
    got = label_claims("ADSC-Exos promote wound healing by delivering miR-21-5p to endothelial cells and thereby activating "
                       "the PI3K/AKT pathway.")
    assert not any("PI3K" in s and "healing" in o for s, _, o in got), got


def test_a_means_after_the_second_of_two_verbs_is_the_firsts_too():
    """ "attenuated muscle contusion injury and promoted muscle healing by suppressing the inflammatory reaction": the
    inflammation raises the injury as it lowers the healing (before, only the second verb's object was linked)."""
    got = read_claims("BMSC-Exos attenuated muscle contusion injury and promoted muscle healing in mice by suppressing the "
                      "inflammatory reaction.")
    assert {("inflammatory reaction", "increases", "muscle contusion injury"),
            ("inflammatory reaction", "decreases", "muscle healing")} <= got, got
    # not where the second verb has a subject of its own
    got = read_claims("BMSC-Exos attenuated muscle contusion injury and IL-10 promoted muscle healing by suppressing the "
                      "inflammatory reaction.")
    assert ("inflammatory reaction", "increases", "muscle contusion injury") not in got, got


def test_the_means_of_a_means_goes_through_its_mediator():
    """ "reduced apoptosis by inhibiting the NF-κB pathway through miR-21": the vesicles' miRNA inhibits the pathway
    (the means of "inhibiting", a chain one step deeper)."""
    got = read_claims("MSC exosomes reduced apoptosis by inhibiting the NF-κB pathway through miR-21.")
    assert {("MSC exosomes", "carries", "miR-21"), ("miR-21", "decreases", "NF-κB pathway")} <= got, got
