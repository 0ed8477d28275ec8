"""Steps on names that share words across "and" or a slash: "glucose and lipid metabolism" (glucose
metabolism too), "innate and adaptive immunity" (innate immunity too), "RIPK1/PGAM5" (two genes),
"miR-199a-3p/145-5p" (two miRNAs), "IL-4Rα/13Rα1/31Rα" (three receptors). The
:class:`~.ner.Recognizer` runs them in :meth:`~.ner.Recognizer.find` among the steps of :mod:`.compose`,
whose class builds on this one.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Entity
from .names import NOT_SYMBOLS, SYMBOL, Mention, singular
from .proteins import ProteinSteps

AND = re.compile(r"\s+(?:and|or)\s+")  # (compose reads lists with it too)
_SHARED_HEAD = re.compile(r"(?<=\s)(?:metabolism|uptake|transport|homeostasis|biosynthesis|synthesis)$")
# "the STAT3 and Hippo-YAP pathways", "PI3K/Akt, ERK and MAPK signaling pathways": the names before share the head;
# "the downstream pathways Akt and Erk": the class word before the names says what they are
_PATHWAYS_HEAD = re.compile(r"(?<=\s)((?:signal(?:l?ing)\s+)?(?:pathways|cascades)|signal(?:l?ing))$", re.I)
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
_PATHWAYS_BEFORE = re.compile(r"\bpathways\s+(?:such\s+as\s+|including\s+|like\s+)?$", re.I)
_PATHWAY_PART = ("GeneOrProtein", "CytokineOrGrowthFactor")
_SHARES_HEAD = ("BiologicalProcess", "Phenotype", "AnatomicalSite")
_WORD_AND = re.compile(r"(?<![\w-])([a-z]{4,})\s+and\s+$")
_MIRNA_MORE = re.compile(r"/(\d+[a-z]?(?:-\d)?(?:-[35]p)?)(?![\w])(?!-(?!mediated|dependent|induced|related|enriched|loaded))")
_FAMILY_HEAD = re.compile(r"(?:IL|CXCL|CCL|TLR|MMP|FGF|BMP)-?(?=\d)")  # a numbered family's prefix: "IL-", "CXCL"
_FAMILY_MORE = re.compile(r"(?:/\d{1,2}[A-Za-z\u03b1-\u03c9]{0,2}\d?)+(?![\w/-])")  # "/13Rα1/31Rα" after "IL-4Rα"


class CoordinationSteps(ProteinSteps):
    """The steps, for a recogniser that has ``lookup``, ``_new`` and ``_standard``.

    >>> from kg.lexicon import Lexicon
    >>> from kg.model import Entity
    >>> from kg.sources.reader.ner import Recognizer
    >>> lex = Lexicon([Entity("g", "glucose", "Molecule"), Entity("lm", "lipid metabolism", "BiologicalProcess")])
    >>> [(m.text, m.entity.label) for m in Recognizer(lex).find("It lowered RIPK1/PGAM5 and glucose and lipid metabolism.")]
    [('RIPK1', 'RIPK1'), ('PGAM5', 'PGAM5'), ('glucose', 'glucose metabolism'), ('lipid metabolism', 'lipid metabolism')]
    """

    def _shared_heads(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"glucose and lipid metabolism": the molecule before "and" shares the process word after it
        (glucose metabolism), as curators read it; the molecule itself is not what changed."""
        out = list(mentions)
        for i, (a, b) in enumerate(zip(mentions, mentions[1:])):
            head = _SHARED_HEAD.search(b.text)
            if head is None or a.entity.type != "Molecule" or " " in a.text or not AND.fullmatch(text, a.end, b.start) \
                    or b.entity.type not in ("BiologicalProcess", "Phenotype") or b.text.count(" ") != 1:
                continue
            name = f"{a.text} {head.group()}"
            e = self.lookup(name) or self._standard(name) or self._new(name, b.entity.type, name)
            out[i] = replace(a, entity=e, source="pattern", new=e.provisional)
        out = self._shared_pathway_heads(text, mentions, out)
        # "innate and adaptive immunity", "salivary and lacrimal glands": a word no name took before "and" shares
        # the head of the process or place after it, where the two make a known name
        ends = [m.end for m in mentions]
        for b in mentions:
            w = _WORD_AND.search(text, max(0, b.start - 30), b.start)
            if w is None or b.entity.type not in _SHARES_HEAD or b.text.count(" ") != 1 \
                    or any(w.start(1) < end <= b.start for end in ends):
                continue
            name = f"{w.group(1)} {b.text.split(' ', 1)[1]}"
            e = self.lookup(name) or self._standard(name) or self._place(name, b)
            if e is not None and (e.type == b.entity.type or {e.type, b.entity.type} <= {"BiologicalProcess", "Phenotype"}):
                out.append(Mention(w.start(1), w.end(1), w.group(1), e, "pattern" if e.provisional else "lexicon", e.provisional))
        return sorted(out, key=lambda m: m.start)

    def _place(self, name: str, after: Mention) -> Entity | None:
        """A place named *name* where the place *after* it is one and UBERON has the name ("salivary glands")."""
        if after.entity.type != "AnatomicalSite" or self.vocabulary is None \
                or not self.vocabulary.lookup(singular(name), ("anatomy",)):
            return None
        return self._new(name, "AnatomicalSite", name)

    def _shared_pathway_heads(self, text: str, mentions: list[Mention], out: list[Mention]) -> list[Mention]:
        """*out* (index for index *mentions*) with the genes listed before a plural pathway word, or after
        "pathways", named as their pathways: "the STAT3 and Hippo-YAP pathways" (the STAT3 pathway), "the
        downstream pathways Akt and Erk" (the Akt pathway)."""
        def as_pathway(i: int, tail: str) -> None:
            a = mentions[i]
            name = f"{a.text} {tail}"
            e = self.lookup(name) or self._standard(name) or self._new(name, "Pathway", name)
            out[i] = replace(a, entity=e, source="pattern", new=e.provisional)

        for k, b in enumerate(mentions):
            head = _PATHWAYS_HEAD.search(b.text) if b.entity.type == "Pathway" else None
            if head is not None:
                tail = re.sub(r"s$", "", head.group(1).lower())  # one pathway each: "pathways" -> "pathway"
                i = k - 1
                while i >= 0 and mentions[i].entity.type in _PATHWAY_PART and _LISTED.fullmatch(text, mentions[i].end, mentions[i + 1].start):
                    as_pathway(i, tail)
                    i -= 1
            elif b.entity.type in _PATHWAY_PART and _PATHWAYS_BEFORE.search(text, max(0, b.start - 40), b.start):
                j = k
                while j < len(mentions) and mentions[j].entity.type in _PATHWAY_PART and (
                        j == k or _LISTED.fullmatch(text, mentions[j - 1].end, mentions[j].start)):
                    as_pathway(j, "pathway")
                    j += 1
        return out

    def _split_slashes(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"RIPK1/PGAM5" names two genes, "miR-199a-3p/145-5p" two miRNAs; "NGF/TrkA signaling" stays one pathway."""
        def named(at: int, words: str, name: str, etype: str) -> Mention:  # one part, the words at *at*, named *name*
            e = self.lookup(name) or self._new(name, etype, name)
            return Mention(at, at + len(words), words, e, "pattern" if e.provisional else "lexicon", e.provisional)

        out: list[Mention] = []
        starts = {x.start for x in mentions}
        for m in mentions:
            more = _MIRNA_MORE.match(text, m.end) if m.entity.type == "MicroRNA" else None
            family = _FAMILY_HEAD.match(m.text) if m.entity.type in ("GeneOrProtein", "CytokineOrGrowthFactor") else None
            if family and (tail := _FAMILY_MORE.match(text, m.end)) and not any(m.end < x < tail.end() for x in starts):
                # "IL-4Rα/13Rα1/31Rα": each number after a slash shares the first name's family prefix
                out += [m] + [named(m.end + p.start(), p.group(), family.group() + p.group(), m.entity.type)
                              for p in re.finditer(r"[^/]+", tail.group())]
                continue
            if more and more.start(1) not in starts:
                # "miR-199a-3p/145-5p": the second name shares the first one's prefix
                head = re.match(r"(?:[a-z]{3}-)?(?:miR|microRNA)-?", m.text)
                out += [m, named(more.start(1), more.group(1), (head.group() if head else "miR-") + more.group(1), "MicroRNA")]
                continue
            parts = m.text.split("/")
            if len(parts) < 2 or m.entity.type not in ("GeneOrProtein", "MicroRNA", "CytokineOrGrowthFactor"):
                out.append(m)
                continue
            if m.entity.type == "MicroRNA":
                head = re.match(r"((?:[a-z]{3}-)?(?:miR|microRNA|let)-?)", parts[0])
                names = [parts[0]] + [p if not head or p.lower().startswith(("mir", "let", "micro")) else head.group(1) + p
                                      for p in parts[1:]]
            else:
                names = parts
            if not all(names) or (m.entity.type != "MicroRNA" and not all(SYMBOL.fullmatch(p) for p in parts)):
                out.append(m)
                continue
            at = m.start
            for part, name in zip(parts, names):
                if part not in NOT_SYMBOLS:  # "TLR4/NF kappa B": "NF" alone names no gene
                    out.append(named(at, part, name, m.entity.type))
                at += len(part) + 1
        return out
