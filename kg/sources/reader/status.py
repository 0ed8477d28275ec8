"""Epistemic status of a claim from the words of its sentence (seeds/README.md gives the rules).

The scope is the sentence up to the end of the claim's own span, so a hedge in a later clause
("vesicles containing hyaluronan, which may explain ...") does not weaken the earlier claim.
"""
from __future__ import annotations

import re

_QUESTION = re.compile(r"\?|\bwhether\b|\b(?:determine|examine|test|investigate|assess|evaluate|explore|clarify|ask)\s+if\b|\bremains?\s+(?:uncertain|unclear|unknown|to\s+be\s+seen)\b|\bit\s+is\s+unclear\b", re.I)
_PREDICTION = re.compile(r"\bwill\b|\bpredict(?:s|ed|ion)?\b|\bexpected\s+to\b|\bshall\b|\bin\s+the\s+(?:near\s+)?future\b"
                         # a therapy promised, not yet shown: "a promising therapy for SUI", "hold great promise for"
                         r"|\bpromising\s+(?:[\w-]+\s+){0,2}?(?:therap\w*|treatments?|approach\w*|strateg\w*|options?|tools?|agents?)"
                         r"\s+(?:for|in|to|against)\b|\bhold\w*\s+(?:great\s+|much\s+)?promise\b|\bpromise\s+(?:for|in|of)\b", re.I)
_HYPOTHESIS = re.compile(
    r"\b(?:may|might|could|would|should|perhaps|possibly|possible|potentially|likely|presumably|putative(?:ly)?"
    r"|suggests?|suggested|suggesting|propose[sd]?|hypothes[ie][sz]e?[sd]?|speculate[sd]?|wonder"
    r"|appears?\s+to|seems?\s+to|believe[sd]?|belief|if|(?:thought|presumed|assumed)\s+to"
    r"|tend(?:s|ed)?\s+to|trend(?:s|ed)?\s+(?:toward|towards|to))\b",  # a trend is not yet a finding
    re.I,
)


# the words an abstract says a question is still open with ("remains unclear", "has not been studied"), shared with
# the rules that read a study's open question (phrases)
OPEN_WORDS = r"unclear|unknown|obscure|elusive|unexplored"
UNDONE_WORDS = r"evaluated|studied|explored|investigated|elucidated|clarified|reported"
# what the claim's words are the subject of, right after them: "the therapeutic effects of X on AAA remain largely
# unexplored", "... in IDD has not been studied" (the open state is said after the claim, out of its scope)
_OPEN_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:in\s+(?:[\w-]+\s+){1,3}?)?(?:remains?|is|are|has|have)\s+(?:been\s+)?"
    r"(?:still\s+|largely\s+|so\s+far\s+|yet\s+)*"
    rf"(?:{OPEN_WORDS}|uncertain|poorly\s+understood|not\s+(?:yet\s+)?(?:been\s+)?(?:{UNDONE_WORDS}|understood))\b", re.I)


# "could" that reports what was seen, not what might be: "... could be observed", "EVs could be absorbed by TSCs",
# "The results showed that MSC-exo could significantly attenuate ..." (a hedge word beside it still hedges)
_RESULT_COULD = re.compile(r"\bcould(?=\s+be\s+(?:observed|detected|seen|found|absorbed|internali[sz]ed|taken\s+up)\b)"
                           r"|(\b(?:found|showed|shown|demonstrated|revealed|results|confirmed)\b[^.]*?)\bcould\b", re.I)


def _as_reported(scope: str) -> str:
    """*scope* with its result-reporting "could" read as "did"."""
    return _RESULT_COULD.sub(lambda m: (m.group(1) or "") + "did", scope)


def status_of(scope: str, after: str = "") -> str:
    """'question', 'prediction', 'hypothesis' or 'finding' for the words in *scope*; *after*, the words right after
    the claim, make a finding a question where they say it is still open.

    >>> status_of("miR-21 suppresses PTEN")
    'finding'
    >>> status_of("exosomes may suppress inflammation"), status_of("exosomes will enhance repair")
    ('hypothesis', 'prediction')
    >>> status_of("Whether exosomes remyelinate axons remains uncertain.")
    'question'
    >>> status_of("exosomes tended to reduce IL-6"), status_of("exosomes are thought to carry RNAs")
    ('hypothesis', 'hypothesis')
    >>> status_of("The aim was to determine if exosomes reduce IL-6")
    'question'
    >>> status_of("the therapeutic effects of MSC-Exo on AAA", " remain largely unexplored.")
    'question'
    >>> status_of("X cut Y", ", and the mechanism remains unclear")
    'finding'
    >>> status_of("The results showed that X could reduce Y"), status_of("X could reduce Y")
    ('finding', 'hypothesis')
    """
    if _QUESTION.search(scope):
        return "question"
    if _PREDICTION.search(scope):
        return "prediction"
    if _HYPOTHESIS.search(_as_reported(scope)):
        return "hypothesis"
    return "question" if _OPEN_AFTER.match(after) else "finding"
