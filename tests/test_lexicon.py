"""kg.lexicon: entities looked up exactly by any of their names, and a lexicon file checked line by line."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.datasets import tiny_lexicon_path
from kg.errors import AmbiguousEntityError, InvalidAnnotationError, UnknownEntityError
from kg.lexicon import READER_LEXICON, IdentifierRow, Lexicon, load_identifiers, load_lexicon, normalize
from kg.model import Entity, Xref

from synthetic import TYPES, entities

ROWS = [
    IdentifierRow("PTEN", "HGNC:9588", "PTEN", "HGNC dump", "VERIFIED"),
    IdentifierRow("mesenchymal stem cell (MSC)", "CL:0000134", "mesenchymal stem cell", "CL release", "VERIFIED"),
    IdentifierRow("iMSC", "CL:0000134", "mesenchymal stem cell", "no own term", "NO_OWN_TERM"),
]


def _lexicon(tmp_path: Path, text: str, reader: str | None = None) -> Path:
    path = tmp_path / "lexicon.yaml"
    path.write_text(text, encoding="utf-8")
    if reader is not None:
        (tmp_path / READER_LEXICON).write_text(reader, encoding="utf-8")
    return path


def test_the_tiny_lexicon_loads_with_verified_xrefs(ontology):
    lex = load_lexicon(ontology, tiny_lexicon_path())
    msc = lex.resolve("MSCs")
    assert msc.id == "MSC" and msc.type == "MesenchymalStemCell"
    # synonyms come sorted and without the label (the form RDF gives them back in)
    assert msc.synonyms == ("MSC", "MSCs", "mesenchymal stem cells")
    (x,) = msc.xrefs
    assert (x.curie, x.match, x.label, x.status) == ("CL:0000134", "exact", "mesenchymal stem cell", "VERIFIED")
    assert "cell-ontology" in x.source


def test_an_xref_takes_the_row_of_its_mention(ontology, tmp_path):
    text = ("entities:\n"
            "  - {id: iMSC, label: iMSC, type: MesenchymalStemCell,\n"
            "     xrefs: [{curie: 'CL:0000134', match: broad, mention: iMSC}]}\n")
    (x,) = load_lexicon(ontology, _lexicon(tmp_path, text), ROWS).resolve("iMSC").xrefs
    assert (x.match, x.source, x.status) == ("broad", "no own term", "NO_OWN_TERM")


def test_an_xref_with_its_own_source_is_kept_unverified(ontology, tmp_path):
    text = "entities:\n  - {id: X, label: X, type: Molecule, xrefs: [{curie: 'CHEBI:15377', source: a paper}]}\n"
    (x,) = load_lexicon(ontology, _lexicon(tmp_path, text), ROWS).resolve("X").xrefs
    assert (x.curie, x.label, x.source, x.status) == ("CHEBI:15377", None, "a paper", "UNVERIFIED")


GOOD = "  - {id: PTEN, label: PTEN, type: GeneOrProtein, xrefs: [{curie: 'HGNC:9588'}]}\n"
BAD = [
    ("not a list", "entities: {a: 1}\n", r"lexicon\.yaml:1: expected a top-level 'entities:' list"),
    ("not a mapping", "entities:\n  - PTEN\n", r"lexicon\.yaml: each entity must be a mapping"),
    ("unknown field", "entities:\n  - {id: A, label: A, type: Molecule, colour: red}\n",
     r"lexicon\.yaml:2: unknown field\(s\) \['colour'\]; allowed: "),
    ("bad id", "entities:\n  - {id: 'a b', label: A, type: Molecule}\n", r"lexicon\.yaml:2: entity id 'a b' must match "),
    ("duplicate id", "entities:\n" + GOOD + GOOD, r"lexicon\.yaml:3: duplicate entity id 'PTEN' \(first on line 2\)"),
    ("no label", "entities:\n  - id: A\n    type: Molecule\n", r"lexicon\.yaml:2: entity A: needs one label"),
    ("unknown type", "entities:\n  - id: A\n    label: A\n    type: Enzyme\n",
     r"lexicon\.yaml:4: entity A: unknown type 'Enzyme'; use one of .*GeneOrProtein"),
    ("synonyms", "entities:\n  - id: A\n    label: A\n    type: Molecule\n    synonyms: a\n",
     r"lexicon\.yaml:5: entity A: synonyms must be a list of strings"),
    ("xref without curie", "entities:\n  - id: A\n    label: A\n    type: Molecule\n    xrefs:\n      - {match: exact}\n",
     r"lexicon\.yaml:6: entity A: each xref needs a 'curie'"),
    ("xref match", "entities:\n  - {id: A, label: A, type: Molecule, xrefs: [{curie: 'HGNC:9588', match: same}]}\n",
     r"entity A: xref match 'same' must be one of \('exact', "),
    ("curie prefix", "entities:\n  - {id: A, label: A, type: Molecule, xrefs: [{curie: 'XYZ:1'}]}\n",
     r"entity A: cannot expand CURIE 'XYZ:1'"),
    ("unverified curie", "entities:\n  - {id: A, label: A, type: Molecule, xrefs: [{curie: 'HGNC:1'}]}\n",
     r"entity A: HGNC:1 is not in ontology/identifiers\.tsv; verify it and add it there, or give its 'source'"),
    ("wrong mention", "entities:\n  - {id: A, label: A, type: Molecule, xrefs: [{curie: 'HGNC:9588', mention: other}]}\n",
     r"entity A: HGNC:9588 with mention 'other' is not in ontology/identifiers\.tsv"),
    ("shared synonym", "entities:\n  - {id: A, label: A, type: Molecule, synonyms: [EV]}\n  - {id: B, label: B, type: Molecule, synonyms: [ev]}\n",
     r"lexicon\.yaml:3: name 'ev' is used by both A and B; keep it on one"),
    ("synonym is an id", "entities:\n  - {id: A, label: A, type: Molecule}\n  - {id: B, label: B, type: Molecule, synonyms: [a]}\n",
     r"name 'a' is used by both A and B"),
]


@pytest.mark.parametrize("case, text, message", BAD, ids=[b[0] for b in BAD])
def test_a_bad_lexicon_names_the_line_and_what_to_do(ontology, tmp_path, case, text, message):
    with pytest.raises(InvalidAnnotationError, match=message):
        load_lexicon(ontology, _lexicon(tmp_path, text), ROWS)


def test_every_problem_of_a_lexicon_is_reported_at_once(ontology, tmp_path):
    text = "entities:\n" + "".join(t.split("entities:\n", 1)[1] for c, t, _ in BAD[3:8])
    with pytest.raises(InvalidAnnotationError) as exc:
        load_lexicon(ontology, _lexicon(tmp_path, text), ROWS)
    assert len(exc.value.problems) == 5


def test_provisional_entities_of_the_reader_come_marked(ontology, tmp_path):
    path = _lexicon(tmp_path, "entities:\n" + GOOD, reader="entities:\n  - {id: VEGF, label: VEGF, type: CytokineOrGrowthFactor}\n")
    lex = load_lexicon(ontology, path, ROWS)
    assert lex.resolve("VEGF").provisional and not lex.resolve("PTEN").provisional
    assert "VEGF" not in load_lexicon(ontology, path, ROWS, include_reader=False)


def test_a_reader_entity_may_not_repeat_a_curated_one(ontology, tmp_path):
    path = _lexicon(tmp_path, "entities:\n" + GOOD, reader="entities:\n" + GOOD)
    with pytest.raises(InvalidAnnotationError, match=rf"{READER_LEXICON}: entity id 'PTEN' is also in .*lexicon\.yaml; remove it from one"):
        load_lexicon(ontology, path, ROWS)


def test_identifier_cells_with_several_curies_become_one_row_each(tmp_path):
    tsv = tmp_path / "identifiers.tsv"
    tsv.write_text("mention\tcurie\tlabel\tsource\tstatus\n"
                   "miR-105 genes\tHGNC:31492|HGNC:31493\tMIR105-1|MIR105-2\tHGNC\tVERIFIED\n"
                   "both\tGO:1|GO:2\tone label\tGO\tVERIFIED\n", encoding="utf-8")
    rows = load_identifiers(tsv)
    assert [(r.curie, r.label) for r in rows] == [("HGNC:31492", "MIR105-1"), ("HGNC:31493", "MIR105-2"),
                                                  ("GO:1", "one label"), ("GO:2", "one label")]


LEX = Lexicon([
    Entity("MSC", "mesenchymal stem cell", "MesenchymalStemCell", ("MSCs",), (Xref("CL:0000134"),)),
    Entity("iMSC", "iPSC-derived MSC", "MesenchymalStemCell", (), (Xref("CL:0000134", "broad"),)),
    Entity("NF-kB", "NF-\u03baB signalling", "Pathway", ("NF-kappaB",)),
    Entity("EV", "extracellular vesicle", "ExtracellularVesicle", ("ev",)),
    Entity("exosome", "exosome", "Exosome", ("EV",)),
])


@pytest.mark.parametrize("name, eid", [
    ("msc", "MSC"), ("MESENCHYMAL STEM CELL", "MSC"), ("MSCs", "MSC"),
    ("nf\u2013\u03bab  signalling", "NF-kB"),  # an en dash and a double space
    ("NF\u2011kappaB", "NF-kB"),  # a non-breaking hyphen
    ("CL:0000134", "MSC"),  # exact beats broad: iMSC is only broadly a CL:0000134
    ("http://purl.obolibrary.org/obo/CL_0000134", "MSC"),
    ("https://w3id.org/exokg/entity/iMSC", "iMSC"),
    ("EV", "EV"),  # an id beats another entity's synonym
])
def test_resolve_is_exact_up_to_case_dashes_and_spaces(name, eid):
    assert LEX.resolve(name).id == eid


def test_a_name_two_entities_share_at_one_rank_is_ambiguous():
    lex = Lexicon([Entity("a", "A", "Molecule", ("shared",)), Entity("b", "B", "Molecule", ("Shared",))])
    with pytest.raises(AmbiguousEntityError, match="'shared' names several entities: a, b; use one of these ids"):
        lex.resolve("shared")


@pytest.mark.parametrize("name, suggestions", [
    ("mesenchymal stem cels", ["mesenchymal stem cell"]),
    ("exosomes", ["exosome"]),
    ("signalling", ["NF-\u03baB signalling"]),  # a part of a name
])
def test_an_unknown_name_suggests_without_guessing(name, suggestions):
    with pytest.raises(UnknownEntityError) as exc:
        LEX.resolve(name)
    assert list(exc.value.suggestions[: len(suggestions)]) == suggestions


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.lists(entities(TYPES), min_size=1, max_size=5, unique_by=lambda e: e.id))
def test_every_name_of_an_entity_resolves_to_it(ents):
    def names(e):
        return {normalize(n) for n in (e.id, e.label, *e.synonyms, *(x.curie for x in e.xrefs))}
    for e in ents:
        for f in ents:
            assume(e is f or not names(e) & names(f))
    lex = Lexicon(ents)
    for e in ents:
        for name in (e.id, e.iri, e.label, *e.synonyms, *(x.curie for x in e.xrefs), *(x.iri for x in e.xrefs)):
            assert lex.resolve(name) == e
            assert lex.resolve(" " + name.replace("-", "\u2010") + " ") == e


@given(st.text(max_size=30))
def test_normalize_is_idempotent_and_trims(text):
    n = normalize(text)
    assert normalize(n) == n
    assert n == n.strip() and "  " not in n


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=12), max_size=8))
def test_names_normalised_together_are_normalised_one_by_one(names):
    from kg.lexicon import normalize_all
    assert normalize_all(names) == [normalize(n) for n in names]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entities(TYPES), max_size=6, unique_by=lambda e: e.id))
def test_a_lexicon_over_saved_entity_columns_resolves_as_one_over_the_entities(tmp_path_factory, ents):
    """Property: the columns a saved graph reopens with (tiers built on demand) resolve every name
    (id, IRI, label, synonym, CURIE, IRI of a cross-reference) to the same entity, or fail the same way."""
    from kg.model import EntityList
    from kg.tables import _entities_from_json, _entities_json
    import json

    saved = _entities_from_json(json.loads(json.dumps(_entities_json(EntityList.of(ents)))))
    assert list(saved) == ents
    names = [n for e in ents for n in (e.id, e.iri, e.label, *e.synonyms, *(x.curie for x in e.xrefs),
                                       *(x.iri for x in e.xrefs))] + ["no such name"]

    def outcome(lex, name):
        try:
            return lex.resolve(name).id
        except (UnknownEntityError, AmbiguousEntityError) as exc:
            return type(exc).__name__, str(exc)

    objects, columns = Lexicon(ents), Lexicon(saved)
    for name in names:
        assert outcome(columns, name) == outcome(objects, name), name


def test_an_entity_is_found_by_its_iri_and_ids_differing_in_case_are_ambiguous():
    lex = Lexicon([Entity("Mir21", "m one", "MicroRNA"), Entity("mir21", "m two", "MicroRNA"),
                   Entity("PTEN", "PTEN", "GeneOrProtein")])
    assert lex.resolve("https://w3id.org/exokg/entity/PTEN").id == "PTEN"
    with pytest.raises(AmbiguousEntityError, match="Mir21"):
        lex.resolve("MIR21")
