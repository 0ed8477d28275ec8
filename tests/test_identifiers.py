"""Identifiers: standard CURIEs first, spelt as bioregistry prefers, checked with bioregistry offline."""
from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from kg.identifiers import equivalent_curies, local_curie, other_xrefs, primary_curie
from kg.vocab import CURIE_PREFIXES
from helpers import no_network


@pytest.fixture(scope="module")
def registry():
    """bioregistry imported and used with every socket refused: it reads the data its package ships."""
    with no_network() as (_, attempts):
        module = importlib.import_module("bioregistry")
        module.read_registry()
        yield module
    assert attempts == []


def _biolink_prefixes() -> set[str]:
    root = Path(list(importlib.import_module("biolink_model").__path__)[0])
    return set(json.loads((root / "prefixmaps" / "biolink-model-prefix-map.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("prefix", sorted(CURIE_PREFIXES))
def test_curie_prefixes_are_bioregistrys_preferred_forms(registry, prefix):
    """Where bioregistry curates a spelling (CL, NCBITaxon) it is ours; where it has none (hgnc),
    ours is the registered prefix in the case Biolink writes it, so KGX consumers read it too."""
    canonical = registry.normalize_prefix(prefix)
    assert canonical is not None, f"{prefix} is not registered in bioregistry"
    preferred = registry.get_preferred_prefix(canonical)
    if preferred is not None:
        assert prefix == preferred
    else:
        assert prefix == canonical or (prefix.lower() == canonical and prefix in _biolink_prefixes())
    sample = {"HGNC": "9588", "mirbase": "MI0000077", "mirbase.mature": "MIMAT0000076", "NCBITaxon": "10116",
              "biolink": "Gene", "EFO": "0004905", "cellosaurus": "0286"}.get(prefix, "0000001")
    parsed = registry.parse_iri(CURIE_PREFIXES[prefix] + sample)
    assert parsed is not None and parsed[0] == canonical, f"bioregistry reads {CURIE_PREFIXES[prefix]} as {parsed}"


def test_every_seed_entity_has_one_identifier_and_no_two_share_it(seed_graph):
    entities = seed_graph.entities()
    ids = [primary_curie(e) for e in entities]
    assert len(set(ids)) == len(ids)
    for e in entities:
        exact = [x.curie for x in e.xrefs if x.match == "exact"]
        assert primary_curie(e) == (exact[0] if exact else local_curie(e))
        assert set(equivalent_curies(e)) | {primary_curie(e)} == set(exact) | {local_curie(e)}
        assert not set(other_xrefs(e)) & set(exact)
        assert primary_curie(e).split(":")[0] in CURIE_PREFIXES or primary_curie(e) == local_curie(e)


def test_the_projects_own_prefixes_are_registered_nowhere(registry):
    """Regression: exo: and ev: were bioregistry's prefixes of the Exposure Ontology and eVOC."""
    from kg.vocab import PREFIXES

    own = {p for p, ns in PREFIXES.items() if ns.startswith("https://w3id.org/exokg/")}
    assert own == {"exokg", "ent", "stmt", "exokgev", "doc", "study"}
    mapped = {ext.lower() for r in registry.read_registry().values() for ext in (r.mappings or {}).values()}
    for prefix in sorted(own):
        assert registry.normalize_prefix(prefix) is None, prefix
        assert prefix.lower() not in mapped, f"{prefix} is another registry's prefix"
    assert registry.normalize_prefix("exo") == "exo" and registry.normalize_prefix("ev") == "ev"
