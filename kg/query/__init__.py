"""Questions over a graph, one module per family, each a set of functions taking the graph's data:
:mod:`.paths` (how does X reach Y), :mod:`.reach` (what does X reach, what reaches X),
:mod:`.claims` (contradictions, counts), :mod:`.sparql` (named and own SPARQL queries);
:mod:`.walks` holds the Path objects and edge filters they share."""
