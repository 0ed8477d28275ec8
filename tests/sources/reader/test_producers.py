"""Where vesicles come from, by their names (kg.sources.reader.producers)."""
from __future__ import annotations

import pytest

from kg.sources.reader import Reader


@pytest.mark.parametrize("text, expected", [
    # stem cells by initials no sentence defined: MSCs in capitals after a lower-case species, other stem cells
    ("hUCMSC-Exos reduced apoptosis.", ("hUCMSC-Exos", "hUCMSC", "MesenchymalStemCell")),
    ("USC-EVs raised KLF4.", ("USC-EVs", "USC", "StemCell")),
    ("ADSC-EVs raised KLF4.", ("ADSC-EVs", "ADSC", "StemCell")),
    # the long form before it defines them
    ("Adipose-derived stem cells (ADSCs) were cultured. ADSC-EVs raised KLF4.", ("ADSC-EVs", "ADSC", "StemCell")),
])
def test_vesicles_glued_to_the_initials_of_stem_cells_derive_from_them(text, expected):
    res = Reader().read(text)
    got = [(a.text, o.text, o.entity.type) for s, (a, o) in zip(res.statements, res.arguments) if s.predicate == "derives_from"]
    assert got == [expected], got


def test_vesicles_glued_to_a_mirna_or_a_gene_do_not_derive_from_it():
    res = Reader().read("We made miR-21-Exos and PTEN-EVs. The miR-21-Exos and PTEN-EVs reduced apoptosis.")
    assert not [s for s in res.statements if s.predicate == "derives_from"], res.statements
