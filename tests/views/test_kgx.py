"""KGX export: Biolink categories and predicates read from the ontology, checked offline by KGX itself.

KGX and the Biolink Model Toolkit fetch the model and a JSON-LD context from the web by default. Here
they read the files the ``biolink-model`` package installs, with every socket refused, and the test
fails if anything so much as tried to connect.
"""
from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from kg.cli import main
from kg.errors import OutputError
from kg.ontology import Ontology
from kg.rdf.validate import shacl
from kg.views.base import writer
from kg.views.kgx import EDGE_COLUMNS, NODE_COLUMNS, biolink_category, biolink_predicate, edge_rows, node_rows
from kg.vocab import BIOLINK, EXO, PREFIXES
from helpers import MINI_ARGS, no_network

#: Prefixes of node ids that Biolink's prefix map lacks, and why the export may still use them.
NOT_IN_BIOLINK = {
    "ent": "the project's own entities, for those with no standard term",
    "mirbase.mature": "mature miRNAs: registered in bioregistry, absent from Biolink 4's prefix map",
}


def _read_tsv(path: Path) -> list[dict[str, str]]:
    header, *lines = path.read_text(encoding="utf-8").splitlines()
    return [dict(zip(header.split("\t"), line.split("\t"))) for line in lines]


@pytest.fixture(scope="module")
def offline():
    """bmt and KGX imported and configured with every network connection refused (and recorded)."""
    with no_network() as (mp, attempts):
        biolink_model = importlib.import_module("biolink_model")
        root = Path(list(biolink_model.__path__)[0])
        schema = root / "schema" / "biolink_model.yaml"
        toolkit_module = importlib.import_module("bmt.toolkit")
        # Toolkit() defaults to the model and predicate map on GitHub; KGX calls Toolkit() at import.
        mp.setattr(toolkit_module.Toolkit.__init__, "__defaults__", (str(schema), {"predicate mappings": []}))
        config = importlib.import_module("kgx.config")
        context = json.loads((root / "prefixmaps" / "biolink-model-prefix-map.json").read_text(encoding="utf-8"))
        registry = importlib.import_module("bioregistry")
        extra = {"ent": PREFIXES["ent"], "mirbase.mature": registry.get_uri_prefix("mirbase.mature")}
        assert set(extra) == set(NOT_IN_BIOLINK) and not set(extra) & set(context)
        # KGX's validator knows prefixes from this JSON-LD context (by default downloaded from GitHub).
        mp.setitem(config.jsonld_context_map, "biolink", {**context, **extra})
        validator = importlib.import_module("kgx.validator")
        transformer = importlib.import_module("kgx.transformer")
        toolkit = toolkit_module.Toolkit()
        yield SimpleNamespace(toolkit=toolkit, Validator=validator.Validator, Transformer=transformer.Transformer,
                              biolink_prefixes=set(context), attempts=attempts)


@pytest.fixture(scope="module")
def seed_export(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("kgx")
    result = CliRunner().invoke(main, ["export", "--format", "kgx", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_seed_export_validates_offline_with_kgx(offline, seed_export, seed_graph):
    t = offline.Transformer()
    t.transform({"filename": [str(seed_export / "nodes.tsv"), str(seed_export / "edges.tsv")], "format": "tsv"})
    G = t.store.graph
    v = offline.Validator()
    assert v.get_validation_model_version() == offline.toolkit.get_model_version()
    v.validate(G)
    errors = v.get_errors("ERROR")
    # KGX checks CamelCase with ^([A-Z][a-z\d]+)+$, which Biolink's own class name MicroRNA fails;
    # the model itself says it is a category and no mixin.
    camel = errors.get("INVALID_CATEGORY", {}).pop("Category 'MicroRNA' is not in CamelCase form", None)
    assert camel is not None and offline.toolkit.is_category("microRNA") and not offline.toolkit.is_mixin("microRNA")
    assert {k: v for k, v in errors.items() if v} == {}
    assert offline.attempts == []
    assert G.number_of_nodes() == len(seed_graph.entities())
    # KGX keys edges by subject, predicate and object: carries and delivers of one pair share has_part.
    rows = _read_tsv(seed_export / "edges.tsv")
    assert len(rows) == len(seed_graph.statements())
    assert {(u, v, d["predicate"]) for u, v, d in G.edges(data=True)} == {(r["subject"], r["object"], r["predicate"]) for r in rows}


def test_every_term_the_export_uses_is_in_the_biolink_model(offline, seed_export, ontology):
    tk = offline.toolkit
    for name in ontology.entity_classes:
        category = biolink_category(ontology, name).split(":")[1]
        assert tk.is_category(category) and not tk.is_mixin(category), name
    levels = set(tk.view.get_enum("KnowledgeLevelEnum").permissible_values)
    agents = set(tk.view.get_enum("AgentTypeEnum").permissible_values)
    directions = set(tk.view.get_enum("DirectionQualifierEnum").permissible_values)
    for name in ontology.relations:
        mapped = biolink_predicate(ontology, name)
        assert tk.is_predicate(mapped.predicate.split(":")[1]), name
        for slot, value in mapped.qualifiers:
            assert tk.is_qualifier(slot) or slot == "qualified_predicate", (name, slot)
            if slot == "object_direction_qualifier":
                assert value in directions
            if slot == "qualified_predicate":
                assert tk.is_predicate(value.split(":")[1])
    rows = _read_tsv(seed_export / "edges.tsv")
    assert {r["knowledge_level"] for r in rows} <= levels and {r["agent_type"] for r in rows} <= agents
    nodes = _read_tsv(seed_export / "nodes.tsv")
    used = {r["id"].split(":")[0] for r in nodes}
    assert used - offline.biolink_prefixes <= set(NOT_IN_BIOLINK)
    assert offline.attempts == []


def test_signed_relations_become_affects_with_a_direction(mini_graph):
    rows = {(r["subject"], r["original_predicate"], r["object"]): r for r in edge_rows(mini_graph)}
    down = rows[("mirbase.mature:MIMAT0000076", "exokg:decreases", "HGNC:9588")]
    assert (down["predicate"], down["qualified_predicate"], down["object_direction_qualifier"]) == \
        ("biolink:affects", "biolink:causes", "decreased")
    cargo = rows[("ent:MSC-exosome", "exokg:carries", "mirbase.mature:MIMAT0000076")]
    assert cargo["predicate"] == "biolink:has_part" and "object_direction_qualifier" not in cargo
    assert rows[("CL:0000134", "exokg:secretes", "ent:MSC-exosome")]["predicate"] == "biolink:produces"


def test_evidence_columns_find_every_quote_again(mini_graph):
    """Each exokg_evidence record names a document and offsets where the edge's quote stands verbatim."""
    rows = {r["id"].split(":")[1]: r for r in edge_rows(mini_graph)}
    for s in mini_graph.statements():
        row = rows[s.id]
        assert row["epistemic_status"] == s.status
        assert row["knowledge_level"] == ("prediction" if s.status == "hypothesis" else "knowledge_assertion")
        for record in row["exokg_evidence"]:
            status, curation, doc, span = record.split(" ")
            start, end = map(int, span.split("-"))
            quote = mini_graph.document(doc.split(":")[1]).text[start:end]
            assert quote in row["supporting_text"] and status == s.status and curation == "curated"
        assert set(row["supporting_text"]) == {ev.quote for ev in s.evidence}
        assert row["publications"] == ["doc:m01"]


def test_nodes_answer_to_their_standard_identifier(mini_graph):
    nodes = {r["name"]: r for r in node_rows(mini_graph)}
    assert (nodes["mesenchymal stem cell"]["id"], nodes["mesenchymal stem cell"]["equivalent_identifiers"]) == \
        ("CL:0000134", ["ent:MSC"])
    assert (nodes["MSC exosome"]["id"], nodes["MSC exosome"]["equivalent_identifiers"]) == ("ent:MSC-exosome", [])
    assert nodes["PTEN"]["category"] == ["biolink:Gene"]  # GeneOrProtein: a concrete class, not the mixin
    assert nodes["miR-21"]["category"] == ["biolink:MicroRNA"]


def test_seed_identifiers_are_unique_and_keep_close_matches_apart(seed_export, seed_graph):
    nodes = {r["iri"]: r for r in _read_tsv(seed_export / "nodes.tsv")}
    assert len({r["id"] for r in nodes.values()}) == len(nodes) == len(seed_graph.entities())
    imsc = nodes[seed_graph.entity("iMSC").iri]
    assert imsc["id"] == "ent:iMSC" and "CL:0000134" in imsc["xref"].split("|")  # only a broad match
    ivdd = nodes[seed_graph.entity("IVDD").iri]
    assert (ivdd["id"], ivdd["equivalent_identifiers"]) == ("MONDO:0011385", "DOID:90|ent:IVDD")


def _ontology_with(change) -> Ontology:
    g = Graph()
    for t in Ontology.load().graph:
        g.add(t)
    change(g)
    return Ontology(g)


def test_the_mapping_comes_from_the_ontology():
    onto = _ontology_with(lambda g: (g.remove((EXO.crosses, SKOS.broadMatch, None)),
                                     g.add((EXO.crosses, SKOS.closeMatch, BIOLINK.located_in))))
    assert biolink_predicate(onto, "crosses").predicate == "biolink:located_in"
    onto = _ontology_with(lambda g: (g.remove((EXO.Exosome, SKOS.closeMatch, None)),))
    assert biolink_category(onto, "Exosome") == "biolink:CellularComponent"  # from ExtracellularVesicle


@pytest.mark.parametrize("change, call, message", [
    (lambda g: g.add((EXO.carries, SKOS.relatedMatch, BIOLINK.related_to)),
     lambda o: biolink_predicate(o, "carries"), "relation carries needs exactly one SKOS mapping"),
    (lambda g: g.remove((EXO.located_in, SKOS.exactMatch, BIOLINK.located_in)),
     lambda o: biolink_predicate(o, "located_in"), "it has 0"),
    (lambda g: g.add((EXO.MicroRNA, SKOS.broadMatch, BIOLINK.Gene)),
     lambda o: biolink_category(o, "MicroRNA"), "class MicroRNA maps to several Biolink classes"),
])
def test_an_ambiguous_or_missing_mapping_is_refused(change, call, message):
    with pytest.raises(OutputError, match=message):
        call(_ontology_with(change))


@pytest.mark.parametrize("change, message", [
    (lambda g: g.remove((EXO.decreases, SKOS.broadMatch, BIOLINK.affects)), "exactly one SKOS mapping to a Biolink predicate"),
    (lambda g: g.add((EXO.decreases, SKOS.relatedMatch, BIOLINK.regulates)), "exactly one SKOS mapping to a Biolink predicate"),
    (lambda g: g.add((EXO.regulates, BIOLINK.object_direction_qualifier, Literal("up"))), "'increased' or 'decreased'"),
])
def test_shapes_require_one_biolink_predicate_per_relation(mini_graph, change, message):
    g = Graph()
    for t in mini_graph.rdf:
        g.add(t)
    assert shacl(g) == []
    change(g)
    assert any(message in str(r) for r in shacl(g))


def test_export_command_writes_a_folder(tmp_path):
    out = tmp_path / "kgx"
    first = CliRunner().invoke(main, [*MINI_ARGS, "export", "--format", "kgx", "--out", str(out)])
    assert first.exit_code == 0, first.output
    nodes, edges = (out / "nodes.tsv").read_bytes(), (out / "edges.tsv").read_bytes()
    assert nodes.split(b"\n")[0].decode().split("\t") == list(NODE_COLUMNS)
    assert edges.split(b"\n")[0].decode().split("\t") == list(EDGE_COLUMNS)
    assert len(edges.splitlines()) == 1 + 5
    again = CliRunner().invoke(main, [*MINI_ARGS, "export", "--format", "kgx", "--out", str(out)])
    assert again.exit_code == 0 and (out / "nodes.tsv").read_bytes() == nodes and (out / "edges.tsv").read_bytes() == edges
    for bad in (["--out", "-"], [], ["--out", str(out / "nodes.tsv")]):
        result = CliRunner().invoke(main, [*MINI_ARGS, "export", "--format", "kgx", *bad])
        assert result.exit_code == 1 and "writes a folder of files; give --out DIR" in result.output
    assert (out / "nodes.tsv").read_bytes() == nodes


def test_build_writes_kgx_beside_the_rdf(tmp_path):
    result = CliRunner().invoke(main, [*MINI_ARGS, "build", "--out", str(tmp_path), "--no-html",
                                       "--format", "turtle", "--format", "kgx"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "kg.kgx").iterdir()) == ["edges.tsv", "nodes.tsv"]
    exported = CliRunner().invoke(main, [*MINI_ARGS, "export", "--format", "kgx", "--out", str(tmp_path / "x")])
    assert exported.exit_code == 0
    for name in ("nodes.tsv", "edges.tsv"):
        assert (tmp_path / "kg.kgx" / name).read_bytes() == (tmp_path / "x" / name).read_bytes()


def test_a_quote_kgx_cannot_carry_is_refused(mini_graph, monkeypatch):
    """KGX TSV has no escapes: a tab inside a quote would shift every later column of the row."""
    s = mini_graph.statements()[0]
    bad = type(s)(s.subject, s.predicate, s.object, s.sign,
                  (type(s.evidence[0])(s.evidence[0].document, "a\tb", 0, 3),))
    monkeypatch.setattr(type(mini_graph), "statements", lambda self, *a, **k: [bad])
    with pytest.raises(OutputError, match=r"column supporting_text: 'a\\tb' holds a tab"):
        writer("kgx").render(mini_graph)



def test_an_ingested_graph_exports_with_provisional_entities_under_their_own_ids(tmp_path, monkeypatch):
    """After `kg ingest`, the reader's "ADSC exosomes" carries GO's extracellular exosome exactly, as the
    curated "exosome" does: the export no longer stops ("KGX would merge them"); the curated entity
    keeps the GO id, the provisional one its own CURIE with the GO term as an xref, from the seeds and
    from the built RDF alike (the RDF says which entities are provisional)."""
    import shutil
    from helpers import ROOT
    seeds, onto = tmp_path / "seeds", tmp_path / "ontology"
    shutil.copytree(ROOT / "seeds", seeds)
    shutil.copytree(ROOT / "ontology", onto)
    monkeypatch.setenv("KG_ONTOLOGY", str(onto))
    doc = tmp_path / "adsc.txt"
    doc.write_text("ADSC exosomes and wound healing.\n\nIn diabetic mice, ADSC exosomes lowered inflammation "
                   "and raised angiogenesis.\n", encoding="utf-8")
    args = ["--seeds", str(seeds), "--lexicon", str(onto / "lexicon.yaml")]
    res = CliRunner().invoke(main, [*args, "ingest", str(doc), "--out", str(tmp_path / "build")])
    assert res.exit_code == 0, res.output
    for source, out in ((args, tmp_path / "a"), (["--graph", str(tmp_path / "build" / "kg.ttl")], tmp_path / "b")):
        res = CliRunner().invoke(main, [*source, "export", "--format", "kgx", "--out", str(out)])
        assert res.exit_code == 0, res.output
    nodes = {r["name"]: r for r in _read_tsv(tmp_path / "a" / "nodes.tsv")}
    assert nodes["exosome"]["id"] == "GO:0070062"
    adsc = nodes["ADSC exosome"]
    assert adsc["id"].startswith("ent:") and adsc["xref"] == "GO:0070062" and adsc["equivalent_identifiers"] == ""
    edges = _read_tsv(tmp_path / "a" / "edges.tsv")
    assert any(r["subject"] == adsc["id"] for r in edges)
    for name in ("nodes.tsv", "edges.tsv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
