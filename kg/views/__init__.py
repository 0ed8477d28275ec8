"""Every output, through one writer contract chosen by name (:mod:`.base`): RDF (:mod:`.rdf`),
networks for Cytoscape and yEd (:mod:`.network`), tables for people and programs (:mod:`.tables`),
and the interactive HTML page (:mod:`.html`)."""
