"""Documents -> statements: the curated seeds (:mod:`.seeds`), quote offsets (:mod:`.locate`) and
the machine reader (:mod:`.reader`). Every statement leaves here with its verbatim evidence."""
