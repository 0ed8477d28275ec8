"""The reader: proposes grounded, evidence-backed statements from a new document.

Stages, one module each: :mod:`.documents` (files to text) -> :mod:`.sentences` (split, drop
boilerplate) -> :mod:`.ner`, :mod:`.patterns` and :mod:`.terms` (lexicon, abbreviations, names found by shape, standard names
of :mod:`.vocabulary`; :mod:`.compose` joins names made of names, :mod:`.producers` where vesicles come from by their names, :mod:`.proteins` a protein's modification, receptor and making, cells it marks, a molecule measured in serum) -> :mod:`.parse` (dependency parse, each name one token) -> :mod:`.extraction`
(statements from the parse; :mod:`.chains` the means a verb names, :mod:`.tokens` what a parsed word stands for) beside the rules of :mod:`.relations`, :mod:`.phrases`, :mod:`.settings` (what a study
was done in), :mod:`.rules` and
:mod:`.discourse`, :mod:`.blockers` (a fall named after its thing, an antibody named by what it blocks), with :mod:`.reversals` (changes a treatment reverses) last -> :mod:`.grounding` (standard identifiers) -> :mod:`.context` (organism, model
system, disease model) and :mod:`.status` (hedges); :mod:`.processor` drives them, :mod:`.result`
holds what comes out. The rule stages: :mod:`.relations` (triggers, arguments, negation, chains; "pro-/anti-"
adjectives, nominalised verbs, study settings, process verbs) -> :mod:`.status` (hedges);
:mod:`.discourse` reads across the sentences of a paragraph (a class of cargo followed by its
members, a donor condition as the agent of the changes reported after it, "Some"/"Most" subjects).
Sentence-level discourse rules live in
:mod:`.processor` (:class:`Reader`) and :mod:`.rules`: anaphora ("These vesicles", "They", a bare "exosomes" opening a sentence of the
same paragraph, "their secreted exosomes"), appositions, "generation of exosomes"/"MSCs as exosome
factories", "deliver cargo" bridged to the cargo said to be carried, vesicle surface proteins, "the
vesicles they secrete", "serum shows elevated levels of X", "in the circulation", "Chronic SCI presents
...: a, b and c", and one sense per head noun in a document. Every statement it returns obeys the
curation rules of seeds/README.md:
``text[start:end] == quote``, a relation of the ontology, typed subject and object; its evidence
says ``curation="machine-read"`` and carries a confidence.

>>> import kg.sources.reader as reader
>>> r = reader.read_text("Mesenchymal stem cell exosomes cross the blood-spinal cord barrier "
...                      "and may suppress inflammation.")
>>> [(str(s), s.evidence[0].status) for s in r.statements]
[('mesenchymal stem cell exosome -crosses-> blood-spinal cord barrier', 'finding'), \
('mesenchymal stem cell exosome -decreases-> inflammation', 'hypothesis')]
"""
from __future__ import annotations

from .api import read_file, read_text
from .processor import Reader
from .result import ReadResult, statement_json
from .sentences import split_sentences

__all__ = ["ReadResult", "Reader", "read_file", "read_text", "split_sentences", "statement_json"]
