"""Name patterns and helpers: miRNAs, singulars, slugs, generic vesicles."""
from __future__ import annotations

from kg.model import Entity
from kg.sources.reader.names import MIRNA, is_generic_vesicle, singular, slug


def test_mirna_names():
    found = [m.group() for m in MIRNA.finditer("miR-21, microRNA-199a-3p, let-7b and hsa-miR-146a-5p")]
    assert found == ["miR-21", "microRNA-199a-3p", "let-7b", "hsa-miR-146a-5p"]


def test_helpers():
    assert singular("exosomes") == "exosome"
    # "species" is its own singular (it was read as "reactive oxygen specy"), "cytokines"/"therapies" are not
    assert [singular(n) for n in ("reactive oxygen species", "therapies", "series")] == [
        "reactive oxygen species", "therapy", "series"]
    assert slug("MSC-derived exosome") == "MSC-derived-exosome"
    assert is_generic_vesicle(Entity("exosome", "exosome", "Exosome"))
    assert not is_generic_vesicle(Entity("MSC-exosome", "MSC exosome", "Exosome"))
