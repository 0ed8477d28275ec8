"""Where vesicles (and cells) come from, by their names: "ADSC-derived exosomes", "exosomes derived from
BMSCs", and a glued name new to the lexicon, "BMSC-Exos", "hucMSC-EVs", "ADSC-EVs".
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Entity
from .names import DASH, GLUED_PRODUCER, STEM_OR_STROMAL, Mention, without_short_forms

# MSCs named with their tissue, which no lexicon name holds whole (the producer of a defined vesicle name)
_TISSUE_MSC = re.compile(rf"(?:marrow|cord|adipose|placenta|pulp|jelly|tonsil|umbilical).*(?:(?:mesenchymal|stromal)\s+(?:{STEM_OR_STROMAL}\s+)?cells?|\sMSCs?)$", re.I)
_GLUED_MSC = re.compile(r"[a-z]{1,4}MSC|[a-z]{0,2}[A-Z]{1,4}MSC")  # an MSC named by its source's initials ("hucMSC", "hUCMSC")
_GLUED_STEM = re.compile(r"[a-z]{0,2}[A-Z]{1,4}SC")  # other stem cells so named ("ADSC", "USC", "NSC")


class ProducerSteps:
    """The producer of each vesicle (or cell) mention whose name says it, for a recogniser that has ``lookup``,
    ``_new`` and ``_is_a``.

    >>> from kg.lexicon import Lexicon
    >>> from kg.ontology import Ontology
    >>> from kg.sources.reader.ner import Recognizer
    >>> found = Recognizer(Lexicon([]), Ontology.load()).find("USC-EVs and hucMSC-EVs lowered IL-6")
    >>> [(m.text, m.producer.label, m.producer.type) for m in found if m.producer]
    [('USC-EVs', 'USC', 'StemCell'), ('hucMSC-EVs', 'hucMSC', 'MesenchymalStemCell')]
    """

    def _producers(self, text: str, out: list[Mention], abbrevs: dict[str, Entity]) -> list[Mention]:
        # "ADSC-derived exosomes" found whole (as a lexicon name or a long form): its producer too.
        # (a glued name new to the lexicon, "BMSC-Exos", says where they come from the first time)
        glued_seen: set[str] = set()
        folded = {a.lower(): e for a, e in abbrevs.items()}  # ("HucMSC exosome" after "hucMSCs")
        for i, m in enumerate(out):
            if m.producer is not None:  # (its short form after it is the same vesicles, from the same cells)
                glued_seen.add(m.entity.id)
            if m.producer is None and (self._is_a(m.entity.type, "ExtracellularVesicle")
                                       or self._is_a(m.entity.type, "CellType")):
                d = (re.search(r"derived\s+from\s+(.+?)(?:\s*[(\[][^)\]]*[)\]])?$", m.text)
                     or re.match(rf"(.+?)(?:{DASH}|\s+)derived\s+(?!from\b)", m.text)
                     or (GLUED_PRODUCER.match(m.text) if self._is_a(m.entity.type, "ExtracellularVesicle")
                         and m.source != "lexicon" and m.entity.id not in glued_seen else None))
                if d and d.re is GLUED_PRODUCER:
                    glued_seen.add(m.entity.id)
                if d:
                    name = without_short_forms(d.group(1))  # ("induced pluripotent stem cell (iPSC)-derived")
                    p = abbrevs.get(name) or abbrevs.get(name.rstrip("s")) or self.lookup(name) \
                        or folded.get(name.lower()) or folded.get(name.lower().rstrip("s"))
                    twice = re.match(rf"(.+)(?:{DASH}|\s+)derived\s+(?!from\b)", m.text) if p is None else None
                    if twice and twice.end(1) > d.end(1):  # "umbilical cord-derived MSC-derived EVs": the cells, not the cord
                        name = without_short_forms(twice.group(1))
                        p = self.lookup(name)
                    # a glued name no long form before it explains ("(BMSC-Exos)" after one says how)
                    glued = d.re is GLUED_PRODUCER and not text[: m.start].endswith("(")
                    if p is None and (_TISSUE_MSC.search(name) or glued and _GLUED_MSC.fullmatch(name)):
                        # "Bone marrow mesenchymal stem cell-derived exosomes (BMSC-Exos)"; "BMMSC-sEVs", "hucMSC-EVs"
                        p = self._new(name, "MesenchymalStemCell")
                    elif p is None and glued and _GLUED_STEM.fullmatch(name):
                        p = self._new(name, "StemCell")  # "ADSC-EVs", "USC-Exos", "NSC-EXs": stem cells by their initials
                    if d.re is GLUED_PRODUCER and p is not None and not self._is_a(p.type, "CellType"):
                        p = None  # "miR-21-Exos" carry the miRNA; only cells make vesicles
                    if p is not None and p.id != m.entity.id:
                        out[i] = replace(m, producer=p)
                        glued_seen.add(m.entity.id)
        return out
