"""The rule-based reader (kg/sources/reader/): recognition, relations, status, boilerplate, `kg read`.

The fixture tests/data/reader/abstract.txt is a hand-written abstract (not copied from anywhere)
whose statements are listed here; every test checks offsets as well as content.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InvalidDocumentError
from kg.lexicon import Lexicon
from kg.model import Entity
from kg.ontology import Ontology
from kg.sources.reader import Reader, read_file, read_text
from kg.sources.reader.documents import MAX_BYTES, decode_document, html_to_text
from kg.sources.reader.sentences import is_boilerplate, split_sentences
from kg.sources.reader.status import status_of
from helpers import DATA, ROOT

READER_DATA = DATA / "reader"
ABSTRACT = READER_DATA / "abstract.txt"


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader()


@pytest.fixture(scope="module")
def abstract(reader):
    return reader.read(ABSTRACT.read_text(encoding="utf-8"), "abstract")


def claims(result) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate, s.object.label) for s in result.statements}


def test_every_statement_obeys_the_curation_rules(abstract, ontology):
    text = ABSTRACT.read_text(encoding="utf-8")
    assert abstract.statements
    for s in abstract.statements:
        (ev,) = s.evidence
        assert text[ev.start : ev.end] == ev.quote
        assert s.predicate in ontology.curatable_relations
        assert s.sign == ontology.relations[s.predicate].sign
        assert s.subject.type in ontology.entity_classes and s.object.type in ontology.entity_classes
        assert ev.curation == "machine-read" and 0 < ev.confidence <= 1
        assert ev.status in ("finding", "hypothesis", "prediction", "question")


def test_hand_written_abstract_gives_its_known_statements(abstract):
    got = claims(abstract)
    expected = {
        ("UCMSC-derived exosome", "carries", "miR-199a-3p"),
        ("UCMSC-derived exosome", "carries", "let-7b"),
        ("UCMSC-derived exosome", "derives_from", "Umbilical cord mesenchymal stem cell"),
        ("let-7b", "decreases", "TLR4"),
        ("miR-199a-3p", "decreases", "TLR4"),  # both antecedents of "which"
        ("miR-21", "decreases", "PTEN"),
        ("miR-146a", "increases", "tubular repair"),
    }
    assert expected <= got


def test_coordinated_objects_give_one_statement_each(abstract):
    """'the vesicles activated ERK1/2, STAT3 and CREB' -> three statements (subject by anaphora)."""
    targets = {s.object.label for s in abstract.statements
               if s.predicate == "increases" and s.subject.label == "UCMSC-derived exosome"}
    assert {"ERK1/2", "STAT3", "CREB"} <= targets


def test_passive_voice_swaps_the_arguments(reader):
    r = reader.read("PTEN was inhibited by miR-21.")
    assert [(s.subject.id, s.predicate, s.object.id) for s in r.statements] == [("miR-21", "decreases", "PTEN")]
    assert r.statements[0].evidence[0].quote == "PTEN was inhibited by miR-21"


@pytest.mark.parametrize("sentence", [
    "The exosomes did not reduce inflammation.",
    "miR-21 does not suppress PTEN.",
    "miR-21 failed to suppress PTEN.",
])
def test_negation_gives_no_claim(reader, sentence):
    """Documented rule: a negated trigger gives no statement (never the opposite sign)."""
    assert reader.read(sentence).statements == []


@pytest.mark.parametrize("sentence, status", [
    ("miR-21 suppresses PTEN.", "finding"),
    ("miR-21 may suppress PTEN.", "hypothesis"),
    ("These data suggest that miR-21 suppresses PTEN.", "hypothesis"),
    ("miR-21 will suppress PTEN in SCI models.", "prediction"),
    ("Whether miR-21 suppresses PTEN remains uncertain.", "question"),
])
def test_status_follows_the_hedges(reader, sentence, status):
    (s,) = reader.read(sentence).statements
    assert s.evidence[0].status == status


def test_hedge_after_the_claim_does_not_weaken_it(reader):
    r = reader.read("MSC exosomes carry miR-21, which may suppress PTEN.")
    status = {(s.subject.id, s.object.id): s.evidence[0].status for s in r.statements}
    assert status[("MSC-exosome", "miR-21")] == "finding"
    assert status[("miR-21", "PTEN")] == "hypothesis"


def test_abbreviation_defined_by_the_document_is_recognised(reader):
    r = reader.read("Nucleus pulposus progenitor cells (NPPCs) secrete exosomes. NPPC-derived exosomes carry miR-532.")
    labels = {e.label for e in r.new_entities}
    assert "Nucleus pulposus progenitor cell" in labels
    derived = [s for s in r.statements if s.predicate == "derives_from"]
    assert derived and derived[0].object.label == "Nucleus pulposus progenitor cell"


@pytest.mark.parametrize("name, label", [
    ("miR-199a-3p", "miR-199a-3p"), ("microRNA-223", "miR-223"), ("let-7a", "let-7a"), ("hsa-miR-21-5p", "miR-21-5p"),
])
def test_new_mirna_names_become_provisional_entities(name, label):
    lex = Lexicon([Entity("PTEN", "PTEN", "GeneOrProtein")])
    r = read_text(f"{name} suppresses PTEN.", lex, Ontology.load())
    (s,) = r.statements
    assert s.subject.label == label and s.subject.type == "MicroRNA" and s.subject.provisional
    assert [e.label for e in r.new_entities] == [label]


def test_lexicon_entity_is_grounded_not_new(reader):
    (s,) = reader.read("miR-146a dampens NF-κB signaling.").statements
    assert (s.subject.id, s.object.id) == ("miR-146a", "NF-kB-signaling")
    for latin in ("NF-kB", "NF-kappaB"):  # the Greek letter spelled with a Latin one, or written out
        (s,) = reader.read(f"miR-146a dampens {latin}.").statements
        assert s.object.id == "NF-kB-signaling", latin
    assert not s.subject.provisional and not s.object.provisional


def test_mechanism_chain_through_an_inhibited_target(reader):
    r = reader.read("miR-133b enhances neurite outgrowth through RhoA inhibition.")
    assert {("miR-133b", "increases", "neurite-outgrowth"), ("miR-133b", "decreases", "RHOA"),
            ("RHOA", "decreases", "neurite-outgrowth")} <= {s.key() for s in r.statements}


def test_participle_clause_chains_through_the_object(reader):
    """'A dampens B, reducing C': B (not A) is what raises C."""
    r = reader.read("miR-146a dampens NF-κB signaling, reducing inflammation.")
    assert ("NF-kB-signaling", "increases", "inflammation") in {s.key() for s in r.statements}


@pytest.mark.parametrize("line", [
    "Share this:", "Subscribe to Senior Fitness Update", "Comments (3)", "Copyright © 2024 by Someone.",
    "- Xin et al. (2017) - MSC exosomes suppress inflammation in SCI, Neuroscience",
    "Sun, Y., Zhang, W. & Li, X. MSC exosomes suppress inflammation. Stem Cell Res Ther 12, 286 (2021).",
])
def test_boilerplate_yields_nothing(reader, line):
    assert is_boilerplate(line)
    assert reader.read(line).statements == []


def test_sentence_splitter_keeps_offsets_and_abbreviations():
    text = "Xin et al. (2017) showed it. iMSC-sEVs act on NPCs (Fig. 6c). Next line\nmiR-21 works."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Xin et al. (2017) showed it.", "iMSC-sEVs act on NPCs (Fig. 6c).",
                                      "Next line", "miR-21 works."]
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_status_of_questions():
    assert status_of("Can exosomes cross the barrier?") == "question"


def test_html_offsets_index_the_extracted_text(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>T</title><script>var x='miR-21 suppresses PTEN';</script></head>"
                    "<body><nav>Home | Share</nav><p>Intro.</p><p>miR-21 <b>suppresses</b> PTEN.</p></body></html>",
                    encoding="utf-8")
    r = read_file(page)
    (s,) = r.statements
    ev = s.evidence[0]
    assert r.text[ev.start : ev.end] == ev.quote == "miR-21 suppresses PTEN"
    assert "var x" not in r.text and "Home" not in r.text


def test_html_to_text_decodes_entities():
    assert html_to_text("<p>NF-&kappa;B&nbsp;signaling</p>") == "NF-κB signaling"


# -- bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
])
def test_bad_documents_raise_clear_errors(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InvalidDocumentError, match=message):
        decode_document(p)


def test_latin1_document_is_read_with_a_warning(tmp_path, caplog):
    p = tmp_path / "latin.txt"
    p.write_bytes("Exosomes from caf\xe9 donors: miR-21 suppresses PTEN.".encode("latin-1"))
    src = decode_document(p)
    assert "café" in src.text and src.warnings and "cp1252" in src.warnings[0]


def test_utf16_document_is_decoded(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("miR-21 suppresses PTEN.".encode("utf-16"))
    assert decode_document(p).text == "miR-21 suppresses PTEN."


def test_huge_document_is_refused_with_the_limit(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.seek(MAX_BYTES)
        fh.write(b"x")
    with pytest.raises(InvalidDocumentError, match="over the reader's limit"):
        decode_document(p)


def test_missing_document(tmp_path):
    with pytest.raises(InvalidDocumentError, match="not found"):
        decode_document(tmp_path / "nope.txt")


# -- command line ------------------------------------------------------------------------------

def test_kg_read_json_schema():
    res = CliRunner().invoke(main, ["read", str(ABSTRACT), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows
    text = ABSTRACT.read_text(encoding="utf-8")
    for row in rows:
        assert set(row) >= {"subject", "object", "predicate", "sign", "quote", "start", "end", "status", "confidence"}
        for side in ("subject", "object"):
            assert set(row[side]) >= {"text", "label", "type", "identifier", "matched", "grounding", "id"}
            assert row[side]["text"] in text  # the words of the document
            assert bool(row[side]["identifier"]) == bool(row[side]["grounding"])  # an identifier says how it was found
        assert set(row["context"]) == {"organism", "model_system", "disease_model"}
        assert row["sign"] in (1, -1, 0)
        assert text[row["start"] : row["end"]] == row["quote"]
    grounded = [r for r in rows if r["subject"]["label"] == "miR-21"]
    assert grounded[0]["subject"]["identifier"] == "mirbase.mature:MIMAT0000076"  # the lexicon's cross-reference
    assert grounded[0]["subject"]["id"] == "miR-21" and grounded[0]["subject"]["grounding"] == "lexicon"
    new = [r for r in rows if r["subject"]["label"] == "let-7b"]
    assert new[0]["subject"]["provisional"] is True and new[0]["subject"]["id"] == "let-7b"


def test_kg_read_table_and_errors(tmp_path):
    res = CliRunner().invoke(main, ["read", str(ABSTRACT)])
    assert res.exit_code == 0 and "machine-read" in res.output and "new entities" in res.output
    empty = tmp_path / "e.txt"
    empty.write_text("")
    res = CliRunner().invoke(main, ["read", str(empty)])
    assert res.exit_code == 1 and "error:" in res.output and "empty" in res.output


def test_kg_read_does_not_change_the_seeds():
    before = sorted(p.name for p in (ROOT / "seeds").iterdir())
    CliRunner().invoke(main, ["read", str(ABSTRACT)])
    assert sorted(p.name for p in (ROOT / "seeds").iterdir()) == before


def test_eval_script_prints_the_table():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_reader.py"), "--seconds", "0.05"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    for word in ("overall", "signed-increase", "producer/cargo", "descriptive", "sentences/second"):
        assert word in out.stdout


def test_loss_of_function_subject_flips_the_sign(reader):
    """'Loss of PTEN leads to X' is a claim that PTEN decreases X, not that it increases it."""
    r = reader.read("Loss of PTEN leads to axon regeneration.")
    assert [s.key() for s in r.statements] == [("PTEN", "decreases", "axon-regeneration")]


# -- rules added for the recall push (each sentence written for the test, not taken from the seeds) --

def keys(result) -> set[tuple[str, str, str]]:
    return {s.key() for s in result.statements}


def signs(result) -> dict[tuple[str, str, str], int]:
    return {s.key(): s.sign for s in result.statements}


def quotes_are_verbatim(result, text: str) -> bool:
    return all(text[s.evidence[0].start : s.evidence[0].end] == s.evidence[0].quote for s in result.statements)


def test_negation_in_an_earlier_clause_does_not_block_the_next(reader):
    """'not ... —they are consumed by' used to be dropped as negated; the 'not' is in the first clause."""
    text = "Exosomes are not mere debris—they are actively consumed by microglia."
    r = reader.read(text)
    assert ("exosome", "taken_up_by", "microglia") in keys(r)
    assert quotes_are_verbatim(r, text)


def test_negation_in_the_same_clause_still_blocks():
    r = Reader().read("Exosomes were not consumed by microglia.")
    assert r.statements == []


def test_bare_vesicle_opening_a_sentence_continues_the_paragraph_topic(reader):
    text = "MSC exosomes were injected into mice with colitis. The result: exosomes suppressed inflammation."
    r = reader.read(text)
    assert ("MSC-exosome", "decreases", "inflammation") in keys(r)
    assert signs(r)[("MSC-exosome", "decreases", "inflammation")] == -1
    assert quotes_are_verbatim(r, text)


def test_topic_does_not_cross_a_paragraph_break(reader):
    r = reader.read("MSC exosomes were injected into mice with colitis.\nExosomes suppressed inflammation.")
    assert keys(r) == {("exosome", "decreases", "inflammation")}


def test_sentence_opening_they_refers_to_the_previous_subject(reader):
    text = "MSC exosomes were isolated by ultracentrifugation. They crossed the blood-brain barrier."
    r = reader.read(text)
    assert ("MSC-exosome", "crosses", "blood-brain-barrier") in keys(r)
    assert quotes_are_verbatim(r, text)


def test_vesicle_phrase_in_apposition_names_the_same_vesicle(reader):
    """The dash-enclosed apposition neither becomes a new vesicle nor steals the main verb's subject."""
    text = "MSC exosomes—small membrane vesicles carrying miR-21—reduce apoptosis."
    r = reader.read(text)
    assert {("MSC-exosome", "carries", "miR-21"), ("MSC-exosome", "decreases", "apoptosis")} <= keys(r)
    assert ("miR-21", "decreases", "apoptosis") not in keys(r)


def test_possessive_secreted_vesicles_belong_to_the_cells_named_before(reader):
    text = "Stem cells were cultured, and their secreted exosomes reduced fibrosis."
    r = reader.read(text)
    assert ("stem-cell", "secretes", "stem-cell-exosome") in keys(r)
    assert ("stem-cell-exosome", "ameliorates", "fibrosis") in keys(r)
    assert ("stem-cell", "ameliorates", "fibrosis") not in keys(r)  # "secreted" is an adjective here
    assert quotes_are_verbatim(r, text)


def test_cells_and_their_vesicles_the_vesicles_come_from_the_cells(reader):
    """ "BMSCs and their exosomes were obtained": the exosomes derive from the cells named before "and their",
    quoted from the cells' own words; "their secreted exosomes" there are secreted by those words."""
    for text, cells in (("Methods: BMSCs and their exosomes were obtained and identified.", "BMSCs"),
                        ("Adipose-derived stem cells (ADSCs) and their exosomes promote nerve repair.",
                         "Adipose-derived stem cells")):
        r = reader.read(text)
        got = [(a.text, o.text) for s, (a, o) in zip(r.statements, r.arguments) if s.predicate == "derives_from"]
        assert got == [("exosomes", cells)], (text, got)
        assert quotes_are_verbatim(r, text)
    r = reader.read("MSCs and their secreted exosomes help.")
    assert [(a.text, s.predicate, o.text) for s, (a, o) in zip(r.statements, r.arguments)] == [
        ("MSCs", "secretes", "exosomes")]


@pytest.mark.parametrize("text, key, sign", [
    ("miR-146a limits pro-inflammatory cytokines such as IL-1β.", ("IL-1b", "increases", "inflammation"), 1),
    ("MSC exosomes exerted anti-apoptotic effects in chondrocytes.", ("MSC-exosome", "decreases", "apoptosis"), -1),
    ("MSC exosomes retained their angiogenic capacity after freezing.",
     ("MSC-exosome", "increases", "angiogenesis"), 1),
])
def test_pro_and_anti_adjectives_state_an_effect(reader, text, key, sign):
    r = reader.read(text)
    assert signs(r).get(key) == sign
    assert quotes_are_verbatim(r, text)


def test_effects_of_x_on_y_is_a_study_setting(reader):
    r = reader.read("We tested the effects of MSC exosomes on osteoarthritis.")
    assert ("MSC-exosome", "studied_in", "osteoarthritis") in keys(r)


def test_effects_of_x_on_a_process_is_no_study_setting(reader):
    """A study is set in a disease; "the effects of EVs on cytokine production" names what the vesicles do."""
    for text in ("We examined the effects of MSC exosomes on cytokine production.",
                 "We assessed the effects of MSC exosomes on endothelial cell damage."):
        assert not any(p == "studied_in" for _, p, _ in keys(reader.read(text))), keys(reader.read(text))


def test_therapy_into_a_disease_is_a_study_setting():
    lex = Lexicon([Entity("cell-transplant", "cell transplantation", "Intervention"),
                   Entity("stroke", "stroke", "DiseaseOrInjury")])
    r = read_text("Cell transplantation into stroke is hard.", lex, Ontology.load())
    assert keys(r) == {("cell-transplant", "studied_in", "stroke")}


def test_acronym_followed_by_models_is_a_disease(reader):
    r = reader.read("MSC exosomes injected into mouse MCAO models reduced infarct volume.")
    studied = [s for s in r.statements if s.predicate == "studied_in"]
    assert [(s.subject.id, s.object.label, s.object.type) for s in studied] == [("MSC-exosome", "MCAO", "DiseaseOrInjury")]


def test_vesicle_surface_proteins_take_the_vesicle_where_they_go(reader):
    r = reader.read("Exosome surface proteins target injured tissue.")
    assert keys(r) == {("exosome", "located_in", "injury-site")}


def test_fusing_with_a_cell_membrane_is_uptake_by_the_cell(reader):
    r = reader.read("MSC exosomes fuse with neuronal membranes.")
    assert [(s.subject.id, s.predicate, s.object.type) for s in r.statements] == [("MSC-exosome", "taken_up_by", "CellType")]


@pytest.mark.parametrize("text, key, sign", [
    ("We observed miR-21-mediated suppression of PTEN.", ("miR-21", "decreases", "PTEN"), -1),
    ("Inhibition of PTEN by miR-21 was confirmed.", ("miR-21", "decreases", "PTEN"), -1),
    ("Exosome-mediated delivery of miR-21 restored function.", ("exosome", "delivers", "miR-21"), 1),
])
def test_nominalised_verbs_state_their_relation(reader, text, key, sign):
    r = reader.read(text)
    assert signs(r).get(key) == sign
    assert quotes_are_verbatim(r, text)


def test_em_dash_ends_a_name_and_space_alone_does_not_coordinate(reader):
    r = reader.read("MSC exosomes promoted angiogenesis—unlike controls.")
    assert keys(r) == {("MSC-exosome", "increases", "angiogenesis")}
    r = reader.read("miR-21 and let-7b suppress PTEN as well as STAT3.")
    assert {("miR-21", "decreases", "STAT3"), ("let-7b", "decreases", "PTEN")} <= keys(r)


def test_reporting_verb_is_not_part_of_a_vesicle_name(reader):
    r = reader.read("The data suggest exosomes cross the blood-brain barrier.")
    assert keys(r) == {("exosome", "crosses", "blood-brain-barrier")}
    assert r.statements[0].evidence[0].status == "hypothesis"


def test_eval_script_prints_the_one_sentence_line_apart_from_the_score():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_reader.py"), "--seconds", "0.05"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert any(line.startswith("overall") for line in lines)
    assert any(line.startswith("[restricted, not the score]") for line in lines)


def test_cells_named_in_a_therapy_own_the_vesicles_after_it(reader):
    text = "We tried transplanting stem cells into the injured cord. Their secreted exosomes carried miR-21."
    r = reader.read(text)
    assert {("stem-cell", "secretes", "stem-cell-exosome"), ("stem-cell-exosome", "carries", "miR-21")} <= keys(r)
    assert quotes_are_verbatim(r, text)


@pytest.mark.parametrize("text", [
    "Compared to fibroblasts, MSCs excel in the generation of exosomes.",
    "MSCs are an attractive choice for obtaining exosomes in bulk.",
    "Researchers now use MSCs as exosome factories.",
])
def test_nominalised_secretion_names_the_cells_as_producers(reader, text):
    r = reader.read(text)
    assert ("MSC", "secretes", "MSC-exosome") in keys(r)
    assert ("fibroblast", "secretes", "MSC-exosome") not in keys(r)
    assert quotes_are_verbatim(r, text)


def test_delivered_cargo_is_the_cargo_said_to_be_carried(reader):
    """'deliver cargo' bridges back to what the same vesicle was said to carry (within the reach)."""
    text = "MSC exosomes are loaded with miR-21 and let-7b. These vesicles deliver their cargo to neurons."
    r = reader.read(text)
    delivered = {s.object.id for s in r.statements if s.predicate == "delivers" and s.subject.id == "MSC-exosome"}
    assert delivered == {"miR-21", "let-7b"}
    assert quotes_are_verbatim(r, text)
    assert not [s for s in reader.read("MSC exosomes deliver their cargo to neurons.").statements
                if s.predicate == "delivers"]


def test_mirna_letter_suffix_is_not_an_initial():
    """Regression: 'let-7b.' was read as an initial ('b.') and the sentence ran on into the next."""
    assert [s.text for s in split_sentences("Exosomes carry let-7b. They reach neurons.")] == \
        ["Exosomes carry let-7b.", "They reach neurons."]


def test_mediated_compound_ends_a_list_of_objects(reader):
    """Regression: '..., and miR-92a-mediated inhibition of X' made miR-92a a listed object."""
    r = reader.read("The vesicles suppressed MMP13, and miR-92a-mediated inhibition of WNT5A followed.")
    assert ("miR-92a", "decreases", "WNT5A") in keys(r)
    assert not [s for s in r.statements if s.object.id == "miR-92a"]


def test_postnominal_secretion_names_the_clause_cell_as_producer(reader):
    """'MSCs excel in ... and VEGF secretion': the cells secrete VEGF, and VEGF is no listed object."""
    text = "Compared to fibroblasts, MSCs showed faster proliferation, and VEGF secretion."
    r = reader.read(text)
    assert ("MSC", "secretes", "VEGF") in {(s.subject.id, s.predicate, s.object.label) for s in r.statements}
    assert not [s for s in r.statements if s.subject.id == "fibroblast"]
    assert quotes_are_verbatim(r, text)


def test_what_is_infused_acts_not_the_infusion():
    from kg.sources.reader import Reader
    r = Reader().read("We reported that peripheral infusion of human umbilical cord mesenchymal stem cells (hUC-MSCs) "
                      "strongly suppresses the activation of circulating monocytes.")
    assert [(s.subject.type, s.predicate) for s in r.statements] == [("StemCell", "decreases")]


def test_a_class_of_mirnas_is_no_agent_beside_named_ones():
    from kg.sources.reader import Reader
    r = Reader()
    got = [str(s) for s in r.read("miR-199a-3p, which is a highly expressed miRNA in exosomes, promoted neurite "
                                 "outgrowth. The miRNAs in the exosomes suppressed IL-6 signaling.").statements]
    assert not any(s.startswith(("miRNA ", "microRNA ")) for s in got), got
    # the seeds' own reading stays: "specific miRNAs that modulate the microenvironment" (no named miRNA there)
    kept = [str(s) for s in r.read("MSC exosomes carry specific miRNAs that modulate the injury microenvironment.").statements]
    assert any(s.startswith("microRNA -regulates->") for s in kept), kept


def test_a_spelled_out_gene_symbol_is_one_gene_and_spelled_out_cells_stay_cells():
    """ "early growth response factor 1 (EGR1)": no list knows the long form, but EGR1 is a symbol;
    "primary human chondrocytes (PHCs)" are chondrocytes, though "PHC" is also a gene alias."""
    from kg.sources.reader import Reader
    r = Reader().read("Studies showed that early growth response factor 1 (EGR1) induces myocardial damage. "
                      "Small molecule activators of nuclear factor erythroid 2\u2013related factor 2 (Nrf2) emerged. "
                      "Primary human chondrocytes (PHCs) took up exosomes.")
    got = {m.text: m.identifier for m in r.mentions}
    assert got["early growth response factor 1"] == got["EGR1"] == "HGNC:3238"
    assert got["nuclear factor erythroid 2\u2013related factor 2"] == "HGNC:7782"
    assert got["PHCs"] == got["Primary human chondrocytes"] == "CL:0000138"
    assert "growth response factor" not in got and [str(s) for s in r.statements][0].startswith("EGR1 -increases->")


def test_lowered_subjects_coordinated_inducers_and_sentence_initial_mouse_symbols():
    from kg.sources.reader import Reader
    r = Reader()
    got = [str(s) for s in r.read("Suppressed EGR1 expression reversed AMI or hypoxia-induced apoptosis.").statements]
    assert any(s.startswith("EGR1 -increases->") for s in got) and not any("-> AMI" in s for s in got), got
    assert not any(s.startswith("EGR1 -decreases->") for s in got), got
    res = r.read("We showed that Cblb was a direct target of miR-199a-3p. Cblb gene knockdown lowered TrkA.")
    assert [m.text for m in res.mentions].count("Cblb") == 2
    res = r.read("Exosomes act through the miR-199a-3p/145-5p-mediated NGF/TrkA signaling pathway.")
    assert "145-5p" in [m.text for m in res.mentions]


def test_an_inducer_named_in_two_words_and_engineered_vesicles_that_target():
    from kg.sources.reader import Reader
    r = Reader()
    got = [str(s) for s in r.read("MiR-146a-5p modulates the inflammatory response to sulfur mustard-induced acute "
                                  "lung injury").statements]
    assert "sulfur mustard -increases-> acute lung injury" in got, got
    got = [str(s) for s in r.read("Exosomes derived from miR-92a-3p-overexpressing human mesenchymal stem cells "
                                  "suppress cartilage degradation via targeting WNT5A").statements]
    assert any(s.endswith("-decreases-> WNT5A") for s in got) and not any("-regulates-> WNT5A" in s for s in got), got


def test_activation_of_a_gene_as_subject_is_the_gene():
    from kg.sources.reader import Reader
    got = [str(s) for s in Reader().read("Pharmaceutical Activation of Nrf2 Accelerates Diabetic Wound Healing by "
                                         "Exosomes from Bone Marrow Mesenchymal Stem Cells").statements]
    assert "Nrf2 -increases-> wound healing" in got and not any(s.startswith("Pharmaceutical") for s in got), got


def test_a_long_form_written_without_its_short_form_is_the_same_entity():
    from kg.sources.reader import Reader
    r = Reader().read("Exosomes attenuate myocardial damage via downregulation of early growth response factor 1.\n\n"
                      "Studies showed that early growth response factor 1 (EGR1) induces myocardial damage.")
    got = [(m.text, m.identifier) for m in r.mentions if "growth" in m.text]
    assert got == [("early growth response factor 1", "HGNC:3238")] * 2, got


def test_a_part_in_a_process_and_the_course_of_a_disease():
    from kg.sources.reader import Reader
    r = Reader()
    got = [str(s) for s in r.read("Exosomal miR-186 plays an important role in bone formation. WNT5A is known to be "
                                  "involved in the pathogenesis of osteoarthritis.").statements]
    assert "miR-186 -regulates-> bone formation" in got and "WNT5A -regulates-> osteoarthritis" in got, got
    found = {m.text for m in r.read("microRNAs play an important role in exosome-mediated cardioprotection.").mentions}
    assert "exosome-mediated" not in found


def test_the_parse_does_not_contradict_the_rules_on_the_same_subject_and_object():
    """The rules read the sign words around the object ("inhibition of"); the parse's opposite reading
    of the same pair is not kept beside it."""
    from kg.sources.reader import Reader

    res = Reader().read("Suppression of STAT3 abolished exosome-induced inhibition of autophagy and promotion of angiogenesis.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("STAT3", "decreases", "autophagy") in got and ("STAT3", "increases", "autophagy") not in got, got


def test_a_claim_the_rules_read_about_an_inhibitor_is_the_opposite_claim_about_what_it_silences():
    """ "treatment with MSC-anti-miR-92a-3p-Exos repressed chondrogenic differentiation": miR-92a-3p raises it."""
    res = Reader().read("In contrast, treatment with MSC-anti-miR-92a-3p-Exos repressed chondrogenic differentiation.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("miR-92a-3p", "increases", "chondrogenic differentiation") in got, got
    assert not [g for g in got if "anti" in g[0]], got


def test_typographic_hyphens_are_read_as_hyphens_and_quoted_as_written():
    """ "ADSC\u2010Exo" meets its definition written with U+2010; quotes and mention words keep the
    document's own characters."""
    text = ("ADSC\u2010derived exosomes (ADSC\u2010Exo) were collected. ADSC\u2010Exo reduced apoptosis "
            "and increased Bcl\u20102.")
    res = Reader().read(text)
    ids = {m.text: m.entity.id for m in res.mentions}
    assert ids["ADSC\u2010Exo"] == ids["ADSC\u2010derived exosomes"], ids
    assert all(text[m.start : m.end] == m.text for m in res.mentions)
    assert res.statements and all(text[s.evidence[0].start : s.evidence[0].end] == s.evidence[0].quote
                                  for s in res.statements)
    assert any("\u2010" in s.evidence[0].quote for s in res.statements)


def test_the_cells_a_vesicle_name_derives_from_are_quoted_by_their_own_words():
    from kg.sources.reader import Reader

    text = "MSC-derived exosomes improved injury. Adipose-derived stem cell (ADSC)-derived exosomes helped."
    res = Reader().read(text)
    objects = [(b.text, text[b.start : b.end]) for s, (a, b) in zip(res.statements, res.arguments) if s.predicate == "derives_from"]
    assert objects == [("MSC", "MSC"), ("Adipose-derived stem cell", "Adipose-derived stem cell")], objects


def test_msc_named_first_in_a_title_take_the_tissue_of_the_documents_mscs():
    from kg.sources.reader import Reader

    res = Reader().read("Mesenchymal stem cell-derived exosomes improve colitis\n\n"
                        "We isolated exosomes from bone marrow mesenchymal stem cells (BMSCs).")
    first = next(s for s in res.statements if s.predicate == "derives_from")
    assert first.object.xrefs[0].curie == "CL:0002540", first.object.xrefs


def _one_statement_gold(tmp_path: Path, documents: tuple[str, ...] = ("t1",), texts: tuple[str, ...] = ("t1",),
                        text: str = "Human MSC exosomes carry miR-21, which suppresses PTEN.\n",
                        context: dict | None = None) -> list[str]:
    """A gold folder of *documents*, each one sentence (*text*) and one curated statement (its miRNA as a
    bare miRBase accession), the texts of *texts* beside it; the command that scores it."""
    import hashlib
    import yaml
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold").mkdir()
    for doc in texts:
        (tmp_path / "texts" / f"{doc}.txt").write_text(text, encoding="utf-8")
    for doc in documents:
        gold = {"document": doc, "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "entities": [{"key": "mir", "label": "miR-21", "type": "MicroRNA", "identifier": "MIMAT0000076",
                              "identifier_source": "miRBase", "names": ["miR-21"]},
                             {"key": "pten", "label": "PTEN", "type": "GeneOrProtein", "identifier": "HGNC:9588",
                              "identifier_source": "HGNC", "names": ["PTEN"]}],
                "statements": [{"subject": "mir", "predicate": "decreases", "object": "pten", "sign": "-", "start": 0,
                                "end": len(text) - 1, "status": "finding", "negated": False, "context": context or {}}]}
        (tmp_path / "gold" / f"{doc}.gold.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    return [sys.executable, str(ROOT / "scripts" / "eval_reader.py"), "--heldout", str(tmp_path / "gold"),
            "--texts", str(tmp_path / "texts")]


def test_eval_script_reads_a_bare_mirbase_accession_in_gold_as_the_same_identifier(tmp_path):
    out = subprocess.run(_one_statement_gold(tmp_path), capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    overall = next(line.split() for line in out.stdout.splitlines() if line.startswith("overall"))
    assert overall[2:4] == ["1", "1"], out.stdout  # gold 1, matched 1
    assert "grounding: 2/2" in out.stdout, out.stdout


def test_eval_script_grounding_asks_what_was_read_where_the_gold_name_stands(tmp_path):
    # the reader reads "the PTEN pathway" as one mention grounded to PTEN's HGNC id; no mention is spelled
    # "PTEN", the gold name, yet the entity at that place is grounded right
    cmd = _one_statement_gold(tmp_path, text="Human MSC exosomes carry miR-21, which suppresses the PTEN pathway.\n")
    out = subprocess.run(cmd + ["--verbose"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "grounding: 2/2" in out.stdout, out.stdout
    assert "exact-name rule alone, as scored until 2026-12: 1/2" in out.stdout, out.stdout
    # a gold identifier the reader did not give at the name's place is still wrong, and named
    (tmp_path / "b").mkdir()
    cmd = _one_statement_gold(tmp_path / "b", text="Human MSC exosomes carry miR-21, which suppresses the PTENP1 pathway.\n")
    out = subprocess.run(cmd + ["--verbose"], capture_output=True, text=True, timeout=300)
    assert "grounding: 1/2" in out.stdout and "GROUND t1 PTEN HGNC:9588: no mention" in out.stdout, out.stdout


def test_eval_script_says_how_often_the_organism_of_a_matched_statement_agrees(tmp_path):
    """The curator's organism (an NCBITaxon CURIE) against the one the reader gave the statement it matched."""
    text = "Human MSC exosomes carry miR-21, which suppresses PTEN in mice.\n"
    for folder, taxon, agrees in (("mouse", "NCBITaxon:10090", "1/1"), ("rat", "NCBITaxon:10116", "0/1")):
        (tmp_path / folder).mkdir()
        out = subprocess.run(_one_statement_gold(tmp_path / folder, text=text, context={"organism": taxon}),
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        assert f"organism (context) agrees on {agrees} matched statements" in out.stdout, out.stdout


def test_a_class_of_molecules_is_no_agent():
    """ "pro-inflammatory cytokines", "an anti-apoptotic protein": what the class does in general."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Exosomes lowered the pro-inflammatory cytokine and raised an anti-apoptotic protein.").statements}
    assert not any(sub in ("cytokine", "protein") for sub, p, o in got), got
    got = {(s.subject.label, s.predicate, s.object.label)
           for s in Reader().read("The pro-inflammatory cytokine IL-6 was reduced by exosomes.").statements}
    assert ("exosome", "decreases", "interleukin 6") in got, got


def test_an_outcome_no_name_pattern_knows_is_read_from_the_verbs_object():
    r = read_text("In NAFLD rats, exosomal miR-627-5p reduced systolic blood pressure and the hepatic steatosis grade.")
    got = {(s.subject.label, s.predicate, s.object.label): found for s, (_, found) in zip(r.statements, r.arguments)}
    pressure = got[("miR-627-5p", "decreases", "systolic blood pressure")]
    assert (pressure.text, pressure.matched) == ("systolic blood pressure", "words of the verb's object")
    assert [x.curie for x in pressure.entity.xrefs] == ["EFO:0006335"]  # grounded where a vocabulary names it
    grade = got[("miR-627-5p", "decreases", "hepatic steatosis grade")]
    assert grade.entity.provisional and not grade.entity.xrefs  # else provisional, as any new name


def test_a_document_reads_the_same_whatever_the_reader_read_before(reader):
    # a name new to the lexicon gets an entity of the document's own, not the one an earlier
    # document made of it (its type, label and spelling), so corpus reading does not depend on order
    later = "Bone marrow MSC exosomes reduced oxidative stress and Ferroptotic burden in neurons."
    fresh = Reader(reader.lexicon, reader.ontology, reader.parser)
    before = [(str(s), s.object.type) for s in fresh.read(later).statements]
    reader.read("Oxidative stress rose after the injury, as did the ferroptotic burden.")
    assert [(str(s), s.object.type) for s in reader.read(later).statements] == before
    assert any(s.object.label == "oxidative stress" for s in reader.read(later).statements)


def test_names_listed_after_an_exosomal_one_are_cargo_too():
    got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(
        "In rats, exosomal miR-199a-3p/145-5p was found to upregulate TrkA expression.").statements}
    assert {("exosome", "carries", "miR-199a-3p"), ("exosome", "carries", "miR-145-5p")} <= got, got
    # a name of another kind after it is no cargo the adjective names
    got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(
        "Exosomal miR-21 and PTEN were measured in the serum.").statements}
    assert ("exosome", "carries", "miR-21") in got and not any(o == "PTEN" for _, _, o in got), got


def test_ecm_alone_is_the_matrix_not_a_gene():
    r = read_text("BMMSC-sEV promote ECM remodeling.")
    assert [m.text for m in r.mentions if m.entity.type == "GeneOrProtein"] == []
    assert any(s.object.label == "ECM remodeling" for s in r.statements), [str(s) for s in r.statements]


def test_changes_reported_in_a_treated_group_are_the_treatments():
    def read(text: str) -> set[tuple[str, str, str]]:
        return {(s.subject.label, s.predicate, s.object.label) for s in read_text(text).statements}

    got = read("ADSC-Exo-treated mice showed reduced IL-6 and increased IL-10.")
    assert {("ADSC-Exo", "decreases", "interleukin 6"), ("ADSC-Exo", "increases", "IL-10")} <= got, got
    assert not any(s == "interleukin 6" for s, _, _ in got), got  # a listed change causes no other (it was read so)
    got = read("We observed downregulated expression of PTEN and increased expression of VEGFA in our ADSC-Exo-treated BPD model.")
    assert {("ADSC-Exo", "decreases", "PTEN"), ("ADSC-Exo", "increases", "VEGFA")} <= got, got
    assert not any(o == "BPD" or s == "PTEN" for s, _, o in got), got  # the group's own model is no change
    assert ("ADSC-Exo", "decreases", "interleukin 6") in read("IL-6 was reduced in ADSC-Exo-treated mice.")
    # two treated groups: which one did it is not said
    got = read("IL-6 was reduced in BMSC-Exo-treated and ADSC-Exo-treated mice.")
    assert not any(o == "interleukin 6" for _, _, o in got), got


def test_a_prefixed_mirna_is_read_as_the_mirna_with_the_prefixs_polarity():
    def read(text: str) -> set[tuple[str, str, str]]:
        return {(s.subject.label, s.predicate, s.object.label) for s in read_text(text).statements}

    # silencing a miRNA and seeing PTEN fall means the miRNA raises PTEN; a mimic (agomir) is the miRNA
    assert ("miR-25", "increases", "PTEN") in read("anti-miR-25 reduced PTEN.")
    assert ("miR-21", "decreases", "PTEN") in read("antagomir-miR-21 increased PTEN expression.")
    got = read("HIRI + agomir-miR-25 mice displayed reduced PTEN expression compared to HIRI + NC mice.")
    assert ("miR-25", "decreases", "PTEN") in got and not any(s == "HIRI" for s, _, _ in got), got


def test_the_control_named_before_a_comma_is_no_apposition_of_the_treatment():
    # "Compared with exo-naive, exo-146a ...": exo-146a was read as another name of exo-naive, so the
    # control got the treatment's effect
    r = read_text("Compared with exo-naive, exo-146a significantly suppressed IL-6.")
    assert [(s.subject.label, s.predicate, s.object.label) for s in r.statements] == [
        ("exo-146a", "decreases", "interleukin 6")]


def test_a_control_set_apart_by_but_not_is_no_doer():
    from kg.sources.reader import read_text

    for text in ("MSC exosomes, but not fibroblast exosomes, reduced apoptosis.",
                 "Treatment with ADSC exosomes (but not fibroblast exosomes) reduced the death of cultured neurons."):
        got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(text).statements}
        assert not any(s.startswith("fibroblast") for s, _, _ in got), (text, got)


def test_the_treatment_beside_a_but_not_control_is_the_doer():
    from kg.sources.reader import read_text

    got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(
        "Treatment with ADSC exosomes (but not fibroblast exosomes) reduced the death of cultured neurons.").statements}
    # the control's claim, which the clause rules made, kept the parse's reading of the treatment out
    assert ("ADSC exosome", "decreases", "cell death") in got, got


def test_eval_script_scores_a_split_with_a_lost_text_only_when_asked_and_says_so(tmp_path):
    """A text no public copy could rebuild: by default the script stops and names the file; with
    --present-only it scores the rest and names what it left out."""
    cmd = _one_statement_gold(tmp_path, documents=("t1", "t2"))
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert out.returncode != 0 and "t2.txt" in out.stderr + out.stdout and "--present-only" in out.stderr + out.stdout
    out = subprocess.run([*cmd, "--present-only"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "(1 documents" in out.stdout and "LEFT OUT" in out.stdout and "t2" in out.stdout, out.stdout
    overall = next(line.split() for line in out.stdout.splitlines() if line.startswith("overall"))
    assert overall[2:4] == ["1", "1"], out.stdout  # t2's statement is not counted as missed


def test_one_gene_under_two_names_moves_nothing_of_its_own():
    """ "interacted with IL-1R-associated kinase-1 (IRAK), and repressed IRAK1 expression": IRAK is IRAK1, so
    "IRAK decreases IRAK1" is no statement; the miRNA's is."""
    from kg.sources.reader import read_text

    r = read_text("In addition, miR-146a-5p directly interacted with IL-1R-associated kinase-1 (IRAK), and repressed "
                  "IRAK1 expression.")
    got = {(a.text, s.predicate, b.text) for s, (a, b) in zip(r.statements, r.arguments)}
    assert ("miR-146a-5p", "decreases", "IRAK1") in got and not any(a == "IRAK" for a, _, _ in got), got


def test_a_bare_injury_word_means_the_documents_usual_disease_of_that_head():
    """ "fibrosis" in a paper about pulmonary fibrosis is pulmonary fibrosis; "many diseases" stay no one disease."""
    r = read_text("Pulmonary fibrosis is lethal. We studied pulmonary fibrosis in mice. Exosomes reduced fibrosis. "
                  "Alzheimer's disease is common. Alzheimer's disease was modelled. MSCs are used in many diseases.")
    bare = next(m for m in r.mentions if m.text == "fibrosis")
    assert (bare.entity.label.lower(), bare.identifier) == ("pulmonary fibrosis", "MONDO:0002771"), (bare.entity, bare.identifier)
    assert "exosome -ameliorates-> Pulmonary fibrosis" in {str(s) for s in r.statements}
    assert not any(m.text == "diseases" and "alzheimer" in m.entity.label.lower() for m in r.mentions)


def test_a_greek_capital_that_looks_latin_is_read_as_the_latin_letter_and_quoted_as_written():
    """ "NFκΒ" typed with a capital beta (U+0392) is NF-κB: grounded as such, while the mention and the quote keep
    the document's own characters at the same offsets."""
    from kg.sources.reader import read_text

    text = "Exosomes inhibited TLR and NF\u03ba\u0392 signaling."
    r = read_text(text)
    nfkb = next(m for m in r.mentions if m.text.startswith("NF"))
    assert nfkb.text == "NF\u03ba\u0392 signaling" and text[nfkb.start : nfkb.end] == nfkb.text
    assert nfkb.identifier == "GO:0007249", nfkb
    assert any(s.object.label.startswith("NF") and s.predicate == "decreases" for s in r.statements), r.statements


def test_a_typographic_apostrophe_is_read_as_a_plain_one():
    """ "Wharton\u2019s jelly MSC-sEVs": the whole name, with its tissue, as with a plain apostrophe."""
    from kg.sources.reader import read_text

    r = read_text("Wharton\u2019s jelly MSC-sEVs reduced microglial activation.")
    subjects = {(s.subject.label, s.object.label) for s in r.statements if s.predicate == "decreases"}
    assert subjects == {("Wharton's jelly MSC-sEV", "microglial activation")}, subjects


def test_a_whole_name_with_an_unknown_inducer_says_the_inducer_raised_it():
    """ "laser-induced retinal injury": no list knows the laser, so the name stays whole, and still says the laser
    caused the injury; two inducers joined by "and" are not one name, and neither is an object of the verb before."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "The exosomes eased laser-induced retinal injury. "
        "ASCs lowered ethanol and cerulein-induced pancreatic fibrosis.").statements}
    assert ("laser", "increases", "laser-induced retinal injury") in got, got
    assert not any(s == "ethanol and cerulein" for s, _, _ in got), got
    # a disease before "-induced" names the disease's own complication, no exposure's harm
    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "The exosomes eased sepsis-induced acute lung injury.").statements}
    assert not any(s.lower() == "sepsis" for s, _, _ in got), got
    assert not any(o == "ethanol" for _, _, o in got), got


def test_this_mirna_is_the_one_mirna_the_sentence_before_named():
    from kg.sources.reader import read_text

    r = read_text("hucMSC-Exos were enriched in miR-451a. This miRNA directly targeted MIF.")
    got = {(a.identifier, s.predicate, o.text) for s, (a, o) in zip(r.statements, r.arguments)}
    assert ("mirbase.mature:MIMAT0001631", "decreases", "MIF") in got, got
    # two named before: which one is not said
    r = read_text("miR-21 and miR-146a were enriched. This miRNA targeted MIF.")
    assert all(a.identifier == "SO:0000276" for s, (a, o) in zip(r.statements, r.arguments) if o.text == "MIF")


def test_a_class_word_that_says_how_a_level_was_measured_is_no_object():
    """ "lowered the protein levels of NLRP3": NLRP3 fell, not "protein" (which used to be the object)."""
    from helpers import read_claims

    got = read_claims("MSC-Exos decreased the protein expression of Bax and increased the mRNA levels of Bcl-2.")
    assert {("MSC-Exos", "decreases", "Bax"), ("MSC-Exos", "increases", "Bcl-2")} <= got, got
    assert not any(o == "protein" for _, _, o in got), got
    assert ("Exosomes", "carries", "protein") in read_claims("Exosomes contain protein, lipids and miRNA.")


def test_a1_before_astrocytes_names_a_kind_of_astrocyte_not_a_gene():
    """ "inhibited A1 astrocyte activation": the activation fell (A1, read as an alias of the gene ATP6V0A1, used to be the object)."""
    from helpers import read_claims

    got = read_claims("BMSC-Exos inhibited A1 astrocyte activation after spinal cord injury.")
    assert ("BMSC-Exos", "decreases", "astrocyte activation") in got, got
    assert not any(o == "A1" for _, _, o in got), got


@pytest.mark.parametrize("held_out, matched, proposed", [
    (None, 107, 123),  # the seeds, each read without the entities only it names
    ("dev", 50, 59), ("blind", 40, 49), ("blind2", 49, 56),
])
def test_the_seeds_and_the_in_repository_sets_score_no_lower(held_out, matched, proposed):
    """The issue's guard: no change to the reader lowers the seeds' or the in-repository held-out sets' scores.
    Floors are the figures at 5aec421 (README); a change that finds more may raise them, one that finds less
    or proposes more wrong statements fails here (a gain elsewhere is no excuse: measure, then decide)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import eval_reader

    if held_out is None:
        rows, _ = eval_reader.evaluate(None)
    else:
        folder = ROOT / "tests" / "data" / "reader" / held_out
        rows, _ = eval_reader.evaluate(folder, exclude=False, gold_lexicon=folder / "lexicon.yaml")
    pred, _, hit = rows["overall"][:3]
    assert hit >= matched and pred - hit <= proposed - matched, rows["overall"]
