"""The main jobs, on top of the library: build the graph from the seeds (:mod:`.build`) and add a
new document read by the machine reader (:mod:`.ingest`)."""
