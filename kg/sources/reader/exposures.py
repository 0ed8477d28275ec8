"""Exposures: what a document names as the insult its model is made with, and what a bare "X-induced" name says.

"laser-induced retinal injury" is one name (no list knows the laser), yet it says the laser raised the injury;
after "thoracic radiation", a bare "radiation-induced" means that radiation.
"""
from __future__ import annotations

import re
from typing import Callable

from ...model import Entity
from .names import INDUCED_WORDS, Mention, singular
from .relations import Claim


# a few lower-case words before "-induced" (a title's capital first): an exposure, not a symbol ("PM2.5-induced"),
# nor two ("ethanol and cerulein-induced")
_UNKNOWN_INDUCER = re.compile(r"((?-i:[A-Za-z][a-z]+)(?:\s(?!and\b|or\b)[a-z]+){0,2})"
                              rf"[-\u2010](?:{INDUCED_WORDS})\s")
_INDUCED_KINDS = ("DiseaseOrInjury", "Phenotype", "BiologicalProcess")


def document_exposures(mentions: list[Mention]) -> dict[str, Entity]:
    """The exposures a document names with a modifier, by their head word: "thoracic radiation" is what a bare
    "radiation-induced" means after it.

    >>> ms = [Mention(0, 18, "thoracic radiation", Entity("tr", "thoracic radiation", "Intervention"), "pattern")]
    >>> document_exposures(ms)["radiation"].label
    'thoracic radiation'
    """
    out: dict[str, Entity] = {}
    for m in mentions:
        if m.entity.type == "Intervention" and " " in m.text:
            out.setdefault(singular(m.text.split()[-1].lower()), m.entity)
    return out


def unknown_inducer_claims(mentions: list[Mention], exposures: dict[str, Entity], new_entity: Callable[[str, str], Entity],
                           is_disease: Callable[[str], bool] = lambda words: False) -> list[Claim]:
    """ "laser-induced retinal injury" stays one name (no list knows "laser" to split it off), yet it says the laser
    raised the injury: the document's own exposure of that head word (*exposures*), else a new one (*new_entity*),
    unless the words name a disease (*is_disease*) or something a list knows.

    >>> injury = Entity("i", "laser-induced retinal injury", "DiseaseOrInjury")
    >>> ms = [Mention(4, 32, "laser-induced retinal injury", injury, "pattern")]
    >>> new = lambda n, t: Entity(n, n, t, provisional=True)
    >>> [(c.subject.text, c.predicate, c.object.text) for c in unknown_inducer_claims(ms, {}, new)]
    [('laser', 'increases', 'laser-induced retinal injury')]
    """
    out: list[Claim] = []
    for m in mentions:
        if m.entity.type in _INDUCED_KINDS and (g := _UNKNOWN_INDUCER.match(m.text)):
            cause = exposures.get(singular(g.group(1).lower()))
            if cause is None and (is_disease(g.group(1)) or not (cause := new_entity(g.group(1), "Intervention")).provisional):
                continue  # a disease's own harm ("sepsis-induced ALI" kept whole) is its complication, not an exposure's
            words = Mention(m.start, m.start + len(g.group(1)), g.group(1), cause, "pattern", cause.provisional)
            out.append(Claim(words, "increases", m, m.start, m.end, 0.6))
    return out
