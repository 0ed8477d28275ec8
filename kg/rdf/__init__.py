"""Statements <-> RDF: assemble the graph (:mod:`.assemble`), read the model back from a store
(:mod:`.from_rdf`), and prove it sound (:mod:`.validate`: quotes at their offsets, SHACL shapes)."""
