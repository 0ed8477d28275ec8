"""Epistemic status of a claim from the words of its sentence (seeds/README.md gives the rules).

The scope is the sentence up to the end of the claim's own span, so a hedge in a later clause
("vesicles containing hyaluronan, which may explain ...") does not weaken the earlier claim.
"""
from __future__ import annotations

import re

_QUESTION = re.compile(r"\?|\bwhether\b|\bremains?\s+(?:uncertain|unclear|unknown|to\s+be\s+seen)\b|\bit\s+is\s+unclear\b", re.I)
_PREDICTION = re.compile(r"\bwill\b|\bpredict(?:s|ed|ion)?\b|\bexpected\s+to\b|\bshall\b|\bin\s+the\s+(?:near\s+)?future\b", re.I)
_HYPOTHESIS = re.compile(
    r"\b(?:may|might|could|would|should|perhaps|possibly|possible|potentially|likely|presumably|putative(?:ly)?"
    r"|suggests?|suggested|suggesting|propose[sd]?|hypothes[ie][sz]e?[sd]?|speculate[sd]?|wonder"
    r"|appears?\s+to|seems?\s+to|believe[sd]?|belief|if"
    r"|tend(?:s|ed)?\s+to|trend(?:s|ed)?\s+(?:toward|towards|to))\b",  # a trend is not yet a finding
    re.I,
)


def status_of(scope: str) -> str:
    """'question', 'prediction', 'hypothesis' or 'finding' for the words in *scope*.

    >>> status_of("miR-21 suppresses PTEN")
    'finding'
    >>> status_of("exosomes may suppress inflammation"), status_of("exosomes will enhance repair")
    ('hypothesis', 'prediction')
    >>> status_of("Whether exosomes remyelinate axons remains uncertain.")
    'question'
    >>> status_of("exosomes tended to reduce IL-6")
    'hypothesis'
    """
    if _QUESTION.search(scope):
        return "question"
    if _PREDICTION.search(scope):
        return "prediction"
    if _HYPOTHESIS.search(scope):
        return "hypothesis"
    return "finding"
