"""The graph to other programs: a read-only SPARQL endpoint (:mod:`.serve`) and an upload to a
triple store through the Graph Store Protocol (:mod:`.push`)."""
